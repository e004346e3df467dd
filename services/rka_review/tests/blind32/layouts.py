"""File writers for review32 (catalogues + 7 RKA layouts)."""
import csv, io, math, os, random
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from catalog_data import ACCOUNTS
from generate import fmt, koef_text, UNIT_EXPAND, FIXED_DT

THIN = Side(style='thin'); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)
CATNAME = {'kertas': 'KERTAS DAN COVER', 'atk': 'ALAT TULIS KANTOR', 'komputer': 'BAHAN KOMPUTER', 'listrik': 'ALAT LISTRIK DAN ELEKTRONIK',
           'kebersihan': 'ALAT/BAHAN KEBERSIHAN', 'kimia': 'BAHAN KIMIA', 'lainnya': 'BAHAN LAINNYA', 'bahanmakan': 'BAHAN MAKANAN',
           'bbm': 'BAHAN BAKAR DAN PELUMAS', 'mamin_rapat': 'MAKANAN DAN MINUMAN', 'bangunan': 'BAHAN BANGUNAN DAN KONSTRUKSI',
           'damkar': 'SUKU CADANG ALAT PEMADAM KEBAKARAN', 'pakaian': 'PAKAIAN KHUSUS', 'pdl': 'PAKAIAN DINAS LAPANGAN', 'pakan': 'PAKAN',
           'souvenir': 'SOUVENIR/CENDERA MATA', 'spanduk': 'SPANDUK/BANNER/BALIHO', 'modal_pc': 'PERALATAN KOMPUTER (ASET)',
           'modal_printer': 'PERALATAN KOMPUTER (ASET)', 'modal_rt': 'ALAT RUMAH TANGGA (ASET)', 'modal_ac': 'ALAT PENDINGIN (ASET)',
           'modal_mebel': 'MEBEL (ASET)', 'modal_kom': 'ALAT KOMUNIKASI (ASET)'}


def fix_zip(path):
    """Make an xlsx byte-stable: fixed zip timestamps and fixed core.xml dates."""
    import zipfile, re as _re
    src = zipfile.ZipFile(path); items = [(i.filename, src.read(i.filename)) for i in src.infolist()]; src.close()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-20T09:00:00Z', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_props(wb):
    wb.properties.creator = 'SIPD-export'; wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT


def write_ssh(path, rows):
    wb = openpyxl.Workbook(); set_props(wb); ws = wb.active; ws.title = 'SSH 2027'
    ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'; ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG'
    ws['A3'] = 'TAHUN ANGGARAN 2027 (Lampiran I Peraturan Wali Kota)'; ws['A4'] = 'Harga belum termasuk PPN; merupakan batas tertinggi. Acuan penganggaran: kolom TA 2027.'
    for c in ('A1', 'A2', 'A3'): ws[c].font = B
    for i in range(1, 5): ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    hdr = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan (Rp)', None, 'Keterangan']
    for j, h in enumerate(hdr, 1):
        ws.cell(6, j, h).font = B
    ws.cell(7, 6, 'TA 2026').font = B; ws.cell(7, 7, 'TA 2027').font = B
    for j in (1, 2, 3, 4, 5, 8): ws.merge_cells(start_row=6, start_column=j, end_row=7, end_column=j)
    ws.merge_cells(start_row=6, start_column=6, end_row=6, end_column=7)
    r = 8; cur = None; n = 0; letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'; ci = -1
    for row in rows:
        if row['acct'] != cur:
            cur = row['acct']; ci += 1
            ws.cell(r, 1, f"{letters[ci % 26]}{'' if ci < 26 else ci // 26}").font = B
            ws.cell(r, 2, CATNAME.get(cur, cur.upper())).font = B
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8); r += 1
        n += 1
        old = int(round(row['price'] / 1.04 / 500.0) * 500) if row['price'] > 2000 else row['price']
        vals = [n, row['kode'], row['uraian'], row['spek'], row['unit'], old, row['price'], '']
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            if j in (6, 7): c.number_format = '#,##0'
        r += 1
    for j, w in enumerate([6, 20, 34, 46, 10, 14, 14, 12], 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path); fix_zip(path)


