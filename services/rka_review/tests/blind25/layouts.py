"""Writers for every file layout of review25."""
import os, csv, io, json, random, math
from reportlab import rl_config
rl_config.invariant = 1
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FD + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', FD + 'DejaVuSansCondensed-Bold.ttf'))
FIXED_DATE = (2026, 9, 14, 10, 30, 0)
SETTLE = 'Samarinda, 14 September 2026'

def _inv(canvas, doc=None):
    canvas.setCreator('SIPD-RI Modul Penganggaran'); canvas.setAuthor('')

def fix_zip(path):
    """rewrite an xlsx with fixed zip timestamps (determinism)"""
    import zipfile
    with zipfile.ZipFile(path) as z: items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == 'docProps/core.xml':
                import re as _re
                b = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2026-09-14T10:30:00Z', b)
            zi = zipfile.ZipInfo(n, date_time=FIXED_DATE); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, b)

def pdf_fixed(c):
    c.setCreator('review25'); c.setAuthor('')

def ftext(L):
    return L['item']

def pretty_sk(sk):
    return f"{sk['code']} {sk['name']}"

# ====================================================================== catalogues
def write_ssh_xlsx(path, rows):
    wb = Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    b = Side(style='thin', color='000000'); bd = Border(left=b, right=b, top=b, bottom=b)
    ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'; ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PERSEDIAAN DAN ASET'
    ws['A3'] = 'TAHUN ANGGARAN 2027'; ws['A4'] = 'Lampiran Peraturan Wali Kota Samarinda Nomor ... Tahun 2026 (harga belum termasuk PPN, merupakan harga tertinggi)'
    for r in range(1, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ws.cell(r, 1).font = Font(bold=r < 4)
    h1 = ['No', 'Kode Barang', 'Uraian', None, 'Satuan', 'Harga Satuan (Rp)', 'Keterangan']
    h2 = [None, None, 'Nama Barang', 'Spesifikasi', None, None, None]
    for i, v in enumerate(h1): ws.cell(6, i + 1, v)
    for i, v in enumerate(h2):
        if v: ws.cell(7, i + 1, v)
    ws.merge_cells('C6:D6')
    for col in 'ABEFG': ws.merge_cells(f'{col}6:{col}7')
    for r in (6, 7):
        for c in range(1, 8):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); ws.cell(r, c).border = bd
    for i in range(7): ws.cell(8, i + 1, f'({i + 1})').alignment = Alignment(horizontal='center')
    r = 9; cat = None; roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']; ci = 0
    for d in rows:
        if d['cat'] != cat:
            cat = d['cat']; ws.cell(r, 1, roman[ci]); ws.cell(r, 3, cat); ws.cell(r, 2, d['kode'].rsplit('.', 1)[0])
            ws.cell(r, 3).font = Font(bold=True); ws.cell(r, 1).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7); ci += 1; r += 1
        vals = [d['no'], d['kode'], d['name'], d['spec'], d['unit'], d['price'], 'TKDN' if d['no'] % 7 == 0 else '']
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.border = bd
        ws.cell(r, 6).number_format = '#,##0'
        r += 1
    for col, w in zip('ABCDEFG', [6, 20, 34, 52, 16, 18, 12]): ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A9'
    wb.properties.creator = 'BPKAD'; import datetime
    wb.properties.created = datetime.datetime(*FIXED_DATE); wb.properties.modified = datetime.datetime(*FIXED_DATE)
    wb.save(path); fix_zip(path)

def write_sbu_pdf(path, rows, fid):
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=8, leading=10)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40,
                            title='Standar Biaya Umum 2027', author='', creator='BPKAD Kota Samarinda')
    el = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA', sb), Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sb),
          Paragraph('Besaran merupakan batas tertinggi; tidak termasuk PPN. Satuan: OJ = orang/jam, OH = orang/hari, OK = orang/kegiatan, OB = orang/bulan.', st), Spacer(1, 8)]
    data = [['No', 'Kode', 'Uraian', 'Spesifikasi / Keterangan', 'Satuan', 'Besaran (Rp)']]
    sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, 0), 'DVB', 8), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (5, 1), (5, -1), 'RIGHT')]
    cat = None; letters = 'ABCDEFGHIJ'; ci = 0
    for d in rows:
        if d['cat'] != cat:
            cat = d['cat']; data.append([letters[ci], '', Paragraph(f'<b>{cat}</b>', st), '', '', '']); ri = len(data) - 1
            sty.append(('SPAN', (2, ri), (5, ri))); sty.append(('BACKGROUND', (0, ri), (-1, ri), colors.HexColor('#f2f2f2'))); ci += 1
        data.append([str(d['no']), d['kode'], Paragraph(d['name'], st), Paragraph(d['spec'], st), d['unit'], fid(d['price'])])
    t = Table(data, colWidths=[26, 62, 140, 165, 60, 70], repeatRows=1)
    sty.append(('FONT', (0, 1), (-1, -1), 'DV', 7.5)); t.setStyle(TableStyle(sty))
    el.append(t)
    doc.build(el, onFirstPage=_inv, onLaterPages=_inv)

