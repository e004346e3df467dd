#!/usr/bin/env python3
"""Generate the blind RKA review set review31 (deterministic)."""
import sys
sys.dont_write_bytecode = True
import csv, io, json, math, os, random, datetime
from fractions import Fraction as F

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from catalog_data import SSH, SBU
from rka_data import ACC, WRONG, SUBKEG

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
os.makedirs(DATA, exist_ok=True)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
pdfmetrics.registerFont(TTFont('DV', FONT))
pdfmetrics.registerFont(TTFont('DVB', FONTB))
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)

OVER_MARGIN = F(110, 100)   # OVERPRICED iff price per catalogue unit > 110 % of catalogue price
PPN_GOODS = 11

def fix_zip(path):
    """Rewrite an xlsx with fixed zip timestamps so that the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re as _re
    items = [(n, _re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)', rb'\g<1>2026-11-20T09:00:00Z\2', d) if n == 'docProps/core.xml' else d)
             for n, d in items]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def rupiah(n):
    s = f"{int(n):,}".replace(',', '.')
    return s

# ---------------------------------------------------------------- catalogues
CAT = {}
ssh_rows, sbu_rows = [], []
grp = None
for r in SSH:
    if r[0] == '#':
        grp = r[1]; ssh_rows.append(('#', grp)); continue
    key, name, spec, unit, price = r
    CAT[key] = dict(src='SSH', key=key, name=name, spec=spec, unit=unit, price=price, group=grp)
    ssh_rows.append(key)
for r in SBU:
    if r[0] == '#':
        sbu_rows.append(('#', r[1])); continue
    key, name, unit, price = r
    CAT[key] = dict(src='SBU', key=key, name=name, spec='', unit=unit, price=price)
    sbu_rows.append(key)

# kode barang / kode SBU
gi = 0; ii = 0
for r in ssh_rows:
    if isinstance(r, tuple):
        gi += 1; ii = 0; continue
    ii += 1
    CAT[r]['kode'] = f"1.1.7.01.{gi:02d}.{(ii - 1) // 12 + 1:02d}.{ii:03d}"
gi = 0; ii = 0
for r in sbu_rows:
    if isinstance(r, tuple):
        gi += 1; ii = 0; continue
    ii += 1
    CAT[r]['kode'] = f"SBU.2027.{gi:02d}.{ii:03d}"

# alternative RKA units (conversion traps): ref -> (rka unit, conv = catalogue units per RKA unit, factor label)
ALT = {
 'hvs_a4_80': ('Box isi 5 rim', F(5), 'Box'), 'map_kancing': ('Buah', F(1, 12), 'Buah'),
 'pulpen_std': ('Buah', F(1, 12), 'Buah'), 'sabun_mandi': ('Batang', F(1, 12), 'Batang'),
 'sikat_gigi': ('Buah', F(1, 12), 'Buah'), 'masker_medis': ('Pcs', F(1, 50), 'Pcs'),
 'air_botol': ('Botol', F(1, 24), 'Botol'), 'sarung_kerja': ('Pasang', F(1, 12), 'Pasang'),
 'popok_dws': ('Dus isi 4 pak', F(4), 'Dus'), 'whatman42': ('Lembar', F(1, 100), 'Lembar'),
 'nitril': ('Dus isi 10 box', F(10), 'Dus'), 'kantong90': ('Lembar', F(1, 10), 'Lembar'),
 'masker_n95': ('Buah', F(1, 20), 'Buah'), 'underpad': ('Lembar', F(1, 10), 'Lembar'),
 'cf_3ply': ('Set', F(1, 500), 'Set'), 'beras_med': ('Karung 25 kg', F(25), 'Karung'),
 'teh': ('Dus isi 12 kotak', F(12), 'Dus'), 'deterjen': ('Dus isi 6 bungkus', F(6), 'Dus'),
 'sampo': ('Lusin', F(12), 'Lusin'), 'karung': ('Bal isi 100', F(100), 'Bal'),
 'aquades': ('Liter', F(1, 20), 'Liter'), 'oli_diesel': ('Liter', F(1, 5), 'Liter'), 'thermal80': ('Dus isi 50 roll', F(50), 'Dus'),
 'pita_printer': ('Lusin', F(12), 'Lusin'), 'blanko': ('Lembar', F(1, 500), 'Lembar'),
 'icepack': ('Dus isi 24', F(24), 'Dus'),
 'bat_aa': ('Buah', F(1, 4), 'Buah'),
 'telur': ('Rak isi 30 butir (±1,8 kg)', None, None),
}
ALT.pop('telur')

LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
O, N, T, A, D, M = LABELS

def nice_round(x, up=False):
    x = F(x)
    if x < 1000: step = 50
    elif x < 20000: step = 100
    elif x < 200000: step = 500
    elif x < 2000000: step = 1000
    else: step = 5000
    q = x / step
    q = math.ceil(q) if up else math.floor(q)
    return int(q * step)

# ---------------------------------------------------------------- label plan
SK_ORDER = [('sos1', 24), ('sos2', 22), ('bpbd1', 24), ('bpbd2', 22), ('pkb', 30),
            ('par1', 24), ('par2', 24), ('kec', 22), ('lab', 28), ('kel', 14)]
PAIRS = [(O, A), (O, M), (T, M), (T, O), (N, A), (N, M), (D, O), (D, A), (A, M)]
SINGLES = {O: 13, A: 13, M: 12, T: 21, N: 21, D: 21}

def make_deck(rng):
    deck = []
    for i in range(41):
        deck.append(frozenset(PAIRS[i % len(PAIRS)]))
    for k, v in SINGLES.items():
        deck += [frozenset([k])] * v
    total = sum(n for _, n in SK_ORDER)
    deck += [frozenset()] * (total - len(deck))
    rng.shuffle(deck)
    return deck

def deal(seed):
    rng = random.Random(seed)
    deck = make_deck(rng)
    out, i = {}, 0
    for sk, n in SK_ORDER:
        sets = deck[i:i + n]; i += n
        d = SUBKEG[sk]
        nn = sum(1 for s in sets if N in s)
        nt = sum(1 for s in sets if T in s)
        nd = sum(1 for s in sets if D in s)
        nfit = sum(1 for s in sets if not (N in s or T in s or D in s))
        if nn > len(d['noref']) or nt > len(d['off']) or nd > nfit - 2 or nfit > len(d['fit']):
            return None
        if sk in ('kel',) and nd > 2:
            return None
        out[sk] = sets
    return out

seed = 3100
while True:
    PLAN = deal(seed)
    if PLAN: break
    seed += 1
PLAN_SEED = seed

# ---------------------------------------------------------------- line building
def build_lines(sk, sets, rng, has_ppn, allow_koef_err):
    d = SUBKEG[sk]
    sets = list(sets)
    # DUPLICATE sets must not come in the first 3 positions
    rng.shuffle(sets)
    for i in range(min(3, len(sets))):
        if D in sets[i]:
            for j in range(len(sets) - 1, 2, -1):
                if D not in sets[j]:
                    sets[i], sets[j] = sets[j], sets[i]; break
    fit = list(d['fit']); rng.shuffle(fit)
    noref = list(d['noref']); rng.shuffle(noref)
    off = list(d['off']); rng.shuffle(off)
    lines = []
    for s in sets:
        ln = dict(sk=sk, labels=sorted(s, key=LABELS.index))
        if N in s:
            name, acct, unit, price, koef = noref.pop()
            ln.update(kind='noref', ref=None, wording=name, acct=acct, unit=unit, conv=None, koef=koef, base_price=price)
        elif T in s:
            ref, words, acct, unit, conv, koef = off.pop()
            ln.update(kind='off', ref=ref, wording=words[0], acct=acct, unit=unit, conv=F(conv), koef=koef)
        elif D in s:
            cands = [x for x in lines if x['kind'] == 'fit' and M not in x['labels'] and not x.get('dup_taken')]
            orig = cands[rng.randrange(len(cands))]
            orig['dup_taken'] = True
            ln.update(kind='dup', ref=orig['ref'], wording=orig['alt_wording'], acct=orig['acct_ok'], unit=orig['unit'],
                      conv=orig['conv'], koef=orig['koef'], dup_of=orig)
        else:
            idx = next((i for i, x in enumerate(fit) if x[0] in ALT), None) if O in s else None
            if idx is not None and rng.random() < 0.7:
                ref, words, acct, unit, conv, koef = fit.pop(idx)
            else:
                ref, words, acct, unit, conv, koef = fit.pop()
            ln.update(kind='fit', ref=ref, wording=words[0], alt_wording=words[1 % len(words)] if len(words) > 1 else words[0],
                      acct=acct, unit=unit, conv=F(conv), koef=koef)
        ln['acct_ok'] = ln['acct']
        lines.append(ln)
    # quantities, prices, accounts
    for ln in lines:
        s = set(ln['labels'])
        if ln['kind'] == 'dup':
            o = ln['dup_of']
            ln['koef_vals'] = list(o['koef_vals']); ln['unit'] = o['unit']; ln['conv'] = o['conv']
            # sometimes split need: half the quantity
            if rng.random() < 0.4 and len(ln['koef_vals']) >= 1 and ln['koef_vals'][-1][0] >= 2:
                v, lab = ln['koef_vals'][-1]
                ln['koef_vals'][-1] = (max(1, v // 2), lab)
        else:
            kv = []
            for lo, hi, lab in ln['koef']:
                v = rng.randint(lo, hi)
                if hi >= 1000 and hi - lo >= 100: v = max(lo, (v // 100) * 100)
                elif hi >= 100 and hi - lo >= 40: v = max(lo, (v // 10) * 10)
                kv.append((v, lab))
            ln['koef_vals'] = kv
            if ln['ref'] in ALT and (rng.random() < 0.85 or O in ln['labels']) and ln['kind'] == 'fit':
                unit, conv, lab = ALT[ln['ref']]
                v, _ = kv[-1]
                if conv > 1:
                    v = max(1, math.ceil(v / conv))
                else:
                    v = int(v / conv)
                kv[-1] = (v, lab)
                ln['unit'], ln['conv'] = unit, conv
                ln['alt_unit'] = True
        vol = 1
        for v, _ in ln['koef_vals']:
            vol *= v
        ln['volume_true'] = vol
        if ln['ref']:
            c = CAT[ln['ref']]
            ceil_unit = F(c['price']) * ln['conv']
            if O in s:
                f = F(rng.choice([125, 130, 135, 140, 150, 160, 175, 190, 200]), 100)
                p = nice_round(ceil_unit * f, up=True)
            elif ln['kind'] == 'dup' and rng.random() < 0.5 and O not in ln['dup_of']['labels']:
                p = ln['dup_of']['price']
            else:
                f = F(rng.choice([100, 100, 100, 98, 95, 92, 90]), 100)
                p = nice_round(ceil_unit * f)
                if p > ceil_unit: p = int(math.floor(ceil_unit))
            ln['price'] = p
            ln['price_per_cat_unit'] = F(p) / ln['conv']
            ln['ratio'] = ln['price_per_cat_unit'] / c['price']
        else:
            ln['price'] = ln['base_price']
        # PPN
        kind_goods = ACC[ln['acct_ok']][2] in ('goods', 'capital') if ln['ref'] is None else CAT[ln['ref']]['src'] == 'SSH'
        ln['ppn'] = PPN_GOODS if (has_ppn and kind_goods) else 0
        # account
        if M in s:
            kind = ACC[ln['acct_ok']][2]
            ln['acct'] = rng.choice(WRONG[kind])
        # arithmetic
        ln['volume'] = vol
        correct = (vol * ln['price'] * (100 + ln['ppn']) + 50) // 100
        ln['jumlah_correct'] = correct
        ln['jumlah'] = correct
        ln['arith_kind'] = None
        if A in s:
            kinds = ['typo', 'typo', 'x10', 'offset', 'offset']
            if has_ppn and ln['ppn']: kinds += ['ppn_missing'] * 3
            if allow_koef_err and len(ln['koef_vals']) >= 2: kinds += ['koef'] * 6
            for _try in range(50):
                k = rng.choice(kinds)
                ln['arith_kind'] = k; ln['volume'] = vol
                if k == 'typo':
                    digs = list(str(correct))
                    pos = rng.randrange(1, min(4, len(digs)))
                    digs[pos] = str((int(digs[pos]) + rng.choice([1, 2, 3, 7])) % 10)
                    ln['jumlah'] = int(''.join(digs))
                elif k == 'x10':
                    ln['jumlah'] = correct * 10 if rng.random() < 0.5 else correct // 10
                elif k == 'offset':
                    ln['jumlah'] = correct + rng.choice([-1, 1]) * nice_round(max(F(correct) * F(rng.choice([3, 5, 8, 12]), 100), 1000), up=True)
                elif k == 'ppn_missing':
                    ln['jumlah'] = vol * ln['price']
                elif k == 'koef':
                    dv = rng.choice([-2, -1, 1, 2, 3]) * max(1, vol // 10)
                    ln['volume'] = vol + dv
                    ln['jumlah'] = (ln['volume'] * ln['price'] * (100 + ln['ppn']) + 50) // 100
                    break
                if abs(ln['jumlah'] - correct) >= max(1000, correct // 200):
                    break
            else:
                raise RuntimeError('arith')
    # name/spec split
    for ln in lines:
        nm, _, sp = ln['wording'].partition(' | ')
        ln['name'] = nm.strip(); ln['spec'] = sp.strip() if sp.strip() not in ('', '-') else ''
        src = ln['dup_of'] if ln['kind'] == 'dup' else ln
        if src.get('alt_unit') and any(w in ln['spec'].lower() for w in ('box', 'pak', 'kotak', 'dus', 'isi', 'rim', 'karung', 'lusin')):
            ln['spec'] = ''
    return lines

def sort_by_account(lines):
    return sorted(lines, key=lambda l: ACC[l['acct']][0])

# ---------------------------------------------------------------- koef formatting
ABBR = {'Orang': 'org', 'Hari': 'hr', 'Kali': 'kl', 'Jam': 'jam', 'Bulan': 'bln', 'Pos': 'pos', 'Unit': 'unit',
        'Malam': 'mlm', 'Periode': 'periode', 'Titik': 'titik', 'Buah': 'bh', 'Lembar': 'lbr', 'Pasang': 'psg',
        'Kegiatan': 'keg', 'RT': 'RT', 'Pameran': 'pameran'}
def koef_str(kv, short=False):
    parts = []
    for v, lab in kv:
        lab2 = ABBR.get(lab, lab.lower()) if short else lab
        parts.append(f"{rupiah(v)} {lab2}")
    return ' x '.join(parts)

def uraian(ln):
    return ln['name'] + (f" ({ln['spec']})" if ln['spec'] else '')

# ---------------------------------------------------------------- catalogues output
def write_ssh_xlsx(path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'SSH 2027'
    ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'
    ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027'
    ws['A3'] = 'Lampiran I Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Tahun 2027 (harga tertinggi, belum termasuk PPN)'
    for c in ('A1', 'A2'): ws[c].font = Font(bold=True, size=12)
    ws.merge_cells('A5:A6'); ws['A5'] = 'No'
    ws.merge_cells('B5:D5'); ws['B5'] = 'Barang'
    ws['B6'] = 'Kode Barang'; ws['C6'] = 'Uraian Barang'; ws['D6'] = 'Spesifikasi'
    ws.merge_cells('E5:F5'); ws['E5'] = 'Harga'
    ws['E6'] = 'Satuan'; ws['F6'] = 'Harga Satuan (Rp)'
    ws.merge_cells('G5:G6'); ws['G5'] = 'Ket.'
    thin = Side(style='thin')
    for row in ws['A5:G6']:
        for c in row:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 7; no = 0; letters = 'ABCDEFGHIJKLMNOP'; gi = 0
    for row in ssh_rows:
        if isinstance(row, tuple):
            ws.cell(r, 1, f"{letters[gi]}."); ws.cell(r, 2, row[1]); gi += 1
            ws.cell(r, 2).font = Font(bold=True)
            for cc in range(1, 8): ws.cell(r, cc).fill = PatternFill('solid', fgColor='DDEBF7')
            r += 1; continue
        c = CAT[row]; no += 1
        ws.cell(r, 1, no); ws.cell(r, 2, c['kode']); ws.cell(r, 3, c['name']); ws.cell(r, 4, c['spec'])
        ws.cell(r, 5, c['unit']); ws.cell(r, 6, c['price']).number_format = '#,##0'
        ws.cell(r, 7, '')
        r += 1
    for col, w in zip('ABCDEFG', (6, 22, 34, 46, 18, 18, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A7'
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(path); fix_zip(path)

def write_sbu_pdf(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40,
                            title='SBU 2027', author='BPKAD Kota Samarinda', creator='review31', invariant=1)
    st = getSampleStyleSheet()['Normal']; st.fontName = 'DV'; st.fontSize = 8
    hs = getSampleStyleSheet()['Title']; hs.fontName = 'DVB'; hs.fontSize = 11
    story = [Paragraph('STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA', hs),
             Paragraph('TAHUN ANGGARAN 2027', hs),
             Paragraph('Besaran merupakan batas tertinggi. Honorarium belum dipotong PPh. OJ = orang jam, OH = orang hari, OB = orang bulan, OK = orang kali.', st),
             Spacer(1, 8)]
    data = [['No', 'Kode', 'Uraian', 'Satuan', 'Besaran (Rp)']]
    styles = [('FONT', (0, 0), (-1, -1), 'DV', 7.5), ('FONT', (0, 0), (-1, 0), 'DVB', 7.5),
              ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('ALIGN', (4, 1), (4, -1), 'RIGHT'),
              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9d9d9'))]
    no = 0
    for row in sbu_rows:
        if isinstance(row, tuple):
            data.append(['', '', row[1], '', ''])
            styles.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVB', 7.5))
            continue
        c = CAT[row]; no += 1
        data.append([str(no), c['kode'], c['name'], c['unit'], rupiah(c['price'])])
    shrink_styles(data, [25, 80, 300, 70, 65], 'DV', 7.5, styles)
    t = Table(data, colWidths=[25, 80, 300, 70, 65], repeatRows=1)
    t.setStyle(TableStyle(styles))
    story.append(t)
    doc.build(story)

# ---------------------------------------------------------------- RKA layouts
def sk_header_lines(d):
    return [('Urusan Pemerintahan', d['urusan']), ('Program', d['program']), ('Kegiatan', d['kegiatan']),
            ('Sub Kegiatan', f"{d['code']} {d['name']}"), ('Organisasi', d['opd']),
            ('Lokasi', d['lokasi']), ('Sumber Pendanaan', 'PAD / DAU'),
            ('Indikator Keluaran', d['indikator']), ('Target Keluaran', d['target'])]

def layout_xlsx_sipd(path, groups):
    """L1: one sheet per sub-kegiatan, title block, two-row merged header, account group rows, PPN."""
    wb = openpyxl.Workbook(); first = True
    thin = Side(style='thin'); B = Border(top=thin, bottom=thin, left=thin, right=thin)
    for si, (sk, lines) in enumerate(groups, 1):
        d = SUBKEG[sk]
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = d['code'][-9:].replace('.', '_')
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN'; ws['A2'] = 'SATUAN KERJA PERANGKAT DAERAH'
        ws['A3'] = 'PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
        for c in ('A1', 'A2', 'A3'): ws[c].font = Font(bold=True)
        r = 5
        for k, v in sk_header_lines(d):
            ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); r += 1
        r += 1
        h1 = r
        ws.merge_cells(start_row=h1, start_column=1, end_row=h1 + 1, end_column=1); ws.cell(h1, 1, 'No')
        ws.merge_cells(start_row=h1, start_column=2, end_row=h1 + 1, end_column=2); ws.cell(h1, 2, 'Kode Rekening')
        ws.merge_cells(start_row=h1, start_column=3, end_row=h1 + 1, end_column=4); ws.cell(h1, 3, 'Uraian')
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9); ws.cell(h1, 5, 'Rincian Perhitungan')
        for j, t in enumerate(['Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)'], 5):
            ws.cell(h1 + 1, j, t)
        ws.merge_cells(start_row=h1, start_column=10, end_row=h1 + 1, end_column=10); ws.cell(h1, 10, 'Jumlah (Rp)')
        for rr in (h1, h1 + 1):
            for cc in range(1, 11):
                c = ws.cell(rr, cc); c.font = Font(bold=True); c.border = B
                c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        r = h1 + 2
        cur = None; grp_row = None; grp_sum = 0; total = 0
        for i, ln in enumerate(lines, 1):
            if ln['acct'] != cur:
                if grp_row: ws.cell(grp_row, 10, grp_sum).number_format = '#,##0'
                cur = ln['acct']; grp_row = r; grp_sum = 0
                ws.cell(r, 2, ACC[cur][0]); ws.cell(r, 3, ACC[cur][1])
                for cc in range(1, 11): ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = B
                r += 1
            no = f"{si}.{i}"; ln['no'] = no
            vals = [no, '', ln['name'], ln['spec'], koef_str(ln['koef_vals']), ln['volume'], ln['unit'], ln['price'], ln['ppn'], ln['jumlah']]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = B
                if j in (6, 8, 10): c.number_format = '#,##0'
            grp_sum += ln['jumlah']; total += ln['jumlah']; r += 1
        if grp_row: ws.cell(grp_row, 10, grp_sum).number_format = '#,##0'
        ws.cell(r, 3, 'JUMLAH SUB KEGIATAN'); ws.cell(r, 10, total).number_format = '#,##0'
        ws.cell(r, 3).font = Font(bold=True)
        r += 3
        ws.cell(r, 8, 'Samarinda, 20 November 2026'); ws.cell(r + 1, 8, 'Kepala UPTD'); ws.cell(r + 5, 8, '(....................................)')
        for col, w in zip('ABCDEFGHIJ', (7, 20, 42, 30, 24, 9, 16, 14, 8, 16)):
            ws.column_dimensions[col].width = w
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(path); fix_zip(path)

def price_text(p, rng):
    if p >= 1000000 and p % 100000 == 0 and rng.random() < 0.5:
        s = f"{p / 1000000:.2f}".rstrip('0').rstrip('.').replace('.', ',')
        return f"{s} jt"
    return f"Rp {rupiah(p)}" if rng.random() < 0.8 else f"Rp{rupiah(p)},-"

def layout_xlsx_text(path, groups, rng):
    """L2: single sheet, several sub-kegiatan, columns in unusual order, text prices, inline koefisien, hidden helpers."""
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RKA BPBD 2027'
    ws['A1'] = 'DRAFT RKA BPBD KOTA SAMARINDA TA. 2027 (bahan asistensi TAPD)'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'disusun oleh: Sekretariat / Subbag Perencanaan & Keuangan - versi 3 (rev. 18-11-2026)'
    hdr = ['Jumlah (Rp)', 'No.', 'Uraian Belanja', 'Rincian', 'Sat.', 'Harga Satuan', 'Rekening', 'vol_hlp', 'hrg_2026']
    r = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='FCE4D6')
    r += 1; n = 0
    for sk, lines in groups:
        d = SUBKEG[sk]
        ws.cell(r, 3, f"SUB KEGIATAN {d['code']} - {d['name']}").font = Font(bold=True); r += 1
        ws.cell(r, 3, f"Output: {d['indikator']} = {d['target']}").font = Font(italic=True); r += 1
        tot = 0
        for ln in lines:
            n += 1; ln['no'] = str(n)
            ln['price_text'] = price_text(ln['price'], rng)
            ln['jumlah_text'] = f"Rp {rupiah(ln['jumlah'])}"
            vals = [ln['jumlah_text'], n, uraian(ln), koef_str(ln['koef_vals'], short=True), ln['unit'],
                    ln['price_text'], f"{ACC[ln['acct']][0]} - {ACC[ln['acct']][1]}", ln['volume'],
                    int(nice_round(F(ln['price']) * F(rng.choice([90, 95, 100])) / 100))]
            for j, v in enumerate(vals, 1):
                ws.cell(r, j, v)
            tot += ln['jumlah']; r += 1
        ws.cell(r, 1, f"Rp {rupiah(tot)}").font = Font(bold=True); ws.cell(r, 3, 'Subtotal sub kegiatan').font = Font(bold=True)
        r += 2
    ws.column_dimensions['H'].hidden = True; ws.column_dimensions['I'].hidden = True
    for col, w in zip('ABCDEFG', (18, 5, 58, 24, 12, 16, 70)):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(path); fix_zip(path)

def layout_csv(path, groups):
    """L3: semicolon CSV export, volume and unit in one cell, plain numbers with ',00'."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=';', lineterminator='\r\n')
    w.writerow(['kode_skpd', 'kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_rekening', 'nama_rekening', 'no_rinci',
                'uraian_rinci', 'spesifikasi', 'volume_satuan', 'harga_satuan', 'total'])
    n = 0
    for sk, lines in groups:
        d = SUBKEG[sk]
        for ln in lines:
            n += 1; ln['no'] = str(n)
            w.writerow(['2.15.0.00.0.00.01.0001', d['code'], d['name'], ACC[ln['acct']][0], ACC[ln['acct']][1], n,
                        ln['name'], ln['spec'], f"{ln['volume']} {ln['unit']}", f"{ln['price']},00", f"{ln['jumlah']},00"])
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(out.getvalue())

