# -*- coding: utf-8 -*-
"""File writers for generate.py (catalogues and the RKA layouts)."""
import os, io, csv, random, math, datetime
from gen_model import fmt_id, ACCT, SUBKEG
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 30, 0)
FONT_DIR = '/usr/share/fonts/truetype/dejavu/'

ABBR = {'Orang': 'org', 'Kali': 'kl', 'Jam': 'jam', 'Hari': 'hr', 'Bulan': 'bln', 'Unit': 'unit', 'Paket': 'pkt', 'Buah': 'bh',
        'Lembar': 'lbr', 'Kegiatan': 'keg', 'Kecamatan': 'kec', 'Bidang': 'bid', 'Tim': 'tim', 'Lokasi': 'lok', 'M2': 'm2'}

def koef_full(parts):
    return ' x '.join('%s %s' % (fmt_id(n), w) for n, w in parts)

def koef_abbr(parts):
    return ' x '.join('%s %s' % (fmt_id(n), ABBR.get(w, w.lower())) for n, w in parts)

def groups(lines):
    """yield (acct_code, acct_name, [lines]) in printed order"""
    out = []
    for l in lines:
        if not out or out[-1][0] != l['acct_code']:
            out.append((l['acct_code'], l['acct_name'], []))
        out[-1][2].append(l)
    return out

def fix_xlsx_times(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'SIPD-RI'
    wb.properties.lastModifiedBy = 'operator'

def save_wb(wb, path):
    """save and rewrite the zip with fixed timestamps so the bytes are reproducible"""
    import zipfile
    fix_xlsx_times(wb)
    buf = io.BytesIO(); wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re as _re
                b = _re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-20T09:30:00Z', b)
            zout.writestr(zi, b)

thin = Side(style='thin', color='000000')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)

# =============================================================== catalogues
def write_catalogues(cat, data):
    # ---- SSH xlsx: title rows, 2-row merged header, category heading rows
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA'
    ws['A2'] = 'NOMOR  ...  TAHUN 2026 TENTANG STANDAR HARGA SATUAN PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
    ws['A4'] = 'STANDAR SATUAN HARGA (SSH) BARANG'
    ws['A5'] = 'Harga merupakan batas tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN)'
    for c in ('A1', 'A4'): ws[c].font = BOLD
    ws.merge_cells('A4:G4')
    hdr1 = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan (Rp)', 'Keterangan']
    for i, h in enumerate(hdr1, 1):
        ws.cell(7, i, h).font = BOLD
        ws.cell(7, i).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.cell(8, 6, 'Tidak Termasuk PPN').font = BOLD
    for col in (1, 2, 3, 4, 5, 7):
        ws.merge_cells(start_row=7, start_column=col, end_row=8, end_column=col)
    for i in range(1, 8): ws.cell(9, i, '(%d)' % i).alignment = Alignment(horizontal='center')
    r = 10; no = 0; cur = None
    letters = {}
    for row in cat:
        if row.cat != 'SSH': continue
        if row.section != cur:
            cur = row.section
            letters[cur] = chr(ord('A') + len(letters))
            ws.cell(r, 1, letters[cur]); ws.cell(r, 3, cur.upper()).font = BOLD
            r += 1
        no += 1
        ws.cell(r, 1, no); ws.cell(r, 2, row.kode); ws.cell(r, 3, row.name); ws.cell(r, 4, row.spec or '-')
        ws.cell(r, 5, row.unit); c = ws.cell(r, 6, row.price); c.number_format = '#,##0'
        ws.cell(r, 7, {'arsip': 'Kearsipan', 'tani': 'Pertanian', 'parkir': 'Perparkiran', 'kartu': 'Adminduk'}.get(row.domain, ''))
        r += 1
    for col, w in zip('ABCDEFG', (6, 22, 38, 44, 12, 18, 14)):
        ws.column_dimensions[col].width = w
    save_wb(wb, os.path.join(data, 'ssh_2027.xlsx'))
    # ---- SBU pdf
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg_fonts()
    st = ParagraphStyle('c', fontName='DejaVu', fontSize=7.5, leading=9)
    sth = ParagraphStyle('h', fontName='DejaVu-Bold', fontSize=10, leading=13)
    doc = SimpleDocTemplate(os.path.join(data, 'sbu_2027.pdf'), pagesize=A4, leftMargin=28, rightMargin=28, topMargin=36, bottomMargin=36,
                            title='Standar Biaya Umum 2027', author='Bagian Administrasi Pembangunan', creator='SIPD', producer='SIPD',
                            invariant=1)
    els = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA', sth),
           Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sth),
           Paragraph('Besaran merupakan batas tertinggi. Satuan: OJ = orang/jam, OK = orang/kali, OB = orang/bulan, OH = orang/hari.', st), Spacer(1, 8)]
    data_rows = [['No', 'Kode', 'Uraian', 'Spesifikasi / Keterangan', 'Satuan', 'Besaran (Rp)']]
    style = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, 0), 'DejaVu-Bold', 7.5),
             ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    cur = None; no = 0
    for row in cat:
        if row.cat != 'SBU': continue
        if row.section != cur:
            cur = row.section
            data_rows.append(['', '', Paragraph('<b>%s. %s</b>' % (row.seccode, cur.upper()), st), '', '', ''])
            style.append(('SPAN', (2, len(data_rows) - 1), (5, len(data_rows) - 1)))
        no += 1
        data_rows.append([str(no), row.kode, Paragraph(row.name, st), Paragraph(row.spec or '-', st), row.unit, fmt_id(row.price)])
    t = Table(data_rows, colWidths=[24, 58, 150, 170, 60, 70], repeatRows=1)
    style += [('FONT', (0, 1), (-1, -1), 'DejaVu', 7.5), ('ALIGN', (5, 1), (5, -1), 'RIGHT')]
    t.setStyle(TableStyle(style))
    els.append(t)
    doc.build(els)

