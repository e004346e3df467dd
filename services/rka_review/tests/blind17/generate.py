#!/usr/bin/env python3
"""Generate blind RKA review set review17 (deterministic)."""
import json, math, os, random, shutil
from catalog_data import A, SSH, SBU
from subkeg_data import FILES, GENERIC

SEED = 20271705
OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, "data")
MARGIN = 1.10          # OVERPRICED iff harga satuan > ref * MARGIN
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
SSH_FILE, SBU_FILE = "ssh_kota_samarinda_2027.xlsx", "sbu_kota_samarinda_2027.pdf"
CAT = {x["key"]: dict(x, book="ssh") for x in SSH}
CAT.update({x["key"]: dict(x, book="sbu") for x in SBU})
PPN_LAYOUTS = {"xlsx_sipd_sheets", "pdf_sipd", "xlsx_koef_columns"}
KOEF_VOL_LAYOUTS = {"xlsx_sipd_sheets", "pdf_sipd", "scan_typed", "xlsx_koef_columns", "photo_jpg"}   # koefisien and volume both printed
CONFLICT = [["k_nasi_kotak", "k_nasi_bungkus", "k_prasmanan"], ["k_snack", "k_snack_lap"], ["k_air_gelas", "k_air_botol", "k_air_botol_kecil"],
            ["pulpen", "pulpen_std"], ["ordner", "ordner5"], ["flashdisk_32", "flashdisk_64"], ["j_fotokopi", "blanko_formulir"],
            ["hvs_a4_70", "hvs_a4_80", "hvs_f4_80", "hvs_f4_70"], ["tinta_664", "tinta_003"], ["pd_dk_8", "pd_dk_transport"]]


def fmt(n):
    if isinstance(n, float) and not n.is_integer():
        return f"{n:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{int(n):,}".replace(",", ".")


def kind(acct):
    return A[acct][2]


def label_plan(rng, nsubs):
    fac = nsubs / 12
    sets = [[]] * round(98 * fac)
    for t in TYPES:
        sets += [[t]] * round(22 * fac)
    doubles = ([["OVERPRICED", "ARITHMETIC"]] * 3 + [["DUPLICATE", "OVERPRICED"]] * 3 + [["NO_PRICE_REFERENCE", "ARITHMETIC"]] * 2
               + [["OFF_TARGET", "OVERPRICED"]] * 2 + [["ACCOUNT_MISMATCH", "OVERPRICED"]] * 2 + [["NO_PRICE_REFERENCE", "OFF_TARGET"]] * 2
               + [["DUPLICATE", "ARITHMETIC"]] * 2 + [["ACCOUNT_MISMATCH", "NO_PRICE_REFERENCE"]] + [["OFF_TARGET", "ACCOUNT_MISMATCH"]]
               + [["ACCOUNT_MISMATCH", "ARITHMETIC"]])
    doubles = doubles + doubles[:max(0, round(len(doubles) * fac) - len(doubles))]
    sets = [list(x) for x in sets + doubles]
    rng.shuffle(sets)
    return sets


KOEF_BY_UNIT = {
    "OJ": lambda r: [(r.choice([1, 2, 3]), "Org"), (r.choice([2, 3, 4]), "Jam")],
    "OK": lambda r: [(r.choice([1, 1, 2, 3]), "Org"), (r.choice([1, 2]), "Keg")],
    "OB": lambda r: [(r.choice([1, 2, 3, 4, 6]), "Org"), (r.choice([3, 6, 10, 12]), "Bln")],
    "OH": lambda r: [(r.choice([4, 6, 10, 12, 20]), "Org"), (r.choice([2, 3, 5, 8, 12]), "Hr")],
    "Kotak": lambda r: [(r.choice([25, 30, 40, 50, 60, 150]), "Org"), (r.choice([1, 2, 3, 4, 6]), "Kali")],
    "Bungkus": lambda r: [(r.choice([10, 12, 20, 24, 30]), "Org"), (r.choice([4, 6, 8, 12, 24]), "Kali")],
    "Orang/kali": lambda r: [(r.choice([25, 40, 60, 150]), "Org"), (r.choice([1, 2, 3]), "Kali")],
    "Hari": lambda r: [(r.choice([1, 2]), "Unit"), (r.choice([2, 3, 5, 6, 10]), "Hr")],
    "Unit/hari": lambda r: [(r.choice([2, 3, 4, 6]), "Unit"), (r.choice([1, 2, 3]), "Hr")],
    "Buah/hari": lambda r: [(r.choice([100, 150, 200]), "Bh"), (r.choice([1, 2]), "Hr")],
    "Paket/hari": lambda r: [(1, "Paket"), (r.choice([1, 2, 3]), "Hr")],
    "Dokumen": lambda r: [(r.choice([1200, 2400, 3000, 6000, 12000]), "Dok")],
    "Titik": lambda r: [(r.choice([12, 24]), "Titik"), (r.choice([1, 2, 4]), "Kali")],
    "Sampel": lambda r: [(r.choice([12, 24]), "Titik"), (r.choice([2, 4]), "Periode")],
    "Lembar": lambda r: [(r.choice([500, 1000, 2500, 5000, 12000]), "Lbr")],
    "Liter": lambda r: [(r.choice([2, 3, 4, 6]), "Unit"), (r.choice([30, 40, 60, 100]), "Ltr")],
    "Orang PP": lambda r: [(r.choice([2, 3]), "Org"), (1, "Kali")],
}


