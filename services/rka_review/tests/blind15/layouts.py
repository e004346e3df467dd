"""File writers (catalogues + six RKA layouts) for review15."""
import time
import io
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTS = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
pdfmetrics.registerFont(TTFont('DV', FONT))
pdfmetrics.registerFont(TTFont('DVB', FONTB))
pdfmetrics.registerFont(TTFont('DVS', FONTS))

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def rp(n):
    return f'{int(n):,}'.replace(',', '.')


def fixed_pdf(c):
    c.setCreator('SIPD-RI / e-Budgeting')
    c.setProducer('ReportLab')


def header_info(opd, sk, subkeg):
    code, name, ind, tgt = subkeg[sk][:4]
    parts = code.split('.')
    urusan = {'1.05': '1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT',
              '2.18': '2.18 URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL',
              '2.09': '2.09 URUSAN PEMERINTAHAN BIDANG PANGAN',
              '7.01': '7.01 KECAMATAN', '8.01': '8.01 KESATUAN BANGSA DAN POLITIK'}[parts[0] + '.' + parts[1]]
    prog = '.'.join(parts[:3])
    keg = '.'.join(parts[:6])
    progs = {'1.05.02': 'PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', '1.05.03': 'PROGRAM PENANGGULANGAN BENCANA',
             '1.05.04': 'PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN',
             '2.18.02': 'PROGRAM PELAYANAN PENANAMAN MODAL', '2.18.03': 'PROGRAM PROMOSI PENANAMAN MODAL',
             '2.09.03': 'PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN',
             '2.09.04': 'PROGRAM PENGAWASAN KEAMANAN PANGAN', '7.01.01': 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
             '8.01.02': 'PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL'}
    return [('Urusan Pemerintahan', urusan), ('Program', prog + ' ' + progs[prog]), ('Kegiatan', keg + ' (lihat DPA)'),
            ('Sub Kegiatan', code + ' ' + name), ('Organisasi', opd), ('Lokasi', 'Kota Samarinda'),
            ('Sumber Pendanaan', 'PAD / DAU'), ('Indikator Output', ind), ('Target Output', tgt), ('Waktu Pelaksanaan', 'Januari s.d. Desember 2027')]


def groups_of(ls, accts):
    out = []
    for L in ls:
        if not out or out[-1][0] != L['acct']:
            out.append((L['acct'], []))
        out[-1][1].append(L)
    return out