_FONTS = False
def reg_fonts():
    global _FONTS
    if _FONTS: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DejaVu', FONT_DIR + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', FONT_DIR + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVuCond', FONT_DIR + 'DejaVuSansCondensed.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVuCond-Bold', FONT_DIR + 'DejaVuSansCondensed-Bold.ttf'))
    _FONTS = True

def sk_lines(f, skid):
    return [l for l in f['lines'] if l['subkeg'] == skid]

# =============================================================== L1: xlsx, sheet per sub-kegiatan, merged 2-row header, hidden helpers
def w_xlsx_sheets(f, SUBKEG, path, here):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    rng = random.Random(11)
    for skid, _ in f['sks']:
        sk = SUBKEG[skid]
        ws = wb.create_sheet(sk['code'])
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN'; ws['A1'].font = Font(bold=True, size=12)
        ws['A2'] = 'SATUAN KERJA PERANGKAT DAERAH'
        ws['A3'] = 'Pemerintah Kota Samarinda  Tahun Anggaran 2027'
        ws.merge_cells('A1:J1'); ws.merge_cells('A2:J2'); ws.merge_cells('A3:J3')
        for c in ('A1', 'A2', 'A3'): ws[c].alignment = Alignment(horizontal='center')
        info = [('Urusan Pemerintahan', sk['urusan']), ('Organisasi', f['opd']), ('Program', sk['program']), ('Kegiatan', sk['kegiatan']),
                ('Sub Kegiatan', sk['code'] + ' ' + sk['name']), ('Sumber Pendanaan', 'DAU - Dana Alokasi Umum'), ('Lokasi', sk['lokasi']),
                ('Waktu Pelaksanaan', 'Januari s.d. Desember'), ('Indikator Keluaran', sk['indikator']), ('Target Keluaran', sk['target'])]
        r = 5
        for k, v in info:
            ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); r += 1
        r += 1
        h1 = r
        heads = {1: 'No', 2: 'Kode Rekening', 3: 'Uraian', 4: 'Spesifikasi', 5: 'Rincian Perhitungan', 10: 'Jumlah (Rp)', 11: 'Ref. Kode SSH (bantu)', 12: 'Harga SIPD 2026 (bantu)'}
        for c, v in heads.items():
            ws.cell(h1, c, v).font = BOLD
            ws.cell(h1, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        for c, v in zip(range(5, 10), ['Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)']):
            ws.cell(h1 + 1, c, v).font = BOLD
            ws.cell(h1 + 1, c).alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for c in (1, 2, 3, 4, 10, 11, 12):
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        r = h1 + 2
        total = 0
        for code, name, ls in groups(sk_lines(f, skid)):
            sub = sum(l['jumlah'] for l in ls); total += sub
            ws.cell(r, 2, code).font = BOLD; ws.cell(r, 3, name).font = BOLD
            c = ws.cell(r, 10, sub); c.number_format = '#,##0'; c.font = BOLD
            r += 1
            for l in ls:
                ws.cell(r, 1, int(l['no']))
                ws.cell(r, 3, l['item_name']); ws.cell(r, 4, l['spesifikasi'])
                ws.cell(r, 5, koef_full(l['koef_parts'])); ws.cell(r, 6, l['volume']); ws.cell(r, 7, l['unit'])
                c = ws.cell(r, 8, l['price']); c.number_format = '#,##0'
                ws.cell(r, 9, l['ppn'])
                c = ws.cell(r, 10, l['jumlah']); c.number_format = '#,##0'
                if l['ref'] and rng.random() < 0.8:
                    ws.cell(r, 11, l['ref']['kode'])
                    c = ws.cell(r, 12, int(round(l['price'] * rng.uniform(0.85, 1.05), -2))); c.number_format = '#,##0'
                r += 1
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN').font = BOLD
        c = ws.cell(r, 10, total); c.number_format = '#,##0'; c.font = BOLD
        for col, w in zip('ABCDEFGHIJKL', (5, 20, 42, 30, 22, 8, 11, 14, 8, 16, 22, 16)):
            ws.column_dimensions[col].width = w
        ws.column_dimensions['K'].hidden = True
        ws.column_dimensions['L'].hidden = True
        ws.freeze_panes = ws.cell(h1 + 2, 1)
    save_wb(wb, path)

# =============================================================== L2: xlsx stacked sub-kegiatan, unusual column order, prices as text
def price_text(p, rng):
    x = rng.random()
    if p >= 1000000 and p % 10000 == 0 and x < 0.35:
        s = ('%.2f' % (p / 1e6)).rstrip('0').rstrip('.').replace('.', ',')
        return s + ' jt'
    if 1000 <= p < 1000000 and p % 1000 == 0 and x < 0.3:
        return '%d rb' % (p // 1000)
    if x < 0.55: return 'Rp ' + fmt_id(p)
    if x < 0.8: return 'Rp. ' + fmt_id(p) + ',-'
    return p

def w_xlsx_stacked(f, SUBKEG, path, here):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RKA Belanja 2027'
    rng = random.Random(22)
    ws['A1'] = 'DRAFT RKA PERANGKAT DAERAH TA 2027'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = f['opd'].upper()
    ws['A3'] = 'status: rancangan (belum diverifikasi TAPD) - dibuat ulang dari SIPD utk pembahasan internal'
    r = 5
    for ski, (skid, _) in enumerate(f['sks']):
        sk = SUBKEG[skid]
        ws.cell(r, 1, 'SUB KEGIATAN %d' % (ski + 1)).font = BOLD
        ws.cell(r, 2, '%s  %s' % (sk['code'], sk['name'])).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8); r += 1
        ws.cell(r, 2, 'Keluaran: %s  |  Target: %s  |  Lokasi: %s' % (sk['indikator'], sk['target'], sk['lokasi'])); r += 1
        hdr = ['No', 'Uraian Belanja', 'Koefisien', 'Satuan', 'Harga Satuan', 'Volume', 'Jumlah', 'Kode Rek.']
        for c, v in enumerate(hdr, 1):
            ws.cell(r, c, v).font = BOLD; ws.cell(r, c).fill = PatternFill('solid', fgColor='FFF2CC'); ws.cell(r, c).border = BORDER
        r += 1
        for code, name, ls in groups(sk_lines(f, skid)):
            ws.cell(r, 1, '%s - %s' % (code, name)).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
            for l in ls:
                nm = l['item_name'] + (' (' + l['spesifikasi'] + ')' if l['spesifikasi'] else '')
                vals = [l['no'], nm, koef_abbr(l['koef_parts']), l['unit'], price_text(l['price'], rng), l['volume'],
                        'Rp ' + fmt_id(l['jumlah']), code]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v).border = BORDER
                    if isinstance(v, int) and c == 5: ws.cell(r, c).number_format = '#,##0'
                r += 1
            ws.cell(r, 2, 'Sub Total ' + code); ws.cell(r, 7, 'Rp ' + fmt_id(sum(l['jumlah'] for l in ls))); r += 1
        ws.cell(r, 2, 'TOTAL SUB KEGIATAN %d' % (ski + 1)).font = BOLD
        ws.cell(r, 7, 'Rp ' + fmt_id(sum(l['jumlah'] for l in sk_lines(f, skid)))).font = BOLD
        r += 3
    for col, w in zip('ABCDEFGH', (7, 52, 20, 12, 16, 8, 18, 20)):
        ws.column_dimensions[col].width = w
    save_wb(wb, path)

