"""Build RKA lines with labels (deterministic)."""
import random, math
from catalog_data import ITEMS, ACCT, WRONG
from rka_specs import OPDS, SUBKEGS

BYKEY = {i["key"]: i for i in ITEMS}
from collections import Counter as _C
SHARED = _C(i["name"] for i in ITEMS)
GOODS_PREFIX = ("5.1.02.01", "5.2.")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
PPN_LAYOUTS = {"L1_xlsx_sipd_sheets", "L4_pdf_sipd", "L7_xlsx_flat_koefcols"}
UNIT_LONG = {"org": "Orang", "hr": "Hari", "kali": "Kali", "bh": "Buah", "unit": "Unit", "ltr": "Liter", "roll": "Roll", "stel": "Stel",
             "pak": "Pak", "lbr": "Lembar", "psg": "Pasang", "m2": "M2", "eks": "Eksemplar", "jam": "Jam", "lsn": "Lusin", "box": "Box",
             "btg": "Batang", "sachet": "Sachet", "sct": "Sachet", "sak": "Sak", "set": "Set", "jrg": "Jerigen", "angk": "Angkatan", "jp": "JP",
             "tbg": "Tabung", "pkt": "Paket", "dus": "Dus", "pos": "Pos", "bln": "Bulan", "ktk": "Kotak", "grup": "Grup", "kop": "Koperasi",
             "btl": "Botol", "ekor": "Ekor", "prd": "Produk", "kg": "Kg", "KK": "KK", "pch": "Pouch", "klg": "Kaleng", "klp": "Kelompok", "kit": "Kit", "cabor": "Cabor", "keg": "Kegiatan", "rim": "Rim", "radio": "Radio", "spot": "Spot", "galon": "Galon"}


