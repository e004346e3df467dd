# Build labelled RKA lines deterministically
import random, math
from fractions import Fraction as F
from gen_model import CAT, ACC, acc_of, acc_group, WRONG, ALT_UNIT, name_variants, koef_for
from gen_subs import DOCS, OFF_NOREF

TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
OV, NPR, OFF, AR, DUP, AM = TYPES
PPN_LAYOUTS = {"xlsx_sipd_sheet_per_subkeg", "csv_sipd_export_semicolon", "pdf_sipd_print"}
OVER_MARGIN = F(11, 10)  # OVERPRICED when harga > 110% of catalogue price (per same unit)

def label_pool(total, rng):
    combos = [(OV, AR), (OV, DUP), (OV, AM), (OFF, AM), (OFF, OV), (NPR, AR), (NPR, OFF), (NPR, AM), (DUP, AR), (OFF, AR)] * 4 + [(DUP, OV), (NPR, AM)]
    cnt = {t: 0 for t in TYPES}
    for c in combos:
        for t in c: cnt[t] += 1
    target = 32
    singles = []
    for t in TYPES: singles += [(t,)] * (target - cnt[t])
    clean = total - len(combos) - len(singles)
    assert clean >= 0.38 * total, clean
    pool = [()] * clean + singles + combos
    rng.shuffle(pool)
    return pool

def nice(x, up=False):
    x = F(x)
    step = 10 if x < 1000 else 100 if x < 10000 else 500 if x < 100000 else 1000 if x < 1000000 else 5000 if x < 10000000 else 50000
    q = x / step
    n = math.ceil(q) if up else math.floor(q)
    return max(step, n * step)

def family(key):
    n = CAT[key]["name"]
    if n.startswith("Honorarium Panitia") or n.startswith("Honorarium Tim"): return key
    return n

def feasible(sub, sets):
    onl = [k for k in sub["on"].split()]
    fams = len({family(k) for k in onl})
    need_on = sum(1 for s in sets if NPR not in s and OFF not in s and DUP not in s)
    n_off = sum(1 for s in sets if OFF in s and NPR not in s)
    n_npr = sum(1 for s in sets if NPR in s and OFF not in s)
    n_offnpr = sum(1 for s in sets if NPR in s and OFF in s)
    n_dup = sum(1 for s in sets if DUP in s)
    elig = sum(1 for s in sets if NPR not in s and OFF not in s and DUP not in s and AM not in s)
    return need_on <= fams and n_off <= len(sub["off"]) and n_npr <= len(sub["noref"]) and n_offnpr <= len(OFF_NOREF) and n_dup <= elig - 2

def round_rp(x):
    return int(math.floor(F(x) + F(1, 2)))

def make_all(seed=2027):
    subs = [(d, s) for d in DOCS for s in d["subs"]]
    total = sum(s["n"] for _, s in subs)
    for attempt in range(500):
        rng = random.Random(seed * 1000 + attempt)
        pool = label_pool(total, rng)
        i = 0; ok = True; parts = []
        for d, s in subs:
            part = pool[i:i + s["n"]]; i += s["n"]; parts.append(part)
            if not feasible(s, part): ok = False; break
        if ok: break
    else:
        raise SystemExit("no feasible label distribution")
    print("label distribution attempt", attempt)
    rng = random.Random(seed)
    out = {}
    for (d, s), part in zip(subs, parts):
        s["_lines"] = build_sub(d, s, part, rng)
    return DOCS

def ppn_for(layout, group, key):
    if layout not in PPN_LAYOUTS: return 0
    if group in ("honor", "perjadin", "konsumsi", "jasa"): return 0
    return 11

