#!/usr/bin/env python3
"""Generate the blind RKA review set review36 (deterministic)."""
import csv, json, math, os, random, io
from fractions import Fraction
from catalog_data import SSH_GROUPS, SBU_GROUPS, ACCOUNTS, FAMILY, WRONG
from subkeg_data import SUBKEGS

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SEED = 3620271
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
OVER_TOL = 0.05  # OVERPRICED if effective unit price > catalogue * 1.05

FILES = {
 "A": dict(name="RKA_DKP_2027.xlsx", layout="xlsx_merged_ppn_hidden", ppn=True, koef=True),
 "B": dict(name="RKA_Dispusip_2027.xlsx", layout="xlsx_sheet_per_subkeg_textprice", ppn=False, koef=True),
 "C": dict(name="rka_diskopukm_2027_export.csv", layout="csv_sipd_export", ppn=False, koef=True),
 "D": dict(name="RKA_Inspektorat_2027_SIPD.pdf", layout="pdf_sipd_born_digital", ppn=True, koef=True),
 "E": dict(name="RKA_BPBD_2027_scan.pdf", layout="pdf_scan_image_only", ppn=False, koef=True),
 "F": dict(name="RKA_Disdukcapil_2027.docx", layout="docx_table", ppn=False, koef=True),
 "G": dict(name="RKA_Kel_LoaBakung_2027.pdf", layout="pdf_no_ruling_vol_unit_cell", ppn=False, koef=False),
}
SSH_FILE = "SSH_Kota_Samarinda_2027.xlsx"
SBU_FILE = "SBU_Kota_Samarinda_2027.pdf"


def fmt_id(n):
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def build_catalogue():
    cat = {}
    rows_ssh, rows_sbu = [], []
    for gi, (title, rows) in enumerate(SSH_GROUPS, 1):
        for ri, (k, nama, spek, sat, harga, acct) in enumerate(rows, 1):
            code = f"1.1.7.01.{gi:02d}.{ri:03d}"
            cat[k] = dict(key=k, code=code, nama=nama, spek=spek, satuan=sat, harga=harga, acct=acct, file=SSH_FILE, group=title)
            rows_ssh.append(cat[k])
    for gi, (title, rows) in enumerate(SBU_GROUPS, 1):
        for ri, (k, nama, spek, sat, harga, acct) in enumerate(rows, 1):
            code = f"SBU.{gi:02d}.{ri:03d}"
            cat[k] = dict(key=k, code=code, nama=nama, spek=spek, satuan=sat, harga=harga, acct=acct, file=SBU_FILE, group=title)
            rows_sbu.append(cat[k])
    return cat, rows_ssh, rows_sbu


GOODS_FAM = {"OFFICE", "BAHAN", "BBM", "SERAH", "PAKAIAN", "MODAL"}

KOEF_UNITS = {
 "OJ": ("Org", "Jam"), "OB": ("Org", "Bln"), "OH": ("Org", "Hr"), "OK": ("Org", "Kali"),
 "Orang/Kali": ("Org", "Kali"), "Orang/Kegiatan": ("Org", "Keg"), "Orang/Acara": ("Org", "Acara"),
 "Orang/Paket": ("Org", "Paket"), "Orang/Hari": ("Org", "Hr"), "Unit/Hari": ("Unit", "Hr"),
 "Buah/Hari": ("Buah", "Hr"), "Paket/Hari": ("Paket", "Hr"), "M2/Bulan": ("M2", "Bln"),
}

ABBR = [("Kertas ", "Krts "), ("Honorarium ", "Honor "), ("Perjalanan Dinas ", "Perjadin "), ("Kudapan/Snack Rapat", "Snack Rapat"),
        ("Uang Harian ", "Uang harian "), ("Laptop/Notebook", "Notebook"), ("Flashdisk", "Flash Disk"), ("Tinta Printer Ink Tank", "Tinta printer"),
        ("Cetak ", "Ctk. "), ("Sewa ", "Sewa "), ("Penggandaan/Fotokopi", "Fotocopy"), ("Kalimantan Timur", "Kaltim"), ("Pelampung (Life Jacket)", "Life jacket"),
        ("Jasa Tenaga Bongkar Muat", "Upah buruh bongkar muat"), ("Handy Talky (HT)", "HT"), ("Sarung Tangan", "Sarung tgn")]