def write_sbu(path, rows):
    c = canvas.Canvas(path, pagesize=A4, invariant=1); W, H = A4
    c.setTitle('Standar Biaya Umum Kota Samarinda TA 2027')
    cols = [(30, 'No'), (62, 'Kode'), (170, 'Uraian'), (150, 'Spesifikasi / Keterangan'), (45, 'Satuan'), (70, 'Besaran (Rp)')]
    x0 = 36; y = H - 50
    def header(y):
        c.setFont('Helvetica-Bold', 7.5); x = x0
        for w, t in cols:
            c.rect(x, y - 12, w, 14); c.drawString(x + 2, y - 8, t); x += w
        return y - 12
    c.setFont('Helvetica-Bold', 11); c.drawCentredString(W / 2, y, 'STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA'); y -= 14
    c.drawCentredString(W / 2, y, 'TAHUN ANGGARAN 2027'); y -= 12
    c.setFont('Helvetica', 7.5); c.drawCentredString(W / 2, y, 'Besaran merupakan batas tertinggi, tidak termasuk PPN/pajak daerah'); y -= 16
    y = header(y); cur = None; n = 0; page = 1
    groups = {'SBU.01': 'HONORARIUM', 'SBU.02': 'KONSUMSI', 'SBU.03': 'PERJALANAN DINAS', 'SBU.04': 'SEWA', 'SBU.05': 'JASA', 'SBU.06': 'PENGEMBANGAN SDM'}
    for row in rows:
        g = row['kode'][:6]
        lines_u = simpleSplit(row['uraian'], 'Helvetica', 7, 166); lines_s = simpleSplit(row['spek'], 'Helvetica', 7, 146)
        h = 10 * max(len(lines_u), len(lines_s)) + 2
        if y - h - 14 < 50:
            c.setFont('Helvetica', 7); c.drawRightString(W - 36, 30, f'Halaman {page}'); c.showPage(); page += 1; y = H - 50; y = header(y)
        if g != cur:
            cur = g; c.setFont('Helvetica-Bold', 7.5); c.rect(x0, y - 12, sum(w for w, _ in cols), 12)
            c.drawString(x0 + 2, y - 9, f"{g} {groups[g]}"); y -= 12
        n += 1; c.setFont('Helvetica', 7); x = x0
        vals = [[str(n)], [row['kode']], lines_u, lines_s, [row['unit']], [fmt(row['price'])]]
        for (w, _), v in zip(cols, vals):
            c.rect(x, y - h, w, h)
            for k, t in enumerate(v):
                if _ == 'Besaran (Rp)': c.drawRightString(x + w - 3, y - 9 - 10 * k, t)
                else: c.drawString(x + 2, y - 9 - 10 * k, t)
            x += w
        y -= h
    y -= 14; c.setFont('Helvetica', 6.5)
    c.drawString(x0, y, 'Keterangan satuan: OJ = orang/jam; OK = orang/kali; OKeg = orang/kegiatan; OB = orang/bulan; OH = orang/hari; OM = orang/malam; UH = unit/hari; OP = orang/paket.')
    c.drawRightString(W - 36, 30, f'Halaman {page}'); c.save()


def groups_of(lines):
    out = []
    for L in lines:
        if not out or out[-1][0] != L['acct']: out.append((L['acct'], []))
        out[-1][1].append(L)
    return out


def info_rows(F, s):
    return [('Urusan Pemerintahan', F['urusan']), ('Bidang Urusan', F['bidang']), ('Program', F['program']), ('Kegiatan', s['keg']),
            ('Sub Kegiatan', f"{s['code']} - {s['name']}"), ('Organisasi', F['org']), ('Lokasi', 'Kota Samarinda'), ('Sumber Pendanaan', 'DAU - Dana Alokasi Umum')]


