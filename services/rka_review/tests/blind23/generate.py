"""Generate the blind RKA review set review23 (deterministic). Run: python -B generate.py"""
import csv
import datetime
import io
import json
import math
import os
import random
from fractions import Fraction as F
from xml.sax.saxutils import escape

import spec_catalog as SC
import spec_rka as SR

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
SEED = 2327
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
SSH_FILE = 'ssh_2027.xlsx'
SBU_FILE = 'sbu_2027.pdf'
PPN_LAYOUTS = {'sipd_pdf', 'xlsx_formula_hidden', 'xlsx_koef_columns'}
LABEL_ORDER = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
SERVICE_KINDS = {'honor', 'perjadin_biasa', 'perjadin_dalam', 'sewa_kend', 'sewa_alat', 'sewa_gedung', 'sewa_bangunan',
                 'sewa_kapal', 'jasa_ahli', 'jasa_lab', 'jasa_acara', 'jasa_publikasi', 'jasa_kebersihan', 'jasa_keamanan',
                 'jasa_tenaga', 'cetak_jasa', 'uang_saku', 'hadiah', 'pelatihan', 'mamin_rapat', 'mamin_lap', 'mamin_tamu'}


def fmt(n):
    n = int(n)
    s = f'{abs(n):,}'.replace(',', '.')
    return ('-' if n < 0 else '') + s


def rhu(x):
    """round half up of a Fraction/int to int"""
    return int(math.floor(F(x) + F(1, 2)))


# ---------------------------------------------------------------- catalogue
def build_catalogue():
    cat = {}
    cats = []
    for row in SC.SSH:
        key, c, name, spec, unit, price, kind = row
        if c not in cats:
            cats.append(c)
    counters = {}
    for row in SC.SSH:
        key, c, name, spec, unit, price, kind = row
        ci = cats.index(c) + 1
        counters[c] = counters.get(c, 0) + 1
        kode = f'1.1.7.01.{ci:02d}.{(counters[c] - 1) // 40 + 1:02d}.{counters[c]:03d}'
        p26 = int(round(price / 1.045 / 100.0)) * 100
        cat[key] = dict(key=key, file=SSH_FILE, section=c, kode=kode, name=name, spec=spec, unit=unit,
                        price=price, price_2026=p26, kind=kind)
    secs = []
    counters = {}
    for row in SC.SBU:
        key, c, name, spec, unit, price, kind = row
        if c not in secs:
            secs.append(c)
        si = secs.index(c) + 1
        counters[c] = counters.get(c, 0) + 1
        kode = f'SBU.{si:02d}.{counters[c]:03d}'
        cat[key] = dict(key=key, file=SBU_FILE, section=c, kode=kode, name=name, spec=spec, unit=unit,
                        price=price, kind=kind)
    return cat, cats, secs


CAT, SSH_CATS, SBU_SECS = build_catalogue()


# ---------------------------------------------------------------- lines
def need(key):
    return SR.NEED.get(key, key)


def sample_parts(rng, parts):
    out = []
    for (lo, hi), u in parts:
        v = rng.randint(lo, hi)
        if v >= 200:
            v = int(round(v / 50.0)) * 50
        out.append((v, u))
    return out


def clean_price(rng, ref):
    if ref.denominator != 1 or rng.random() < 0.35:
        step = 1000 if ref >= 100000 else (100 if ref >= 2000 else (10 if ref >= 100 else 1))
        p = int(math.floor(ref / step)) * step
        if p <= 0:
            p = int(math.floor(ref))
        return p
    return int(ref)


def over_price(rng, ref):
    for _ in range(50):
        f = F(rng.randint(125, 190), 100)
        x = ref * f
        step = 1000 if x >= 100000 else (100 if x >= 2000 else 10)
        p = int(math.ceil(x / step)) * step
        if F(p) / ref >= F(6, 5):
            return p
    raise RuntimeError('price')


def make_line(rng, kind_src, entry, subkeg, names=None):
    """kind_src: base/off/dup (catalogue backed) or noref"""
    if kind_src == 'noref':
        nm, spec, parts, unit, price, kind = entry
        return dict(src='noref', cat=None, name=rng.choice(nm), spec=spec, parts=sample_parts(rng, parts), unit=unit,
                    conv=None, kind=kind, price=price, ref=None, subkeg=subkeg)
    key, nm, parts, unit, conv = entry
    c = CAT[key]
    spec = c['spec'] if rng.random() < 0.6 else ''
    if F(conv) != 1:
        spec = ''  # the catalogue spec describes the catalogue packaging, not the RKA unit
    return dict(src=kind_src, cat=key, name=rng.choice(names or nm), spec=spec, parts=sample_parts(rng, parts),
                unit=unit, conv=F(conv), kind=c['kind'], price=None, ref=F(c['price']) * F(conv), subkeg=subkeg)