def build_sub(d, s, sets, rng):
    layout = d["layout"]
    onl = s["on"].split(); rng.shuffle(onl)
    offl = list(s["off"]); rng.shuffle(offl)
    nrl = list(s["noref"]); rng.shuffle(nrl)
    offnr = list(OFF_NOREF); rng.shuffle(offnr)
    used_fam = set()
    lines = []
    base_sets = [x for x in sets if DUP not in x]
    dup_sets = [x for x in sets if DUP in x]
    def pick_on():
        while onl:
            k = onl.pop()
            if family(k) not in used_fam:
                used_fam.add(family(k)); return k
        raise SystemExit("on list exhausted " + s["code"])
    for S in base_sets:
        L = dict(labels=sorted(S, key=TYPES.index), sub_code=s["code"], sub_name=s["name"], notes=[])
        if NPR in S:
            if OFF in S:
                nm, spec, unit, price, acc, koef, why = offnr.pop(); L["notes"].append("OFF_TARGET: " + why)
            else:
                nm, spec, unit, price, acc, koef = nrl.pop()
            L.update(key=None, name=nm, spec=spec, unit=unit, koef=koef, price=price, correct_acc=acc, ref=None)
            grp = acc_group(acc)
        else:
            if OFF in S:
                k, why = offl.pop(); L["notes"].append("OFF_TARGET: " + why)
            else:
                k = pick_on()
            L.update(fill_key(k, s, rng, S))
            grp = acc_group(L["correct_acc"])
        L["group"] = grp
        lines.append(L)
    # duplicates
    elig = [L for L in lines if L["key"] and not set(L["labels"]) & {OFF, AM, NPR}]
    rng.shuffle(elig)
    for S in dup_sets:
        o = elig.pop()
        L = dict(labels=sorted(S, key=TYPES.index), sub_code=s["code"], sub_name=s["name"], notes=[])
        L.update(fill_key(o["key"], s, rng, S, avoid_name=o["name"]))
        L["correct_acc"] = o["correct_acc"]; L["group"] = o["group"]; L["dup_of"] = o
        if L["unit"] == o["unit"] and (len(o["koef"]) > 1 or rng.random() < 0.6):
            L["koef"] = list(o["koef"])  # same quantity: the same need entered twice
        L["notes"].append("DUPLICATE: kebutuhan yang sama dengan baris sebelumnya")
        lines.append(L)
    # finish: account, ppn, volumes, jumlah
    for L in lines:
        S = set(L["labels"])
        L["acc"] = L["correct_acc"]
        if AM in S:
            choices = [a for a in WRONG[L["group"]] if acc_group(a) != L["group"]]
            L["acc"] = rng.choice(choices)
            L["notes"].append(f"ACCOUNT_MISMATCH: seharusnya {L['correct_acc']} {ACC[L['correct_acc']]}")
        L["acc_name"] = ACC[L["acc"]]
        L["ppn"] = ppn_for(d["layout"], L["group"], L["key"])
        prod = 1
        for q, _ in L["koef"]: prod *= q
        L["volume_correct"] = prod
        L["volume"] = prod
        L["jumlah_correct"] = round_rp(F(prod) * L["price"] * (1 + F(L["ppn"], 100)))
        L["jumlah"] = L["jumlah_correct"]
        if AR in S:
            arith_error(L, rng)
    # order
    base = [L for L in lines if "dup_of" not in L]
    rng.shuffle(base)
    order = list(base)
    for L in [L for L in lines if "dup_of" in L]:
        pos = order.index(L["dup_of"])
        j = rng.randint(pos + 1, len(order))
        order.insert(j, L)
    return order

def _n(t):
    t = t.lower().replace("gram", "gr").replace("gsm", "gr").replace("watt", "w").replace(" gr", "gr").replace(" w", "w")
    return t

def fill_key(k, s, rng, S, avoid_name=None):
    r = CAT[k]
    unit, conv = r["unit"], F(1)
    if k in ALT_UNIT and rng.random() < 0.45:
        unit, conv = ALT_UNIT[k][0][0], F(ALT_UNIT[k][0][1])
    names = name_variants(k)
    if avoid_name:
        names = [n for n in names if n.lower() != avoid_name.lower()] or [names[0] + " (tambahan)"]
    nm = rng.choice(names)
    spec = r["spec"] if r["spec"] != "-" else ""
    import re
    if spec and (nm.lower().endswith(spec.lower()) or set(re.findall(r"\w+", _n(spec))) <= set(re.findall(r"\w+", _n(nm)))):
        spec_print = ""  # spec already inside the name
    else: spec_print = spec
    koef = koef_for(k, unit, rng)
    ref = F(r["price"]) * conv
    if OV in S:
        price = nice(ref * F(rng.randint(126, 200), 100), up=True)
        assert price > ref * OVER_MARGIN
    else:
        if rng.random() < 0.5 and ref.denominator == 1:
            price = int(ref)
        else:
            price = nice(ref * F(rng.randint(88, 100), 100))
            if price > ref: price = int(math.floor(ref))
    return dict(key=k, name=nm, spec=spec_print, unit=unit, conv=conv, koef=koef, price=int(price),
                correct_acc=acc_of(k, s), ref=dict(file=r["file"], kode=r["kode"], name=r["name"], spec=r["spec"],
                unit=r["unit"], price=r["price"], conv=str(conv), ref_price_per_rka_unit=float(ref)))

def arith_error(L, rng):
    prod = L["volume_correct"]; p = L["price"]; m = 1 + F(L["ppn"], 100)
    modes = ["digit", "x10", "plus1"]
    if len(L["koef"]) >= 2: modes += ["vol", "vol"]
    modes.append("noppn" if L["ppn"] else "addppn")
    mode = rng.choice(modes)
    if mode == "vol":
        if rng.random() < 0.5:
            v = prod // L["koef"][-1][0]  # forgot the last factor
        else:
            v = prod + rng.choice([-2, -1, 1, 2, 3]) * max(1, prod // 10)
        if v == prod or v <= 0: v = prod + 1
        L["volume"] = v
        L["jumlah"] = round_rp(F(v) * p * m)
        L["notes"].append(f"ARITHMETIC: volume {v} tidak sama dengan hasil koefisien {prod}")
    else:
        c = L["jumlah_correct"]
        if mode == "digit":
            s = str(c); cands = [i for i in range(min(len(s) - 1, 4)) if s[i] != s[i + 1]]
            if cands:
                i = rng.choice(cands); s = s[:i] + s[i + 1] + s[i] + s[i + 2:]; j = int(s)
            else: j = c + p
        elif mode == "x10": j = c * 10
        elif mode == "plus1": j = round_rp(F(prod + 1) * p * m)
        elif mode == "noppn": j = round_rp(F(prod) * p)
        else: j = round_rp(F(prod) * p * F(111, 100))
        if abs(j - c) < max(1000, c // 200): j = c + max(p, 10000)
        L["jumlah"] = j
        L["notes"].append(f"ARITHMETIC: jumlah {j} seharusnya {c} ({mode})")