# ------------------------------------------------------------------ catalogues
def write_ssh_xlsx(path, SSH):
    wb = Workbook()
    ws = wb.active
    ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR ... TAHUN 2026'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
    ws['A3'] = 'Harga satuan tertinggi, belum termasuk PPN'
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).alignment = Alignment(horizontal='center')
    # 2-row merged header at rows 5-6
    ws.merge_cells('A5:A6'); ws['A5'] = 'No'
    ws.merge_cells('B5:B6'); ws['B5'] = 'Kode Barang'
    ws.merge_cells('C5:D5'); ws['C5'] = 'Uraian Barang'
    ws['C6'] = 'Nama Barang'; ws['D6'] = 'Spesifikasi'
    ws.merge_cells('E5:E6'); ws['E5'] = 'Satuan'
    ws.merge_cells('F5:G5'); ws['F5'] = 'Standar Harga'
    ws['F6'] = 'Harga Satuan (Rp)'; ws['G6'] = 'Keterangan'
    for row in ws['A5:G6']:
        for c in row:
            c.font = BOLD
            c.border = BOX
            c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 7
    no = 1
    for ci, (ccode, ctitle, items) in enumerate(SSH):
        ws.cell(r, 1, chr(65 + ci) + '.')
        ws.cell(r, 2, ccode)
        ws.cell(r, 3, ctitle)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        for c in range(1, 8):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = PatternFill('solid', fgColor='DDEBF7')
        r += 1
        for i, (key, name, spec, unit, price, acct) in enumerate(items, 1):
            ws.cell(r, 1, no)
            ws.cell(r, 2, f'{ccode}.{i:03d}')
            ws.cell(r, 3, name)
            ws.cell(r, 4, spec)
            ws.cell(r, 5, unit)
            ws.cell(r, 6, price).number_format = '#,##0'
            ws.cell(r, 7, 'Modal' if acct.startswith('MODAL') else '')
            for c in range(1, 8):
                ws.cell(r, c).border = BOX
            r += 1
            no += 1
    for col, w in zip('ABCDEFG', (6, 20, 44, 40, 14, 16, 12)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = 'BPKAD Kota Samarinda'
    wb.save(path)
    _fix_xlsx_time(path)


def _fix_xlsx_time(path):
    # openpyxl writes the current time into docProps/core.xml; rewrite with a fixed timestamp
    import zipfile
    import re
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'docProps/core.xml':
                data = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ', b'2026-11-20T08:00:00Z', data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fit_text(c, x, y, w, text, font='DV', size=6.5, align='left'):
    s = size
    while s > 4 and pdfmetrics.stringWidth(text, font, s) > w - 3:
        s -= 0.25
    c.setFont(font, s)
    if align == 'right':
        c.drawRightString(x + w - 2, y, text)
    elif align == 'center':
        c.drawCentredString(x + w / 2, y, text)
    else:
        c.drawString(x + 2, y, text)


def write_sbu_pdf(path, SBU):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    fixed_pdf(c)
    cols = [('No', 26), ('Kode', 58), ('Uraian', 290), ('Satuan', 72), ('Besaran (Rp)', 80)]
    x0 = 36
    page = [1]

    def head(y):
        x = x0
        c.setFillGray(0.85)
        c.rect(x0, y - 4, sum(w for _, w in cols), 14, fill=1, stroke=1)
        c.setFillGray(0)
        for t, w in cols:
            fit_text(c, x, y, w, t, 'DVB', 7.5, 'center')
            x += w
        return y - 14

    def newpage(first=False):
        if not first:
            c.setFont('DV', 7)
            c.drawCentredString(W / 2, 20, f'SBU Kota Samarinda TA 2027 - halaman {page[0]}')
            c.showPage()
            page[0] += 1
        y = H - 40
        if first:
            c.setFont('DVB', 11)
            c.drawCentredString(W / 2, y, 'LAMPIRAN II PERATURAN WALI KOTA SAMARINDA')
            y -= 14
            c.drawCentredString(W / 2, y, 'STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027')
            y -= 12
            c.setFont('DV', 8)
            c.drawCentredString(W / 2, y, 'Besaran merupakan batas tertinggi; tidak dikenakan PPN kecuali dinyatakan lain')
            y -= 20
        return head(y)

    y = newpage(True)
    no = 1
    for scode, stitle, items in SBU:
        if y < 70:
            y = newpage()
        c.setFont('DVB', 8)
        c.drawString(x0 + 2, y, f'{scode}  {stitle}')
        y -= 13
        for i, (key, name, unit, price, acct) in enumerate(items, 1):
            if y < 50:
                y = newpage()
            x = x0
            vals = [(str(no), 'center'), (f'{scode}.{i:03d}', 'left'), (name, 'left'), (unit, 'center'), (rp(price), 'right')]
            for (t, al), (_, w) in zip(vals, cols):
                fit_text(c, x, y, w, t, 'DV', 7.2, al)
                x += w
            c.setLineWidth(0.3)
            c.line(x0, y - 3.5, x0 + sum(w for _, w in cols), y - 3.5)
            y -= 12
            no += 1
    c.setFont('DV', 7)
    c.drawCentredString(W / 2, 20, f'SBU Kota Samarinda TA 2027 - halaman {page[0]}')
    c.showPage()
    c.save()


# ------------------------------------------------------------------ RKA writers
def write_rka(layout, data, stem, opd, groups, subkeg, accts, rng):
    fn = {'xlsx_sipd_merged': rka_xlsx_merged, 'xlsx_textprice_reordered': rka_xlsx_textprice,
          'xlsx_flat_ledger': rka_xlsx_flat, 'pdf_sipd': rka_pdf_sipd, 'pdf_excel_print': rka_pdf_excel,
          'scan_image_pdf': rka_scan, 'scan_photo_jpg': rka_scan_photo}[layout]
    return fn(data, stem, opd, groups, subkeg, accts, rng)


def rka_xlsx_merged(data, stem, opd, groups, subkeg, accts, rng):
    wb = Workbook()
    wb.remove(wb.active)
    no = 1
    for si, (sk, ls) in enumerate(groups):
        ws = wb.create_sheet(f'SubKeg {si + 1}')
        ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'
        ws['A2'] = 'RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH'
        ws['A3'] = 'RINCIAN BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2027'
        for r in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(r, 1).font = BOLD
            ws.cell(r, 1).alignment = Alignment(horizontal='center')
        r = 5
        for k, v in header_info(opd, sk, subkeg):
            ws.cell(r, 1, k)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, ': ' + v)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=11)
            r += 1
        r += 1
        h1 = r
        for col, t in ((1, 'No'), (2, 'Kode Rekening'), (3, 'Uraian'), (4, 'Spesifikasi'), (11, 'Jumlah (Rp)')):
            ws.cell(h1, col, t)
            ws.merge_cells(start_row=h1, start_column=col, end_row=h1 + 1, end_column=col)
        ws.cell(h1, 5, 'Rincian Perhitungan')
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=10)
        for col, t in zip(range(5, 11), ('Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', '')):
            ws.cell(h1 + 1, col, t)
        ws.merge_cells(start_row=h1 + 1, start_column=9, end_row=h1 + 1, end_column=10)
        for rr in (h1, h1 + 1):
            for cc in range(1, 12):
                ws.cell(rr, cc).font = BOLD
                ws.cell(rr, cc).border = BOX
                ws.cell(rr, cc).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        r = h1 + 2
        total = 0
        for acct, gl in groups_of(ls, accts):
            code, name = accts[acct]
            ws.cell(r, 2, code)
            ws.cell(r, 3, name)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            sub = sum(L['jumlah'] for L in gl)
            ws.cell(r, 11, sub).number_format = '#,##0'
            for cc in range(1, 12):
                ws.cell(r, cc).font = BOLD
                ws.cell(r, cc).fill = PatternFill('solid', fgColor='F2F2F2')
            r += 1
            for L in gl:
                L['no'] = str(no)
                L['sheet'] = ws.title
                ws.cell(r, 1, no)
                ws.cell(r, 3, L['name'])
                ws.cell(r, 4, L['spec'])
                ws.cell(r, 5, ' x '.join(f'{v} {l}' for v, l in L['parts']))
                ws.cell(r, 6, L['vol'])
                ws.cell(r, 7, L['unit'])
                ws.cell(r, 8, L['price']).number_format = '#,##0'
                ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
                ws.cell(r, 9, L['ppn'])
                ws.cell(r, 11, L['jumlah']).number_format = '#,##0'
                L['price_text'] = str(L['price'])
                L['jumlah_text'] = str(L['jumlah'])
                for cc in range(1, 12):
                    ws.cell(r, cc).border = BOX
                no += 1
                r += 1
            total += sub
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN')
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
        ws.cell(r, 11, total).number_format = '#,##0'
        ws.cell(r, 3).font = BOLD
        for col, w in zip('ABCDEFGHIJK', (5, 19, 42, 28, 20, 8, 10, 14, 5, 3, 16)):
            ws.column_dimensions[col].width = w
    fn = stem + '.xlsx'
    wb.save(os.path.join(data, fn))
    _fix_xlsx_time(os.path.join(data, fn))
    return fn


