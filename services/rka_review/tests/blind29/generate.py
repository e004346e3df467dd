#!/usr/bin/env python3
"""Deterministic generator for blind RKA review set review29 (written blind, 2026-12-07)."""
import sys; sys.dont_write_bytecode = True
import os, json, csv, io, random, shutil, math
from fractions import Fraction as F
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

from catalog import R, CAT, ACCT, SSH_CATS, SBU_CATS
from subs import SUBS
import plan as P

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
TT = os.path.join(HERE, 'truth_text')
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
FIXED_DATE = '2026-09-15'

def idn(n):
    return f"{int(n):,}".replace(',', '.')

SHORT = {'Orang': 'org', 'Hari': 'hr', 'Jam': 'jam', 'Kali': 'kl', 'Bulan': 'bln', 'Unit': 'unit', 'Kelurahan': 'kel',
         'Lokasi': 'lok', 'Triwulan': 'tw', 'Paket': 'pkt', 'Tahap': 'thp'}

def koef_full(parts):
    return ' x '.join(f"{idn(v)} {u}" for v, u in parts)

def koef_short(parts):
    return ' x '.join(f"{idn(v)} {SHORT.get(u, u.lower())}" for v, u in parts)

def jt(p):
    if p >= 1000000 and p % 10000 == 0:
        s = f"{p / 1e6:.2f}".rstrip('0').rstrip('.').replace('.', ',')
        return f"{s} jt"
    return f"Rp {idn(p)}"

SUBMAP = {s['id']: s for s in SUBS}
FILES = {
 'L1': dict(stem='rka_bag_perekonomian_setda_2027', ext='xlsx', opd='Sekretariat Daerah - Bagian Perekonomian', layout='xlsx_merged_hidden_helpers', subs=['S1', 'S2']),
 'L2': dict(stem='rka_kecamatan_palaran_2027', ext='xlsx', opd='Kecamatan Palaran', layout='xlsx_sheet_per_subkegiatan_text_prices', subs=['S3', 'S4', 'S5']),
 'L3': dict(stem='rka_uptd_pemakaman_2027', ext='csv', opd='Dinas Perumahan dan Kawasan Permukiman - UPTD Pengelolaan Pemakaman', layout='csv_export_volume_unit_one_cell', subs=['S6', 'S7']),
 'L4': dict(stem='rka_dinas_perikanan_2027', ext='pdf', opd='Dinas Perikanan', layout='pdf_sipd_born_digital', subs=['S8', 'S9']),
 'L5': dict(stem='rka_uptd_lab_lingkungan_2027_scan', ext='pdf', opd='Dinas Lingkungan Hidup - UPTD Laboratorium Lingkungan', layout='scan_image_pdf_200dpi', subs=['S10']),
 'L6': dict(stem='rka_bag_tata_pemerintahan_setda_2027', ext='pdf', opd='Sekretariat Daerah - Bagian Tata Pemerintahan', layout='pdf_no_ruling_header_not_repeated', subs=['S11', 'S12']),
 'L7': dict(stem='rka_damkar_sektor_seberang_2027_foto', ext='jpg', opd='Dinas Pemadam Kebakaran dan Penyelamatan - Pos Sektor Samarinda Seberang', layout='phone_photo_jpg', subs=['S13']),
 'L8': dict(stem='rka_rsud_nonmedis_2027', ext='docx', opd='RSUD Kota Samarinda (belanja non-medis)', layout='docx_word_table_merged_header', subs=['S14']),
}
SSH_FILE = 'ssh_kota_samarinda_2027.xlsx'
SBU_FILE = 'sbu_kota_samarinda_2027.pdf'

# ------------------------------------------------------------------ catalogues
def write_ssh():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA'
    ws['A3'] = 'TAHUN ANGGARAN 2027'
    ws['A4'] = 'Catatan: harga merupakan batas tertinggi, BELUM termasuk PPN'
    for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).alignment = Alignment(horizontal='center')
    ws['A4'].font = Font(italic=True, size=9)
    h1 = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan (Rp)', 'Ket.']
    for c, h in enumerate(h1, 1): ws.cell(6, c, h)
    ws.cell(7, 6, 'Tahun 2027'); ws.cell(7, 7, None)
    for c in (1, 2, 3, 4, 5, 7): ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    for r in (6, 7):
        for c in range(1, 8):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            cell.fill = PatternFill('solid', fgColor='D9E1F2'); cell.border = bd
    for c, w in zip('ABCDEFG', [6, 20, 38, 42, 11, 16, 8]): ws.column_dimensions[c].width = w
    row = 8; no = 0; rows_out = []
    for letter, code, title in SSH_CATS:
        ws.cell(row, 1, letter); ws.cell(row, 2, code); ws.cell(row, 3, title)
        for c in range(1, 8): ws.cell(row, c).font = Font(bold=True); ws.cell(row, c).fill = PatternFill('solid', fgColor='F2F2F2')
        row += 1; seq = 0
        for it in [r for r in R if r['cat'] == letter]:
            no += 1; seq += 1
            kode = f"{code}.{seq:03d}"
            it['kode'] = kode
            vals = [no, kode, it['name'], it['spec'], it['unit'], it['price'], None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v); cell.border = bd
            ws.cell(row, 6).number_format = '#,##0'
            rows_out.append(it['key']); row += 1
    ws.freeze_panes = 'A8'
    wb.properties.creator = 'BPKAD Kota Samarinda'
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 9, 1, 8, 0, 0)
    wb.save(os.path.join(DATA, SSH_FILE))
    return len(rows_out)