def build_all():
    rng = random.Random(SEED)
    files = []
    for opd in SR.OPDS:
        off_pool = list(opd['off'])
        rng.shuffle(off_pool)
        sks = []
        for sk in opd['subkegs']:
            n = sk['n']
            k_nr = 2 + (n >= 20)
            k_off = 2 + (n >= 20)
            k_dup = 2 + (n >= 20)
            k_base = n - k_nr - k_off - k_dup
            specific = list(sk['specific'])
            rng.shuffle(specific)
            generic = []
            for t in sk['types']:
                generic += list(getattr(SR, t))
            rng.shuffle(generic)
            chosen, needs = [], set()
            n_spec = min(len(specific), max(3, k_base - 4))
            for e in specific[:n_spec] + generic:
                if len(chosen) >= k_base:
                    break
                if need(e[0]) in needs:
                    continue
                chosen.append(e)
                needs.add(need(e[0]))
            assert len(chosen) == k_base, (sk['code'], len(chosen))
            lines = [make_line(rng, 'base', e, sk['code']) for e in chosen]
            offs = []
            for _ in range(k_off):
                if not off_pool:
                    off_pool = list(opd['off'])
                    rng.shuffle(off_pool)
                e = off_pool.pop()
                if need(e[0]) in needs:
                    continue
                offs.append(make_line(rng, 'off', e, sk['code']))
            assert len(offs) == k_off
            nrs = [make_line(rng, 'noref', e, sk['code']) for e in rng.sample(sk['noref'], k_nr)]
            base_idx = list(range(len(lines)))
            # prefer originals that have alternative wording
            base_idx.sort(key=lambda i: (-len(chosen[i][1]), rng.random()))
            dups = []
            for i in base_idx[:k_dup]:
                e = chosen[i]
                orig = lines[i]
                alts = [x for x in e[1] if x != orig['name']] or [orig['name']]
                d = make_line(rng, 'dup', e, sk['code'], names=alts)
                d['spec'] = orig['spec'] if rng.random() < 0.5 else d['spec']
                if rng.random() < 0.5:
                    d['parts'] = list(orig['parts'])
                d['dup_of'] = id(orig)
                dups.append(d)
            all_lines = lines + offs + nrs + dups
            rng.shuffle(all_lines)
            sks.append(dict(sk=sk, lines=all_lines))
        files.append(dict(opd=opd, subkegs=sks))

    # overlays
    every = [ln for f in files for s in f['subkegs'] for ln in s['lines']]
    for ln in every:
        ln['labels'] = set()
        if ln['src'] == 'noref':
            ln['labels'].add('NO_PRICE_REFERENCE')
        if ln['src'] == 'off':
            ln['labels'].add('OFF_TARGET')
    elig = [ln for ln in every if ln['cat']]
    for ln in rng.sample(elig, 38):
        ln['labels'].add('OVERPRICED')
    for ln in rng.sample(every, 36):
        ln['labels'].add('ARITHMETIC')
    for ln in rng.sample(every, 36):
        ln['labels'].add('ACCOUNT_MISMATCH')

    for f in files:
        layout = f['opd']['layout']
        for s in f['subkegs']:
            for ln in s['lines']:
                finish_line(rng, ln, layout)
            # group by account (stable), order of account codes ascending
            s['lines'].sort(key=lambda ln: ln['acc'][0])
            # DUPLICATE on the later line of each pair
            pos = {id(ln): i for i, ln in enumerate(s['lines'])}
            for i, ln in enumerate(s['lines']):
                if 'dup_of' in ln:
                    j = pos[ln['dup_of']]
                    later = s['lines'][max(i, j)]
                    later['labels'].add('DUPLICATE')
                    ln['dup_pair'] = s['lines'][j]
        # numbering
        k = 0
        for si, s in enumerate(f['subkegs']):
            for j, ln in enumerate(s['lines']):
                k += 1
                ln['no'] = f'{si + 1}.{j + 1}' if layout == 'xlsx_multisub_textprice' else str(k)
        for s in f['subkegs']:
            for ln in s['lines']:
                if 'dup_pair' in ln:
                    other = ln.pop('dup_pair')
                    ln['dup_pair_no'] = other['no']
                    other['dup_pair_no'] = ln['no']
    return files