ROMAN = ['I', 'II', 'III', 'IV', 'V']


def rka_xlsx_textprice(data, stem, opd, groups, subkeg, accts, rng):
    wb = Workbook()
    ws = wb.active
    ws.title = 'RKA 2027'
    ws['A1'] = f'RKA BELANJA {opd.upper()}'
    ws['A2'] = 'TAHUN ANGGARAN 2027 (draft usulan bidang)'
    ws['A1'].font = Font(bold=True, size=13)
    cols = ['No', 'Uraian Belanja', 'Spesifikasi', 'Koefisien', 'Vol', 'Sat', 'Harga Satuan', 'Jumlah', 'Kode Rekening', 'Ket']
    ws.append([])
    ws.append(cols)
    ws.append([f'({i})' for i in range(1, 11)])
    for rr in (4, 5):
        for cc in range(1, 11):
            ws.cell(rr, cc).font = BOLD
            ws.cell(rr, cc).border = BOX
            ws.cell(rr, cc).alignment = Alignment(horizontal='center')
    r = 6
    for si, (sk, ls) in enumerate(groups):
        code, name, ind, tgt = subkeg[sk][:4]
        ws.cell(r, 1, ROMAN[si])
        ws.cell(r, 2, f'SUB KEGIATAN : {code} - {name}')
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).font = BOLD
        ws.cell(r, 2).fill = PatternFill('solid', fgColor='FFF2CC')
        r += 1
        ws.cell(r, 2, f'Indikator keluaran: {ind} - target {tgt}')
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).font = Font(italic=True)
        r += 1
        j = 1
        sub_total = 0
        for acct, gl in groups_of(ls, accts):
            code_a, name_a = accts[acct]
            sub = sum(L['jumlah'] for L in gl)
            ws.cell(r, 2, name_a)
            ws.cell(r, 8, 'Rp ' + rp(sub))
            ws.cell(r, 9, code_a)
            for cc in range(1, 11):
                ws.cell(r, cc).font = BOLD
            r += 1
            for L in gl:
                L['no'] = f'{ROMAN[si]}.{j}'
                L['sheet'] = ws.title
                pt = rng_price_text(rng, L['price'])
                jt = 'Rp ' + rp(L['jumlah'])
                L['price_text'], L['jumlah_text'] = pt, jt
                row = [L['no'], '- ' + L['name'], L['spec'], ' x '.join(_inline(v, l) for v, l in L['parts']), L['vol'], L['unit'], pt, jt,
                       code_a, '']
                for cc, v in enumerate(row, 1):
                    ws.cell(r, cc, v).border = BOX
                r += 1
                j += 1
            sub_total += sub
        ws.cell(r, 2, 'Sub Total ' + ROMAN[si])
        ws.cell(r, 8, 'Rp ' + rp(sub_total))
        ws.cell(r, 2).font = BOLD
        ws.cell(r, 8).font = BOLD
        r += 2
    ws.cell(r + 1, 6, 'Samarinda, 14 Oktober 2026')
    ws.cell(r + 2, 6, 'Kepala Dinas,')
    ws.cell(r + 5, 6, '( ........................ )')
    for col, w in zip('ABCDEFGHIJ', (7, 44, 28, 18, 7, 9, 15, 17, 19, 8)):
        ws.column_dimensions[col].width = w
    fn = stem + '.xlsx'
    wb.save(os.path.join(data, fn))
    _fix_xlsx_time(os.path.join(data, fn))
    return fn


