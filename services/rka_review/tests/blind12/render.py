"""Writers for catalogues and RKA layouts (review12, written blind)."""
import datetime
import io
import os
import random

import catalog_data as C
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def idr(n):
    neg = n < 0
    s = f'{abs(int(n)):,}'.replace(',', '.')
    return ('-' if neg else '') + s


def idr_dec(x):
    if x == int(x):
        return idr(int(x))
    return f'{x:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.')


def jt(n):
    v = n / 1_000_000
    s = f'{v:.3f}'.rstrip('0').rstrip('.')
    return s.replace('.', ',') + ' jt'


def koef_short(parts):
    ab = {'Orang': 'org', 'Hari': 'hr', 'Jam': 'jam', 'Kali': 'kali', 'Kegiatan': 'keg', 'Bulan': 'bln', 'Malam': 'mlm'}
    return ' x '.join(f'{idr(v)} {ab.get(u, u)}' for v, u in parts)


def koef_long(parts):
    return ' x '.join(f'{idr(v)} {u}' for v, u in parts)


def fix_wb_props(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'SIPD/Operator OPD'
    wb.properties.lastModifiedBy = 'Operator OPD'


def save_wb(wb, path):
    fix_wb_props(wb)
    wb.save(path)
    # make the zip deterministic
    import zipfile
    import re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2026-11-20T09:00:00Z', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def acc(key):
    return C.ACC[key]

# ------------------------------------------------------------------ catalogues


def write_ssh(path, rows, sections):
    wb = Workbook()
    ws = wb.active
    ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 58 TAHUN 2026'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
    ws['A3'] = 'Harga satuan tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN)'
    for c in ('A1', 'A2'):
        ws[c].font = BOLD
    hdr1 = ['No', 'Kode Barang', 'Uraian', None, 'Satuan', 'Harga Satuan Tertinggi (Rp)', 'Keterangan']
    hdr2 = [None, None, 'Nama Barang', 'Spesifikasi', None, None, None]
    for j, v in enumerate(hdr1, 1):
        ws.cell(5, j, v).font = BOLD
    for j, v in enumerate(hdr2, 1):
        if v:
            ws.cell(6, j, v).font = BOLD
    ws.merge_cells('C5:D5')
    for col in 'ABEFG':
        ws.merge_cells(f'{col}5:{col}6')
    for r in (5, 6):
        for j in range(1, 8):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 7
    no = 0
    cur = None
    for row in rows:
        if row['sec'] != cur:
            cur = row['sec']
            pre, title = sections[cur]
            ws.cell(r, 2, pre).font = BOLD
            ws.cell(r, 3, title).font = BOLD
            ws.cell(r, 3).fill = PatternFill('solid', fgColor='DDDDDD')
            r += 1
        no += 1
        vals = [no, row['kode'], row['name'], row['spec'], row['unit'], row['price'], '']
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
        ws.cell(r, 6).number_format = '#,##0'
        r += 1
    for j, w in enumerate([6, 22, 38, 44, 14, 18, 14], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, path)


def _rl():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont('DV')
    except KeyError:
        pdfmetrics.registerFont(TTFont('DV', FONT))
        pdfmetrics.registerFont(TTFont('DVB', FONTB))


def _doc(path, pagesize, title, footer):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import mm

    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=16 * mm,
                            bottomMargin=14 * mm, title=title, author='Pemerintah Kota Samarinda', creator='SIPD',
                            invariant=1)

    def on_page(canv, d):
        canv.saveState()
        canv.setFont('DV', 7)
        canv.drawString(12 * mm, 8 * mm, footer)
        canv.drawRightString(pagesize[0] - 12 * mm, 8 * mm, f'Halaman {d.page}')
        canv.restoreState()
    return doc, on_page


