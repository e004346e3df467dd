#!/usr/bin/env python3
"""review35 generator (written blind, 2026-12-07). Deterministic: fixed seed, fixed timestamps."""
import json, random, math, os, csv, io, datetime
from catalog_data import SSH_TXT, SBU_TXT, SCAN_TXT, parse
from plan_data import SUBKEG
HERE=os.path.dirname(os.path.abspath(__file__)); DATA=os.path.join(HERE,'data')
os.makedirs(DATA,exist_ok=True)
R=random.Random(35035)
FIXED=datetime.datetime(2026,12,7,9,0,0)
SSH=parse(SSH_TXT,'SSH'); SBU=parse(SBU_TXT,'SBU'); SCAN=parse(SCAN_TXT,'SCAN')
CATFILES={'SSH':'SSH_Samarinda_2027.xlsx','SBU':'SBU_Samarinda_2027.pdf','SCAN':'SSH_Khusus_Damkar_Kebersihan_2027_scan.pdf'}
CAT={}
for rows in (SSH,SBU,SCAN):
    for i,r in enumerate(rows):
        assert r['key'] not in CAT, r['key']; CAT[r['key']]=r
# kode barang / kode SBU
def assign_codes():
    catn={}; 
    for src,rows,base in (('SSH',SSH,'1.1.7.01.'),('SBU',SBU,'SBU.'),('SCAN',SCAN,'1.1.7.02.')):
        ci=0; last=None; n=0
        for r in rows:
            if r['category']!=last: ci+=1; n=0; last=r['category']
            n+=1
            r['kode']=f"{base}{ci:02d}.{n:03d}" if src!='SBU' else f"SBU.{ci:02d}.{n:03d}"
