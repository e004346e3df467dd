"""File writers for review22 (called by generate.py)."""
import os, io, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)

def koef_eq(l):
    """koefisien with '= volume unit' when it has several parts"""
    if len(l['koef_parts']) > 1:
        return f"{l['koef']} = {l['_fmt'](l['volume'])} {l['unit']}"
    return f"{l['_fmt'](l['volume'])} {l['unit']}"

def groups(lines):
    out = []
    for l in lines:
        if not out or out[-1][0] != l['acct_code']:
            out.append((l['acct_code'], l['acct_name'], []))
        out[-1][2].append(l)
    return out

def fix_wb_dates(wb, dt):
    wb.properties.created = dt; wb.properties.modified = dt; wb.properties.creator = 'SIPD-RI export'; wb.properties.lastModifiedBy = 'operator'

# ------------------------------------------------------------- L1
def w_xlsx_sipd_sheets(rka, path, fmt, dt):
    wb = Workbook(); ws0 = wb.active; ws0.title = 'Ringkasan'
    ws0['A1'] = 'RINGKASAN RKA SUB KEGIATAN TA 2027'; ws0['A1'].font = Font(bold=True, size=12)
    ws0['A2'] = rka['opd']
    ws0.append([]); ws0.append(['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Lembar', 'Pagu (Rp)'])
    for c in ws0[4]: c.font = B
    for si, sub in enumerate(rka['subs']):
        title = 'SubKeg ' + sub['code'][-4:]
        ws = wb.create_sheet(title)
        hdr = [('RENCANA KERJA DAN ANGGARAN', None), ('SATUAN KERJA PERANGKAT DAERAH', None), ('Tahun Anggaran 2027', None), (None, None),
               ('Urusan Pemerintahan', sub['urusan']), ('Program', sub['program']), ('Kegiatan', sub['kegiatan']),
               ('Sub Kegiatan', sub['code'] + ' ' + sub['name']), ('Organisasi', rka['opd']), ('Unit Organisasi', rka['unit']),
               ('Sumber Pendanaan', 'DAU - Pendapatan Asli Daerah'), ('Lokasi', sub['lokasi']), ('Waktu Pelaksanaan', 'Januari s.d. Desember'),
               ('Indikator Keluaran', sub['indikator']), ('Target Keluaran', sub['target']), (None, None)]
        for i, (a, b) in enumerate(hdr, 1):
            if b is None and a:
                ws.cell(i, 1, a).font = Font(bold=True, size=12); ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)
                ws.cell(i, 1).alignment = Alignment(horizontal='center')
            elif a:
                ws.cell(i, 1, a); ws.cell(i, 3, ': ' + b); ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        r = len(hdr) + 1
        cols = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', 'Jumlah']
        for j, c in enumerate(cols, 1):
            x = ws.cell(r, j, c); x.font = B; x.border = BOX; x.fill = PatternFill('solid', fgColor='DDDDDD'); x.alignment = Alignment(horizontal='center', wrap_text=True)
        r += 1
        total = 0
        for code, name, ls in groups(sub['lines']):
            sub_t = sum(l['jumlah'] for l in ls); total += sub_t
            ws.cell(r, 2, code).font = B; ws.cell(r, 3, name).font = B; x = ws.cell(r, 10, sub_t); x.font = B; x.number_format = '#,##0'
            for j in range(1, 11): ws.cell(r, j).border = BOX
            r += 1
            for l in ls:
                vals = [l['no'], None, l['name'], l['spec'], l['koef'], l['volume'], l['unit'], l['price'], l['ppn'], l['jumlah']]
                for j, v in enumerate(vals, 1):
                    x = ws.cell(r, j, v); x.border = BOX
                    if j in (8, 10): x.number_format = '#,##0'
                l['printed'] = dict(no=l['no'], name=l['name'], price=l['price'], jumlah=l['jumlah'], sheet=title, row=r)
                r += 1
        ws.cell(r, 3, 'JUMLAH TOTAL SUB KEGIATAN').font = B; x = ws.cell(r, 10, total); x.font = B; x.number_format = '#,##0'
        for j, wdt in enumerate([6, 20, 42, 30, 18, 8, 12, 14, 8, 16], 1): ws.column_dimensions[get_column_letter(j)].width = wdt
        ws0.append([sub['code'], sub['name'], title, total]); ws0.cell(ws0.max_row, 4).number_format = '#,##0'
    ws0.column_dimensions['B'].width = 60
    fix_wb_dates(wb, dt); wb.save(path)