def _inline(v, l):
    ab = {'Org': 'org', 'Hari': 'hr', 'Bulan': 'bln', 'Kali': 'kali', 'Jam': 'jam', 'Unit': 'unit', 'Malam': 'mlm', 'Keg': 'keg', 'Paket': 'pkt',
          'Buah': 'bh', 'Liter': 'ltr', 'M2': 'm2'}
    return f'{v} {ab.get(l, l.lower())}'


def rng_price_text(rng, price):
    x = rng.random()
    if price >= 1000000 and price % 10000 == 0 and x < 0.6:
        s = f'{price / 1000000:.2f}'.rstrip('0').rstrip('.').replace('.', ',')
        return f'{s} jt'
    if x < 0.85:
        return 'Rp ' + rp(price)
    return rp(price)


def rka_xlsx_flat(data, stem, opd, groups, subkeg, accts, rng):
    wb = Workbook()
    info = wb.active
    info.title = 'Info'
    info['A1'] = 'RKA SKPD TAHUN ANGGARAN 2027 - EKSPOR RINCIAN BELANJA'
    info['A1'].font = BOLD
    info['A3'] = 'SKPD'
    info['B3'] = opd
    info['A4'] = 'Jumlah sub kegiatan'
    info['B4'] = len(groups)
    r = 6
    for sk, ls in groups:
        for k, v in header_info(opd, sk, subkeg):
            info.cell(r, 1, k)
            info.cell(r, 2, v)
            r += 1
        r += 1
    ws = wb.create_sheet('Rincian Belanja')
    hdr = ['Kode Sub Kegiatan', 'Kode Rekening', 'Nama Rekening', 'No', 'Uraian', 'Spesifikasi', 'Koefisien', 'Volume', 'Satuan',
           'Harga Satuan', 'PPN', 'Total (Rp)']
    ws.append(hdr)
    for cc in range(1, 13):
        ws.cell(1, cc).font = BOLD
        ws.cell(1, cc).fill = PatternFill('solid', fgColor='C6E0B4')
    n = 1
    rekap = []
    for sk, ls in groups:
        code = subkeg[sk][0]
        tot = 0
        for L in ls:
            L['no'] = f'{n:03d}'
            L['sheet'] = ws.title
            ca, na = accts[L['acct']]
            ws.append([code, ca, na, L['no'], L['name'], L['spec'], ' x '.join(f'{v} {l}' for v, l in L['parts']), L['vol'], L['unit'],
                       L['price'], f"{L['ppn']}%", L['jumlah']])
            rr = ws.max_row
            ws.cell(rr, 10).number_format = '#,##0'
            ws.cell(rr, 12).number_format = '#,##0'
            L['price_text'] = str(L['price'])
            L['jumlah_text'] = str(L['jumlah'])
            tot += L['jumlah']
            n += 1
        rekap.append((code, subkeg[sk][1], tot))
    ws.auto_filter.ref = f'A1:L{ws.max_row}'
    ws.freeze_panes = 'A2'
    for col, w in zip('ABCDEFGHIJKL', (20, 19, 40, 6, 42, 28, 18, 8, 10, 14, 6, 16)):
        ws.column_dimensions[col].width = w
    rk = wb.create_sheet('Rekap')
    rk.append(['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Pagu Usulan (Rp)'])
    for x in rekap:
        rk.append(list(x))
        rk.cell(rk.max_row, 3).number_format = '#,##0'
    rk.append(['', 'TOTAL', sum(x[2] for x in rekap)])
    fn = stem + '.xlsx'
    wb.save(os.path.join(data, fn))
    _fix_xlsx_time(os.path.join(data, fn))
    return fn