# ---------------- L1: SIPD-like xlsx, sheet per sub-kegiatan, 2-row merged header, PPN ----------------
def w_sipd_sheets(path, F, subs, rng):
    wb = openpyxl.Workbook(); set_props(wb); wb.remove(wb.active)
    for s, lines in subs:
        ws = wb.create_sheet(s['sheet'])
        for i, t in enumerate(['RENCANA KERJA DAN ANGGARAN', 'SATUAN KERJA PERANGKAT DAERAH', 'PEMERINTAH KOTA SAMARINDA', 'TAHUN ANGGARAN 2027'], 1):
            ws.cell(i, 1, t).font = B; ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)
        r = 6
        for k, v in info_rows(F, s):
            ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); r += 1
        ws.cell(r, 1, 'Indikator').font = B; ws.cell(r, 4, 'Tolok Ukur').font = B; ws.cell(r, 8, 'Target').font = B; r += 1
        ws.cell(r, 1, 'Keluaran'); ws.cell(r, 4, s['ind']); ws.cell(r, 8, s['target']); r += 2
        h1 = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, None, 'Jumlah (Rp)']
        h2 = [None, None, None, None, 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', None]
        for j in range(10):
            if h1[j]: ws.cell(r, j + 1, h1[j]).font = B
            if h2[j]: ws.cell(r + 1, j + 1, h2[j]).font = B
            ws.cell(r, j + 1).border = BOX; ws.cell(r + 1, j + 1).border = BOX
        for j in (1, 2, 3, 4, 10): ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9)
        r += 2; tot = 0
        for acct, ls in groups_of(lines):
            code, name, _ = ACCOUNTS[acct]; sub = sum(L['jumlah'] for L in ls); tot += sub
            ws.cell(r, 2, code).font = B; ws.cell(r, 3, name).font = B; c = ws.cell(r, 10, sub); c.number_format = '#,##0'; c.font = B; r += 1
            for L in ls:
                vals = [L['no'], None, L['uraian'], L['spek'], koef_text(L['parts']), L['volume'], UNIT_EXPAND.get(L['unit'], L['unit']), L['price'], L['ppn'], L['jumlah']]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j in (8, 10): c.number_format = '#,##0'
                L['printed'] = dict(price=L['price'], jumlah=L['jumlah'], sheet=s['sheet']); r += 1
        ws.cell(r, 3, 'JUMLAH TOTAL SUB KEGIATAN').font = B; c = ws.cell(r, 10, tot); c.number_format = '#,##0'; c.font = B
        for j, w in enumerate([7, 19, 46, 36, 20, 8, 13, 13, 7, 15], 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path); fix_zip(path)


# ---------------- L2: xlsx, unusual column order, text prices, inline koef, hidden helper columns, several subkeg per sheet ----------------
def rp(p): return 'Rp ' + fmt(p)


def w_mixed(path, F, subs, rng):
    wb = openpyxl.Workbook(); set_props(wb); ws = wb.active; ws.title = 'RKA 2027'
    ws['A1'] = 'DINAS PERIKANAN KOTA SAMARINDA'; ws['A2'] = 'RINCIAN BELANJA - RANCANGAN RKA TA 2027 (draft ke-2)'; ws['A3'] = F['program']
    for c in ('A1', 'A2'): ws[c].font = B
    hdr = ['Kode Rekening', 'Uraian Belanja', 'Jumlah (Rp)', 'Harga Satuan', 'Koefisien', 'Vol', 'Sat', 'h_q1', 'h_s1', 'h_q2', 'h_s2', 'No']
    for j, h in enumerate(hdr, 1): ws.cell(5, j, h).font = B; ws.cell(5, j).fill = PatternFill('solid', fgColor='DDEBF7')
    r = 6; n = 0
    for s, lines in subs:
        ws.cell(r, 1, 'SUB KEGIATAN').font = B; ws.cell(r, 2, f"{s['code']} {s['name']}").font = B; r += 1
        ws.cell(r, 2, f"Keluaran: {s['ind']} - target {s['target']}"); r += 1
        stot = 0
        for acct, ls in groups_of(lines):
            code, name, _ = ACCOUNTS[acct]
            ws.cell(r, 1, code).font = B; ws.cell(r, 2, name).font = B; c = ws.cell(r, 3, sum(L['jumlah'] for L in ls)); c.number_format = '#,##0'; r += 1
            for L in ls:
                name_cell = L['uraian'] + (f" ({L['spek']})" if L['spek'] else '')
                p = L['parts']
                vals = [None, name_cell, L['jumlah'], rp(L['price']), koef_text(p, 'short'), L['volume'], UNIT_EXPAND.get(L['unit'], L['unit']),
                        p[0][0], p[0][1], p[1][0] if len(p) > 1 else None, p[1][1] if len(p) > 1 else None, L['no']]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    if j == 3: c.number_format = '#,##0'
                L['printed'] = dict(price=rp(L['price']), jumlah=L['jumlah']); r += 1
            stot += sum(L['jumlah'] for L in ls)
        ws.cell(r, 2, 'Subtotal sub kegiatan').font = B; c = ws.cell(r, 3, stot); c.number_format = '#,##0'; c.font = B; r += 2
    for col in 'HIJK': ws.column_dimensions[col].hidden = True
    for j, w in enumerate([20, 60, 15, 15, 18, 7, 12, 5, 5, 5, 5, 5], 1):
        if j < 8 or j > 11: ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path); fix_zip(path)