def write_sbu():
    path = os.path.join(DATA, SBU_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title='SBU Kota Samarinda 2027', author='BPKAD', creator='BPKAD', invariant=1)
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=13, alignment=1)
    el = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026', sth),
          Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sth), Spacer(1, 6),
          Paragraph('Besaran merupakan batas tertinggi dan belum termasuk PPN. OJ = orang/jam, OK = orang/kegiatan (orang/kali), OH = orang/hari, OB = orang/bulan.', st), Spacer(1, 6)]
    data = [['No', 'Kode', 'Uraian', 'Spesifikasi / Keterangan', 'Satuan', 'Besaran (Rp)']]
    style = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONTNAME', (0, 0), (-1, 0), 'DVB'), ('FONTSIZE', (0, 0), (-1, -1), 7.5),
             ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDDDDD')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('ALIGN', (5, 1), (5, -1), 'RIGHT')]
    no = 0
    for num, code, title in SBU_CATS:
        data.append([num, code, Paragraph(f'<b>{title}</b>', st), '', '', '']); style.append(('SPAN', (2, len(data) - 1), (5, len(data) - 1)))
        style.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor('#F0F0F0')))
        seq = 0
        for it in [r for r in R if r['cat'] == num]:
            no += 1; seq += 1; it['kode'] = f"{code}.{seq:03d}"
            data.append([str(no), it['kode'], Paragraph(it['name'], st), Paragraph(it['spec'], st), it['unit'], idn(it['price'])])
    t = Table(data, colWidths=[22, 55, 150, 160, 55, 65], repeatRows=1); t.setStyle(TableStyle(style))
    el.append(t)
    doc.build(el)

# ------------------------------------------------------------------ truth record
TRUTH = []
def rec(fileid, no, ln, printed):
    s = SUBMAP[ln['sub']]
    ref = ln['ref']
    d = dict(file=FILES[fileid]['stem'] + '.' + FILES[fileid]['ext'], no=no, sub_code=s['code'], sub_name=s['name'],
             account_code=ACCT[ln['acct']][0], account_name=ACCT[ln['acct']][1],
             correct_account_code=ACCT[ln['true_acct']][0], correct_account_name=ACCT[ln['true_acct']][1],
             item_name=ln['name'], spec=printed.get('spec', ''), unit=ln['unit'], koefisien=[[v, u] for v, u in ln['parts_true']],
             volume=ln['volume'], volume_correct=ln['volume_correct'], price=ln['price'], ppn_percent=ln['ppn'],
             jumlah=ln['jumlah'], jumlah_correct=ln['jumlah_correct'], arithmetic_error_kind=ln['arith_kind'],
             item_key=ln['item_key'], catalogue_ref=None, labels=sorted(ln['labels']), printed=printed)
    if ref:
        it = CAT[ref['key']]
        fac = F(ref['factor'])
        d['catalogue_ref'] = dict(item_key=ref['key'], catalogue=SSH_FILE if ref['src'] == 'SSH' else SBU_FILE, kode=it['kode'], name=it['name'], spec=it['spec'],
                                  unit=it['unit'], price=it['price'], catalogue_units_per_rka_unit=str(fac),
                                  rka_price_per_catalogue_unit=float(F(ln['price']) / fac),
                                  ratio_to_catalogue=round(float(F(ln['price']) / fac / it['price']), 4))
    if 'dup_of_index' in ln:
        d['duplicate_of_no'] = ln['_dup_no']
    TRUTH.append(d)

def number_lines(fileid, lines, fmt):
    for i, ln in enumerate(lines):
        ln['no'] = fmt(i, ln)
    return lines

def assign_dup_nos(sub_lines):
    for ln in sub_lines:
        if 'dup_of_index' in ln:
            ln['_dup_no'] = sub_lines[ln['dup_of_index']]['no']

def groups(lines):
    out = []
    for ln in lines:
        if not out or out[-1][0] != ln['acct']: out.append((ln['acct'], []))
        out[-1][1].append(ln)
    return out

