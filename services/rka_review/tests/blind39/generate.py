#!/usr/bin/env python3
"""review39 generator (written blind, 2026-12-08). Deterministic: python generate.py"""
import json, os, random, csv, io, math, datetime
from collections import OrderedDict
import build
from model import idn, ACC
from catalog import SSH, SBU, SCN
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, 'data'); os.makedirs(D, exist_ok=True)
ST = os.path.join(HERE, 'scan_truth'); os.makedirs(ST, exist_ok=True)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
FIXED = datetime.datetime(2026, 9, 14, 9, 30, 0)
rng = random.Random(3939)

import zipfile, re as _re
def fix_xlsx(path):
    """make xlsx byte-deterministic: fixed zip timestamps and fixed core.xml dates"""
    zin = zipfile.ZipFile(path); items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-09-14T09:30:00Z\g<3>', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 14, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
def pdf_doc(path, pagesize, title):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=12*mm, rightMargin=12*mm, topMargin=12*mm, bottomMargin=14*mm,
                            title=title, author='', creator='SIPD', invariant=1)
    return doc

def koef_str(parts, style):
    if style == 'x':   # "4 org x 3 hr"
        return ' x '.join(f'{n} {u}' for n, u in parts)
    return ' x '.join(f'{n} {u.capitalize()}' for n, u in parts)

def ordered(lines):
    # SIPD style: sorted by account code inside each sub-kegiatan (stable)
    out = []
    for sid in OrderedDict((L['sub'], 1) for L in lines):
        sub = [L for L in lines if L['sub'] == sid]
        out += sorted(sub, key=lambda L: L['acc_code'])
    return out

def groups(lines):
    g = OrderedDict()
    for L in lines: g.setdefault((L['sub'], L['acc_code']), []).append(L)
    return g

SUBD = {s['id']: s for s in build.SUBS}