# ====================================================================== helpers
def header_info(sk, opd):
    return [('Urusan Pemerintahan', sk['urusan']), ('Organisasi', opd), ('Program', sk['program']), ('Kegiatan', sk['kegiatan']),
            ('Sub Kegiatan', pretty_sk(sk)), ('Sumber Pendanaan', 'PAD / DAU'), ('Lokasi', sk['lokasi']), ('Waktu Pelaksanaan', 'Januari s.d. Desember 2027'),
            ('Indikator Keluaran', sk['indikator']), ('Target Keluaran', sk['target'])]

def groups(lines):
    out = []; cur = None
    for L in lines:
        if L['acc_code'] != cur:
            cur = L['acc_code']; out.append((cur, L['acc_name'], []))
        out[-1][2].append(L)
    return out

def price_text(p, r):
    if p >= 1_000_000 and p % 10000 == 0 and r.random() < 0.5:
        s = f"{p / 1_000_000:.2f}".rstrip('0').rstrip('.').replace('.', ',')
        return f"{s} jt"
    return r.choice([f"Rp {fid_(p)}", f"Rp{fid_(p)},00", f"Rp. {fid_(p)}"])

def fid_(n):
    return f"{int(n):,}".replace(',', '.')

# ====================================================================== L1 xlsx SIPD sheets
def write_L1(path, sks, opd, lines_by_sk, koef_text, fid):
    wb = Workbook(); wb.remove(wb.active)
    b = Side(style='thin'); bd = Border(left=b, right=b, top=b, bottom=b)
    no = 0; rec = []
    for sk in sks:
        ws = wb.create_sheet(sk['code'])
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN'; ws['A2'] = 'SATUAN KERJA PERANGKAT DAERAH'; ws['A3'] = 'PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
        ws['J1'] = 'Formulir RKA-BELANJA SKPD'
        for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); ws.cell(r, 1).font = Font(bold=True, size=12); ws.cell(r, 1).alignment = Alignment(horizontal='center')
        r = 5
        for k, v in header_info(sk, opd):
            ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11); r += 1
        r += 1; h = r
        top = ['No', 'Kode Rekening', 'Uraian', None, 'vol1', 'Rincian Perhitungan', None, None, None, None, 'Jumlah (Rp)', 'Jumlah TA 2026']
        sub = [None, None, 'Uraian', 'Spesifikasi', None, 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', None, None]
        for i, v in enumerate(top):
            if v: ws.cell(h, i + 1, v)
        for i, v in enumerate(sub):
            if v: ws.cell(h + 1, i + 1, v)
        ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=4)
        ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=10)
        for c in (1, 2, 5, 11, 12): ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        for rr in (h, h + 1):
            for c in range(1, 13):
                ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).border = bd; ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        r = h + 2
        total = 0; rnd = random.Random(sk['code'])
        for code, name, gl in groups(lines_by_sk[sk['id']]):
            sub_t = sum(L['jumlah'] for L in gl); total += sub_t
            ws.cell(r, 2, code); ws.cell(r, 3, name); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            ws.cell(r, 11, sub_t).number_format = '#,##0'
            for c in range(1, 13): ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = bd
            r += 1
            for L in gl:
                no += 1; L['no'] = str(no)
                vals = [no, None, L['item'], L['spec'], L['koef_parts'][0][0], koef_text(L['koef_parts'], 'long'), L['volume'], L['unit'], L['price'], L['ppn'], L['jumlah'],
                        int(round(L['correct_jumlah'] * rnd.uniform(0.85, 1.05), -3)) if rnd.random() < 0.6 else None]
                for i, v in enumerate(vals):
                    c = ws.cell(r, i + 1, v); c.border = bd
                    if i in (8, 10, 11): c.number_format = '#,##0'
                rec.append(dict(no=L['no'], printed_price=L['price'], printed_jumlah=L['jumlah'], sheet=ws.title, row=r))
                r += 1
        ws.cell(r, 3, 'JUMLAH TOTAL SUB KEGIATAN'); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
        ws.cell(r, 11, total).number_format = '#,##0'; ws.cell(r, 3).font = Font(bold=True)
        r += 3; ws.cell(r, 9, SETTLE); ws.cell(r + 1, 9, 'Kepala Dinas Perpustakaan dan Kearsipan'); ws.cell(r + 5, 9, '(............................)')
        for col, w in zip('ABCDEFGHIJKL', [5, 19, 36, 38, 6, 22, 8, 12, 14, 7, 16, 15]): ws.column_dimensions[col].width = w
        ws.column_dimensions['E'].hidden = True; ws.column_dimensions['L'].hidden = True
    import datetime
    wb.properties.created = datetime.datetime(*FIXED_DATE); wb.properties.modified = datetime.datetime(*FIXED_DATE); wb.properties.creator = 'operator.dpk'
    wb.save(path); fix_zip(path); return rec

