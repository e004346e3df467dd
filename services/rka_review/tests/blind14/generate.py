#!/usr/bin/env python3
"""Deterministic generator for the review14 blind RKA review set. Run: python generate.py"""
import sys, os, json, random, re, io, math
sys.dont_write_bytecode = True
from fractions import Fraction as F
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spec_data as SD
import subkeg_data as KD

DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
rng = random.Random(202712)
SSH_FILE, SBU_FILE = "ssh_2027.xlsx", "sbu_2027.pdf"
OVER_MARGIN = F(110, 100)   # flagged if price per catalogue unit > 110 % of catalogue price

# ---------------------------------------------------------------- catalogue
CAT = {}; CAT_ORDER = []
def parse_cat(text, fname, is_sbu):
    group = None; prefix = None; seq = {}
    for line in text.strip().splitlines():
        if line.startswith("##"):
            group, prefix = line[2:].strip().split("|"); seq[group] = 0; CAT_ORDER.append(("G", fname, group)); continue
        key, name, spec, unit, price, acct, aliases, conv = line.split("|")
        seq[group] += 1
        kode = f"{prefix}.{seq[group]:03d}" if not is_sbu else f"{prefix}.{seq[group]:02d}"
        convs = {}
        for c in filter(None, conv.split(";")):
            u, f = c.split(":"); convs[u] = F(f)
        CAT[key] = dict(key=key, name=name, spec=spec, unit=unit, price=int(price), acct=acct,
                        aliases=[a for a in aliases.split(";") if a], convs=convs, file=fname, kode=kode,
                        group=group, sbu=is_sbu)
        CAT_ORDER.append(("I", fname, key))
parse_cat(SD.SSH, SSH_FILE, False)
parse_cat(SD.SBU, SBU_FILE, True)

def idr(n):  # 1.250.000
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s

# ---------------------------------------------------------------- lines
def parse_koef(s):
    parts = []
    for p in s.split(" x "):
        m = re.match(r"^([\d.]+)\s+(.+)$", p.strip())
        parts.append((int(m.group(1).replace(".", "")), m.group(2)))
    return parts

def koef_str(parts, style):
    segs = []
    for n, u in parts:
        segs.append(f"{idr(n)} {u.lower() if style == 'lower' else u}")
    return " x ".join(segs)