# ====================== catalogues ======================
def write_ssh_xlsx(path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR ... TAHUN 2026'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA'
    ws['A3'] = 'TAHUN ANGGARAN 2027'
    for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ws.cell(r, 1).font = Font(bold=True)
    ws['A4'] = '(harga tertinggi, belum termasuk PPN)'
    hdr = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan', 'Keterangan']
    for i, h in enumerate(hdr, 1):
        ws.cell(6, i, h).font = Font(bold=True); ws.cell(6, i).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.cell(7, 6, '(Rp)'); ws.cell(7, 6).alignment = Alignment(horizontal='center')
    for i in (1, 2, 3, 4, 5, 7): ws.merge_cells(start_row=6, start_column=i, end_row=7, end_column=i)
    r = 8; no = 0
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    cats = OrderedDict()
    for x in SSH:
        k = x['kode'][:11]
        cats.setdefault(k, []).append(x)
    catname = {'1.1.7.01.01':'ALAT TULIS, KERTAS, BAHAN KOMPUTER & KONSUMSI KANTOR','1.1.7.01.03':'BAHAN CETAK DAN PUBLIKASI','1.1.7.01.02':'BAHAN KEBERSIHAN DAN APD',
               '1.3.2.05.02':'PERALATAN DAN MEBEL KANTOR','1.1.7.01.04':'BAHAN DAN ALAT KESEHATAN LINGKUNGAN / PROMOSI','1.3.2.08.01':'ALAT KESEHATAN',
               '1.3.2.02.01':'ALAT UKUR / METROLOGI','1.3.2.05.01':'PERALATAN KANTOR','1.1.7.01.05':'BAHAN BANGUNAN DAN KELISTRIKAN','1.3.2.10.02':'KOMPUTER DAN PERALATAN KOMPUTER',
               '1.1.7.01.06':'BARANG LAINNYA'}
    for k, items in cats.items():
        ws.cell(r, 2, k); ws.cell(r, 3, catname.get(k, 'LAIN-LAIN')).font = Font(bold=True); ws.cell(r, 3).fill = PatternFill('solid', fgColor='DDDDDD'); r += 1
        for x in items:
            no += 1
            vals = [no, x['kode'], x['name'], x['spec'], x['unit'], x['price'], '']
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = bd
            ws.cell(r, 6).number_format = '#,##0'
            x['cat_row'] = no
            r += 1
    for col, w in zip('ABCDEFG', [5, 20, 34, 48, 12, 15, 12]): ws.column_dimensions[col].width = w
    wb.properties.creator = 'BPKAD'; wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(path); fix_xlsx(path)

def write_sbu_pdf(path):
    doc = pdf_doc(path, A4, 'SBU Kota Samarinda 2027')
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    stb = ParagraphStyle('b', fontName='DVB', fontSize=10, leading=13, alignment=1)
    el = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA', stb), Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', stb),
          Paragraph('Besaran merupakan batas tertinggi; untuk barang/jasa kena pajak besaran belum termasuk PPN.', st), Spacer(1, 6)]
    data = [['No', 'Kode', 'Uraian', 'Keterangan / Spesifikasi', 'Satuan', 'Besaran (Rp)']]
    heads = {'SBU.01': 'A. HONORARIUM', 'SBU.02': 'B. KONSUMSI RAPAT DAN PAKET PERTEMUAN', 'SBU.03': 'C. SEWA', 'SBU.04': 'D. JASA', 'SBU.05': 'E. PENGEMBANGAN SDM', 'SBU.06': 'F. PERJALANAN DINAS'}
    sty = [('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, 0), 'DVB', 7.5),
           ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey), ('ALIGN', (5, 1), (5, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    cur = None; no = 0
    for x in SBU:
        h = x['kode'][:6]
        if h != cur:
            cur = h; data.append(['', '', heads[h], '', '', '']); sty.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVB', 7.5)); sty.append(('SPAN', (2, len(data) - 1), (5, len(data) - 1)))
        no += 1; x['cat_row'] = no
        data.append([str(no), x['kode'], Paragraph(x['name'], st), Paragraph(x['spec'], st), x['unit'], idn(x['price'])])
    t = Table(data, colWidths=[9*mm, 24*mm, 50*mm, 62*mm, 18*mm, 22*mm], repeatRows=1); t.setStyle(TableStyle(sty))
    el.append(t); doc.build(el)

def pil_font(sz, bold=False, mono=False):
    return ImageFont.truetype(FONTM if mono else (FONTB if bold else FONT), sz)

def degrade(img, angle, seed, blur=0.6, noise=10):
    r = np.random.RandomState(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a = a + r.normal(0, noise, a.shape)
    # speckles
    m = r.rand(*a.shape) < 0.0015; a[m] = r.randint(0, 120, m.sum())
    # uneven lighting
    yy = np.linspace(0, 1, a.shape[0])[:, None]; a = a - 18 * yy
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def write_scan_catalogue(path, truth_path):
    W, H = 1654, 2339
    rows = SCN; per = 26; pages = []; text = []
    f = pil_font(23); fb = pil_font(25, True)
    cols = [(90, 'No'), (160, 'Kode Barang'), (460, 'Uraian'), (990, 'Spesifikasi'), (1330, 'Satuan'), (1470, 'Harga (Rp)')]
    for p in range(0, len(rows), per):
        img = Image.new('L', (W, H), 255); d = ImageDraw.Draw(img)
        y = 140
        if p == 0:
            for t in ['LAMPIRAN III PERATURAN WALI KOTA SAMARINDA', 'STANDAR SATUAN HARGA (SSH) BAHAN PERTANIAN, PETERNAKAN DAN PANGAN', 'TAHUN ANGGARAN 2027 (harga belum termasuk PPN)']:
                d.text((W // 2, y), t, font=fb, fill=0, anchor='mm'); text.append(t); y += 48
            y += 30
        d.rectangle([80, y, 1580, y + 50], outline=0, width=2)
        for x, h in cols: d.text((x + 6, y + 12), h, font=fb, fill=0)
        text.append(' | '.join(h for _, h in cols)); y += 50
        for i, x in enumerate(rows[p:p + per]):
            no = p + i + 1; x['cat_row'] = no
            vals = [str(no), x['kode'], x['name'], x['spec'], x['unit'], idn(x['price'])]
            spec = x['spec']
            d.rectangle([80, y, 1580, y + 58], outline=0, width=1)
            for (cx, _), v in zip(cols, vals):
                if cx == 990 and d.textlength(v, font=f) > 330:
                    # wrap spec into two lines
                    wds = v.split(); a = ''
                    while wds and d.textlength(a + ' ' + wds[0], font=f) < 330: a = (a + ' ' + wds.pop(0)).strip()
                    d.text((cx + 6, y + 4), a, font=f, fill=0); d.text((cx + 6, y + 30), ' '.join(wds), font=f, fill=0)
                elif cx == 1470:
                    d.text((1570, y + 16), v, font=f, fill=0, anchor='ra')
                else:
                    d.text((cx + 6, y + 16), v, font=f, fill=0)
            for cx, _ in cols[1:]: d.line([cx, y, cx, y + 58], fill=0, width=1)
            text.append(' | '.join(vals)); y += 58
        d.text((W - 200, H - 100), f'Hal. {p // per + 1}', font=f, fill=0); text.append(f'Hal. {p // per + 1}')
        pages.append(degrade(img, [0.7, -0.5, 0.9][len(pages) % 3], 100 + len(pages)))
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=200.0, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer='scanner')
    open(truth_path, 'w').write('\n'.join(text) + '\n')

# ====================== RKA layouts ======================
def header_block(sid):
    s = SUBD[sid]; o = build.OPDS[s['opd']]
    return [('Urusan Pemerintahan', o[2]), ('Bidang Urusan', o[3]), ('Program', s['prog']), ('Kegiatan', s['keg']),
            ('Sub Kegiatan', f"{s['code']} - {s['name']}"), ('Organisasi', f"{o[0]} - {o[1]}"), ('Lokasi', 'Kota Samarinda' if s['opd'] != 'kec' else 'Kecamatan Samarinda Seberang'),
            ('Sumber Pendanaan', 'DAU' if s['opd'] != 'dkpp' else 'DAU / DBH Sawit'), ('Indikator Keluaran', s['out']), ('Target', s['target'])]

def L1_xlsx(lines, path):
    """SIPD-like xlsx, 2-row merged header, account + subtotal rows, hidden helper columns, 2 sub-kegiatan on one sheet"""
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RKA Rincian Belanja'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    for t in ['RENCANA KERJA DAN ANGGARAN', 'SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)', 'PEMERINTAH KOTA SAMARINDA', 'TAHUN ANGGARAN 2027']:
        ws.cell(r, 1, t).font = Font(bold=True, size=12); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); ws.cell(r, 1).alignment = Alignment(horizontal='center'); r += 1
    r += 1
    for sid in OrderedDict((L['sub'], 1) for L in lines):
        for k, v in header_block(sid):
            ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=10); r += 1
        r += 1
        h1 = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, None, 'Jumlah (Rp)']
        h2 = [None, None, None, None, 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', None]
        for i, h in enumerate(h1, 1):
            if h: ws.cell(r, i, h)
        for i, h in enumerate(h2, 1):
            if h: ws.cell(r + 1, i, h)
        for i in range(1, 11):
            for rr in (r, r + 1):
                c = ws.cell(rr, i); c.font = Font(bold=True); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = bd; c.fill = PatternFill('solid', fgColor='C6E0B4')
        for i in (1, 2, 3, 4, 10): ws.merge_cells(start_row=r, start_column=i, end_row=r + 1, end_column=i)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9)
        ws.cell(r, 11, 'vol_x_harga'); ws.cell(r, 12, 'id_usulan')
        r += 2
        sub = [L for L in lines if L['sub'] == sid]; tot = 0
        for (s_, acc), gl in groups(sub).items():
            sub_sum = sum(L['jumlah'] for L in gl); tot += sub_sum
            ws.cell(r, 2, acc); ws.cell(r, 3, gl[0]['acc_name']); ws.cell(r, 10, sub_sum)
            for i in range(1, 11): ws.cell(r, i).font = Font(bold=True); ws.cell(r, i).border = bd
            ws.cell(r, 10).number_format = '#,##0'; r += 1
            for L in gl:
                vals = [int(L['no']), None, L['item'], L['spec'], koef_str(L['koef_parts'], 'cap'), L['volume'], L['unit'], L['price'], L['ppn'], L['jumlah'],
                        L['volume'] * L['price'], f"USL-{2027}{rng.randint(100000, 999999)}"]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    if i <= 10: c.border = bd
                for i in (6, 8, 10, 11): ws.cell(r, i).number_format = '#,##0'
                ws.cell(r, 3).alignment = Alignment(wrap_text=True)
                r += 1
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN'); ws.cell(r, 10, tot); ws.cell(r, 10).number_format = '#,##0'
        for i in range(1, 11): ws.cell(r, i).font = Font(bold=True); ws.cell(r, i).border = bd
        r += 3
    for col, w in zip('ABCDEFGHIJKL', [5, 19, 42, 34, 18, 8, 12, 14, 7, 16, 14, 18]): ws.column_dimensions[col].width = w
    ws.column_dimensions['K'].hidden = True; ws.column_dimensions['L'].hidden = True
    wb.properties.creator = 'operator'; wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(path); fix_xlsx(path)

def price_text(p, i):
    if p >= 1000000 and p % 50000 == 0 and i % 2 == 0:
        v = p / 1e6; s = f'{v:.2f}'.rstrip('0').rstrip('.').replace('.', ',')
        return f'{s} jt'
    return 'Rp ' + idn(p) if i % 3 else 'Rp. ' + idn(p) + ',-'

def L2_xlsx(lines, path):
    """sheet per sub-kegiatan; columns in unusual order; prices as text; koefisien inline"""
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for si, sid in enumerate(OrderedDict((L['sub'], 1) for L in lines)):
        s = SUBD[sid]; ws = wb.create_sheet(f'SubKeg {s["code"]}')
        ws['A1'] = 'DINAS KETAHANAN PANGAN DAN PERTANIAN KOTA SAMARINDA'; ws['A2'] = f'RINCIAN BELANJA TA 2027 - draft rev.2'
        ws['A3'] = f'Sub Keg: {s["code"]} {s["name"]}'; ws['A4'] = f'Output: {s["out"]} | Target: {s["target"]}'
        ws.merge_cells('A1:H1'); ws.merge_cells('A2:H2'); ws['A1'].font = Font(bold=True, size=13)
        hdr = ['Kode Rek.', 'Uraian Belanja', 'Jumlah (Rp)', 'No.', 'Koefisien', 'Vol', 'Sat', 'Harga Satuan']
        for i, h in enumerate(hdr, 1): ws.cell(6, i, h).font = Font(bold=True); ws.cell(6, i).fill = PatternFill('solid', fgColor='FFE699')
        r = 7; sub = [L for L in lines if L['sub'] == sid]
        for (s_, acc), gl in groups(sub).items():
            ws.cell(r, 1, acc); ws.cell(r, 2, gl[0]['acc_name'].upper()); ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 2).font = Font(bold=True); r += 1
            for i, L in enumerate(gl):
                nm = L['item'] + (f' ({L["spec"]})' if L['spec'] else '')
                vals = [None, nm, L['jumlah'], L['no'], koef_str(L['koef_parts'], 'x'), L['volume'], L['unit'], L['price_text']]
                for j, v in enumerate(vals, 1): ws.cell(r, j, v)
                ws.cell(r, 3).number_format = '#,##0'; ws.cell(r, 4).number_format = '@'
                r += 1
            ws.cell(r, 2, 'Sub Jumlah ' + acc); ws.cell(r, 3, sum(L['jumlah'] for L in gl)); ws.cell(r, 3).number_format = '#,##0'; ws.cell(r, 2).font = Font(italic=True); r += 1
        ws.cell(r + 1, 2, 'TOTAL'); ws.cell(r + 1, 3, sum(L['jumlah'] for L in sub)); ws.cell(r + 1, 3).number_format = '#,##0'
        for col, w in zip('ABCDEFGH', [19, 58, 15, 6, 20, 7, 14, 16]): ws.column_dimensions[col].width = w
    wb.properties.creator = 'dkpp'; wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(path); fix_xlsx(path)