def finish_line(rng, ln, layout):
    labels = ln['labels']
    kind = ln['kind']
    if 'ACCOUNT_MISMATCH' in labels:
        ln['acc'] = SC.ACC[rng.choice(SC.WRONG[kind])]
    else:
        ln['acc'] = SC.ACC[kind]
    if ln['cat']:
        ln['price'] = over_price(rng, ln['ref']) if 'OVERPRICED' in labels else clean_price(rng, ln['ref'])
    goods = kind not in SERVICE_KINDS
    if ln['cat']:
        goods = CAT[ln['cat']]['file'] == SSH_FILE
    ln['ppn'] = 11 if (layout in PPN_LAYOUTS and goods) else 0
    prod = 1
    for v, _ in ln['parts']:
        prod *= v
    ln['koef_product'] = prod
    ln['volume'] = prod
    correct = rhu(F(prod) * ln['price'] * F(100 + ln['ppn'], 100))
    ln['correct_jumlah'] = correct
    ln['jumlah'] = correct
    ln['arith_mode'] = None
    if 'ARITHMETIC' in labels:
        modes = ['typo', 'wrongvol', 'zero']
        if ln['ppn']:
            modes += ['noppn', 'noppn']
        if len(ln['parts']) >= 2:
            modes += ['koef'] * 4
        m = rng.choice(modes)
        ln['arith_mode'] = m
        if m == 'koef':
            delta = rng.choice([-3, -2, -1, 1, 2, 4, 5, 10])
            if prod + delta <= 0:
                delta = abs(delta)
            ln['volume'] = prod + delta
            ln['jumlah'] = rhu(F(ln['volume']) * ln['price'] * F(100 + ln['ppn'], 100))
        elif m == 'noppn':
            ln['jumlah'] = prod * ln['price']
        elif m == 'wrongvol':
            ln['jumlah'] = rhu(F(prod + rng.choice([-2, -1, 1, 2, 3])) * ln['price'] * F(100 + ln['ppn'], 100))
            if ln['jumlah'] <= 0:
                ln['jumlah'] = rhu(F(prod + 2) * ln['price'] * F(100 + ln['ppn'], 100))
        elif m == 'zero':
            ln['jumlah'] = correct * 10 if (rng.random() < 0.5 or correct < 100000) else (correct // 10)
        else:  # typo: swap two adjacent different digits (not the first)
            s = str(correct)
            cand = [i for i in range(1, len(s) - 1) if s[i] != s[i + 1]]
            if not cand:
                ln['jumlah'] = correct + 100000
            else:
                i = rng.choice(cand)
                ln['jumlah'] = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        # guarantee a clear error
        assert ln['jumlah'] != correct or ln['volume'] != prod


# ---------------------------------------------------------------- koef text styles
ABBR = {'Orang': 'org', 'Kali': 'kl', 'Hari': 'hr', 'Jam': 'jam', 'Unit': 'unit', 'Buah': 'bh', 'Lembar': 'lbr',
        'Paket': 'pkt', 'Malam': 'mlm', 'Kegiatan': 'keg', 'Liter': 'ltr', 'Botol': 'btl', 'Stel': 'stel',
        'Pasang': 'psg', 'Eksemplar': 'eks', 'Kotak': 'ktk', 'Lusin': 'lsn', 'Roll': 'roll', 'Rim': 'rim',
        'Box': 'box', 'Dus': 'dus', 'Pak': 'pak', 'Karung': 'krg', 'Pouch': 'pch', 'Tray': 'tray', 'Sak': 'sak',
        'Ekor': 'ekor', 'Kg': 'kg', 'Set': 'set', 'Spot': 'spot', 'Titik': 'titik', 'm2': 'm2', 'Buku': 'buku',
        'Tabung': 'tbg', 'Balok': 'blk', 'Sesi': 'sesi', 'Sampel': 'spl', 'Lisensi': 'lis', 'Perkara': 'pkr',
        'Bulan': 'bln', 'Kali Terbit': 'kl terbit', "m'": "m'", 'Orang/Kali': 'org/kl'}


def koef_long(parts):
    return ' x '.join(f'{fmt(v)} {u}' for v, u in parts)


def koef_short(parts):
    return ' x '.join(f'{fmt(v)} {ABBR.get(u, u.lower())}' for v, u in parts)


def price_text_bpbd(rng, p):
    r = rng.random()
    if p >= 1000000 and p % 10000 == 0 and r < 0.45:
        s = f'{F(p, 1000000).numerator / F(p, 1000000).denominator:.2f}'.rstrip('0').rstrip('.')
        return s.replace('.', ',') + ' jt'
    if r < 0.75:
        return 'Rp ' + fmt(p)
    return fmt(p)


# ---------------------------------------------------------------- writers
def header_info(opd, sk):
    return [('Urusan Pemerintahan', opd['urusan']), ('Organisasi', f"{opd['kode_opd']} {opd['opd']}"),
            ('Program', opd['program']), ('Kegiatan', sk['kegiatan']), ('Sub Kegiatan', f"{sk['code']} {sk['name']}"),
            ('Sumber Pendanaan', 'PAD - Pendapatan Asli Daerah / DAU'), ('Lokasi', sk['lokasi']),
            ('Waktu Pelaksanaan', 'Januari s.d. Desember 2027'),
            ('Keluaran Sub Kegiatan', f"{sk['indikator']} : {sk['target']}")]


def groups(lines):
    out = []
    for ln in lines:
        if not out or out[-1][0] != ln['acc']:
            out.append((ln['acc'], []))
        out[-1][1].append(ln)
    return out


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', FONT))
    pdfmetrics.registerFont(TTFont('DVB', FONTB))


def write_sipd_pdf(f, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    opd = f['opd']
    st = ParagraphStyle('n', fontName='DV', fontSize=7, leading=8.6)
    stb = ParagraphStyle('b', fontName='DVB', fontSize=7, leading=8.6)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=12.5, alignment=1)
    story = []
    for si, s in enumerate(f['subkegs']):
        sk = s['sk']
        story.append(Paragraph('RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH', sth))
        story.append(Paragraph('RINCIAN BELANJA SUB KEGIATAN (RKA-RINCIAN BELANJA SKPD)', sth))
        story.append(Paragraph('Pemerintah Kota Samarinda &nbsp; Tahun Anggaran 2027', sth))
        story.append(Spacer(1, 4 * mm))
        info = [[Paragraph(escape(a), stb), ':', Paragraph(escape(b), st)] for a, b in header_info(opd, sk)]
        t = Table(info, colWidths=[38 * mm, 4 * mm, 140 * mm])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONT', (0, 0), (-1, -1), 'DV', 7),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
        story.append(t)
        story.append(Spacer(1, 3 * mm))
        ind = [[Paragraph('<b>Indikator</b>', st), Paragraph('<b>Tolok Ukur Kinerja</b>', st), Paragraph('<b>Target Kinerja</b>', st)],
               ['Capaian Kegiatan', Paragraph(escape(sk['indikator']), st), sk['target']],
               ['Masukan', 'Dana yang dibutuhkan', 'Rp ' + fmt(sum(ln['jumlah'] for ln in s['lines']))],
               ['Keluaran', Paragraph(escape(sk['indikator']), st), sk['target']]]
        t = Table(ind, colWidths=[30 * mm, 110 * mm, 42 * mm])
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, -1), 'DV', 7),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story.append(t)
        story.append(Spacer(1, 3 * mm))
        hdr1 = ['No', 'Kode Rekening', 'Uraian', 'Rincian Perhitungan', '', '', '', '', 'Jumlah (Rp)']
        hdr2 = ['', '', '', 'Koefisien', 'Vol', 'Satuan', 'Harga', 'PPN', '']
        rows = [hdr1, hdr2]
        style = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, -1), 'DV', 6.5),
                 ('FONT', (0, 0), (-1, 1), 'DVB', 6.5), ('SPAN', (3, 0), (7, 0)), ('SPAN', (0, 0), (0, 1)),
                 ('SPAN', (1, 0), (1, 1)), ('SPAN', (2, 0), (2, 1)), ('SPAN', (8, 0), (8, 1)),
                 ('ALIGN', (0, 0), (-1, 1), 'CENTER'), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('BACKGROUND', (0, 0), (-1, 1), colors.HexColor('#d9d9d9')),
                 ('ALIGN', (4, 2), (8, -1), 'RIGHT')]
        for acc, lns in groups(s['lines']):
            r = len(rows)
            rows.append(['', acc[0], Paragraph('<b>' + escape(acc[1]) + '</b>', st), '', '', '', '', '',
                         fmt(sum(x['jumlah'] for x in lns))])
            style += [('SPAN', (2, r), (7, r)), ('FONT', (0, r), (-1, r), 'DVB', 6.5),
                      ('BACKGROUND', (0, r), (-1, r), colors.HexColor('#f2f2f2'))]
            for ln in lns:
                txt = escape(ln['name'])
                if ln['spec']:
                    txt += '<br/><font size="6">Spesifikasi: ' + escape(ln['spec']) + '</font>'
                rows.append([ln['no'], '', Paragraph(txt, st), Paragraph(escape(koef_long(ln['parts'])), st),
                             fmt(ln['volume']), Paragraph(escape(ln['unit']), st), fmt(ln['price']),
                             f"{ln['ppn']}%", fmt(ln['jumlah'])])
        r = len(rows)
        rows.append(['', '', Paragraph('<b>JUMLAH TOTAL SUB KEGIATAN</b>', st), '', '', '', '', '',
                     fmt(sum(x['jumlah'] for x in s['lines']))])
        style += [('SPAN', (2, r), (7, r)), ('FONT', (0, r), (-1, r), 'DVB', 6.5)]
        t = Table(rows, colWidths=[8 * mm, 27 * mm, 53 * mm, 27 * mm, 11 * mm, 14 * mm, 16 * mm, 9 * mm, 20 * mm],
                  repeatRows=2)
        t.setStyle(TableStyle(style))
        story.append(t)
        if si < len(f['subkegs']) - 1:
            story.append(PageBreak())

    def on_page(c, d):
        c.saveState()
        c.setFont('DV', 6)
        c.drawString(12 * mm, 8 * mm, 'Dicetak dari SIPD-RI oleh: operator.' + f['opd']['file'].split('_')[1] + ' / 14-10-2026 10:22:41  |  RKA-RINCIAN BELANJA SKPD TA 2027')
        c.drawRightString(200 * mm, 8 * mm, f'Halaman {d.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title='RKA Rincian Belanja', author='SIPD', creator='SIPD-RI',
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_landscape_pdf(f, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    opd = f['opd']
    st = ParagraphStyle('n', fontName='DV', fontSize=8, leading=9.6)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=14)
    story = [Paragraph('SEKRETARIAT DPRD KOTA SAMARINDA', sth),
             Paragraph('Draft Rincian Belanja Sub Kegiatan - Rancangan RKA TA 2027 (bahan pembahasan internal)', st),
             Spacer(1, 3 * mm)]
    hdr = ['No', 'Kode / Nama Rekening', 'Uraian Belanja (Nama Barang/Jasa dan Spesifikasi)', 'Koefisien', 'Volume',
           'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']
    for si, s in enumerate(f['subkegs']):
        sk = s['sk']
        story.append(Paragraph(f"<b>Sub Kegiatan {escape(sk['code'])}</b> &ndash; {escape(sk['name'])}", st))
        story.append(Paragraph(f"Indikator keluaran: {escape(sk['indikator'])} &mdash; target {escape(sk['target'])}. "
                               f"Lokasi: {escape(sk['lokasi'])}", st))
        story.append(Spacer(1, 2 * mm))
        rows = [[Paragraph('<b>' + h + '</b>', st) for h in hdr]]
        for ln in s['lines']:
            u = escape(ln['name']) + ((' &ndash; ' + escape(ln['spec'])) if ln['spec'] else '')
            rows.append([ln['no'], Paragraph(escape(ln['acc'][0] + ' ' + ln['acc'][1]), st), Paragraph(u, st),
                         Paragraph(escape(koef_long(ln['parts'])), st), fmt(ln['volume']), Paragraph(escape(ln['unit']), st),
                         fmt(ln['price']), fmt(ln['jumlah'])])
        rows.append(['', '', Paragraph('<b>Jumlah Sub Kegiatan</b>', st), '', '', '', '', fmt(sum(x['jumlah'] for x in s['lines']))])
        t = Table(rows, colWidths=[10 * mm, 52 * mm, 62 * mm, 38 * mm, 16 * mm, 20 * mm, 28 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('FONT', (0, 0), (-1, -1), 'DV', 8),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (4, 1), (-1, -1), 'RIGHT'),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8eef7'))]))
        story.append(t)
        story.append(Spacer(1, 6 * mm))
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm,
                            bottomMargin=10 * mm, title='Draft RKA Setwan 2027', author='Subbag Perencanaan', invariant=1)
    doc.build(story)


def _xl_common():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style='thin', color='000000')
    return dict(b=Font(bold=True), border=Border(left=thin, right=thin, top=thin, bottom=thin),
                center=Alignment(horizontal='center', vertical='center', wrap_text=True),
                wrap=Alignment(wrap_text=True, vertical='top'), fill=PatternFill('solid', fgColor='D9D9D9'),
                fill2=PatternFill('solid', fgColor='F2F2F2'))


