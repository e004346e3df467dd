"""File writers for review16 (catalogues + 6 RKA layouts)."""
import os, random, io, math
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FONT_DIR + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', FONT_DIR + 'DejaVuSansCondensed-Bold.ttf'))
R = random.Random(1616)
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ABR = {'Orang': 'org', 'Kali': 'kl', 'Hari': 'hr', 'Jam': 'jam', 'Bulan': 'bln', 'Unit': 'unit', 'Buah': 'bh',
       'Liter': 'ltr', 'Lembar': 'lbr', 'Paket': 'pkt'}


def inline_name(L, sep):
    """Uraian with the spec inlined, without repeating what the name already says."""
    spec = L['spec']
    if spec in L['name']:
        return L['name']
    first, _, rest = spec.partition(', ')
    if first in L['name']:
        return L['name'] + (', ' + rest if rest else '')
    return L['name'] + sep + spec + (')' if sep == ' (' else '')


def kt_full(L, fmt):
    return ' x '.join(f"{fmt(q)} {u}" for q, u in L['koef'])


def kt_abbr(L, fmt):
    return ' x '.join(f"{fmt(q)} {ABR.get(u, u.lower())}" for q, u in L['koef'])


def jt(p, fmt):
    if p >= 1000000 and p % 10000 == 0:
        s = f"{p / 1000000:.2f}".rstrip('0').rstrip('.').replace('.', ',')
        return s + ' jt'
    if 1000 <= p < 1000000 and p % 100 == 0 and R.random() < 0.7:
        s = f"{p / 1000:.1f}".rstrip('0').rstrip('.').replace('.', ',')
        return s + ' rb'
    return fmt(p)


def save_wb(wb, path):
    wb.properties.creator = 'BPKAD Samarinda'
    import datetime
    wb.properties.created = datetime.datetime(2026, 9, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 9, 1, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    # make the zip byte-identical across runs: fixed member timestamps and fixed core.xml dates
    import zipfile, re as _re
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)', rb'\g<1>2026-09-01T08:00:00Z\2', data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ------------------------------------------------------------- catalogues
def write_ssh(SSH, path, fmt):
    wb = Workbook()
    ws = wb.active
    ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR ... TAHUN 2026'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
    ws['A3'] = 'Harga satuan tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN)'
    for c in ('A1', 'A2', 'A3'):
        ws[c].font = Font(bold=c != 'A3', italic=c == 'A3')
    ws.merge_cells('A2:G2')
    r = 5
    heads1 = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'HARGA (Rp)', None]
    heads2 = [None, None, None, None, None, 'Harga Satuan', 'Keterangan']
    for i, h in enumerate(heads1, 1):
        if h: ws.cell(r, i, h)
    for i, h in enumerate(heads2, 1):
        if h: ws.cell(r + 1, i, h)
    for col in 'ABCDE':
        ws.merge_cells(f'{col}{r}:{col}{r + 1}')
    ws.merge_cells(f'F{r}:G{r}')
    for rr in (r, r + 1):
        for c in range(1, 8):
            ws.cell(rr, c).font = Font(bold=True)
            ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            ws.cell(rr, c).border = BOX
    r += 2
    grp = None
    no = 0
    for row in SSH:
        if row['group_code'] != grp:
            grp = row['group_code']
            ws.cell(r, 2, grp)
            ws.cell(r, 3, row['group_name'])
            ws.cell(r, 2).font = ws.cell(r, 3).font = Font(bold=True)
            r += 1
        no += 1
        ws.cell(r, 1, no)
        ws.cell(r, 2, row['kode'])
        ws.cell(r, 3, row['name'])
        ws.cell(r, 4, row['spec'])
        ws.cell(r, 5, row['unit'])
        c = ws.cell(r, 6, row['price'])
        c.number_format = '#,##0'
        ws.cell(r, 7, 'Modal/aset' if row['acc'].startswith('M_') else '')
        for cc in range(1, 8):
            ws.cell(r, cc).border = BOX
        r += 1
    for i, w in enumerate([6, 22, 34, 46, 14, 16, 14], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    save_wb(wb, path)


def pdf_doc(path, pagesize, title, onpage=None, margins=12):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=title, author='Pemerintah Kota Samarinda',
                            creator='SIPD-RI', producer='ReportLab', invariant=1)
    return doc


