#!/usr/bin/env python3
"""Deterministic generator for blind RKA review set review20 (written blind, 2026-12-05)."""
import json
import math
import os
import random
from decimal import Decimal, ROUND_HALF_UP

from catdata import ACCOUNTS, MISMATCH, parse_catalog
from subkeg import RKAS

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SEED = 20270105
LABELS = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
SSH_FILE = "ssh_kota_samarinda_2027.xlsx"
SBU_FILE = "sbu_kota_samarinda_2027.pdf"
PPN_LAYOUTS = {"xlsx_sipd_sheets", "pdf_sipd_print"}
OVER_TOL = 0.10  # OVERPRICED iff unit price > catalogue-equivalent x 1.10

CAT = parse_catalog()
CATK = {r["key"]: r for r in CAT}


def rupiah(n):
    return f"{int(n):,}".replace(",", ".")


def jumlah_of(vol, price, ppn):
    v = Decimal(vol) * Decimal(price) * (Decimal(100 + ppn) / Decimal(100))
    return int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def step_for(x):
    if x < 1000:
        return 10
    if x < 20000:
        return 100
    if x < 200000:
        return 500
    if x < 2000000:
        return 5000
    return 50000


KOEF_LABEL = {"org": "Orang", "jam": "Jam", "kl": "Kali", "hr": "Hari", "bln": "Bulan", "mlm": "Malam",
              "unit": "Unit", "keg": "Kegiatan", "pp": "PP", "sesi": "Sesi", "tdg": "Pertandingan"}