def _fix_xlsx_time(wb):
    import datetime
    t = datetime.datetime(2026, 10, 14, 9, 30, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = 'SIPD export'


def write_xlsx_formula(f, path):
    from openpyxl import Workbook
    X = _xl_common()
    wb = Workbook()
    wb.remove(wb.active)
    opd = f['opd']
    for s in f['subkegs']:
        sk = s['sk']
        ws = wb.create_sheet(sk['code'][-9:].replace('.', '_'))
        ws['A1'] = 'PEMERINTAH KOTA SAMARINDA'
        ws['A2'] = 'RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH - TAHUN ANGGARAN 2027'
        ws['A1'].font = X['b']
        ws['A2'].font = X['b']
        r = 4
        for a, b in header_info(opd, sk):
            ws.cell(r, 1, a)
            ws.cell(r, 3, ': ' + b)
            r += 1
        r += 1
        h1 = r
        heads = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Rincian Perhitungan', None, None, None, None, 'Jumlah (Rp)']
        for c, v in enumerate(heads, 1):
            if v:
                ws.cell(h1, c, v)
        for c, v in enumerate(['Koefisien', 'Volume', 'Satuan', 'Harga Satuan', 'PPN (%)'], 5):
            ws.cell(h1 + 1, c, v)
        for c in (1, 2, 3, 4, 10):
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        # hidden helper columns K..O
        for c, v in enumerate(['k1', 'k2', 'k3', 'vol_cek', 'selisih'], 11):
            ws.cell(h1 + 1, c, v)
        for rr in (h1, h1 + 1):
            for c in range(1, 11):
                ws.cell(rr, c).font = X['b']
                ws.cell(rr, c).alignment = X['center']
                ws.cell(rr, c).fill = X['fill']
                ws.cell(rr, c).border = X['border']
        r = h1 + 2
        line_cells = []
        for acc, lns in groups(s['lines']):
            gr = r
            ws.cell(r, 2, acc[0]).font = X['b']
            ws.cell(r, 3, acc[1]).font = X['b']
            for c in range(1, 11):
                ws.cell(r, c).fill = X['fill2']
            r += 1
            first = r
            for ln in lns:
                ws.cell(r, 1, int(ln['no']))
                ws.cell(r, 3, ln['name']).alignment = X['wrap']
                ws.cell(r, 4, ln['spec'] or None)
                ws.cell(r, 5, koef_short(ln['parts']))
                ws.cell(r, 6, ln['volume'])
                ws.cell(r, 7, ln['unit'])
                ws.cell(r, 8, ln['price']).number_format = '#,##0'
                ws.cell(r, 9, ln['ppn'])
                if ln['jumlah'] == rhu(F(ln['volume']) * ln['price'] * F(100 + ln['ppn'], 100)):
                    ws.cell(r, 10, f'=ROUND(F{r}*H{r}*(1+I{r}/100),0)')
                    ln['xlsx_formula'] = True
                else:
                    ws.cell(r, 10, ln['jumlah'])  # typed over
                ws.cell(r, 10).number_format = '#,##0'
                ks = [v for v, _ in ln['parts']] + [None] * 3
                for c in range(3):
                    ws.cell(r, 11 + c, ks[c])
                ws.cell(r, 14, f'=PRODUCT(K{r}:M{r})')
                ws.cell(r, 15, f'=F{r}-N{r}')
                line_cells.append(f'J{r}')
                r += 1
            ws.cell(gr, 10, f'=SUM(J{first}:J{r - 1})').number_format = '#,##0'
            ws.cell(gr, 10).font = X['b']
        ws.cell(r, 3, 'JUMLAH TOTAL').font = X['b']
        ws.cell(r, 10, '=' + '+'.join(line_cells)).number_format = '#,##0'
        for c in 'KLMNO':
            ws.column_dimensions[c].hidden = True
        for c, w in zip('ABCDEFGHIJ', [6, 20, 48, 30, 22, 9, 12, 14, 8, 16]):
            ws.column_dimensions[c].width = w
        ws.freeze_panes = ws.cell(h1 + 2, 1)
    _fix_xlsx_time(wb)
    wb.save(path)


def write_csv(f, path):
    opd = f['opd']
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(['RKA SKPD TA 2027 - ' + opd['opd']] + [''] * 10)
    w.writerow(['Diekspor: 13/10/2026 15:47 (export rincian belanja, semua sub kegiatan)'] + [''] * 10)
    w.writerow([''] * 11)
    w.writerow(['No', 'Jumlah', 'Uraian Belanja', 'Koefisien', 'Vol', 'Sat', 'Harga Satuan', 'Kode Rekening',
                'Nama Rekening', 'Sub Kegiatan', 'Spesifikasi'])
    for s in f['subkegs']:
        sk = s['sk']
        for ln in s['lines']:
            w.writerow([ln['no'], 'Rp ' + fmt(ln['jumlah']), ln['name'], koef_short(ln['parts']), fmt(ln['volume']),
                        ln['unit'], 'Rp ' + fmt(ln['price']), ln['acc'][0], ln['acc'][1],
                        sk['code'] + ' ' + sk['name'], ln['spec']])
        w.writerow(['', 'Rp ' + fmt(sum(x['jumlah'] for x in s['lines'])), 'SUBTOTAL ' + sk['code'], '', '', '', '', '',
                    '', sk['code'] + ' ' + sk['name'], ''])
    w.writerow(['', 'Rp ' + fmt(sum(x['jumlah'] for s in f['subkegs'] for x in s['lines'])), 'TOTAL SKPD', '', '', '',
                '', '', '', '', ''])
    with open(path, 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write(buf.getvalue())


def write_xlsx_multisub(f, path, rng):
    from openpyxl import Workbook
    X = _xl_common()
    wb = Workbook()
    ws = wb.active
    ws.title = 'RKA BPBD 2027'
    opd = f['opd']
    ws['A1'] = 'BADAN PENANGGULANGAN BENCANA DAERAH KOTA SAMARINDA'
    ws['A2'] = 'RANCANGAN RINCIAN BELANJA TA 2027 (hasil input bidang, belum final)'
    ws['A3'] = opd['program']
    for c in ('A1', 'A2'):
        ws[c].font = X['b']
    r = 5
    for si, s in enumerate(f['subkegs']):
        sk = s['sk']
        ws.cell(r, 1, f"SUB KEGIATAN {si + 1}: {sk['code']} {sk['name']}").font = X['b']
        ws.cell(r + 1, 1, f"Indikator keluaran: {sk['indikator']} | Target: {sk['target']}")
        ws.cell(r + 2, 1, f"Lokasi: {sk['lokasi']}")
        r += 3
        for c, v in enumerate(['No', 'Uraian', 'Koefisien', 'Vol', 'Sat', 'Jumlah (Rp)', 'Harga Satuan', 'Ket.'], 1):
            ws.cell(r, c, v).font = X['b']
            ws.cell(r, c).fill = X['fill']
            ws.cell(r, c).border = X['border']
        r += 1
        for acc, lns in groups(s['lines']):
            ws.cell(r, 2, f'{acc[0]} - {acc[1]}').font = X['b']
            ws.cell(r, 6, sum(x['jumlah'] for x in lns)).number_format = '#,##0'
            ws.cell(r, 6).font = X['b']
            r += 1
            for ln in lns:
                ws.cell(r, 1, ln['no']).number_format = '@'
                u = ln['name'] + (f" ({ln['spec']})" if ln['spec'] else '')
                ws.cell(r, 2, u).alignment = X['wrap']
                ws.cell(r, 3, koef_short(ln['parts']))
                ws.cell(r, 4, ln['volume'])
                ws.cell(r, 5, ln['unit'])
                ws.cell(r, 6, ln['jumlah']).number_format = '#,##0'
                pt = price_text_bpbd(rng, ln['price'])
                ln['price_text'] = pt
                ws.cell(r, 7, pt)
                r += 1
        ws.cell(r, 2, f"SUBTOTAL SUB KEGIATAN {si + 1}").font = X['b']
        ws.cell(r, 6, sum(x['jumlah'] for x in s['lines'])).number_format = '#,##0'
        r += 3
    for c, w in zip('ABCDEFGH', [7, 60, 24, 8, 11, 16, 16, 14]):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet('Catatan')
    ws2['A1'] = 'Harga satuan diisi oleh masing-masing bidang; sebagian ditulis dalam juta (jt).'
    ws2['A2'] = 'Jumlah dihitung manual oleh operator.'
    _fix_xlsx_time(wb)
    wb.save(path)


def write_xlsx_koefcols(f, path):
    from openpyxl import Workbook
    X = _xl_common()
    wb = Workbook()
    ws = wb.active
    ws.title = 'Rincian'
    opd = f['opd']
    ws['A1'] = 'DINAS PERIKANAN KOTA SAMARINDA - RINCIAN KEBUTUHAN BELANJA TA 2027'
    ws['A1'].font = X['b']
    ws['A2'] = opd['program']
    heads = ['No', 'Kode Rekening', 'Uraian', 'Spesifikasi', 'Koef 1', 'Sat 1', 'Koef 2', 'Sat 2', 'Koef 3', 'Sat 3',
             'Volume', 'Satuan', 'Harga Satuan', 'PPN', 'Jumlah']
    r = 4
    rekap = []
    for s in f['subkegs']:
        sk = s['sk']
        ws.cell(r, 1, f"Sub Kegiatan: {sk['code']} - {sk['name']}").font = X['b']
        ws.cell(r + 1, 1, f"Output: {sk['indikator']} ({sk['target']}); lokasi {sk['lokasi']}")
        r += 2
        for c, v in enumerate(heads, 1):
            ws.cell(r, c, v).font = X['b']
            ws.cell(r, c).fill = X['fill']
            ws.cell(r, c).border = X['border']
        r += 1
        for ln in s['lines']:
            ws.cell(r, 1, int(ln['no']))
            ws.cell(r, 2, ln['acc'][0])
            ws.cell(r, 3, ln['name'])
            ws.cell(r, 4, ln['spec'] or None)
            for i, (v, u) in enumerate(ln['parts']):
                ws.cell(r, 5 + 2 * i, v)
                ws.cell(r, 6 + 2 * i, u)
            ws.cell(r, 11, ln['volume'])
            ws.cell(r, 12, ln['unit'])
            ws.cell(r, 13, ln['price']).number_format = '#,##0'
            ws.cell(r, 14, F(ln['ppn'], 100).numerator / F(ln['ppn'], 100).denominator if ln['ppn'] else 0).number_format = '0%'
            ws.cell(r, 15, ln['jumlah']).number_format = '#,##0'
            r += 1
        tot = sum(x['jumlah'] for x in s['lines'])
        ws.cell(r, 3, 'Total sub kegiatan').font = X['b']
        ws.cell(r, 15, tot).number_format = '#,##0'
        rekap.append((sk['code'], sk['name'], tot))
        r += 2
    for c, w in zip('ABCDEFGHIJKLMNO', [5, 19, 44, 30, 7, 7, 7, 7, 7, 7, 9, 10, 13, 6, 15]):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet('Rekap')
    ws2.append(['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Pagu Usulan (Rp)'])
    for row in rekap:
        ws2.append(list(row))
    _fix_xlsx_time(wb)
    wb.save(path)


def write_docx(f, path):
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    opd = f['opd']
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, m, Mm(15))
    doc.styles['Normal'].font.size = Pt(9)
    doc.add_paragraph().add_run('KECAMATAN SAMARINDA ULU').bold = True
    doc.add_paragraph('Usulan Rincian Anggaran Belanja Tahun Anggaran 2027 (disusun oleh Subbag Perencanaan dan Keuangan)')
    for s in f['subkegs']:
        sk = s['sk']
        p = doc.add_paragraph()
        p.add_run(f"Sub Kegiatan : {sk['code']} {sk['name']}").bold = True
        doc.add_paragraph(f"Kegiatan : {sk['kegiatan']}\nIndikator Keluaran : {sk['indikator']} — Target {sk['target']}\nLokasi : {sk['lokasi']}")
        heads = ['No', 'Uraian', 'Spesifikasi', 'Koefisien', 'Vol', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = 'Table Grid'
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for acc, lns in groups(s['lines']):
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            m.text = ''
            m.paragraphs[0].add_run(f"{acc[0]}  {acc[1]}   (Rp {fmt(sum(x['jumlah'] for x in lns))})").bold = True
            for ln in lns:
                cells = t.add_row().cells
                vals = [ln['no'], ln['name'], ln['spec'], koef_long(ln['parts']), fmt(ln['volume']), ln['unit'],
                        fmt(ln['price']), fmt(ln['jumlah'])]
                for i, v in enumerate(vals):
                    cells[i].text = v
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-2])
        m.text = 'JUMLAH'
        row.cells[-1].text = fmt(sum(x['jumlah'] for x in s['lines']))
        doc.add_paragraph('')
    doc.add_paragraph('Samarinda, 9 Oktober 2026\nCamat Samarinda Ulu\n\n\n(.............................)')
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 10, 9, 8, 0, 0)
    cp.author = 'kec.samarindaulu'
    cp.last_modified_by = 'kec.samarindaulu'
    cp.revision = 1
    doc.save(path)