def rka_pdf_sipd(data, stem, opd, groups, subkeg, accts, rng):
    fn = stem + '.pdf'
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(data, fn), pagesize=(W, H), invariant=1)
    fixed_pdf(c)
    cols = [('No', 22), ('Kode Rekening', 80), ('Uraian', 196), ('Spesifikasi', 128), ('Koefisien', 92), ('Volume', 34),
            ('Satuan', 46), ('Harga', 66), ('PPN', 26), ('Jumlah', 90)]
    TW = sum(w for _, w in cols)
    x0 = (W - TW) / 2
    page = [1]

    def footer():
        c.setFont('DV', 6.5)
        c.drawString(x0, 18, f'Dicetak dari SIPD-RI pada 14/10/2026 10:21 WITA  |  {opd}')
        c.drawRightString(x0 + TW, 18, f'Halaman {page[0]}')

    def table_head(y):
        c.setFillGray(0.8)
        c.rect(x0, y - 5, TW, 15, fill=1, stroke=1)
        c.setFillGray(0)
        x = x0
        for t, w in cols:
            fit_text(c, x, y, w, t, 'DVB', 7, 'center')
            x += w
        return y - 15

    def brk():
        footer()
        c.showPage()
        page[0] += 1
        return table_head(H - 40)

    no = 1
    for si, (sk, ls) in enumerate(groups):
        if si:
            footer()
            c.showPage()
            page[0] += 1
        y = H - 36
        c.setFont('DVB', 10)
        c.drawCentredString(W / 2, y, 'RENCANA KERJA DAN ANGGARAN')
        y -= 12
        c.drawCentredString(W / 2, y, 'SATUAN KERJA PERANGKAT DAERAH')
        y -= 11
        c.setFont('DV', 8)
        c.drawCentredString(W / 2, y, 'Rincian Belanja Sub Kegiatan (RKA-RINCIAN BELANJA SKPD) - Tahun Anggaran 2027')
        y -= 16
        for k, v in header_info(opd, sk, subkeg):
            c.setFont('DV', 7.2)
            c.drawString(x0, y, k)
            c.drawString(x0 + 95, y, ':')
            fit_text(c, x0 + 100, y, TW - 100, v, 'DV', 7.2)
            y -= 10.5
        y -= 6
        c.setFont('DVB', 8)
        c.drawString(x0, y, 'Rincian Anggaran Belanja Sub Kegiatan Perangkat Daerah')
        y -= 14
        y = table_head(y)
        total = 0
        for acct, gl in groups_of(ls, accts):
            if y < 45:
                y = brk()
            ca, na = accts[acct]
            sub = sum(L['jumlah'] for L in gl)
            fit_text(c, x0 + 22, y, 80, ca, 'DVB', 6.5)
            fit_text(c, x0 + 102, y, 196 + 128 + 92 + 34 + 46 + 66 + 26, na, 'DVB', 6.5)
            fit_text(c, x0 + TW - 90, y, 90, rp(sub), 'DVB', 6.5, 'right')
            c.setLineWidth(0.3)
            c.line(x0, y - 3.5, x0 + TW, y - 3.5)
            y -= 11
            for L in gl:
                if y < 45:
                    y = brk()
                L['no'] = str(no)
                L['page'] = page[0]
                L['price_text'] = rp(L['price'])
                L['jumlah_text'] = rp(L['jumlah'])
                vals = [(L['no'], 'center'), ('', 'left'), (L['name'], 'left'), (L['spec'], 'left'),
                        (' x '.join(f'{v} {l}' for v, l in L['parts']), 'left'), (str(L['vol']), 'right'), (L['unit'], 'center'),
                        (L['price_text'], 'right'), (f"{L['ppn']}%", 'right'), (L['jumlah_text'], 'right')]
                x = x0
                for (t, al), (_, w) in zip(vals, cols):
                    fit_text(c, x, y, w, t, 'DV', 6.5, al)
                    x += w
                c.line(x0, y - 3.5, x0 + TW, y - 3.5)
                y -= 11
                no += 1
            total += sub
        if y < 60:
            y = brk()
        fit_text(c, x0 + 102, y, 300, 'Jumlah Total Anggaran Sub Kegiatan', 'DVB', 7)
        fit_text(c, x0 + TW - 90, y, 90, rp(total), 'DVB', 7, 'right')
        y -= 24
        c.setFont('DV', 7)
        c.drawString(x0 + TW - 200, y, 'Samarinda, 14 Oktober 2026')
        c.drawString(x0 + TW - 200, y - 10, 'Kepala Pelaksana BPBD,')
        c.drawString(x0 + TW - 200, y - 40, '(nama dan NIP dikosongkan)')
    footer()
    c.showPage()
    c.save()
    return fn