FOOD_UNITS = {"Kotak", "Bungkus", "Orang/kali"}
PRINT_ACCTS = {"CETAK", "CETAKJASA"}


def make_koef(rng, unit, acct, price):
    vk = kind(acct)
    if vk == "travel" and unit in ("Orang/kali", "Orang PP"):
        return [(rng.choice([2, 3, 4, 6]), "Org"), (rng.choice([1, 2]), "Kali")]
    if unit in FOOD_UNITS:
        if vk == "food" or unit == "Orang/kali":
            return KOEF_BY_UNIT[unit](rng)
    elif unit == "Lembar":
        if acct in PRINT_ACCTS:
            return KOEF_BY_UNIT[unit](rng)
    elif unit in KOEF_BY_UNIT:
        return KOEF_BY_UNIT[unit](rng)
    if unit == "Paket" and vk == "service":
        return [(rng.choice([1, 1, 2]), "Keg")]
    if price >= 5000000:
        return [(rng.choice([1, 1, 2, 3]), unit)]
    if vk == "capital":
        return [(rng.choice([1, 2, 3, 4, 5, 6, 8, 10]), unit)]
    if rng.random() < 0.35:
        per, ns = rng.choice([("Lokasi", [2, 3, 4, 5, 8, 10]), ("Bln", [3, 6, 12]), ("Triwulan", [4]), ("Kel", [8, 10])])
        return [(rng.choice(ns), per), (rng.choice([1, 2, 3, 4, 5, 10]), unit)]
    return [(rng.choice([2, 4, 5, 6, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60]), unit)]


def koef_str(parts):
    return " x ".join(f"{fmt(n)} {u}" for n, u in parts)


def nice_down(x):
    step = 100 if x < 100000 else (500 if x < 2000000 else 5000)
    return int(math.floor(x / step) * step)


def nice_up(x):
    step = 100 if x < 100000 else (500 if x < 2000000 else 5000)
    return int(math.ceil(x / step) * step)


def generic_for(sub):
    theme = set(sub["fit"])
    out = []
    for k in GENERIC:
        if k in theme:
            continue
        grp = next((g for g in CONFLICT if k in g), None)
        if grp:
            if theme & set(grp):
                continue
            if any(o in grp for o in out):
                continue
        out.append(k)
    return out


def wrong_account(rng, acct):
    k = kind(acct)
    if k == "capital":
        pool = ["ATK", "KERTAS", "KOMP", "BAHANLAIN", "BERSIH", "PERKAKAS", "MAMIN"]
    elif k == "goods":
        pool = ["HONOR", "DK", "SEWAKEND", "M_PC", "MAMIN", "PDB", "TENAGA", "SEWAGEDUNG"]
    elif k == "food":
        pool = ["DK", "ATK", "SEWAALAT", "HONOR", "BBM", "KERTAS"]
    elif k == "travel":
        pool = ["MAMIN", "ATK", "HONOR", "SEWAKEND", "BBM"]
    else:  # service
        pool = ["ATK", "KERTAS", "BAHANLAIN", "MAMIN", "BBM", "M_KANTOR", "PERKAKAS"]
    pool = [p for p in pool if p != acct]
    return rng.choice(pool)