# =============================================================== L3: CSV SIPD export
def w_csv(f, SUBKEG, path, here):
    out = io.StringIO()
    w = csv.writer(out, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['Export Rincian Belanja Sub Kegiatan - ' + f['opd']])
    w.writerow(['Tahun: 2027', 'Tahapan: Rancangan RKA', 'Tgl cetak: 20-11-2026 09:30'])
    w.writerow(['kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_akun', 'nama_akun', 'no', 'uraian_komponen', 'spesifikasi',
                'koefisien', 'volume', 'satuan', 'harga_satuan', 'ppn_persen', 'total_harga'])
    for skid, _ in f['sks']:
        sk = SUBKEG[skid]
        for l in sk_lines(f, skid):
            w.writerow([sk['code'], sk['name'], l['acct_code'], l['acct_name'], l['no'], l['item_name'], l['spesifikasi'],
                        koef_full(l['koef_parts']).replace(' x ', ' X '), str(l['volume']), l['unit'], str(l['price']),
                        str(l['ppn']), fmt_id(l['jumlah']) + ',00'])
    with open(path, 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write(out.getvalue())

# =============================================================== L5: born-digital PDF printed from a SIPD-like system
def w_pdf_sipd(f, SUBKEG, path, here):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    reg_fonts()
    st = ParagraphStyle('c', fontName='DejaVu', fontSize=7, leading=8.5)
    stb = ParagraphStyle('b', fontName='DejaVu-Bold', fontSize=7, leading=8.5)
    sth = ParagraphStyle('h', fontName='DejaVu-Bold', fontSize=10, leading=12, alignment=1)
    def footer(c, d):
        c.saveState(); c.setFont('DejaVu', 6.5)
        c.drawString(28, 18, 'Dicetak dari SIPD-RI pada 20 November 2026 09:30 WITA  -  Rancangan RKA, bukan dokumen final')
        c.drawRightString(landscape(A4)[0] - 28, 18, 'Halaman %d' % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=28, bottomMargin=34,
                            title='RKA SKPD 2027', author='SIPD', creator='SIPD-RI', producer='SIPD-RI', invariant=1)
    els = []
    for ski, (skid, _) in enumerate(f['sks']):
        sk = SUBKEG[skid]
        els += [Paragraph('RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH', sth),
                Paragraph('Pemerintah Kota Samarinda Tahun Anggaran 2027', sth), Spacer(1, 6)]
        info = [('Urusan Pemerintahan', sk['urusan']), ('Program', sk['program']), ('Kegiatan', sk['kegiatan']),
                ('Sub Kegiatan', sk['code'] + ' ' + sk['name']), ('Organisasi', f['opd']), ('Unit', 'Bidang Aset'),
                ('Sumber Pendanaan', 'Pendapatan Asli Daerah (PAD)'), ('Lokasi', sk['lokasi']), ('Waktu Pelaksanaan', 'Januari s.d. Desember 2027'),
                ('Keluaran Sub Kegiatan', sk['indikator']), ('Target Keluaran', sk['target'])]
        t = Table([[Paragraph(a, st), ':', Paragraph(b, st)] for a, b in info], colWidths=[120, 10, 600])
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVu', 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1),
                               ('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
        els += [t, Spacer(1, 6)]
        rows = [['No', 'Kode Rekening', 'Uraian', 'Rincian Perhitungan', '', '', '', '', 'Jumlah (Rp)'],
                ['', '', '', 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN', '']]
        style = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('SPAN', (3, 0), (7, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)),
                 ('SPAN', (2, 0), (2, 1)), ('SPAN', (8, 0), (8, 1)), ('FONT', (0, 0), (-1, 1), 'DejaVu-Bold', 7),
                 ('BACKGROUND', (0, 0), (-1, 1), colors.HexColor('#e6e6e6')), ('ALIGN', (0, 0), (-1, 1), 'CENTER'),
                 ('FONT', (0, 2), (-1, -1), 'DejaVu', 7), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                 ('ALIGN', (4, 2), (4, -1), 'RIGHT'), ('ALIGN', (6, 2), (6, -1), 'RIGHT'), ('ALIGN', (8, 2), (8, -1), 'RIGHT')]
        total = 0
        for code, name, ls in groups(sk_lines(f, skid)):
            sub = sum(l['jumlah'] for l in ls); total += sub
            rows.append(['', code, Paragraph(name, stb), '', '', '', '', '', fmt_id(sub)])
            style.append(('FONT', (0, len(rows) - 1), (-1, len(rows) - 1), 'DejaVu-Bold', 7))
            for l in ls:
                u = Paragraph(l['item_name'] + ('<br/><font size="6">Spesifikasi: %s</font>' % l['spesifikasi'] if l['spesifikasi'] else ''), st)
                rows.append([l['no'], '', u, Paragraph(koef_full(l['koef_parts']), st), str(l['volume']), l['unit'], fmt_id(l['price']),
                             '%d%%' % l['ppn'] if l['ppn'] else '0%', fmt_id(l['jumlah'])])
        rows.append(['', '', Paragraph('<b>JUMLAH</b>', st), '', '', '', '', '', fmt_id(total)])
        style.append(('FONT', (0, len(rows) - 1), (-1, len(rows) - 1), 'DejaVu-Bold', 7))
        t = Table(rows, colWidths=[24, 78, 230, 120, 40, 52, 66, 32, 80], repeatRows=2)
        t.setStyle(TableStyle(style))
        els.append(t)
        if ski < len(f['sks']) - 1: els.append(PageBreak())
    doc.build(els, onFirstPage=footer, onLaterPages=footer)

# =============================================================== L7: PDF without ruling lines, header only once
def w_pdf_noruling(f, SUBKEG, path, here):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    reg_fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('rka dispusip 2027'); c.setAuthor('Subbag Program'); c.setCreator('Microsoft Word'); c.setProducer('Microsoft: Print To PDF')
    X = [30, 50, 262, 345, 352, 462, 562]   # No, Uraian, Koef, Vol(right), Satuan, Harga(right), Jumlah(right)
    y = H - 40
    page = [1]
    def newpage():
        c.setFont('DejaVu', 6.5); c.drawCentredString(W / 2, 20, '- %d -' % page[0])
        c.showPage(); page[0] += 1
        return H - 40
    def need(y, h):
        return newpage() if y - h < 40 else y
    c.setFont('DejaVu-Bold', 10); c.drawString(30, y, 'RINCIAN ANGGARAN BELANJA - RANCANGAN TA 2027'); y -= 13
    c.setFont('DejaVu', 8); c.drawString(30, y, f['opd']); y -= 11
    c.drawString(30, y, 'Disusun oleh Subbagian Perencanaan, untuk bahan pembahasan dengan TAPD'); y -= 18
    c.setFont('DejaVu-Bold', 7)
    for x, h in zip(X, ['No', 'Uraian', 'Koefisien', 'Vol', 'Satuan', 'Harga Satuan', 'Jumlah (Rp)']):
        if h in ('Vol', 'Harga Satuan', 'Jumlah (Rp)'): c.drawRightString(x, y, h)
        else: c.drawString(x, y, h)
    y -= 14
    for skid, _ in f['sks']:
        sk = SUBKEG[skid]
        y = need(y, 50)
        c.setFont('DejaVu-Bold', 7.5); c.drawString(30, y, 'Sub Kegiatan  %s  %s' % (sk['code'], sk['name'])); y -= 10
        c.setFont('DejaVu', 7); c.drawString(30, y, 'Indikator: %s - target %s; lokasi %s' % (sk['indikator'], sk['target'], sk['lokasi'])); y -= 13
        for code, name, ls in groups(sk_lines(f, skid)):
            y = need(y, 30)
            y -= 3
            c.setFont('DejaVu-Bold', 7); c.drawString(40, y, code + '  ' + name)
            c.drawRightString(X[6], y, fmt_id(sum(l['jumlah'] for l in ls))); y -= 15
            c.setFont('DejaVu', 7)
            for l in ls:
                y = need(y, 15)
                c.setFont('DejaVu', 7)
                c.drawString(X[0], y, l['no'])
                nm = l['item_name']
                c.setFont('DejaVuCond', 6.0 if len(nm) > 48 else 7)
                c.drawString(X[1], y, nm)
                c.setFont('DejaVu', 7)
                c.drawString(X[2], y, koef_abbr(l['koef_parts']).replace(' kl', ' kali'))
                c.drawRightString(X[3], y, str(l['volume']))
                c.drawString(X[4], y, l['unit'])
                c.drawRightString(X[5], y, fmt_id(l['price']))
                c.drawRightString(X[6], y, fmt_id(l['jumlah']))
                y -= 15
        y = need(y, 14)
        c.setFont('DejaVu-Bold', 7); c.drawString(52, y, 'Jumlah sub kegiatan'); c.drawRightString(X[6], y, fmt_id(sum(l['jumlah'] for l in sk_lines(f, skid))))
        y -= 20
    c.setFont('DejaVu', 6.5); c.drawCentredString(W / 2, 20, '- %d -' % page[0])
    c.showPage(); c.save()

# =============================================================== L4: xlsx, volume and unit in one cell
def w_xlsx_volunit(f, SUBKEG, path, here):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'rka penyuluhan'
    (skid, _), = f['sks']
    sk = SUBKEG[skid]
    ws['B1'] = 'RINCIAN BELANJA SUB KEGIATAN'; ws['B1'].font = Font(bold=True, size=12)
    ws['B2'] = sk['code'] + ' - ' + sk['name']
    ws['B3'] = 'Output: ' + sk['indikator'] + ' = ' + sk['target']
    ws['B4'] = 'Lokasi: ' + sk['lokasi'] + '   |   TA 2027   |   ' + f['opd']
    hdr = ['No', 'Uraian', 'Spesifikasi', 'Koefisien', 'Volume', 'Harga Satuan (Rp)', 'Jumlah (Rp)', 'Keterangan']
    r = 6
    for c, v in enumerate(hdr, 1):
        ws.cell(r, c, v).font = BOLD; ws.cell(r, c).border = BORDER
    r += 1
    for code, name, ls in groups(sk_lines(f, skid)):
        ws.cell(r, 2, code + ' ' + name).font = BOLD; r += 1
        for l in ls:
            unit = l['unit'].lower() if l['unit'] not in ('OK', 'OJ', 'OB', 'OH') else l['unit']
            vals = [int(l['no']), l['item_name'], l['spesifikasi'] or '', koef_abbr(l['koef_parts']), '%s %s' % (fmt_id(l['volume']), unit),
                    l['price'], l['jumlah'], '']
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v).border = BORDER
                if c in (6, 7): ws.cell(r, c).number_format = '#,##0'
            r += 1
        c = ws.cell(r, 7, sum(l['jumlah'] for l in ls)); c.number_format = '#,##0'; c.font = Font(italic=True)
        ws.cell(r, 6, 'subtotal').font = Font(italic=True); r += 1
    ws.cell(r + 1, 6, 'TOTAL').font = BOLD
    c = ws.cell(r + 1, 7, sum(l['jumlah'] for l in f['lines'])); c.number_format = '#,##0'; c.font = BOLD
    for col, w in zip('ABCDEFGH', (5, 44, 30, 22, 14, 16, 16, 14)):
        ws.column_dimensions[col].width = w
    save_wb(wb, path)

# =============================================================== image pages (scan and photo)
def pil_font(size, bold=False, serif=True):
    from PIL import ImageFont
    name = ('DejaVuSerif' if serif else 'DejaVuSans') + ('-Bold' if bold else '') + '.ttf'
    return ImageFont.truetype(FONT_DIR + name, size)

def render_table_page(header_lines, cols, rows, size, scale, page_label=None):
    """cols: list of (title, width_px, align); rows: list of (kind, [cells]); returns PIL image and text lines"""
    from PIL import Image, ImageDraw
    Wp, Hp = size
    img = Image.new('L', (Wp, Hp), 255)
    d = ImageDraw.Draw(img)
    fs = int(13 * scale); fb = pil_font(fs, True); fn = pil_font(fs); fh = pil_font(int(16 * scale), True)
    y = int(40 * scale); x0 = int(45 * scale)
    text = []
    for i, h in enumerate(header_lines):
        d.text((x0, y), h, font=fh if i == 0 else fn, fill=0); text.append(h); y += int((24 if i == 0 else 19) * scale)
    y += int(10 * scale)
    rh = int(22 * scale)
    xs = [x0]
    for _, w, _ in cols: xs.append(xs[-1] + int(w * scale))
    def draw_row(cells, font, yy):
        for i, (cell, (_, w, al)) in enumerate(zip(cells, cols)):
            if cell == '': continue
            tw = d.textlength(cell, font=font)
            fsz = font.size; fmin = int(font.size * 0.72)
            while tw > w * scale - 8 * scale and fsz > fmin:
                fsz -= 1
                font = pil_font(fsz, font.path.endswith('Bold.ttf'))
                tw = d.textlength(cell, font=font)
            if al == 'r': d.text((xs[i + 1] - tw - 5 * scale, yy + 4 * scale), cell, font=font, fill=0)
            else: d.text((xs[i] + 5 * scale, yy + 4 * scale), cell, font=font, fill=0)
    d.rectangle([xs[0], y, xs[-1], y + rh], outline=0, width=2)
    draw_row([c[0] for c in cols], fb, y); text.append(' | '.join(c[0] for c in cols)); y += rh
    for kind, cells in rows:
        d.line([xs[0], y + rh, xs[-1], y + rh], fill=0, width=1)
        draw_row(cells, fb if kind != 'line' else fn, y)
        text.append(' | '.join(cells)); y += rh
    for x in xs: d.line([x, y - rh * (len(rows) + 1), x, y], fill=0, width=1)
    if page_label:
        d.text((Wp // 2 - 40 * scale, Hp - 40 * scale), page_label, font=fn, fill=0); text.append(page_label)
    return img, text

def degrade_scan(img, rng, angle):
    import numpy as np
    from PIL import Image, ImageFilter
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.RandomState(int(abs(angle) * 1000) + 7)
    a = a * 0.92 + 12 + nrng.normal(0, 14, a.shape)
    sp = nrng.random_sample(a.shape)
    a[sp < 0.0015] = 30
    a = np.clip(a, 0, 255).astype('uint8')
    return Image.fromarray(a, 'L')

def line_cells_scan(l):
    return [l['no'], '', l['item_name'], fmt_id(l['volume']), l['unit'], fmt_id(l['price']), fmt_id(l['jumlah'])]

def w_scan(f, SUBKEG, path, here):
    from PIL import Image
    rng = random.Random(55)
    (skid, _), = f['sks']
    sk = SUBKEG[skid]
    scale = 200 / 72 * 0.72  # ~2.0 px per pt-ish
    size = (2339, 1654)  # A4 landscape at 200 dpi
    cols = [('No', 40, 'l'), ('Kode Rekening', 140, 'l'), ('Uraian', 420, 'l'), ('Volume', 70, 'r'), ('Satuan', 95, 'l'),
            ('Harga Satuan', 110, 'r'), ('Jumlah (Rp)', 125, 'r')]
    rows = []
    for code, name, ls in groups(f['lines']):
        rows.append(('acct', ['', code, name[:62] + ('...' if len(name) > 62 else ''), '', '', '', fmt_id(sum(l['jumlah'] for l in ls))]))
        for l in ls: rows.append(('line', line_cells_scan(l)))
    rows.append(('acct', ['', '', 'JUMLAH TOTAL', '', '', '', fmt_id(sum(l['jumlah'] for l in f['lines']))]))
    half = (len(rows) + 1) // 2
    pages_rows = [rows[:half], rows[half:]]
    hdr = ['RENCANA KERJA DAN ANGGARAN - KECAMATAN SAMARINDA SEBERANG - TA 2027',
           'Sub Kegiatan: %s %s' % (sk['code'], sk['name']),
           'Keluaran: %s (target %s)     Sumber dana: DAU' % (sk['indikator'], sk['target'])]
    imgs = []; alltext = []
    for pi, pr in enumerate(pages_rows):
        img, text = render_table_page(hdr if pi == 0 else ['(lanjutan) ' + sk['code']], cols, pr, size, scale, 'hal. %d/2' % (pi + 1))
        img = degrade_scan(img, rng, [0.9, -0.6][pi])
        imgs.append(img); alltext += ['=== page %d ===' % (pi + 1)] + text
    imgs[0].save(path, 'PDF', resolution=200.0, save_all=True, append_images=imgs[1:], quality=70,
                 title='scan', author='', creator='', producer='Scanner', creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    with open(os.path.join(here, 'truth', f['stem'] + '.scan_truth.txt'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(alltext) + '\n')

def w_photo(f, SUBKEG, path, here):
    import numpy as np
    from PIL import Image, ImageFilter, ImageDraw
    (skid, _), = f['sks']
    sk = SUBKEG[skid]
    scale = 2.0
    size = (1500, 1980)
    cols = [('No', 28, 'l'), ('Uraian', 300, 'l'), ('Vol', 45, 'r'), ('Satuan', 70, 'l'), ('Harga Sat.', 95, 'r'), ('Jumlah', 110, 'r')]
    rows = []
    for code, name, ls in groups(f['lines']):
        rows.append(('acct', ['', code + ' ' + name[:44] + ('..' if len(name) > 44 else ''), '', '', '', fmt_id(sum(l['jumlah'] for l in ls))]))
        for l in ls:
            rows.append(('line', [l['no'], l['item_name'], fmt_id(l['volume']), l['unit'], fmt_id(l['price']), fmt_id(l['jumlah'])]))
    hdr = ['UPTD PERPARKIRAN - DISHUB KOTA SAMARINDA', 'Draft RKA 2027  Sub Keg. %s' % sk['code'], sk['name'],
           'Output: %s = %s' % (sk['indikator'], sk['target'])]
    img, text = render_table_page(hdr, cols, rows, size, scale)
    img = img.convert('RGB')
    # paper on a desk: pad, perspective, lighting
    W, H = size
    canvas_img = Image.new('RGB', (W + 300, H + 300), (92, 70, 52))
    canvas_img.paste(img, (150, 150))
    coeffs = find_coeffs([(150, 150), (W + 150, 150), (W + 150, H + 150), (150, H + 150)],
                         [(120, 200), (W + 160, 140), (W + 210, H + 170), (90, H + 150)])
    out = canvas_img.transform(canvas_img.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    a = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    light = 0.78 + 0.25 * (xx / a.shape[1]) - 0.10 * ((yy - a.shape[0] * 0.3) / a.shape[0]) ** 2
    a = a * light[..., None]
    a[..., 2] *= 0.93
    rs = np.random.RandomState(88)
    a += rs.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype('uint8'), 'RGB').filter(ImageFilter.GaussianBlur(0.9))
    out.save(path, 'JPEG', quality=78)
    with open(os.path.join(here, 'truth', f['stem'] + '.photo_truth.txt'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(text) + '\n')

def find_coeffs(pa, pb):
    import numpy as np
    matrix = []
    for p1, p2 in zip(pa, pb):
        matrix.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        matrix.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.matrix(matrix, dtype=float); B = np.array(pb).reshape(8)
    res = np.dot(np.linalg.inv(A.T * A) * A.T, B)
    return np.array(res).reshape(8)

# =============================================================== L9: Word document with a table
def w_docx(f, SUBKEG, path, here):
    import docx, zipfile
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    (skid, _), = f['sks']
    sk = SUBKEG[skid]
    d = docx.Document()
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(9)
    p = d.add_paragraph(); r = p.add_run('PEMERINTAH KOTA SAMARINDA\nKECAMATAN SAMARINDA SEBERANG\nKELURAHAN SUNGAI KELEDANG'); r.bold = True
    d.add_paragraph('Usulan Rincian Anggaran Belanja (draft RKA) Tahun 2027')
    d.add_paragraph('Sub Kegiatan : %s %s' % (sk['code'], sk['name']))
    d.add_paragraph('Indikator keluaran : %s, target %s. Lokasi : %s' % (sk['indikator'], sk['target'], sk['lokasi']))
    hdr = ['No', 'Kode Rekening / Uraian', 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']
    t = d.add_table(rows=1, cols=len(hdr)); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for code, name, ls in groups(f['lines']):
        cells = t.add_row().cells
        cells[1].text = code + ' ' + name; cells[1].paragraphs[0].runs[0].bold = True
        cells[6].text = fmt_id(sum(l['jumlah'] for l in ls)); cells[6].paragraphs[0].runs[0].bold = True
        for l in ls:
            cells = t.add_row().cells
            vals = [l['no'], l['item_name'], koef_abbr(l['koef_parts']), fmt_id(l['volume']), l['unit'], fmt_id(l['price']), fmt_id(l['jumlah'])]
            for c, v in zip(cells, vals): c.text = v
    cells = t.add_row().cells
    cells[1].text = 'JUMLAH'; cells[6].text = fmt_id(sum(l['jumlah'] for l in f['lines']))
    d.add_paragraph('')
    d.add_paragraph('Sungai Keledang, 18 November 2026\nLurah Sungai Keledang,\n\n\n( ............................. )')
    cp = d.core_properties; cp.author = 'Kasi Pemberdayaan'; cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.last_modified_by = 'Kasi Pemberdayaan'
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

WRITERS = {
 'docx_word_table': w_docx,
 'xlsx_sheet_per_subkeg_sipd_hidden': w_xlsx_sheets,
 'xlsx_stacked_textprice_inline_koef': w_xlsx_stacked,
 'csv_sipd_export_semicolon': w_csv,
 'pdf_sipd_print': w_pdf_sipd,
 'scan_image_pdf': w_scan,
 'pdf_no_ruling_continued': w_pdf_noruling,
 'xlsx_volume_unit_one_cell': w_xlsx_volunit,
 'phone_photo_jpg': w_photo,
}