def nice_down(x):
    step = 500 if x >= 20000 else (100 if x >= 2000 else 50)
    return int(x // step * step) if x >= 100 else int(x)


def nice_up(x):
    step = 5000 if x >= 1000000 else (500 if x >= 20000 else 100)
    return int(math.ceil(x / step) * step)


def rnd(x):  # round half up to rupiah
    return int(math.floor(x + 0.5))


def jumlah_of(vol, price, ppn):
    return rnd(vol * price * (100 + ppn) / 100)


def koef_vol(parts):
    v = 1
    for n, _ in parts:
        v *= n
    return v


def make_plan(plan_seed):
    pr = random.Random(plan_seed)
    plan = []
    for sk in SUBKEGS:
        while True:
            cnt = {"noprice": pr.randint(1, min(4, len(sk["noprice"]))), "offt": pr.randint(1, min(4, len(sk["offtarget"]))),
                   "dup": pr.randint(1, 4), "acct": pr.randint(1, 4), "over": pr.randint(1, 4), "arith": pr.randint(1, 5)}
            nprim = sk["n"] - cnt["noprice"] - cnt["offt"] - cnt["dup"]
            if nprim <= len(sk["needs"]) and nprim - cnt["over"] - cnt["acct"] >= cnt["dup"] + 2:
                break
        plan.append(cnt)
    return plan


def build_ok(files):
    from collections import Counter
    c = Counter(); n = 0; clean = 0
    for f in files.values():
        for s in f["subkegs"]:
            for l in s["lines"]:
                n += 1; c.update(l["labels"]); clean += not l["labels"]
    return all(c[t] >= 30 for t in TYPES) and 0.37 <= clean / n <= 0.45


def build_final(seed=20270105):
    for ps in range(1000):
        files = build(seed, make_plan(ps))
        if build_ok(files):
            return files, ps
    raise SystemExit("no plan satisfies the constraints")


def build(seed, plan):
    rng = random.Random(seed)
    files = {}
    for si, sk in enumerate(SUBKEGS):
        opd = OPDS[sk["opd"]]
        layout = opd["layout"]
        n = sk["n"]
        cnt = plan[si]
        assert not {k for k, *_ in sk["offtarget"]} & {k for k, *_ in sk["needs"]}, sk["code"]
        needs = list(sk["needs"])
        rng.shuffle(needs)
        nprim_need = n - cnt["noprice"] - cnt["offt"] - cnt["dup"]
        assert len(needs) >= nprim_need, (sk["code"], len(needs), nprim_need)
        use = needs[:nprim_need]
        kinds = ["over"] * cnt["over"] + ["acct"] * cnt["acct"]
        kinds += ["clean"] * (nprim_need - len(kinds))
        rng.shuffle(kinds)
        # ensure enough clean originals for dup
        lines = []
        for (key, parts, uidx), kind in zip(use, kinds):
            it = BYKEY[key]
            uidx = uidx if uidx < len(it["units"]) else 0
            lines.append(dict(src="need", key=key, parts=parts, uidx=uidx, kind=kind))
        clean_idx = [i for i, l in enumerate(lines) if l["kind"] == "clean"]
        dup_of = rng.sample(clean_idx, cnt["dup"])
        for i in dup_of:
            o = lines[i]
            lines.append(dict(src="need", key=o["key"], parts=o["parts"], uidx=o["uidx"], kind="dup", orig=i))
        nps = rng.sample(sk["noprice"], cnt["noprice"])
        for (nm, spec, unit, price, ac, parts) in nps:
            pos = rng.randrange(len(lines) + 1)
            lines.insert(pos, dict(src="noprice", name=nm, spec=spec, unit=unit, price=price, acctc=ac, parts=parts, kind="noprice"))
        ots = rng.sample(sk["offtarget"], cnt["offt"])
        for (key, parts) in ots:
            pos = rng.randrange(len(lines) + 1)
            lines.insert(pos, dict(src="need", key=key, parts=parts, uidx=0, kind="offt"))
        # fix dup order: a dup must come after its original -> move dups to end region after original
        origs = [l for l in lines if l["kind"] != "dup"]
        dups = [l for l in lines if l["kind"] == "dup"]
        # re-map dup orig to object
        need_lines_orig = [l for l in origs if l["src"] == "need" and l["kind"] != "offt"]
        # reconstruct: original objects list before inserts is `use` order; find by key
        for d in dups:
            d["orig_obj"] = next(l for l in origs if l["src"] == "need" and l["key"] == d["key"] and l["kind"] == "clean")
        seq = list(origs)
        for d in dups:
            oi = seq.index(d["orig_obj"])
            pos = rng.randrange(oi + 1, len(seq) + 1)
            seq.insert(pos, d)
        lines = seq
        # names, accounts, prices
        used_names = {}
        for l in lines:
            if l["src"] == "need":
                it = BYKEY[l["key"]]
                names = list(dict.fromkeys(it["aliases"] + [it["name"]]))
                if l["kind"] == "dup":
                    prev = l["orig_obj"]["name"]
                    cands = [x for x in names if x != prev] or [prev + " (lanjutan)"]
                    l["name"] = rng.choice(cands)
                else:
                    l["name"] = rng.choice(names)
                l["spec"] = it["spec"] if rng.random() < 0.75 else ""
                if l["name"] == it["name"] and SHARED[it["name"]] > 1:
                    l["spec"] = it["spec"]  # shared catalogue name: spec must disambiguate
                ulabel, factor = it["units"][l["uidx"]]
                l["unit"] = ulabel
                ref = it["price"] * factor
                l["ref_price"] = rnd(ref)
                l["cat_row"] = dict(key=it["key"], cat=it["cat"], name=it["name"], spec=it["spec"], unit=it["unit"], price=it["price"], factor=factor)
                true_ac = it["acct"]
                l["acctc"] = WRONG[true_ac] if l["kind"] == "acct" else true_ac
                l["true_acctc"] = true_ac
                if l["kind"] == "dup":
                    l["price"] = l["orig_obj"]["price"] if "price" in l["orig_obj"] else None
                if l.get("price") is None:
                    r = rng.random()
                    l["price"] = l["ref_price"] if r < 0.55 else nice_down(ref * rng.uniform(0.9, 1.0))
                    if l["price"] <= 0:
                        l["price"] = l["ref_price"]
            else:
                l["ref_price"] = None
                l["cat_row"] = None
                l["true_acctc"] = l["acctc"]
        # dup price must equal orig (orig price set earlier since orig precedes dup)
        for l in lines:
            if l["kind"] == "dup":
                l["price"] = l["orig_obj"]["price"]
        # overlays
        labels = {id(l): set() for l in lines}
        for l in lines:
            k = l["kind"]
            if k == "over": labels[id(l)].add("OVERPRICED")
            if k == "noprice": labels[id(l)].add("NO_PRICE_REFERENCE")
            if k == "offt": labels[id(l)].add("OFF_TARGET")
            if k == "dup": labels[id(l)].add("DUPLICATE")
            if k == "acct": labels[id(l)].add("ACCOUNT_MISMATCH")
        # extra OVERPRICED on one acct line in some subkeg
        if si % 3 == 0:
            a = [l for l in lines if l["kind"] == "acct"][0]
            labels[id(a)].add("OVERPRICED")
        for l in lines:
            if "OVERPRICED" in labels[id(l)]:
                l["price"] = nice_up(l["ref_price"] * rng.uniform(1.32, 1.85))
        # ARITHMETIC: 3 per subkeg: one on labelled (non-dup) line, one on over line, one on a clean line every other subkeg
        eligible = [l for l in lines if l["kind"] != "dup" and not any(d.get("orig_obj") is l for d in lines)]
        ar = rng.sample(eligible, cnt["arith"])
        ppn_layout = layout in PPN_LAYOUTS
        for l in lines:
            l["vol"] = koef_vol(l["parts"])
            if ppn_layout:
                ac = ACCT[l["acctc"]][0]
                goods = (l["src"] == "noprice" and ac.startswith(GOODS_PREFIX)) or (l["src"] == "need" and BYKEY[l["key"]]["cat"] == "SSH")
                l["ppn"] = 11 if goods else 0
            else:
                l["ppn"] = 0
            l["correct_vol"] = l["vol"]
            l["jumlah"] = jumlah_of(l["vol"], l["price"], l["ppn"])
            l["arith"] = None
        for j, l in enumerate(ar):
            labels[id(l)].add("ARITHMETIC")
            modes = ["jumlah", "vol"] + (["ppn"] if l["ppn"] else [])
            mode = modes[(si + j) % len(modes)]
            correct = jumlah_of(l["vol"], l["price"], l["ppn"])
            if mode == "jumlah":
                sub = rng.choice(["x10", "digit", "round"])
                if sub == "x10":
                    l["jumlah"] = correct * 10
                elif sub == "digit":
                    s = str(correct); p = rng.randrange(1, min(4, len(s)))
                    d = (int(s[p]) + rng.choice([1, 2, 3, 5])) % 10
                    l["jumlah"] = int(s[:p] + str(d) + s[p + 1:])
                    if l["jumlah"] == correct: l["jumlah"] = correct + 100000
                else:
                    l["jumlah"] = correct + rng.choice([1, 2, 3]) * 10 ** (len(str(correct)) - 2)
            elif mode == "vol":
                if len(l["parts"]) > 1:
                    l["vol"] = l["correct_vol"] + rng.choice([l["parts"][-1][0], l["parts"][0][0], 10])
                else:
                    l["vol"] = l["correct_vol"] * 2 if l["correct_vol"] < 10 else l["correct_vol"] + 5
                l["jumlah"] = jumlah_of(l["vol"], l["price"], l["ppn"])
            else:  # ppn omitted
                l["jumlah"] = jumlah_of(l["vol"], l["price"], 0)
            l["arith"] = mode
        for l in lines:
            l["labels"] = sorted(labels[id(l)], key=TYPES.index)
            l["correct_jumlah"] = jumlah_of(l["correct_vol"], l["price"], l["ppn"])
        # group by account code order (stable), as SIPD prints
        lines.sort(key=lambda l: ACCT[l["acctc"]][0])
        # dup must still be after original: same item -> same account unless orig is acct kind (never: orig is clean)
        for l in lines:
            if l["kind"] == "dup":
                assert lines.index(l["orig_obj"]) < lines.index(l)
        fk = opd["file"]
        files.setdefault(fk, dict(opd=opd, subkegs=[]))["subkegs"].append(dict(sk=sk, lines=lines))
    # numbering
    for fk, f in files.items():
        no = 0
        for ski, s in enumerate(f["subkegs"]):
            for j, l in enumerate(s["lines"], 1):
                no += 1
                l["no"] = f"{ski + 1}.{j}" if f["opd"]["layout"] == "L3_xlsx_jt_inline" else str(no)
        for s in f["subkegs"]:
            for l in s["lines"]:
                if l["kind"] == "dup":
                    l["dup_of_no"] = l["orig_obj"]["no"]
    return files


def koef_str(parts, style):
    if style == "short":
        return " x ".join(f"{n:,}".replace(",", ".") + f" {u}" for n, u in parts)
    return " x ".join(f"{n:,}".replace(",", ".") + f" {UNIT_LONG.get(u, u)}" for n, u in parts)


def idr(n):
    neg = n < 0
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s


def fmt_vol(v):
    if float(v).is_integer():
        return idr(int(v))
    return f"{v:.2f}".replace(".", ",")


def jt(p):
    """price as '1,25 jt' / '45 rb' / 'Rp 2.350' text."""
    if p >= 1000000 and p % 10000 == 0:
        v = p / 1000000
        s = f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} jt"
    if p >= 1000 and p % 1000 == 0:
        return f"{p // 1000} rb"
    return "Rp " + idr(p)