assign_codes()
ACC={
 'ATK':('5.1.02.01.01.0024','Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'KERTAS':('5.1.02.01.01.0025','Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'CETAK':('5.1.02.01.01.0026','Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'BKOMP':('5.1.02.01.01.0029','Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'LISTRIK':('5.1.02.01.01.0031','Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'RT':('5.1.02.01.01.0036','Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya'),
 'BBM':('5.1.02.01.01.0004','Belanja Bahan-Bahan Bakar dan Pelumas'),
 'KIMIA':('5.1.02.01.01.0002','Belanja Bahan-Bahan Kimia'),
 'ISIAPAR':('5.1.02.01.01.0009','Belanja Bahan-Isi Tabung Pemadam Kebakaran'),
 'GAS':('5.1.02.01.01.0010','Belanja Bahan-Isi Tabung Gas'),
 'BIBIT':('5.1.02.01.01.0011','Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan'),
 'BAHANLAIN':('5.1.02.01.01.0012','Belanja Bahan-Bahan Lainnya'),
 'OLAHRAGA':('5.1.02.01.01.0034','Belanja Perlengkapan Pendukung Olahraga'),
 'SUVENIR':('5.1.02.01.01.0035','Belanja Suvenir/Cendera Mata'),
 'PAKAIAN':('5.1.02.01.01.0070','Belanja Pakaian Kerja Lapangan'),
 'KONS':('5.1.02.01.01.0052','Belanja Makanan dan Minuman Rapat'),
 'KONS_LAP':('5.1.02.01.01.0056','Belanja Makanan dan Minuman Aktivitas Lapangan'),
 'MAKANAN':('5.1.02.01.01.0058','Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan'),
 'HONOR':('5.1.02.02.01.0003','Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'HONOR_TIM':('5.1.02.02.01.0004','Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan'),
 'JASA_TENAGA':('5.1.02.02.01.0029','Belanja Jasa Tenaga Kebersihan, Keamanan dan Pendukung Lapangan'),
 'JASA':('5.1.02.02.01.0063','Belanja Jasa Lainnya (Penggandaan, Laundry, Dokumentasi, Publikasi)'),
 'PEM_KEND':('5.1.02.03.02.0035','Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor'),
 'PEM_AC':('5.1.02.03.02.0121','Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Pendingin'),
 'SEWA_KEND':('5.1.02.02.03.0009','Belanja Sewa Kendaraan Bermotor'),
 'SEWA_GEDUNG':('5.1.02.02.05.0009','Belanja Sewa Gedung Pertemuan'),
 'SEWA_ALAT':('5.1.02.02.04.0036','Belanja Sewa Peralatan dan Perlengkapan Kegiatan (Tenda, Kursi, Sound System)'),
 'PD_BIASA':('5.1.02.04.01.0001','Belanja Perjalanan Dinas Biasa'),
 'PD_DK':('5.1.02.04.01.0003','Belanja Perjalanan Dinas Dalam Kota'),
 'M_PC':('5.2.02.10.01.0002','Belanja Modal Personal Computer'),
 'M_AC':('5.2.02.05.02.0004','Belanja Modal Alat Pendingin'),
 'M_RT':('5.2.02.05.02.0006','Belanja Modal Alat Rumah Tangga Lainnya (Peralatan Operasional)'),
 'M_KOM':('5.2.02.06.02.0001','Belanja Modal Alat Komunikasi Radio'),
 'M_STUDIO':('5.2.02.06.01.0010','Belanja Modal Peralatan Studio Visual dan CCTV'),
 'M_BENGKEL':('5.2.02.04.01.0001','Belanja Modal Alat Bengkel Bermesin'),
 'M_PEMBANGKIT':('5.2.02.03.04.0001','Belanja Modal Alat Pembangkit Listrik'),
 'M_RAMBU':('5.2.04.01.05.0001','Belanja Modal Perlengkapan Jalan (Rambu dan RPPJ)'),
 'M_DAMKAR':('5.2.02.03.03.0011','Belanja Modal Alat Pemadam Kebakaran'),
}
CLS_ACC={'atk':'ATK','kertas':'KERTAS','cetak':'CETAK','bkomp':'BKOMP','listrik':'LISTRIK','rumahtangga':'RT','kebersihan':'RT','perlengkapan':'RT','linen':'RT','makanan_alat':'RT',
 'bbm':'BBM','kimia':'KIMIA','isi_apar':'ISIAPAR','gas':'GAS','bibit':'BIBIT','bahanlain':'BAHANLAIN','lalin':'BAHANLAIN','olahraga':'OLAHRAGA','suvenir':'SUVENIR','pakaian':'PAKAIAN',
 'konsumsi':'KONS','konsumsi_lap':'KONS_LAP','konsumsi_bahan':'KONS_LAP','makanan':'MAKANAN','honor':'HONOR','honor_tim':'HONOR_TIM','jasa_tenaga':'JASA_TENAGA','jasa':'JASA',
 'sewa':'SEWA_ALAT','perjadin':'PD_BIASA','it_modal':'M_PC','studio_modal':'M_STUDIO','bengkel_modal':'M_BENGKEL','pembangkit_modal':'M_PEMBANGKIT','ac_modal':'M_AC','alat_modal':'M_RT','lalin_modal':'M_RAMBU','damkar_modal':'M_DAMKAR','jasa_pemeliharaan':'PEM_KEND'}
KEY_ACC={'jasa_servis_ac':'PEM_AC','uh_dalam_kota':'PD_DK','uh_dalam_kota_kurang':'PD_DK','sewa_mobil':'SEWA_KEND','sewa_pickup':'SEWA_KEND','sewa_truk':'SEWA_KEND','sewa_bus':'SEWA_KEND',
 'sewa_gedung':'SEWA_GEDUNG','sewa_ruang_hotel':'SEWA_GEDUNG','ht':'M_KOM','pupuk_npk':'BAHANLAIN','jasa_harian':'JASA_TENAGA'}
GOODS=set('atk kertas cetak bkomp listrik rumahtangga kebersihan perlengkapan linen makanan_alat kimia isi_apar gas bibit bahanlain lalin olahraga suvenir pakaian makanan konsumsi_bahan'.split())
def wrong_accounts(cls,acc):
    if acc.startswith('M_'): return ['ATK','KERTAS','CETAK','KONS']
    if cls=='bbm': return ['KONS','ATK','HONOR_TIM']
    if cls in ('konsumsi','konsumsi_lap'): return ['BBM','CETAK','LISTRIK']
    if cls in ('honor','honor_tim'): return ['KONS','ATK','BBM']
    if cls=='perjadin' or acc in('PD_DK','PD_BIASA'): return ['BBM','KONS','ATK']
    if acc.startswith('SEWA'): return ['ATK','BAHANLAIN','LISTRIK']
    if cls in ('jasa','jasa_tenaga','jasa_pemeliharaan'): return ['ATK','KIMIA','BKOMP']
    return ['HONOR','PD_BIASA','SEWA_KEND','JASA_TENAGA']
def acc_for(key,cls): return KEY_ACC.get(key) or CLS_ACC[cls]
PPN_LAYOUTS={'L1_xlsx_merged_hidden','L4_sipd_pdf'}
FILES=[ # stem, opd, layout, subkegs, catalogues
 ('RKA_Dishub_2027','Dinas Perhubungan Kota Samarinda','L1_xlsx_merged_hidden',['S1','S2'],['SSH','SBU']),
 ('RKA_Damkar_2027','Dinas Pemadam Kebakaran dan Penyelamatan Kota Samarinda','L2_xlsx_sheets_textprice',['S3','S4'],['SSH','SBU','SCAN']),
 ('RKA_DLH_Persampahan_2027','Dinas Lingkungan Hidup Kota Samarinda','L3_csv_export',['S5','S6'],['SSH','SBU','SCAN']),
 ('RKA_SatpolPP_2027','Satuan Polisi Pamong Praja Kota Samarinda','L4_sipd_pdf',['S7','S8'],['SSH','SBU']),
 ('RKA_Kec_Palaran_2027_scan','Kecamatan Palaran','L5_scan_pdf',['S9'],['SSH','SBU']),
 ('RKA_RSUD_NonMedis_2027','RSUD (BLUD) - Penunjang Non-Medis','L6_pdf_noruling_continued',['S10','S11'],['SSH','SBU','SCAN']),
 ('RKA_Kesbangpol_2027','Badan Kesatuan Bangsa dan Politik Kota Samarinda','L7_xlsx_volunit_cell',['S12','S13'],['SSH','SBU']),
]
def fid(n): return f"{n:,}".replace(',','.')
def step_for(v): return 50 if v<5000 else (100 if v<100000 else 500)
def prod(parts):
    p=1
    for n,_ in parts: p*=n
    return p
def ppn_amount(vol,h,ppn): return (vol*h*(100+ppn)+50)//100
def build_lines(stem,layout,sks,cats):
    ppnlay= layout in PPN_LAYOUTS
    out=[]
    for sk in sks:
        S=SUBKEG[sk]; lines=[]
        for t in S['on']:
            key,parts=t[0],t[1]; nm=t[2] if len(t)>2 else None
            unit=t[3] if len(t)>3 else None; conv=t[4] if len(t)>4 else 1
            lines.append(dict(kind='on',ref=key,name=nm,parts=parts,unit=unit,conv=conv))
        for (nm,spec,unit,price,parts,cls) in S['nr']:
            lines.append(dict(kind='nr',ref=None,name=nm,spec=spec,unit=unit,conv=1,parts=parts,nr_price=price,cls=cls))
        for (key,parts,nm) in S['off']:
            lines.append(dict(kind='off',ref=key,name=nm,parts=parts,unit=None,conv=1))
        for (key,nm,parts) in S['dup']:
            lines.append(dict(kind='dup',ref=key,name=nm,parts=parts,unit=None,conv=1,dup_of_ref=key))
        # interleave: shuffle but keep dup after its original
        R.shuffle(lines)
        for L in lines:
            c=CAT.get(L['ref']) if L['ref'] else None
            L['cls']=c['cls'] if c else L['cls']
            if c:
                L.setdefault('spec',c['spec'])
                if L['name'] is None: L['name']=f"{c['name']} {c['spec']}"
                if L['unit'] is None: L['unit']=c['unit']
            L['acc_ok']=acc_for(L['ref'],L['cls']) if c else CLS_ACC[L['cls']]
            L['sk']=sk
        out.append((sk,lines))
    # label overlays
    flat=[L for _,ls in out for L in ls]
    for L in flat:
        L['labels']=[]
        if L['kind']=='nr' or (L['ref'] and CAT[L['ref']]['src'] not in cats): L['labels'].append('NO_PRICE_REFERENCE')
        if L['kind']=='off': L['labels'].append('OFF_TARGET')
    return out
def finalize(stem,layout,out,cats,quota):
    ppnlay= layout in PPN_LAYOUTS
    flat=[L for _,ls in out for L in ls]
    # choose overlays
    def pick(n,cond,avoid_inherent=0.65):
        cands=[L for L in flat if cond(L)]
        R.shuffle(cands)
        cands.sort(key=lambda L: (len(L['labels'])>0 and R.random()<avoid_inherent))
        return cands[:n]
    conv=[L for L in flat if L['conv']!=1 and 'NO_PRICE_REFERENCE' not in L['labels'] and R.random()<0.5]
    for L in conv: L['over']=True; L['labels'].append('OVERPRICED')
    for L in pick(max(0,quota['OVERPRICED']-len(conv)),lambda L:'NO_PRICE_REFERENCE' not in L['labels'] and not L.get('over')): L['over']=True; L['labels'].append('OVERPRICED')
    for L in pick(quota['ACCOUNT_MISMATCH'],lambda L:True): L['labels'].append('ACCOUNT_MISMATCH')
    for L in pick(quota['ARITHMETIC'],lambda L:len(L['labels'])<2): L['labels'].append('ARITHMETIC')
    for sk,ls in out:
        for L in ls:
            # account
            if 'ACCOUNT_MISMATCH' in L['labels']:
                L['acc']=R.choice(wrong_accounts(L['cls'],L['acc_ok']))
            else: L['acc']=L['acc_ok']
            L['acc_code'],L['acc_name']=ACC[L['acc']]
        # group by account (stable, order of first appearance)
        order=[]
        for L in ls:
            if L['acc'] not in order: order.append(L['acc'])
        ls.sort(key=lambda L: order.index(L['acc']))
        # duplicate label goes to the later of the pair
        seen={}
        for L in ls:
            if L['kind'] in('on','dup') and L['ref'] in [d[0] for d in SUBKEG[sk]['dup']]:
                if L['ref'] in seen: L['labels'].append('DUPLICATE'); L['dup_of_name']=seen[L['ref']]['name']
                else: seen[L['ref']]=L
    for L in flat:
        # prices
        c=CAT.get(L['ref']) if L['ref'] else None
        L['ppn']= (11 if (ppnlay and L['cls'] in GOODS|{'it_modal','studio_modal','bengkel_modal','pembangkit_modal','ac_modal','alat_modal','lalin_modal','damkar_modal','bbm'} ) else 0) if ppnlay else None
        if c:
            ref=c['price']*L['conv']; st=step_for(ref)
            if L.get('over'):
                f=R.uniform(1.3,1.9); h=math.ceil(ref*f/st)*st
            else:
                f=R.uniform(0.8,0.9) if ppnlay else R.uniform(0.85,1.0); h=math.floor(ref*f/st)*st
            L['cat_price']=c['price']; L['cat_unit']=c['unit']; L['cat_src']=c['src']; L['cat_kode']=c['kode']; L['cat_name']=f"{c['name']} {c['spec']}"
            L['ratio']=round(h/ref,4)
        else:
            h=L['nr_price']
        L['harga']=h
        L['volume_true']=prod(L['parts'])
        L['volume']=L['volume_true']
        pp=L['ppn'] or 0
        L['jumlah_true']=ppn_amount(L['volume_true'],h,pp)
        L['jumlah']=L['jumlah_true']; L['arith_kind']=None
        if 'ARITHMETIC' in L['labels']:
            modes=['factor','digit','onepart']
            if len(L['parts'])>1 and layout!='L7_xlsx_volunit_cell': modes+=['volume','volume']
            else: modes=[m for m in modes if m!='onepart'] + ['factor']
            if pp: modes.append('noppn')
            m=R.choice(modes); L['arith_kind']=m
            if m=='factor':
                d=R.choice([-1,1])*R.uniform(0.06,0.4); L['jumlah']=int(round(L['jumlah_true']*(1+d)/1000))*1000
            elif m=='digit':
                L['jumlah']=L['jumlah_true']*10 if R.random()<0.5 else L['jumlah_true']//10
            elif m=='onepart':
                L['jumlah']=ppn_amount(L['parts'][0][0],h,pp)
            elif m=='noppn':
                L['jumlah']=L['volume_true']*h
            elif m=='volume':
                L['volume']=L['volume_true']+R.choice([-1,1])*max(1,int(L['volume_true']*R.uniform(0.1,0.5)))
                L['jumlah']=ppn_amount(L['volume'],h,pp)
            assert abs(L['jumlah']-L['jumlah_true'])>=max(1000,L['jumlah_true']*0.005) or L['volume']!=L['volume_true'], L
        L['labels']=sorted(set(L['labels']))
    return flat
KOEF_UNIT={'org':'Orang','bln':'Bulan','hr':'Hari','kali':'Kali','unit':'Unit','ltr':'Liter','galon':'Galon','bh':'Buah','m2':'M2','pkt':'Paket','tabung':'Tabung','psg':'Pasang','rim':'Rim','pak':'Pak'}
def koef_str(parts,style='short'):
    if style=='short': return ' x '.join(f"{fid(n)} {w}" for n,w in parts)
    return ' x '.join(f"{fid(n)} {KOEF_UNIT.get(w,w.capitalize())}" for n,w in parts)

# ---------------------------------------------------------------- writers
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
THIN=Side(style='thin'); BOX=Border(left=THIN,right=THIN,top=THIN,bottom=THIN)
B=Font(bold=True)
import zipfile, shutil
def fix_xlsx(path):
    # deterministic zip: fixed timestamps and fixed core.xml dates
    src=zipfile.ZipFile(path); items=[(i.filename,src.read(i.filename)) for i in src.infolist()]; src.close()
    with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
        for n,b in items:
            if n=='docProps/core.xml':
                import re as _re
                b=_re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)',rb'\g<1>2026-12-07T09:00:00Z\g<3>',b)
            zi=zipfile.ZipInfo(n,date_time=(2026,12,7,9,0,0)); zi.compress_type=zipfile.ZIP_DEFLATED; z.writestr(zi,b)
def fixwb(wb):
    wb.properties.created=FIXED; wb.properties.modified=FIXED; wb.properties.creator='BPKAD'; wb.properties.lastModifiedBy='operator'
def unit_of(L): return L['unit']
def total(ls): return sum(L['jumlah'] for L in ls)

def w_L1(stem,opd,out):
    wb=openpyxl.Workbook(); ws=wb.active; ws.title='RKA RINCI 2.2.1'; fixwb(wb)
    for i,t in enumerate(['RENCANA KERJA DAN ANGGARAN','SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)','PEMERINTAH KOTA SAMARINDA','TAHUN ANGGARAN 2027'],1):
        ws.cell(i,1,t).font=B; ws.merge_cells(start_row=i,start_column=1,end_row=i,end_column=10); ws.cell(i,1).alignment=Alignment(horizontal='center')
    ws.cell(6,1,'Urusan Pemerintahan'); ws.cell(6,3,': 2.15 URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN')
    ws.cell(7,1,'Organisasi'); ws.cell(7,3,': 2.15.0.00.0.00.01.0000 '+opd)
    ws.cell(8,1,'Program'); ws.cell(8,3,': '+SUBKEG[out[0][0]]['program'])
    r=10
    hdr1=['No','Kode Rekening','Uraian','Spesifikasi','Rincian Perhitungan',None,None,None,'PPN (%)','Jumlah (Rp)','harga thn lalu','cek']
    hdr2=[None,None,None,None,'Koefisien','Volume','Satuan','Harga Satuan',None,None,None,None]
    for c,v in enumerate(hdr1,1): ws.cell(r,c,v)
    for c,v in enumerate(hdr2,1):
        if v: ws.cell(r+1,c,v)
    for c in (1,2,3,4,9,10,11,12): ws.merge_cells(start_row=r,start_column=c,end_row=r+1,end_column=c)
    ws.merge_cells(start_row=r,start_column=5,end_row=r,end_column=8)
    for rr in (r,r+1):
        for c in range(1,13): ws.cell(rr,c).font=B; ws.cell(rr,c).border=BOX; ws.cell(rr,c).alignment=Alignment(horizontal='center',vertical='center',wrap_text=True)
    r+=2
    for c in range(1,11): ws.cell(r,c,c).alignment=Alignment(horizontal='center')
    r+=1; no=0
    for sk,ls in out:
        S=SUBKEG[sk]
        ws.cell(r,1,f"Sub Kegiatan : {S['code']} {S['name']}").font=B; ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=10); r+=1
        ws.cell(r,1,f"Indikator Keluaran : {S['output']}"); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=10); r+=1
        ws.cell(r,1,f"Lokasi : {S['lokasi']}"); ws.merge_cells(start_row=r,start_column=1,end_row=r,end_column=10); r+=1
        cur=None
        for L in ls:
            if L['acc']!=cur:
                cur=L['acc']; grp=[x for x in ls if x['acc']==cur]
                ws.cell(r,2,L['acc_code']).font=B; ws.cell(r,3,L['acc_name']).font=B; ws.cell(r,10,total(grp)).font=B; ws.cell(r,10).number_format='#,##0'; r+=1
            no+=1; L['no']=str(no)
            vals=[no,None,L['name'],L.get('spec',''),koef_str(L['parts']),L['volume'],unit_of(L),L['harga'],L['ppn'],L['jumlah'],int(round(L['harga']*R.uniform(0.85,1.05)/100))*100,f"=F{r}*H{r}*(1+I{r}/100)"]
            for c,v in enumerate(vals,1):
                ws.cell(r,c,v).border=BOX
                if c in (6,8,10,11): ws.cell(r,c).number_format='#,##0'
            L['printed']={'no':str(no),'name':L['name'],'harga':L['harga'],'jumlah':L['jumlah'],'volume':L['volume'],'sheet':ws.title,'row':r}
            r+=1
        ws.cell(r,3,'JUMLAH SUB KEGIATAN').font=B; ws.cell(r,10,total(ls)).font=B; ws.cell(r,10).number_format='#,##0'; r+=2
    ws.column_dimensions['K'].hidden=True; ws.column_dimensions['L'].hidden=True
    for col,w in zip('ABCDEFGHIJ',[5,20,48,30,20,9,12,14,7,16]): ws.column_dimensions[col].width=w
    wb.save(os.path.join(DATA,stem+'.xlsx')); fix_xlsx(os.path.join(DATA,stem+'.xlsx')); return stem+'.xlsx'

def rp(n): return 'Rp '+fid(n)
def w_L2(stem,opd,out):
    wb=openpyxl.Workbook(); fixwb(wb); first=True; no=0
    sheets=[]
    for sk,ls in out:
        if sk=='S3':
            h=len(ls)//2+1; sheets.append((sk,ls[:h],'Sub 1 - Pemadaman','')); sheets.append((sk,ls[h:],'Sub 1 (lanjutan)','(lanjutan dari sheet sebelumnya)'))
        else: sheets.append((sk,ls,'Sub 2 - Pemberdayaan',''))
    for sk,ls,title,note in sheets:
        S=SUBKEG[sk]
        ws=wb.active if first else wb.create_sheet(); first=False; ws.title=title
        ws['A1']='RINCIAN BELANJA RKA TA 2027 - '+opd.upper(); ws['A1'].font=B
        ws['A2']=f"Sub Kegiatan: {S['code']} - {S['name']} {note}"
        ws['A3']=f"Output: {S['output']}"
        hdr=['No','Uraian Belanja','Harga Satuan','Satuan','Koefisien','Vol','Jumlah','Kode Rek','Nama Rekening']
        for c,v in enumerate(hdr,1): ws.cell(5,c,v).font=B; ws.cell(5,c).fill=PatternFill('solid',fgColor='DDEBF7'); ws.cell(5,c).border=BOX
        r=6
        for L in ls:
            no+=1; L['no']=str(no)
            vals=[str(no),L['name'],rp(L['harga']),unit_of(L),koef_str(L['parts']),L['volume'],rp(L['jumlah']),L['acc_code'],L['acc_name']]
            for c,v in enumerate(vals,1): ws.cell(r,c,v).border=BOX
            L['printed']={'no':str(no),'name':L['name'],'harga':rp(L['harga']),'jumlah':rp(L['jumlah']),'volume':L['volume'],'sheet':title,'row':r}
            r+=1
        if note=='' and sk=='S3': ws.cell(r,2,'(bersambung ke sheet berikutnya)')
        else: ws.cell(r,2,'TOTAL SUB KEGIATAN'); ws.cell(r,7,rp(total(out[[s for s,_ in out].index(sk)][1]))).font=B
        for col,w in zip('ABCDEFGHI',[5,46,16,12,22,8,18,20,50]): ws.column_dimensions[col].width=w
    wb.save(os.path.join(DATA,stem+'.xlsx')); fix_xlsx(os.path.join(DATA,stem+'.xlsx')); return stem+'.xlsx'

def w_L3(stem,opd,out):
    buf=io.StringIO(); w=csv.writer(buf,delimiter=';',lineterminator='\r\n',quoting=csv.QUOTE_MINIMAL)
    w.writerow(['kode_sub_kegiatan','nama_sub_kegiatan','kode_akun','nama_akun','no_rinci','uraian','spesifikasi','koefisien','volume','satuan','harga_satuan','total_harga'])
    no=0
    for sk,ls in out:
        S=SUBKEG[sk]
        for L in ls:
            no+=1; L['no']=f"{no:03d}"
            w.writerow([S['code'],S['name'],L['acc_code'],L['acc_name'],L['no'],L['name'],L.get('spec',''),koef_str(L['parts'],'long'),fid(L['volume']),unit_of(L),fid(L['harga']),fid(L['jumlah'])])
            L['printed']={'no':L['no'],'name':L['name'],'harga':fid(L['harga']),'jumlah':fid(L['jumlah']),'volume':fid(L['volume'])}
    with open(os.path.join(DATA,stem+'.csv'),'w',encoding='utf-8-sig',newline='') as f: f.write(buf.getvalue())
    return stem+'.csv'

def w_L4(stem,opd,out):
    fn=stem+'.pdf'
    doc=SimpleDocTemplate(os.path.join(DATA,fn),pagesize=landscape(A4),leftMargin=20,rightMargin=20,topMargin=25,bottomMargin=25,title='RKA Rincian Belanja',author='SIPD',invariant=1)
    st=getSampleStyleSheet(); el=[]; no=0
    def footer(c,d):
        c.setFont('Helvetica',6); c.drawString(20,12,f"Dicetak dari SIPD-RI pada 07-12-2026 09:00 WITA  |  Halaman {d.page}")
    for sk,ls in out:
        S=SUBKEG[sk]
        el.append(Paragraph('<b>RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH - RINCIAN BELANJA SUB KEGIATAN</b>',st['Normal']))
        el.append(Paragraph(f'Pemerintah Kota Samarinda  Tahun Anggaran 2027  ({opd})',st['Normal'])); el.append(Spacer(1,4))
        hb=[['Urusan Pemerintahan',': 1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'],['Bidang Urusan',': 1.05 - URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT'],
            ['Program',': '+S['program']],['Kegiatan',': '+S['kegiatan']],['Sub Kegiatan',': '+S['code']+' - '+S['name']],['Sumber Pendanaan',': Pendapatan Asli Daerah (PAD)'],
            ['Lokasi',': '+S['lokasi']],['Waktu Pelaksanaan',': Januari s.d. Desember'],['Indikator Keluaran',': '+S['output']],['Unit Organisasi',': 1.05.0.00.0.00.03.0000 - '+opd]]
        t=Table(hb,colWidths=[110,690]); t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',7),('BOTTOMPADDING',(0,0),(-1,-1),1),('TOPPADDING',(0,0),(-1,-1),1),('BOX',(0,0),(-1,-1),0.5,colors.black)]))
        el.append(t); el.append(Spacer(1,4))
        data=[['No','Kode Rekening','Uraian','Spesifikasi','Koefisien','Volume','Satuan','Harga','PPN','Jumlah']]; sty=[]
        cur=None
        for L in ls:
            if L['acc']!=cur:
                cur=L['acc']; grp=[x for x in ls if x['acc']==cur]
                data.append(['',L['acc_code'],L['acc_name'],'','','','','','',fid(total(grp))]); sty+=[('SPAN',(2,len(data)-1),(8,len(data)-1)),('FONT',(0,len(data)-1),(-1,len(data)-1),'Helvetica-Bold',6.3)]
            no+=1; L['no']=str(no)
            data.append([str(no),'',L['name'],L.get('spec','')[:48],koef_str(L['parts'],'long'),fid(L['volume']),unit_of(L),fid(L['harga']),f"{L['ppn']}%",fid(L['jumlah'])])
            L['printed']={'no':str(no),'name':L['name'],'harga':fid(L['harga']),'jumlah':fid(L['jumlah']),'volume':fid(L['volume'])}
        data.append(['','','JUMLAH SUB KEGIATAN','','','','','','',fid(total(ls))]); sty.append(('FONT',(0,len(data)-1),(-1,len(data)-1),'Helvetica-Bold',6.5))
        t=Table(data,colWidths=[22,72,205,150,112,38,42,55,24,72],repeatRows=1)
        t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',6.3),('FONT',(0,0),(-1,0),'Helvetica-Bold',6.5),('GRID',(0,0),(-1,-1),0.4,colors.black),('BACKGROUND',(0,0),(-1,0),colors.lightgrey),
            ('ALIGN',(5,1),(-1,-1),'RIGHT'),('TOPPADDING',(0,0),(-1,-1),1.5),('BOTTOMPADDING',(0,0),(-1,-1),1.5)]+sty))
        el.append(t); el.append(PageBreak())
    doc.build(el[:-1],onFirstPage=footer,onLaterPages=footer); return fn