# ---------------- L3: CSV export, semicolon, Indonesian decimals ----------------
def w_csv(path, F, subs, rng):
    buf = io.StringIO(); w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
    w.writerow(['kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_rekening', 'nama_rekening', 'no_urut', 'uraian', 'spesifikasi', 'koefisien',
                'volume', 'satuan', 'harga_satuan', 'ppn_persen', 'total'])
    for s, lines in subs:
        for L in lines:
            code, name, _ = ACCOUNTS[L['acct']]
            ps = fmt(L['price'], True); js = fmt(L['jumlah'], True)
            w.writerow([s['code'], s['name'], code, name, L['no'], L['uraian'], L['spek'], koef_text(L['parts']), str(L['volume']),
                        UNIT_EXPAND.get(L['unit'], L['unit']), ps, str(L['ppn']), js])
            L['printed'] = dict(price=ps, jumlah=js)
    open(path, 'w', encoding='utf-8-sig', newline='').write(buf.getvalue())


# ---------------- L4: SIPD-like born-digital PDF, repeated headers, account rows, PPN ----------------
def w_sipd_pdf(path, F, subs, rng):
    PS = landscape(A4); W, H = PS
    c = canvas.Canvas(path, pagesize=PS, invariant=1); c.setTitle('RKA SKPD 2.2.1 - ' + F['opd'])
    cols = [(24, 'No'), (80, 'Kode Rekening'), (205, 'Uraian'), (150, 'Spesifikasi'), (82, 'Koefisien'), (34, 'Vol'), (56, 'Satuan'),
            (62, 'Harga Satuan'), (26, 'PPN'), (74, 'Jumlah (Rp)')]
    x0 = 24; TW = sum(w for w, _ in cols); page = [1]
    def footer():
        c.setFont('Helvetica', 6.5); c.drawString(x0, 18, 'Dicetak dari SIPD-RI pada 20-11-2026 09:00 | RKA-SKPD 2.2.1'); c.drawRightString(W - 24, 18, f'Hal. {page[0]}')
    def thead(y):
        c.setFont('Helvetica-Bold', 6.8); x = x0
        for w, t in cols:
            c.setFillGray(0.88); c.rect(x, y - 14, w, 14, fill=1); c.setFillGray(0); c.drawString(x + 2, y - 10, t); x += w
        return y - 14
    for s, lines in subs:
        y = H - 30
        c.setFont('Helvetica-Bold', 10); c.drawCentredString(W / 2, y, 'RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH'); y -= 12
        c.drawCentredString(W / 2, y, 'PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'); y -= 16
        c.setFont('Helvetica', 7.5)
        for k, v in info_rows(F, s) + [('Indikator Keluaran', f"{s['ind']} : {s['target']}")]:
            c.drawString(x0, y, k); c.drawString(x0 + 95, y, ': ' + v); y -= 10
        y -= 6; y = thead(y)
        for acct, ls in groups_of(lines):
            code, name, _ = ACCOUNTS[acct]; sub = sum(L['jumlah'] for L in ls)
            items = [('acct', None)] + [('line', L) for L in ls]
            for typ, L in items:
                if typ == 'acct':
                    h = 12
                else:
                    sp = simpleSplit(L['spek'] or '-', 'Helvetica', 6.3, 146); h = max(12, 9 * len(sp) + 3)
                if y - h < 32:
                    footer(); c.showPage(); page[0] += 1; y = H - 30; y = thead(y)
                x = x0
                if typ == 'acct':
                    c.setFont('Helvetica-Bold', 6.8); c.rect(x0, y - h, TW, h)
                    c.drawString(x0 + 26, y - 9, code); c.drawString(x0 + 106, y - 9, name); c.drawRightString(x0 + TW - 3, y - 9, fmt(sub))
                else:
                    c.setFont('Helvetica', 6.3)
                    vals = [L['no'], '', L['uraian'], sp, koef_text(L['parts']), str(L['volume']), UNIT_EXPAND.get(L['unit'], L['unit']),
                            fmt(L['price']), str(L['ppn']), fmt(L['jumlah'])]
                    for (w, t), v in zip(cols, vals):
                        c.rect(x, y - h, w, h)
                        if isinstance(v, list):
                            for k, tt in enumerate(v): c.drawString(x + 2, y - 8 - 9 * k, tt)
                        elif t in ('Harga Satuan', 'Jumlah (Rp)', 'Vol', 'PPN'): c.drawRightString(x + w - 2, y - 8, v)
                        else: c.drawString(x + 2, y - 8, v)
                        x += w
                    L['printed'] = dict(price=fmt(L['price']), jumlah=fmt(L['jumlah']), page=page[0])
                y -= h
        tot = sum(L['jumlah'] for L in lines)
        if y - 14 < 32: footer(); c.showPage(); page[0] += 1; y = H - 30
        c.setFont('Helvetica-Bold', 7); c.rect(x0, y - 13, TW, 13); c.drawString(x0 + 106, y - 9, 'JUMLAH'); c.drawRightString(x0 + TW - 3, y - 9, fmt(tot))
        footer(); c.showPage(); page[0] += 1
    c.save()