def rka_pdf_excel(data, stem, opd, groups, subkeg, accts, rng):
    fn = stem + '.pdf'
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(data, fn), pagesize=(W, H), invariant=1)
    c.setCreator('Microsoft Excel')
    cols = [('NO', 30), ('KODE REK.', 84), ('URAIAN KEBUTUHAN', 210), ('KETERANGAN / SPEK', 140), ('RINCIAN VOLUME', 150),
            ('HARGA SATUAN (Rp)', 80), ('JUMLAH (Rp)', 92)]
    TW = sum(w for _, w in cols)
    x0 = (W - TW) / 2
    page = [1]

    def grid_row(y, h=12):
        c.setLineWidth(0.4)
        x = x0
        c.line(x0, y - 3.5, x0 + TW, y - 3.5)
        for _, w in cols:
            c.line(x, y - 3.5, x, y - 3.5 + h)
            x += w
        c.line(x, y - 3.5, x, y - 3.5 + h)

    def head(y):
        c.setLineWidth(0.8)
        c.rect(x0, y - 5, TW, 17)
        x = x0
        for t, w in cols:
            fit_text(c, x, y, w, t, 'DVB', 6.8, 'center')
            x += w
        return y - 17

    def newpage():
        c.setFont('DVS', 7)
        c.drawRightString(x0 + TW, 20, f'Page {page[0]}')
        c.showPage()
        page[0] += 1
        return head(H - 40)

    y = H - 40
    c.setFont('DVB', 12)
    c.drawString(x0, y, 'USULAN RENCANA KEBUTUHAN BELANJA (RKA) TAHUN 2027')
    y -= 14
    c.setFont('DV', 9)
    c.drawString(x0, y, opd.upper())
    y -= 11
    c.drawString(x0, y, 'Dasar harga: SSH/SBU Kota Samarinda 2027 (harga belum termasuk PPN)')
    y -= 18
    y = head(y)
    for si, (sk, ls) in enumerate(groups):
        code, name, ind, tgt = subkeg[sk][:4]
        if y < 70:
            y = newpage()
        c.setFillColorRGB(0.9, 0.95, 1)
        c.rect(x0, y - 3.5, TW, 22, fill=1, stroke=1)
        c.setFillGray(0)
        fit_text(c, x0, y + 9, TW, f'{si + 1}. {code}  {name}', 'DVB', 7)
        fit_text(c, x0, y, TW, f'    Output: {ind} ({tgt})', 'DV', 6.8)
        y -= 23
        j = 1
        for L in ls:
            if y < 45:
                y = newpage()
            L['no'] = f'{si + 1}.{j}'
            L['page'] = page[0]
            L['price_text'] = rp(L['price'])
            L['jumlah_text'] = rp(L['jumlah'])
            ca = accts[L['acct']][0]
            vol_txt = ' x '.join(f'{v} {l}' for v, l in L['parts']) + f" = {L['vol']} {L['unit']}"
            vals = [(L['no'], 'center'), (ca, 'left'), (L['name'], 'left'), (L['spec'], 'left'), (vol_txt, 'left'),
                    (L['price_text'], 'right'), (L['jumlah_text'], 'right')]
            x = x0
            for (t, al), (_, w) in zip(vals, cols):
                fit_text(c, x, y, w, t, 'DV', 6.6, al)
                x += w
            grid_row(y)
            y -= 12
            j += 1
        fit_text(c, x0 + 114, y, 400, f'Jumlah sub kegiatan {si + 1}', 'DVB', 6.8)
        fit_text(c, x0 + TW - 92, y, 92, rp(sum(L['jumlah'] for L in ls)), 'DVB', 6.8, 'right')
        grid_row(y)
        y -= 30
    c.setFont('DVS', 7)
    c.drawRightString(x0 + TW, 20, f'Page {page[0]}')
    c.showPage()
    c.save()
    return fn