def write_scan(f, path, truth_path, rng):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 1654, 2339  # A4 @ 200 dpi
    fn = ImageFont.truetype(FONT, 22)
    fb = ImageFont.truetype(FONTB, 22)
    fh = ImageFont.truetype(FONTB, 28)
    opd = f['opd']
    s = f['subkegs'][0]
    sk = s['sk']
    cols = [('No', 60), ('Uraian', 560), ('Koefisien', 280), ('Vol', 90), ('Satuan', 120), ('Harga Satuan', 190),
            ('Jumlah', 210)]
    x0 = 70
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    truth = []
    pages = []

    def wrap(text, font, width):
        words, out, cur = text.split(), [], ''
        for w_ in words:
            t = (cur + ' ' + w_).strip()
            if font.getlength(t) <= width - 12:
                cur = t
            else:
                out.append(cur)
                cur = w_
        out.append(cur)
        return out

    rows = []
    for acc, lns in groups(s['lines']):
        rows.append(('acc', acc, lns))
        for ln in lns:
            rows.append(('line', ln, None))
    rows.append(('total', None, None))
    split = 18
    chunks = [rows[:split], rows[split:]]
    for pi, chunk in enumerate(chunks):
        img = Image.new('L', (W, H), 255)
        d = ImageDraw.Draw(img)
        y = 90
        if pi == 0:
            for t, fnt in [('PEMERINTAH KOTA SAMARINDA', fh), (opd['opd'].upper(), fh),
                           ('RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027', fb)]:
                d.text((W // 2 - fnt.getlength(t) / 2, y), t, font=fnt, fill=0)
                truth.append(t)
                y += 40
            y += 20
            for a, b in header_info(opd, sk)[2:]:
                for k, part in enumerate(wrap(f'{a} : {b}', fn, W - 2 * x0)):
                    d.text((x0, y), part, font=fn, fill=0)
                    truth.append(part)
                    y += 30
            y += 20
        else:
            t = f"(lanjutan) Sub Kegiatan {sk['code']}"
            d.text((x0, y), t, font=fb, fill=0)
            truth.append(t)
            y += 45
        # header
        d.rectangle([xs[0], y, xs[-1], y + 40], outline=0, width=2)
        for (h, _), x in zip(cols, xs):
            d.text((x + 6, y + 8), h, font=fb, fill=0)
        truth.append(' | '.join(h for h, _ in cols))
        y += 40
        for kind, a, lns in chunk:
            if kind == 'acc':
                txt = f'{a[0]}  {a[1]}'
                lines_ = wrap(txt, fb, xs[-2] - xs[1])
                hgt = 32 * len(lines_) + 8
                d.rectangle([xs[0], y, xs[-1], y + hgt], outline=0, width=1)
                for k, part in enumerate(lines_):
                    d.text((xs[1] + 6, y + 5 + 32 * k), part, font=fb, fill=0)
                sub = fmt(sum(x['jumlah'] for x in lns))
                d.text((xs[-1] - 8 - fb.getlength(sub), y + 5), sub, font=fb, fill=0)
                truth.append(' '.join(lines_) + ' | ' + sub)
            elif kind == 'line':
                ln = a
                name_lines = wrap(ln['name'], fn, cols[1][1])
                koef_lines = wrap(koef_short(ln['parts']), fn, cols[2][1])
                n_ = max(len(name_lines), len(koef_lines))
                hgt = 30 * n_ + 10
                vals = [ln['no'], None, None, fmt(ln['volume']), ln['unit'], fmt(ln['price']), fmt(ln['jumlah'])]
                for k, x in enumerate(xs):
                    d.line([x, y, x, y + hgt], fill=0, width=1)
                d.line([xs[0], y + hgt, xs[-1], y + hgt], fill=0, width=1)
                for k, part in enumerate(name_lines):
                    d.text((xs[1] + 6, y + 5 + 30 * k), part, font=fn, fill=0)
                for k, part in enumerate(koef_lines):
                    d.text((xs[2] + 6, y + 5 + 30 * k), part, font=fn, fill=0)
                for ci in (0, 3, 4, 5, 6):
                    v = vals[ci]
                    if ci in (3, 5, 6):
                        d.text((xs[ci + 1] - 8 - fn.getlength(v), y + 5), v, font=fn, fill=0)
                    else:
                        d.text((xs[ci] + 6, y + 5), v, font=fn, fill=0)
                truth.append(' | '.join([ln['no'], ln['name'], koef_short(ln['parts']), fmt(ln['volume']), ln['unit'],
                                         fmt(ln['price']), fmt(ln['jumlah'])]))
            else:
                hgt = 40
                d.rectangle([xs[0], y, xs[-1], y + hgt], outline=0, width=2)
                tot = fmt(sum(x['jumlah'] for x in s['lines']))
                d.text((xs[1] + 6, y + 8), 'JUMLAH TOTAL', font=fb, fill=0)
                d.text((xs[-1] - 8 - fb.getlength(tot), y + 8), tot, font=fb, fill=0)
                truth.append('JUMLAH TOTAL | ' + tot)
            y += hgt
        foot = f'Hal. {pi + 1} / 2'
        d.text((W - 200, H - 80), foot, font=fn, fill=0)
        truth.append(foot)
        if pi == 1:
            for t in ['Samarinda, 12 Oktober 2026', 'Kepala Dinas Pariwisata', '(paraf dan stempel)']:
                y += 30
                d.text((W - 600, y), t, font=fn, fill=0)
                truth.append(t)
        # degrade: rotate, blur, noise, uneven background
        ang = [0.9, -1.3][pi]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img).astype(np.float32)
        nrng = np.random.default_rng(SEED + pi)
        grad = np.linspace(0, 18, W)[None, :] + np.linspace(0, 10, H)[:, None]
        arr = arr * 0.93 + 8 - grad + nrng.normal(0, 9, arr.shape)
        speck = nrng.random(arr.shape) < 0.0015
        arr[speck] = 40
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(arr).convert('RGB'))
    buf = []
    for p in pages:
        b = io.BytesIO()
        p.save(b, 'JPEG', quality=55)
        buf.append(Image.open(io.BytesIO(b.getvalue())))
    buf[0].save(path, 'PDF', resolution=200.0, save_all=True, append_images=buf[1:],
                title='scan', creationDate=__import__("time").gmtime(1791813900),
                modDate=__import__("time").gmtime(1791813900))
    with open(truth_path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(truth) + '\n')