# ------------------------------------------------------------------ L1 xlsx merged header + hidden helper columns
def write_L1(plans):
    f = FILES['L1']; wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Rincian Belanja'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    title = ['PEMERINTAH KOTA SAMARINDA', 'RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD)',
             'RINCIAN ANGGARAN BELANJA MENURUT SUB KEGIATAN', 'TAHUN ANGGARAN 2027']
    for i, t in enumerate(title, 1):
        ws.cell(i, 1, t); ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
        ws.cell(i, 1).font = Font(bold=True, size=12 if i < 3 else 10); ws.cell(i, 1).alignment = Alignment(horizontal='center')
    ws.cell(6, 1, 'Urusan Pemerintahan'); ws.cell(6, 3, ': 4.01 SEKRETARIAT DAERAH')
    ws.cell(7, 1, 'Organisasi'); ws.cell(7, 3, ': 4.01.0.00.0.00.01.0000 Sekretariat Daerah')
    ws.cell(8, 1, 'Unit Organisasi'); ws.cell(8, 3, ': 4.01.0.00.0.00.01.0003 Bagian Perekonomian')
    hr = 10
    heads = {1: 'No', 2: 'Kode Rekening', 3: 'Uraian', 9: 'PPN', 10: 'Jumlah (Rp)'}
    for c, h in heads.items():
        ws.cell(hr, c, h); ws.merge_cells(start_row=hr, start_column=c, end_row=hr + 1, end_column=c)
    ws.cell(hr, 4, 'Rincian Perhitungan'); ws.merge_cells(start_row=hr, start_column=4, end_row=hr, end_column=8)
    for c, h in zip(range(4, 9), ['Koefisien', 'Volume', 'Satuan', 'Harga Satuan', '']): ws.cell(hr + 1, c, h)
    ws.cell(hr + 1, 8, 'Harga Satuan (Rp)'); ws.cell(hr + 1, 7, 'Satuan'); ws.cell(hr + 1, 6, 'Volume'); ws.cell(hr + 1, 5, 'Koefisien')
    ws.cell(hr + 1, 4, 'Spesifikasi')
    # hidden helper columns L..Q
    for c, h in zip(range(12, 18), ['vol1', 'sat1', 'vol2', 'sat2', 'vol3', 'sat3']): ws.cell(hr + 1, c, h)
    for r in (hr, hr + 1):
        for c in range(1, 11):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            cell.fill = PatternFill('solid', fgColor='BDD7EE'); cell.border = bd
    for c, w in zip('ABCDEFGHIJ', [5, 19, 46, 22, 20, 8, 12, 15, 6, 16]): ws.column_dimensions[c].width = w
    for c in 'LMNOPQ': ws.column_dimensions[c].hidden = True
    row = hr + 2; no = 0
    for sid in f['subs']:
        s = SUBMAP[sid]; lines = plans[sid]
        for ln in lines:
            no += 1; ln['no'] = str(no)
        assign_dup_nos(lines)
        ws.cell(row, 1, f"Sub Kegiatan : {s['code']} - {s['name']}"); ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row, 1).font = Font(bold=True); ws.cell(row, 1).fill = PatternFill('solid', fgColor='FFF2CC'); row += 1
        ws.cell(row, 1, f"Indikator Keluaran : {s['output']} | Target : {s['target']} | Lokasi : {s['lokasi']}"); ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row, 1).font = Font(italic=True, size=9); row += 1
        subtotal = 0
        for acct, gl in groups(lines):
            code, name = ACCT[acct]
            ws.cell(row, 2, code); ws.cell(row, 3, name); tot = sum(l['jumlah'] for l in gl); ws.cell(row, 10, tot)
            for c in range(1, 11): ws.cell(row, c).font = Font(bold=True); ws.cell(row, c).border = bd
            ws.cell(row, 10).number_format = '#,##0'; row += 1; subtotal += tot
            for ln in gl:
                spec = CAT[ln['item_key']]['spec'] if ln['item_key'] and ln['no'] and int(ln['no']) % 3 == 0 else ''
                vals = {1: int(ln['no']), 3: ln['name'], 4: spec or None, 5: koef_full(ln['parts_true']), 6: ln['volume'], 7: ln['unit'],
                        8: ln['price'], 9: f"{ln['ppn']}%", 10: ln['jumlah']}
                for c in range(1, 11):
                    cell = ws.cell(row, c, vals.get(c)); cell.border = bd
                for c in (6, 8, 10): ws.cell(row, c).number_format = '#,##0'
                ws.cell(row, 3).alignment = Alignment(wrap_text=True)
                for k, (v, u) in enumerate(ln['parts_true']):
                    ws.cell(row, 12 + 2 * k, v); ws.cell(row, 13 + 2 * k, u)
                rec('L1', ln['no'], ln, dict(no=ln['no'], name=ln['name'], spec=spec, price=str(ln['price']), jumlah=str(ln['jumlah']),
                                               volume=str(ln['volume']), koefisien=koef_full(ln['parts_true'])))
                row += 1
        ws.cell(row, 3, 'JUMLAH SUB KEGIATAN'); ws.cell(row, 10, subtotal); ws.cell(row, 10).number_format = '#,##0'
        for c in range(1, 11): ws.cell(row, c).font = Font(bold=True); ws.cell(row, c).border = bd
        row += 2
    ws.cell(row + 1, 8, 'Samarinda, 15 September 2026'); ws.cell(row + 2, 8, 'Kepala Bagian Perekonomian'); ws.cell(row + 6, 8, '( ...................................... )')
    import datetime
    wb.properties.creator = 'sipd'; wb.properties.created = wb.properties.modified = datetime.datetime(2026, 9, 15, 9, 0, 0)
    wb.save(os.path.join(DATA, f['stem'] + '.xlsx'))

# ------------------------------------------------------------------ L2 xlsx, one sheet per sub-kegiatan, odd column order, text prices
def write_L2(plans):
    f = FILES['L2']; wb = openpyxl.Workbook(); summ = wb.active; summ.title = 'Ringkasan'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    summ['A1'] = 'KECAMATAN PALARAN - RINGKASAN RKA TA 2027 (DRAFT)'; summ['A1'].font = Font(bold=True)
    summ.append([]); summ.append(['Sheet', 'Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Pagu (Rp)'])
    for k, sid in enumerate(f['subs']):
        s = SUBMAP[sid]; lines = plans[sid]; letter = 'ABC'[k]
        for i, ln in enumerate(lines): ln['no'] = f"{letter}-{i + 1:02d}"
        assign_dup_nos(lines)
        ws = wb.create_sheet(['SK1 Koordinasi', 'SK2 Trantibum', 'SK3 Lomba Kampung'][k])
        ws['A1'] = 'PEMERINTAH KOTA SAMARINDA - KECAMATAN PALARAN'; ws['A1'].font = Font(bold=True)
        ws['A2'] = 'Rincian Belanja RKA Tahun 2027'
        ws['A3'] = f"Program : {s['program']}"; ws['A4'] = f"Kegiatan : {s['kegiatan']}"
        ws['A5'] = f"Sub Kegiatan : {s['code']} {s['name']}"; ws['A6'] = f"Output : {s['output']} ({s['target']})"
        hdr = ['Kode Rek.', 'Uraian Belanja', 'Jumlah (Rp)', 'Harga Satuan', 'Koefisien', 'Satuan', 'No.']
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(8, c, h); cell.font = Font(bold=True, color='FFFFFF'); cell.fill = PatternFill('solid', fgColor='548235'); cell.border = bd
        for c, w in zip('ABCDEFG', [19, 50, 15, 15, 26, 12, 7]): ws.column_dimensions[c].width = w
        row = 9; total = 0
        for acct, gl in groups(lines):
            code, name = ACCT[acct]
            ws.cell(row, 1, code); ws.cell(row, 2, name); ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            ws.cell(row, 1).font = ws.cell(row, 2).font = Font(bold=True); row += 1
            for ln in gl:
                ks = koef_short(ln['parts_true'])
                koef = f"{ks} = {idn(ln['volume'])}" if len(ln['parts_true']) > 1 else idn(ln['volume'])
                vals = ['', ln['name'], ln['jumlah'], jt(ln['price']), koef, ln['unit'], ln['no']]
                for c, v in enumerate(vals, 1): ws.cell(row, c, v).border = bd
                ws.cell(row, 3).number_format = '#,##0'
                ws.cell(row, 4).alignment = Alignment(horizontal='right')
                rec('L2', ln['no'], ln, dict(no=ln['no'], name=ln['name'], price=jt(ln['price']), jumlah=str(ln['jumlah']), koefisien=koef))
                row += 1
            st = sum(l['jumlah'] for l in gl); total += st
            ws.cell(row, 2, 'Sub Total'); ws.cell(row, 3, st); ws.cell(row, 3).number_format = '#,##0'
            ws.cell(row, 2).font = ws.cell(row, 3).font = Font(italic=True, bold=True); row += 1
        ws.cell(row + 1, 2, 'TOTAL SUB KEGIATAN'); ws.cell(row + 1, 3, total); ws.cell(row + 1, 3).number_format = '#,##0'
        summ.append([ws.title, s['code'], s['name'], total])
    import datetime
    wb.properties.creator = 'Operator Kec. Palaran'; wb.properties.created = wb.properties.modified = datetime.datetime(2026, 9, 12, 14, 0, 0)
    wb.save(os.path.join(DATA, f['stem'] + '.xlsx'))