FONT='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'; FONTB='/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
def degrade(img,angle,seed):
    rng=np.random.RandomState(seed)
    img=img.rotate(angle,resample=Image.BICUBIC,expand=False,fillcolor=(250,250,246))
    img=img.filter(ImageFilter.GaussianBlur(0.6))
    a=np.asarray(img).astype(np.int16)
    a=a+rng.normal(0,10,a.shape[:2])[...,None].astype(np.int16)
    # speckles
    m=rng.random_sample(a.shape[:2])<0.0015; a[m]=60
    # uneven lighting
    h,w=a.shape[:2]; grad=(np.linspace(-12,8,w)[None,:]+np.linspace(0,-10,h)[:,None]).astype(np.int16); a=a+grad[...,None]
    return Image.fromarray(np.clip(a,0,255).astype(np.uint8))
def render_table_pages(title_lines,header,widths,rows,truth_lines,fs=19,rows_per_page=42):
    """rows: list of (cells, bold). returns list of PIL images. 200 dpi A4 portrait."""
    W,H=1654,2339; f=ImageFont.truetype(FONT,fs); fb=ImageFont.truetype(FONTB,fs)
    pages=[]; i=0; pg=0
    while i<len(rows) or pg==0:
        img=Image.new('RGB',(W,H),(255,255,255)); d=ImageDraw.Draw(img); y=90
        if pg==0:
            for t in title_lines:
                d.text((70,y),t,font=fb if t.isupper() else f,fill=(20,20,20)); truth_lines.append(t); y+=fs+10
            y+=10
        x0=70; xs=[x0]
        for wd in widths: xs.append(xs[-1]+wd)
        rh=fs+16
        d.rectangle([x0,y,xs[-1],y+rh],outline=(0,0,0),width=2)
        for j,hv in enumerate(header): d.text((xs[j]+5,y+7),hv,font=fb,fill=(0,0,0))
        truth_lines.append(' | '.join(header)); y+=rh
        n=0
        while i<len(rows) and n<rows_per_page:
            cells,bold=rows[i]
            for j in range(len(widths)): d.rectangle([xs[j],y,xs[j+1],y+rh],outline=(0,0,0),width=1)
            for j,cv in enumerate(cells):
                if cv is None: continue
                ff=fb if bold else f
                if j>=len(widths)-3 and not bold or (bold and j==len(cells)-1):
                    tw=d.textlength(cv,font=ff); d.text((xs[j+1]-6-tw,y+7),cv,font=ff,fill=(10,10,10))
                else: d.text((xs[j]+5,y+7),cv,font=ff,fill=(10,10,10))
            truth_lines.append(' | '.join(c or '' for c in cells)); y+=rh; i+=1; n+=1
        d.text((70,H-80),f"Hal. {pg+1}",font=f,fill=(0,0,0)); truth_lines.append(f"Hal. {pg+1}")
        pages.append(img); pg+=1
        if i>=len(rows): break
    return pages