def write_sbu(path, rows, sections):
    _rl()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=10, leading=12, alignment=1)
    doc, on_page = _doc(path, A4, 'SBU Kota Samarinda 2027', 'SBU Kota Samarinda TA 2027 - Lampiran II Perwali No. 58/2026')
    story = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 58 TAHUN 2026', sb),
             Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sb),
             Paragraph('Besaran merupakan batas tertinggi. Honorarium dikenakan PPh sesuai ketentuan.', st), Spacer(1, 6)]
    data = [['No', 'Kode', 'Uraian', 'Keterangan', 'Satuan', 'Besaran (Rp)']]
    style = [('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('FONT', (0, 0), (-1, 0), 'DVB', 7.5),
             ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
             ('ALIGN', (5, 1), (5, -1), 'RIGHT'), ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey)]
    cur = None
    no = 0
    for row in rows:
        if row['sec'] != cur:
            cur = row['sec']
            pre, title = sections[cur]
            data.append(['', pre, Paragraph(f'<b>{title}</b>', st), '', '', ''])
            style.append(('SPAN', (2, len(data) - 1), (5, len(data) - 1)))
            style.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.Color(0.92, 0.92, 0.92)))
        no += 1
        data.append([str(no), row['kode'], Paragraph(row['name'], st), Paragraph(row['spec'], st), row['unit'], idr(row['price'])])
    from reportlab.lib.units import mm
    t = Table(data, colWidths=[9 * mm, 20 * mm, 68 * mm, 45 * mm, 18 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ------------------------------------------------------------------ RKA dispatch


def write_rka(path, opd, subs, here):
    lay = opd['layout']
    if lay == 'xlsx_sipd_sheet_per_subkeg':
        return rka_l1(path, opd, subs)
    if lay == 'xlsx_reordered_text_prices':
        return rka_l2(path, opd, subs)
    if lay == 'xlsx_split_koefisien_hier_no':
        return rka_l3(path, opd, subs)
    if lay == 'pdf_sipd_born_digital':
        return rka_l4(path, opd, subs)
    if lay == 'scan_image_pdf':
        return rka_l5(path, opd, subs, here)
    if lay == 'xlsx_flat_export_inline_koef':
        return rka_l6(path, opd, subs)
    if lay == 'docx_word_table_rp_decimals':
        return rka_l7(path, opd, subs)
    raise ValueError(lay)


def groups(lines):
    out = []
    for L in lines:
        k = L['acct_used']
        if not out or out[-1][0] != k:
            out.append((k, []))
        out[-1][1].append(L)
    return out


def header_block(opd, s):
    return [('Urusan Pemerintahan', opd['urusan']), ('Organisasi', f"{opd['kode_opd']} {opd['opd']}"),
            ('Program', opd['program']), ('Kegiatan', s['kegiatan']), ('Sub Kegiatan', f"{s['kode']} {s['nama']}"),
            ('Sumber Pendanaan', 'PAD / DAU - Belanja Umum'), ('Lokasi', s['lokasi']),
            ('Keluaran Sub Kegiatan', f"{s['indikator']} : {s['target']}"), ('Waktu Pelaksanaan', 'Januari s.d. Desember')]


def rka_l1(path, opd, subs):
    """Sheet per sub-kegiatan, SIPD-like, 2-row merged header, account groups, PPN % column, numeric cells."""
    wb = Workbook()
    wb.remove(wb.active)
    no = 0
    for si, (s, lines) in enumerate(subs):
        ws = wb.create_sheet(f'SubKeg {si + 1}')
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN'
        ws['A2'] = 'SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)'
        ws['A3'] = 'PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2027'
        for c in ('A1', 'A2', 'A3'):
            ws[c].font = BOLD
        r = 5
        for k, v in header_block(opd, s):
            ws.cell(r, 1, k)
            ws.cell(r, 3, ': ' + v)
            r += 1
        r += 1
        h1 = r
        heads1 = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, None, 'Jumlah (Rp)']
        heads2 = [None, None, None, None, 'Koefisien', 'Satuan', 'Volume', 'Harga Satuan (Rp)', 'PPN (%)', None]
        for j, v in enumerate(heads1, 1):
            ws.cell(h1, j, v)
        for j, v in enumerate(heads2, 1):
            if v:
                ws.cell(h1 + 1, j, v)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for j in (1, 2, 3, 4, 10):
            ws.merge_cells(start_row=h1, start_column=j, end_row=h1 + 1, end_column=j)
        for rr in (h1, h1 + 1):
            for j in range(1, 11):
                ws.cell(rr, j).font = BOLD
                ws.cell(rr, j).border = BOX
                ws.cell(rr, j).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        for j in range(1, 11):
            ws.cell(h1 + 2, j, f'({j})').alignment = Alignment(horizontal='center')
        r = h1 + 3
        total = 0
        for k, gl in groups(lines):
            code, name = acc(k)
            sub = sum(L['jumlah'] for L in gl)
            total += sub
            ws.cell(r, 2, code).font = BOLD
            ws.cell(r, 3, name).font = BOLD
            c = ws.cell(r, 10, sub)
            c.font = BOLD
            c.number_format = '#,##0'
            r += 1
            for L in gl:
                no += 1
                L['no'] = str(no)
                L['printed_name'] = L['name']
                L['koef_text'] = koef_short(L['parts'])
                vals = [no, None, L['name'], L['spec'], L['koef_text'], L['satuan'], L['vol'], L['price'], L['ppn'], L['jumlah']]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                for j in (7, 8, 10):
                    ws.cell(r, j).number_format = '#,##0'
                r += 1
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN').font = BOLD
        c = ws.cell(r, 10, total)
        c.font = BOLD
        c.number_format = '#,##0'
        for j, w in enumerate([5, 20, 40, 32, 18, 12, 9, 16, 8, 17], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, path)


def rka_l2(path, opd, subs):
    """One sheet, sub-kegiatan stacked; columns reordered; prices as text 'Rp 1.250.000' / '1,25 jt';
    koefisien inline in the Uraian text; roman-prefixed numbering."""
    rng = random.Random(77)
    wb = Workbook()
    ws = wb.active
    ws.title = 'RKA Damkar 2027'
    ws['A1'] = f"DRAFT RKA TA 2027 - {opd['opd'].upper()}"
    ws['A2'] = 'bahan asistensi TAPD (belum final)'
    ws['A1'].font = BOLD
    r = 4
    roman = ['I', 'II', 'III', 'IV']
    for si, (s, lines) in enumerate(subs):
        ws.cell(r, 1, f"SUB KEGIATAN {roman[si]}: {s['kode']} - {s['nama']}").font = BOLD
        r += 1
        ws.cell(r, 1, f"Output: {s['indikator']} ({s['target']}) | Lokasi: {s['lokasi']}")
        r += 2
        heads = ['Rekening', 'No', 'Jumlah (Rp)', 'Uraian Belanja', 'Sat', 'Vol', 'Harga Satuan', 'Ket']
        for j, v in enumerate(heads, 1):
            c = ws.cell(r, j, v)
            c.font = BOLD
            c.border = BOX
            c.fill = PatternFill('solid', fgColor='F4B183')
        r += 1
        n = 0
        total = 0
        for k, gl in groups(lines):
            code, name = acc(k)
            sub = sum(L['jumlah'] for L in gl)
            total += sub
            ws.cell(r, 1, code).font = BOLD
            ws.cell(r, 3, 'Rp ' + idr(sub)).font = BOLD
            ws.cell(r, 4, name).font = BOLD
            r += 1
            for L in gl:
                n += 1
                L['no'] = f'{roman[si]}.{n}'
                L['koef_text'] = koef_short(L['parts'])
                nm = L['name'] + (f", {L['spec']}" if L['spec'] and rng.random() < 0.5 else '')
                L['printed_name'] = L['name']
                ur = f"{nm} ({L['koef_text']})"
                p = L['price']
                ptxt = jt(p) if (p >= 1_000_000 and p % 10_000 == 0 and rng.random() < 0.6) else 'Rp ' + idr(p)
                vals = [None, L['no'], 'Rp ' + idr(L['jumlah']), ur, L['satuan'], L['vol'], ptxt, '']
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                r += 1
        ws.cell(r, 4, f'TOTAL SUB KEGIATAN {roman[si]}').font = BOLD
        ws.cell(r, 3, 'Rp ' + idr(total)).font = BOLD
        r += 3
    for j, w in enumerate([20, 7, 18, 70, 12, 8, 16, 10], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, path)


def rka_l3(path, opd, subs):
    """Sheet per sub-kegiatan; 3-row header; koefisien split in two (vol, sat) pairs; hierarchical No '1.2';
    PPN as an amount column; group rows numbered by account."""
    wb = Workbook()
    wb.remove(wb.active)
    goff = 0
    for si, (s, lines) in enumerate(subs):
        ws = wb.create_sheet(s['kode'])
        ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'
        ws['A2'] = f"RINCIAN ANGGARAN BELANJA - {opd['opd'].upper()} - TA 2027"
        ws['A1'].font = BOLD
        ws['A2'].font = BOLD
        r = 4
        for k, v in header_block(opd, s)[2:]:
            ws.cell(r, 1, k + ' : ' + v)
            r += 1
        r += 1
        h = r
        # 3 header rows
        ws.cell(h, 1, 'No')
        ws.cell(h, 2, 'Uraian / Kode Rekening')
        ws.cell(h, 3, 'Rincian Perhitungan')
        ws.cell(h, 11, 'Jumlah (Rp)')
        ws.cell(h + 1, 3, 'Koefisien 1')
        ws.cell(h + 1, 5, 'Koefisien 2')
        ws.cell(h + 1, 7, 'Volume')
        ws.cell(h + 1, 8, 'Satuan')
        ws.cell(h + 1, 9, 'Harga Satuan')
        ws.cell(h + 1, 10, 'PPN 11% (Rp)')
        for j, v in zip((3, 4, 5, 6), ('Vol', 'Sat', 'Vol', 'Sat')):
            ws.cell(h + 2, j, v)
        ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=10)
        ws.merge_cells(start_row=h + 1, start_column=3, end_row=h + 1, end_column=4)
        ws.merge_cells(start_row=h + 1, start_column=5, end_row=h + 1, end_column=6)
        for j in (1, 2, 11):
            ws.merge_cells(start_row=h, start_column=j, end_row=h + 2, end_column=j)
        for j in (7, 8, 9, 10):
            ws.merge_cells(start_row=h + 1, start_column=j, end_row=h + 2, end_column=j)
        for rr in range(h, h + 3):
            for j in range(1, 12):
                ws.cell(rr, j).font = BOLD
                ws.cell(rr, j).border = BOX
                ws.cell(rr, j).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        r = h + 3
        total = 0
        for gi, (k, gl) in enumerate(groups(lines), goff + 1):
            code, name = acc(k)
            sub = sum(L['jumlah'] for L in gl)
            total += sub
            ws.cell(r, 1, str(gi)).font = BOLD
            ws.cell(r, 2, f'{code} {name}').font = BOLD
            c = ws.cell(r, 11, sub)
            c.font = BOLD
            c.number_format = '#,##0'
            r += 1
            for li, L in enumerate(gl, 1):
                L['no'] = f'{gi}.{li}'
                L['printed_name'] = L['name']
                L['koef_text'] = koef_short(L['parts'])
                p = L['parts']
                k1 = p[0]
                k2 = p[1] if len(p) > 1 else (None, None)
                ppn_amt = (L['vol'] * L['price'] * L['ppn'] + 50) // 100
                ur = L['name'] + (f" - {L['spec']}" if L['spec'] else '')
                vals = [L['no'], ur, k1[0], k1[1], k2[0], k2[1], L['vol'], L['satuan'], L['price'], ppn_amt, L['jumlah']]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                for j in (9, 10, 11):
                    ws.cell(r, j).number_format = '#,##0'
                r += 1
        ws.cell(r, 2, 'JUMLAH').font = BOLD
        c = ws.cell(r, 11, total)
        c.number_format = '#,##0'
        c.font = BOLD
        for j, w in enumerate([6, 60, 6, 9, 6, 9, 8, 12, 14, 13, 16], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        goff = gi
    save_wb(wb, path)


def rka_l4(path, opd, subs):
    """Born-digital SIPD-like PDF, landscape, header block per sub-kegiatan, account rows, repeated headers."""
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sts = ParagraphStyle('s', fontName='DV', fontSize=6.5, leading=8, textColor=colors.Color(0.3, 0.3, 0.3))
    sb = ParagraphStyle('b', fontName='DVB', fontSize=9, leading=11, alignment=1)
    ps = landscape(A4)
    doc, on_page = _doc(path, ps, f"RKA {opd['opd']} 2027",
                        'Dicetak dari SIPD Kemendagri - sipd.kemendagri.go.id | 20-11-2026 09:00 | RKA-SKPD 2.2.1')
    story = []
    no = 0
    for si, (s, lines) in enumerate(subs):
        if si:
            story.append(PageBreak())
        story += [Paragraph('RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH', sb),
                  Paragraph('Rincian Belanja Sub Kegiatan - Pemerintah Kota Samarinda Tahun Anggaran 2027', sb), Spacer(1, 4)]
        hb = [[Paragraph(k, st), ':', Paragraph(v, st)] for k, v in header_block(opd, s)]
        hb.append([Paragraph('Indikator Output', st), ':', Paragraph(f"{s['indikator']} - Target {s['target']}", st)])
        t = Table(hb, colWidths=[40 * mm, 4 * mm, 225 * mm])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONT', (0, 0), (-1, -1), 'DV', 7.5),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 5)]
        data = [['No', 'Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah']]
        style = [('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('FONT', (0, 0), (-1, 0), 'DVB', 7.5),
                 ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('ALIGN', (5, 1), (-1, -1), 'RIGHT'), ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.85, 0.9, 1))]
        total = 0
        for k, gl in groups(lines):
            code, name = acc(k)
            sub = sum(L['jumlah'] for L in gl)
            total += sub
            data.append(['', code, Paragraph(f'<b>{name}</b>', st), '', '', '', '', idr(sub)])
            style.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.Color(0.94, 0.94, 0.94)))
            style.append(('SPAN', (2, len(data) - 1), (6, len(data) - 1)))
            for L in gl:
                no += 1
                L['no'] = str(no)
                L['printed_name'] = L['name']
                L['koef_text'] = koef_long(L['parts'])
                ur = [Paragraph('[#] ' + L['name'], st)]
                if L['spec']:
                    ur.append(Paragraph('Spesifikasi: ' + L['spec'], sts))
                data.append([str(no), '', ur, Paragraph(L['koef_text'], st), L['satuan'], idr(L['price']),
                             f"{L['ppn']}%", idr(L['jumlah'])])
        data.append(['', '', Paragraph('<b>JUMLAH TOTAL SUB KEGIATAN</b>', st), '', '', '', '', idr(total)])
        t = Table(data, colWidths=[10 * mm, 30 * mm, 92 * mm, 40 * mm, 20 * mm, 24 * mm, 12 * mm, 28 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 10))
        story.append(Paragraph('Samarinda, 20 November 2026 &nbsp;&nbsp; Kepala Dinas, ttd. (nama dikosongkan)', st))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def rka_l5(path, opd, subs, here):
    """Scan: render a printed RKA table to images (200 dpi), rotate, add noise, image-only PDF."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 1654, 2339
    f = ImageFont.truetype(FONT, 21)
    fb = ImageFont.truetype(FONTB, 23)
    fs = ImageFont.truetype(FONT, 18)
    rows = []  # (kind, cells)
    (s, lines), = subs
    no = 0
    for k, gl in groups(lines):
        code, name = acc(k)
        rows.append(('g', ['', code + ' ' + name, '', '', '', idr(sum(L['jumlah'] for L in gl))]))
        for L in gl:
            no += 1
            L['no'] = str(no)
            L['printed_name'] = L['name']
            L['koef_text'] = koef_short(L['parts'])
            rows.append(('l', [str(no), L['name'], L['koef_text'], L['satuan'], idr(L['price']), idr(L['jumlah'])]))
    rows.append(('g', ['', 'JUMLAH', '', '', '', idr(sum(L['jumlah'] for L in lines))]))
    cols = [60, 600, 260, 160, 160, 190]  # widths
    x0 = 110
    pages = [rows[:24], rows[24:]]
    truth_txt = []
    imgs = []
    rng = np.random.default_rng(5)
    for pi, prow in enumerate(pages):
        img = Image.new('L', (W, H), 255)
        d = ImageDraw.Draw(img)
        y = 130
        if pi == 0:
            for t in ['PEMERINTAH KOTA SAMARINDA', opd['opd'].upper(), 'RENCANA KERJA DAN ANGGARAN (RKA) - TAHUN ANGGARAN 2027']:
                d.text((W // 2, y), t, font=fb, fill=0, anchor='mm')
                truth_txt.append(t)
                y += 38
            y += 20
            for k, v in header_block(opd, s)[2:]:
                txt = f'{k:<22}: {v}'
                if len(txt) > 110:
                    txt = txt[:107] + '...'
                d.text((x0, y), txt, font=fs, fill=0)
                truth_txt.append(txt)
                y += 30
            y += 20
        else:
            d.text((x0, y), f"(lanjutan) Sub Kegiatan {s['kode']}", font=fs, fill=0)
            truth_txt.append(f"(lanjutan) Sub Kegiatan {s['kode']}")
            y += 40
        heads = ['No', 'Uraian', 'Koefisien', 'Satuan', 'Harga Sat.', 'Jumlah (Rp)']
        rh = 52
        xs = [x0]
        for w in cols:
            xs.append(xs[-1] + w)
        d.rectangle([x0, y, xs[-1], y + rh], outline=0, width=2)
        for i, hname in enumerate(heads):
            d.text((xs[i] + 8, y + 14), hname, font=fb, fill=0)
        truth_txt.append(' | '.join(heads))
        y += rh
        fgc = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf', 18)
        for kind, cells in prow:
            d.rectangle([x0, y, xs[-1], y + rh], outline=0, width=1)
            if kind == 'g':
                d.line([xs[1], y, xs[1], y + rh], fill=0, width=1)
                d.line([xs[5], y, xs[5], y + rh], fill=0, width=1)
                d.text((xs[1] + 6, y + 16), cells[1], font=fgc, fill=0)
                d.text((xs[6] - 8, y + 15), cells[5], font=fb, fill=0, anchor='ra')
                truth_txt.append(' | '.join(cells))
                y += rh
                continue
            for i in range(1, len(xs) - 1):
                d.line([xs[i], y, xs[i], y + rh], fill=0, width=1)
            for i, c in enumerate(cells):
                font = fb if kind == 'g' else f
                txt = c
                if i == 1 and kind == 'g' and len(txt) > 58:
                    txt = txt[:58]
                if i >= 4:
                    d.text((xs[i + 1] - 8, y + 15), txt, font=font, fill=0, anchor='ra')
                else:
                    d.text((xs[i] + 6, y + 15), txt, font=font if i != 1 or len(txt) < 48 else fs, fill=0)
            truth_txt.append(' | '.join(cells))
            y += rh
        d.text((x0, H - 120), f'Hal. {pi + 1} dari 2', font=fs, fill=0)
        truth_txt.append(f'Hal. {pi + 1} dari 2')
        # degrade: rotation, blur, noise, speckles
        img = img.rotate([0.9, -1.3][pi], resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img).astype(np.float32)
        a = a * 0.88 + 18 + rng.normal(0, 11, a.shape)
        sp = rng.random(a.shape)
        a[sp < 0.0015] = 30
        a[sp > 0.9985] = 255
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        imgs.append(img)
    imgs[0].save(path, 'PDF', resolution=200, save_all=True, append_images=imgs[1:], quality=60,
                 creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer='Scanner', creator='Scanner')
    with open(os.path.join(here, 'scan_truth.txt'), 'w') as fh:
        fh.write('\n'.join(truth_txt) + '\n')


def rka_l6(path, opd, subs):
    """Flat export: one row per line, all codes repeated on each row, koefisien inline, numbers as ID text."""
    wb = Workbook()
    ws = wb.active
    ws.title = 'export_rincian'
    ws['A1'] = f"Export Rincian Belanja - {opd['opd']} - TA 2027 (status: Rancangan)"
    heads = ['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Kode Akun', 'Nama Akun', 'No', 'Nama Komponen', 'Spesifikasi',
             'Rincian Volume', 'Volume', 'Satuan', 'Harga Satuan', 'Total Harga']
    for j, v in enumerate(heads, 1):
        c = ws.cell(3, j, v)
        c.font = BOLD
        c.border = BOX
    r = 4
    no = 0
    for s, lines in subs:
        for L in lines:
            no += 1
            L['no'] = f'{no:03d}'
            L['printed_name'] = L['name']
            L['koef_text'] = koef_short(L['parts'])
            code, name = acc(L['acct_used'])
            vals = [s['kode'], s['nama'], code, name, L['no'], L['name'], L['spec'], L['koef_text'], idr(L['vol']),
                    L['satuan'], idr(L['price']), idr(L['jumlah'])]
            for j, v in enumerate(vals, 1):
                ws.cell(r, j, v)
            r += 1
    for j, w in enumerate([18, 40, 18, 40, 6, 40, 34, 18, 8, 12, 14, 16], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, path)


def rp_dec(n):
    return 'Rp' + idr(n) + ',00'


def rka_l7(path, opd, subs):
    """Word document typed by kecamatan staff: heading paragraphs, one table per sub-kegiatan,
    account rows merged across columns, amounts as 'Rp1.250.000,00'."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = 'Kasubbag Perencanaan'
    doc.core_properties.last_modified_by = 'Kasubbag Perencanaan'
    doc.core_properties.revision = 1
    st = doc.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(9)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('PEMERINTAH KOTA SAMARINDA\n' + opd['opd'].upper() + '\nDRAFT RENCANA KERJA DAN ANGGARAN TAHUN 2027').bold = True
    no = 0
    for si, (s, lines) in enumerate(subs):
        doc.add_paragraph()
        for k, v in header_block(opd, s)[2:]:
            doc.add_paragraph(f'{k}\t: {v}')
        t = doc.add_table(rows=1, cols=6)
        t.style = 'Table Grid'
        for c, h in zip(t.rows[0].cells, ['No', 'Uraian Belanja', 'Volume', 'Satuan', 'Harga Satuan', 'Jumlah']):
            c.text = ''
            c.paragraphs[0].add_run(h).bold = True
        total = 0
        for k, gl in groups(lines):
            code, name = acc(k)
            sub = sum(L['jumlah'] for L in gl)
            total += sub
            row = t.add_row().cells
            m = row[0].merge(row[4])
            m.text = ''
            m.paragraphs[0].add_run(f'{code}  {name}').bold = True
            row[5].text = ''
            row[5].paragraphs[0].add_run(rp_dec(sub)).bold = True
            for L in gl:
                no += 1
                L['no'] = str(no)
                L['printed_name'] = L['name']
                L['koef_text'] = koef_short(L['parts'])
                row = t.add_row().cells
                nm = L['name'] + (f" ({L['spec']})" if L['spec'] else '')
                for c, v in zip(row, [L['no'], nm, L['koef_text'], L['satuan'], rp_dec(L['price']), rp_dec(L['jumlah'])]):
                    c.text = v
        row = t.add_row().cells
        m = row[0].merge(row[4])
        m.text = ''
        m.paragraphs[0].add_run('JUMLAH ' + s['kode']).bold = True
        row[5].text = rp_dec(total)
    doc.add_paragraph('\nSamarinda,      November 2026\nCamat Samarinda Kota,\n\n\n(......................................)')
    doc.save(path)
    import zipfile
    import re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2026-11-20T09:00:00Z', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