def round_down(x, step):
    return int(x // step * step)

def clean_price(ref):
    m = rng.choice([F(1), F(1), F(1), F(98, 100), F(95, 100), F(9, 10)])
    step = 100 if ref < 100000 else 1000
    p = round_down(ref * m, step) if m != 1 else ref
    if p <= 0: p = ref
    return int(p)

def over_price(ref):
    m = rng.choice([F(5, 4), F(27, 20), F(3, 2), F(8, 5), F(9, 5), F(2), F(12, 5)])
    step = 100 if ref < 20000 else (500 if ref < 200000 else 5000)
    p = int(math.ceil(ref * m / step) * step)
    assert F(p) > ref * F(6, 5)
    return p

def ppn_rate(layout_has_ppn, cat_or_acct):
    if not layout_has_ppn: return 0
    return 11 if SD.acct_type(cat_or_acct) in ("G", "M") and cat_or_acct not in ("MAMIN", "MAMINLAP") else 0

def jumlah_of(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100

LAYOUTS = {  # opd -> (layout id, file, has_ppn)
 "satpol": ("xlsx_sipd_sheet_per_subkeg", "rka_satpolpp_2027.xlsx", True),
 "damkar": ("pdf_sipd_print", "rka_damkar_2027.pdf", True),
 "dpmptsp": ("xlsx_merged_header_text_prices", "rka_dpmptsp_2027.xlsx", False),
 "pangan": ("xlsx_flat_unusual_order_jt_rb", "rka_dkpp_2027.xlsx", False),
 "disporapar": ("docx_word_table", "rka_disporapar_2027.docx", False),
 "bpbd": ("scan_image_pdf", "rka_bpbd_2027_scan.pdf", True),
}

def make_line(sk, kind, src, has_ppn, alias_avoid=None):
    if kind == "noref":
        name, spec, unit, price, acct, koef = src.split("|")
        return dict(kind=kind, name=name, spec=spec, unit=unit, ref_price=None, price=int(price), acct=acct,
                    koef=parse_koef(koef), cat=None, factor=None)
    ks, koef = src.split("|")
    key, _, cu = ks.partition("@")
    c = CAT[key]
    unit = cu if cu else c["unit"]
    factor = c["convs"][cu] if cu else F(1)
    names = c["aliases"] + [c["name"]]
    cand = [n for n in names if n != alias_avoid] or names
    name = rng.choice(cand[:-1] if len(cand) > 1 and rng.random() < .8 else cand)
    if cu: name = re.sub(r"\s*\(per [^)]*\)", "", name)
    ref = F(c["price"]) * factor
    return dict(kind=kind, name=name, spec=c["spec"], unit=unit, ref_price=ref, price=None, acct=c["acct"],
                koef=parse_koef(koef), cat=key, factor=factor)

ALL_LINES = []
FILES = {}
for opd, (lay, fname, has_ppn) in LAYOUTS.items():
    FILES[opd] = dict(layout=lay, file=fname, has_ppn=has_ppn, subs=[])
for sk in KD.SUBKEG:
    lay, fname, has_ppn = LAYOUTS[sk["opd"]]
    needs = [make_line(sk, "need", s, has_ppn) for s in sk["needs"]]
    kk = {x: rng.choice([2, 3, 3, 4]) for x in ("offt", "noref", "dup", "OVER", "ARITH", "ACCT")}
    offt = [make_line(sk, "offt", s, has_ppn) for s in sk["offt"][:kk["offt"]]]
    noref = [make_line(sk, "noref", s, has_ppn) for s in sk["noref"][:kk["noref"]]]
    dup_src = rng.sample(range(len(needs)), kk["dup"])
    dups = []
    for i in dup_src:
        o = needs[i]
        d = make_line(sk, "dup", next(s for s in sk["needs"] if s.startswith(o["cat"] + "|") or s.startswith(o["cat"] + "@")), has_ppn, alias_avoid=o["name"])
        if d["name"] == o["name"]:
            d["name"] = CAT[o["cat"]]["name"] if o["name"] != CAT[o["cat"]]["name"] else o["name"] + " (tambahan)"
        d["koef"] = list(o["koef"]); d["unit"] = o["unit"]; d["factor"] = o["factor"]; d["ref_price"] = o["ref_price"]
        d["dup_of"] = id(o); o["_id"] = id(o)
        dups.append(d)
    lines = needs + offt + noref + dups
    total = len(lines)
    clean_target = round(total * 0.42)
    mods = ["OVER"] * kk["OVER"] + ["ARITH"] * kk["ARITH"] + ["ACCT"] * kk["ACCT"]
    k = max(0, min(len(mods), len(needs) - clean_target))
    rng.shuffle(mods)
    for ln in lines: ln["mods"] = set()
    for i in rng.sample(range(len(needs)), k):
        needs[i]["mods"].add(mods.pop())
    others = offt + noref + dups
    while mods:
        m = mods.pop()
        cands = [l for l in others if m not in l["mods"] and not (m == "OVER" and l["kind"] == "noref") and len(l["mods"]) < 1]
        if not cands:
            cands = [l for l in needs if not l["mods"]]
        rng.choice(cands)["mods"].add(m)
    # prices & accounts
    for ln in lines:
        if ln["kind"] != "noref":
            ln["price"] = over_price(ln["ref_price"]) if "OVER" in ln["mods"] else clean_price(ln["ref_price"])
        ln["acct_true"] = ln["acct"]
        if "ACCT" in ln["mods"]:
            ln["acct"] = rng.choice(SD.WRONG[SD.acct_type(ln["acct_true"])])
        ln["ppn"] = ppn_rate(has_ppn, ln["acct_true"])
        ln["sub"] = sk["id"]
    # order: shuffle needs-ish then place dups after their originals
    order = needs + offt + noref
    rng.shuffle(order)
    for d in dups:
        oi = next(i for i, l in enumerate(order) if l.get("_id") == d["dup_of"])
        pos = rng.randint(oi + 1, len(order))
        order.insert(pos, d)
    sk["lines"] = order
    FILES[sk["opd"]]["subs"].append(sk)

# arithmetic (after final values), volumes
def finalize(ln, has_ppn):
    vol = 1
    for n, _ in ln["koef"]: vol *= n
    ln["volume_true"] = vol
    ln["volume"] = vol
    ln["jumlah_true"] = jumlah_of(vol, ln["price"], ln["ppn"])
    ln["jumlah"] = ln["jumlah_true"]
    ln["arith_kind"] = None
    if "ARITH" in ln["mods"]:
        choices = ["vol_minus", "transpose", "pct", "koef_vol"]
        if ln["ppn"]: choices += ["no_ppn", "no_ppn"]
        kind = rng.choice(choices)
        if kind == "koef_vol":
            d = rng.choice([-2, -1, 1, 2, 5]) if vol > 5 else rng.choice([1, 2])
            ln["volume"] = vol + d
            ln["jumlah"] = jumlah_of(ln["volume"], ln["price"], ln["ppn"])
        elif kind == "vol_minus":
            ln["jumlah"] = jumlah_of(vol + rng.choice([1, -1] if vol > 1 else [1]), ln["price"], ln["ppn"])
        elif kind == "no_ppn":
            ln["jumlah"] = vol * ln["price"]
        elif kind == "transpose":
            s = str(ln["jumlah_true"])
            cand = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
            if cand:
                i = cand[len(cand) // 2]
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                ln["jumlah"] = int(s)
            else:
                ln["jumlah"] = ln["jumlah_true"] + 10000
        else:
            ln["jumlah"] = round_down(ln["jumlah_true"] * F(rng.choice([108, 112, 115, 90])) / 100, 1000)
        if ln["jumlah"] == jumlah_of(ln["volume"], ln["price"], ln["ppn"]) and ln["volume"] == vol:
            ln["jumlah"] += 25000
        ln["arith_kind"] = kind

def acct_sort_key(a):
    return SD.ACCOUNTS[a][0]

GROUPED = {"satpol", "damkar", "disporapar", "bpbd", "dpmptsp"}
no_counter = {}
for opd, f in FILES.items():
    n = 0
    for sk in f["subs"]:
        for ln in sk["lines"]:
            finalize(ln, f["has_ppn"])
        if opd in GROUPED:
            sk["lines"] = sorted(sk["lines"], key=lambda l: acct_sort_key(l["acct"]))  # stable
        for ln in sk["lines"]:
            n += 1; ln["no"] = str(n)
        # duplicate label on the later printed of each pair
        byid = {l.get("_id"): l for l in sk["lines"] if l.get("_id")}
        for ln in sk["lines"]:
            ln["labels"] = []
        for d in [l for l in sk["lines"] if l["kind"] == "dup"]:
            o = byid[d["dup_of"]]
            later = d if int(d["no"]) > int(o["no"]) else o
            later["labels"].append("DUPLICATE")
            d["dup_pair_no"] = o["no"]; o.setdefault("dup_pair_nos", []).append(d["no"])
        for ln in sk["lines"]:
            if ln["kind"] == "noref": ln["labels"].append("NO_PRICE_REFERENCE")
            if ln["kind"] == "offt": ln["labels"].append("OFF_TARGET")
            if "OVER" in ln["mods"]: ln["labels"].append("OVERPRICED")
            if "ARITH" in ln["mods"]: ln["labels"].append("ARITHMETIC")
            if "ACCT" in ln["mods"]: ln["labels"].append("ACCOUNT_MISMATCH")
            ln["labels"] = sorted(set(ln["labels"]))

# ---------------------------------------------------------------- price formats
def fmt_text_rp(n): return "Rp " + idr(n)
def fmt_jtrb(n):
    if n >= 1000000 and n % 10000 == 0:
        s = f"{n/1000000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + " jt"
    if n >= 1000 and n % 1000 == 0 and n < 1000000:
        return f"{n//1000} rb"
    return "Rp " + idr(n)
def fmt_docx(n): return idr(n) + ",00"

SD_ = SD
import writers
writers.write_all(globals())
