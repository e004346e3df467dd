# -*- coding: utf-8 -*-
"""Generate the review21 blind RKA-review set. Deterministic. Written blind, 2026-12-06."""
import json, os, random, math, csv, io, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_data import SSH, SBU, ACC, ACC_KIND, WRONG
from subkeg_data import SUBKEGS, FILES

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
os.makedirs(DATA, exist_ok=True)
rng = random.Random(20271)
OVER_MARGIN = 1.10   # OVERPRICED if unit price per catalogue unit > catalogue price * 1.10
PPN_LAYOUTS = {'A_sipd_xlsx_sheets', 'D_sipd_pdf_print', 'F_kertas_kerja_xlsx_koef_columns'}
NO_PPN_ACC = {'hnara', 'htim', 'transp', 'pdd', 'pdb', 'jadm', 'jkeb'}

def fmt(n):
    s = f"{abs(int(n)):,}".replace(',', '.')
    return ('-' if n < 0 else '') + s

def jt(n):
    v = n / 1_000_000
    s = (f"{v:.2f}").rstrip('0').rstrip('.').replace('.', ',')
    return s + ' jt'

def jumlah_of(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100

# ---------------- catalogue kode assignment ----------------
def assign_codes():
    cats = []
    for r in SSH:
        if r['cat'] not in cats: cats.append(r['cat'])
    cnt = {}
    for r in SSH:
        ci = cats.index(r['cat']) + 1
        cnt[ci] = cnt.get(ci, 0) + 1
        r['kode'] = f"1.1.7.01.{ci:02d}.{(cnt[ci]-1)//40+1:02d}.{cnt[ci]:03d}"
    cats2 = []; cnt = {}
    for r in SBU:
        if r['cat'] not in cats2: cats2.append(r['cat'])
        ci = cats2.index(r['cat']) + 1
        cnt[ci] = cnt.get(ci, 0) + 1
        r['kode'] = f"SBU.{ci:02d}.{cnt[ci]:03d}"
assign_codes()
CAT = {}
for r in SSH: r['src'] = 'SSH'
for r in SBU: r['src'] = 'SBU'
for r in SSH + SBU:
    if r['key']: CAT[r['key']] = r
SSH_FILE = 'ssh_kota_samarinda_2027.xlsx'
SBU_FILE = 'sbu_kota_samarinda_2027.pdf'

# ---------------- label slots ----------------
COMBOS = ([()] * 110 +
  [('OVERPRICED',)] * 24 + [('OVERPRICED', 'ARITHMETIC')] * 6 + [('OVERPRICED', 'ACCOUNT_MISMATCH')] * 7 +
  [('NO_PRICE_REFERENCE',)] * 24 + [('NO_PRICE_REFERENCE', 'ACCOUNT_MISMATCH')] * 6 + [('NO_PRICE_REFERENCE', 'ARITHMETIC')] * 4 +
  [('OFF_TARGET',)] * 24 + [('OFF_TARGET', 'ARITHMETIC')] * 5 + [('OFF_TARGET', 'ACCOUNT_MISMATCH')] * 2 +
  [('ARITHMETIC',)] * 19 + [('ACCOUNT_MISMATCH',)] * 19 +
  [('DUPLICATE',)] * 21 + [('DUPLICATE', 'OVERPRICED')] * 5 + [('DUPLICATE', 'ARITHMETIC')] * 4)
assert len(COMBOS) == 20 * len(SUBKEGS), len(COMBOS)
NSK = len(SUBKEGS)
deal = [[] for _ in range(NSK)]
for i, c in enumerate(COMBOS):
    deal[i % NSK].append(c)

def parse_koef(spec):
    parts = []
    for p in spec.split(' x '):
        lab, rngs = p.split(':')
        lo, hi = map(int, rngs.split('-'))
        parts.append((lab, lo, hi))
    return parts

def draw_parts(spec):
    out = []
    for lab, lo, hi in parse_koef(spec):
        v = rng.randint(lo, hi)
        if hi - lo >= 50: v = int(round(v, -1)) or lo
        out.append([v, lab])
    return out

LABNAME = {'pcs': 'Pcs', 'm': 'm', 'bks': 'Bks', 'ktk': 'Ktk', 'org': 'Org', 'hr': 'Hr', 'kl': 'Kl', 'bln': 'Bln', 'jam': 'Jam', 'kgt': 'Keg', 'unit': 'Unit', 'bh': 'Bh',
           'm2': 'm²', 'rim': 'Rim', 'box': 'Box', 'btl': 'Btl', 'ltr': 'Ltr', 'stel': 'Stel', 'psg': 'Psg', 'roll': 'Roll',
           'pak': 'Pak', 'krg': 'Krg', 'dus': 'Dus', 'kg': 'Kg', 'klg': 'Klg', 'lbr': 'Lbr', 'pkt': 'Pkt', 'dok': 'Dok',
           'lsn': 'Lsn', 'eks': 'Eks', 'tyg': 'Tyg', 'tbg': 'Tbg', 'jrg': 'Jrg', 'gln': 'Gln', 'spl': 'Spl', 'kit': 'Kit', 'sak': 'Sak'}

def koef_text(parts):
    return ' x '.join(f"{fmt(v)} {LABNAME.get(l, l)}" for v, l in parts)

def round_price(p, down=True):
    step = 500 if p >= 20000 else (100 if p >= 2000 else (50 if p >= 500 else 5))
    return (int(p) // step) * step if down else int(math.ceil(p / step)) * step

def build_lines(sk, combos, layout):
    """Return list of line dicts in printed order (before numbering)."""
    has_ppn = layout in PPN_LAYOUTS
    combos = combos[:]
    rng.shuffle(combos)
    dups = [c for c in combos if 'DUPLICATE' in c]
    base = [c for c in combos if 'DUPLICATE' not in c]
    menu = sk['menu'][:]
    rng.shuffle(menu)
    offs = sk['off'][:]; rng.shuffle(offs)
    norefs = sk['noref'][:]; rng.shuffle(norefs)
    lines = []
    mi = 0
    for c in base:
        L = dict(labels=list(c), sk=sk['id'])
        if 'NO_PRICE_REFERENCE' in c:
            name, spec, unit, price, acc = norefs.pop()
            parts = [[rng.randint(2, 12) if price < 5_000_000 else rng.randint(1, 3), unit.split()[0].split('/')[0]]]
            if price < 20000: parts[0][0] *= 50
            L.update(kind='noref', cat_key=None, name=name, spec=spec, unit=unit, sat=unit, f=1, acc_ok=acc, parts=parts, price=price)
        elif 'OFF_TARGET' in c:
            key = offs.pop(); r = CAT[key]
            v = rng.randint(1, 4) if r['price'] > 1_000_000 else rng.randint(5, 40)
            if r['src'] == 'SBU' and r['unit'] in ('Orang/Kali', 'Paket/Hari'):
                parts = [[rng.randint(20, 60) if r['unit'] == 'Orang/Kali' else 1, 'org' if r['unit'] == 'Orang/Kali' else 'pkt'], [rng.randint(2, 4), 'kl' if r['unit'] == 'Orang/Kali' else 'hr']]
            else:
                parts = [[v, r['unit'].split()[0].split('/')[0]]]
            nm = r['name']
            L.update(kind='off', cat_key=key, name=nm, spec=r['spec'], unit=r['unit'], sat=r['unit'], f=1, acc_ok=r['acc'], parts=parts)
        else:
            e = menu[mi]; mi += 1
            r = CAT[e['key']]
            parts = draw_parts(e['koef'])
            L.update(kind='menu', cat_key=e['key'], name=e['names'][0], alt=e['names'][1], spec=r['spec'], unit=e['unit'] or r['unit'],
                     sat=e['unit'] or e['sat'] if e['unit'] else e['sat'], f=e['f'], acc_ok=r['acc'], parts=parts, koefspec=e['koef'])
        lines.append(L)
    # prices / accounts
    for L in lines:
        price_line(L)
        acc = L['acc_ok']
        if 'ACCOUNT_MISMATCH' in L['labels']:
            kind = ACC_KIND[acc]
            opts = [a for a in WRONG[kind] if a != acc]
            acc = opts[rng.randrange(len(opts))]
        L['acc'] = acc
    # group by account, order of first appearance
    order = []
    for L in lines:
        if L['acc'] not in order: order.append(L['acc'])
    grouped = {a: [L for L in lines if L['acc'] == a] for a in order}
    # duplicates
    used = set()
    for c in dups:
        cands = [L for L in lines if L['kind'] == 'menu' and not set(L['labels']) & {'ACCOUNT_MISMATCH', 'DUPLICATE'} and L['cat_key'] not in used]
        o = cands[rng.randrange(len(cands))]
        used.add(o['cat_key'])
        D = dict(labels=list(c), sk=sk['id'], kind='dup', cat_key=o['cat_key'], name=o['alt'], spec=o['spec'], unit=o['unit'], sat=o['sat'],
                 f=o['f'], acc_ok=o['acc_ok'], acc=o['acc'], dup_of_name=o['name'])
        parts = [p[:] for p in o['parts']]
        mode = rng.choice(['same', 'same', 'split'])
        if mode == 'split' and len(parts) >= 2 and parts[-1][0] >= 2:
            parts[-1][0] = max(1, parts[-1][0] // 2)
        elif mode == 'split' and parts[0][0] >= 4:
            parts[0][0] = parts[0][0] // 2
        D['parts'] = parts
        D['dup_mode'] = mode
        price_line(D)
        grp = grouped[o['acc']]
        grp.append(D)
        D['_orig'] = o
    printed = []
    for a in order:
        printed.extend(grouped[a])
    # PPN, volumes, jumlah, arithmetic
    for L in printed:
        L['ppn'] = 11 if (has_ppn and L['acc_ok'] not in NO_PPN_ACC and CAT.get(L['cat_key'] or '', {}).get('src') != 'SBU') else 0
        vol = 1
        for v, _ in L['parts']: vol *= v
        L['volume_true'] = vol
        L['volume'] = vol
        L['jumlah_correct'] = jumlah_of(vol, L['price'], L['ppn'])
        L['jumlah'] = L['jumlah_correct']
        L['arith_mode'] = None
        if 'ARITHMETIC' in L['labels']:
            modes = ['sum', 'sum', 'vol']
            if L['ppn']: modes.append('ppn')
            mode = rng.choice(modes)
            if mode == 'vol':
                if len(L['parts']) >= 2:
                    L['volume'] = vol + rng.choice([1, 2, -1]) * max(1, L['parts'][-1][0]) * max(1, vol // (L['parts'][-1][0] * 2) or 1)
                    if L['volume'] <= 0: L['volume'] = vol * 2
                else:
                    L['volume'] = vol + max(1, vol // 4)
                L['jumlah'] = jumlah_of(L['volume'], L['price'], L['ppn'])
            elif mode == 'ppn':
                L['jumlah'] = L['volume'] * L['price']
            else:
                j = L['jumlah_correct']
                k = len(str(j))
                delta = rng.choice([1, 2, 3, 5]) * 10 ** max(2, k - 2)
                L['jumlah'] = j + delta if rng.random() < 0.6 else (j - delta if j - delta > 0 else j + delta)
            L['arith_mode'] = mode
    return printed

def price_line(L):
    if L['kind'] == 'noref':
        L['cat_price'] = None; L['cat_price_per_rka_unit'] = None
        return
    r = CAT[L['cat_key']]
    from fractions import Fraction
    basef = Fraction(r['price']) * Fraction(L['f'])
    base = float(basef)
    L['cat_price'] = r['price']; L['cat_price_per_rka_unit'] = round(base, 2)
    if 'OVERPRICED' in L['labels']:
        fac = rng.uniform(1.2, 1.75)
        p = round_price(base * fac, down=False)
        if p % 1000 and p > 100000 and rng.random() < 0.5: p = int(math.ceil(p / 5000) * 5000)
        L['price'] = p
    else:
        if rng.random() < 0.62 and basef.denominator == 1:
            L['price'] = int(basef)
        else:
            L['price'] = round_price(base * rng.uniform(0.9, 0.99)) if rng.random() < 0.9 or basef.denominator != 1 else int(basef)

# ---------------- build all ----------------
SKBYID = {sk['id']: sk for sk in SUBKEGS}
ALL = {}
for layout, stem, skids in FILES:
    blocks = []
    for skid in skids:
        idx = [sk['id'] for sk in SUBKEGS].index(skid)
        blocks.append((SKBYID[skid], build_lines(SKBYID[skid], deal[idx], layout)))
    ALL[stem] = (layout, blocks)

# numbering per layout
for stem, (layout, blocks) in ALL.items():
    n = 0
    for bi, (sk, lines) in enumerate(blocks):
        for i, L in enumerate(lines):
            n += 1
            if layout.startswith('C_'):
                L['no'] = f"{'AB'[bi]}.{i+1:02d}"
            else:
                L['no'] = str(n)

def spec_of(L):
    return L['spec']

def desc(L):
    return L['name']

def price_text(p, style):
    if style == 'jt' and p >= 1_000_000 and p % 10000 == 0:
        return jt(p)
    if style == 'jt' and 10_000 <= p < 1_000_000 and p % 100 == 0:
        return (f"{p / 1000:.1f}".rstrip('0').rstrip('.')).replace('.', ',') + ' rb'
    return 'Rp ' + fmt(p)

# ================= RENDERERS =================
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
FIXED_DT = __import__('datetime').datetime(2026, 11, 20, 9, 0, 0)

def wb_fix(wb):
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.properties.creator = 'SIPD-RI export'; wb.properties.lastModifiedBy = 'operator'

def header_block(ws, r, sk, ncol, tahun='2027'):
    items = [('Urusan Pemerintahan', sk['urusan']), ('Bidang Urusan', sk['bidang']), ('Program', sk['program']),
             ('Kegiatan', sk['kegiatan']), ('Sub Kegiatan', sk['code'] + ' - ' + sk['name']),
             ('Organisasi', sk['opd_code'] + ' - ' + sk['opd']), ('Lokasi', sk['lokasi']), ('Sumber Pendanaan', 'DAU - Dana Alokasi Umum')]
    for k, v in items:
        ws.cell(r, 1, k); ws.cell(r, 3, ':'); ws.cell(r, 4, v); r += 1
    ws.cell(r, 1, 'Indikator').font = BOLD; ws.cell(r, 4, 'Tolok Ukur').font = BOLD; ws.cell(r, 8, 'Target').font = BOLD; r += 1
    ws.cell(r, 1, 'Keluaran'); ws.cell(r, 4, sk['output']); ws.cell(r, 8, sk['target']); r += 1
    return r + 1

def render_A(stem, blocks):
    wb = Workbook(); wb_fix(wb); wb.remove(wb.active)
    for sk, lines in blocks:
        ws = wb.create_sheet(sk['code'][-9:].replace('.', '_'))
        ws.cell(1, 1, 'RENCANA KERJA DAN ANGGARAN').font = Font(bold=True, size=13)
        ws.cell(2, 1, 'SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD) RINCIAN BELANJA')
        ws.cell(3, 1, 'PEMERINTAH KOTA SAMARINDA'); ws.cell(4, 1, 'TAHUN ANGGARAN 2027')
        for i in range(1, 5): ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=11)
        r = header_block(ws, 6, sk, 11)
        h1 = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, None, None, 'Jumlah (Rp)']
        h2 = [None, None, None, None, 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)', 'PPN (Rp)', None]
        for c, v in enumerate(h1, 1):
            if v: ws.cell(r, c, v)
        for c, v in enumerate(h2, 1):
            if v: ws.cell(r + 1, c, v)
        for c in (1, 2, 3, 4, 11): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=10)
        for rr in (r, r + 1):
            for c in range(1, 12):
                ws.cell(rr, c).font = BOLD; ws.cell(rr, c).border = BOX
                ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
                ws.cell(rr, c).fill = PatternFill('solid', fgColor='D9D9D9')
        r += 2
        total = 0
        cur = None
        for L in lines:
            if L['acc'] != cur:
                cur = L['acc']
                code, nm = ACC[cur]
                sub = sum(x['jumlah'] for x in lines if x['acc'] == cur)
                ws.cell(r, 2, code).font = BOLD; ws.cell(r, 3, nm).font = BOLD
                c = ws.cell(r, 11, sub); c.font = BOLD; c.number_format = '#,##0'
                r += 1
            vals = [int(L['no']), ACC[L['acc']][0], L['name'], L['spec'], koef_text(L['parts']) if len(L['parts']) > 1 else f"{fmt(L['parts'][0][0])} {L['sat']}",
                    L['volume'], L['sat'], L['price'], L['ppn'] if L['ppn'] else 0, L['jumlah'] - L['volume'] * L['price'], L['jumlah']]
            if L['arith_mode'] == 'sum' or L['arith_mode'] == 'ppn':
                vals[9] = (L['volume'] * L['price'] * L['ppn'] + 50) // 100
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
                if c in (6, 8, 10, 11): cell.number_format = '#,##0'
            total += L['jumlah']; r += 1
        ws.cell(r, 3, 'JUMLAH TOTAL SUB KEGIATAN').font = BOLD
        c = ws.cell(r, 11, total); c.font = BOLD; c.number_format = '#,##0'
        for col, w in zip('ABCDEFGHIJK', [5, 19, 46, 34, 20, 9, 12, 14, 8, 13, 17]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = None
    wb.save(os.path.join(DATA, stem + '.xlsx'))
    return stem + '.xlsx'

def render_B(stem, blocks):
    wb = Workbook(); wb_fix(wb); ws = wb.active; ws.title = 'Rincian Belanja 2027'
    ws.cell(1, 1, 'PEMERINTAH KOTA SAMARINDA - DINAS SOSIAL').font = Font(bold=True, size=12)
    ws.cell(2, 1, 'RINCIAN ANGGARAN BELANJA (DRAFT) TAHUN ANGGARAN 2027 - bahan pembahasan TAPD')
    ws.cell(3, 1, 'catatan: angka dalam rupiah; kolom bantu disembunyikan')
    hdr = ['Kode Rekening', 'Nama Rekening', 'No.', 'Uraian Belanja / Spesifikasi', 'Jumlah', 'Harga Sat.', 'Koefisien', 'Vol.', 'Sat.', 'Ket.',
           'h_v1', 'h_s1', 'h_v2', 'h_s2']
    r = 5
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(r, c, v); cell.font = BOLD; cell.border = BOX; cell.fill = PatternFill('solid', fgColor='FFF2CC')
    r += 1
    for bi, (sk, lines) in enumerate(blocks):
        ws.cell(r, 1, f"SUB KEGIATAN {sk['code']} : {sk['name']}").font = BOLD
        r += 1
        ws.cell(r, 1, f"Keluaran: {sk['output']} = {sk['target']} | Lokasi: {sk['lokasi']}").font = Font(italic=True)
        r += 1
        tot = 0
        for L in lines:
            style = 'jt' if rng.random() < 0.4 else 'rp'
            pr = price_text(L['price'], style)
            L['price_text'] = pr
            jtxt = 'Rp ' + fmt(L['jumlah']); L['jumlah_text'] = jtxt
            ket = '' if rng.random() < 0.7 else rng.choice(['harga survei', 'sesuai SSH', 'usulan bidang', 'prioritas'])
            vals = [ACC[L['acc']][0], ACC[L['acc']][1], L['no'], L['name'] + ' - ' + L['spec'], jtxt, pr, koef_text(L['parts']), L['volume'], L['sat'], ket]
            p2 = L['parts'] + [[None, None]]
            vals += [p2[0][0], p2[0][1], p2[1][0], p2[1][1]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
            tot += L['jumlah']; r += 1
        ws.cell(r, 4, 'Jumlah Sub Kegiatan').font = BOLD; ws.cell(r, 5, 'Rp ' + fmt(tot)).font = BOLD
        r += 2
    for col, w in zip('ABCDEFGHIJ', [19, 40, 6, 55, 17, 14, 22, 8, 12, 14]):
        ws.column_dimensions[col].width = w
    for col in 'KLMN':
        ws.column_dimensions[col].hidden = True
    wb.save(os.path.join(DATA, stem + '.xlsx'))
    return stem + '.xlsx'

def render_C(stem, blocks):
    out = io.StringIO()
    w = csv.writer(out, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['no', 'kode_sub_kegiatan', 'nama_sub_kegiatan', 'kode_rekening', 'nama_rekening', 'uraian', 'spesifikasi', 'koefisien', 'volume', 'satuan', 'harga_satuan', 'jumlah'])
    for sk, lines in blocks:
        for L in lines:
            kt = ' x '.join(f"{fmt(v)} {l}" for v, l in L['parts'])
            w.writerow([L['no'], sk['code'], sk['name'], ACC[L['acc']][0], ACC[L['acc']][1], L['name'], L['spec'], kt,
                        fmt(L['volume']), L['sat'], fmt(L['price']), fmt(L['jumlah'])])
    with open(os.path.join(DATA, stem + '.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(out.getvalue())
    return stem + '.csv'

# ---- PDF (reportlab) ----
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
PS = ParagraphStyle('c', fontName='DV', fontSize=7, leading=8.5)
PSB = ParagraphStyle('b', fontName='DVB', fontSize=7, leading=8.5)
PSH = ParagraphStyle('h', fontName='DV', fontSize=8, leading=10)

def _fixed_doc(path, **kw):
    doc = SimpleDocTemplate(path, **kw)
    return doc

def pdf_invariant(canvas):
    canvas.setAuthor('SIPD'); canvas.setTitle('RKA'); canvas.setCreator('SIPD-RI Cetak')

def render_D(stem, blocks):
    path = os.path.join(DATA, stem + '.pdf')
    from reportlab import rl_config
    rl_config.invariant = 1
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=40, bottomMargin=36,
                            title='RKA Rincian Belanja', author='SIPD')
    story = []
    def foot(c, d):
        c.saveState(); c.setFont('DV', 7)
        c.drawString(28, 20, 'Dicetak dari SIPD-RI  |  RKA-RINCIAN BELANJA SKPD  |  Dinas Pemadam Kebakaran dan Penyelamatan  |  TA 2027')
        c.drawRightString(landscape(A4)[0] - 28, 20, f'Halaman {d.page}')
        c.restoreState()
    for bi, (sk, lines) in enumerate(blocks):
        story.append(Paragraph('<b>RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH</b>', ParagraphStyle('t', fontName='DVB', fontSize=11, alignment=1)))
        story.append(Paragraph('Rincian Belanja Sub Kegiatan - Pemerintah Kota Samarinda - Tahun Anggaran 2027', ParagraphStyle('t2', fontName='DV', fontSize=9, alignment=1)))
        story.append(Spacer(1, 6))
        hb = [('Urusan Pemerintahan', sk['urusan']), ('Bidang Urusan', sk['bidang']), ('Program', sk['program']), ('Kegiatan', sk['kegiatan']),
              ('Sub Kegiatan', sk['code'] + ' - ' + sk['name']), ('Organisasi', sk['opd_code'] + ' - ' + sk['opd']), ('Lokasi', sk['lokasi']),
              ('Sumber Pendanaan', 'DAU'), ('Indikator Keluaran', sk['output']), ('Target Keluaran', sk['target'])]
        t = Table([[Paragraph(a, PSH), ':', Paragraph(b, PSH)] for a, b in hb], colWidths=[110, 10, 650])
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
        story.append(t); story.append(Spacer(1, 8))
        head = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN', 'Jumlah']
        rows = [[Paragraph('<b>%s</b>' % h, PSB) for h in head]]
        sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDDDDD')),
               ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONT', (0, 0), (-1, -1), 'DV', 7), ('ALIGN', (5, 1), (-1, -1), 'RIGHT')]
        cur = None; tot = 0
        for L in lines:
            if L['acc'] != cur:
                cur = L['acc']; code, nm = ACC[cur]
                sub = sum(x['jumlah'] for x in lines if x['acc'] == cur)
                rows.append(['', Paragraph('<b>%s</b>' % code, PSB), Paragraph('<b>%s</b>' % nm, PSB), '', '', '', '', '', '', Paragraph('<b>Rp %s</b>' % fmt(sub), PSB)])
                sty.append(('SPAN', (2, len(rows) - 1), (8, len(rows) - 1)))
                sty.append(('BACKGROUND', (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor('#F2F2F2')))
            rows.append([L['no'], Paragraph(ACC[L['acc']][0], PS), Paragraph(L['name'], PS), Paragraph(L['spec'], PS),
                         Paragraph(koef_text(L['parts']), PS), fmt(L['volume']), Paragraph(L['sat'], PS), fmt(L['price']),
                         f"{L['ppn']}%" if L['ppn'] else '0%', 'Rp ' + fmt(L['jumlah'])])
            tot += L['jumlah']
        rows.append(['', '', Paragraph('<b>JUMLAH SUB KEGIATAN</b>', PSB), '', '', '', '', '', '', Paragraph('<b>Rp %s</b>' % fmt(tot), PSB)])
        t = Table(rows, colWidths=[24, 88, 165, 138, 78, 42, 52, 62, 30, 104], repeatRows=1)
        t.setStyle(TableStyle(sty))
        story.append(t)
        story.append(Spacer(1, 14))
    story.append(Paragraph('Samarinda, 20 November 2026<br/>Kepala Dinas Pemadam Kebakaran dan Penyelamatan<br/><br/><br/>(..............................)<br/>NIP. ..............................', PSH))
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return stem + '.pdf'

# ---- scan (PIL) ----
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

def render_E(stem, blocks):
    W, H = 1654, 2339  # A4 at 200 dpi
    F = lambda s, b=False: ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf' % ('-Bold' if b else ''), s)
    f_t, f_b, f_n, f_s = F(30, True), F(21, True), F(21), F(19)
    pages = []; truth = []
    nprng = np.random.default_rng(7)
    for pi, (sk, lines) in enumerate(blocks):
        im = Image.new('L', (W, H), 250); d = ImageDraw.Draw(im)
        y = 90
        def tx(x, y, s, f, anchor='la'):
            d.text((x, y), s, font=f, fill=25, anchor=anchor); truth.append(s)
        tx(W // 2, y, 'PEMERINTAH KOTA SAMARINDA', f_t, 'ma'); y += 42
        tx(W // 2, y, 'KECAMATAN SAMARINDA ULU', f_t, 'ma'); y += 42
        tx(W // 2, y, 'RINCIAN KERTAS KERJA RKA - TAHUN ANGGARAN 2027', f_b, 'ma'); y += 50
        for k, v in [('Program', sk['program']), ('Kegiatan', sk['kegiatan']), ('Sub Kegiatan', sk['code'] + ' ' + sk['name']),
                     ('Keluaran', sk['output'] + ' : ' + sk['target'])]:
            tx(110, y, k, f_n); tx(300, y, ':', f_n)
            words = v.split(); line = ''
            for wd in words:
                if d.textlength(line + ' ' + wd, font=f_n) > 1200:
                    tx(320, y, line.strip(), f_n); y += 28; line = ''
                line += ' ' + wd
            tx(320, y, line.strip(), f_n); y += 32
        y += 10
        cols = [(100, 'No', 60), (160, 'Uraian', 640), (800, 'Koefisien', 250), (1050, 'Satuan', 130), (1180, 'Harga Satuan', 190), (1370, 'Jumlah (Rp)', 200)]
        x0, x1 = 100, 1570
        d.rectangle([x0, y, x1, y + 40], outline=20, width=2)
        for x, h, w in cols:
            tx(x + 8, y + 9, h, f_b)
            d.line([x, y, x, y + 40], fill=20, width=2)
        y += 40
        cur = None
        rows = []
        for L in lines:
            if L['acc'] != cur:
                cur = L['acc']; rows.append(('acc', L))
            rows.append(('line', L))
        for kind, L in rows:
            if kind == 'acc':
                code, nm = ACC[L['acc']]
                s = f"{code}  {nm}"
                hgt = 36 if d.textlength(s, font=f_b) < 1440 else 64
                d.rectangle([x0, y, x1, y + hgt], outline=20, width=1)
                if hgt == 36: tx(x0 + 10, y + 7, s, f_b)
                else:
                    tx(x0 + 10, y + 5, code, f_b); tx(x0 + 230, y + 5, nm[:70], f_b); tx(x0 + 230, y + 33, nm[70:], f_b)
                y += hgt; continue
            u = L['name']
            wrap = []
            line = ''
            for wd in u.split():
                if d.textlength(line + ' ' + wd, font=f_n) > 620:
                    wrap.append(line.strip()); line = ''
                line += ' ' + wd
            wrap.append(line.strip())
            hgt = 12 + 28 * len(wrap)
            d.rectangle([x0, y, x1, y + hgt], outline=20, width=1)
            for x, _, _ in cols: d.line([x, y, x, y + hgt], fill=20, width=1)
            tx(x0 + 10, y + 6, L['no'], f_n)
            for i, s in enumerate(wrap): tx(168, y + 6 + 28 * i, s, f_n)
            tx(808, y + 6, koef_text(L['parts']), f_s)
            tx(1058, y + 6, L['sat'], f_s)
            tx(1360, y + 6, fmt(L['price']), f_n, 'ra')
            tx(1562, y + 6, fmt(L['jumlah']), f_n, 'ra')
            L['scan_wrap'] = wrap
            y += hgt
        tot = sum(L['jumlah'] for L in lines)
        d.rectangle([x0, y, x1, y + 40], outline=20, width=2)
        tx(168, y + 8, 'JUMLAH', f_b); tx(1562, y + 8, fmt(tot), f_b, 'ra'); y += 70
        tx(1050, y, 'Samarinda, 18 November 2026', f_n); y += 30; tx(1050, y, 'Camat Samarinda Ulu,', f_n); y += 110
        tx(1050, y, '( ........................... )', f_n)
        assert y < H - 60, y
        # degrade: rotate, blur, noise, speckles
        im = im.rotate(0.6 if pi == 0 else -0.8, resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(im).astype(np.int16)
        a = a + nprng.normal(0, 9, a.shape).astype(np.int16)
        grad = np.linspace(0, 18, W)[None, :].astype(np.int16)
        a = a - grad
        sp = nprng.random(a.shape) < 0.0008
        a[sp] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        pages.append(im)
    pages[0].save(os.path.join(DATA, stem + '.pdf'), 'PDF', resolution=200.0, save_all=True, append_images=pages[1:],
                  creationDate=__import__('time').gmtime(1795165200), modDate=__import__('time').gmtime(1795165200), producer='Scanner', title='scan')
    with open(os.path.join(HERE, 'scan_truth.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(truth) + '\n')
    return stem + '.pdf'

def render_F(stem, blocks):
    wb = Workbook(); wb_fix(wb); ws = wb.active; ws.title = 'Kertas Kerja'
    ws2 = wb.create_sheet('Keterangan')
    ws2.cell(1, 1, 'Kertas kerja penyusunan RKA Dinas Ketahanan Pangan TA 2027 (draft ke-2).')
    ws2.cell(2, 1, 'Kolom PPN diisi nilai rupiah PPN 11% untuk belanja barang.')
    ws.cell(1, 1, 'KERTAS KERJA RINCIAN BELANJA - DINAS KETAHANAN PANGAN KOTA SAMARINDA').font = Font(bold=True, size=12)
    ws.cell(2, 1, 'Tahun Anggaran 2027 | Draft RKA untuk verifikasi TAPD')
    r = 4
    hdr1 = ['No', 'Uraian Komponen', 'Spesifikasi', 'Koefisien', None, None, None, None, None, 'Volume', 'Satuan', 'Harga Satuan (Rp)', 'PPN 11% (Rp)', 'Jumlah (Rp)', 'Kode Rekening']
    hdr2 = [None, None, None, 'Vol 1', 'Sat 1', 'Vol 2', 'Sat 2', 'Vol 3', 'Sat 3', None, None, None, None, None, None]
    for c, v in enumerate(hdr1, 1):
        if v: ws.cell(r, c, v)
    for c, v in enumerate(hdr2, 1):
        if v: ws.cell(r + 1, c, v)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    for c in (1, 2, 3, 10, 11, 12, 13, 14, 15): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    for rr in (r, r + 1):
        for c in range(1, 16):
            ws.cell(rr, c).font = BOLD; ws.cell(rr, c).border = BOX; ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r += 2
    for sk, lines in blocks:
        ws.cell(r, 1, f"{sk['code']}  {sk['name']}").font = Font(bold=True, color='1F4E79'); r += 1
        ws.cell(r, 2, f"Output: {sk['output']} ({sk['target']}) - Lokasi: {sk['lokasi']}").font = Font(italic=True); r += 1
        cur = None; tot = 0
        for gi, L in enumerate(lines):
            if L['acc'] != cur:
                cur = L['acc']
                ws.cell(r, 2, f"[{ACC[cur][0]}] {ACC[cur][1]}").font = BOLD; r += 1
            p3 = L['parts'] + [[None, None]] * (3 - len(L['parts']))
            ppn_amt = (L['volume'] * L['price'] * L['ppn'] + 50) // 100
            if L['arith_mode'] == 'ppn':
                ppn_amt = 0 if rng.random() < 0.5 else (L['volume'] * L['price'] * 10 + 50) // 100
                L['jumlah'] = L['volume'] * L['price'] + ppn_amt
            elif L['arith_mode'] == 'sum':
                pass
            vals = [int(L['no']), L['name'], L['spec'], p3[0][0], LABNAME.get(p3[0][1], p3[0][1]) if p3[0][1] else None,
                    p3[1][0], LABNAME.get(p3[1][1], p3[1][1]) if p3[1][1] else None, p3[2][0], LABNAME.get(p3[2][1], p3[2][1]) if p3[2][1] else None,
                    L['volume'], L['sat'], L['price'], ppn_amt, L['jumlah'], ACC[L['acc']][0]]
            L['ppn_amount_printed'] = ppn_amt
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
                if c in (10, 12, 13, 14): cell.number_format = '#,##0'
            nxt = lines[gi + 1] if gi + 1 < len(lines) else None
            tot += L['jumlah']; r += 1
            if nxt is None or nxt['acc'] != cur:
                sub = sum(x['jumlah'] for x in lines if x['acc'] == cur)
                ws.cell(r, 11, 'Subtotal'); c = ws.cell(r, 14, sub); c.number_format = '#,##0'; c.font = BOLD; r += 1
        ws.cell(r, 2, 'TOTAL SUB KEGIATAN').font = BOLD; c = ws.cell(r, 14, tot); c.number_format = '#,##0'; c.font = BOLD
        r += 2
    for col, w in zip('ABCDEFGHIJKLMNO', [5, 44, 36, 7, 6, 7, 6, 7, 6, 9, 12, 15, 13, 16, 19]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DATA, stem + '.xlsx'))
    return stem + '.xlsx'

def render_G(stem, blocks):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    cp = doc.core_properties; cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.author = 'Subbag Program'; cp.last_modified_by = 'Subbag Program'; cp.revision = 1
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(8.5)
    doc.add_paragraph().add_run('DINAS PARIWISATA KOTA SAMARINDA').bold = True
    doc.add_paragraph('Usulan Rincian Belanja RKA Tahun Anggaran 2027 (bahan asistensi TAPD) - disusun oleh Subbagian Perencanaan')
    for bi, (sk, lines) in enumerate(blocks):
        p = doc.add_paragraph(); p.add_run(f"{'AB'[bi]}. Sub Kegiatan {sk['code']} - {sk['name']}").bold = True
        doc.add_paragraph(f"Program: {sk['program']}\nKegiatan: {sk['kegiatan']}\nIndikator keluaran: {sk['output']}, target {sk['target']}\nLokasi: {sk['lokasi']}")
        t = doc.add_table(rows=1, cols=8); t.style = 'Table Grid'
        for i, h in enumerate(['No', 'Kode Rekening', 'Uraian Belanja', 'Koefisien', 'Vol', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']):
            c = t.rows[0].cells[i]; c.text = ''; c.paragraphs[0].add_run(h).bold = True
        cur = None
        for L in lines:
            if L['acc'] != cur:
                cur = L['acc']
                row = t.add_row(); m = row.cells[0].merge(row.cells[7])
                m.text = ''; m.paragraphs[0].add_run(f"{ACC[cur][0]}  {ACC[cur][1]}").bold = True
            row = t.add_row().cells
            vals = [L['no'], ACC[L['acc']][0], L['name'] + ' (' + L['spec'] + ')', koef_text(L['parts']).lower(), fmt(L['volume']), L['sat'], fmt(L['price']), fmt(L['jumlah'])]
            for i, v in enumerate(vals): row[i].text = str(v)
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = 'Jumlah'; row.cells[7].text = fmt(sum(x['jumlah'] for x in lines))
        doc.add_paragraph('')
    doc.save(os.path.join(DATA, stem + '.docx'))
    return stem + '.docx'

# ---- catalogues ----
def render_ssh():
    wb = Workbook(); wb_fix(wb); ws = wb.active; ws.title = 'SSH 2027'
    ws.cell(1, 1, 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA').font = Font(bold=True, size=13)
    ws.cell(2, 1, 'Lampiran I Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Tahun Anggaran 2027')
    ws.cell(3, 1, 'Harga belum termasuk PPN. Harga merupakan batas tertinggi. Kolom TA 2026 hanya sebagai pembanding.')
    for i in (1, 2, 3): ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    r = 5
    h1 = ['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan (Rp)', None, 'Keterangan']
    h2 = [None, None, None, None, None, 'TA 2026', 'TA 2027', None]
    for c, v in enumerate(h1, 1):
        if v: ws.cell(r, c, v)
    for c, v in enumerate(h2, 1):
        if v: ws.cell(r + 1, c, v)
    for c in (1, 2, 3, 4, 5, 8): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    for rr in (r, r + 1):
        for c in range(1, 9):
            ws.cell(rr, c).font = BOLD; ws.cell(rr, c).border = BOX; ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center')
    r += 2
    cur = None; n = 0; roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV']; ci = 0
    for row in SSH:
        if row['cat'] != cur:
            cur = row['cat']
            ws.cell(r, 1, roman[ci]).font = BOLD; ws.cell(r, 3, cur).font = BOLD; ci += 1; r += 1
        n += 1
        old = int(round(row['price'] / 1.045 / 500.0)) * 500 if row['price'] > 5000 else int(round(row['price'] / 1.045 / 50.0)) * 50
        vals = [n, row['kode'], row['name'], row['spec'], row['unit'], old, row['price'], '']
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX
            if c in (6, 7): cell.number_format = '#,##0'
        row['no'] = n
        r += 1
    for col, w in zip('ABCDEFGH', [6, 20, 40, 52, 18, 15, 15, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DATA, SSH_FILE))

def render_sbu():
    path = os.path.join(DATA, SBU_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40, title='SBU 2027', author='BPKAD')
    st = []
    st.append(Paragraph('<b>STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027</b>', ParagraphStyle('t', fontName='DVB', fontSize=11, alignment=1, leading=14)))
    st.append(Paragraph('Lampiran II Peraturan Wali Kota Samarinda tentang Standar Harga Satuan. Besaran merupakan batas tertinggi; honorarium sudah termasuk PPh.', ParagraphStyle('t2', fontName='DV', fontSize=8, alignment=1)))
    st.append(Spacer(1, 8))
    rows = [[Paragraph('<b>%s</b>' % h, PSB) for h in ['No', 'Kode', 'Uraian', 'Keterangan/Spesifikasi', 'Satuan', 'Besaran (Rp)']]]
    sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDDDDD')), ('FONT', (0, 0), (-1, -1), 'DV', 7.5),
           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (5, 1), (5, -1), 'RIGHT')]
    cur = None; n = 0
    for row in SBU:
        if row['cat'] != cur:
            cur = row['cat']; rows.append(['', '', Paragraph('<b>%s</b>' % cur, PSB), '', '', ''])
            sty.append(('SPAN', (2, len(rows) - 1), (5, len(rows) - 1)))
        n += 1; row['no'] = n
        rows.append([str(n), row['kode'], Paragraph(row['name'], PS), Paragraph(row['spec'], PS), Paragraph(row['unit'], PS), fmt(row['price'])])
    t = Table(rows, colWidths=[24, 58, 150, 180, 64, 60], repeatRows=1); t.setStyle(TableStyle(sty))
    st.append(t)
    doc.build(st)

def fix_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps and fixed core-property dates (byte-deterministic output)."""
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                s = data.decode('utf-8')
                s = _re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2026-11-20T09:00:00Z\g<3>', s)
                data = s.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ================= main =================
from reportlab import rl_config
rl_config.invariant = 1
render_ssh(); render_sbu()
RENDER = {'A': render_A, 'B': render_B, 'C': render_C, 'D': render_D, 'E': render_E, 'F': render_F, 'G': render_G}
manifest = []; truth = {}
for layout, stem, skids in FILES:
    lay, blocks = ALL[stem]
    fname = RENDER[layout[0]](stem, blocks)
    labels = {}
    tl = []
    for sk, lines in blocks:
        for L in lines:
            labels[L['no']] = sorted(set(L['labels']))
            cr = CAT.get(L['cat_key']) if L['cat_key'] else None
            tl.append(dict(no=L['no'], sub_kegiatan_code=sk['code'], sub_kegiatan_name=sk['name'], account_code=ACC[L['acc']][0], account_name=ACC[L['acc']][1],
                account_correct_code=ACC[L['acc_ok']][0], account_correct_name=ACC[L['acc_ok']][1], item=L['name'], spec=L['spec'], unit=L['sat'],
                koefisien=[[v, l] for v, l in L['parts']], koefisien_text=koef_text(L['parts']), volume=L['volume'], volume_correct=L['volume_true'],
                price=L['price'], price_text=L.get('price_text'), ppn_percent=L['ppn'], ppn_amount_printed=L.get('ppn_amount_printed'), jumlah=L['jumlah'], jumlah_correct=L['jumlah_correct'],
                arithmetic_mode=L['arith_mode'], kind=L['kind'],
                catalogue_file=(SSH_FILE if cr['src'] == 'SSH' else SBU_FILE) if cr else None, catalogue_no=cr['no'] if cr else None,
                catalogue_kode=cr['kode'] if cr else None, catalogue_item=(cr['name'] + ' - ' + cr['spec']) if cr else None,
                catalogue_unit=cr['unit'] if cr else None, catalogue_price=cr['price'] if cr else None, units_per_rka_unit=round(float(L['f']), 6), unit_conversion=(f"1 {L['sat']} = {L['f']} x {cr['unit']}" if cr and L['f'] != 1 else None),
                catalogue_price_per_rka_unit=L['cat_price_per_rka_unit'],
                price_ratio=round(L['price'] / L['cat_price_per_rka_unit'], 4) if cr else None,
                duplicate_of_no=L['_orig']['no'] if L.get('_orig') else None,
                labels=sorted(set(L['labels']))))
    with open(os.path.join(DATA, stem + '.labels.json'), 'w', encoding='utf-8') as f:
        json.dump({'labels': labels}, f, ensure_ascii=False, indent=1)
    manifest.append(dict(rka=fname, catalogues=[SSH_FILE, SBU_FILE], labels=stem + '.labels.json', opd=blocks[0][0]['opd'], layout=layout))
    truth[fname] = tl
for _f in os.listdir(DATA):
    if _f.endswith(('.xlsx', '.docx')): fix_zip(os.path.join(DATA, _f))
with open(os.path.join(DATA, 'manifest.json'), 'w', encoding='utf-8') as f:
    json.dump(manifest, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, 'truth_lines.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(conventions=dict(overpriced_margin=OVER_MARGIN, catalogue_prices_exclude_ppn=True, ppn_rate=11), files=truth), f, ensure_ascii=False, indent=1)
print('ok')