# ---------------- L5: scan of a printed RKA page (image-only PDF) ----------------
def w_scan(path, F, subs, rng):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    ROOT = os.path.dirname(os.path.dirname(path))
    fr = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 19)
    fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 19)
    ft = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 26)
    Wp, Hp = 2339, 1654
    s, lines = subs[0]
    img = Image.new('L', (Wp, Hp), 255); d = ImageDraw.Draw(img); txt = []
    y = 70
    for t in ['RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027', 'KELURAHAN RAWA MAKMUR - KECAMATAN PALARAN']:
        w = d.textlength(t, font=ft); d.text(((Wp - w) / 2, y), t, font=ft, fill=0); txt.append(t); y += 38
    y += 10
    for k, v in [('Program', F['program']), ('Sub Kegiatan', f"{s['code']} - {s['name']}"), ('Keluaran', f"{s['ind']} : {s['target']}"), ('Lokasi', 'Kel. Rawa Makmur, Kec. Palaran')]:
        d.text((120, y), k, font=fr, fill=0); d.text((330, y), ': ' + v, font=fr, fill=0); txt.append(f'{k} : {v}'); y += 30
    y += 14
    cols = [(70, 'No'), (820, 'Uraian'), (330, 'Koefisien'), (230, 'Satuan'), (260, 'Harga Satuan (Rp)'), (300, 'Jumlah (Rp)')]
    x0 = 120; TW = sum(w for w, _ in cols); RH = 33
    x = x0
    d.rectangle([x0, y, x0 + TW, y + RH], outline=0, width=2)
    for w, t in cols:
        d.line([x, y, x, y + RH], fill=0, width=2); d.text((x + 8, y + 6), t, font=fb, fill=0); x += w
    txt.append(' | '.join(t for _, t in cols)); y += RH
    for acct, ls in groups_of(lines):
        code, name, _ = ACCOUNTS[acct]; sub = sum(L['jumlah'] for L in ls)
        d.rectangle([x0, y, x0 + TW, y + RH], outline=0, width=1)
        d.text((x0 + 78, y + 6), f'{code}  {name}', font=fb, fill=0); t = fmt(sub); d.text((x0 + TW - 10 - d.textlength(t, font=fb), y + 6), t, font=fb, fill=0)
        txt.append(f'{code} {name} {fmt(sub)}'); y += RH
        for L in ls:
            vals = [L['no'], L['uraian'], koef_text(L['parts']), UNIT_EXPAND.get(L['unit'], L['unit']), fmt(L['price']), fmt(L['jumlah'])]
            x = x0; d.rectangle([x0, y, x0 + TW, y + RH], outline=0, width=1)
            for (w, t), v in zip(cols, vals):
                d.line([x, y, x, y + RH], fill=0, width=1)
                if t.startswith(('Harga', 'Jumlah')): d.text((x + w - 10 - d.textlength(v, font=fr), y + 6), v, font=fr, fill=0)
                else: d.text((x + 8, y + 6), v, font=fr, fill=0)
                x += w
            txt.append(' | '.join(vals)); L['printed'] = dict(price=fmt(L['price']), jumlah=fmt(L['jumlah']), page=1)
            y += RH
    tot = sum(L['jumlah'] for L in lines)
    d.rectangle([x0, y, x0 + TW, y + RH], outline=0, width=2); d.text((x0 + 78, y + 6), 'JUMLAH', font=fb, fill=0)
    t = fmt(tot); d.text((x0 + TW - 10 - d.textlength(t, font=fb), y + 6), t, font=fb, fill=0); txt.append(f'JUMLAH {t}'); y += RH + 40
    d.text((1650, y), 'Samarinda, 20 November 2026', font=fr, fill=0); d.text((1650, y + 30), 'Lurah Rawa Makmur,', font=fr, fill=0)
    d.text((1650, y + 130), '( ............................ )', font=fr, fill=0)
    # degrade: rotate, blur, noise, uneven lighting, jpeg
    nr = random.Random(77)
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=255).filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.float32)
    gen = np.random.default_rng(77)
    a = a * np.linspace(0.93, 1.0, Wp)[None, :] - 12 * np.linspace(1, 0, Hp)[:, None]
    a += gen.normal(0, 14, a.shape)
    spk = gen.random(a.shape) < 0.0015; a[spk] = 40
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO(); img.save(buf, 'JPEG', quality=55); buf.seek(0); img = Image.open(buf).convert('L')
    img.save(path, 'PDF', resolution=200.0, creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), title='scan_rka_kel_rawa_makmur')
    open(os.path.join(ROOT, 'scan_truth.txt'), 'w').write('\n'.join(txt) + '\n')
    return ['scan_truth.txt (outside data/)']