def write_ssh(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    X = _xl_common()
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [('Barang Habis Pakai', lambda k: not k.startswith('modal_')), ('Peralatan dan Mesin', lambda k: k.startswith('modal_'))]
    for title, pred in sheets:
        ws = wb.create_sheet(title)
        ws['A1'] = 'LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 31 TAHUN 2026'
        ws['A2'] = 'STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027'
        ws['A3'] = 'Kelompok: ' + title + ' — harga tertinggi, belum termasuk PPN'
        for c in ('A1', 'A2'):
            ws[c].font = X['b']
        h = 5
        for c, v in enumerate(['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga Satuan (Rp)', None, 'Keterangan'], 1):
            if v:
                ws.cell(h, c, v)
        ws.cell(h + 1, 6, 'TA 2026')
        ws.cell(h + 1, 7, 'TA 2027')
        for c in (1, 2, 3, 4, 5, 8):
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=7)
        for rr in (h, h + 1):
            for c in range(1, 9):
                ws.cell(rr, c).font = X['b']
                ws.cell(rr, c).alignment = X['center']
                ws.cell(rr, c).fill = X['fill']
                ws.cell(rr, c).border = X['border']
        r = h + 2
        no = 0
        cur = None
        letter = 0
        for key, c, *_ in SC.SSH:
            row = CAT[key]
            if not pred(row['kind']):
                continue
            if c != cur:
                cur = c
                letter += 1
                ws.cell(r, 1, f'{chr(64 + letter)}. {c.upper()}').font = X['b']
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
            no += 1
            ws.cell(r, 1, no)
            ws.cell(r, 2, row['kode'])
            ws.cell(r, 3, row['name'])
            ws.cell(r, 4, row['spec'])
            ws.cell(r, 5, row['unit'])
            ws.cell(r, 6, row['price_2026']).number_format = '#,##0'
            ws.cell(r, 7, row['price']).number_format = '#,##0'
            ws.cell(r, 8, 'Belum termasuk PPN')
            row['sheet'] = title
            row['row'] = r
            r += 1
        for c, w in zip('ABCDEFGH', [6, 20, 38, 42, 12, 14, 14, 18]):
            ws.column_dimensions[c].width = w
    _fix_xlsx_time(wb)
    wb.save(path)