# ====================================================================== L2 xlsx one sheet, text prices, inline koef
def write_L2(path, sks, opd, lines_by_sk, koef_text, fid):
    wb = Workbook(); ws = wb.active; ws.title = 'RKA 2027'
    rnd = random.Random('L2')
    ws['A1'] = f'DRAFT RKA TA 2027 - {opd.upper()}'; ws['A2'] = 'rekap per sub kegiatan (bahan asistensi TAPD) - versi 3'
    ws['A1'].font = Font(bold=True, size=13)
    hdr = ['Kode Rekening', 'No', 'Uraian Belanja', 'Koefisien', 'Vol', 'Sat', 'Jumlah (Rp)', 'Harga Satuan', 'Ket']
    r = 4
    for i, v in enumerate(hdr):
        c = ws.cell(r, i + 1, v); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='FFE699')
    r += 1; rec = []; romans = ['I', 'II', 'III']; grand = 0; rekap = []
    for si, sk in enumerate(sks):
        ws.cell(r, 1, f'SUB KEGIATAN {romans[si]}'); ws.cell(r, 3, pretty_sk(sk)); ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 3).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9); r += 1
        ws.cell(r, 3, f"Indikator: {sk['indikator']} | Target: {sk['target']} | Lokasi: {sk['lokasi']}"); ws.cell(r, 3).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9); r += 1
        k = 0; tot = 0
        for code, name, gl in groups(lines_by_sk[sk['id']]):
            ws.cell(r, 1, code); ws.cell(r, 3, name); ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 3).font = Font(bold=True); r += 1
            for L in gl:
                k += 1; L['no'] = f'{romans[si]}.{k}'
                desc = L['item'] + (f", {L['spec']}" if rnd.random() < 0.7 else f" ({L['spec']})")
                pt = price_text(L['price'], rnd)
                ws.cell(r, 2, L['no']); ws.cell(r, 3, desc); ws.cell(r, 4, koef_text(L['koef_parts'], 'short'))
                ws.cell(r, 5, L['volume']); ws.cell(r, 6, L['unit']); ws.cell(r, 7, L['jumlah']).number_format = '#,##0'
                ws.cell(r, 8, pt); ws.cell(r, 8).alignment = Alignment(horizontal='right')
                if rnd.random() < 0.12: ws.cell(r, 9, rnd.choice(['cek e-katalog', 'sesuai usulan bidang', 'harga survei', 'lanjutan 2026']))
                rec.append(dict(no=L['no'], printed_price=pt, printed_jumlah=L['jumlah'], row=r)); tot += L['jumlah']; r += 1
        ws.cell(r, 3, f'Jumlah Sub Kegiatan {romans[si]}'); ws.cell(r, 7, tot).number_format = '#,##0'; ws.cell(r, 3).font = Font(bold=True); r += 2
        grand += tot; rekap.append((pretty_sk(sk), tot))
    ws.cell(r, 3, 'TOTAL BELANJA'); ws.cell(r, 7, grand).number_format = '#,##0'; ws.cell(r, 3).font = Font(bold=True)
    for col, w in zip('ABCDEFGHI', [19, 7, 62, 20, 7, 12, 16, 16, 18]): ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet('Rekap'); ws2.append(['Sub Kegiatan', 'Pagu Usulan (Rp)'])
    for a, t in rekap: ws2.append([a, t])
    ws2.append(['TOTAL', grand]); ws2.column_dimensions['A'].width = 90
    import datetime
    wb.properties.created = datetime.datetime(*FIXED_DATE); wb.properties.modified = datetime.datetime(*FIXED_DATE); wb.properties.creator = 'bidang.umkm'
    wb.save(path); fix_zip(path); return rec