def save_scan_pdf(pages,fn,seed,angles):
    imgs=[degrade(p,angles[k%len(angles)],seed+k) for k,p in enumerate(pages)]
    # jpeg roundtrip for artefacts
    out=[]
    for im in imgs:
        b=io.BytesIO(); im.convert('L').save(b,'JPEG',quality=55); b.seek(0); out.append(Image.open(b).convert('L'))
    out[0].save(os.path.join(DATA,fn),'PDF',resolution=200.0,save_all=True,append_images=out[1:],creationDate=FIXED.timetuple(),modDate=FIXED.timetuple(),title='scan',author='scanner')

def w_L5(stem,opd,out):
    rows=[]; truth=[]; no=0
    for sk,ls in out:
        S=SUBKEG[sk]; cur=None
        for L in ls:
            if L['acc']!=cur:
                cur=L['acc']; grp=[x for x in ls if x['acc']==cur]
                rows.append(([None,L['acc_code']+' '+L['acc_name'][:62],None,None,None,None,fid(total(grp))],True))
            no+=1; L['no']=str(no)
            rows.append(([str(no),L['name'],koef_str(L['parts']),fid(L['volume']),unit_of(L),fid(L['harga']),fid(L['jumlah'])],False))
            L['printed']={'no':str(no),'name':L['name'],'harga':fid(L['harga']),'jumlah':fid(L['jumlah']),'volume':fid(L['volume'])}
        rows.append(([None,'JUMLAH',None,None,None,None,fid(total(ls))],True))
    S=SUBKEG[out[0][0]]
    title=['PEMERINTAH KOTA SAMARINDA - KECAMATAN PALARAN','RKA RINCIAN BELANJA TAHUN ANGGARAN 2027',f"Sub Kegiatan : {S['code']} {S['name']}",f"Indikator Keluaran : {S['output']}",f"Lokasi : {S['lokasi']}"]
    pages=render_table_pages(title,['No','Uraian','Koefisien','Vol','Satuan','Harga Sat.','Jumlah (Rp)'],[60,600,270,90,120,200,230],rows,truth,fs=18,rows_per_page=34)
    fn=stem+'.pdf'; save_scan_pdf(pages,fn,501,[0.8,-0.6])
    with open(os.path.join(HERE,'scan_truth_'+stem+'.txt'),'w',encoding='utf-8') as f: f.write('\n'.join(truth)+'\n')
    return fn