def L3_csv(lines, path):
    buf = io.StringIO(); w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(['Export Rincian Belanja SKPD - Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'])
    w.writerow(['Tahun', '2027']); w.writerow(['Tanggal cetak', '14-09-2026 09:30']); w.writerow([])
    w.writerow(['no', 'kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_rekening', 'nama_rekening', 'uraian', 'spesifikasi', 'volume_satuan', 'harga_satuan', 'jumlah'])
    for L in lines:
        w.writerow([L['no'], L['sub_code'], L['sub_name'], L['acc_code'], L['acc_name'], L['item'], L['spec'], f"{L['volume']} {L['unit']}", f"{L['price']},00", f"{L['jumlah']},00"])
    open(path, 'w', encoding='utf-8-sig', newline='').write(buf.getvalue())

def L4_pdf(lines, path):
    """SIPD-like portrait PDF; header block; account rows; repeated header"""
    doc = pdf_doc(path, A4, 'RKA Bagian Hukum 2027')
    st = ParagraphStyle('n', fontName='DV', fontSize=7, leading=8.5); stb = ParagraphStyle('b', fontName='DVB', fontSize=9.5, leading=12, alignment=1)
    sth = ParagraphStyle('h', fontName='DV', fontSize=7.5, leading=9)
    el = []
    for k, sid in enumerate(OrderedDict((L['sub'], 1) for L in lines)):
        if k: el.append(PageBreak())
        el += [Paragraph('RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH', stb), Paragraph('Pemerintah Kota Samarinda Tahun Anggaran 2027', stb), Spacer(1, 4)]
        hb = Table([[Paragraph(a, sth), ':', Paragraph(b, sth)] for a, b in header_block(sid)], colWidths=[32*mm, 4*mm, 150*mm])
        hb.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
        el += [hb, Spacer(1, 4), Paragraph('Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah', stb), Spacer(1, 3)]
        data = [['No', 'Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah']]
        sty = [('FONT', (0, 0), (-1, -1), 'DV', 7), ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, 0), 'DVB', 7),
               ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)), ('ALIGN', (5, 1), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
        sub = [L for L in lines if L['sub'] == sid]
        for (s_, acc), gl in groups(sub).items():
            data.append(['', acc, Paragraph('<b>' + gl[0]['acc_name'] + '</b>', st), '', '', '', '', idn(sum(L['jumlah'] for L in gl))])
            sty.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVB', 7))
            for L in gl:
                u = Paragraph(L['item'] + (f'<br/><font size=6>Spesifikasi: {L["spec"]}</font>' if L['spec'] else ''), st)
                data.append([L['no'], '', u, koef_str(L['koef_parts'], 'cap'), L['unit'], idn(L['price']), f"{L['ppn']}%", idn(L['jumlah'])])
        data.append(['', '', Paragraph('<b>Jumlah Total Sub Kegiatan</b>', st), '', '', '', '', idn(sum(L['jumlah'] for L in sub))])
        t = Table(data, colWidths=[8*mm, 28*mm, 58*mm, 26*mm, 17*mm, 18*mm, 10*mm, 23*mm], repeatRows=1); t.setStyle(TableStyle(sty))
        el.append(t)
    doc.build(el)

def L5_pdf(lines, path):
    """landscape, several sub-kegiatan on the same pages, account Jumlah rows, sub total rows, header only on page 1, wrapped item cells"""
    doc = pdf_doc(path, landscape(A4), 'RKA Dinas Perdagangan 2027')
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9); stb = ParagraphStyle('b', fontName='DVB', fontSize=10, leading=13, alignment=1)
    el = [Paragraph('DINAS PERDAGANGAN KOTA SAMARINDA - RINCIAN BELANJA PER SUB KEGIATAN TA 2027 (RANCANGAN)', stb), Spacer(1, 6)]
    data = [['No', 'Rekening / Uraian Barang', 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN', 'Jumlah']]
    sty = [('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('GRID', (0, 0), (-1, -1), 0.3, colors.grey), ('FONT', (0, 0), (-1, 0), 'DVB', 8), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('ALIGN', (3, 1), (3, -1), 'RIGHT'), ('ALIGN', (5, 1), (-1, -1), 'RIGHT')]
    for sid in OrderedDict((L['sub'], 1) for L in lines):
        s = SUBD[sid]
        data.append(['', Paragraph(f'<b>SUB KEGIATAN {s["code"]} {s["name"]}</b><br/>Indikator: {s["out"]} - Target {s["target"]}; Lokasi: Kota Samarinda', st), '', '', '', '', '', ''])
        sty += [('SPAN', (1, len(data) - 1), (-1, len(data) - 1)), ('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.Color(0.9, 0.93, 1))]
        sub = [L for L in lines if L['sub'] == sid]
        for (s_, acc), gl in groups(sub).items():
            data.append(['', Paragraph(f'<b>{acc} {gl[0]["acc_name"]}</b>', st), '', '', '', '', '', '']); sty.append(('SPAN', (1, len(data) - 1), (-1, len(data) - 1)))
            for L in gl:
                sp = L['spec'] or L.get('cat_spec') or ''
                parts = [p.strip() for p in sp.split(',')] if sp else []
                cell = L['item'] + ('<br/>' + ', '.join(parts[:1]) if parts else '') + ('<br/>' + ', '.join(parts[1:]) if len(parts) > 1 else '')
                if not L['spec']: cell = L['item']
                data.append([L['no'], Paragraph(cell, st), koef_str(L['koef_parts'], 'x'), idn(L['volume']), L['unit'], idn(L['price']), str(L['ppn']), idn(L['jumlah'])])
            data.append(['', Paragraph(f'Jumlah {acc}', st), '', '', '', '', '', idn(sum(L['jumlah'] for L in gl))]); sty.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVB', 7.5))
        data.append(['', Paragraph(f'<b>TOTAL SUB KEGIATAN {s["code"]}</b>', st), '', '', '', '', '', idn(sum(L['jumlah'] for L in sub))])
        sty.append(('LINEABOVE', (0, len(data) - 1), (-1, len(data) - 1), 1.2, colors.black))
    t = Table(data, colWidths=[10*mm, 95*mm, 36*mm, 16*mm, 22*mm, 27*mm, 10*mm, 32*mm], repeatRows=0); t.setStyle(TableStyle(sty))
    el.append(t); doc.build(el)

def L7_pdf(lines, path):
    """no ruling lines at all, header printed once; table continues on next page without header"""
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1); W, H = A4
    c.setTitle('rka kesling'); y = H - 50
    c.setFont('DVB', 11); c.drawString(40, y, 'DINAS KESEHATAN KOTA SAMARINDA'); y -= 15
    c.setFont('DV', 9); c.drawString(40, y, 'Rincian Belanja Sub Kegiatan Bidang Kesehatan Masyarakat - Seksi Kesling & P2 - TA 2027'); y -= 22
    X = [40, 62, 290, 362, 480, 555]
    c.setFont('DVB', 8)
    for x, h in zip(X, ['No', 'Uraian', 'Koefisien', 'Sat.', 'Harga Sat.', 'Jumlah']):
        if h in ('Harga Sat.', 'Jumlah'): c.drawRightString(x, y, h)
        else: c.drawString(x, y, h)
    y -= 16
    def nl(dy=12):
        nonlocal y
        y -= dy
        if y < 50: c.showPage(); y = H - 45
    for sid in OrderedDict((L['sub'], 1) for L in lines):
        s = SUBD[sid]; sub = [L for L in lines if L['sub'] == sid]
        c.setFont('DVB', 8); c.drawString(40, y, f'{s["code"]}  {s["name"][:95]}'); nl()
        c.setFont('DV', 7.5); c.drawString(62, y, f'Output: {s["out"][:105]}'); nl(); c.drawString(62, y, f'Target: {s["target"]}   Lokasi: Kota Samarinda'); nl(15)
        for (s_, acc), gl in groups(sub).items():
            c.setFont('DVB', 7.5); c.drawString(40, y, f'{acc}  {gl[0]["acc_name"]}'); c.drawRightString(555, y, idn(sum(L['jumlah'] for L in gl))); nl()
            c.setFont('DV', 7.5)
            for L in gl:
                c.drawString(X[0], y, str(L['no'])); c.drawString(X[1], y, L['item']); c.drawString(X[2], y, koef_str(L['koef_parts'], 'x'))
                c.drawString(X[3], y, L['unit']); c.drawRightString(X[4], y, idn(L['price'])); c.drawRightString(X[5], y, idn(L['jumlah'])); nl(11)
                if L['spec']:
                    c.setFont('DV', 6.5); c.drawString(X[1] + 6, y + 2, L['spec'][:80]); c.setFont('DV', 7.5); nl(10)
            nl(4)
        c.setFont('DVB', 8); c.drawString(62, y, 'JUMLAH SUB KEGIATAN'); c.drawRightString(555, y, idn(sum(L['jumlah'] for L in sub))); nl(20)
    c.save()

def L6_scan(lines, path, truth_path):
    W, H = 1654, 2339; f = pil_font(22); fb = pil_font(23, True); ft = pil_font(27, True)
    pages = []; text = []
    cols = [(80, 'No'), (150, 'Uraian'), (780, 'Koefisien'), (1020, 'Satuan'), (1180, 'Harga Satuan'), (1390, 'Jumlah')]
    sid = lines[0]['sub']; s = SUBD[sid]
    rows = []
    for (s_, acc), gl in groups(lines).items():
        rows.append(('acc', acc, gl)); rows += [('line', L) for L in gl]
    rows.append(('tot',))
    img = Image.new('L', (W, H), 255); d = ImageDraw.Draw(img); y = 130
    for t in ['RENCANA KERJA DAN ANGGARAN (RKA) - KECAMATAN SAMARINDA SEBERANG', 'TAHUN ANGGARAN 2027']:
        d.text((W // 2, y), t, font=ft, fill=0, anchor='mm'); text.append(t); y += 44
    for k, v in header_block(sid)[2:]:
        v2 = v if len(v) < 95 else v[:95] + ' ' + v[95:]
        d.text((90, y), k, font=f, fill=0); d.text((380, y), ': ' + v[:92], font=f, fill=0); text.append(f'{k} : {v}'); y += 32
        if len(v) > 92: d.text((400, y), v[92:], font=f, fill=0); y += 32
    y += 20
    def head():
        nonlocal y
        d.rectangle([70, y, 1590, y + 46], outline=0, width=2)
        for x, h in cols: d.text((x + 6, y + 11), h, font=fb, fill=0)
        for x, _ in cols[1:]: d.line([x, y, x, y + 46], fill=0, width=1)
        text.append(' | '.join(h for _, h in cols)); y += 46
    head()
    for row in rows:
        if y > H - 160:
            d.text((W - 220, H - 90), f'Hal {len(pages) + 1}', font=f, fill=0)
            pages.append(img); img = Image.new('L', (W, H), 255); d = ImageDraw.Draw(img); y = 120; head()
        d.rectangle([70, y, 1590, y + 44], outline=0, width=1)
        if row[0] == 'acc':
            _, acc, gl = row; t = f'{acc}  {gl[0]["acc_name"]}'
            d.text((156, y + 10), t, font=fb if len(t) < 72 else pil_font(19, True), fill=0); d.text((1580, y + 10), idn(sum(L['jumlah'] for L in gl)), font=fb, fill=0, anchor='ra'); text.append(t + ' | ' + idn(sum(L['jumlah'] for L in gl)))
        elif row[0] == 'line':
            L = row[1]
            vals = [str(L['no']), L['item'], koef_str(L['koef_parts'], 'x'), L['unit'], idn(L['price']), idn(L['jumlah'])]
            for (x, _), v in zip(cols, vals):
                if x >= 1180: d.text((x + 200 if x == 1180 else 1580, y + 11), v, font=f, fill=0, anchor='ra')
                else: d.text((x + 6, y + 11), v, font=f if d.textlength(v, font=f) < 600 else pil_font(18), fill=0)
            for x, _ in cols[1:]: d.line([x, y, x, y + 44], fill=0, width=1)
            text.append(' | '.join(vals))
        else:
            tot = idn(sum(L['jumlah'] for L in lines)); d.text((156, y + 10), 'JUMLAH', font=fb, fill=0); d.text((1580, y + 10), tot, font=fb, fill=0, anchor='ra'); text.append('JUMLAH | ' + tot)
        y += 44
    y += 60; d.text((1100, y), 'Samarinda Seberang, 10 September 2026', font=f, fill=0); d.text((1100, y + 34), 'Camat,', font=f, fill=0); d.text((1100, y + 150), '( ......................... )', font=f, fill=0)
    d.text((W - 220, H - 90), f'Hal {len(pages) + 1}', font=f, fill=0)
    pages.append(img)
    pages = [degrade(p, a, 7 + i, blur=0.8, noise=13) for i, (p, a) in enumerate(zip(pages, [1.1, -0.8, 1.3]))]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=200.0, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer='scanner')
    open(truth_path, 'w').write('\n'.join(text) + '\n')

FILES = [  # file, subs, layout, has_ppn, multi_koef, renderer
 ('rka_dinkes_promkes_2027.xlsx', ['PK1', 'PK2'], 'xlsx_sipd_merged_header_hidden_helpers', True, True),
 ('RKA_DKPP_2027_draft_rev2.xlsx', ['TN1', 'TN2'], 'xlsx_sheet_per_subkeg_text_prices_inline_koef', False, True),
 ('rka_bkpsdm_2027_export.csv', ['AS1', 'AS2'], 'csv_export_volume_unit_one_cell', False, False),
 ('RKA_Bagian_Hukum_2027.pdf', ['HK1', 'HK2'], 'pdf_sipd_portrait_repeated_header', True, True),
 ('rka_disdag_2027_landscape.pdf', ['DG1', 'DG2'], 'pdf_landscape_multi_subkeg_wrapped_items_header_once', True, True),
 ('scan_rka_kec_samarinda_seberang_2027.pdf', ['KC1'], 'scan_image_pdf_200dpi_skewed', False, True),
 ('rka_dinkes_kesling_2027_noruling.pdf', ['KL1', 'KL2'], 'pdf_no_ruling_header_once_continues', False, True),
]
CATS = ['SSH_Kota_Samarinda_2027.xlsx', 'SBU_Kota_Samarinda_2027.pdf', 'SSH_Lampiran_III_Pertanian_Pangan_2027_scan.pdf']
CATFILE = {'SSH': CATS[0], 'SBU': CATS[1], 'SCAN': CATS[2]}

def main():
    write_ssh_xlsx(os.path.join(D, CATS[0])); write_sbu_pdf(os.path.join(D, CATS[1]))
    write_scan_catalogue(os.path.join(D, CATS[2]), os.path.join(ST, CATS[2].replace('.pdf', '.truth.txt')))
    all_lines = build.build_all()
    manifest = []; truth = []
    frng = random.Random(77)
    for fname, subs, layout, ppn, mk in FILES:
        lines = [L for L in all_lines if L['sub'] in subs]
        build.finalize(lines, ppn, mk, frng)
        lines = ordered(lines)
        for i, L in enumerate(lines, 1):
            if fname.startswith('RKA_DKPP'):
                si = subs.index(L['sub']) + 1; L['no'] = f"{si}.{sum(1 for M in lines[:i] if M['sub'] == L['sub'])}"
            else:
                L['no'] = str(i)
            L['price_text'] = price_text(L['price'], i) if fname.startswith('RKA_DKPP') else idn(L['price'])
            L['file'] = fname; L['layout'] = layout
            L['catalogue_file'] = CATFILE.get(L['catalogue']) if L['catalogue'] else None
            if L['cat_key']:
                from model import BYKEY
                L['catalogue_row_no'] = BYKEY[L['cat_key']].get('cat_row')
        p = os.path.join(D, fname)
        if layout.startswith('xlsx_sipd'): L1_xlsx(lines, p)
        elif layout.startswith('xlsx_sheet'): L2_xlsx(lines, p)
        elif layout.startswith('csv'): L3_csv(lines, p)
        elif layout.startswith('pdf_sipd'): L4_pdf(lines, p)
        elif layout.startswith('pdf_landscape'): L5_pdf(lines, p)
        elif layout.startswith('scan'): L6_scan(lines, p, os.path.join(ST, fname.replace('.pdf', '.truth.txt')))
        else: L7_pdf(lines, p)
        stem = os.path.splitext(fname)[0]
        json.dump({'labels': {L['no']: L['labels'] for L in lines}}, open(os.path.join(D, stem + '.labels.json'), 'w'), indent=1, ensure_ascii=False)
        manifest.append({'rka': fname, 'catalogues': CATS, 'labels': stem + '.labels.json', 'opd': build.OPDS[SUBD[subs[0]]['opd']][1], 'layout': layout})
        for L in lines:
            L.pop('dup_used', None); L['koef'] = koef_str(L['koef_parts'], 'x')
            truth.append(L)
    json.dump(manifest, open(os.path.join(D, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
    json.dump(truth, open(os.path.join(HERE, 'truth_lines.json'), 'w'), indent=1, ensure_ascii=False, default=list)
    print('lines', len(truth))

if __name__ == '__main__':
    main()