# ------------------------------------------------------------------ L3 CSV export, ';', volume+unit in one cell
def write_L3(plans):
    f = FILES['L3']; buf = io.StringIO(); w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(['RINCIAN BELANJA - UPTD PENGELOLAAN PEMAKAMAN', '', '', '', '', '', '', ''])
    w.writerow(['DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA SAMARINDA - TA 2027', '', '', '', '', '', '', ''])
    w.writerow(['diekspor: 15/09/2026 10:42', '', '', '', '', '', '', ''])
    w.writerow([])
    w.writerow(['No', 'Kode Sub Kegiatan', 'Kode Rekening', 'Nama Rekening', 'Uraian Komponen', 'Volume Satuan', 'Harga Satuan', 'Jumlah'])
    no = 0
    for sid in f['subs']:
        s = SUBMAP[sid]; lines = plans[sid]
        for ln in lines:
            no += 1; ln['no'] = str(no)
        assign_dup_nos(lines)
        w.writerow(['', s['code'], '', f"SUB KEGIATAN: {s['name']}", f"Output: {s['output']} ({s['target']})", '', '', ''])
        tot = 0
        for ln in lines:
            code, name = ACCT[ln['acct']]
            ks = koef_short(ln['parts_true'])
            vs = f"{ks} = {idn(ln['volume'])} {ln['unit']}" if len(ln['parts_true']) > 1 else f"{idn(ln['volume'])} {ln['unit']}"
            w.writerow([ln['no'], s['code'], code, name, ln['name'], vs, idn(ln['price']), idn(ln['jumlah'])])
            rec('L3', ln['no'], ln, dict(no=ln['no'], name=ln['name'], price=idn(ln['price']), jumlah=idn(ln['jumlah']), koefisien=vs))
            tot += ln['jumlah']
        w.writerow(['', s['code'], '', 'TOTAL SUB KEGIATAN', '', '', '', idn(tot)])
        w.writerow([])
    with open(os.path.join(DATA, f['stem'] + '.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write(buf.getvalue())

# ------------------------------------------------------------------ L4 SIPD-like born-digital PDF
def write_L4(plans):
    f = FILES['L4']; path = os.path.join(DATA, f['stem'] + '.pdf')
    st = ParagraphStyle('n', fontName='DV', fontSize=7.2, leading=8.8)
    stb = ParagraphStyle('b', fontName='DVB', fontSize=7.2, leading=8.8)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=12, alignment=1)
    def footer(c, d):
        c.saveState(); c.setFont('DV', 6.5)
        c.drawString(20 * mm, 10 * mm, 'Dicetak dari SIPD-RI | RKA-SKPD 2.2.1 | Dinas Perikanan Kota Samarinda | 15-09-2026 11:03')
        c.drawRightString(190 * mm, 10 * mm, f'Halaman {d.page}'); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                            title='RKA Dinas Perikanan 2027', author='SIPD', creator='SIPD', invariant=1)
    el = []; no = 0
    for k, sid in enumerate(f['subs']):
        s = SUBMAP[sid]; lines = plans[sid]
        for ln in lines:
            no += 1; ln['no'] = str(no)
        assign_dup_nos(lines)
        total = sum(l['jumlah'] for l in lines)
        el += [Paragraph('RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH', sth), Paragraph('Pemerintah Kota Samarinda Tahun Anggaran 2027', sth), Spacer(1, 6)]
        hb = [['Urusan Pemerintahan', ':', '3 URUSAN PEMERINTAHAN BIDANG PILIHAN'], ['Bidang Urusan', ':', '3.25 URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN'],
              ['Program', ':', s['program']], ['Kegiatan', ':', s['kegiatan']], ['Sub Kegiatan', ':', f"{s['code']} {s['name']}"],
              ['Sumber Pendanaan', ':', 'PAD - Pendapatan Asli Daerah'], ['Lokasi', ':', s['lokasi']], ['Waktu Pelaksanaan', ':', 'Januari s.d. Desember'],
              ['Keluaran Sub Kegiatan', ':', f"{s['output']} — Target: {s['target']}"], ['Alokasi Tahun 2027', ':', f"Rp{idn(total)},00"]]
        hb = [[Paragraph(a, stb), b, Paragraph(c, st)] for a, b, c in hb]
        t = Table(hb, colWidths=[95, 8, 410]); t.setStyle(TableStyle([('FONTSIZE', (0, 0), (-1, -1), 7.2), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
        el += [t, Spacer(1, 8), Paragraph('Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah', stb), Spacer(1, 3)]
        data = [['No', 'Kode Rekening / Uraian', 'Koefisien', 'Vol', 'Satuan', 'Harga (Rp)', 'PPN', 'Jumlah (Rp)']]
        style = [('GRID', (0, 0), (-1, -1), 0.35, colors.black), ('FONTNAME', (0, 0), (-1, 0), 'DVB'), ('FONTNAME', (0, 1), (-1, -1), 'DV'),
                 ('FONTSIZE', (0, 0), (-1, -1), 7.2), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D0D7E5')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('ALIGN', (3, 1), (3, -1), 'RIGHT'), ('ALIGN', (5, 1), (7, -1), 'RIGHT')]
        for acct, gl in groups(lines):
            code, name = ACCT[acct]
            data.append(['', Paragraph(f'<b>{code}</b> {name}', stb), '', '', '', '', '', idn(sum(l['jumlah'] for l in gl))])
            r = len(data) - 1; style += [('SPAN', (1, r), (6, r)), ('BACKGROUND', (0, r), (-1, r), colors.HexColor('#F3F3F3')), ('FONTNAME', (7, r), (7, r), 'DVB')]
            for ln in gl:
                spec = CAT[ln['item_key']]['spec'] if ln['item_key'] else ''
                txt = ln['name'] + (f'<br/><font size="6">Spesifikasi : {spec}</font>' if spec else '')
                data.append([ln['no'], Paragraph(txt, st), Paragraph(koef_full(ln['parts_true']), st), idn(ln['volume']), ln['unit'],
                             idn(ln['price']), f"{ln['ppn']}%", idn(ln['jumlah'])])
                rec('L4', ln['no'], ln, dict(no=ln['no'], name=ln['name'], spec=spec, price=idn(ln['price']), jumlah=idn(ln['jumlah']),
                                               volume=idn(ln['volume']), koefisien=koef_full(ln['parts_true'])))
        data.append(['', Paragraph('<b>JUMLAH</b>', stb), '', '', '', '', '', idn(total)]); style.append(('SPAN', (1, len(data) - 1), (6, len(data) - 1)))
        t = Table(data, colWidths=[20, 175, 88, 34, 48, 60, 26, 66], repeatRows=1); t.setStyle(TableStyle(style))
        el.append(t)
        if k < len(f['subs']) - 1: el.append(PageBreak())
    doc.build(el, onFirstPage=footer, onLaterPages=footer)

# ------------------------------------------------------------------ L6 PDF without ruling, header only on page 1
def write_L6(plans):
    f = FILES['L6']; path = os.path.join(DATA, f['stem'] + '.pdf')
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1); c.setTitle('RKA Bagian Tata Pemerintahan 2027'); c.setAuthor('Bag. Tapem')
    W, H = A4; y = H - 50
    c.setFont('DVB', 11); c.drawCentredString(W / 2, y, 'RINCIAN RENCANA KERJA DAN ANGGARAN TAHUN 2027'); y -= 14
    c.setFont('DV', 9); c.drawCentredString(W / 2, y, 'SEKRETARIAT DAERAH KOTA SAMARINDA — BAGIAN TATA PEMERINTAHAN'); y -= 24
    cols = dict(no=40, ur=62, koef=284, sat=382, harga=498, jml=563)
    c.setFont('DVB', 8)
    c.drawString(cols['no'], y, 'No'); c.drawString(cols['ur'], y, 'Uraian'); c.drawString(cols['koef'], y, 'Koefisien'); c.drawString(cols['sat'], y, 'Satuan')
    c.drawRightString(cols['harga'], y, 'Harga Satuan'); c.drawRightString(cols['jml'], y, 'Jumlah (Rp)'); y -= 16
    def need(h):
        nonlocal y
        if y - h < 50:
            c.setFont('DV', 7); c.drawRightString(560, 30, f'hal. {c.getPageNumber()}'); c.showPage(); y = H - 50
    no = 0
    for sid in f['subs']:
        s = SUBMAP[sid]; lines = plans[sid]
        for ln in lines:
            no += 1; ln['no'] = f"{no}."
        assign_dup_nos(lines)
        need(40)
        c.setFont('DVB', 8.5); 
        for part in simpleSplit(f"{s['code']}  {s['name']}", 'DVB', 8.5, 480): c.drawString(cols['no'], y, part); y -= 11
        c.setFont('DV', 7.5)
        for part in simpleSplit(f"Keluaran: {s['output']} — {s['target']}; Lokasi: {s['lokasi']}", 'DV', 7.5, 480): c.drawString(cols['no'], y, part); y -= 10
        y -= 4
        for acct, gl in groups(lines):
            code, name = ACCT[acct]; need(28)
            c.setFont('DVB', 7.8); c.drawString(cols['ur'], y, code)
            c.setFont('DV', 7.8); parts = simpleSplit(name, 'DV', 7.8, 330)
            for i, p in enumerate(parts): c.drawString(cols['ur'] + 88, y - 10 * i, p)
            c.setFont('DVB', 7.8); c.drawRightString(cols['jml'], y, idn(sum(l['jumlah'] for l in gl)))
            y -= 10 * len(parts) + 3
            for ln in gl:
                nm = simpleSplit(ln['name'], 'DV', 8, 215); need(11 * len(nm) + 2)
                c.setFont('DV', 8)
                c.drawString(cols['no'], y, ln['no'])
                for i, p in enumerate(nm): c.drawString(cols['ur'], y - 10 * i, p)
                koef = ' x '.join(idn(v) if u == ln['unit'] else f"{idn(v)} {SHORT.get(u, u.lower())}" for v, u in ln['parts_true']) if len(ln['parts_true']) > 1 else idn(ln['volume'])
                c.setFont('DV', 7.5); c.drawString(cols['koef'], y, koef); c.setFont('DV', 8); c.drawString(cols['sat'], y, ln['unit'])
                c.drawRightString(cols['harga'], y, idn(ln['price'])); c.drawRightString(cols['jml'], y, idn(ln['jumlah']))
                rec('L6', ln['no'], ln, dict(no=ln['no'], name=ln['name'], price=idn(ln['price']), jumlah=idn(ln['jumlah']), koefisien=koef))
                y -= 10 * len(nm) + 3
        need(20); c.setFont('DVB', 8); c.drawString(cols['ur'], y, 'Jumlah Sub Kegiatan'); c.drawRightString(cols['jml'], y, idn(sum(l['jumlah'] for l in lines))); y -= 22
    c.setFont('DV', 7); c.drawRightString(560, 30, f'hal. {c.getPageNumber()}'); c.showPage(); c.save()

# ------------------------------------------------------------------ raster pages (scan + photo)
def fnt(size, bold=False, mono=False):
    return ImageFont.truetype(FONTM if mono else (FONTB if bold else FONT), size)

def render_pages(fileid, plans, header_lines, dpi_scale, fsf, txt_out):
    f = FILES[fileid]; pages = []
    Wp, Hp = int(8.27 * dpi_scale), int(11.69 * dpi_scale)
    fs = int(dpi_scale * fsf); rowh = int(fs * 1.9)
    cols = [('No', 0.05), ('Uraian', 0.35), ('Volume', 0.085), ('Satuan', 0.175), ('Harga Satuan', 0.165), ('Jumlah', 0.175)]
    left = int(Wp * 0.07); tw = int(Wp * 0.86)
    xs = [left]; 
    for _, w in cols: xs.append(xs[-1] + int(tw * w))
    rows = []
    no = 0
    for sid in f['subs']:
        s = SUBMAP[sid]; lines = plans[sid]
        for ln in lines:
            no += 1; ln['no'] = str(no)
        assign_dup_nos(lines)
        rows.append(('sub', f"Sub Kegiatan: {s['code']} {s['name']}"))
        for acct, gl in groups(lines):
            code, name = ACCT[acct]
            rows.append(('acct', f"{code}  {name}", idn(sum(l['jumlah'] for l in gl))))
            for ln in gl:
                rows.append(('item', ln))
        rows.append(('total', 'JUMLAH', idn(sum(l['jumlah'] for l in lines))))
    font = fnt(fs); fontb = fnt(fs, True)
    def new_page(first):
        img = Image.new('L', (Wp, Hp), 255); d = ImageDraw.Draw(img); y = int(Hp * 0.05)
        if first:
            for t, b in header_lines:
                d.text((left, y), t, font=fontb if b else font, fill=0); txt_out.append(t); y += int(rowh * 0.9)
            y += rowh // 2
        d.rectangle([xs[0], y, xs[-1], y + rowh], outline=0, width=2)
        for i, (h, _) in enumerate(cols):
            d.text((xs[i] + 6, y + rowh * 0.22), h, font=fontb, fill=0); d.line([xs[i], y, xs[i], y + rowh], fill=0, width=2)
        d.line([xs[-1], y, xs[-1], y + rowh], fill=0, width=2)
        txt_out.append(' | '.join(h for h, _ in cols))
        return img, d, y + rowh
    img, d, y = new_page(True)
    def wrap(text, width, f_):
        words = text.split(' '); out = ['']
        for w_ in words:
            t = (out[-1] + ' ' + w_).strip()
            if d.textlength(t, font=f_) <= width - 12: out[-1] = t
            else: out.append(w_)
        return out
    for r in rows:
        if r[0] == 'item':
            ln = r[1]; nm = wrap(ln['name'], xs[2] - xs[1], font); h = rowh if len(nm) == 1 else int(rowh * 0.62 * len(nm) + rowh * 0.4)
        else:
            nm = wrap(r[1], xs[5] - xs[1], fontb); h = rowh if len(nm) == 1 else int(rowh * 0.62 * len(nm) + rowh * 0.4)
        if y + h > Hp * 0.93:
            pages.append(img); img, d, y = new_page(False)
        d.rectangle([xs[0], y, xs[-1], y + h], outline=0, width=1)
        if r[0] == 'item':
            for x in xs[1:-1]: d.line([x, y, x, y + h], fill=0, width=1)
            ty = y + rowh * 0.22
            vals = [ln['no'], None, idn(ln['volume']), ln['unit'], idn(ln['price']), idn(ln['jumlah'])]
            for i, v in enumerate(vals):
                if v is None: continue
                if i >= 4: d.text((xs[i + 1] - 8 - d.textlength(v, font=font), ty), v, font=font, fill=0)
                else: d.text((xs[i] + 6, ty), v, font=font, fill=0)
            for k, p in enumerate(nm): d.text((xs[1] + 6, ty + k * rowh * 0.62), p, font=font, fill=0)
            txt_out.append(' | '.join([ln['no'], ln['name'], idn(ln['volume']), ln['unit'], idn(ln['price']), idn(ln['jumlah'])]))
            rec(fileid, ln['no'], ln, dict(no=ln['no'], name=ln['name'], price=idn(ln['price']), jumlah=idn(ln['jumlah']), volume=idn(ln['volume'])))
        else:
            d.line([xs[5], y, xs[5], y + h], fill=0, width=1)
            ty = y + rowh * 0.22
            for k, p in enumerate(nm): d.text((xs[0] + 6, ty + k * rowh * 0.62), p, font=fontb, fill=0)
            if len(r) > 2: d.text((xs[6] - 8 - d.textlength(r[2], font=fontb), ty), r[2], font=fontb, fill=0)
            txt_out.append(r[1] + (' | ' + r[2] if len(r) > 2 else ''))
        y += h
    # signature
    if y + rowh * 5 < Hp * 0.95:
        d.text((xs[4], y + rowh), 'Samarinda, 10 September 2026', font=font, fill=0); d.text((xs[4], y + rowh * 2), 'Kepala UPTD', font=font, fill=0)
        d.text((xs[4], y + rowh * 4.5), '( ............................ )', font=font, fill=0)
    pages.append(img)
    return pages

def degrade_scan(img, rng, angle):
    a = np.asarray(img).astype(np.float32)
    a = 255 - (255 - a) * 0.88                       # faded toner
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 8
    a += rng.normal(0, 11, a.shape)
    sp = rng.random(a.shape)
    a[sp < 0.0015] = 40; a[sp > 0.9990] = 255
    yy = np.linspace(0, 1, a.shape[0])[:, None]; a -= 10 * yy   # uneven scanner lamp
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))

def write_L5(plans):
    f = FILES['L5']; txt = []
    hdr = [('PEMERINTAH KOTA SAMARINDA — DINAS LINGKUNGAN HIDUP', True), ('UPTD LABORATORIUM LINGKUNGAN', True),
           ('RINCIAN RKA TAHUN ANGGARAN 2027 (untuk verifikasi TAPD)', False), (f"Program : {SUBMAP['S10']['program']}", False),
           (f"Output : {SUBMAP['S10']['output']} — {SUBMAP['S10']['target']}", False), (f"Lokasi : {SUBMAP['S10']['lokasi']}", False)]
    pages = render_pages('L5', plans, hdr, 200, 0.14, txt)
    rng = np.random.default_rng(5)
    out = [degrade_scan(p, rng, ang) for p, ang in zip(pages, [0.8, -0.6, 0.5])]
    out[0].save(os.path.join(DATA, f['stem'] + '.pdf'), save_all=True, append_images=out[1:], resolution=200.0,
                title='scan', creator='Canon iR-ADV C3525 scanner', producer='Canon', creationDate=__import__('time').gmtime(1789048920), modDate=__import__('time').gmtime(1789048920))
    open(os.path.join(TT, f['stem'] + '.txt'), 'w').write('\n'.join(txt) + '\n')

def write_L7(plans):
    f = FILES['L7']; txt = []
    s = SUBMAP['S13']
    hdr = [('DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA SAMARINDA', True), ('POS SEKTOR SAMARINDA SEBERANG — USULAN RKA 2027', True),
           (f"Sub Kegiatan : {s['code']}", False), (f"Output : {s['output']} ({s['target']})", False)]
    pages = render_pages('L7', plans, hdr, 170, 0.115, txt)
    assert len(pages) == 1, 'photo layout must fit one page'
    page = pages[0].convert('RGB')
    w, h = page.size
    # place on a desk background and apply a perspective (phone held at an angle)
    bg = Image.new('RGB', (int(w * 1.18), int(h * 1.12)), (118, 92, 70))
    rs = np.random.default_rng(7)
    bgn = (np.asarray(bg).astype(np.float32) + rs.normal(0, 9, (bg.size[1], bg.size[0], 1))).clip(0, 255).astype(np.uint8)
    bg = Image.fromarray(bgn); bg.paste(page, (int(w * 0.09), int(h * 0.05)))
    W2, H2 = bg.size
    # quad in source to map to output rectangle (keystone)
    src = [(W2 * 0.02, H2 * 0.00), (W2 * 0.99, H2 * 0.03), (W2 * 0.93, H2 * 0.99), (W2 * 0.06, H2 * 0.97)]
    dst = [(0, 0), (W2, 0), (W2, H2), (0, H2)]
    def coeffs(pa, pb):
        A = []; B = []
        for (x, y), (u, v) in zip(pa, pb):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B += [u, v]
        return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()
    # Image.transform maps output->input; we want the page to look tilted: use inverse of (dst->src)
    warped = bg.transform((W2, H2), Image.PERSPECTIVE, coeffs(dst, [(W2 * 0.0, H2 * 0.02), (W2 * 1.0, H2 * 0.0), (W2 * 0.96, H2 * 1.0), (W2 * 0.03, H2 * 0.985)]), Image.BICUBIC)
    a = np.asarray(warped).astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    light = 1.0 - 0.28 * ((xx / W2 - 0.25) ** 2 + (yy / H2 - 0.2) ** 2)        # lamp from upper-left
    shadow = (1 - 0.14 / (1 + np.exp(-(xx / W2 - 0.74) * 40))) * (1 - 0.08 / (1 + np.exp(-(yy / H2 - 0.8) * 30)))   # soft phone/hand shadow
    a = a * light[..., None] * shadow[..., None] * np.array([1.0, 0.97, 0.9])   # warm indoor light
    a += rs.normal(0, 6, a.shape)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).rotate(-1.3, resample=Image.BICUBIC, fillcolor=(90, 70, 55))
    img = img.filter(ImageFilter.GaussianBlur(0.8)).resize((int(W2 * 0.92), int(H2 * 0.92)), Image.LANCZOS)
    img.save(os.path.join(DATA, f['stem'] + '.jpg'), quality=70)
    open(os.path.join(TT, f['stem'] + '.txt'), 'w').write('\n'.join(txt) + '\n')