def write_sbu(SBU, path, fmt):
    st = ParagraphStyle('c', fontName='DV', fontSize=7.5, leading=9)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=13, alignment=1)
    doc = pdf_doc(path, A4, 'SBU Kota Samarinda 2027')
    story = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA', sth),
             Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sth),
             Paragraph('Besaran merupakan batas tertinggi; tidak dikenakan PPN', st), Spacer(1, 6)]
    data = [['No', 'Kode', 'Uraian', 'Spesifikasi / Keterangan', 'Satuan', 'Besaran (Rp)']]
    sty = [('FONT', (0, 0), (-1, 0), 'DVB', 8), ('GRID', (0, 0), (-1, -1), 0.4, colors.black),
           ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('FONT', (0, 1), (-1, -1), 'DV', 7.5), ('ALIGN', (5, 1), (5, -1), 'RIGHT')]
    grp, no = None, 0
    for row in SBU:
        if row['group_code'] != grp:
            grp = row['group_code']
            data.append(['', grp, Paragraph('<b>' + row['group_name'] + '</b>', st), '', '', ''])
            sty.append(('SPAN', (2, len(data) - 1), (5, len(data) - 1)))
            continue_ = None
        no += 1
        data.append([str(no), row['kode'], Paragraph(row['name'], st), Paragraph(row['spec'], st), row['unit'], fmt(row['price'])])
    t = Table(data, colWidths=[9 * mm, 24 * mm, 50 * mm, 58 * mm, 20 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(sty))
    story.append(t)
    doc.build(story)


# ------------------------------------------------------------- L1 satpol xlsx (sheet per sub, SIPD-like)
def header_block(s, opd):
    return [('Urusan Pemerintahan', s['urusan']), ('Program', s['program']), ('Kegiatan', s['kegiatan']),
            ('Sub Kegiatan', f"{s['code']} {s['name']}"), ('Organisasi', opd['unit']), ('Lokasi', s['lokasi']),
            ('Sumber Pendanaan', 'DAU - Pendapatan Asli Daerah'),
            ('Indikator Keluaran (Output)', s['output']), ('Target', s['target'])]


def group_lines(lines, ACC):
    groups = []
    for L in lines:
        code = ACC[L['acc']][0]
        if not groups or groups[-1][0] != code:
            groups.append((code, ACC[L['acc']][1], []))
        groups[-1][2].append(L)
    return groups


def write_L1(subs, path, C, opd, fmt):
    wb = Workbook()
    wb.remove(wb.active)
    for si, (s, lines) in enumerate(subs):
        ws = wb.create_sheet(f"SubKeg {si + 1}")
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN'
        ws['A2'] = 'SATUAN KERJA PERANGKAT DAERAH'
        ws['A3'] = 'Pemerintah Kota Samarinda Tahun Anggaran 2027'
        for c in ('A1', 'A2', 'A3'):
            ws.merge_cells(f'{c}:{c.replace("A", "I")}')
            ws[c].alignment = Alignment(horizontal='center')
            ws[c].font = Font(bold=True, size=12)
        ws['J1'] = 'Formulir RKA-RINCIAN BELANJA SKPD'
        r = 5
        for k, v in header_block(s, opd):
            ws.cell(r, 1, k)
            ws.cell(r, 3, ':')
            ws.cell(r, 4, v)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            r += 1
        r += 1
        h1 = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, 'PPN (%)', 'Jumlah (Rp)']
        h2 = [None, None, None, None, 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', None, None]
        for i, h in enumerate(h1, 1):
            if h: ws.cell(r, i, h)
        for i, h in enumerate(h2, 1):
            if h: ws.cell(r + 1, i, h)
        for col in 'ABCDIJ':
            ws.merge_cells(f'{col}{r}:{col}{r + 1}')
        ws.merge_cells(f'E{r}:H{r}')
        for rr in (r, r + 1):
            for c in range(1, 11):
                ws.cell(rr, c).font = Font(bold=True)
                ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = PatternFill('solid', fgColor='DDDDDD')
        r += 2
        for i in range(1, 11):
            ws.cell(r, i, f'({i})').alignment = Alignment(horizontal='center')
        r += 1
        total = 0
        for code, name, gl in group_lines(lines, C.ACC):
            sub_t = sum(L['jumlah'] for L in gl)
            total += sub_t
            ws.cell(r, 2, code).font = Font(bold=True)
            ws.cell(r, 3, name).font = Font(bold=True)
            c = ws.cell(r, 10, sub_t)
            c.number_format = '#,##0'
            c.font = Font(bold=True)
            r += 1
            for L in gl:
                L['sheet'] = ws.title
                L['koef_text'] = kt_full(L, fmt)
                vals = [L['no'], None, L['name'], L['spec'], L['koef_text'], L['volume'], L['unit'], L['price'], L['ppn'], L['jumlah']]
                for i, v in enumerate(vals, 1):
                    if v is None: continue
                    c = ws.cell(r, i, int(v) if i == 1 else v)
                    if i in (6, 8, 10): c.number_format = '#,##0'
                for i in range(1, 11):
                    ws.cell(r, i).border = BOX
                r += 1
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN').font = Font(bold=True)
        c = ws.cell(r, 10, total)
        c.number_format = '#,##0'
        c.font = Font(bold=True)
        for i, w in enumerate([5, 20, 40, 34, 20, 9, 12, 14, 8, 16], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    save_wb(wb, path)


# ------------------------------------------------------------- L2 damkar xlsx stacked, text prices
def rp(v, fmt, style):
    if style == 0:
        return 'Rp ' + fmt(v)
    if style == 1:
        return 'Rp' + fmt(v) + ',-'
    return 'Rp. ' + fmt(v) + ',00'


def write_L2(subs, path, C, opd, fmt):
    wb = Workbook()
    ws = wb.active
    ws.title = 'RKA 2027'
    ws['A1'] = 'DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA SAMARINDA'
    ws['A2'] = 'Rancangan Rincian Belanja TA 2027 (draft usulan bidang - belum final)'
    ws['A1'].font = Font(bold=True, size=13)
    r = 4
    heads = ['No', 'Uraian Belanja', 'Jumlah (Rp)', 'Rincian Perhitungan', 'Vol', 'Sat', 'Harga Satuan', 'Kode Rekening', 'Ket.']
    for si, (s, lines) in enumerate(subs):
        ws.cell(r, 1, f"SUB KEGIATAN {si + 1}: {s['code']} - {s['name']}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        ws.cell(r, 1, f"Kegiatan: {s['kegiatan']}")
        r += 1
        ws.cell(r, 1, f"Indikator output: {s['output']} | Target: {s['target']} | Lokasi: {s['lokasi']}")
        r += 1
        for i, h in enumerate(heads, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.border = BOX
            c.fill = PatternFill('solid', fgColor='FFE699')
        r += 1
        tot = 0
        for L in lines:
            st = R.choice([0, 0, 1, 2])
            L['sheet'] = ws.title
            L['koef_text'] = kt_abbr(L, fmt)
            L['price_text'] = rp(L['price'], fmt, st)
            L['jumlah_text'] = rp(L['jumlah'], fmt, st)
            tot += L['jumlah']
            nm = inline_name(L, ', ' if R.random() < 0.6 else ' (')
            L['name_printed'] = nm
            vals = [L['no'], nm, L['jumlah_text'], L['koef_text'], L['volume'], L['unit'], L['price_text'], C.ACC[L['acc']][0],
                    'usulan baru' if R.random() < 0.15 else None]
            for i, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, i, v).border = BOX
            r += 1
        ws.cell(r, 2, 'Total Sub Kegiatan').font = Font(bold=True)
        ws.cell(r, 3, 'Rp ' + fmt(tot)).font = Font(bold=True)
        r += 2
    for i, w in enumerate([6, 60, 18, 22, 7, 12, 16, 20, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws2 = wb.create_sheet('Ref Rekening')
    ws2['A1'] = 'Kode Rekening'
    ws2['B1'] = 'Nama Rekening'
    used = sorted({C.ACC[L['acc']] for _, ls in subs for L in ls})
    for i, (c, n) in enumerate(used, 2):
        ws2.cell(i, 1, c)
        ws2.cell(i, 2, n)
    ws2.column_dimensions['A'].width = 22
    ws2.column_dimensions['B'].width = 80
    save_wb(wb, path)


# ------------------------------------------------------------- L3 dpmptsp xlsx, koef columns, jt/rb prices
def write_L3(subs, path, C, opd, fmt):
    wb = Workbook()
    wb.remove(wb.active)
    for si, (s, lines) in enumerate(subs):
        ws = wb.create_sheet(f"{s['code']}")
        ws['B1'] = 'PEMERINTAH KOTA SAMARINDA'
        ws['B2'] = opd['opd'].upper()
        ws['B3'] = 'RINCIAN RENCANA KERJA DAN ANGGARAN TA. 2027'
        for c in ('B1', 'B2', 'B3'):
            ws[c].font = Font(bold=True)
            ws.merge_cells(f'{c}:{c.replace("B", "K")}')
            ws[c].alignment = Alignment(horizontal='center')
        ws['A5'] = 'Sub Kegiatan'
        ws['C5'] = f"{s['code']}  {s['name']}"
        ws['A6'] = 'Keluaran'
        ws['C6'] = f"{s['output']} ({s['target']})"
        ws['A7'] = 'Lokasi'
        ws['C7'] = s['lokasi']
        r = 9
        h1 = ['No', 'Uraian', 'Koefisien', None, None, None, 'Volume', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)', 'Kode Rek.']
        h2 = [None, None, 'Vol 1', 'Sat 1', 'Vol 2', 'Sat 2', None, None, None, None, None]
        for i, h in enumerate(h1, 1):
            if h: ws.cell(r, i, h)
        for i, h in enumerate(h2, 1):
            if h: ws.cell(r + 1, i, h)
        for col in 'ABGHIJK':
            ws.merge_cells(f'{col}{r}:{col}{r + 1}')
        ws.merge_cells(f'C{r}:F{r}')
        for rr in (r, r + 1):
            for c in range(1, 12):
                ws.cell(rr, c).font = Font(bold=True)
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        r += 2
        grand = 0
        for code, name, gl in group_lines(lines, C.ACC):
            ws.cell(r, 2, f"{name}").font = Font(bold=True, italic=True)
            ws.cell(r, 11, code).font = Font(bold=True)
            r += 1
            st = 0
            for L in gl:
                L['sheet'] = ws.title
                k = L['koef'] + [(None, None)] * (2 - len(L['koef']))
                L['koef_text'] = kt_full(L, fmt)
                L['price_text'] = jt(L['price'], fmt)
                nm = inline_name(L, ' - ')
                L['name_printed'] = nm
                vals = [L['no'], nm, k[0][0], k[0][1], k[1][0], k[1][1], L['volume'], L['unit'], L['price_text'], L['jumlah'], code]
                for i, v in enumerate(vals, 1):
                    if v is None: continue
                    c = ws.cell(r, i, v)
                    c.border = BOX
                    if i == 10: c.number_format = '#,##0'
                st += L['jumlah']
                r += 1
            ws.cell(r, 9, 'Sub Jumlah').font = Font(italic=True)
            c = ws.cell(r, 10, st)
            c.number_format = '#,##0'
            grand += st
            r += 1
        ws.cell(r, 9, 'TOTAL').font = Font(bold=True)
        c = ws.cell(r, 10, grand)
        c.number_format = '#,##0'
        for i, w in enumerate([6, 62, 7, 9, 7, 9, 8, 14, 16, 16, 20], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    save_wb(wb, path)


# ------------------------------------------------------------- L4 SIPD-like PDF (BPBD)
def write_L4(subs, path, C, opd, fmt):
    st = ParagraphStyle('c', fontName='DVC', fontSize=7, leading=8.5)
    sts = ParagraphStyle('s', fontName='DVC', fontSize=6.3, leading=7.5, textColor=colors.HexColor('#333333'))
    stb = ParagraphStyle('b', fontName='DVCB', fontSize=7, leading=8.5)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=12.5, alignment=1)
    page_of = {}

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont('DV', 6.5)
        canvas.drawString(12 * mm, 8 * mm, 'Dicetak dari SIPD-RI (sipd.kemendagri.go.id) - Samarinda - 02-09-2026 10:14:07')
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 8 * mm, f'Halaman {doc.page}')
        canvas.restoreState()
    doc = pdf_doc(path, landscape(A4), 'RKA Rincian Belanja BPBD 2027')
    story = []
    for si, (s, lines) in enumerate(subs):
        if si:
            story.append(PageBreak())
        story += [Paragraph('RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH', sth),
                  Paragraph('(RKA - RINCIAN BELANJA SKPD)', sth),
                  Paragraph('Pemerintah Kota Samarinda Tahun Anggaran 2027', sth), Spacer(1, 4)]
        hb = [[k, ':', Paragraph(v, st)] for k, v in header_block(s, opd)]
        t = Table(hb, colWidths=[45 * mm, 4 * mm, 220 * mm])
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVC', 7.5), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1),
                               ('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [t, Spacer(1, 5)]
        data = [['No', 'Kode Rekening', 'Uraian', 'Rincian Perhitungan', '', '', '', 'PPN', 'Jumlah (Rp)'],
                ['', '', '', 'Koefisien', 'Volume', 'Satuan', 'Harga', '(%)', '']]
        sty = [('GRID', (0, 0), (-1, -1), 0.35, colors.black), ('FONT', (0, 0), (-1, 1), 'DVCB', 7),
               ('SPAN', (3, 0), (6, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)), ('SPAN', (2, 0), (2, 1)),
               ('SPAN', (8, 0), (8, 1)), ('BACKGROUND', (0, 0), (-1, 1), colors.HexColor('#D9E1F2')),
               ('FONT', (0, 2), (-1, -1), 'DVC', 7), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('ALIGN', (4, 2), (8, -1), 'RIGHT'), ('ALIGN', (0, 0), (-1, 1), 'CENTER')]
        total = 0
        for code, name, gl in group_lines(lines, C.ACC):
            sub_t = sum(L['jumlah'] for L in gl)
            total += sub_t
            data.append(['', code, Paragraph(name, stb), '', '', '', '', '', fmt(sub_t)])
            sty.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVCB', 7))
            sty.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor('#F2F2F2')))
            for L in gl:
                L['koef_text'] = kt_full(L, fmt)
                L['price_text'] = fmt(L['price'])
                L['jumlah_text'] = fmt(L['jumlah'])
                cell = [Paragraph(L['name'], st), Paragraph('Spesifikasi: ' + L['spec'], sts)]
                data.append([L['no'], '', cell, Paragraph(L['koef_text'], st), fmt(L['volume']), L['unit'], L['price_text'],
                             str(L['ppn']), L['jumlah_text']])
        data.append(['', '', Paragraph('<b>JUMLAH SUB KEGIATAN</b>', st), '', '', '', '', '', fmt(total)])
        sty.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVCB', 7.5))
        t = Table(data, colWidths=[10 * mm, 27 * mm, 95 * mm, 35 * mm, 15 * mm, 22 * mm, 22 * mm, 10 * mm, 27 * mm],
                  repeatRows=2)
        t.setStyle(TableStyle(sty))
        story.append(t)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------- L6 plain PDF (Dinas Pangan)
def write_L6(subs, path, C, opd, fmt):
    st = ParagraphStyle('c', fontName='DV', fontSize=7.2, leading=8.8)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=14)
    doc = pdf_doc(path, landscape(A4), 'Usulan RKA Dinas Ketahanan Pangan 2027', margins=15)
    story = [Paragraph('DINAS KETAHANAN PANGAN KOTA SAMARINDA', sth),
             Paragraph('Usulan Rincian Anggaran Belanja Tahun 2027 (bahan Asistensi TAPD)', st), Spacer(1, 8)]
    for s, lines in subs:
        story += [Paragraph(f"<b>Sub Kegiatan {s['code']}</b> {s['name']}", st),
                  Paragraph(f"Program: {s['program']} / Kegiatan: {s['kegiatan']}", st),
                  Paragraph(f"Output: {s['output']} - target {s['target']}", st), Spacer(1, 4)]
        data = [['No', 'Kode Rekening', 'Uraian Belanja', 'Rincian Volume', 'Satuan', 'Harga Sat. (Rp)', 'Jumlah (Rp)']]
        tot = 0
        for L in lines:
            L['koef_text'] = kt_abbr(L, fmt) + f" = {fmt(L['volume'])}"
            L['price_text'] = fmt(L['price'])
            L['jumlah_text'] = fmt(L['jumlah'])
            tot += L['jumlah']
            data.append([L['no'], C.ACC[L['acc']][0], Paragraph(inline_name(L, '; '), st), L['koef_text'], L['unit'],
                         L['price_text'], L['jumlah_text']])
        data.append(['', '', Paragraph('<b>Jumlah</b>', st), '', '', '', fmt(tot)])
        t = Table(data, colWidths=[10 * mm, 30 * mm, 100 * mm, 40 * mm, 25 * mm, 28 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'DVB', 7.5), ('FONT', (0, 1), (-1, -1), 'DV', 7.2),
                               ('LINEABOVE', (0, 0), (-1, 0), 1, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
                               ('LINEBELOW', (0, -1), (-1, -1), 1, colors.black), ('LINEABOVE', (0, -1), (-1, -1), 0.6, colors.black),
                               ('ALIGN', (5, 1), (6, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story += [t, Spacer(1, 14)]
    doc.build(story)


# ------------------------------------------------------------- L5 scan (Kesbangpol)
def write_L5(subs, path, C, opd, fmt, truth_path):
    W, H = 2339, 1654  # A4 landscape @200 dpi
    f = ImageFont.truetype(FONT_DIR + 'DejaVuSans.ttf', 21)
    fb = ImageFont.truetype(FONT_DIR + 'DejaVuSans-Bold.ttf', 21)
    ft = ImageFont.truetype(FONT_DIR + 'DejaVuSerif-Bold.ttf', 30)
    cols = [(90, 'No'), (170, 'Uraian'), (1060, 'Koefisien'), (1330, 'Vol'), (1440, 'Satuan'), (1640, 'Harga Satuan'),
            (1900, 'Jumlah (Rp)')]
    right_edge = 2230
    s, lines = subs[0]
    rows = []
    for code, name, gl in group_lines(lines, C.ACC):
        rows.append(('grp', code, name, sum(L['jumlah'] for L in gl)))
        for L in gl:
            rows.append(('line', L))
    per_page = [rows[:20], rows[20:]]
    pages, text_out = [], []
    for pi, prow in enumerate(per_page):
        img = Image.new('L', (W, H), 255)
        d = ImageDraw.Draw(img)
        y = 90
        if pi == 0:
            for tline in ['RENCANA KERJA DAN ANGGARAN - RINCIAN BELANJA', 'BADAN KESATUAN BANGSA DAN POLITIK KOTA SAMARINDA  TA 2027']:
                d.text((W // 2, y), tline, font=ft, fill=0, anchor='mt')
                text_out.append(tline)
                y += 44
            y += 10
            for k, v in header_block(s, opd)[1:4] + header_block(s, opd)[7:9]:
                v = v if len(v) < 120 else v[:117] + '...'
                d.text((100, y), f"{k}", font=f, fill=0)
                d.text((440, y), f": {v}", font=f, fill=0)
                text_out.append(f"{k}: {v}")
                y += 30
            y += 14
        else:
            d.text((100, y), f"Lanjutan - Sub Kegiatan {s['code']}", font=fb, fill=0)
            text_out.append(f"Lanjutan - Sub Kegiatan {s['code']}")
            y += 40
        # header
        d.rectangle((80, y, right_edge, y + 40), outline=0, width=2)
        for x, h in cols:
            d.text((x + 6, y + 9), h, font=fb, fill=0)
            d.line((x - 6, y, x - 6, y + 40), fill=0, width=1)
        text_out.append(' | '.join(h for _, h in cols))
        y += 40
        for row in prow:
            rh = 38
            if row[0] == 'grp':
                _, code, name, tot = row
                nm = name if len(name) < 70 else name[:67] + '...'
                d.text((176, y + 8), f"{code}  {nm}", font=fb, fill=0)
                d.text((right_edge - 10, y + 8), fmt(tot), font=fb, fill=0, anchor='ra')
                text_out.append(f"{code} {nm} | {fmt(tot)}")
            else:
                L = row[1]
                L['page'] = pi + 1
                L['koef_text'] = kt_abbr(L, fmt)
                L['price_text'] = fmt(L['price'])
                L['jumlah_text'] = fmt(L['jumlah'])
                nm = L['name']
                spec = L['spec'] if len(L['spec']) < 60 else L['spec'][:57] + '...'
                d.text((96, y + 8), L['no'], font=f, fill=0)
                d.text((176, y + 8), nm, font=f, fill=0)
                d.text((176, y + 34), spec, font=ImageFont.truetype(FONT_DIR + 'DejaVuSans-Oblique.ttf', 17), fill=60)
                rh = 62
                d.text((1066, y + 8), L['koef_text'], font=f, fill=0)
                d.text((1420, y + 8), fmt(L['volume']), font=f, fill=0, anchor='ra')
                d.text((1446, y + 8), L['unit'][:16], font=f, fill=0)
                d.text((1880, y + 8), L['price_text'], font=f, fill=0, anchor='ra')
                d.text((right_edge - 10, y + 8), L['jumlah_text'], font=f, fill=0, anchor='ra')
                text_out.append(f"{L['no']} | {nm} ({spec}) | {L['koef_text']} | {fmt(L['volume'])} | {L['unit']} | "
                                f"{L['price_text']} | {L['jumlah_text']}")
            d.rectangle((80, y, right_edge, y + rh), outline=0, width=1)
            for x, _ in cols[1:]:
                d.line((x - 6, y, x - 6, y + rh), fill=0, width=1)
            y += rh
        if pi == len(per_page) - 1:
            tot = sum(L['jumlah'] for L in lines)
            d.text((1640, y + 12), 'JUMLAH', font=fb, fill=0)
            d.text((right_edge - 10, y + 12), fmt(tot), font=fb, fill=0, anchor='ra')
            text_out.append(f"JUMLAH {fmt(tot)}")
            y += 90
            d.text((1600, y), 'Samarinda, 28 Agustus 2026', font=f, fill=0)
            d.text((1600, y + 30), 'Kepala Badan,', font=f, fill=0)
            d.text((1600, y + 140), '( ............................ )', font=f, fill=0)
        d.text((W - 300, H - 70), f'hal. {pi + 1}/2', font=f, fill=0)
        # degrade: rotate, noise, blur, uneven lighting
        rng = np.random.default_rng(16 + pi)
        img = img.rotate(0.9 if pi == 0 else -0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        grad = np.linspace(0, 18, W)[None, :] + np.linspace(0, 10, H)[:, None]
        a = a - grad + rng.normal(0, 13, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 30
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        pages.append(img)
        text_out.append('')
    buf = []
    import datetime
    fixed = datetime.datetime(2026, 9, 1, 9, 30, 0)
    pages[0].save(path, 'PDF', resolution=200.0, save_all=True, append_images=pages[1:], quality=72,
                  creationDate=fixed.timetuple(), modDate=fixed.timetuple(), producer='Canon iR-ADV C3520 scan', title='scan0087')
    with open(truth_path, 'w') as fh:
        fh.write('\n'.join(text_out))


def write_all(ALL, SSH, SBU, C, SD, DATA, fmt):
    write_ssh(SSH, os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'), fmt)
    write_sbu(SBU, os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf'), fmt)
    write_L1(ALL['satpol'], os.path.join(DATA, 'rka_satpolpp_2027.xlsx'), C, SD.OPD['satpol'], fmt)
    write_L2(ALL['damkar'], os.path.join(DATA, 'rka_damkar_2027.xlsx'), C, SD.OPD['damkar'], fmt)
    write_L3(ALL['dpmptsp'], os.path.join(DATA, 'rka_dpmptsp_2027.xlsx'), C, SD.OPD['dpmptsp'], fmt)
    write_L4(ALL['bpbd'], os.path.join(DATA, 'rka_bpbd_2027_sipd.pdf'), C, SD.OPD['bpbd'], fmt)
    write_L5(ALL['kesbangpol'], os.path.join(DATA, 'rka_kesbangpol_2027_scan.pdf'), C, SD.OPD['kesbangpol'], fmt,
             os.path.join(os.path.dirname(DATA), 'scan_truth.txt'))
    write_L7(ALL['kecamatan'], os.path.join(DATA, 'rka_kec_samarinda_ulu_2027.xlsx'), C, SD.OPD['kecamatan'], fmt)
    write_L6(ALL['pangan'], os.path.join(DATA, 'rka_dinas_pangan_2027.pdf'), C, SD.OPD['pangan'], fmt)


# ------------------------------------------------------------- L7 kecamatan xlsx, two rows per line
def write_L7(subs, path, C, opd, fmt):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Musrenbang 2027'
    s, lines = subs[0]
    ws['A1'] = 'PEMERINTAH KOTA SAMARINDA - KECAMATAN SAMARINDA ULU'
    ws['A2'] = 'DRAFT RKA TAHUN ANGGARAN 2027 (hasil input operator kecamatan)'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A4'] = f"Program    : {s['program']}"
    ws['A5'] = f"Kegiatan   : {s['kegiatan']}"
    ws['A6'] = f"Sub Keg.   : {s['code']} {s['name']}"
    ws['A7'] = f"Output     : {s['output']} | Target {s['target']} | Lokasi {s['lokasi']}"
    r = 9
    h1 = ['No', 'Uraian / Spesifikasi / Koefisien', 'RINCIAN', None, None, None, 'Rekening']
    h2 = [None, None, 'Satuan', 'Volume', 'Harga Satuan', 'Jumlah', None]
    for i, h in enumerate(h1, 1):
        if h: ws.cell(r, i, h)
    for i, h in enumerate(h2, 1):
        if h: ws.cell(r + 1, i, h)
    ws.merge_cells(f'A{r}:A{r + 1}')
    ws.merge_cells(f'B{r}:B{r + 1}')
    ws.merge_cells(f'G{r}:G{r + 1}')
    ws.merge_cells(f'C{r}:F{r}')
    for rr in (r, r + 1):
        for c in range(1, 8):
            ws.cell(rr, c).font = Font(bold=True, color='FFFFFF')
            ws.cell(rr, c).fill = PatternFill('solid', fgColor='2F5597')
            ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center')
    r += 2
    grand = 0
    for code, name, gl in group_lines(lines, C.ACC):
        ws.cell(r, 2, f"Rekening {code} - {name}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
        st = 0
        for L in gl:
            L['sheet'] = ws.title
            L['koef_text'] = kt_abbr(L, fmt)
            vals = [L['no'], L['name'], L['unit'], L['volume'], L['price'], L['jumlah'], code]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                if i in (5, 6):
                    c.number_format = '"Rp"#,##0'
            ws.cell(r + 1, 2, f"   spek: {L['spec']}  |  koef: {L['koef_text']}").font = Font(italic=True, size=9, color='555555')
            st += L['jumlah']
            r += 2
        ws.cell(r, 5, 'Jumlah rekening').font = Font(italic=True)
        c = ws.cell(r, 6, st)
        c.number_format = '"Rp"#,##0'
        grand += st
        r += 1
    ws.cell(r + 1, 5, 'TOTAL').font = Font(bold=True)
    c = ws.cell(r + 1, 6, grand)
    c.number_format = '"Rp"#,##0'
    for i, w in enumerate([6, 70, 14, 9, 16, 18, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    save_wb(wb, path)