# ---------------- L6: PDF table without ruling, continues on next page without header ----------------
def w_noruling(path, F, subs, rng):
    W, H = A4; c = canvas.Canvas(path, pagesize=A4, invariant=1); c.setTitle('Rincian anggaran Dinas Kebudayaan 2027')
    xs = [30, 52, 228, 345, 380, 430, 495]  # No, Uraian, Spesifikasi, Vol, Sat, Harga(right@), Jumlah(right@)
    y = H - 40; page = 1
    c.setFont('Helvetica-Bold', 10); c.drawString(30, y, 'DINAS KEBUDAYAAN KOTA SAMARINDA'); y -= 13
    c.setFont('Helvetica', 8.5); c.drawString(30, y, 'Lampiran Nota Dinas - Rincian Kebutuhan Anggaran Tahun 2027 (bahan pembahasan TAPD)'); y -= 20
    c.setFont('Helvetica-Bold', 7.5)
    for x, t in zip(xs, ['No', 'Uraian', 'Spesifikasi', 'Vol', 'Satuan', 'Harga Satuan', 'Jumlah']):
        if t in ('Harga Satuan', 'Jumlah'): c.drawRightString(x + (50 if t == 'Harga Satuan' else 68), y, t)
        else: c.drawString(x, y, t)
    y -= 14; rows_on_page = 0
    def newpage():
        nonlocal y, page, rows_on_page
        c.setFont('Helvetica', 7); c.drawCentredString(W / 2, 22, f'- {page} -'); c.showPage(); page += 1; y = H - 40; rows_on_page = 0
    for s, lines in subs:
        if y < 80: newpage()
        c.setFont('Helvetica-Bold', 8); c.drawString(30, y, f"Sub Kegiatan {s['code']} {s['name']}"); y -= 11
        c.setFont('Helvetica-Oblique', 7); c.drawString(30, y, f"Output: {s['ind']} ({s['target']})"); y -= 14
        for acct, ls in groups_of(lines):
            code, name, _ = ACCOUNTS[acct]
            if y < 60: newpage()
            c.setFont('Helvetica-Bold', 7.2); c.drawString(52, y, f'{code}  {name}'); c.drawRightString(563, y, fmt(sum(L['jumlah'] for L in ls))); y -= 12
            for L in ls:
                if y < 50 or rows_on_page >= 30: newpage()
                sp = simpleSplit(L['spek'], 'Helvetica', 6.5, 112) or ['']
                c.setFont('Helvetica', 7)
                c.drawString(xs[0], y, L['no']); c.drawString(xs[1], y, L['uraian'] if len(L['uraian']) < 44 else L['uraian'])
                c.setFont('Helvetica', 6.5)
                for k, t in enumerate(sp[:2]): c.drawString(xs[2], y - 8 * k, t)
                c.setFont('Helvetica', 7)
                c.drawRightString(xs[3] + 25, y, str(L['volume'])); c.drawString(xs[4], y, UNIT_EXPAND.get(L['unit'], L['unit']))
                c.drawRightString(xs[5] + 50, y, fmt(L['price'])); c.drawRightString(xs[6] + 68, y, fmt(L['jumlah']))
                L['printed'] = dict(price=fmt(L['price']), jumlah=fmt(L['jumlah']), page=page)
                y -= 8 * max(1, min(2, len(sp))) + 5; rows_on_page += 1
        c.setFont('Helvetica-Bold', 7.5); c.drawString(52, y, 'Jumlah sub kegiatan'); c.drawRightString(563, y, fmt(sum(L['jumlah'] for L in lines))); y -= 22
    c.setFont('Helvetica', 7); c.drawCentredString(W / 2, 22, f'- {page} -'); c.save()