DUP_PREFIX = ["Pengadaan ", "Penyediaan ", "Belanja ", "Kebutuhan "]


def vary_name(rng, nama, p=0.35):
    s = nama
    if rng.random() < p:
        for a, b in ABBR:
            if a in s:
                s = s.replace(a, b)
                break
    if rng.random() < 0.15:
        s = s.upper()
    return s


def qty_for(rng, price):
    if price >= 5_000_000: return rng.randint(1, 3)
    if price >= 500_000: return rng.randint(1, 8)
    if price >= 50_000: return rng.randint(2, 30)
    if price >= 5_000: return rng.choice([10, 12, 20, 24, 25, 30, 40, 50, 60, 80, 100, 120])
    return rng.choice([200, 250, 400, 500, 1000, 1500, 2000, 5000])


def make_koef(rng, unit, price, rka_unit):
    if unit in KOEF_UNITS and rka_unit == unit:
        a, b = KOEF_UNITS[unit]
        if b == "Keg":
            return [(rng.randint(1, 6), a), (1, b)]
        n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 25, 30, 40, 50])
        if price >= 1_000_000: n = rng.randint(1, 4)
        m = rng.choice([1, 2, 3, 4, 6, 8, 10, 12])
        if b == "Bln": m = rng.choice([6, 10, 12])
        if b == "Jam": m = rng.choice([2, 3, 4])
        return [(n, a), (m, b)]
    q = qty_for(rng, price)
    if rng.random() < 0.2 and q >= 4 and q % 2 == 0:
        return [(q // 2, rka_unit), (2, "Keg")]
    return [(q, rka_unit)]


def unit_price(cat_item, factor):
    return Fraction(cat_item["harga"]) * Fraction(factor).limit_denominator(1000)


def floor100(x):
    return int(math.floor(float(x) / 100.0)) * 100


def ceil100(x):
    return int(math.ceil(float(x) / 100.0)) * 100


def build_lines(cat):
    rng = random.Random(SEED)
    all_lines = []
    for sk in SUBKEGS:
        F = FILES[sk["file"]]
        lines = []
        on = list(sk["on"])
        rng.shuffle(on)
        non = min(len(on), rng.randint(12, 14))
        chosen = on[:non]

        def add_cat(entry, kind):
            if isinstance(entry, tuple):
                k, ru, fac = entry
            else:
                k, ru, fac = entry, None, 1
            ci = cat[k]
            ru = ru or ci["satuan"]
            price_ref = unit_price(ci, fac)
            ln = dict(kind=kind, cat=k, rka_unit=ru, factor=float(Fraction(fac).limit_denominator(1000)),
                      nama=ci["nama"], spek=ci["spek"], acct_ok=ci["acct"], ref_price=price_ref, labels=[])
            ln["koef"] = make_koef(rng, ci["satuan"], float(price_ref), ru)
            if len(ln["koef"]) == 2 and any(r in ci["nama"] for r in ("Ketua", "Sekretaris", "Pengarah", "Penanggung Jawab", "Moderator", "Pembawa Acara")):
                ln["koef"] = [(1 if ln["koef"][0][0] % 2 else 2, ln["koef"][0][1]), ln["koef"][1]]
            lines.append(ln)
            return ln

        for e in chosen:
            add_cat(e, "on")
        n_npr = rng.choice([2, 3]) if len(sk["npr"]) >= 3 else 2
        for (nm, sp, un, pr, ac) in rng.sample(sk["npr"], n_npr):
            ln = dict(kind="npr", cat=None, rka_unit=un, factor=1, nama=nm, spek=sp, acct_ok=ac, ref_price=None,
                      labels=["NO_PRICE_REFERENCE"], npr_price=pr)
            ln["koef"] = make_koef(rng, un, pr, un)
            lines.append(ln)
        n_off = rng.choice([2, 3])
        for k in rng.sample(sk["off"], n_off):
            ln = add_cat(k, "off")
            ln["labels"].append("OFF_TARGET")
        # off-target + no reference (item outside any catalogue AND outside purpose) once per two subkegs
        if rng.random() < 0.5:
            nm, sp, un, pr, ac = rng.choice([("Hampers Natal/Lebaran Pimpinan", "Premium", "Paket", 750000, "BAHAN"),
                                             ("Sewa Kostum Badut Maskot", "Per hari", "Unit/Hari", 650000, "SEWA_ALAT"),
                                             ("Piala Turnamen Domino", "Tinggi 60 cm", "Buah", 450000, "BAHAN"),
                                             ("Pakan Burung Kicau", "Kemasan 1 kg", "Kg", 48000, "BAHAN")])
            ln = dict(kind="npr_off", cat=None, rka_unit=un, factor=1, nama=nm, spek=sp, acct_ok=ac, ref_price=None,
                      labels=["NO_PRICE_REFERENCE", "OFF_TARGET"], npr_price=pr)
            ln["koef"] = make_koef(rng, un, pr, un)
            lines.append(ln)
        # duplicates of on-target lines
        ons = [l for l in lines if l["kind"] == "on"]
        n_dup = rng.choice([2, 3])
        origins = rng.sample(ons, n_dup)
        for o in origins:
            d = dict(o)
            d["kind"] = "dup"
            d["labels"] = ["DUPLICATE"]
            d["dup_of_obj"] = o
            o["is_origin"] = True
            pre = rng.choice(DUP_PREFIX)
            d["nama"] = pre + o["nama"][0].lower() + o["nama"][1:]
            d["name_variant_forced"] = True
            if rng.random() < 0.5:
                d["koef"] = list(o["koef"])
            else:
                q = o["koef"][0][0]
                d["koef"] = [(max(1, q // 2 if q > 1 else 1), o["koef"][0][1])] + list(o["koef"][1:])
            lines.append(d)
        for l in lines:
            l["sk"] = sk["id"]
            l["file"] = sk["file"]
            fam = FAMILY[l["acct_ok"]]
            l["ppn"] = 11 if (F["ppn"] and fam in GOODS_FAM) else 0
        all_lines.extend(lines)

    # --- assign OVERPRICED / ARITHMETIC / ACCOUNT_MISMATCH ---
    def pick(cands, n, tag):
        chosen = []
        cands = list(cands)
        rng.shuffle(cands)
        unl = [c for c in cands if not c["labels"]]
        lab = [c for c in cands if c["labels"]]
        while len(chosen) < n and (unl or lab):
            src = unl if (unl and (rng.random() < 0.62 or not lab)) else lab
            c = src.pop()
            c["labels"].append(tag)
            chosen.append(c)
        return chosen
    pick([l for l in all_lines if l["cat"] and l["kind"] != "dup"], 34, "OVERPRICED")
    pick([l for l in all_lines if not l.get("is_origin") and l["kind"] != "dup" and "OVERPRICED" not in l["labels"]], 33, "ACCOUNT_MISMATCH")
    pick([l for l in all_lines], 34, "ARITHMETIC")

    # --- prices, accounts, volumes, jumlah ---
    for l in all_lines:
        F = FILES[l["file"]]
        mult = Fraction(100 + l["ppn"], 100)
        if l["cat"]:
            ref = l["ref_price"]
            if True:
                if "OVERPRICED" in l["labels"]:
                    if l["ppn"] and rng.random() < 0.3 and ref >= 1000:
                        h = int(ref) // 100 * 100 if int(ref) % 100 == 0 else ceil100(ref)
                        l["harga"] = h  # catalogue price entered pre-PPN, then PPN added -> 11% above
                    else:
                        u = rng.uniform(1.15, 1.6)
                        l["harga"] = max(100, ceil100(ref * Fraction(u).limit_denominator(1000) / mult))
                        if l["file"] == "B" and l["harga"] >= 1_000_000:
                            l["harga"] = int(math.ceil(l["harga"] / 100_000)) * 100_000
                else:
                    u = 1.0 if rng.random() < 0.35 else rng.uniform(0.86, 1.0)
                    h = floor100(ref * Fraction(u).limit_denominator(1000) / mult)
                    if l["file"] == "B" and h >= 1_100_000:
                        h = h // 100_000 * 100_000
                    if h <= 0:
                        h = int(ref / mult)
                    l["harga"] = h
        else:
            l["harga"] = ceil100(l["npr_price"] * rng.uniform(0.9, 1.1))
        # account
        if "ACCOUNT_MISMATCH" in l["labels"]:
            l["acct"] = rng.choice(WRONG[FAMILY[l["acct_ok"]]])
        else:
            l["acct"] = l["acct_ok"]
    # duplicates: fill harga from origin (origins processed before dups? ensure)
    for l in all_lines:
        if l["kind"] == "dup" and "OVERPRICED" not in l["dup_of_obj"]["labels"]:
            l["harga"] = l["dup_of_obj"]["harga"]
    for l in all_lines:
        F = FILES[l["file"]]
        mult = Fraction(100 + l["ppn"], 100)
        true_vol = 1
        for q, _ in l["koef"]:
            true_vol *= q
        l["volume_true"] = true_vol
        l["volume"] = true_vol
        l["jumlah_correct"] = int(Fraction(true_vol) * l["harga"] * mult)
        l["jumlah"] = l["jumlah_correct"]
        if "ARITHMETIC" in l["labels"]:
            mode = "vol" if (F["koef"] and len(l["koef"]) >= 2 and rng.random() < 0.6) else "jml"
            if mode == "vol":
                l["volume"] = true_vol + rng.choice([-2, -1, 1, 2, 3, true_vol]) if true_vol > 2 else true_vol + rng.choice([1, 2, 3])
                l["jumlah"] = int(Fraction(l["volume"]) * l["harga"] * mult)
                l["arith_mode"] = "volume_vs_koefisien"
            else:
                j = l["jumlah_correct"]
                opt = rng.choice(["pct", "digit", "vol1", "noppn"] if l["ppn"] else ["pct", "digit", "vol1"])
                if opt == "pct":
                    nj = int(round(j * rng.choice([1.1, 1.25, 0.9, 1.5, 2.0]), -2))
                elif opt == "digit":
                    s = str(j)
                    i = rng.randrange(0, max(1, len(s) - 3))
                    d = (int(s[i]) + rng.choice([1, 2, 3])) % 10
                    if i == 0 and d == 0: d = 1
                    nj = int(s[:i] + str(d) + s[i + 1:])
                elif opt == "vol1":
                    nj = int(Fraction(true_vol + rng.choice([1, 2, 5])) * l["harga"] * mult)
                else:
                    nj = int(Fraction(true_vol) * l["harga"] * Fraction(111, 100) * Fraction(111, 100))  # PPN counted twice
                if abs(nj - j) < max(1000, j * 0.005):
                    nj = j + max(1000, int(j * 0.1)) // 100 * 100
                l["jumlah"] = nj
                l["arith_mode"] = "jumlah_" + opt
    return all_lines


def finalize(all_lines, cat):
    rng = random.Random(SEED + 1)
    # sort within sub-kegiatan by account code (stable), number per file
    by_file = {}
    for sk in SUBKEGS:
        ls = [l for l in all_lines if l["sk"] == sk["id"]]
        ls.sort(key=lambda l: ACCOUNTS[l["acct"]][0])
        by_file.setdefault(sk["file"], []).append((sk, ls))
    for f, groups in by_file.items():
        n = 0
        for gi, (sk, ls) in enumerate(groups, 1):
            for li, l in enumerate(ls, 1):
                n += 1
                if f == "B":
                    l["no"] = f"{gi}.{li}"
                elif f == "E":
                    l["no"] = str(n)
                elif f == "F":
                    l["no"] = f"{gi}.{li}"
                else:
                    l["no"] = str(n)
                if l.get("name_variant_forced"):
                    l["uraian"] = l["nama"]
                else:
                    l["uraian"] = vary_name(rng, l["nama"])
    for l in all_lines:
        if l["kind"] == "dup":
            o = l["dup_of_obj"]
            l["dup_of"] = o["no"]
    return by_file


def koef_str(koef, style="x"):
    return " x ".join(f"{q} {u}" for q, u in koef)


def price_text_jt(p):
    if p >= 1_000_000 and p % 100_000 == 0:
        v = p / 1_000_000
        s = (f"{v:.1f}" if abs(v * 10 - round(v * 10)) < 1e-9 and v != int(v) else f"{int(v)}")
        return s.replace(".", ",") + " jt"
    return "Rp " + fmt_id(p)


# ---------------- writers ----------------
from writers import write_all  # noqa: E402


def main():
    os.makedirs(DATA, exist_ok=True)
    cat, rows_ssh, rows_sbu = build_catalogue()
    lines = build_lines(cat)
    by_file = finalize(lines, cat)
    printed = write_all(DATA, HERE, by_file, rows_ssh, rows_sbu, FILES, SSH_FILE, SBU_FILE, cat)
    manifest, truth = [], []
    for f, groups in sorted(by_file.items()):
        F = FILES[f]
        stem = os.path.splitext(F["name"])[0]
        labels = {}
        for sk, ls in groups:
            for l in ls:
                labels[l["no"]] = sorted(set(l["labels"]))
                ci = cat.get(l["cat"]) if l["cat"] else None
                pr = printed[(f, l["no"])]
                truth.append(dict(
                    file=F["name"], no=l["no"], opd=sk["opd"], sub_kegiatan_code=sk["code"], sub_kegiatan_name=sk["name"],
                    account_code=ACCOUNTS[l["acct"]][0], account_name=ACCOUNTS[l["acct"]][1],
                    correct_account_code=ACCOUNTS[l["acct_ok"]][0], correct_account_name=ACCOUNTS[l["acct_ok"]][1],
                    item_name=l["nama"], uraian_printed=pr["uraian"], spec=l["spek"], unit=l["rka_unit"],
                    koefisien=[[q, u] for q, u in l["koef"]], volume_printed=l["volume"], volume_from_koefisien=l["volume_true"],
                    harga_satuan=l["harga"], ppn_pct=l["ppn"], jumlah_printed=l["jumlah"], jumlah_correct=l["jumlah_correct"],
                    catalogue_file=ci["file"] if ci else None, catalogue_code=ci["code"] if ci else None,
                    catalogue_item=(ci["nama"] + " - " + ci["spek"]) if ci else None, catalogue_unit=ci["satuan"] if ci else None,
                    catalogue_price=ci["harga"] if ci else None, units_of_catalogue_per_rka_unit=l["factor"] if ci else None,
                    catalogue_price_per_rka_unit=float(l["ref_price"]) if ci else None,
                    effective_unit_price_incl_ppn=float(Fraction(l["harga"]) * Fraction(100 + l["ppn"], 100)),
                    kind=l["kind"], duplicate_of=l.get("dup_of"), arithmetic_mode=l.get("arith_mode"),
                    printed=pr, labels=sorted(set(l["labels"]))))
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=F["name"], catalogues=[SSH_FILE, SBU_FILE], labels=stem + ".labels.json",
                             opd=groups[0][0]["opd"], layout=F["layout"]))
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(x for t in truth for x in t["labels"])
    print("lines", len(truth), "clean", sum(1 for t in truth if not t["labels"]), dict(c))


if __name__ == "__main__":
    main()