def layout_pdf_sipd(path, groups):
    """L4: born-digital SIPD-like PDF, header block, account rows, repeated table header."""
    W, H = landscape(A4)
    def on_page(c, doc):
        c.saveState(); c.setFont('DV', 7)
        c.drawString(30, H - 20, 'SIPD - Sistem Informasi Pemerintahan Daerah | Dicetak: 20-11-2026 09:00 | RKA-Rincian Belanja SKPD')
        c.drawRightString(W - 30, 18, f"Halaman {doc.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=25, rightMargin=25, topMargin=32, bottomMargin=30,
                            title='RKA Rincian Belanja', author='SIPD', creator='SIPD RI', invariant=1)
    st = getSampleStyleSheet()['Normal']; st.fontName = 'DV'; st.fontSize = 8; st.leading = 10
    bs = getSampleStyleSheet()['Normal']; bs.fontName = 'DVB'; bs.fontSize = 10; bs.leading = 13
    story = []; n = 0
    for gi, (sk, lines) in enumerate(groups):
        d = SUBKEG[sk]
        story.append(Paragraph('RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1) - TAHUN ANGGARAN 2027', bs))
        story.append(Paragraph(f"PEMERINTAH KOTA SAMARINDA - {d['opd']}", bs))
        hdr = [[k, ':', Paragraph(v, st)] for k, v in sk_header_lines(d)]
        ht = Table(hdr, colWidths=[110, 10, 650])
        ht.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
        story += [ht, Spacer(1, 6)]
        data = [['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah']]
        styles = [('FONT', (0, 0), (-1, -1), 'DV', 6.8), ('FONT', (0, 0), (-1, 0), 'DVB', 6.8),
                  ('GRID', (0, 0), (-1, -1), 0.3, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e7e6e6')),
                  ('ALIGN', (6, 1), (8, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                  ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
        cur = None; gidx = None; gsum = 0; tot = 0
        for ln in lines:
            if ln['acct'] != cur:
                if gidx is not None: data[gidx][8] = rupiah(gsum)
                cur = ln['acct']; data.append(['', ACC[cur][0], ACC[cur][1], '', '', '', '', '', '']); gidx = len(data) - 1; gsum = 0
                styles.append(('FONT', (0, gidx), (-1, gidx), 'DVB', 6.8)); styles.append(('SPAN', (2, gidx), (7, gidx)))
            n += 1; ln['no'] = str(n)
            data.append([str(n), '', ln['name'], ln['spec'], koef_str(ln['koef_vals']), ln['unit'], rupiah(ln['price']),
                         f"{ln['ppn']}%", rupiah(ln['jumlah'])])
            gsum += ln['jumlah']; tot += ln['jumlah']
        data[gidx][8] = rupiah(gsum)
        data.append(['', '', 'JUMLAH SUB KEGIATAN', '', '', '', '', '', rupiah(tot)])
        styles.append(('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'DVB', 6.8))
        widths = [22, 78, 200, 150, 110, 62, 62, 30, 72]
        grp_rows = {i for i, r in enumerate(data) if i > 0 and r[0] == ''}
        shrink_styles(data, widths, 'DV', 6.8, styles, bold_rows=grp_rows | {len(data) - 1}, span_rows=grp_rows)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(styles))
        story.append(t)
        if gi < len(groups) - 1:
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

def shrink_styles(data, widths, font, size, styles, start=1, bold_rows=(), span_rows=()):
    for ri in range(start, len(data)):
        for ci, cell in enumerate(data[ri]):
            if not isinstance(cell, str) or not cell: continue
            fn = 'DVB' if ri in bold_rows else font
            sz = size
            wmax = sum(widths[2:8]) if (ri in span_rows and ci == 2) else widths[ci]
            while pdfmetrics.stringWidth(cell, fn, sz) > wmax - 5 and sz > 4:
                sz -= 0.2
            if sz != size:
                styles.append(('FONT', (ci, ri), (ci, ri), fn, round(sz, 2)))

def fit_font(c, text, font, size, maxw):
    while pdfmetrics.stringWidth(text, font, size) > maxw and size > 5:
        size -= 0.25
    return size

def layout_pdf_noruling(path, groups):
    """L6: PDF without any ruling lines; header only on page 1; table just continues on page 2."""
    W, H = A4
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('RKA UPTD Lab Lingkungan 2027'); c.setAuthor('UPTD Laboratorium Lingkungan')
    y = H - 40
    sk, lines = groups[0]; d = SUBKEG[sk]
    c.setFont('DVB', 10); c.drawString(35, y, 'RINCIAN ANGGARAN BELANJA - RKA TA 2027'); y -= 14
    c.setFont('DV', 8)
    for k, v in sk_header_lines(d):
        c.drawString(35, y, f"{k}"); c.drawString(130, y, f": {v[:105]}"); y -= 11
    y -= 8
    cols = [(35, 'No', 'l'), (55, 'Uraian / Spesifikasi', 'l'), (330, 'Vol', 'r'), (336, 'Satuan', 'l'),
            (470, 'Harga Sat.', 'r'), (560, 'Jumlah', 'r')]
    c.setFont('DVB', 7.5)
    for x, t, a in cols:
        (c.drawRightString if a == 'r' else c.drawString)(x, y, t)
    y -= 14
    cur = None; n = 0
    for ln in lines:
        if y < 50:
            c.showPage(); y = H - 45
        if ln['acct'] != cur:
            cur = ln['acct']; c.setFont('DVB', 7.2)
            c.drawString(55, y, f"{ACC[cur][0]}  {ACC[cur][1]}"); y -= 12
        n += 1; ln['no'] = str(n)
        c.setFont('DV', 7.2)
        c.drawString(35, y, ln['no'])
        txt = ln['name']
        c.setFont('DV', fit_font(c, txt, 'DV', 7.2, 268)); c.drawString(55, y, txt)
        c.setFont('DV', 7.2)
        c.drawRightString(330, y, rupiah(ln['volume']))
        c.drawString(336, y, ln['unit'][:24])
        c.drawRightString(470, y, rupiah(ln['price']))
        c.drawRightString(560, y, rupiah(ln['jumlah']))
        y -= 9
        c.setFont('DV', 6.3)
        sub = (ln['spec'] + '; ' if ln['spec'] else '') + 'koef: ' + koef_str(ln['koef_vals'], short=True)
        c.drawString(62, y, sub[:120]); y -= 12
    tot = sum(l['jumlah'] for l in lines)
    c.setFont('DVB', 7.5); c.drawString(55, y - 4, 'JUMLAH'); c.drawRightString(560, y - 4, rupiah(tot))
    c.showPage(); c.save()

# -------------------------------------------------------------- raster pages (scan / photo)
def render_table_image(title_lines, header, rows, colw, widths_px, dpi_scale, row_h, font_sz):
    Wp = sum(widths_px) + 160
    Hp = int(160 + len(title_lines) * font_sz * 1.6 + (len(rows) + 1) * row_h + 300)
    img = Image.new('L', (Wp, Hp), 255); dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, font_sz); fb = ImageFont.truetype(FONTB, font_sz)
    y = 80
    for i, t in enumerate(title_lines):
        dr.text((80, y), t, font=fb if i < 2 else f, fill=0); y += int(font_sz * 1.6)
    y += 20
    x0 = 80
    def draw_row(cells, bold=False, shade=False):
        nonlocal y
        x = x0
        if shade: dr.rectangle([x0, y, x0 + sum(widths_px), y + row_h], fill=225)
        for (cell, align), w in zip(cells, widths_px):
            dr.rectangle([x, y, x + w, y + row_h], outline=0, width=2)
            ff = fb if bold else f
            sz = font_sz
            while dr.textlength(cell, font=ff) > w - 12 and sz > 10:
                sz -= 1; ff = ImageFont.truetype(FONTB if bold else FONT, sz)
            tw = dr.textlength(cell, font=ff)
            tx = x + 6 if align == 'l' else (x + w - 6 - tw if align == 'r' else x + (w - tw) / 2)
            dr.text((tx, y + (row_h - sz) / 2 - 2), cell, font=ff, fill=0)
            x += w
        y += row_h
    draw_row([(h, 'c') for h in header], bold=True, shade=True)
    for cells, bold in rows:
        draw_row(cells, bold=bold)
    return img, y

def degrade_scan(img, rng, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr * 0.92 + 12 + nr.normal(0, 14, arr.shape)
    # speckles
    mask = nr.random(arr.shape) < 0.0015
    arr[mask] = 40
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    return out

def scan_rows(lines, with_groups=True):
    rows = []; cur = None; truth = []
    for ln in lines:
        if with_groups and ln['acct'] != cur:
            cur = ln['acct']
            gs = sum(l['jumlah'] for l in lines if l['acct'] == cur)
            rows.append(([('', 'c'), (ACC[cur][0], 'l'), (ACC[cur][1], 'l'), ('', 'c'), ('', 'c'), ('', 'r'), (rupiah(gs), 'r')], True))
            truth.append(f"{ACC[cur][0]} | {ACC[cur][1]} | {rupiah(gs)}")
        cells = [(ln['no'], 'c'), ('', 'l'), (uraian(ln), 'l'), (koef_str(ln['koef_vals'], short=True), 'l'), (ln['unit'], 'c'),
                 (rupiah(ln['price']), 'r'), (rupiah(ln['jumlah']), 'r')]
        rows.append((cells, False))
        truth.append(' | '.join(c[0] for c in cells if c[0] != ''))
    return rows, truth

def layout_scan(path_pdf, truth_path, groups, rng):
    """L5: image-only PDF of a printed RKA (2 pages, 200 dpi), rotated, noisy."""
    sk, lines = groups[0]; d = SUBKEG[sk]
    for i, ln in enumerate(lines, 1): ln['no'] = str(i)
    split = 13
    header = ['No', 'Kode Rek.', 'Uraian', 'Koefisien', 'Satuan', 'Harga Satuan', 'Jumlah (Rp)']
    widths = [70, 250, 760, 300, 190, 200, 230]
    pages = []; truth_all = []
    for pi, chunk in enumerate([lines[:split], lines[split:]]):
        title = ([f'RKA SKPD TAHUN ANGGARAN 2027 - {d["opd"].upper()}', f'Sub Kegiatan: {d["code"]} {d["name"]}',
                  f'Program: {d["program"]}', f'Indikator: {d["indikator"]} | Target: {d["target"]}', f'Lokasi: {d["lokasi"]}']
                 if pi == 0 else [f'RKA SKPD TA 2027 - {d["opd"]} (lanjutan)', f'Sub Kegiatan: {d["code"]}'])
        rows, truth = scan_rows(chunk)
        if pi == 1:
            tot = sum(l['jumlah'] for l in lines)
            rows.append(([('', 'c'), ('', 'l'), ('JUMLAH SUB KEGIATAN', 'l'), ('', 'l'), ('', 'c'), ('', 'r'), (rupiah(tot), 'r')], True))
            truth.append(f"JUMLAH SUB KEGIATAN | {rupiah(tot)}")
        img, _ = render_table_image(title, header, rows, None, widths, 1, 62, 26)
        # paste on A4 landscape canvas at 200 dpi: 2339 x 1654
        page = Image.new('L', (2339, 1654), 255)
        img.thumbnail((2300, 1640))
        page.paste(img, (20, 10))
        dr = ImageDraw.Draw(page); fsm = ImageFont.truetype(FONT, 22)
        dr.text((2339 - 260, 1654 - 60), f'Hal. {pi + 1}/2', font=fsm, fill=0)
        page = degrade_scan(page, rng, angle=[0.9, -1.3][pi])
        pages.append(page.convert('RGB'))
        truth_all += [f"--- halaman {pi + 1} ---"] + title + [' | '.join(header)] + truth
    pages[0].save(path_pdf, save_all=True, append_images=pages[1:], resolution=200.0,
                  creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer='Canon DR-C240 scan', title='scan')
    with open(truth_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(truth_all) + '\n')

def find_coeffs(src, dst):
    # perspective coefficients mapping dst->src for PIL
    A_ = []; B_ = []
    for (x, y), (X, Y) in zip(dst, src):
        A_.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B_.append(X)
        A_.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B_.append(Y)
    return np.linalg.solve(np.array(A_, float), np.array(B_, float)).tolist()

def layout_photo(path_jpg, truth_path, groups, rng):
    """L7: phone photo of a printed RKA page: perspective, uneven light, JPEG."""
    sk, lines = groups[0]; d = SUBKEG[sk]
    for i, ln in enumerate(lines, 1): ln['no'] = str(i)
    header = ['No', 'Kode Rek.', 'Uraian', 'Koefisien', 'Sat.', 'Harga Sat.', 'Jumlah']
    widths = [60, 230, 640, 260, 190, 170, 200]
    title = [f'RKA {d["opd"].upper()} TA 2027', f'Sub Kegiatan {d["code"]} {d["name"]}',
             f'Indikator: {d["indikator"]} ({d["target"]})']
    rows, truth = scan_rows(lines)
    tot = sum(l['jumlah'] for l in lines)
    rows.append(([('', 'c'), ('', 'l'), ('JUMLAH', 'l'), ('', 'l'), ('', 'c'), ('', 'r'), (rupiah(tot), 'r')], True))
    truth.append(f"JUMLAH | {rupiah(tot)}")
    img, yend = render_table_image(title, header, rows, None, widths, 1, 56, 25)
    img = img.crop((0, 0, img.width, min(img.height, yend + 120)))
    paper = img.convert('RGB')
    Wp, Hp = paper.size
    # background (table top) and perspective
    OW = 2400; OH = int(110 + Hp * (2200 / Wp) + 40 + 170)
    bg = Image.new('RGB', (OW, OH), (92, 70, 52))
    nr = np.random.default_rng(7)
    bgarr = np.asarray(bg).astype(np.float32) + nr.normal(0, 6, (OH, OW, 3))
    bg = Image.fromarray(np.clip(bgarr, 0, 255).astype(np.uint8))
    sc = 2200 / Wp
    dst = [(120, 110), (120 + 2180, 170), (120 + 2150, 110 + Hp * sc + 40), (150, 110 + Hp * sc - 10)]
    src = [(0, 0), (Wp, 0), (Wp, Hp), (0, Hp)]
    coeffs = find_coeffs(src, dst)
    warped = paper.transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', paper.size, 255).transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:OH, 0:OW]
    light = 1.0 - 0.28 * ((xx / OW - 0.15) ** 2 + (yy / OH - 0.2) ** 2)
    arr = arr * light[..., None]
    arr[..., 0] *= 1.03; arr[..., 2] *= 0.93   # warm indoor light
    arr += nr.normal(0, 5, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    out = out.resize((OW * 3 // 4, OH * 3 // 4), Image.LANCZOS)
    out.save(path_jpg, quality=80)
    with open(truth_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(title + [' | '.join(header)] + truth) + '\n')

# ---------------------------------------------------------------- main
def frac_s(x):
    return None if x is None else (str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}")

def main():
    rng = random.Random(31031)
    write_ssh_xlsx(os.path.join(DATA, 'ssh_2027_kota_samarinda.xlsx'))
    write_sbu_pdf(os.path.join(DATA, 'sbu_2027_kota_samarinda.pdf'))
    cats = ['ssh_2027_kota_samarinda.xlsx', 'sbu_2027_kota_samarinda.pdf']
    FILES = [
        ('rka_dinsos_pstw_2027.xlsx', ['sos1', 'sos2'], 'xlsx_sipd_multisheet', True, True),
        ('rka_bpbd_posko_pelatihan_2027.xlsx', ['bpbd1', 'bpbd2'], 'xlsx_textprice_hidden_cols', False, False),
        ('export_rka_uptd_pkb_2027.csv', ['pkb'], 'csv_semicolon_export', False, False),
        ('RKA_Dispar_2027_SIPD.pdf', ['par1', 'par2'], 'pdf_sipd_born_digital', True, True),
        ('scan_rka_kec_sungai_kunjang_2027.pdf', ['kec'], 'scan_image_pdf_200dpi', False, False),
        ('rka_lab_lingkungan_2027_final.pdf', ['lab'], 'pdf_no_ruling_no_repeat_header', False, True),
        ('foto_rka_kel_karang_asam_ulu.jpg', ['kel'], 'phone_photo_jpg', False, False),
    ]
    manifest = []; truth_all = []
    for fname, sks, layout, has_ppn, koef_err in FILES:
        groups = []
        for sk in sks:
            lines = build_lines(sk, PLAN[sk], rng, has_ppn, koef_err)
            if layout != 'xlsx_textprice_hidden_cols':
                lines = sort_by_account(lines)
            groups.append((sk, lines))
        path = os.path.join(DATA, fname)
        extra = {}
        if layout == 'xlsx_sipd_multisheet': layout_xlsx_sipd(path, groups)
        elif layout == 'xlsx_textprice_hidden_cols': layout_xlsx_text(path, groups, rng)
        elif layout == 'csv_semicolon_export': layout_csv(path, groups)
        elif layout == 'pdf_sipd_born_digital': layout_pdf_sipd(path, groups)
        elif layout == 'pdf_no_ruling_no_repeat_header': layout_pdf_noruling(path, groups)
        elif layout == 'scan_image_pdf_200dpi':
            tp = os.path.join(HERE, 'scan_truth.txt'); layout_scan(path, tp, groups, rng); extra['text_truth'] = 'scan_truth.txt'
        elif layout == 'phone_photo_jpg':
            tp = os.path.join(HERE, 'photo_truth.txt'); layout_photo(path, tp, groups, rng); extra['text_truth'] = 'photo_truth.txt'
        stem = os.path.splitext(fname)[0]
        labels = {}
        for sk, lines in groups:
            for ln in lines:
                assert ln['no'] not in labels
                labels[ln['no']] = ln['labels']
        with open(os.path.join(DATA, stem + '.labels.json'), 'w') as f:
            json.dump({'labels': labels}, f, indent=1, ensure_ascii=False)
        manifest.append({'rka': fname, 'catalogues': cats, 'labels': stem + '.labels.json',
                         'opd': SUBKEG[sks[0]]['opd'], 'layout': layout})
        flines = []
        for sk, lines in groups:
            d = SUBKEG[sk]
            for ln in lines:
                c = CAT.get(ln['ref']) if ln['ref'] else None
                flines.append({
                    'no': ln['no'], 'sub_kegiatan_code': d['code'], 'sub_kegiatan_name': d['name'],
                    'indikator': d['indikator'],
                    'account_code': ACC[ln['acct']][0], 'account_name': ACC[ln['acct']][1],
                    'account_correct_code': ACC[ln['acct_ok']][0], 'account_correct_name': ACC[ln['acct_ok']][1],
                    'item_kind': ln['kind'], 'name': ln['name'], 'spec': ln['spec'], 'uraian_printed': uraian(ln),
                    'unit': ln['unit'], 'koefisien': [[v, lab] for v, lab in ln['koef_vals']],
                    'koefisien_text': koef_str(ln['koef_vals']), 'volume_printed': ln['volume'], 'volume_from_koef': ln['volume_true'],
                    'price': ln['price'], 'price_text': ln.get('price_text'), 'ppn_percent': ln['ppn'],
                    'jumlah_printed': ln['jumlah'], 'jumlah_correct': ln['jumlah_correct'], 'arith_error_kind': ln['arith_kind'],
                    'catalogue_ref': None if not c else {'catalogue': c['src'], 'file': cats[0] if c['src'] == 'SSH' else cats[1],
                        'kode': c['kode'], 'name': c['name'], 'spec': c['spec'], 'unit': c['unit'], 'price': c['price'],
                        'catalogue_units_per_rka_unit': frac_s(ln['conv']),
                        'price_per_catalogue_unit': frac_s(ln['price_per_cat_unit']),
                        'ratio_to_catalogue': round(float(ln['ratio']), 4)},
                    'duplicate_of': ln['dup_of']['no'] if ln['kind'] == 'dup' else None,
                    'labels': ln['labels'],
                })
        truth_all.append({'file': fname, 'layout': layout, 'opd': SUBKEG[sks[0]]['opd'], **extra, 'lines': flines})
    with open(os.path.join(DATA, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, 'truth_lines.json'), 'w') as f:
        json.dump({'plan_seed': PLAN_SEED, 'overpriced_margin': '> 110 % of catalogue price per catalogue unit',
                   'files': truth_all}, f, indent=1, ensure_ascii=False)
    # counts
    cnt = {k: 0 for k in LABELS}; nl = 0; clean = 0
    for t in truth_all:
        for l in t['lines']:
            nl += 1; clean += not l['labels']
            for k in l['labels']: cnt[k] += 1
    print('lines', nl, 'clean', clean, cnt)

if __name__ == '__main__':
    main()