# ------------------------------------------------------------- L2
def price_text(v, i, fmt, fmt_jt):
    k = i % 5
    if k == 1 and fmt_jt(v): return fmt_jt(v)
    if k == 2: return 'Rp' + fmt(v) + ',-'
    if k == 3: return fmt(v)
    return 'Rp ' + fmt(v)

def w_xlsx_text_prices(rka, path, fmt, fmt_jt, dt):
    wb = Workbook(); ws = wb.active; ws.title = 'RKA 2027'
    ws['A1'] = 'RENCANA KEGIATAN DAN ANGGARAN (RKA) TAHUN 2027'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = rka['unit'].upper() + ' - ' + rka['opd'].split(' - ')[0]
    ws['A3'] = 'Draft ke-2 (belum final) - disusun oleh operator sekolah'
    ws.merge_cells('A1:H1'); ws.merge_cells('A2:H2'); ws.merge_cells('A3:H3')
    # header rows 5-6: No | Uraian | Jumlah (Rp) | Rincian Perhitungan (Koefisien, Satuan, Harga Satuan) | Ket | Kode Rekening | [hidden helpers]
    r = 5
    ws.cell(r, 1, 'No'); ws.merge_cells('A5:A6')
    ws.cell(r, 2, 'Uraian Belanja'); ws.merge_cells('B5:B6')
    ws.cell(r, 3, 'Jumlah (Rp)'); ws.merge_cells('C5:C6')
    ws.cell(r, 4, 'Rincian Perhitungan'); ws.merge_cells('D5:F5')
    ws.cell(6, 4, 'Koefisien / Volume'); ws.cell(6, 5, 'Satuan'); ws.cell(6, 6, 'Harga Satuan')
    ws.cell(r, 7, 'Ket.'); ws.merge_cells('G5:G6')
    ws.cell(r, 8, 'Kode Rekening'); ws.merge_cells('H5:H6')
    ws.cell(r, 9, 'vol_hitung'); ws.cell(r, 10, 'harga_angka')
    for rr in (5, 6):
        for j in range(1, 11):
            ws.cell(rr, j).font = B; ws.cell(rr, j).border = BOX; ws.cell(rr, j).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for col in 'IJ': ws.column_dimensions[col].hidden = True
    r = 7; idx = 0
    for sub in rka['subs']:
        ws.cell(r, 1, 'Sub Kegiatan : ' + sub['code'] + ' - ' + sub['name'] + '  |  Output: ' + sub['indikator'] + ' (' + sub['target'] + ')').font = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        for code, name, ls in groups(sub['lines']):
            ws.cell(r, 2, name).font = Font(bold=True, italic=True); ws.cell(r, 8, code).font = B
            ws.cell(r, 3, 'Rp ' + fmt(sum(l['jumlah'] for l in ls))).font = B
            r += 1
            for l in ls:
                idx += 1
                ptxt = price_text(l['price'], idx, fmt, fmt_jt)
                jtxt = 'Rp ' + fmt(l['jumlah']) if idx % 3 else fmt(l['jumlah'])
                nm = l['name'] + (' - ' + l['spec'] if idx % 2 else '')
                kf = koef_eq(l)
                vals = [int(l['no']) if idx % 4 else l['no'], nm, jtxt, kf, l['unit'], ptxt, '', None, l['volume'], l['price'],
                        None]
                for j, v in enumerate(vals, 1):
                    if j <= 10: ws.cell(r, j, v).border = BOX if j <= 8 else Border()
                l['printed'] = dict(no=l['no'], name=l['name'], price=ptxt, jumlah=jtxt, koef=kf, row=r, sheet='RKA 2027')
                r += 1
        r += 1
    ws.cell(r, 2, 'TOTAL').font = B
    ws.cell(r, 3, 'Rp ' + fmt(sum(l['jumlah'] for s in rka['subs'] for l in s['lines']))).font = B
    for j, wdt in enumerate([6, 55, 18, 26, 10, 16, 10, 20], 1): ws.column_dimensions[get_column_letter(j)].width = wdt
    fix_wb_dates(wb, dt); wb.save(path)