def build_sub(rng, f, sub, sets, layout):
    fitpool = list(sub["fit"]) + generic_for(sub)
    rng.shuffle(fitpool)
    offpool = list(sub["off"]); rng.shuffle(offpool)
    nprfit = list(sub["npr_fit"]); rng.shuffle(nprfit)
    nproff = list(sub["npr_off"])
    # build the non-duplicate lines first, then each DUPLICATE is placed somewhere after its original
    sets = [s for s in sets if "DUPLICATE" not in s] + [s for s in sets if "DUPLICATE" in s]
    n_plain = sum(1 for s in sets if "DUPLICATE" not in s)
    lines, dup_used = [], set()
    for ls in sets:
        L = dict(labels=sorted(ls), sub_code=sub["code"], sub_name=sub["name"])
        item, ref, orig = None, None, None
        if "NO_PRICE_REFERENCE" in ls:
            src = (nproff.pop(0) if nproff else None) if "OFF_TARGET" in ls else (nprfit.pop(0) if nprfit else None)
            assert src, (sub["code"], ls)
            L.update(item_key=None, name=src["name"], spec=src["spec"], unit=src["unit"], acct=src["acct"], catalogue_row=None)
            base_price = src["price"]
        else:
            if "DUPLICATE" in ls:
                cands = [l for l in lines if l["item_key"] and "OFF_TARGET" not in l["labels"] and "ACCOUNT_MISMATCH" not in l["labels"]
                         and "DUPLICATE" not in l["labels"] and l["item_key"] not in dup_used]
                cands.sort(key=lambda l: -len(CAT[l["item_key"]]["var"]))
                orig = rng.choice(cands[:max(1, len([c for c in cands if len(CAT[c['item_key']]['var']) > 1]))])
                key = orig["item_key"]; dup_used.add(key)
            elif "OFF_TARGET" in ls:
                key = offpool.pop(0)
            else:
                key = fitpool.pop(0)
            item = CAT[key]
            if orig:
                vs = [v for v in item["var"] if v != orig["name"]] or [item["name"] + " " + item["spec"].split(",")[0]]
                name = rng.choice(vs)
            else:
                name = rng.choice(item["var"])
            unit, factor = item["unit"], 1
            if item["alt"] and rng.random() < 0.45:
                unit, factor = item["alt"][0]
            if orig:  # duplicate: sometimes switch unit too
                if item["alt"] and rng.random() < 0.5:
                    unit, factor = rng.choice([(item["unit"], 1)] + list(item["alt"]))
            refp = item["price"] * factor
            L.update(item_key=key, name=name, spec=item["spec"], unit=unit, acct=item["acct"],
                     catalogue_row=dict(file=SSH_FILE if item["book"] == "ssh" else SBU_FILE, kode=item["kode"],
                                        name=item["name"], spec=item["spec"], unit=item["unit"], price=item["price"],
                                        rka_unit=unit, factor=factor, ref_price=refp))
            base_price = refp
            if orig:
                L["duplicate_of"] = orig["_tmpid"]
        # price
        if "OVERPRICED" in ls:
            price = nice_up(base_price * rng.uniform(1.3, 1.9))
        elif L["catalogue_row"]:
            price = nice_down(base_price * rng.choice([1.0, 1.0, 1.0, 0.98, 0.95, 0.9]))
            if price <= 0:
                price = base_price
        else:
            price = nice_down(base_price * rng.uniform(0.9, 1.15))
        L["price"] = int(price) if float(price).is_integer() else price
        # account
        L["correct_acct"] = L["acct"]
        if "ACCOUNT_MISMATCH" in ls:
            L["acct"] = wrong_account(rng, L["acct"])
        elif orig:
            L["acct"] = orig["acct"]
        # koefisien / volume
        vk = kind(L["correct_acct"])
        parts = make_koef(rng, L["unit"], L["correct_acct"], L["price"])
        if orig:
            if rng.random() < 0.6 and L["unit"] == orig["unit"]:
                parts = list(orig["koef"])          # same need, same quantity, reworded
            elif len(parts) == 1 and rng.random() < 0.5:
                parts = [(max(1, parts[0][0] // 2), parts[0][1])]
        vol = 1
        for p_, _ in parts:
            vol *= p_
        L["koef"] = parts; L["koef_str"] = koef_str(parts)
        L["correct_volume"] = vol
        L["ppn"] = (11 if vk in ("goods", "capital") else 0) if layout in PPN_LAYOUTS else None
        mult = 1 + (L["ppn"] or 0) / 100
        correct = round(vol * L["price"] * mult)
        L["correct_jumlah"] = correct
        pvol, jum = vol, correct
        if "ARITHMETIC" in ls:
            modes = ["plus", "shift", "swap"]
            if layout in KOEF_VOL_LAYOUTS:
                modes += ["vol", "vol"]
            if L["ppn"]:
                modes += ["noppn"]
            m = rng.choice(modes)
            if m == "vol":
                pvol = vol + rng.choice([vol // 2 if vol > 3 else 2, 10, 5, -1 if vol > 2 else 3])
                if pvol == vol:
                    pvol = vol + 2
                jum = round(pvol * L["price"] * mult)
            elif m == "plus":
                jum = round((vol + rng.choice([1, 2, 5])) * L["price"] * mult)
            elif m == "shift":
                jum = correct * 10 if rng.random() < 0.5 else correct // 10
            elif m == "swap":
                s = str(correct)
                i = rng.randrange(0, max(1, len(s) - 4))
                if s[i] == s[i + 1]:
                    jum = correct + 10 ** (len(s) - 2)
                else:
                    jum = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
            elif m == "noppn":
                jum = round(vol * L["price"])
            L["arith_mode"] = m
            assert jum != correct or pvol != vol
        L["volume"] = pvol; L["jumlah"] = jum
        L["_tmpid"] = len(lines)
        L["_pos"] = float(len(lines)) if not orig else rng.uniform(orig["_pos"] + 0.1, n_plain - 0.5)
        lines.append(L)
    # group by account (order of first appearance), stable
    order = []
    for l in sorted(lines, key=lambda l: l["_pos"]):
        if l["acct"] not in order:
            order.append(l["acct"])
    grouped = sorted(lines, key=lambda l: (order.index(l["acct"]), l["_pos"]))
    for l in grouped:
        if "duplicate_of" in l:
            o = lines[l["duplicate_of"]]
            assert grouped.index(o) < grouped.index(l)
    return grouped


def build_all():
    rng = random.Random(SEED)
    # attach kode to catalogue rows
    cats = {}
    for r in SSH:
        cats.setdefault(r["cat"], []).append(r)
    for ci, (c, rows) in enumerate(cats.items(), 1):
        for i, r in enumerate(rows, 1):
            r["kode"] = f"1.1.7.01.{ci:02d}.{(i - 1) // 20 + 1:02d}.{i:03d}"
            CAT[r["key"]]["kode"] = r["kode"]
    cats = {}
    for r in SBU:
        cats.setdefault(r["cat"], []).append(r)
    for c, rows in cats.items():
        for i, r in enumerate(rows, 1):
            r["kode"] = f"SBU.{c[0]}.{i:03d}"
            CAT[r["key"]]["kode"] = r["kode"]
    nsubs = sum(len(f["subs"]) for f in FILES)
    sets = label_plan(rng, nsubs)
    # deal label sets round-robin so every sub-kegiatan gets a similar mix
    sets.sort(key=lambda s: (len(s), s))
    chunks = [[] for _ in range(nsubs)]
    for i, s in enumerate(sets):
        chunks[(i + i // nsubs) % nsubs].append(s)
    for c in chunks:
        rng.shuffle(c)
    out, si = [], 0
    for f in FILES:
        flines = []
        for sub in f["subs"]:
            chunk = chunks[si]; si += 1
            flines.append((sub, build_sub(rng, f, sub, chunk, f["layout"])))
        out.append((f, flines))
    return rng, out


def number_lines(f, flines):
    lay = f["layout"]
    n = 0
    for si, (sub, lines) in enumerate(flines, 1):
        for i, l in enumerate(lines, 1):
            n += 1
            l["no"] = f"{si}.{i}" if lay == "xlsx_inline_koef" else (f"{n:02d}" if lay == "xlsx_koef_columns" else str(n))
    # resolve duplicate_of to printed numbers
    for sub, lines in flines:
        byid = {l["_tmpid"]: l for l in lines}
        for l in lines:
            if "duplicate_of" in l:
                l["duplicate_of_no"] = byid[l["duplicate_of"]]["no"]


if __name__ == "__main__":
    import layouts
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    rng, built = build_all()
    manifest, truth = [], []
    layouts.write_ssh(os.path.join(DATA, SSH_FILE), SSH)
    layouts.write_sbu(os.path.join(DATA, SBU_FILE), SBU)
    for f, flines in built:
        number_lines(f, flines)
        fname = layouts.write_rka(DATA, f, flines, A, rng)
        labels = {}
        for sub, lines in flines:
            for l in lines:
                labels[l["no"]] = l["labels"]
                t = {k: v for k, v in l.items() if not k.startswith("_") and k not in ("duplicate_of",)}
                t.update(file=fname, opd=f["opd"], acct_code=A[l["acct"]][0], acct_name=A[l["acct"]][1],
                         correct_acct_code=A[l["correct_acct"]][0], correct_acct_name=A[l["correct_acct"]][1],
                         koef=[[a, b] for a, b in l["koef"]])
                truth.append(t)
        stem = os.path.splitext(fname)[0]
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": fname, "catalogues": [SSH_FILE, SBU_FILE], "labels": stem + ".labels.json",
                         "opd": f["opd"], "layout": f["layout"]})
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "truth_lines.json"), "w") as fh:
        json.dump({"margin": MARGIN, "lines": truth}, fh, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(t for l in truth for t in l["labels"])
    print(len(truth), "lines;", sum(1 for l in truth if not l["labels"]), "clean;", dict(c))