def w_L6(stem,opd,out):
    fn=stem+'.pdf'; c=rlcanvas.Canvas(os.path.join(DATA,fn),pagesize=landscape(A4),invariant=1); W,H=landscape(A4)
    c.setTitle('RKA RSUD'); c.setAuthor('Bagian Perencanaan')
    xs=[30,62,330,450,500,560,650,740]  # No, Uraian, Koef, Vol, Sat, Harga(right edge 640), Jumlah(right edge 800)
    y=H-40; c.setFont('Helvetica-Bold',10); c.drawString(30,y,'RSUD KOTA SAMARINDA (BLUD) - RENCANA BELANJA PENUNJANG NON-MEDIS TA 2027'); y-=14
    c.setFont('Helvetica',7.5); c.drawString(30,y,'Draft internal untuk pembahasan TAPD - angka dalam Rupiah'); y-=20
    c.setFont('Helvetica-Bold',7.5)
    for x,h in zip([30,62,330,455,500],['No','Uraian','Koefisien','Volume','Satuan']): c.drawString(x,y,h)
    c.drawRightString(640,y,'Harga Satuan'); c.drawRightString(800,y,'Jumlah'); y-=14
    def nl(dy=11):
        nonlocal y
        y-=dy
        if y<40: c.showPage(); y=H-40
    for si,(sk,ls) in enumerate(out,1):
        S=SUBKEG[sk]; c.setFont('Helvetica-Bold',7.5); c.drawString(30,y,f"{S['code']}  {S['name']}"); nl()
        c.setFont('Helvetica-Oblique',7); c.drawString(62,y,'Output: '+S['output']); nl(13)
        cur=None; k=0
        for L in ls:
            if L['acc']!=cur:
                cur=L['acc']; grp=[x for x in ls if x['acc']==cur]
                c.setFont('Helvetica-Bold',7); c.drawString(62,y,f"{L['acc_code']}  {L['acc_name']}"); c.drawRightString(800,y,fid(total(grp))); nl()
            k+=1; L['no']=f"{si}.{k}"
            c.setFont('Helvetica',7); c.drawString(30,y,L['no']); c.drawString(70,y,L['name']); c.drawString(330,y,koef_str(L['parts']))
            c.drawRightString(485,y,fid(L['volume'])); c.drawString(500,y,unit_of(L)); c.drawRightString(640,y,fid(L['harga'])); c.drawRightString(800,y,fid(L['jumlah'])); nl()
            L['printed']={'no':L['no'],'name':L['name'],'harga':fid(L['harga']),'jumlah':fid(L['jumlah']),'volume':fid(L['volume'])}
        c.setFont('Helvetica-Bold',7); c.drawString(62,y,'Total sub kegiatan'); c.drawRightString(800,y,fid(total(ls))); nl(18)
    c.save(); return fn