# ------------------------------------------------------------- L3
def w_csv(rka, path, fmt):
    def money(v): return fmt(v) + ',00'
    rows = [['LAPORAN RINCIAN BELANJA SUB KEGIATAN - TA 2027'], ['SKPD', rka['opd']], ['Diekspor', '20-11-2026 09:00:00'], []]
    rows.append(['kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_akun', 'nama_akun', 'no_rinci', 'uraian_rinci', 'spesifikasi', 'koefisien', 'volume',
                 'satuan', 'harga_satuan', 'ppn', 'total_harga'])
    for sub in rka['subs']:
        for l in sub['lines']:
            rows.append([sub['code'], sub['name'], l['acct_code'], l['acct_name'], l['no'], l['name'], l['spec'], l['koef'],
                         fmt(l['volume']), l['unit'], money(l['price']), str(l['ppn']), money(l['jumlah'])])
            l['printed'] = dict(no=l['no'], name=l['name'], price=money(l['price']), jumlah=money(l['jumlah']))
    buf = io.StringIO()
    import csv
    wr = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    for row in rows: wr.writerow(row)
    with open(path, 'w', encoding='utf-8-sig', newline='') as f: f.write(buf.getvalue())

# ------------------------------------------------------------- L4
def w_pdf_sipd(rka, path, fmt, dt):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
    st = ParagraphStyle('n', fontName='DV', fontSize=7, leading=8.5)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=7, leading=8.5)
    ti = ParagraphStyle('t', fontName='DVB', fontSize=10, leading=12, alignment=1)
    def money(v): return fmt(v) + ',00'
    story = []
    for si, sub in enumerate(rka['subs']):
        if si: story.append(PageBreak())
        story += [Paragraph('RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH', ti), Paragraph('RINCIAN BELANJA SUB KEGIATAN - Tahun Anggaran 2027', ti), Spacer(1, 3 * mm)]
        info = [('Urusan Pemerintahan', sub['urusan']), ('Program', sub['program']), ('Kegiatan', sub['kegiatan']),
                ('Sub Kegiatan', sub['code'] + ' ' + sub['name']), ('Organisasi', rka['opd']), ('Unit', rka['unit']),
                ('Sumber Pendanaan', 'PAD - Pendapatan Asli Daerah'), ('Lokasi', sub['lokasi']), ('Waktu Pelaksanaan', 'Februari s.d. November'),
                ('Keluaran Sub Kegiatan', sub['indikator'] + ' : ' + sub['target'])]
        t = Table([[Paragraph(a, st), ':', Paragraph(b, st)] for a, b in info], colWidths=[45 * mm, 4 * mm, 220 * mm])
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 7), ('BOX', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 3 * mm)]
        data = [[Paragraph(h, sb) for h in ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah']]]
        sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('FONT', (0, 0), (-1, -1), 'DV', 7), ('ALIGN', (6, 1), (8, -1), 'RIGHT')]
        for code, name, ls in groups(sub['lines']):
            data.append(['', Paragraph(code, sb), Paragraph(name, sb), '', '', '', '', '', Paragraph(money(sum(l['jumlah'] for l in ls)), sb)])
            sty.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.whitesmoke))
            for l in ls:
                data.append([l['no'], '', Paragraph(l['name'], st), Paragraph(l['spec'], st), Paragraph(koef_eq(l), st), l['unit'],
                             money(l['price']), f"{l['ppn']}%", money(l['jumlah'])])
                l['printed'] = dict(no=l['no'], name=l['name'], price=money(l['price']), jumlah=money(l['jumlah']))
        data.append(['', '', Paragraph('JUMLAH', sb), '', '', '', '', '', Paragraph(money(sum(l['jumlah'] for l in sub['lines'])), sb)])
        tb = Table(data, colWidths=[10 * mm, 30 * mm, 62 * mm, 55 * mm, 35 * mm, 18 * mm, 24 * mm, 12 * mm, 26 * mm], repeatRows=1)
        tb.setStyle(TableStyle(sty))
        story.append(tb)
    def footer(c, d):
        c.saveState(); c.setFont('DV', 6.5)
        c.drawString(15 * mm, 8 * mm, 'Dicetak oleh SIPD-RI pada 20/11/2026 09:00:00 - ' + rka['unit'])
        c.drawRightString(282 * mm, 8 * mm, 'Halaman %d' % d.page); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                            title='RKA SKPD 2027', author='SIPD-RI', creator='SIPD-RI', invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