# ------------------------------------------------------------------ L8 Word document (RSUD non-medical), table with merged header
def write_L8(plans):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import datetime
    f = FILES['L8']; s = SUBMAP['S14']; lines = plans['S14']
    for i, ln in enumerate(lines): ln['no'] = str(i + 1)
    assign_dup_nos(lines)
    d = docx.Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(9)
    for t in ['RUMAH SAKIT UMUM DAERAH KOTA SAMARINDA', 'BAGIAN UMUM DAN RUMAH TANGGA (NON-MEDIS)', 'DRAFT RINCIAN KEBUTUHAN ANGGARAN TAHUN 2027']:
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(f"Program\t: {s['program']}\nKegiatan\t: {s['kegiatan']}\nSub Kegiatan\t: {s['code']} {s['name']}\n"
                    f"Indikator Keluaran\t: {s['output']}\nTarget\t: {s['target']}\nLokasi\t: {s['lokasi']}")
    d.add_paragraph('Catatan: disusun oleh Subbag Rumah Tangga, mohon diverifikasi sebelum input SIPD.')
    grp = groups(lines)
    t = d.add_table(rows=2, cols=6); t.style = 'Table Grid'
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = 'No'; h0[1].text = 'Uraian Kebutuhan'; h0[2].text = 'Rincian'; h0[5].text = 'Jumlah Biaya (Rp)'
    h1[2].text = 'Volume / Satuan'; h1[3].text = 'Harga Satuan'; h1[4].text = 'Ket.'
    h0[0].merge(h1[0]); h0[1].merge(h1[1]); h0[5].merge(h1[5]); h0[2].merge(h0[4])
    t.rows[0].cells[2].text = 'Rincian'
    for row in t.rows[:2]:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs: r.bold = True
    for acct, gl in grp:
        code, name = ACCT[acct]
        cells = t.add_row().cells; m = cells[0].merge(cells[4]); m.text = f"{code} - {name}"
        cells[5].text = idn(sum(l['jumlah'] for l in gl))
        for p in m.paragraphs:
            for r in p.runs: r.bold = True; r.italic = True
        for ln in gl:
            cells = t.add_row().cells
            vs = f"{idn(ln['volume'])} {ln['unit']}"
            pr = f"Rp. {idn(ln['price'])},-"
            ket = koef_short(ln['parts_true']) if len(ln['parts_true']) > 1 else ''
            for c, v in zip(cells, [ln['no'], ln['name'], vs, pr, ket, idn(ln['jumlah'])]): c.text = v
            rec('L8', ln['no'], ln, dict(no=ln['no'], name=ln['name'], price=pr, jumlah=idn(ln['jumlah']), volume=vs, koefisien=ket))
    cells = t.add_row().cells; m = cells[0].merge(cells[4]); m.text = 'TOTAL'; cells[5].text = idn(sum(l['jumlah'] for l in lines))
    d.add_paragraph('\nSamarinda, 20 Agustus 2026\nKepala Bagian Umum\n\n\n(...........................)')
    cp = d.core_properties; cp.author = 'Subbag RT RSUD'; cp.created = cp.modified = datetime.datetime(2026, 8, 20, 10, 0, 0); cp.last_modified_by = 'Subbag RT RSUD'
    cp.revision = 3
    d.save(os.path.join(DATA, f['stem'] + '.docx'))