def write_sbu(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    st = ParagraphStyle('n', fontName='DV', fontSize=7.5, leading=9)
    sth = ParagraphStyle('h', fontName='DVB', fontSize=10, leading=13, alignment=1)
    story = [Paragraph('LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 31 TAHUN 2026', sth),
             Paragraph('STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027', sth),
             Paragraph('Besaran merupakan batas tertinggi; honorarium dan perjalanan dinas tidak dikenakan PPN.', st),
             Spacer(1, 4 * mm)]
    rows = [['No', 'Kode', 'Uraian', 'Spesifikasi / Keterangan', 'Satuan', 'Besaran (Rp)']]
    style = [('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('FONT', (0, 0), (-1, -1), 'DV', 7.5),
             ('FONT', (0, 0), (-1, 0), 'DVB', 7.5), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
             ('ALIGN', (5, 1), (5, -1), 'RIGHT'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9d9d9'))]
    cur = None
    no = 0
    for key, sec, *_ in SC.SBU:
        row = CAT[key]
        if sec != cur:
            cur = sec
            r = len(rows)
            rows.append([Paragraph(f'<b>{SBU_SECS.index(sec) + 1}. {escape(sec.upper())}</b>', st), '', '', '', '', ''])
            style += [('SPAN', (0, r), (-1, r)), ('BACKGROUND', (0, r), (-1, r), colors.HexColor('#f2f2f2'))]
        no += 1
        rows.append([str(no), row['kode'], Paragraph(escape(row['name']), st), Paragraph(escape(row['spec']), st),
                     row['unit'], fmt(row['price'])])
    t = Table(rows, colWidths=[9 * mm, 20 * mm, 52 * mm, 60 * mm, 20 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title='SBU 2027', author='BPKAD Kota Samarinda', invariant=1)
    doc.build(story)


def normalize_zip(path):
    """make xlsx/docx byte-identical between runs: fixed zip timestamps and fixed core.xml dates"""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-10-14T09:30:00Z\g<3>', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- main
EXT = {'sipd_pdf': '.pdf', 'xlsx_formula_hidden': '.xlsx', 'csv_textprice': '.csv', 'xlsx_multisub_textprice': '.xlsx',
       'scan_pdf': '.pdf', 'docx_merged_accounts': '.docx', 'xlsx_koef_columns': '.xlsx', 'landscape_pdf_wrap': '.pdf'}


def main():
    os.makedirs(DATA, exist_ok=True)
    for fn in os.listdir(DATA):
        os.remove(os.path.join(DATA, fn))
    _rl_fonts()
    files = build_all()
    wrng = random.Random(SEED + 1)
    write_ssh(os.path.join(DATA, SSH_FILE))
    normalize_zip(os.path.join(DATA, SSH_FILE))
    write_sbu(os.path.join(DATA, SBU_FILE))
    manifest, truth = [], []
    for f in files:
        opd = f['opd']
        lay = opd['layout']
        fname = opd['file'] + EXT[lay]
        p = os.path.join(DATA, fname)
        if lay == 'sipd_pdf':
            write_sipd_pdf(f, p)
        elif lay == 'xlsx_formula_hidden':
            write_xlsx_formula(f, p)
        elif lay == 'csv_textprice':
            write_csv(f, p)
        elif lay == 'xlsx_multisub_textprice':
            write_xlsx_multisub(f, p, wrng)
        elif lay == 'scan_pdf':
            write_scan(f, p, os.path.join(HERE, 'scan_truth.txt'), wrng)
        elif lay == 'docx_merged_accounts':
            write_docx(f, p)
        elif lay == 'xlsx_koef_columns':
            write_xlsx_koefcols(f, p)
        elif lay == 'landscape_pdf_wrap':
            write_landscape_pdf(f, p)
        if p.endswith(('.xlsx', '.docx')):
            normalize_zip(p)
        stem = opd['file']
        labels = {}
        for s in f['subkegs']:
            for ln in s['lines']:
                labels[ln['no']] = [l for l in LABEL_ORDER if l in ln['labels']]
        with open(os.path.join(DATA, stem + '.labels.json'), 'w', encoding='utf-8') as fh:
            json.dump({'labels': labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({'rka': fname, 'catalogues': [SSH_FILE, SBU_FILE], 'labels': stem + '.labels.json',
                         'opd': opd['opd'], 'layout': lay})
        tlines = []
        for s in f['subkegs']:
            sk = s['sk']
            for ln in s['lines']:
                c = CAT[ln['cat']] if ln['cat'] else None
                tlines.append({
                    'no': ln['no'], 'subkegiatan_code': sk['code'], 'subkegiatan_name': sk['name'],
                    'indikator': sk['indikator'], 'account_code': ln['acc'][0], 'account_name': ln['acc'][1],
                    'correct_account_code': SC.ACC[ln['kind']][0], 'correct_account_name': SC.ACC[ln['kind']][1],
                    'item_name': ln['name'], 'spec': ln['spec'], 'unit': ln['unit'],
                    'koefisien': [[v, u] for v, u in ln['parts']], 'koefisien_product': ln['koef_product'],
                    'volume': ln['volume'], 'price': ln['price'], 'price_text': ln.get('price_text'),
                    'ppn_percent': ln['ppn'], 'jumlah': ln['jumlah'], 'correct_jumlah': ln['correct_jumlah'],
                    'jumlah_is_formula': bool(ln.get('xlsx_formula')), 'arithmetic_error': ln['arith_mode'],
                    'source': ln['src'],
                    'catalogue_ref': None if not c else {
                        'file': c['file'], 'kode': c['kode'], 'name': c['name'], 'spec': c['spec'], 'unit': c['unit'],
                        'price': c['price'], 'sheet': c.get('sheet'), 'rka_unit_in_catalogue_units': str(ln['conv']),
                        'reference_price_per_rka_unit': str(ln['ref']),
                        'price_ratio': round(float(F(ln['price']) / ln['ref']), 4)},
                    'duplicate_pair_no': ln.get('dup_pair_no'),
                    'labels': [l for l in LABEL_ORDER if l in ln['labels']],
                })
        truth.append({'rka': fname, 'opd': opd['opd'], 'layout': lay, 'lines': tlines})
    with open(os.path.join(DATA, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, 'truth_lines.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    cat_dump = [dict(v, price_2026=v.get('price_2026')) for v in CAT.values()]
    with open(os.path.join(HERE, 'truth_catalogue.json'), 'w', encoding='utf-8') as fh:
        json.dump(cat_dump, fh, indent=1, ensure_ascii=False)
    # summary
    from collections import Counter
    cnt = Counter()
    n = 0
    clean = 0
    for t in truth:
        for ln in t['lines']:
            n += 1
            clean += not ln['labels']
            cnt.update(ln['labels'])
    print('lines', n, 'clean', clean, dict(cnt))


if __name__ == '__main__':
    main()
