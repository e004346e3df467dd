#!/usr/bin/env python3
"""Independent checks of review35: files vs truth vs labels."""
import json, os, re, csv, sys, math
import openpyxl
from pypdf import PdfReader
HERE=os.path.dirname(os.path.abspath(__file__)); DATA=os.path.join(HERE,'data')
fails=[]
def chk(c,msg):
    if not c: fails.append(msg)
man=json.load(open(os.path.join(DATA,'manifest.json'))); truth=json.load(open(os.path.join(HERE,'truth_lines.json')))
def ns(s): return re.sub(r'\s+','',str(s))
def fid(n): return f"{n:,}".replace(',','.')
# --- catalogues
cat={}  # kode -> (price, unit, file)
wb=openpyxl.load_workbook(os.path.join(DATA,'SSH_Samarinda_2027.xlsx'))
for row in wb.active.iter_rows(min_row=7,values_only=True):
    if isinstance(row[0],int) and row[1]: cat[row[1]]=(row[5],row[4],'SSH_Samarinda_2027.xlsx')
n_ssh=len(cat)
sbu_txt=ns(''.join(p.extract_text() for p in PdfReader(os.path.join(DATA,'SBU_Samarinda_2027.pdf')).pages))
scan_cat=open(os.path.join(HERE,'scan_truth_catalogue.txt'),encoding='utf-8').read().splitlines()
n_scan=0
for ln in scan_cat:
    p=ln.split(' | ')
    if len(p)==6 and p[0].isdigit(): cat[p[1]]=(int(p[5].replace('.','')),p[4],'SSH_Khusus_Damkar_Kebersihan_2027_scan.pdf'); n_scan+=1