def price_text(h):
    if h>=1000000 and h%100000==0: return (f"{h/1e6:.1f}".replace('.',',').replace(',0','')+' jt')
    if h>=1000 and h<1000000 and h%1000==0 and R.random()<0.6: return f"{h//1000} rb"
    if R.random()<0.4: return 'Rp '+fid(h)
    return h
def w_L7(stem,opd,out):
    wb=openpyxl.Workbook(); fixwb(wb); ws=wb.active; ws.title='Belanja 2027'
    ws['A1']='BADAN KESATUAN BANGSA DAN POLITIK KOTA SAMARINDA'; ws['A1'].font=B
    ws['A2']='usulan rincian belanja ta 2027 (bahan asistensi)'; ws['A3']='catatan: harga sesuai penawaran toko / SSH'
    hdr=['No','Uraian','Vol / Sat','Harga Satuan','Jumlah','Ket']
    for c,v in enumerate(hdr,1): ws.cell(5,c,v).font=B; ws.cell(5,c).border=BOX
    r=6; no=0
    for sk,ls in out:
        S=SUBKEG[sk]; ws.cell(r,1,f"{S['code']} {S['name']}").font=Font(bold=True,italic=True); r+=1
        cur=None
        for L in ls:
            if L['acc']!=cur:
                cur=L['acc']; ws.cell(r,2,f"{L['acc_code']} - {L['acc_name']}").font=B; r+=1
            no+=1; L['no']=str(no)
            pt=price_text(L['harga'])
            vals=[str(no),L['name'],f"{fid(L['volume'])} {unit_of(L).lower()}",pt,L['jumlah'],'']
            for c,v in enumerate(vals,1): ws.cell(r,c,v)
            ws.cell(r,5).number_format='#,##0'
            if isinstance(pt,int): ws.cell(r,4).number_format='#,##0'
            L['printed']={'no':str(no),'name':L['name'],'harga':pt,'jumlah':L['jumlah'],'volume':vals[2],'sheet':ws.title,'row':r}
            r+=1
        ws.cell(r,2,'subtotal'); ws.cell(r,5,total(ls)).number_format='#,##0'; r+=2
    for col,w in zip('ABCDEF',[5,52,16,16,16,10]): ws.column_dimensions[col].width=w
    wb.save(os.path.join(DATA,stem+'.xlsx')); fix_xlsx(os.path.join(DATA,stem+'.xlsx')); return stem+'.xlsx'
