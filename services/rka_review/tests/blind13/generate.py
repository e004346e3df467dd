# -*- coding: utf-8 -*-
"""Generate the blind RKA review set review13 (deterministic). Written blind, 2026-12-04."""
import json, math, os, random, zipfile, io, datetime
from decimal import Decimal, ROUND_HALF_UP
import catalog_data as CD
import rka_data as RD

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
RNG = random.Random(20271313)
PPN_RATE = 11
OVER_MARGIN = 1.10

CAT = {}
for r in CD.SSH: CAT[r["key"]] = dict(r, source="SSH")
for r in CD.SBU: CAT[r["key"]] = dict(r, source="SBU")
SSH_FILE = "ssh_barang_samarinda_2027.xlsx"
SBU_FILE = "sbu_samarinda_2027.pdf"

def rint(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))

def idr(v):
    return f"{int(v):,}".replace(",", ".")

def step_for(x):
    if x < 1000: return 10
    if x < 10000: return 50
    if x < 100000: return 100
    if x < 1000000: return 500
    return 1000

WRONG = {
 "ATK": ["M_KANTOR", "MAMIN_RAPAT", "JASA_CETAK"], "KERTAS": ["M_PERALKOMP", "SEWA_ALAT", "MAMIN_RAPAT"],
 "CETAK": ["HON_NARSUM", "M_STUDIO", "SEWA_ALAT"], "KOMP": ["M_PERALKOMP", "M_KOMP"], "LISTRIK": ["M_STUDIO", "PELIHARA_AC"],
 "KEBERSIHAN": ["MAMIN_RAPAT", "M_KANTOR"], "BBM": ["SUKUCADANG", "PELIHARA_KEND", "SEWA_KEND"], "KIMIA": ["M_LAB", "PELIHARA_KEND"],
 "BAHANLAIN": ["M_KANTOR", "JASA_THL", "HON_TIM"], "SUKUCADANG": ["BBM", "M_BENGKEL"], "MAMIN_RAPAT": ["HON_NARSUM", "SEWA_GEDUNG", "ATK"],
 "MAMIN_LAP": ["PERJADIN_DK", "HON_TIM"], "PDL": ["M_KANTOR", "JASA_THL"], "PAKAIAN": ["HON_NARSUM", "M_KANTOR"],
 "SERAH": ["MAMIN_RAPAT", "SEWA_ALAT", "HON_TIM"], "HON_NARSUM": ["JASA_THL", "PERJADIN_DK", "MAMIN_RAPAT"], "HON_TIM": ["JASA_THL", "PERJADIN"],
 "JASA_THL": ["HON_TIM", "BAHANLAIN"], "JASA_IKLAN": ["CETAK", "SEWA_ALAT"], "JASA_CETAK": ["KERTAS", "ATK"],
 "SEWA_KEND": ["PERJADIN", "BBM", "PELIHARA_KEND"], "SEWA_ALAT": ["M_STUDIO", "M_MEBEL", "BAHANLAIN"], "SEWA_GEDUNG": ["MAMIN_RAPAT", "HON_NARSUM"],
 "PELIHARA_KEND": ["SEWA_KEND", "BBM"], "PELIHARA_AC": ["M_PENDINGIN", "LISTRIK"], "PERJADIN": ["SEWA_KEND", "HON_NARSUM", "MAMIN_RAPAT"],
 "PERJADIN_DK": ["SEWA_KEND", "HON_TIM"], "M_KOMP": ["KOMP", "ATK"], "M_PERALKOMP": ["KOMP", "ATK"], "M_MEBEL": ["ATK", "BAHANLAIN"],
 "M_PENDINGIN": ["LISTRIK", "PELIHARA_AC"], "M_STUDIO": ["LISTRIK", "SEWA_ALAT"], "M_KOMUNIKASI": ["LISTRIK", "BAHANLAIN"],
 "M_DAMKAR": ["KIMIA", "BBM", "ATK"], "M_SAR": ["SEWA_ALAT", "LISTRIK", "ATK"], "M_ANGKUTAIR": ["SUKUCADANG", "BBM"],
 "M_BENGKEL": ["LISTRIK", "BBM"], "JASA_TI": ["KOMP", "ATK"], "JASA_KONSULTANSI": ["CETAK", "HON_TIM"],
 "JASA_LAB": ["KIMIA", "M_LAB"], "JASA_PELAYANAN": ["BAHANLAIN", "HON_TIM"], "JASA_KES": ["BAHANLAIN", "HON_NARSUM"],
 "JASA_SENI": ["SEWA_ALAT", "BAHANLAIN"], "JASA_EO": ["BAHANLAIN", "MAMIN_RAPAT"], "PELIHARA_DAMKAR": ["M_DAMKAR", "BBM"],
 "PDH": ["M_KANTOR", "JASA_THL"], "M_UKUR": ["ATK", "LISTRIK"], "M_KENDARAAN": ["SUKUCADANG", "SEWA_KEND"], "M_GEDUNG": ["BAHANLAIN", "PELIHARA_AC"], "M_KANTOR": ["ATK", "JASA_THL"], "M_LAB": ["ATK", "MAMIN_LAP"],
}