def rka_scan_photo(data, stem, opd, groups, subkeg, accts, rng):
    return rka_scan(data, stem, opd, groups, subkeg, accts, rng, photo=True)


def rka_scan(data, stem, opd, groups, subkeg, accts, rng, photo=False):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np
    DPI = 200
    PW, PH = (2339, 1654) if not photo else (1654, 2339)  # A4 at 200 dpi
    f = ImageFont.truetype(FONT, 21 if not photo else 19)
    fb = ImageFont.truetype(FONTB, 22 if not photo else 19)
    ft = ImageFont.truetype(FONTB, 28 if not photo else 26)
    cols = [('No', 60), ('Kode Rekening', 250), ('Uraian', 560), ('Koefisien', 330), ('Vol', 90), ('Satuan', 150),
            ('Harga Satuan', 220), ('Jumlah', 260)]
    if photo:
        cols = [('No', 50), ('Kode Rekening', 205), ('Uraian', 480), ('Koefisien', 250), ('Vol', 70), ('Satuan', 130),
                ('Harga', 170), ('Jumlah', 200)]
    TW = sum(w for _, w in cols)
    x0 = (PW - TW) // 2
    truth_lines = []
    pages = []
    sk, ls = groups[0]
    code, name, ind, tgt = subkeg[sk][:4]
    per_page = [ls[:11], ls[11:]] if not photo else [ls]
    no = 1
    for pi, chunk in enumerate(per_page):
        img = Image.new('L', (PW, PH), 255)
        d = ImageDraw.Draw(img)
        y = 90
        tl = []

        def put(x, yy, text, font, align='left', w=0):
            if align == 'right':
                tw = d.textlength(text, font=font)
                d.text((x + w - 10 - tw, yy), text, font=font, fill=0)
            else:
                d.text((x + 8, yy), text, font=font, fill=0)
            tl.append(text)

        if pi == 0:
            for t in ['PEMERINTAH KOTA SAMARINDA', opd.upper(),
                      'RENCANA KERJA DAN ANGGARAN (RKA) - TAHUN ANGGARAN 2027']:
                tw = d.textlength(t, font=ft)
                d.text(((PW - tw) / 2, y), t, font=ft, fill=0)
                tl.append(t)
                y += 40
            y += 10
            for k, v in [('Sub Kegiatan', f'{code} {name}'), ('Indikator Output', f'{ind}: {tgt}'),
                         ('Lokasi', 'Kota Samarinda')]:
                put(x0, y, f'{k}', f)
                vv = f': {v}'
                ff2 = f
                while d.textlength(vv, font=ff2) > TW - 240:
                    ff2 = ImageFont.truetype(FONT, ff2.size - 1)
                put(x0 + 230, y, vv, ff2)
                y += 34
            y += 14
        else:
            put(x0, y, f'Lanjutan - Sub Kegiatan {code}', fb)
            y += 44
        # header
        d.rectangle([x0, y, x0 + TW, y + 44], outline=0, width=2)
        x = x0
        for t, w in cols:
            put(x, y + 10, t, fb)
            d.line([x, y, x, y + 44], fill=0, width=2)
            x += w
        y += 44
        for L in chunk:
            L['no'] = str(no)
            L['page'] = pi + 1
            L['price_text'] = rp(L['price'])
            L['jumlah_text'] = rp(L['jumlah'])
            ca = accts[L['acct']][0]
            vals = [(L['no'], 'left'), (ca, 'left'), (L['name'], 'left'), (' x '.join(f'{v} {l}' for v, l in L['parts']), 'left'),
                    (str(L['vol']), 'right'), (L['unit'], 'left'), (L['price_text'], 'right'), (L['jumlah_text'], 'right')]
            x = x0
            row_txt = []
            for (t, al), (_, w) in zip(vals, cols):
                ff = f
                while d.textlength(t, font=ff) > w - 14:
                    ff = ImageFont.truetype(FONT, ff.size - 1)
                if al == 'right':
                    tw = d.textlength(t, font=ff)
                    d.text((x + w - 10 - tw, y + 12), t, font=ff, fill=0)
                else:
                    d.text((x + 8, y + 12), t, font=ff, fill=0)
                row_txt.append(t)
                d.line([x, y, x, y + 46], fill=0, width=1)
                x += w
            d.line([x, y, x, y + 46], fill=0, width=1)
            y += 46
            d.line([x0, y, x0 + TW, y], fill=0, width=1)
            tl.append(' | '.join(row_txt))
            no += 1
        if pi == len(per_page) - 1:
            tot = sum(L['jumlah'] for L in ls)
            put(x0 + 310, y + 12, 'JUMLAH', fb)
            put(x0 + TW - cols[-1][1], y + 12, rp(tot), fb, 'right', cols[-1][1])
            y += 90
            put(x0 + TW - 600, y, 'Samarinda, 12 Oktober 2026', f)
            put(x0 + TW - 600, y + 34, 'Kepala Badan,' if photo else 'Camat Sungai Kunjang,', f)
            put(x0 + TW - 600, y + 150, '( ............................ )', f)
        put(x0, PH - 60, f'Hal. {pi + 1}/{len(per_page)}', f)
        # degradations: slight rotation, blur, noise, uneven illumination
        ang = rng.uniform(0.5, 1.1) * (1 if pi == 0 else -1)
        if photo:
            ang = -rng.uniform(1.3, 1.8)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.9 if photo else 0.7))
        arr = np.asarray(img).astype(np.float32)
        nrng = np.random.default_rng(1500 + pi)
        arr = arr * 0.93 + 8
        grad = np.linspace(0, 18, PW)[None, :]
        arr = arr - grad + nrng.normal(0, 10, arr.shape)
        speck = nrng.random(arr.shape) < 0.0015
        arr[speck] = 40
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(arr, 'L'))
        truth_lines.append(f'=== page {pi + 1} ===')
        truth_lines.extend(tl)
    if photo:
        arr = np.asarray(pages[0]).astype(np.float32)
        yy, xx = np.mgrid[0:PH, 0:PW]
        shade = 30 * ((xx / PW - 0.7) ** 2 + (yy / PH - 0.3) ** 2)  # uneven phone-camera lighting
        arr = np.clip(arr - shade, 0, 255).astype(np.uint8)
        fn = stem + '.jpg'
        Image.fromarray(arr, 'L').save(os.path.join(data, fn), 'JPEG', quality=70, dpi=(DPI, DPI))
        with open(os.path.join(os.path.dirname(data), f'scan_truth_{stem}.txt'), 'w') as fh:
            fh.write('\n'.join(truth_lines) + '\n')
        return fn
    fn = stem + '.pdf'
    buf = []
    for p in pages:
        b = io.BytesIO()
        p.save(b, 'JPEG', quality=62, dpi=(DPI, DPI))
        buf.append(Image.open(io.BytesIO(b.getvalue())))
    buf[0].save(os.path.join(data, fn), 'PDF', resolution=DPI, save_all=True, append_images=buf[1:],
                creationDate=time.gmtime(1791795600), modDate=time.gmtime(1791795600))
    with open(os.path.join(os.path.dirname(data), f'scan_truth_{stem}.txt'), 'w') as fh:
        fh.write('\n'.join(truth_lines) + '\n')
    return fn