WRITERS={'L1_xlsx_merged_hidden':w_L1,'L2_xlsx_sheets_textprice':w_L2,'L3_csv_export':w_L3,'L4_sipd_pdf':w_L4,'L5_scan_pdf':w_L5,'L6_pdf_noruling_continued':w_L6,'L7_xlsx_volunit_cell':w_L7}

def w_ssh():
    wb=openpyxl.Workbook(); fixwb(wb); ws=wb.active; ws.title='SSH 2027'
    ws['A1']='LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA'; ws['A2']='STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'; ws['A3']='(harga sudah termasuk pajak-pajak, merupakan batas tertinggi)'
    for i in (1,2,3): ws.merge_cells(start_row=i,start_column=1,end_row=i,end_column=7); ws.cell(i,1).font=B; ws.cell(i,1).alignment=Alignment(horizontal='center')
    ws.cell(5,1,'No'); ws.cell(5,2,'Kode Barang'); ws.cell(5,3,'Uraian Barang'); ws.cell(5,5,'Satuan'); ws.cell(5,6,'Harga Satuan (Rp)'); ws.cell(5,7,'Ket.')
    ws.cell(6,3,'Nama Barang'); ws.cell(6,4,'Spesifikasi'); ws.cell(6,6,'TA 2027')
    for c in (1,2,5,7): ws.merge_cells(start_row=5,start_column=c,end_row=6,end_column=c)
    ws.merge_cells(start_row=5,start_column=3,end_row=5,end_column=4)
    for rr in (5,6):
        for c in range(1,8): ws.cell(rr,c).font=B; ws.cell(rr,c).border=BOX; ws.cell(rr,c).alignment=Alignment(horizontal='center',vertical='center')
    r=7; last=None; n=0; roman=['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII','XIII','XIV','XV']; ci=0
    for row in SSH:
        if row['category']!=last:
            last=row['category']; ws.cell(r,1,roman[ci]).font=B; ws.cell(r,3,row['category']).font=B; ci+=1; r+=1
        n+=1
        for c,v in enumerate([n,row['kode'],row['name'],row['spec'],row['unit'],row['price'],''],1):
            ws.cell(r,c,v).border=BOX
        ws.cell(r,6).number_format='#,##0'; r+=1
    for col,w in zip('ABCDEFG',[5,18,38,44,10,16,8]): ws.column_dimensions[col].width=w
    wb.save(os.path.join(DATA,CATFILES['SSH'])); fix_xlsx(os.path.join(DATA,CATFILES['SSH']))
