# -*- coding: utf-8 -*-
"""Deterministic generator for blind set review27. Run with the review27 venv python."""
import json, math, os, random, re, io, csv, zipfile, shutil
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

from spec_catalog import ACC, WRONG, acc_family, SSH, SBU
from spec_rka import SUBS, FILES

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SEED = 20270107
PPN = 11
OVER_MARGIN = 0.05     # README: OVERPRICED if price > ref * 1.05
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SSH_FILE = "SSH_Kota_Samarinda_TA2027.xlsx"
SBU_FILE = "SBU_Kota_Samarinda_TA2027.pdf"


def idr(n):
    """Indonesian thousands format for an int."""
    neg = n < 0
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s


def parse_idr(s):
    return int(s.replace(".", ""))


def rhu(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------- catalogue
SBU_ACC_OVERRIDE = {
    "uh_kaltim_dk": "PERJADINDK", "transport_lokal": "TRANSPORT", "transport_kader": "TRANSPORT",
    "makan_lapangan": "MAMINLAP", "snack_lapangan": "MAMINLAP", "pmt_balita": "MAMINLAP",
    "sewa_dump": "SEWABERAT", "sewa_excavator": "SEWABERAT", "sewa_bulldozer": "SEWABERAT",
    "tng_admin": "TENAGAADM", "tng_sopir": "TENAGASUPIR", "tng_satpam": "TENAGAAMAN",
    "tng_operator_berat": "TENAGAOPR", "dokumentasi": "DOKUM", "cuci_ac": "PELIHARA",
    "service_mobil": "PELIHARAKEND", "service_truk": "PELIHARAKEND", "internet_50": "INTERNET",
    "internet_20": "INTERNET", "laundry": "JASALAIN",
}
SSH_ACC_OVERRIDE = {"air_gelas": "MAMINLAP", "air_botol": "MAMINLAP"}
OK_ALT = {"MAMIN": {"MAMIN", "MAMINLAP"}, "MAMINLAP": {"MAMIN", "MAMINLAP"}}


def parse_units(s, cat_unit):
    if not s:
        return [(cat_unit, Fraction(1))]
    out = []
    for part in s.split(";"):
        u, f = part.rsplit("=", 1)
        out.append((u.strip(), Fraction(f.strip())))
    # the catalogue's own unit name for the first option if it is "X=1"
    return out


def build_catalogue():
    cat = {}
    ssh_rows = []   # (sheet, heading or None, row dict)
    for si, (sheet, heading, prefix, acc, block) in enumerate(SSH):
        seq = 0
        for line in block.strip().splitlines():
            p = [x.strip() for x in line.split("|")]
            key, name, spec, unit, price = p[:5]
            variants = p[5].split(";") if len(p) > 5 and p[5] else [name, f"{name} {spec.split(',')[0]}"]
            units = parse_units(p[6] if len(p) > 6 else "", unit)
            # first rka unit "Box=1" means the catalogue packaging itself: print it as the catalogue unit
            units = [(unit if (f == 1 and i == 0) else u, f) for i, (u, f) in enumerate(units)]
            seq += 1
            kode = f"{prefix}.{seq:03d}"
            a = SSH_ACC_OVERRIDE.get(key, acc)
            rec = dict(key=key, src=SSH_FILE, sheet=sheet, kode=kode, name=name, spec=spec, unit=unit,
                       price=parse_idr(price), acc=a, variants=[v.strip() for v in variants], units=units,
                       heading=heading)
            cat[key] = rec
            ssh_rows.append(rec)
    sbu_rows = []
    for si, (heading, acc, block) in enumerate(SBU):
        seq = 0
        for line in block.strip().splitlines():
            p = [x.strip() for x in line.split("|")]
            key, name, unit, price = p[:4]
            variants = p[4].split(";") if len(p) > 4 and p[4] else [name, name]
            seq += 1
            kode = f"SBU.{si + 1:02d}.{seq:03d}"
            rec = dict(key=key, src=SBU_FILE, sheet=None, kode=kode, name=name, spec="", unit=unit,
                       price=parse_idr(price), acc=SBU_ACC_OVERRIDE.get(key, acc),
                       variants=[v.strip() for v in variants], units=[(unit, Fraction(1))], heading=heading)
            cat[key] = rec
            sbu_rows.append(rec)
    return cat, ssh_rows, sbu_rows


# --------------------------------------------------------------------- lines
def parse_koef(k):
    parts = []
    for t in k.split(" x "):
        t = t.strip()
        m = re.match(r"([\d\.]+)\s*(.*)", t)
        parts.append((parse_idr(m.group(1)), m.group(2)))
    return parts


def koef_text(parts):
    return " x ".join(f"{idr(n)} {u}".strip() for n, u in parts)


def clean_price(ref):
    """a price at or slightly below the reference (never above)"""
    if ref == int(ref) and random.random() < 0.6:
        return int(ref)
    step = 100 if ref >= 2000 else (50 if ref >= 500 else 10)
    x = ref * (1 - random.choice([0, 0, 0.02, 0.04, 0.07]))
    return max(step, int(math.floor(x / step) * step))


def over_price(ref):
    m = random.uniform(1.2, 1.65)
    step = 500 if ref >= 10000 else (50 if ref >= 500 else 10)
    if ref >= 1000000:
        step = 5000
    p = int(math.ceil(ref * m / step) * step)
    assert p >= ref * 1.15
    return p


def make_lines(cat):
    random.seed(SEED)
    allsubs = {}
    dup_counts = {"S1": 3, "S2": 2, "S3": 3, "S4": 2, "S5": 3, "S6": 2, "S7": 3, "S8": 2, "S9": 3, "S10": 3, "S11": 2, "S12": 2}
    for sid, sd in SUBS.items():
        items = []
        def add_cat(entry, kind):
            keyp, koef = [x.strip() for x in entry.split("|")]
            ui = 0
            if "#" in keyp:
                keyp, u = keyp.split("#"); ui = int(u)
            c = cat[keyp]
            unit, factor = c["units"][ui]
            items.append(dict(kind=kind, key=keyp, cat=c, unit=unit, factor=factor, koef=parse_koef(koef),
                              name=c["variants"][0], spec=c["spec"], acc_ok=OK_ALT.get(c["acc"], {c["acc"]}),
                              acc_correct=c["acc"], labels=set()))
        for e in sd["pool"].strip().splitlines():
            add_cat(e, "on")
        for e in sd["off"]:
            add_cat(e, "off")
            items[-1]["labels"].add("OFF_TARGET")
        for (nm, spec, unit, price, acc, koef) in sd["noref"]:
            items.append(dict(kind="noref", key=None, cat=None, unit=unit, factor=None, koef=parse_koef(koef),
                              name=nm, spec=spec, acc_ok={acc}, acc_correct=acc, labels={"NO_PRICE_REFERENCE"},
                              noref_price=price))
        # duplicates: reworded copies of on-target catalogue lines
        cands = [it for it in items if it["kind"] == "on" and len(set(it["cat"]["variants"])) > 1]
        for src in random.sample(cands, dup_counts[sid]):
            d = dict(src)
            d["labels"] = set()
            d["kind"] = "dup"
            d["dup_of"] = id(src)
            d["name"] = src["cat"]["variants"][1]
            if random.random() < 0.5:
                d["spec"] = ""  # reworded line often drops the spec
            k = [list(p) for p in src["koef"]]
            if random.random() < 0.6:
                k[0][0] = max(1, rhu(k[0][0] * random.choice([0.5, 0.75, 1, 1.25])))
            d["koef"] = [tuple(p) for p in k]
            items.append(d)
            src["has_dup"] = True
        for it in items:
            it["_id"] = id(it)
        # shuffle lightly (keep on-target mostly first), then assign other labels
        random.shuffle(items)
        n = len(items)
        k_over = max(2, rhu(n * 0.13))
        k_ar = max(2, rhu(n * 0.125))
        k_acc = max(2, rhu(n * 0.125))
        elig_over = [it for it in items if it["cat"] is not None]
        for it in random.sample(elig_over, k_over):
            it["labels"].add("OVERPRICED")
        for it in random.sample(items, k_ar):
            it["labels"].add("ARITHMETIC")
        for it in random.sample(items, k_acc):
            it["labels"].add("ACCOUNT_MISMATCH")
        # prices, volumes, accounts
        for it in items:
            vol_true = 1
            for nn, _ in it["koef"]:
                vol_true *= nn
            it["vol_true"] = vol_true
            if it["cat"] is not None:
                ref = Fraction(it["cat"]["price"]) * it["factor"]
                it["ref_unit_price"] = float(ref)
                it["price"] = over_price(float(ref)) if "OVERPRICED" in it["labels"] else clean_price(float(ref))
            else:
                it["ref_unit_price"] = None
                it["price"] = it["noref_price"]
            if "ACCOUNT_MISMATCH" in it["labels"]:
                fam = acc_family(it["acc_correct"])
                choices = [a for a in WRONG[fam] if a not in it["acc_ok"]]
                it["acc"] = random.choice(choices)
            else:
                it["acc"] = it["acc_correct"]
        allsubs[sid] = items
    return allsubs


def finalize(allsubs, ppn_files):
    """order lines by account, number them per file, fix arithmetic, duplicate labels."""
    random.seed(SEED + 1)
    out = {}
    for fid, fd in FILES.items():
        no = 0
        for si, sid in enumerate(fd["subs"]):
            if fd.get("numbering") == "sub":
                no = 0
            items = allsubs[sid]
            items.sort(key=lambda it: ACC[it["acc"]][0])  # stable: by account code
            pos = {it["_id"]: i for i, it in enumerate(items)}
            for it in items:
                if it["kind"] == "dup":
                    src_pos = pos[it["dup_of"]]
                    if src_pos < pos[it["_id"]]:
                        it["labels"].add("DUPLICATE")
                    else:
                        src = items[src_pos]
                        src["labels"].add("DUPLICATE")
            for it in items:
                no += 1
                it["no"] = f"{si + 1}.{no}" if fd.get("numbering") == "sub" else str(no)
                it["ppn"] = (PPN if (fd["ppn"] and it["cat"] is not None and it["cat"]["src"] == SSH_FILE) else 0)
                if fd["ppn"] and it["cat"] is None and it["acc"].startswith("M_"):
                    it["ppn"] = PPN
                correct = rhu(Fraction(it["vol_true"]) * it["price"] * Fraction(100 + it["ppn"], 100))
                it["jumlah_correct"] = correct
                it["vol"] = it["vol_true"]
                it["jumlah"] = correct
                it["arith_kind"] = None
                if "ARITHMETIC" in it["labels"]:
                    multi = len(it["koef"]) > 1
                    kinds = ["typo", "wrongsum", "digit", "vol"]
                    if multi:
                        kinds += ["vol", "vol", "vol"]
                    if it["ppn"]:
                        kinds += ["noppn"]
                    kind = random.choice(kinds)
                    it["arith_kind"] = kind
                    if kind == "vol":
                        step = it["koef"][-1][0] if multi else max(1, it["vol_true"] // random.choice([4, 5, 10]))
                        it["vol"] = it["vol_true"] + random.choice([-1, 1]) * max(1, step)
                        if it["vol"] <= 0:
                            it["vol"] = it["vol_true"] * 2
                        it["jumlah"] = rhu(Fraction(it["vol"]) * it["price"] * Fraction(100 + it["ppn"], 100))
                    elif kind == "noppn":
                        it["jumlah"] = it["vol"] * it["price"]
                    elif kind == "typo":
                        it["jumlah"] = correct * 10 if random.random() < 0.5 else correct // 10 * 1
                    elif kind == "digit":
                        s = str(correct)
                        if len(s) >= 3:
                            i = random.randrange(0, len(s) - 1)
                            l = list(s)
                            if l[i] == l[i + 1]:
                                l[i] = str((int(l[i]) + 3) % 10) if i > 0 else str(int(l[i]) % 9 + 1)
                            else:
                                l[i], l[i + 1] = l[i + 1], l[i]
                            if l[0] == "0":
                                l[0] = "9"
                            it["jumlah"] = int("".join(l))
                        else:
                            it["jumlah"] = correct + 100
                    else:  # wrongsum: computed with another volume or a round-off mistake
                        it["jumlah"] = correct + random.choice([-1, 1]) * it["price"] * random.choice([1, 2, 5])
                        if it["jumlah"] <= 0:
                            it["jumlah"] = correct + it["price"]
                    assert it["jumlah"] != correct or it["vol"] != it["vol_true"]
            out[sid] = items
    return out


# --------------------------------------------------------------------- writers
from writers import write_catalogues, write_L1, write_L2, write_L3, write_L4, write_L5, write_L6, write_L7


def normalize_zip(path):
    """fixed timestamps inside xlsx so the generator is byte-deterministic"""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, b in entries:
            if i.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-18T09:30:00Z", b)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    cat, ssh_rows, sbu_rows = build_catalogue()
    allsubs = make_lines(cat)
    subs = finalize(allsubs, None)
    write_catalogues(DATA, ssh_rows, sbu_rows)
    writers = dict(L1=write_L1, L2=write_L2, L3=write_L3, L4=write_L4, L5=write_L5, L6=write_L6, L7=write_L7)
    manifest, truth = [], {}
    for fid, fd in FILES.items():
        extra = writers[fid](DATA, fd, [(sid, SUBS[sid], subs[sid]) for sid in fd["subs"]])
        stem = os.path.splitext(fd["name"])[0]
        lab = {it["no"]: sorted(it["labels"]) for sid in fd["subs"] for it in subs[sid]}
        with open(os.path.join(DATA, stem + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"labels": lab}, f, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=fd["name"], catalogues=[SSH_FILE, SBU_FILE], labels=stem + ".labels.json",
                             opd=SUBS[fd["subs"][0]]["opd"], layout=fd["layout"]))
        tl = []
        for sid in fd["subs"]:
            sd = SUBS[sid]
            for it in subs[sid]:
                c = it["cat"]
                tl.append(dict(
                    no=it["no"], sub_kegiatan_code=sd["code"], sub_kegiatan_name=sd["name"],
                    account_code=ACC[it["acc"]][0], account_name=ACC[it["acc"]][1],
                    correct_account_code=ACC[it["acc_correct"]][0], correct_account_name=ACC[it["acc_correct"]][1],
                    item_name=it["name"], spec=it["spec"], unit=it["unit"], koefisien=koef_text(it["koef"]),
                    koef_parts=[n for n, _ in it["koef"]], volume=it["vol"], volume_correct=it["vol_true"],
                    price=it["price"], ppn_percent=it["ppn"], jumlah=it["jumlah"], jumlah_correct=it["jumlah_correct"],
                    arithmetic_error_kind=it["arith_kind"], kind=it["kind"],
                    catalogue_ref=(None if c is None else dict(
                        file=c["src"], sheet=c["sheet"], kode=c["kode"], uraian=c["name"], spesifikasi=c["spec"],
                        satuan=c["unit"], harga=c["price"], rka_unit=it["unit"],
                        factor=str(it["factor"]), ref_price_per_rka_unit=round(it["ref_unit_price"], 2))),
                    duplicate_of_item=(it["cat"]["variants"][0] if it["kind"] == "dup" else None),
                    labels=sorted(it["labels"]), **({"page_text_lines": extra.get(it["no"])} if extra and it["no"] in extra else {})))
        truth[fd["name"]] = tl
    for fn in os.listdir(DATA):
        if fn.endswith(".xlsx"):
            normalize_zip(os.path.join(DATA, fn))
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as f:
        json.dump(dict(conventions=dict(ppn_percent=PPN, overpriced_margin=OVER_MARGIN,
                                        catalogue_prices_exclude_ppn=True), files=truth),
                  f, indent=1, ensure_ascii=False)
    # summary
    from collections import Counter
    cnt = Counter(); nl = 0; clean = 0
    for fn, tl in truth.items():
        for l in tl:
            nl += 1
            clean += (not l["labels"])
            cnt.update(l["labels"])
    print("lines", nl, "clean", clean, f"{clean / nl:.0%}", dict(cnt))


if __name__ == "__main__":
    main()