def fix_zip_times(path):
    import zipfile
    items = []
    with zipfile.ZipFile(path) as z:
        for i in z.infolist(): items.append((i.filename, z.read(i.filename)))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == 'docProps/core.xml':
                import re as _re
                b = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', rb'\g<1>2026-09-15T09:00:00Z\g<2>', b)
                b = _re.sub(rb'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', rb'\g<1>2026-09-01T08:00:00Z\g<2>', b)
            zi = zipfile.ZipInfo(n, date_time=(2026, 9, 15, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)

# ------------------------------------------------------------------ main
def main():
    for d in (DATA, TT):
        if os.path.isdir(d): shutil.rmtree(d)
        os.makedirs(d)
    n_ssh = write_ssh(); write_sbu()
    plans = P.plan(2029)
    write_L1(plans); write_L2(plans); write_L3(plans); write_L4(plans); write_L5(plans); write_L6(plans); write_L7(plans); write_L8(plans)
    for fn in os.listdir(DATA):
        if fn.endswith(('.xlsx', '.docx')): fix_zip_times(os.path.join(DATA, fn))
    manifest = []
    for fid, f in FILES.items():
        fn = f['stem'] + '.' + f['ext']
        labels = {t['no']: t['labels'] for t in TRUTH if t['file'] == fn}
        assert len(labels) == sum(1 for t in TRUTH if t['file'] == fn), 'duplicate No in ' + fn
        json.dump({'labels': labels}, open(os.path.join(DATA, f['stem'] + '.labels.json'), 'w'), indent=1, ensure_ascii=False)
        manifest.append(dict(rka=fn, catalogues=[SSH_FILE, SBU_FILE], labels=f['stem'] + '.labels.json', opd=f['opd'], layout=f['layout']))
    json.dump(manifest, open(os.path.join(DATA, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
    cat_rows = [dict(catalogue=SSH_FILE if not r['cat'].isdigit() else SBU_FILE, kode=r['kode'], name=r['name'], spec=r['spec'], unit=r['unit'], price=r['price']) for r in R]
    json.dump(dict(conventions=dict(overpriced_threshold='unit price converted to catalogue unit, excl. PPN, > 110% of catalogue price',
                                    catalogue_prices_exclude_ppn=True, ppn_percent=11), lines=TRUTH, catalogue_rows=cat_rows),
              open(os.path.join(HERE, 'truth_lines.json'), 'w'), indent=1, ensure_ascii=False)
    print('lines', len(TRUTH), 'catalogue rows', len(R), '(SSH', n_ssh, ')')

if __name__ == '__main__':
    main()