n_sbu=len(re.findall(r'SBU\.\d\d\.\d\d\d',sbu_txt))
print('catalogue rows: SSH',n_ssh,'SBU',n_sbu,'scan',n_scan)
chk(n_ssh+n_sbu+n_scan>=300,'catalogue rows < 300')
chk(len(PdfReader(os.path.join(DATA,'SSH_Khusus_Damkar_Kebersihan_2027_scan.pdf')).pages[0].extract_text().strip())==0,'scan catalogue has text layer')
# --- RKAs
counts={}; nlines=0; nclean=0; opds=set(); layouts=set()
for m in man:
    fn=m['rka']; tl=truth[fn]; lab=json.load(open(os.path.join(DATA,m['labels'])))['labels']
    opds.add(m['opd']); layouts.add(m['layout'])
    for c in m['catalogues']: chk(os.path.exists(os.path.join(DATA,c)),f'missing catalogue {c}')
    chk(set(lab)==set(t['no'] for t in tl) and len(lab)==len(tl),f'{fn}: label keys != truth lines')
    path=os.path.join(DATA,fn); ext=fn.rsplit('.',1)[1]
    if ext=='xlsx': wbr=openpyxl.load_workbook(path)
    if ext=='csv': rows={r['no_rinci']:r for r in csv.DictReader(open(path,encoding='utf-8-sig'),delimiter=';')}
    if ext=='pdf':
        txt=''.join(p.extract_text() for p in PdfReader(path).pages); nst=ns(txt)
        stl=os.path.join(HERE,'scan_truth_'+fn[:-4]+'.txt')
        scan=open(stl,encoding='utf-8').read().splitlines() if os.path.exists(stl) else None
        if scan: chk(len(nst)==0,f'{fn}: scan should be image-only')
    for t in tl:
        no=t['no']; pr=t['printed']; ctx=f'{fn} No {no}'
        chk(lab[no]==t['labels'],ctx+' labels file != truth')
        nlines+=1; nclean+= not t['labels']
        for l in t['labels']: counts[l]=counts.get(l,0)+1
        # presence in file
        if ext=='xlsx':
            ws=wbr[pr['sheet']]; row=[c.value for c in ws[pr['row']]]
            chk(str(row[0])==no,ctx+' No not in row'); chk(t['item_name'] in row,ctx+' name not in row')
            chk(pr['harga'] in row,ctx+' harga not in row'); chk(pr['jumlah'] in row,ctx+' jumlah not in row')
            h=pr['harga']
            if isinstance(h,str):
                v=h.replace('Rp ','')
                if v.endswith(' jt'): hv=round(float(v[:-3].replace(',','.'))*1e6)
                elif v.endswith(' rb'): hv=int(v[:-3])*1000
                else: hv=int(v.replace('.',''))
            else: hv=h
            chk(hv==t['harga_satuan'],ctx+' printed harga != truth')
            j=pr['jumlah']; jv=int(j.replace('Rp ','').replace('.','')) if isinstance(j,str) else j
            chk(jv==t['jumlah_printed'],ctx+' printed jumlah != truth')
        elif ext=='csv':
            r=rows.get(no); chk(r is not None,ctx+' row missing')
            if r:
                chk(r['uraian']==t['item_name'],ctx+' name'); chk(int(r['harga_satuan'].replace('.',''))==t['harga_satuan'],ctx+' harga'); chk(int(r['total_harga'].replace('.',''))==t['jumlah_printed'],ctx+' jumlah')
                chk(int(r['volume'].replace('.',''))==t['volume_printed'],ctx+' volume'); chk(r['kode_akun']==t['account_code'],ctx+' account')
        elif scan:
            hits=[ln for ln in scan if ln.startswith(f"{no} | {t['item_name']} | ")]
            chk(len(hits)==1,ctx+' not in scan truth')
            if hits:
                p=hits[0].split(' | '); chk(p[5]==fid(t['harga_satuan']) and p[6]==fid(t['jumlah_printed']) and p[3]==fid(t['volume_printed']),ctx+' scan values')
        else:
            k=nst.find(ns(no+t['item_name']))
            chk(k>=0,ctx+' No+name not in pdf text')
            seg=nst[k:k+400]
            kh=seg.find(ns(fid(t['harga_satuan']))); kj=seg.find(ns(fid(t['jumlah_printed'])),max(kh,0)+len(ns(fid(t['harga_satuan']))))
            chk(kh>0 and kj>kh,ctx+' harga/jumlah not after name in pdf text')
        # ---- independent recomputation
        vol_ok=math.prod(t['koef_parts'])
        chk(t['volume_correct']==vol_ok,ctx+' volume_correct')
        ppn=t['ppn_pct'] or 0
        jc=(vol_ok*t['harga_satuan']*(100+ppn)+50)//100
        chk(jc==t['jumlah_correct'],ctx+' jumlah_correct')
        arith = t['volume_printed']!=vol_ok or abs(t['jumlah_printed']-(t['volume_printed']*t['harga_satuan']*(100+ppn))/100)>1
        chk(arith==('ARITHMETIC' in t['labels']),ctx+f' ARITHMETIC mismatch')
        if arith: chk(abs(t['jumlah_printed']-jc)>=1000 or t['volume_printed']!=vol_ok,ctx+' arithmetic error too small')
        inscope=bool(t['catalogue']) and t['catalogue'] in m['catalogues']
        chk(inscope==(not 'NO_PRICE_REFERENCE' in t['labels']),ctx+' NO_PRICE_REFERENCE mismatch')
        if t['catalogue']:
            c=cat.get(t['catalogue_kode']) if not t['catalogue_kode'].startswith('SBU') else None
            if t['catalogue_kode'].startswith('SBU'):
                chk(ns(t['catalogue_kode']) in sbu_txt and ns(t['catalogue_kode'])+ns(t['catalogue_item'].split(' ')[0]) in sbu_txt,ctx+' SBU row not found')
                k=sbu_txt.find(ns(t['catalogue_kode'])); chk(ns(fid(t['catalogue_price'])) in sbu_txt[k:k+250],ctx+' SBU price not found')
            else:
                chk(c is not None and c[0]==t['catalogue_price'] and c[1]==t['catalogue_unit'],ctx+' catalogue row/price not found')
        if inscope:
            ratio=t['harga_satuan']/t['units_per_rka_unit']/t['catalogue_price']
            over=ratio>1.10
            chk(over==('OVERPRICED' in t['labels']),ctx+f' OVERPRICED mismatch ratio {ratio:.3f}')
            chk(ratio>=1.25 or ratio<=1.0,ctx+' ratio in grey zone')
            if t['ppn_pct'] and not over: chk(ratio*1.11<=1.0+1e-9,ctx+' PPN layout clean price too close')
        else: chk('OVERPRICED' not in t['labels'],ctx+' OVERPRICED without reference')
        chk((t['account_code'] not in t['account_correct'])==('ACCOUNT_MISMATCH' in t['labels']),ctx+' ACCOUNT_MISMATCH mismatch')
        if 'DUPLICATE' in t['labels']:
            prev=[u for u in tl[:tl.index(t)] if u['sub_kegiatan_code']==t['sub_kegiatan_code'] and u['catalogue_kode']==t['catalogue_kode'] and u['catalogue_kode']]
            chk(len(prev)==1 and prev[0]['item_name']==t['duplicate_of'],ctx+' DUPLICATE has no earlier twin')
        else:
            later=[u for u in tl[tl.index(t)+1:] if u['sub_kegiatan_code']==t['sub_kegiatan_code'] and u['catalogue_kode']==t['catalogue_kode'] and u['catalogue_kode'] and 'DUPLICATE' not in u['labels']]
            chk(not later,ctx+' same catalogue item twice without DUPLICATE')
print('lines',nlines,'clean',nclean,f'({100*nclean/nlines:.0f}%)','labels',dict(sorted(counts.items())),'opds',len(opds),'layouts',len(layouts))
chk(nlines>=200,'<200 lines'); chk(len(opds)>=5,'<5 OPDs'); chk(len(layouts)>=6,'<6 layouts')
for l in ['OVERPRICED','NO_PRICE_REFERENCE','OFF_TARGET','ARITHMETIC','DUPLICATE','ACCOUNT_MISMATCH']: chk(counts.get(l,0)>=25,f'{l} < 25')
size=sum(os.path.getsize(os.path.join(dp,f)) for dp,_,fs in os.walk(HERE) for f in fs)
chk(size<15e6,'size >= 15MB'); print('size MB',round(size/1e6,2))
if fails:
    print('FAIL',len(fails)); [print(' ',f) for f in fails[:60]]; sys.exit(1)
print('VERIFY OK')