def w_sbu():
    fn=os.path.join(DATA,CATFILES['SBU']); st=getSampleStyleSheet()
    doc=SimpleDocTemplate(fn,pagesize=A4,leftMargin=30,rightMargin=30,topMargin=30,bottomMargin=30,title='SBU 2027',invariant=1)
    el=[Paragraph('<b>LAMPIRAN II - STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TA 2027</b>',st['Normal']),Paragraph('Besaran merupakan batas tertinggi (termasuk pajak bila ada).',st['Normal']),Spacer(1,6)]
    data=[['No','Kode','Uraian','Keterangan','Satuan','Besaran (Rp)']]; sty=[]; last=None; n=0
    for row in SBU:
        if row['category']!=last:
            last=row['category']; data.append(['',row['category'],'','','','']); sty+=[('SPAN',(1,len(data)-1),(-1,len(data)-1)),('FONT',(0,len(data)-1),(-1,len(data)-1),'Helvetica-Bold',7.5),('BACKGROUND',(0,len(data)-1),(-1,len(data)-1),colors.whitesmoke)]
        n+=1; data.append([str(n),row['kode'],row['name'],row['spec'],row['unit'],fid(row['price'])])
    t=Table(data,colWidths=[22,58,185,150,60,60],repeatRows=1)
    t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',6.8),('FONT',(0,0),(-1,0),'Helvetica-Bold',7),('GRID',(0,0),(-1,-1),0.4,colors.black),('ALIGN',(5,1),(5,-1),'RIGHT')]+sty))
    el.append(t); doc.build(el)
def w_scan_cat():
    rows=[]; truth=[]; last=None; n=0
    for row in SCAN:
        if row['category']!=last: last=row['category']; rows.append(([None,None,row['category'],None,None,None],True))
        n+=1; rows.append(([str(n),row['kode'],row['name'],row['spec'][:34],row['unit'],fid(row['price'])],False))
    title=['STANDAR SATUAN HARGA KHUSUS TA 2027','Peralatan Pemadam Kebakaran, K3, Bahan Kebersihan dan Laundry','(Lampiran III Keputusan Wali Kota - salinan)']
    pages=render_table_pages(title,['No','Kode Barang','Nama Barang','Spesifikasi','Satuan','Harga (Rp)'],[55,200,560,430,120,160],rows,truth,fs=17,rows_per_page=40)
    save_scan_pdf(pages,CATFILES['SCAN'],901,[-0.7,0.5])
    with open(os.path.join(HERE,'scan_truth_catalogue.txt'),'w',encoding='utf-8') as f: f.write('\n'.join(truth)+'\n')

def main():
    w_ssh(); w_sbu(); w_scan_cat()
    manifest=[]; truth={}; allstats={}
    quotas={'RKA_Dishub_2027':(7,6,6),'RKA_Damkar_2027':(6,6,6),'RKA_DLH_Persampahan_2027':(6,6,6),'RKA_SatpolPP_2027':(6,6,6),'RKA_Kec_Palaran_2027_scan':(3,3,3),'RKA_RSUD_NonMedis_2027':(6,6,6),'RKA_Kesbangpol_2027':(4,4,4)}
    for stem,opd,layout,sks,cats in FILES:
        out=build_lines(stem,layout,sks,cats)
        q=quotas[stem]; flat=finalize(stem,layout,out,cats,{'OVERPRICED':q[0],'ARITHMETIC':q[1],'ACCOUNT_MISMATCH':q[2]})
        fn=WRITERS[layout](stem,opd,out)
        flat=[L for _,ls in out for L in ls]  # printed order
        labels={L['no']:L['labels'] for L in flat}
        assert len(labels)==len(flat)
        json.dump({'labels':labels},open(os.path.join(DATA,stem+'.labels.json'),'w'),indent=1,ensure_ascii=False)
        manifest.append({'rka':fn,'catalogues':[CATFILES[c] for c in cats],'labels':stem+'.labels.json','opd':opd,'layout':layout})
        tl=[]
        for L in flat:
            S=SUBKEG[L['sk']]
            tl.append({'no':L['no'],'sub_kegiatan_code':S['code'],'sub_kegiatan_name':S['name'],'sub_kegiatan_output':S['output'],'account_code':L['acc_code'],'account_name':L['acc_name'],
              'account_correct':ACC[L['acc_ok']][0]+' '+ACC[L['acc_ok']][1],'item_name':L['name'],'spec':L.get('spec',''),'unit':L['unit'],'koefisien':koef_str(L['parts']),'koef_parts':[n for n,_ in L['parts']],
              'volume_printed':L['volume'],'volume_correct':L['volume_true'],'harga_satuan':L['harga'],'ppn_pct':L['ppn'],'jumlah_printed':L['jumlah'],'jumlah_correct':L['jumlah_true'],
              'arithmetic_error_kind':L['arith_kind'],'kind':L['kind'],
              'catalogue':(CATFILES[L['cat_src']] if L.get('cat_src') else None),'catalogue_in_scope':bool(L.get('cat_src') in cats) if L.get('cat_src') else False,'catalogue_kode':L.get('cat_kode'),'catalogue_item':L.get('cat_name'),
              'catalogue_unit':L.get('cat_unit'),'catalogue_price':L.get('cat_price'),'units_per_rka_unit':L['conv'],'price_ratio_vs_catalogue':L.get('ratio'),
              'duplicate_of':L.get('dup_of_name'),'printed':L['printed'],'labels':L['labels']})
        truth[fn]=tl
    json.dump(manifest,open(os.path.join(DATA,'manifest.json'),'w'),indent=1,ensure_ascii=False)
    json.dump(truth,open(os.path.join(HERE,'truth_lines.json'),'w'),indent=1,ensure_ascii=False)
    cnt={}; tot=0; clean=0
    for fn,tl in truth.items():
        for t in tl:
            tot+=1; clean+= not t['labels']
            for l in t['labels']: cnt[l]=cnt.get(l,0)+1
    print('lines',tot,'clean',clean,cnt, 'catalogue rows',len(SSH),len(SBU),len(SCAN))
if __name__=='__main__': main()