LONG = {"org": "Orang", "hr": "Hari", "jam": "Jam", "keg": "Kegiatan", "bln": "Bulan", "kali": "Kali", "mlm": "Malam",
        "unit": "Unit", "bh": "Buah", "ltr": "Liter", "lbr": "Lembar", "pkt": "Paket", "tw": "Triwulan", "event": "Event",
        "spot": "Spot", "tbg": "Tabung"}

def koef_template(key, cat_unit, rka_unit, unit_price):
    if key and key.startswith("taksi"):
        return [("org", 2, 3), ("kali", 2, 2)], "OK"
    t = {"OJ": ([("org", 1, 3), ("jam", 2, 4)], "OJ"),
         "Orang/Kegiatan": ([("org", 1, 3), ("keg", 1, 2)], "OK"),
         "OB": ([("org", 2, 4), ("bln", 6, 12)], "OB"),
         "Orang/Kali": ([("org", 20, 60), ("kali", 1, 6)], "OK"),
         "OH": ([("org", 2, 5), ("hr", 2, 6)], "OH"),
         "Orang/Malam": ([("org", 2, 3), ("mlm", 2, 3)], "Org/Mlm"),
         "Orang/PP": ([("org", 2, 4), ("kali", 1, 2)], "Org/PP"),
         "Unit/Hari": ([("unit", 1, 3), ("hr", 1, 5)], "Unit/Hari"),
         "Buah/Hari": ([("bh", 5, 20), ("hr", 1, 2)], "Buah/Hari"),
         "Paket/Hari": ([("pkt", 1, 1), ("hr", 1, 6)], "Paket/Hari"),
         "Hari": ([("hr", 1, 3)], "Hari"),
         "Unit/Event": ([("unit", 1, 2), ("event", 1, 3)], "Unit/Event"),
         "Kegiatan": ([("keg", 1, 6)], "Kegiatan"), "Kali": ([("kali", 1, 6)], "Kali"),
         "Spot": ([("spot", 10, 40)], "Spot"), "Unit/Kali": ([("unit", 2, 6), ("kali", 2, 4)], "Unit/Kali"),
         "Orang/Pertandingan": ([("org", 2, 3), ("pertandingan", 10, 30)], "Org/Pertandingan"),
         "Lembar": None, "Buku": ([("bh", 20, 150)], "Buku"), "Orang/Hari": ([("org", 20, 60), ("hr", 1, 2)], "OH"),
         }
    if key == "servis_ac":
        return [("unit", 4, 12), ("kali", 2, 4)], "Unit/Kali"
    if key == "fotokopi":
        return [("lbr", 2000, 10000)], "Lembar"
    if key == "makan_piket":
        return [("org", 4, 8), ("kali", 30, 60)], "OK"
    if key == "sewa_kursi":
        return [("bh", 100, 300), ("hr", 1, 2)], "Buah/Hari"
    if key in ("pertalite", "solar", "dexlite", "pertamax"):
        return [("unit", 2, 6), ("ltr", 20, 40), ("bln", 12, 12)], "Liter"
    if cat_unit in t and t[cat_unit] is not None and CAT.get(key, {}).get("source") == "SBU":
        return t[cat_unit]
    # goods / uncatalogued
    if unit_price >= 20e6: rng = (1, 2)
    elif unit_price >= 3e6: rng = (1, 6)
    elif unit_price >= 500e3: rng = (2, 12)
    elif unit_price >= 50e3: rng = (5, 40)
    elif unit_price >= 5e3: rng = (10, 150)
    elif unit_price >= 1000: rng = (100, 1500)
    else: rng = (1000, 20000)
    if rka_unit in ("OJ", "OH", "OK", "OB"):
        return [("org", 1, 3), ("jam" if rka_unit == "OJ" else "kali", 2, 4)], rka_unit
    return [(None, rng[0], rng[1])], rka_unit