# ---------------- L7: xlsx, volume and unit in one cell, prices as "1,2 jt"/"850 rb" ----------------
def short_price(p):
    if p >= 1000000 and p % 10000 == 0:
        return f"{p / 1e6:.2f}".rstrip('0').rstrip('.').replace('.', ',') + ' jt'
    if 1000 <= p < 1000000 and p % 1000 == 0:
        return f"{p // 1000} rb"
    return 'Rp ' + fmt(p)


def w_volunit(path, F, subs, rng):
    wb = openpyxl.Workbook(); set_props(wb); ws = wb.active; ws.title = 'Rincian Belanja'
    ws['A1'] = 'SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA'; ws['A1'].font = B
    ws['A2'] = 'Usulan Rincian Belanja Regu Patroli / Bidang Trantibum TA 2027'; ws['A3'] = '(harga dalam Rupiah; rb = ribu, jt = juta)'
    r = 5
    for s, lines in subs:
        ws.cell(r, 1, f"{s['code']}  {s['name']}").font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        ws.cell(r, 1, f"Target keluaran: {s['target']} ({s['ind']})"); r += 1
        for j, h in enumerate(['No', 'Uraian', 'Spesifikasi', 'Vol / Sat', 'Harga', 'Jumlah', 'Rek.'], 1):
            ws.cell(r, j, h).font = B; ws.cell(r, j).border = BOX
        r += 1
        for acct, ls in groups_of(lines):
            code, name, _ = ACCOUNTS[acct]
            ws.cell(r, 2, name).font = Font(bold=True, italic=True); ws.cell(r, 7, code).font = B
            c = ws.cell(r, 6, sum(L['jumlah'] for L in ls)); c.number_format = '#,##0'; r += 1
            for L in ls:
                vs = f"{L['volume']} {UNIT_EXPAND.get(L['unit'], L['unit']).lower()}"
                vals = [L['no'], L['uraian'], L['spek'], vs, short_price(L['price']), L['jumlah'], code]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j == 6: c.number_format = '#,##0'
                L['printed'] = dict(price=short_price(L['price']), jumlah=L['jumlah'], volunit=vs); r += 1
        ws.cell(r, 2, 'TOTAL').font = B; c = ws.cell(r, 6, sum(L['jumlah'] for L in lines)); c.number_format = '#,##0'; c.font = B; r += 3
    for j, w in enumerate([6, 48, 38, 18, 12, 15, 20], 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path); fix_zip(path)


LAYOUTS = {
    'xlsx_sipd_sheet_per_subkeg': dict(writer=w_sipd_sheets, ppn=True, koef=True, numfmt=lambda si, j, n: f"{si + 1}.{j + 1}"),
    'xlsx_mixed_columns_hidden_helpers': dict(writer=w_mixed, ppn=False, koef=True, numfmt=lambda si, j, n: str(n)),
    'csv_export_semicolon': dict(writer=w_csv, ppn=True, koef=True, numfmt=lambda si, j, n: str(n)),
    'pdf_sipd_print': dict(writer=w_sipd_pdf, ppn=True, koef=True, numfmt=lambda si, j, n: str(n)),
    'scan_image_pdf': dict(writer=w_scan, ppn=False, koef=True, numfmt=lambda si, j, n: str(n)),
    'pdf_no_ruling_continued': dict(writer=w_noruling, ppn=False, koef=False, numfmt=lambda si, j, n: str(n)),
    'xlsx_volume_unit_in_one_cell': dict(writer=w_volunit, ppn=False, koef=False, numfmt=lambda si, j, n: f"{n:02d}"),
}