def make_koef(rng, kind, unit, unit_price):
    """returns list of (n, short_label) and the RKA satuan; volume = product."""
    if kind == "K":
        return [(rng.choice([15, 20, 25, 30, 40, 50, 60]), "org"), (rng.choice([1, 2, 3, 4, 6, 8]), "kl")]
    if kind == "J":
        return [(rng.choice([1, 2, 3]), "org"), (rng.choice([2, 3, 4]), "jam")]
    if kind == "X":
        if "Sesi" in unit or unit == "OS":
            return [(rng.choice([2, 3, 4]), "org"), (rng.choice([16, 24, 32]), "sesi")]
        if "Pertandingan" in unit or unit == "OP":
            return [(rng.choice([2, 3]), "org"), (rng.choice([6, 8, 10]), "tdg")]
        return [(rng.choice([1, 2, 3, 4, 5]), "org"), (rng.choice([1, 2, 3]), "keg")]
    if kind == "B":
        return [(rng.choice([1, 1, 2, 3, 4]), "org"), (rng.choice([6, 10, 12]), "bln")]
    if kind == "H":
        return [(rng.choice([2, 3, 4, 5, 6, 8]), "org"), (rng.choice([2, 3, 4, 5, 10, 12]), "hr")]
    if kind == "M":
        return [(rng.choice([1, 2, 3]), "org"), (rng.choice([2, 3]), "mlm")]
    if kind == "P":
        return [(rng.choice([1, 2, 3, 4]), "org"), (1, "pp")]
    if kind == "T":
        return [(rng.choice([5, 10, 14, 20, 22]), "org"), (rng.choice([2, 4, 6, 12]), "kl")]
    if kind == "S":
        return [(rng.choice([1, 1, 2, 3, 4]), "unit"), (rng.choice([1, 2, 3, 4, 6, 10]), "hr")]
    # goods / eksemplar
    if unit_price >= 5_000_000:
        n = rng.choice([1, 1, 2, 3])
    elif unit_price >= 500_000:
        n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
    elif unit_price >= 50_000:
        n = rng.choice([2, 4, 5, 6, 10, 12, 15, 20])
    elif unit_price >= 5_000:
        n = rng.choice([10, 12, 20, 24, 30, 40, 50, 60, 100])
    else:
        n = rng.choice([100, 200, 250, 500, 1000, 2000, 4000])
    if kind == "E":
        n *= rng.choice([10, 20, 50])
    if unit_price < 300_000 and n >= 4 and rng.random() < 0.35:
        for k in (4, 3, 2):
            if n % k == 0:
                return [(n // k, "UNIT"), (k, "keg")]
    return [(n, "UNIT")]


def koef_text(parts, unit, style):
    out = []
    for n, lab in parts:
        if lab == "UNIT":
            out.append(f"{n} {unit}")
        elif style == "long":
            out.append(f"{n} {KOEF_LABEL[lab]}")
        else:
            out.append(f"{n} {lab}")
    return " x ".join(out)


SATUAN_BY_KIND = {"K": "OK", "J": "OJ", "B": "OB", "H": "OH", "M": "OM", "T": "OK"}


def plan_labels(rng, n, counts):
    """Return list of label-sets (len n, order = generation order) honouring compatibility."""
    bag = []
    for lab, c in counts.items():
        bag += [lab] * c
    m = n - round(0.4 * n)
    for _ in range(2000):
        rng.shuffle(bag)
        sets = [set([bag[i]]) for i in range(m)]
        ok = True
        for lab in bag[m:]:
            cand = [s for s in sets if lab not in s and len(s) < 3 and compatible(s | {lab})]
            if not cand:
                ok = False
                break
            rng.choice(cand).add(lab)
        if ok:
            # need: every DUP line (without NPR) has a catalogue, non-OFF source; DUP+NPR needs an NPR source
            n_npr_src = sum(1 for s in sets if "NO_PRICE_REFERENCE" in s and "DUPLICATE" not in s)
            n_dup_npr = sum(1 for s in sets if {"DUPLICATE", "NO_PRICE_REFERENCE"} <= s)
            if n_dup_npr > n_npr_src:
                continue
            sets += [set() for _ in range(n - m)]
            return sets
    raise RuntimeError("label plan failed")


def compatible(s):
    if "NO_PRICE_REFERENCE" in s and "OVERPRICED" in s:
        return False
    if "DUPLICATE" in s and "OFF_TARGET" in s:
        return False
    if "NO_PRICE_REFERENCE" in s and "OFF_TARGET" in s:
        return False
    return True


def price_for(rng, equiv, over):
    st = step_for(equiv)
    if over:
        p = equiv * rng.uniform(1.28, 1.75)
        return int(math.ceil(p / st) * st)
    if rng.random() < 0.5:
        p = equiv
    else:
        p = equiv * rng.uniform(0.88, 0.99)
    v = int(math.floor(p / st) * st)
    if v <= 0:
        v = int(equiv)
    return v


def build_lines():
    rng = random.Random(SEED)
    all_files = []
    sub_idx = 0
    for rka in RKAS:
        lay = rka["layout"]
        has_ppn = lay in PPN_LAYOUTS
        file_lines = []
        for sk in rka["subs"]:
            n = sk["n"]
            if n <= 16:
                counts = {lab: 2 for lab in LABELS}
            else:
                counts = {lab: (3 if (i + sub_idx) % 2 == 0 else 2) for i, lab in enumerate(LABELS)}
            sub_idx += 1
            sets = plan_labels(rng, n, counts)
            rng.shuffle(sets)
            # create non-duplicate lines first, then duplicates referencing them
            on = list(sk["on"]); off = list(sk["off"]); npr = list(sk["npr"])
            rng.shuffle(on); rng.shuffle(off); rng.shuffle(npr)
            lines = []
            pending_dups = []
            for s in sets:
                if "DUPLICATE" in s:
                    pending_dups.append(s)
                    continue
                lines.append(make_line(rng, sk, s, on, off, npr, has_ppn, lay))
            for s in pending_dups:
                if "NO_PRICE_REFERENCE" in s:
                    srcs = [l for l in lines if l["cat_key"] is None and not l.get("dup_of_gen")
                            and not any(l2.get("dup_src") is l for l2 in lines)]
                else:
                    srcs = [l for l in lines if l["cat_key"] is not None and "OFF_TARGET" not in l["intrinsic"]
                            and not l.get("dup_src") and not any(l2.get("dup_src") is l for l2 in lines)]
                src = rng.choice(srcs)
                d = make_dup(rng, sk, s, src, has_ppn, lay)
                lines.append(d)
            # printed order: by account code (SIPD style), stable by generation order
            for i, l in enumerate(lines):
                l["gen"] = i
            rng.shuffle(lines)
            lines.sort(key=lambda l: l["acct_code"])
            pos = {id(l): i for i, l in enumerate(lines)}
            for l in lines:
                l["labels"] = set(l["intrinsic"])
            for l in lines:
                if l.get("dup_src") is not None:
                    a, b = l["dup_src"], l
                    later = a if pos[id(a)] > pos[id(b)] else b
                    later["labels"].add("DUPLICATE")
                    earlier = b if later is a else a
                    later["dup_of_line"] = earlier
            for l in lines:
                l["sub"] = sk
            file_lines += lines
        all_files.append((rka, file_lines))
    return all_files


def pick_alias(rng, item):
    conv = [a for a in item["aliases"] if abs(a["factor"] - 1.0) > 1e-9]
    if conv and rng.random() < 0.7:
        return rng.choice(conv)
    return rng.choice(item["aliases"])


def finish_line(rng, line, s, has_ppn, lay, unit_price_ref):
    kind = line["kind"]
    parts = make_koef(rng, kind, line["unit"], unit_price_ref)
    vol = 1
    for n, _ in parts:
        vol *= n
    line["koef_parts"] = parts
    line["volume_true"] = vol
    ppn = 0
    if has_ppn and line["is_goods"]:
        ppn = 11
    line["ppn"] = ppn
    line["jumlah_true"] = jumlah_of(vol, line["price"], ppn)
    line["volume"] = vol
    line["jumlah"] = line["jumlah_true"]
    line["arith_mode"] = None
    if "ARITHMETIC" in s:
        modes = ["x10", "vol", "transpose", "round", "koef"]
        if len(parts) > 1:
            modes += ["koef", "koef"]
        if ppn:
            modes += ["noppn", "noppn"]
        mode = rng.choice(modes)
        line["arith_mode"] = mode
        j = line["jumlah_true"]
        if mode == "koef":
            if len(parts) > 1:
                bad = vol + rng.choice([-1, 1]) * max(1, parts[-1][0]) if vol > 2 else vol + 1
            else:
                bad = vol + rng.choice([-2, 2, 5, 10]) if vol > 10 else vol + 1
            if bad <= 0:
                bad = vol + 2
            line["volume"] = bad
            line["jumlah"] = jumlah_of(bad, line["price"], ppn)
        elif mode == "x10":
            line["jumlah"] = j * 10 if rng.random() < 0.5 else j // 10
        elif mode == "vol":
            line["jumlah"] = jumlah_of(vol + rng.choice([1, 2, -1]) if vol > 1 else vol + 1, line["price"], ppn)
        elif mode == "transpose":
            sj = str(j)
            idx = [i for i in range(len(sj) - 1) if sj[i] != sj[i + 1]]
            if idx:
                i = rng.choice(idx[:3])
                sj = sj[:i] + sj[i + 1] + sj[i] + sj[i + 2:]
                line["jumlah"] = int(sj)
            else:
                line["jumlah"] = j + 100000
        elif mode == "round":
            st = 10 ** max(3, len(str(j)) - 2)
            line["jumlah"] = (j // st + 1) * st + st
        elif mode == "noppn":
            line["jumlah"] = vol * line["price"]
        if line["jumlah"] == line["jumlah_true"]:
            line["jumlah"] = line["jumlah_true"] + 150000
    return line


def make_line(rng, sk, s, on, off, npr, has_ppn, lay):
    line = {"intrinsic": set(x for x in s if x != "DUPLICATE")}
    if "NO_PRICE_REFERENCE" in s:
        name, spec, unit, price, acct, kind = npr.pop()
        line.update(cat_key=None, name=name, spec=spec, unit=unit, kind=kind, acct_true=acct,
                    cat_equiv=None, factor=None, price=price,
                    is_goods=kind == "G" and not acct.startswith(("JASA", "SEWA", "HON")))
        ref_price = price
    else:
        pool = off if "OFF_TARGET" in s else on
        key = pool.pop()
        item = CATK[key]
        al = pick_alias(rng, item)
        equiv = item["price"] * al["factor"]
        line.update(cat_key=key, name=al["name"], spec=al["spec"] or item["spec"], unit=al["unit"],
                    kind=item["kind"], acct_true=item["acct"], factor=al["factor"], cat_equiv=equiv,
                    is_goods=item["cat"] == "SSH")
        line["price"] = price_for(rng, equiv, "OVERPRICED" in s)
        ref_price = line["price"]
    acct = line["acct_true"]
    if "ACCOUNT_MISMATCH" in s:
        acct = rng.choice(MISMATCH[line["acct_true"]])
    line["acct"] = acct
    line["acct_code"], line["acct_name"] = ACCOUNTS[acct]
    return finish_line(rng, line, s, has_ppn, lay, ref_price)


REWORD = [("Honor ", "Honorarium "), ("Snack", "Kudapan"), ("Kudapan", "Snack"), ("Nasi kotak", "Makan"),
          ("Sewa ", "Rental "), ("Tinta", "Refill tinta"), ("Kertas", "Krts"), ("Uang harian", "UH")]


def make_dup(rng, sk, s, src, has_ppn, lay):
    line = {"intrinsic": set(x for x in s if x != "DUPLICATE"), "dup_src": src}
    if src["cat_key"] is None:
        line.update(cat_key=None, name=src["name"], spec=src["spec"], unit=src["unit"], kind=src["kind"],
                    acct_true=src["acct_true"], cat_equiv=None, factor=None, price=src["price"],
                    is_goods=src["is_goods"])
        nm = src["name"]
        line["name"] = rng.choice([nm + " (tambahan)", "Pengadaan " + nm[0].lower() + nm[1:], nm + " - lanjutan"])
        ref_price = line["price"]
    else:
        item = CATK[src["cat_key"]]
        cands = [a for a in item["aliases"] if a["name"] != src["name"]]
        al = rng.choice(cands) if cands else {"name": item["name"], "spec": item["spec"], "unit": item["unit"], "factor": 1.0}
        nm = al["name"]
        for a, b in REWORD:
            if nm.startswith(a.strip()) and rng.random() < 0.6:
                nm = b + nm[len(a):] if nm.startswith(a) else nm
                break
        if nm == src["name"]:
            nm = item["name"] + (" " + item["spec"] if rng.random() < 0.5 else "")
        if nm == src["name"]:
            nm = nm + " (kebutuhan kegiatan)"
        equiv = item["price"] * al["factor"]
        line.update(cat_key=src["cat_key"], name=nm, spec=al["spec"] or item["spec"], unit=al["unit"],
                    kind=item["kind"], acct_true=item["acct"], factor=al["factor"], cat_equiv=equiv,
                    is_goods=item["cat"] == "SSH")
        line["price"] = price_for(rng, equiv, "OVERPRICED" in s)
        ref_price = line["price"]
    acct = line["acct_true"]
    if "ACCOUNT_MISMATCH" in s:
        acct = rng.choice(MISMATCH[line["acct_true"]])
    line["acct"] = acct
    line["acct_code"], line["acct_name"] = ACCOUNTS[acct]
    return finish_line(rng, line, s, has_ppn, lay, ref_price)


# ---------------------------------------------------------------- numbering & truth
def number_lines(all_files):
    for rka, lines in all_files:
        lay = rka["layout"]
        cnt = {}
        k = 0
        for l in lines:
            k += 1
            if lay == "xlsx_merged_header_text_prices":
                si = rka["subs"].index(l["sub"]) + 1
                cnt[si] = cnt.get(si, 0) + 1
                l["no"] = f"{si}.{cnt[si]}"
            else:
                l["no"] = str(k)


def truth_record(rka, l):
    it = CATK.get(l["cat_key"]) if l["cat_key"] else None
    rec = {
        "file": rka["stem"] + "." + rka["ext"], "no": l["no"], "opd": rka["opd"],
        "sub_kegiatan_code": l["sub"]["code"], "sub_kegiatan_name": l["sub"]["name"],
        "account_code": l["acct_code"], "account_name": l["acct_name"],
        "correct_account_code": ACCOUNTS[l["acct_true"]][0], "correct_account_name": ACCOUNTS[l["acct_true"]][1],
        "item_name": l["name"], "spec": l["spec"], "unit": l["unit"],
        "koefisien": koef_text(l["koef_parts"], l["unit"], "short"),
        "koefisien_parts": [[n, (l["unit"] if lab == "UNIT" else lab)] for n, lab in l["koef_parts"]],
        "volume": l["volume"], "volume_from_koefisien": l["volume_true"],
        "price": l["price"], "ppn_percent": l["ppn"], "jumlah": l["jumlah"], "correct_jumlah": l["jumlah_true"],
        "arithmetic_error_mode": l["arith_mode"],
        "catalogue_ref": None,
        "labels": sorted(l["labels"], key=LABELS.index),
        "printed": l.get("printed"),
    }
    if it:
        rec["catalogue_ref"] = {
            "file": SSH_FILE if it["cat"] == "SSH" else SBU_FILE, "kode": it["kode"], "name": it["name"],
            "spec": it["spec"], "unit": it["unit"], "price": it["price"],
            "rka_unit_per_catalogue_unit": l["factor"],
            "catalogue_price_per_rka_unit": round(l["cat_equiv"], 2),
            "ratio_price_to_catalogue": round(l["price"] / l["cat_equiv"], 4),
        }
    if l.get("dup_of_line") is not None and "DUPLICATE" in l["labels"]:
        rec["duplicate_of_no"] = l["dup_of_line"]["no"]
    if "OFF_TARGET" in l["labels"]:
        rec["off_target_reason"] = f"item tidak mendukung output sub kegiatan: {l['sub']['output']}"
    return rec


# ---------------------------------------------------------------- writers
import writers  # noqa: E402


def main():
    os.makedirs(DATA, exist_ok=True)
    all_files = build_lines()
    number_lines(all_files)
    writers.write_ssh(os.path.join(DATA, SSH_FILE), [r for r in CAT if r["cat"] == "SSH"])
    writers.write_sbu(os.path.join(DATA, SBU_FILE), [r for r in CAT if r["cat"] == "SBU"])
    manifest, truth = [], []
    for rka, lines in all_files:
        fn = rka["stem"] + "." + rka["ext"]
        path = os.path.join(DATA, fn)
        writers.WRITERS[rka["layout"]](path, rka, lines)
        labels = {l["no"]: sorted(l["labels"], key=LABELS.index) for l in lines}
        with open(os.path.join(DATA, rka["stem"] + ".labels.json"), "w") as f:
            json.dump({"labels": labels}, f, indent=1, ensure_ascii=False)
        manifest.append({"rka": fn, "catalogues": [SSH_FILE, SBU_FILE], "labels": rka["stem"] + ".labels.json",
                         "opd": rka["opd"], "layout": rka["layout"]})
        truth += [truth_record(rka, l) for l in lines]
    with open(os.path.join(DATA, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    cat_rows = [{k: r[k] for k in ("cat", "heading", "kode", "name", "spec", "unit", "price")} for r in CAT]
    with open(os.path.join(HERE, "truth_catalogues.json"), "w") as f:
        json.dump(cat_rows, f, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(x for t in truth for x in t["labels"])
    print("lines", len(truth), "clean", sum(1 for t in truth if not t["labels"]), dict(c))


if __name__ == "__main__":
    main()