# ------------------------------------------------------------- L5 scan
def w_scan(rka, path, fmt, R, outdir, split=19, fmt_out='PDF'):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 1654, 2339
    f = ImageFont.truetype(FONT, 22); fb = ImageFont.truetype(FONTB, 22); ft = ImageFont.truetype(FONTB, 28)
    sub = rka['subs'][0]
    rows = []
    for code, name, ls in groups(sub['lines']):
        rows.append(('acct', code, name, sum(l['jumlah'] for l in ls)))
        for l in ls: rows.append(('line', l))
    pages = [rows[:split], rows[split:]] if split < len(rows) else [rows]
    cols = [(70, 'No'), (140, 'Uraian'), (760, 'Koefisien'), (1090, 'Harga Satuan (Rp)'), (1340, 'Jumlah (Rp)')]
    xs = [60, 130, 750, 1080, 1330, 1600]
    truth_txt = []; imgs = []
    for pi, prow in enumerate(pages):
        im = Image.new('L', (W, H), 255); d = ImageDraw.Draw(im)
        y = 120
        if pi == 0:
            for t in ['PEMERINTAH KOTA SAMARINDA', rka['opd'].upper()[:60], 'RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027']:
                w = d.textlength(t, font=ft); d.text(((W - w) / 2, y), t, font=ft, fill=0); truth_txt.append(t); y += 44
            y += 20
            for t in ['Sub Kegiatan : ' + sub['code'] + ' ' + sub['name'], 'Keluaran    : ' + sub['indikator'] + ' - ' + sub['target'], 'Lokasi      : ' + sub['lokasi']]:
                d.text((70, y), t, font=f, fill=0); truth_txt.append(t); y += 36
            y += 20
        else:
            t = '(lanjutan) Sub Kegiatan ' + sub['code']; d.text((70, y), t, font=f, fill=0); truth_txt.append(t); y += 50
        d.rectangle([xs[0], y, xs[-1], y + 44], outline=0, width=2)
        for x, h in cols: d.text((x, y + 10), h, font=fb, fill=0)
        truth_txt.append(' | '.join(h for _, h in cols))
        for x in xs[1:-1]: d.line([x, y, x, y + 44], fill=0, width=2)
        y += 44
        for row in prow:
            rh = 46
            if row[0] == 'acct':
                _, code, name, st = row
                txt = code + ' ' + name
                lines_ = [txt] if d.textlength(txt, font=fb) < 930 else [code, name]
                rh = 46 if len(lines_) == 1 else 76
                for k, tt in enumerate(lines_): d.text((140, y + 10 + 30 * k), tt, font=fb, fill=0)
                s = fmt(st); d.text((xs[5] - 12 - d.textlength(s, font=fb), y + 10), s, font=fb, fill=0)
                truth_txt.append(txt + ' | ' + s)
            else:
                l = row[1]
                nm = l['name']; kf = koef_eq(l)
                d.text((75, y + 10), l['no'], font=f, fill=0)
                d.text((140, y + 10), nm, font=f, fill=0)
                ff = f if d.textlength(kf, font=f) < 320 else ImageFont.truetype(FONT, 17)
                d.text((758, y + 12), kf, font=ff, fill=0)
                p = fmt(l['price']); j = fmt(l['jumlah'])
                d.text((xs[4] - 12 - d.textlength(p, font=f), y + 10), p, font=f, fill=0)
                d.text((xs[5] - 12 - d.textlength(j, font=f), y + 10), j, font=f, fill=0)
                truth_txt.append(' | '.join([l['no'], nm, kf, p, j]))
                l['printed'] = dict(no=l['no'], name=nm, price=p, jumlah=j, page=pi + 1)
            d.rectangle([xs[0], y, xs[-1], y + rh], outline=0, width=1)
            for x in xs[1:-1]: d.line([x, y, x, y + rh], fill=0, width=1)
            y += rh
        if pi == len(pages) - 1:
            tot = fmt(sum(l['jumlah'] for l in sub['lines']))
            d.text((140, y + 12), 'JUMLAH', font=fb, fill=0); d.text((xs[5] - 12 - d.textlength(tot, font=fb), y + 12), tot, font=fb, fill=0)
            truth_txt.append('JUMLAH | ' + tot)
            y += 120
            for t in ['Samarinda, 18 November 2026', rka['sign'] + ',', '', '', '( ............................. )']:
                d.text((1100, y), t, font=f, fill=0); y += 36
        t = 'Hal. %d/%d' % (pi + 1, len(pages)); d.text((W - 220, H - 90), t, font=f, fill=0)
        # degrade
        im = im.rotate(R.uniform(0.6, 1.4) * R.choice([-1, 1]), resample=Image.BICUBIC, expand=False, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(im).astype(np.float32)
        rng = np.random.default_rng(42 + pi)
        a = a * 0.88 + 18 + rng.normal(0, 11, a.shape)
        a += np.linspace(0, 14, W)[None, :]
        a = np.clip(a, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(a, 'L'))
    if fmt_out == 'PDF':
        imgs[0].save(path, 'PDF', resolution=200.0, save_all=True, append_images=imgs[1:], quality=70,
                     creationDate=datetime.datetime(2026, 11, 18, 10, 0, 0).timetuple(), modDate=datetime.datetime(2026, 11, 18, 10, 0, 0).timetuple())
    else:
        imgs[0].save(path, 'JPEG', quality=72, dpi=(200, 200))
    os.makedirs(os.path.join(outdir, 'scan_truth'), exist_ok=True)
    with open(os.path.join(outdir, 'scan_truth', rka['stem'] + '.txt'), 'w') as fh: fh.write('\n'.join(truth_txt) + '\n')

# ------------------------------------------------------------- L8 portrait PDF printed from a spreadsheet
def w_pdf_excel(rka, path, fmt, dt):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
    st = ParagraphStyle('n', fontName='DV', fontSize=7, leading=8.5)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=7, leading=8.5)
    story = [Paragraph('FORMULIR RKA-SKPD 2.2.1 (DRAFT) - TAHUN ANGGARAN 2027', ParagraphStyle('t', fontName='DVB', fontSize=10, leading=13)),
             Paragraph(rka['opd'] + ' / ' + rka['unit'], st), Spacer(1, 3 * mm)]
    for si, sub in enumerate(rka['subs']):
        story += [Paragraph('<b>Sub Kegiatan</b> ' + sub['code'] + ' ' + sub['name'], st),
                  Paragraph('Keluaran: ' + sub['indikator'] + ' (' + sub['target'] + '); Lokasi: ' + sub['lokasi'], st), Spacer(1, 2 * mm)]
        data = [[Paragraph(h, sb) for h in ['No', 'Uraian / Kode Rekening', 'Volume', 'Satuan', 'Harga Satuan', 'PPN 11%', 'Jumlah (Rp)']]]
        sty = [('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey), ('FONT', (0, 0), (-1, -1), 'DV', 7), ('ALIGN', (2, 1), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
        for code, name, ls in groups(sub['lines']):
            data.append(['', Paragraph('<b>' + code + '</b> ' + name, st), '', '', '', '', Paragraph('<b>' + fmt(sum(l['jumlah'] for l in ls)) + '</b>', st)])
            for l in ls:
                ppn = fmt(round(l['volume'] * l['price'] * l['ppn'] / 100)) if l['ppn'] else '-'
                data.append([l['no'], Paragraph(l['name'] + ' <i>(' + l['spec'] + ')</i>', st), Paragraph(koef_eq(l).rsplit(' ', 1)[0] if len(l['koef_parts']) > 1 else fmt(l['volume']), st),
                             l['unit'], fmt(l['price']), ppn, fmt(l['jumlah'])])
                l['printed'] = dict(no=l['no'], name=l['name'], price=fmt(l['price']), jumlah=fmt(l['jumlah']))
        data.append(['', Paragraph('<b>Jumlah Sub Kegiatan</b>', st), '', '', '', '', Paragraph('<b>' + fmt(sum(l['jumlah'] for l in sub['lines'])) + '</b>', st)])
        tb = Table(data, colWidths=[9 * mm, 70 * mm, 30 * mm, 16 * mm, 20 * mm, 18 * mm, 24 * mm])
        tb.setStyle(TableStyle(sty)); story += [tb, Spacer(1, 6 * mm)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=10 * mm, rightMargin=10 * mm, title='RKA 2.2.1', author='operator', creator='Microsoft Excel', invariant=1)
    doc.build(story)

# ------------------------------------------------------------- L6
def w_xlsx_multi(rka, path, fmt, dt):
    wb = Workbook(); ws = wb.active; ws.title = 'Rincian Belanja'
    ws['A1'] = 'RINCIAN ANGGARAN BELANJA - RKA SKPD TA 2027'; ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = rka['opd'] + ' / ' + rka['unit']
    hdr = ['Kode Rekening', 'No', 'Uraian Belanja', 'Koefisien', 'Harga Satuan (Rp)', 'Satuan', 'Jumlah (Rp)', 'Keterangan']
    r = 4
    for j, h in enumerate(hdr, 1):
        x = ws.cell(r, j, h); x.font = B; x.border = BOX; x.fill = PatternFill('solid', fgColor='C6E0B4')
    r += 1
    rekap = []
    for sub in rka['subs']:
        ws.cell(r, 1, sub['code']).font = B; ws.cell(r, 3, sub['name'].upper()).font = B
        ws.cell(r, 8, 'Output: ' + sub['indikator'] + ' = ' + sub['target']); r += 1
        for code, name, ls in groups(sub['lines']):
            ws.cell(r, 1, code).font = Font(italic=True, bold=True); ws.cell(r, 3, name).font = Font(italic=True, bold=True); r += 1
            for l in ls:
                kf = koef_eq(l)
                vals = [None, l['no'], l['name'] + ' (' + l['spec'] + ')', kf, l['price'], l['unit'], l['jumlah'], '']
                for j, v in enumerate(vals, 1):
                    x = ws.cell(r, j, v); x.border = BOX
                    if j in (5, 7): x.number_format = '#,##0'
                l['printed'] = dict(no=l['no'], name=l['name'], price=l['price'], jumlah=l['jumlah'], koef=kf, sheet=ws.title, row=r)
                r += 1
            ws.cell(r, 3, 'Sub Total ' + code).font = Font(italic=True); x = ws.cell(r, 7, sum(l['jumlah'] for l in ls)); x.number_format = '#,##0'; r += 1
        t = sum(l['jumlah'] for l in sub['lines'])
        ws.cell(r, 3, 'TOTAL SUB KEGIATAN ' + sub['code']).font = B; x = ws.cell(r, 7, t); x.number_format = '#,##0'; x.font = B; r += 2
        rekap.append((sub['code'], sub['name'], t))
    for j, wdt in enumerate([20, 6, 60, 30, 16, 10, 16, 30], 1): ws.column_dimensions[get_column_letter(j)].width = wdt
    w2 = wb.create_sheet('Rekap')
    w2.append(['Kode', 'Sub Kegiatan', 'Total (Rp)'])
    for row in rekap: w2.append(list(row))
    w2.append(['', 'JUMLAH', sum(x[2] for x in rekap)])
    w3 = wb.create_sheet('Catatan')
    w3['A1'] = 'Catatan operator: harga mengacu SSH/SBU 2027, mohon dicek ulang sebelum finalisasi.'
    fix_wb_dates(wb, dt); wb.save(path)

# ------------------------------------------------------------- L7
def w_docx(rka, path, fmt, dt):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.core_properties.created = dt; doc.core_properties.modified = dt; doc.core_properties.author = 'Bidang PPE'
    doc.styles['Normal'].font.name = 'Arial'; doc.styles['Normal'].font.size = Pt(9)
    doc.add_heading('DRAFT RINCIAN ANGGARAN BELANJA TA 2027', level=1)
    doc.add_paragraph(rka['opd'] + '\n' + rka['unit'])
    for sub in rka['subs']:
        doc.add_heading('Sub Kegiatan ' + sub['code'] + ' ' + sub['name'], level=2)
        doc.add_paragraph('Program: ' + sub['program'] + '\nKegiatan: ' + sub['kegiatan'] + '\nIndikator keluaran: ' + sub['indikator'] +
                          ' — target ' + sub['target'] + '\nLokasi: ' + sub['lokasi'])
        t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
        for j, h in enumerate(['No', 'Uraian', 'Rincian Perhitungan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']):
            t.rows[0].cells[j].text = h
            for p in t.rows[0].cells[j].paragraphs:
                for rn in p.runs: rn.bold = True
        for code, name, ls in groups(sub['lines']):
            row = t.add_row().cells
            m = row[0].merge(row[3]); m.text = code + '  ' + name
            row[4].text = fmt(sum(l['jumlah'] for l in ls))
            for c in (m, row[4]):
                for p in c.paragraphs:
                    for rn in p.runs: rn.bold = True
            for l in ls:
                row = t.add_row().cells
                nm = l['name'] + ' (' + l['spec'] + ')'
                kf = koef_eq(l)
                for j, v in enumerate([l['no'], nm, kf, fmt(l['price']), fmt(l['jumlah'])]): row[j].text = v
                l['printed'] = dict(no=l['no'], name=l['name'], price=fmt(l['price']), jumlah=fmt(l['jumlah']), koef=kf)
        row = t.add_row().cells; m = row[0].merge(row[3]); m.text = 'JUMLAH SUB KEGIATAN'; row[4].text = fmt(sum(l['jumlah'] for l in sub['lines']))
        doc.add_paragraph('')
    doc.save(path)

# ------------------------------------------------------------- catalogues
def w_ssh(SSH, path, fmt, dt):
    wb = Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    ws['A1'] = 'LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA'; ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027'
    ws['A3'] = 'Harga satuan merupakan batas tertinggi dan BELUM termasuk Pajak Pertambahan Nilai (PPN)'
    for c in ('A1', 'A2'): ws[c].font = Font(bold=True, size=12)
    for i in (1, 2, 3): ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=7)
    ws.cell(5, 1, 'No'); ws.cell(5, 2, 'Kode Barang'); ws.cell(5, 3, 'Uraian Barang'); ws.cell(5, 4, 'Spesifikasi'); ws.cell(5, 5, 'Satuan')
    ws.cell(5, 6, 'Harga Satuan (Rp)'); ws.cell(6, 6, 'TA 2027'); ws.cell(5, 7, 'Keterangan')
    for col in 'ABCDEG': ws.merge_cells(f'{col}5:{col}6')
    for rr in (5, 6):
        for j in range(1, 8): ws.cell(rr, j).font = B; ws.cell(rr, j).border = BOX; ws.cell(rr, j).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 7; cat = None; n = 0; roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV']; ci = 0
    for it in SSH:
        if it['cat'] != cat:
            cat = it['cat']; ws.cell(r, 1, roman[ci] + '. ' + cat).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ci += 1; r += 1
        n += 1
        vals = [n, it['kode'], it['name'], it['spec'], it['unit'], it['price'], '']
        for j, v in enumerate(vals, 1):
            x = ws.cell(r, j, v); x.border = BOX
            if j == 6: x.number_format = '#,##0'
        it['ssh_no'] = n; r += 1
    for j, wdt in enumerate([6, 20, 44, 44, 10, 16, 14], 1): ws.column_dimensions[get_column_letter(j)].width = wdt
    fix_wb_dates(wb, dt); wb.save(path)

def w_sbu(SBU, path, fmt, dt):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sb = ParagraphStyle('b', fontName='DVB', fontSize=7.5, leading=9)
    ti = ParagraphStyle('t', fontName='DVB', fontSize=10.5, leading=13, alignment=1)
    story = [Paragraph('LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA<br/>STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', ti), Spacer(1, 3 * mm),
             Paragraph('Besaran merupakan batas tertinggi. Honorarium dikenakan PPh sesuai ketentuan; tidak dikenakan PPN.', st), Spacer(1, 3 * mm)]
    data = [[Paragraph(h, sb) for h in ['No', 'Uraian', 'Keterangan', 'Satuan', 'Besaran (Rp)']]]
    sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey), ('ALIGN', (4, 1), (4, -1), 'RIGHT'),
           ('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    grp = None; n = 0
    for it in SBU:
        if it['cat'] != grp:
            grp = it['cat']; data.append([Paragraph(grp, sb), '', '', '', '']); sty.append(('SPAN', (0, len(data) - 1), (-1, len(data) - 1)))
        n += 1
        data.append([str(n), Paragraph(it['name'], st), Paragraph(it['spec'], st), it['unit'], fmt(it['price'])])
        it['sbu_no'] = n
    tb = Table(data, colWidths=[10 * mm, 70 * mm, 60 * mm, 20 * mm, 25 * mm], repeatRows=1); tb.setStyle(TableStyle(sty))
    story.append(tb)
    doc = SimpleDocTemplate(path, pagesize=A4, title='SBU 2027', author='BPKAD Kota Samarinda', invariant=1)
    doc.build(story)

def fix_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                import re
                data = re.sub(rb'(<dcterms:(modified|created)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-11-20T09:00:00Z\g<3>', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def write_all(RKAS, DATA, OUT, dt, SSH, SBU, ACCTS, SSH_FILE, SBU_FILE, fmt, fmt_jt, R):
    w_ssh(SSH, os.path.join(DATA, SSH_FILE), fmt, dt); fix_zip(os.path.join(DATA, SSH_FILE))
    w_sbu(SBU, os.path.join(DATA, SBU_FILE), fmt, dt)
    for rka in RKAS:
        for s in rka['subs']:
            for l in s['lines']: l['_fmt'] = fmt
        p = os.path.join(DATA, rka['stem'] + '.' + rka['ext'])
        L = rka['layout']
        if L == 'xlsx_sipd_sheets': w_xlsx_sipd_sheets(rka, p, fmt, dt)
        elif L == 'xlsx_text_prices_hidden_helpers': w_xlsx_text_prices(rka, p, fmt, fmt_jt, dt)
        elif L == 'csv_flat_export': w_csv(rka, p, fmt)
        elif L == 'pdf_sipd_print': w_pdf_sipd(rka, p, fmt, dt)
        elif L == 'scan_image_pdf': rka['sign'] = 'Lurah Sidodadi'; w_scan(rka, p, fmt, R, OUT)
        elif L == 'scan_jpg_single_page': rka['sign'] = 'Inspektur Pembantu Wilayah II'; w_scan(rka, p, fmt, R, OUT, split=999, fmt_out='JPEG')
        elif L == 'pdf_excel_print_portrait': w_pdf_excel(rka, p, fmt, dt)
        elif L == 'xlsx_multi_subkeg_subtotals': w_xlsx_multi(rka, p, fmt, dt)
        elif L == 'docx_tables': w_docx(rka, p, fmt, dt)
        if rka['ext'] in ('xlsx', 'docx'): fix_zip(p)
        for s in rka['subs']:
            for l in s['lines']: l.pop('_fmt', None)