def draw_koef(tmpl, rka_unit):
    parts = []
    for w, lo, hi in tmpl:
        n = RNG.randint(lo, hi)
        if hi >= 1000: n = int(round(n, -2)) or lo
        elif hi >= 100: n = int(round(n, -1)) or lo
        parts.append((n, w if w else rka_unit))
    return parts

def koef_text(parts, style):
    out = []
    for n, w in parts:
        ww = LONG.get(w, w) if style == "long" else w
        out.append(f"{idr(n)} {ww}")
    return " x ".join(out)

def acct_class(fam): return CD.ACCOUNTS[fam][2]

COMBOS = [("OVERPRICED", "ARITHMETIC"), ("DUPLICATE", "OVERPRICED"), ("ACCOUNT_MISMATCH", "OVERPRICED"), ("OFF_TARGET", "NO_PRICE_REFERENCE"),
          ("ARITHMETIC", "ACCOUNT_MISMATCH"), ("DUPLICATE", "ARITHMETIC"), ("OFF_TARGET", "ACCOUNT_MISMATCH"),
          ("NO_PRICE_REFERENCE", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "OVERPRICED"), ("NO_PRICE_REFERENCE", "ARITHMETIC"),
          ("DUPLICATE", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "ARITHMETIC")]
SINGLES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
PPN_LAYOUTS = {"L1_sipd_sheets_xlsx", "L3_flat_inline_koef_xlsx", "L4_sipd_pdf", "L7_three_row_header_ppn_amount_xlsx"}