# ====================================================================== L3 CSV
def write_L3(path, sks, opd, lines_by_sk, koef_text, fid):
    buf = io.StringIO(); w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
    w.writerow(['kode_skpd', 'nama_skpd', 'kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_akun', 'nama_akun', 'no_rinci', 'nama_komponen',
                'spek_komponen', 'koefisien', 'volume', 'satuan', 'harga_satuan', 'total_harga', 'keterangan'])
    no = 0; rec = []
    for sk in sks:
        for L in lines_by_sk[sk['id']]:
            no += 1; L['no'] = str(no)
            ket = 'Indikator: ' + sk['indikator'] if no % 9 == 1 else ''
            w.writerow(['2.18.0.00.0.00.01.0000', opd, sk['code'], sk['name'], L['acc_code'], L['acc_name'], L['no'], L['item'], L['spec'],
                        koef_text(L['koef_parts'], 'long'), fid(L['volume']), L['unit'], fid(L['price']), fid(L['jumlah']), ket])
            rec.append(dict(no=L['no'], printed_price=fid(L['price']), printed_jumlah=fid(L['jumlah'])))
    with open(path, 'w', encoding='utf-8-sig', newline='') as f: f.write(buf.getvalue())
    return rec

# ====================================================================== L4 PDF SIPD print
def write_L4(path, sks, opd, lines_by_sk, koef_text, fid):
    st = ParagraphStyle('n', fontName='DV', fontSize=6.8, leading=8.2)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=6.8, leading=8.2)
    tt = ParagraphStyle('t', fontName='DVB', fontSize=10, leading=13, alignment=1)
    def foot(c, d):
        _inv(c); c.setFont('DV', 6.5); c.drawString(28, 18, f'Dicetak dari SIPD-RI pada 14-09-2026 10:30  |  {opd}'); c.drawRightString(landscape(A4)[0] - 28, 18, f'Halaman {d.page}')
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=28, bottomMargin=34,
                            title='RKA Belanja SKPD 2027', author='', creator='SIPD-RI')
    el = []; no = 0; rec = []
    for si, sk in enumerate(sks):
        if si: el.append(PageBreak())
        el += [Paragraph('RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH', tt), Paragraph('Pemerintah Kota Samarinda Tahun Anggaran 2027', tt), Spacer(1, 6)]
        info = [[Paragraph(k, st), ':', Paragraph(v, st)] for k, v in header_info(sk, opd)]
        ti = Table(info, colWidths=[110, 8, 620]); ti.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONT', (0, 0), (-1, -1), 'DV', 6.8), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
        el += [ti, Spacer(1, 6), Paragraph('Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah', sb), Spacer(1, 3)]
        data = [['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koefisien', 'Volume', 'Satuan', 'Harga', 'PPN', 'Jumlah']]
        sty = [('GRID', (0, 0), (-1, -1), 0.35, colors.black), ('FONT', (0, 0), (-1, 0), 'DVB', 6.8), ('FONT', (0, 1), (-1, -1), 'DV', 6.8),
               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9e1f2')), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (5, 1), (-1, -1), 'RIGHT')]
        tot = 0
        for code, name, gl in groups(lines_by_sk[sk['id']]):
            sub_t = sum(L['jumlah'] for L in gl); tot += sub_t
            data.append(['', code, Paragraph(f'<b>{name}</b>', st), '', '', '', '', '', '', fid(sub_t)]); ri = len(data) - 1
            sty += [('SPAN', (2, ri), (8, ri)), ('FONT', (0, ri), (-1, ri), 'DVB', 6.8)]
            for L in gl:
                no += 1; L['no'] = str(no)
                data.append([L['no'], '', Paragraph(L['item'], st), Paragraph(L['spec'], st), Paragraph(koef_text(L['koef_parts'], 'long'), st),
                             fid(L['volume']), Paragraph(L['unit'], st), fid(L['price']), f"{L['ppn']}%" if L['ppn'] else '0', fid(L['jumlah'])])
                rec.append(dict(no=L['no'], printed_price=fid(L['price']), printed_jumlah=fid(L['jumlah'])))
        data.append(['', '', Paragraph('<b>Jumlah Total</b>', st), '', '', '', '', '', '', fid(tot)]); ri = len(data) - 1
        sty += [('SPAN', (2, ri), (8, ri)), ('FONT', (0, ri), (-1, ri), 'DVB', 6.8)]
        t = Table(data, colWidths=[22, 78, 140, 160, 82, 36, 52, 60, 28, 70], repeatRows=1); t.setStyle(TableStyle(sty)); el.append(t)
        el += [Spacer(1, 14), Paragraph(f'{SETTLE}<br/>Kepala {opd}<br/><br/><br/>(nama dikosongkan)<br/>NIP. ..................', ParagraphStyle('s', fontName='DV', fontSize=7, leading=9, leftIndent=520))]
    doc.build(el, onFirstPage=foot, onLaterPages=foot)
    return rec

# ====================================================================== L5 scan
def write_L5(path, truth_path, sks, opd, lines_by_sk, koef_text, fid):
    W, H = 2339, 1654  # A4 landscape @200 dpi
    f = lambda s, b=False: ImageFont.truetype(FD + ('DejaVuSans-Bold.ttf' if b else 'DejaVuSans.ttf'), s)
    F, FB, FS, FT = f(21), f(21, True), f(17), f(28, True)
    cols = [('No', 70), ('Kode Rekening', 250), ('Uraian / Spesifikasi', 760), ('Koefisien', 300), ('Volume', 110), ('Satuan', 180), ('Harga Satuan', 200), ('Jumlah (Rp)', 249)]
    x0 = 110
    pages = []; txt = []; no = 0; rec = []
    def new_page(sk, first):
        im = Image.new('L', (W, H), 255); d = ImageDraw.Draw(im); y = 90
        lines_ = []
        if first:
            for s in ['RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH', 'PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2027']:
                d.text((W // 2, y), s, font=FT, fill=0, anchor='mt'); lines_.append(s); y += 42
            y += 10
            for k, v in header_info(sk, opd):
                if k in ('Urusan Pemerintahan', 'Waktu Pelaksanaan', 'Sumber Pendanaan'): continue
                s = f'{k:<20}: {v}'
                d.text((x0, y), k, font=F, fill=0); d.text((x0 + 260, y), ': ' + v[:140], font=F, fill=0); lines_.append(f'{k}: {v[:140]}'); y += 30
            y += 12
        else:
            s = f'(lanjutan) Sub Kegiatan {sk["code"]}'; d.text((x0, y), s, font=F, fill=0); lines_.append(s); y += 40
        # header row
        x = x0; d.rectangle([x0, y, x0 + sum(c[1] for c in cols), y + 44], outline=0, width=2)
        for name, w in cols:
            d.text((x + 8, y + 11), name, font=FB, fill=0); x += w; d.line([x, y, x, y + 44], fill=0, width=2)
        lines_.append('\t'.join(c[0] for c in cols))
        return im, d, y + 44, lines_
    for sk in sks:
        im, d, y, tl = new_page(sk, True)
        def row(cells, h, bold=False):
            nonlocal y
            x = x0; d.rectangle([x0, y, x0 + sum(c[1] for c in cols), y + h], outline=0, width=1)
            for (name, w), v in zip(cols, cells):
                if isinstance(v, tuple):
                    d.text((x + 8, y + 8), v[0], font=FB if bold else F, fill=0); d.text((x + 8, y + 38), v[1], font=FS, fill=60)
                elif v:
                    right = name in ('Volume', 'Harga Satuan', 'Jumlah (Rp)')
                    if right: d.text((x + w - 10, y + 8), v, font=FB if bold else F, fill=0, anchor='ra')
                    else: d.text((x + 8, y + 8), v, font=FB if bold else F, fill=0)
                x += w; d.line([x, y, x, y + h], fill=0, width=1)
            y += h
        tot = 0
        for code, name, gl in groups(lines_by_sk[sk['id']]):
            items = [('g', code, name, gl)] + [('l', L) for L in gl]
            for it in items:
                need = 40 if it[0] == 'g' else 66
                if y + need > H - 130:
                    tl.append(''); pages.append((im, tl)); im, d, y, tl = new_page(sk, False)
                if it[0] == 'g':
                    st = sum(L['jumlah'] for L in it[3]); tot += st
                    row(['', it[1], it[2][:62], '', '', '', '', fid(st)], 40, True); tl.append(f'{it[1]}\t{it[2]}\t{fid(st)}')
                else:
                    L = it[1]; no += 1; L['no'] = str(no)
                    spec = L['spec'] if len(L['spec']) < 80 else L['spec'][:77] + '...'
                    cells = [L['no'], '', (L['item'], spec), koef_text(L['koef_parts'], 'long'), fid(L['volume']), L['unit'], fid(L['price']), fid(L['jumlah'])]
                    row(cells, 66); tl.append('\t'.join([L['no'], L['item'], spec, cells[3], cells[4], L['unit'], cells[6], cells[7]]))
                    rec.append(dict(no=L['no'], printed_price=fid(L['price']), printed_jumlah=fid(L['jumlah'])))
        if y + 60 > H - 130:
            pages.append((im, tl)); im, d, y, tl = new_page(sk, False)
        row(['', '', 'JUMLAH', '', '', '', '', fid(tot)], 40, True); tl.append(f'JUMLAH\t{fid(tot)}')
        d.text((1700, y + 40), SETTLE, font=F, fill=0); d.text((1700, y + 70), 'Sekretaris DPRD Kota Samarinda', font=F, fill=0)
        tl += [SETTLE, 'Sekretaris DPRD Kota Samarinda']
        pages.append((im, tl))
    # degrade
    out = []; rng = np.random.default_rng(25)
    for pi, (im, tl) in enumerate(pages):
        d = ImageDraw.Draw(im); d.text((W - 300, H - 70), f'hal. {pi + 1}', font=F, fill=0)
        ang = [0.8, -1.1, 0.5, -0.7, 1.2, -0.4][pi % 6]
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        grad = np.linspace(0, 18, W)[None, :] + np.linspace(0, 10, H)[:, None]
        a = a * 0.93 + 8 - grad * 0.6 + rng.normal(0, 11, a.shape)
        # speckles
        m = rng.random(a.shape) < 0.0015; a[m] = rng.uniform(0, 120, m.sum())
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, 'L').filter(ImageFilter.GaussianBlur(0.7))
        out.append(im)
    out[0].save(path, 'PDF', resolution=200.0, save_all=True, append_images=out[1:], quality=72,
                title='scan', creator='Scanner', producer='Scanner', creationDate=__import__('time').gmtime(1789381800), modDate=__import__('time').gmtime(1789381800))
    with open(truth_path, 'w', encoding='utf-8') as fh:
        for pi, (im, tl) in enumerate(pages):
            fh.write(f'=== halaman {pi + 1} ===\n' + '\n'.join(tl) + '\n')
    return rec

# ====================================================================== L6 PDF without ruling, vol+unit in one cell
def write_L6(path, sks, opd, lines_by_sk, koef_text, fid):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1); pdf_fixed(c)
    Wp, Hp = A4; y = Hp - 50; rec = []
    X = dict(no=36, ur=66, rek=282, vol=362, hrg=432, jml=562)
    def newpage():
        nonlocal y
        c.showPage(); y = Hp - 40
    def need(h):
        if y - h < 45: newpage()
    c.setFont('DVB', 11); c.drawString(36, y, 'USULAN RINCIAN BELANJA TA 2027'); y -= 15
    c.setFont('DV', 9); c.drawString(36, y, opd + ' - bahan Rapat Asistensi RKA'); y -= 22
    c.setFont('DVB', 7.5)
    for k, lab in [('no', 'No'), ('ur', 'Uraian / koefisien'), ('rek', 'Rekening'), ('vol', 'Vol / Sat')]: c.drawString(X[k], y, lab)
    c.drawRightString(X['hrg'] + 50, y, 'Harga Sat.'); c.drawRightString(X['jml'], y, 'Jumlah'); y -= 14
    for si, sk in enumerate(sks):
        need(50); c.setFont('DVB', 8)
        for s in simpleSplit(f'{si + 1}. {pretty_sk(sk)}', 'DVB', 8, 520): c.drawString(36, y, s); y -= 11
        c.setFont('DV', 7)
        for s in simpleSplit(f"Keluaran: {sk['indikator']} ({sk['target']}); lokasi {sk['lokasi']}", 'DV', 7, 520): c.drawString(48, y, s); y -= 9
        y -= 4; k = 0; tot = 0
        for code, name, gl in groups(lines_by_sk[sk['id']]):
            need(24); c.setFont('DVB', 7); c.drawString(X['ur'], y, f'{code}  {name}'[:120]); y -= 11
            for L in gl:
                k += 1; L['no'] = f'{si + 1}.{k}'
                spec = simpleSplit(L['spec'], 'DV', 6.3, 205)
                h = 10 + 8 * (len(spec) + 1) + 3
                need(h)
                c.setFont('DV', 7.5); c.drawString(X['no'], y, L['no']); c.drawString(X['ur'], y, L['item'])
                c.setFont('DV', 6.3); c.drawString(X['rek'], y, L['acc_code'])
                c.setFont('DV', 7.5); c.drawString(X['vol'], y, f"{fid(L['volume'])} {L['unit'].lower() if len(L['unit']) > 3 else L['unit']}")
                c.drawRightString(X['hrg'] + 50, y, fid(L['price'])); c.drawRightString(X['jml'], y, fid(L['jumlah']))
                yy = y - 8; c.setFont('DV', 6.3); c.setFillGray(0.3)
                for s in spec: c.drawString(X['ur'] + 6, yy, s); yy -= 8
                c.drawString(X['ur'] + 6, yy, 'koef: ' + koef_text(L['koef_parts'], 'short')); c.setFillGray(0)
                y = yy - 11; tot += L['jumlah']
                rec.append(dict(no=L['no'], printed_price=fid(L['price']), printed_jumlah=fid(L['jumlah'])))
        need(20); c.setFont('DVB', 7.5); c.drawString(X['ur'], y, f'Jumlah sub kegiatan {si + 1}'); c.drawRightString(X['jml'], y, fid(tot)); y -= 20
    c.save(); return rec

# ====================================================================== driver
def write_all(DATA, HERE, SSH_ROWS, SBU_ROWS, SUBKEG, OPDS, lines_by_sk, koef_text, fid):
    global fid_
    write_ssh_xlsx(os.path.join(DATA, 'ssh_2027.xlsx'), SSH_ROWS)
    write_sbu_pdf(os.path.join(DATA, 'sbu_2027.pdf'), SBU_ROWS, fid)
    sks = {s['id']: s for s in SUBKEG}
    manifest = []; truth = {'conventions': {}, 'files': []}
    names = {'L1': 'rka_dpk_2027.xlsx', 'L2': 'rka_diskopukm_2027.xlsx', 'L3': 'rka_dpmptsp_2027_export.csv',
             'L4': 'rka_damkar_2027_sipd.pdf', 'L5': 'rka_setwan_2027_scan.pdf', 'L6': 'usulan_diskan_2027.pdf'}
    for lay, opd, ids in OPDS:
        lk = lay[:2]; S = [sks[i] for i in ids]
        fn = names[lk] if lk != 'L7' else f"foto_rka_kec_samarinda_ulu_2027_{ids[0].lower()}.jpg"
        p = os.path.join(DATA, fn)
        if lk == 'L1': rec = write_L1(p, S, opd, lines_by_sk, koef_text, fid)
        elif lk == 'L2': rec = write_L2(p, S, opd, lines_by_sk, koef_text, fid)
        elif lk == 'L3': rec = write_L3(p, S, opd, lines_by_sk, koef_text, fid)
        elif lk == 'L4': rec = write_L4(p, S, opd, lines_by_sk, koef_text, fid)
        elif lk == 'L5': rec = write_L5(p, os.path.join(HERE, 'scan_truth.txt'), S, opd, lines_by_sk, koef_text, fid)
        elif lk == 'L6': rec = write_L6(p, S, opd, lines_by_sk, koef_text, fid)
        else: rec = write_L7(p, os.path.join(HERE, fn.rsplit('.', 1)[0] + '_truth.txt'), S, opd, lines_by_sk, koef_text, fid, int(ids[0][2:]))
        stem = fn.rsplit('.', 1)[0]
        lines = []
        for i in ids:
            for L in lines_by_sk[i]:
                lines.append(L)
        labels = {L['no']: L['labels'] for L in lines}
        assert len(labels) == len(lines)
        with open(os.path.join(DATA, stem + '.labels.json'), 'w') as fh: json.dump({'labels': labels}, fh, indent=1)
        manifest.append({'rka': fn, 'catalogues': ['ssh_2027.xlsx', 'sbu_2027.pdf'], 'labels': stem + '.labels.json', 'opd': opd, 'layout': lay})
        recd = {r_['no']: r_ for r_ in rec}
        tl = []
        for L in lines:
            o = {k: v for k, v in L.items() if not k.startswith('_')}
            if '_orig' in L: o['duplicate_of_no'] = L['_orig']['no']
            o['koefisien'] = koef_text(L['koef_parts'], 'long')
            o['printed'] = recd[L['no']]
            tl.append(o)
        truth['files'].append({'rka': fn, 'layout': lay, 'opd': opd, 'catalogues': ['ssh_2027.xlsx', 'sbu_2027.pdf'], 'lines': tl})
    return manifest, truth

# ====================================================================== L7 phone photo of a printed page (one sub-kegiatan per photo)
def write_L7(path, truth_path, sks, opd, lines_by_sk, koef_text, fid, seed):
    sk = sks[0]; rng = np.random.default_rng(seed); r = random.Random(seed)
    W, H = 1240, 1754  # A4 portrait @150 dpi
    f = lambda s, b=False: ImageFont.truetype(FD + ('DejaVuSans-Bold.ttf' if b else 'DejaVuSansCondensed.ttf'), s)
    F, FB, FS, FT = f(17), f(17, True), f(14), f(22, True)
    im = Image.new('L', (W, H), 250); d = ImageDraw.Draw(im); tl = []
    y = 70
    for s in ['RINCIAN USULAN BELANJA (RKA) TA 2027', opd.upper()]:
        d.text((W // 2, y), s, font=FT, fill=10, anchor='mt'); tl.append(s); y += 34
    y += 6
    for k, v in [('Sub Kegiatan', pretty_sk(sk)), ('Indikator', f"{sk['indikator']} - target {sk['target']}"), ('Lokasi', sk['lokasi'])]:
        for j, s in enumerate(simpleSplit(v, 'DV', 9.2, 900)):
            d.text((70, y), (k if j == 0 else ''), font=F, fill=10); d.text((230, y), (': ' if j == 0 else '  ') + s, font=F, fill=10); y += 24
        tl.append(f'{k}: {v}')
    y += 10
    cols = [('No', 50), ('Uraian', 380), ('Koefisien', 215), ('Vol', 70), ('Satuan', 120), ('Harga', 125), ('Jumlah', 140)]
    x0 = 60; Wt = sum(c[1] for c in cols)
    def row(cells, h, bold=False, hdr=False):
        nonlocal y
        d.rectangle([x0, y, x0 + Wt, y + h], outline=30, width=2 if hdr else 1)
        x = x0
        for (name, w), v in zip(cols, cells):
            if isinstance(v, tuple):
                d.text((x + 5, y + 5), v[0], font=F, fill=10); d.text((x + 5, y + 27), v[1], font=FS, fill=70)
            elif v:
                if name in ('Vol', 'Harga', 'Jumlah') and not hdr: d.text((x + w - 6, y + 6), v, font=FB if bold else F, fill=10, anchor='ra')
                else: d.text((x + 5, y + 6), v, font=FB if (bold or hdr) else F, fill=10)
            x += w
            if not (bold and not cells[0] and x > x0 + 50 and x < x0 + Wt - 140): d.line([x, y, x, y + h], fill=30, width=1)
        y += h
    row([c[0] for c in cols], 32, hdr=True); tl.append('\t'.join(c[0] for c in cols))
    tot = 0; rec = []; k = 0
    for code, name, gl in groups(lines_by_sk[sk['id']]):
        st = sum(L['jumlah'] for L in gl); tot += st
        nm = name if len(name) < 48 else name[:45] + '...'
        row(['', code + '  ' + nm, '', '', '', '', ''], 30, True); tl.append(f'{code}\t{name}')
        for L in gl:
            k += 1; L['no'] = f'{k}'
            spec = L['spec'] if len(L['spec']) < 52 else L['spec'][:49] + '...'
            kt = koef_text(L['koef_parts'], 'short')
            cells = [L['no'], (L['item'], spec), kt, fid(L['volume']), L['unit'], fid(L['price']), fid(L['jumlah'])]
            row(cells, 48); tl.append('\t'.join([L['no'], L['item'], spec, kt, cells[3], L['unit'], cells[5], cells[6]]))
            rec.append(dict(no=L['no'], printed_price=fid(L['price']), printed_jumlah=fid(L['jumlah'])))
    row(['', 'TOTAL', '', '', '', '', fid(tot)], 32, True); tl.append(f'TOTAL\t{fid(tot)}')
    d.text((760, y + 30), 'Samarinda Ulu, Sept 2026', font=F, fill=10); d.text((760, y + 56), 'Camat Samarinda Ulu', font=F, fill=10)
    tl += ['Samarinda Ulu, Sept 2026', 'Camat Samarinda Ulu']
    # handwritten-ish tick marks / pen circle near random rows (reviewer doodles)
    d.ellipse([W - 120, 60, W - 60, 100], outline=60, width=3)
    # --- photo: paper on a desk, perspective, uneven light, blur, JPEG
    page = im.convert('RGB')
    BW, BH = 1500, 2000
    bg = np.zeros((BH, BW, 3), np.float32)
    bg[:] = np.array([120, 92, 66], np.float32)  # wooden desk
    bg += rng.normal(0, 9, (BH, BW, 1)) + np.sin(np.linspace(0, 40, BW))[None, :, None] * 6
    bgi = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    ox, oy = 120, 110
    bgi.paste(page, (ox, oy))
    # perspective: map output quad -> input
    dx = [r.randint(-40, 40) for _ in range(8)]
    quad = (0 + dx[0], 0 + dx[1], 0 + dx[2], BH + dx[3], BW + dx[4], BH + dx[5], BW + dx[6], 0 + dx[7])
    # QUAD transform: output rect sampled from a source quadrilateral (upper-left, lower-left, lower-right, upper-right)
    src = (ox - 70 + dx[0], oy - 60 + dx[1], ox - 20 + dx[2], oy + H + 70 + dx[3], ox + W + 60 + dx[4], oy + H + 40 + dx[5], ox + W + 95 + dx[6], oy - 80 + dx[7])
    out = bgi.transform((1350, 1850), Image.QUAD, src, resample=Image.BICUBIC)
    a = np.asarray(out).astype(np.float32)
    hh, ww = a.shape[:2]
    yy, xx = np.mgrid[0:hh, 0:ww]
    light = 1.05 - 0.28 * ((xx / ww - 0.8) ** 2 + (yy / hh - 0.15) ** 2)  # lamp top-right
    shadow = np.where(xx + 0.4 * yy < 260, 0.82, 1.0)  # phone shadow bottom-left
    a = a * light[..., None] * shadow[..., None]
    a[..., 2] *= 0.93; a[..., 0] *= 1.03  # warm white balance
    a += rng.normal(0, 5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)).rotate(r.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(90, 70, 50))
    out.save(path, 'JPEG', quality=80)
    with open(truth_path, 'w', encoding='utf-8') as fh: fh.write('\n'.join(tl) + '\n')
    return rec