def make_sub_lines(sub, si):
    small = sub["layout"].startswith("L5")
    sets = []
    for lab in SINGLES:
        for _ in range(1 if small else 2):
            sets.append((lab,))
    ncombo = 2 if small else 3
    for j in range(ncombo):
        sets.append(COMBOS[(si * 3 + j) % len(COMBOS)])
    for _ in range(7 if small else 9):
        sets.append(())
    has_ppn = sub["layout"] in PPN_LAYOUTS
    for attempt in range(200):
        RNG.shuffle(sets)
        # duplicates not too early
        ok = all(i >= 3 for i, s in enumerate(sets) if "DUPLICATE" in s)
        if ok: break
    on = list(sub["on"]); RNG.shuffle(on)
    nop = list(sub["nop"]); RNG.shuffle(nop)
    off = list(sub["off"]); RNG.shuffle(off)
    lines = []
    for i, labs in enumerate(sets):
        L = dict(sub=sub["id"], labels=sorted(labs), notes="")
        labs = set(labs)
        if "DUPLICATE" in labs:
            cands = [l for l in lines if not l["labels"] or set(l["labels"]) <= {"OVERPRICED", "ARITHMETIC", "ACCOUNT_MISMATCH"}]
            cands = [l for l in cands if l["key"] and not l.get("dup_of") and l["key"] in RD.V and len(RD.V[l["key"]]) > 1
                     and not any(m.get("dup_of") == l["lid"] for m in lines)]
            if not cands:
                cands = [l for l in lines if l["key"] and not l.get("dup_of") and "OFF_TARGET" not in l["labels"]
                         and "NO_PRICE_REFERENCE" not in l["labels"] and not any(m.get("dup_of") == l["lid"] for m in lines)]
            ref = RNG.choice(cands)
            key = ref["key"]
            refq = ref["volume_correct"] * ref["conv"]
            variants = [v for v in RD.V.get(key, []) if v[0] != ref["name"]
                        and abs(refq / v[3] - round(refq / v[3])) < 1e-9 and round(refq / v[3]) >= 1]
            if variants:
                name, spec, unit, conv = RNG.choice(variants)
            else:
                name, spec, unit, conv = "Penyediaan " + ref["name"][0].lower() + ref["name"][1:], ref["spec"], ref["unit"], ref["conv"]
            L["dup_of"] = ref["lid"]
            L["notes"] = "same need as an earlier line, reworded"
        elif "NO_PRICE_REFERENCE" in labs:
            key = None
            if "OFF_TARGET" in labs:
                name, spec, unit, price0, fam = sub["offnop"][0]
                L["notes"] = "uncatalogued and off target"
            else:
                name, spec, unit, price0, fam = nop.pop()
        elif "OFF_TARGET" in labs:
            key, reason = off.pop()
            L["notes"] = "off target: " + reason
        else:
            key = on.pop()
        if key is not None and "DUPLICATE" not in labs:
            vs = RD.V.get(key)
            c = CAT[key]
            if vs:
                cvs = [v for v in vs if v[3] != 1]
                if cvs and RNG.random() < 0.65:
                    name, spec, unit, conv = RNG.choice(cvs)
                else:
                    name, spec, unit, conv = RNG.choice(vs)
            else:
                name, spec, unit, conv = c["name"], c["spec"], c["unit"], 1
        L["key"] = key
        L["name"], L["spec"] = name, spec
        if key is not None:
            c = CAT[key]
            L["conv"] = conv
            L["cat"] = dict(file=SSH_FILE if c["source"] == "SSH" else SBU_FILE, kode=c["kode"], name=c["name"], spec=c["spec"],
                            unit=c["unit"], price=c["price"])
            ref_price = c["price"] * conv
            fams = c["fam"]
            if "OVERPRICED" in labs:
                f = RNG.choice([1.25, 1.3, 1.35, 1.4, 1.5, 1.6, 1.75, 1.9])
                st = step_for(ref_price * f)
                price = int(math.ceil(ref_price * f / st) * st)
            else:
                f = RNG.choice([1.0, 1.0, 1.0, 1.0, 0.98, 0.95, 0.9])
                st = step_for(ref_price)
                price = int(math.floor(ref_price * f / st) * st)
                if price <= 0: price = int(ref_price)
            tmpl, ru = koef_template(key, c["unit"], unit, price)
            src = c["source"]
        else:
            L["conv"] = None; L["cat"] = None
            fams = [fam]
            price = price0
            tmpl, ru = koef_template(None, None, unit, price)
            src = None
        L["unit"] = unit if src != "SBU" else ru
        if src == "SBU":
            L["unit"] = ru
        L["price"] = price
        L["ratio"] = round(price / (L["cat"]["price"] * L["conv"]), 4) if L["cat"] else None
        # koef
        if "DUPLICATE" in labs and ref["unit"] == L["unit"]:
            parts = [tuple(p) for p in ref["koef_parts"]]
        elif "DUPLICATE" in labs:
            parts = [(int(round(ref["volume_correct"] * ref["conv"] / L["conv"])), L["unit"])]
        else:
            parts = draw_koef(tmpl, L["unit"])
        L["koef_parts"] = parts
        vol_c = 1
        for n, _ in parts: vol_c *= n
        L["volume_correct"] = vol_c
        # account
        if "ACCOUNT_MISMATCH" in labs:
            cands = [w for w in WRONG[fams[0]] if w not in fams and acct_class(w) != acct_class(fams[0])]
            if not cands:
                cands = [w for w in WRONG[fams[0]] if w not in fams]
            acc = RNG.choice(cands)
        elif "DUPLICATE" in labs and ref["acct_fam"] in fams:
            acc = ref["acct_fam"]
        else:
            acc = fams[0]
        L["acct_fam"] = acc
        L["acct_ok"] = fams
        L["account_code"], L["account_name"] = CD.ACCOUNTS[acc][0], CD.ACCOUNTS[acc][1]
        goodsy = (src == "SSH") or (src is None and acct_class(fams[0]) in ("habis", "modal", "serah"))
        L["ppn"] = PPN_RATE if (has_ppn and goodsy) else 0
        correct = rint(vol_c * price * (100 + L["ppn"]) / 100)
        L["jumlah_correct"] = correct
        vol_p = vol_c
        jumlah = correct
        if "ARITHMETIC" in labs:
            kinds = ["typo", "vol"]
            if len(parts) >= 2: kinds.append("drop")
            if L["ppn"]: kinds.append("ppn_missing")
            elif has_ppn: kinds.append("ppn_extra")
            k = RNG.choice(kinds)
            if k == "vol":
                vol_p = vol_c + RNG.choice([2, 3, 5, 10, -2]) if vol_c > 10 else vol_c + RNG.choice([1, 2])
                if len(parts) == 1:
                    # single part: printed volume disagrees with the koefisien count
                    pass
                jumlah = rint(vol_p * price * (100 + L["ppn"]) / 100)
            elif k == "drop":
                jumlah = rint(parts[0][0] * price * (100 + L["ppn"]) / 100)
            elif k == "ppn_missing":
                jumlah = rint(vol_c * price)
            elif k == "ppn_extra":
                jumlah = rint(vol_c * price * 1.11)
            else:
                t = RNG.choice(["x10", "plus", "swap"])
                if t == "x10": jumlah = correct * 10
                elif t == "plus": jumlah = correct + RNG.choice([1000000, 500000, 250000, 2000000])
                else:
                    s = str(correct)
                    if len(s) >= 4 and s[1] != s[2]:
                        s = s[0] + s[2] + s[1] + s[3:]; jumlah = int(s)
                    else:
                        jumlah = correct + 1000000
            if abs(jumlah - correct) < max(1000, 0.005 * correct):
                jumlah = correct + 1000000; k = "typo"
            L["arith_kind"] = k
        L["volume_printed"] = vol_p
        L["jumlah"] = jumlah
        L["lid"] = f"{sub['id']}-{i}"
        lines.append(L)
    return lines

def print_order(lines):
    order = sorted(range(len(lines)), key=lambda i: (lines[i]["account_code"], i))
    return [lines[i] for i in order]

def build():
    subs_lines = {}
    for si, sub in enumerate(RD.SUBS):
        for attempt in range(50):
            try:
                lines = make_sub_lines(sub, si)
            except IndexError:
                continue
            pl = print_order(lines)
            pos = {l["lid"]: k for k, l in enumerate(pl)}
            if all(pos[l["dup_of"]] < pos[l["lid"]] for l in pl if l.get("dup_of")):
                break
        else:
            raise SystemExit("could not order duplicates " + sub["id"])
        subs_lines[sub["id"]] = pl
    return subs_lines

if __name__ == "__main__":
    import render
    sl = build()
    render.render_all(sl)
