#!/usr/bin/env python3
"""Deterministic generator for the blind RKA review set review38 (written blind, 2026-12-07)."""
import sys, os, json, random, math, csv, io, datetime
sys.dont_write_bytecode = True
from fractions import Fraction
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog_data as CD
import subkeg_data as SD

DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
R = random.Random(20270107)
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)

def idr(n):
    neg = n < 0; n = abs(int(n))
    s = f"{n:,}".replace(",", ".")
    return ("-" if neg else "") + s

SSH = CD.parse(CD.SSH, "SSH")
SBU = CD.parse(CD.SBU, "SBU")
for r in SSH:
    # price of the previous year column: about half of the rows rose ~15 %, others ~4 %
    up = 1.15 if (sum(map(ord, r["kode"] + r["name"])) % 2 == 0) else 1.04
    r["price_prev"] = int(round(r["price"] / up / 100.0) * 100) or r["price"]
SSH_FILE = "ssh_kota_samarinda_2027.xlsx"
SBU_FILE = "sbu_kota_samarinda_2027.pdf"
ALLCAT = SSH + SBU

def find(key):
    n, frag = key.split("|")
    c = [r for r in ALLCAT if r["name"].lower() == n.lower() and frag.lower() in r["spec"].lower()]
    if not c:
        c = [r for r in ALLCAT if r["name"].lower().startswith(n.lower()) and frag.lower() in r["spec"].lower()]
    if len(c) > 1:
        c2 = [r for r in c if r["spec"].lower() == frag.lower()] or [r for r in c if r["spec"].lower().startswith(frag.lower())]
        if c2: c = c2
    assert len(c) == 1, (key, [(x["name"], x["spec"]) for x in c])
    return c[0]

SYN = {
 "Bolpoin": ["Pulpen", "Ballpoint", "Bolpen"], "Kertas HVS": ["HVS", "Kertas HVS", "Kertas"],
 "Spidol permanen": ["Spidol marker permanen", "Spidol permanent"], "Map snelhecter kertas": ["Map Snelhecter", "Snelhecter kertas"],
 "Map snelhecter plastik": ["Map snelhecter plastik", "Stopmap plastik snelhecter"], "Ordner": ["Odner", "Ordner/Binder"],
 "Box file": ["Boks file", "Box File plastik"], "Tinta printer": ["Tinta printer refill", "Tinta botol printer"],
 "Isi staples": ["Refill staples", "Isi Stapler"], "Binder clip": ["Klip binder", "Binder klip"],
 "Buku folio (register)": ["Buku register", "Buku folio"], "Lakban bening": ["Lakban transparan", "Isolasi bening besar"],
 "Label nama": ["Label stiker", "Label undangan"], "Flashdisk": ["Flash disk", "USB flashdisk"], "Baterai": ["Batu baterai", "Batere"],
 "Stabilo (highlighter)": ["Stabilo", "Highlighter"], "Amplop putih": ["Amplop kecil putih", "Amplop putih"],
 "Cairan koreksi": ["Tip-ex cair", "Cairan koreksi"], "Buku tulis": ["Buku tulis", "Buku tulis bergaris"],
 "Cairan pembersih lantai": ["Pembersih lantai", "Cairan pel lantai"], "Desinfektan": ["Cairan desinfektan", "Disinfektan"],
 "Kantong sampah": ["Kantong plastik sampah", "Trash bag"], "Sabun cuci tangan cair": ["Hand soap", "Sabun cair cuci tangan"],
 "Tisu gulung": ["Tissue roll", "Tisu toilet"], "Tisu wajah": ["Tissue wajah", "Tisu kotak"],
 "Pembersih porselen": ["Pembersih kloset/porselen", "Pembersih keramik kamar mandi"], "Alat pel lantai": ["Pel lantai", "Alat pel"],
 "Refill kain pel": ["Kain pel refill", "Isi ulang kain pel"], "Sapu ijuk": ["Sapu lantai ijuk", "Sapu ijuk"], "Ember plastik": ["Ember", "Ember plastik"],
 "Sarung tangan karet": ["Sarung tangan", "Sarung tangan karet"], "Gas LPG": ["LPG", "Isi ulang gas elpiji"], "Gelas kaca": ["Gelas minum", "Gelas kaca"],
 "Keset kaki": ["Keset", "Keset kaki"], "Lampu LED bulb": ["Bola lampu LED", "Lampu LED"],
 "Jasa tenaga kebersihan": ["Cleaning service", "Jasa petugas kebersihan"], "Jasa tenaga keamanan": ["Jasa satpam", "Tenaga keamanan (security)"],
 "Servis AC split": ["Service AC", "Pemeliharaan/cuci AC"], "Pengharum ruangan": ["Pewangi ruangan", "Pengharum ruangan spray"],
 "Kain lap": ["Lap microfiber", "Kain lap"], "Bensin": ["BBM", "Bahan bakar"], "Solar": ["BBM solar", "Solar"],
 "Oli mesin": ["Oli", "Pelumas mesin"], "Ban luar mobil": ["Ban mobil", "Ban luar"], "Aki mobil": ["Accu mobil", "Aki kering"],
 "Filter oli": ["Saringan oli", "Filter oli"], "Filter udara": ["Saringan udara", "Filter udara"], "Filter solar": ["Saringan solar", "Filter solar"],
 "Kampas rem": ["Kanvas rem", "Kampas rem"], "Wiper blade mobil": ["Karet wiper", "Wiper"], "Busi": ["Busi", "Busi mobil"],
 "Minyak rem": ["Minyak rem", "Brake fluid"], "Air radiator (coolant)": ["Air radiator", "Coolant radiator"], "Lampu utama mobil": ["Bohlam lampu depan", "Lampu utama"],
 "Servis berkala kendaraan roda 4": ["Servis berkala mobil dinas", "Jasa servis kendaraan roda 4"], "Cuci kendaraan roda 4": ["Cuci mobil dinas", "Cuci kendaraan"],
 "Nasi kotak": ["Makan (nasi kotak)", "Makan rapat", "Nasi kotak"], "Kudapan (snack) kotak": ["Snack rapat", "Kue kotak", "Snack"],
 "Uang harian perjalanan dinas": ["Uang harian", "Uang harian perjadin"], "Biaya penginapan DKI Jakarta": ["Penginapan Jakarta", "Hotel Jakarta"],
 "Biaya penginapan Jawa Timur": ["Penginapan Surabaya", "Hotel Jatim"], "Tiket pesawat ekonomi PP": ["Tiket pesawat PP", "Tiket pswt"],
 "Transportasi darat PP": ["Transport darat PP", "Transport lokal PP"], "Taksi bandara": ["Taksi", "Transport bandara"],
 "Fotokopi": ["Penggandaan/fotokopi", "Fotocopy"], "Penjilidan": ["Jilid", "Penjilidan"],
 "Honorarium Narasumber": ["Honor narasumber", "Honorarium narsum"], "Honorarium Pembawa Acara": ["Honor MC", "Honor pembawa acara"],
 "Honorarium Panitia": ["Honor panitia", "Honorarium panitia pelaksana"], "Honorarium Wasit/Juri": ["Honor wasit", "Honorarium wasit/juri"],
 "Honorarium Pelatih": ["Honor pelatih", "Honorarium pelatih cabor"], "Honorarium Tim Pelaksana Kegiatan": ["Honor tim pelaksana", "Honorarium tim"],
 "Bola sepak": ["Bola kaki", "Bola sepak"], "Bola voli": ["Bola volley", "Bola voli"], "Shuttlecock": ["Kok bulu tangkis", "Shuttlecock"],
 "Cone marker": ["Kerucut marka latihan", "Cone"], "Tangga kelincahan (agility ladder)": ["Agility ladder", "Tangga kelincahan"],
 "Rompi latihan (bib)": ["Rompi latihan", "Bib/rompi pembeda"], "Matras laga (puzzle)": ["Matras puzzle", "Matras laga"],
 "Konsumsi atlet pemusatan latihan": ["Makan + extra fooding atlet", "Konsumsi atlet puslatda"], "Sewa GOR/lapangan indoor": ["Sewa GOR", "Sewa lapangan indoor"],
 "Air mineral": ["Air mineral", "Air minum kemasan", "Aqua"], "Kaos olahraga": ["Kaos olahraga", "Kaos dry-fit"],
 "Baju training": ["Training suit", "Baju training"], "Sepatu olahraga": ["Sepatu olahraga", "Sepatu running"],
 "Piala": ["Piala", "Tropi"], "Medali": ["Medali", "Medali juara"], "Bola futsal": ["Bola futsal"], "Net voli": ["Net volley", "Net voli"],
 "Spanduk": ["Spanduk", "Banner spanduk"], "Backdrop": ["Backdrop", "Back drop panggung"], "Sertifikat/piagam (cetak)": ["Piagam penghargaan", "Sertifikat"],
 "Kartu identitas (ID card)": ["ID card peserta", "Kartu peserta"], "Sewa tenda": ["Sewa tenda", "Tenda sewa"], "Sewa kursi": ["Sewa kursi", "Kursi sewa"],
 "Sewa sound system": ["Sewa sound system", "Sound system sewa"], "Kudapan kegiatan lapangan": ["Snack lapangan", "Kudapan"], "Nasi bungkus": ["Nasi bungkus", "Makan lapangan"],
 "Papan skor manual": ["Papan skor", "Scoreboard manual"], "Jasa tenaga kesehatan kegiatan": ["Tim medis", "Petugas kesehatan siaga"],
 "Jasa dokumentasi kegiatan": ["Dokumentasi", "Jasa foto & video"], "Sewa genset": ["Sewa genset", "Genset sewa"],
 "Map cetak logo (folder)": ["Map logo", "Map cetak"], "Undangan (cetak)": ["Cetak undangan", "Undangan"],
 "Sewa kendaraan roda 4": ["Sewa mobil", "Rental mobil"], "Sewa mobil pick up": ["Sewa pick up", "Angkutan pick up"],
 "Makan prasmanan": ["Prasmanan", "Makan prasmanan"], "Jamuan makan tamu": ["Jamuan makan tamu", "Makan tamu"],
 "Jamuan kudapan tamu": ["Snack tamu", "Kudapan tamu"], "Amplop coklat": ["Amplop coklat besar", "Amplop folio coklat"],
 "Plakat": ["Plakat", "Cenderamata plakat"], "Buku panduan/juknis (cetak)": ["Buku panduan sidang", "Cetak buku agenda sidang"],
 "Banner roll up": ["Roll up banner", "Banner roll up"], "Sapu lidi": ["Sapu lidi", "Sapu lidi tangkai"], "Pengki (serokan sampah)": ["Pengki", "Serokan sampah"],
 "Sepatu boot karet": ["Sepatu boot", "Sepatu bot karet"], "Rompi kerja lapangan": ["Rompi", "Rompi kerja"], "Topi lapangan": ["Topi", "Topi lapangan"],
 "Tempat sampah": ["Tong sampah", "Tempat sampah"], "Jas hujan": ["Jas hujan", "Mantel hujan"],
 "Beras": ["Beras", "Beras kemasan"], "Minyak goreng": ["Minyak goreng", "Migor"], "Gula pasir": ["Gula pasir", "Gula"],
 "Telur ayam ras": ["Telur ayam", "Telur"], "Susu bubuk tinggi kalsium": ["Susu bubuk lansia", "Susu kalsium"], "Susu kental manis": ["Susu kental manis", "SKM"],
 "Sarden kaleng": ["Sarden", "Ikan kaleng sarden"], "Teh celup": ["Teh celup", "Teh"], "Selimut": ["Selimut", "Selimut polar"],
 "Terpal": ["Terpal", "Tenda terpal"], "Tikar plastik": ["Tikar", "Tikar lipat"], "Kasur lipat": ["Kasur lipat", "Matras tidur lipat"],
 "Hygiene kit": ["Hygiene kit", "Paket kebersihan diri"], "Kitchen set keluarga": ["Kitchen set", "Paket alat dapur"], "Sarung": ["Sarung", "Kain sarung"],
 "Mi instan": ["Mie instan", "Mi instan"], "Senter LED": ["Senter", "Senter LED"],
 "Semen portland": ["Semen", "Semen PC"], "Pasir pasang": ["Pasir pasang", "Pasir"], "Pasir cor": ["Pasir cor", "Pasir beton"],
 "Batu split": ["Batu split", "Koral split"], "Bata merah": ["Batu bata", "Bata merah"], "Batako": ["Batako", "Batako press"],
 "Besi beton polos": ["Besi beton", "Besi polos"], "Kayu ulin": ["Kayu ulin", "Balok ulin"], "Kayu meranti": ["Papan meranti", "Kayu meranti"],
 "Seng gelombang": ["Seng", "Atap seng"], "Atap spandek": ["Spandek", "Atap spandek"], "Paku": ["Paku", "Paku campur"],
 "Cat tembok": ["Cat tembok", "Cat dinding"], "Keramik lantai": ["Keramik", "Keramik lantai"], "Pintu panel kayu": ["Pintu panel", "Daun pintu"],
 "Kloset jongkok": ["Kloset jongkok", "WC jongkok"], "Pipa PVC": ["Pipa PVC", "Pipa paralon"], "Triplek": ["Triplek", "Multiplek"],
 "Jasa tukang bangunan": ["Upah tukang", "Upah"],
 "Kabel UTP": ["Kabel LAN UTP", "Kabel UTP"], "Konektor RJ45": ["Konektor RJ-45", "RJ45"], "Harddisk eksternal": ["HDD eksternal", "Hardisk eksternal"],
 "Mouse wireless": ["Mouse wireless", "Mouse tanpa kabel"], "Kamera digital": ["Kamera mirrorless", "Kamera digital"], "Memory card": ["MicroSD", "Memory card"],
 "Baliho": ["Baliho", "Cetak baliho"], "Sewa layar LED (videotron)": ["Sewa videotron", "Sewa LED screen"], "Sewa gedung pertemuan": ["Sewa gedung", "Sewa aula"],
 "Stop kontak (terminal)": ["Terminal listrik", "Colokan/terminal 4 lubang"], "Kabel roll": ["Kabel roll", "Gulungan kabel roll"],
}

def rka_name(cat, style):
    alts = SYN.get(cat["name"], [cat["name"]])
    return alts[style % len(alts)]

def rka_spec(spec, style):
    s = spec if spec != "-" else ""
    if style % 3 == 1:
        s = s.replace(" gram", " gr").replace("ukuran ", "").replace(", ", " ")
    elif style % 3 == 2:
        s = s.replace(" gram", "gsm").replace(" liter", " ltr").replace("kapasitas ", "kap. ")
    return s

UNIT_ALT = {"Buah": ["Buah", "Bh", "bh", "Pcs"], "Lembar": ["Lembar", "Lbr"], "OH": ["OH", "Orang/Hari", "OH"],
            "OJ": ["OJ", "Orang/Jam"], "OB": ["OB", "Orang/Bulan"], "OK": ["OK", "Orang/Kegiatan"], "Orang/PP": ["Orang/PP", "Org/PP"],
            "Kotak": ["Kotak", "Kotak", "Box"], "Unit": ["Unit", "unit"], "Paket": ["Paket", "Pkt"]}
def rka_unit(u, style):
    a = UNIT_ALT.get(u, [u]); return a[style % len(a)]

CONV = {"Rim": ("Box isi 5 rim", 5), "Pouch": ("Dus isi 12 pouch", 12), "Jerigen": ("Liter", Fraction(1, 5)),
        "Botol": ("Dus isi 12 botol", 12), "Lusin": ("Buah", Fraction(1, 12)), "Roll": ("Pak isi 10 roll", 10),
        "Kotak": ("Dus isi 10 kotak", 10), "Pak": ("Dus isi 10 pak", 10), "Pasang": ("Lusin (12 pasang)", 12)}
CONV_BUAH = [("Lusin", 12), ("Pak isi 10", 10), ("Box isi 12 bh", 12)]

def koef_parts(cat, unit):
    kt = cat["ktype"]; p = cat["price"]
    if cat["acct"].startswith("MAMIN") and kt == "OK":
        return [(R.choice([15, 20, 25, 30, 40, 50, 60]), "Orang"), (R.choice([2, 3, 4, 6, 12]), "Kali")]
    if kt == "OJ": return [(R.randint(1, 3), "Orang"), (R.randint(2, 4), "Jam")]
    if kt == "OK": return [(R.randint(1, 3), "Orang"), (R.randint(1, 4), "Kegiatan")]
    if kt == "OB": return [(R.randint(1, 4), "Orang"), (R.choice([6, 10, 12]), "Bulan")]
    if kt == "OH":
        if p < 200000 and cat["acct"] == "MAMIN_AKT": return [(R.choice([20, 24, 30, 36]), "Orang"), (R.choice([14, 21, 30]), "Hari")]
        return [(R.randint(2, 8), "Orang"), (R.randint(2, 5), "Hari")]
    if kt == "OP": return [(R.randint(3, 6), "Orang"), (R.choice([10, 12, 16, 20]), "Pertandingan")]
    if kt == "PP": return [(R.randint(1, 5), "Orang"), (R.randint(1, 4), "Kali")]
    if kt == "UH":
        if p < 50000: return [(R.choice([200, 250, 300, 400]), "Buah"), (R.randint(1, 3), "Hari")]
        return [(R.randint(1, 4), "Unit"), (R.randint(1, 5), "Hari")]
    if kt == "H": return [(R.randint(1, 6), "Hari")]
    if kt == "UK": return [(R.randint(4, 24), "Unit"), (R.randint(2, 4), "Kali")]
    if kt == "UB": return [(1, "Paket"), (12, "Bulan")]
    # Q
    if unit in ("Liter",) and cat["acct"] == "BBM": n = R.choice(range(600, 3001, 200))
    elif p < 2000: n = R.choice(range(1000, 6001, 500))
    elif p > 5000000: n = R.randint(1, 3)
    elif p > 1000000: n = R.randint(1, 6)
    elif p > 200000: n = R.randint(2, 12)
    elif p > 20000: n = R.choice([5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40])
    else: n = R.choice([10, 12, 20, 24, 25, 30, 40, 50, 60, 100])
    return [(n, unit)]

PPN_FAM = {"barang", "modal"}
LAB_ORDER = ["NO_PRICE_REFERENCE", "OFF_TARGET", "DUPLICATE", "OVERPRICED", "ARITHMETIC", "ACCOUNT_MISMATCH"]
SECOND = ["ARITHMETIC", "OVERPRICED", "ACCOUNT_MISMATCH"]
LAYOUT_CAPS = {  # has_koef, has_ppn
 "xlsx_sipd_sheets": (True, True), "xlsx_stacked_textprice": (True, False), "xlsx_volunit_onecell_convunits": (False, False),
 "pdf_sipd_born_digital": (True, True), "pdf_noruling_continued": (True, False), "scan_image_pdf": (False, False), "docx_header_table": (True, False), "csv_sipd_export": (True, True)}

counter = {"p": 0, "s": 0}

def plan_labels(n):
    n_clean = round(n * 0.37)
    plan = [[] for _ in range(n_clean)]
    nf = n - n_clean
    for i in range(nf):
        prim = LAB_ORDER[counter["p"] % 6]; counter["p"] += 1
        labs = [prim]
        if i % 3 == 2:
            for k in range(3):
                s = SECOND[(counter["s"] + k) % 3]
                if s != prim and not (prim == "NO_PRICE_REFERENCE" and s == "OVERPRICED") and not (prim == "DUPLICATE" and s == "ACCOUNT_MISMATCH"):
                    counter["s"] += k + 1; labs.append(s); break
        plan.append(labs)
    R.shuffle(plan)
    # DUPLICATE needs an earlier eligible catalogue line (not NOREF/OFF/DUP, no ACCOUNT_MISMATCH)
    elig = lambda labs: not ({"NO_PRICE_REFERENCE", "OFF_TARGET", "DUPLICATE", "ACCOUNT_MISMATCH"} & set(labs))
    avail = 0
    for i in range(len(plan)):
        if "DUPLICATE" in plan[i]:
            if avail == 0:
                j = next(j for j in range(i + 1, len(plan)) if elig(plan[j]))
                plan[i], plan[j] = plan[j], plan[i]
                avail += 1
            else:
                avail -= 1
        elif elig(plan[i]):
            avail += 1
    return plan

def price_clean(ref):
    if R.random() < 0.6 and ref == int(ref): return int(ref)
    f = R.uniform(0.88, 0.98)
    v = int(math.floor(ref * f / 100.0) * 100)
    return max(v, 100) if v <= ref else int(math.floor(ref))

def price_over(ref):
    f = R.uniform(1.25, 1.85)
    step = 1000 if ref >= 20000 else 100
    v = int(round(ref * f / step) * step)
    while v <= ref * Fraction(115, 100): v += step
    return v

def wrong_account(key):
    return R.choice(CD.WRONG[CD.FAMILY[key]])

def build():
    files = []
    for F in SD.FILES:
        has_koef, has_ppn = LAYOUT_CAPS[F["layout"]]
        no = 0; lines = []
        for si, S in enumerate(F["subs"]):
            plan = plan_labels(S["n"])
            rel = [find(k) for k in S["rel"]]; R.shuffle(rel)
            off = [find(k) for k in S["off"]]; R.shuffle(off)
            noref = list(S["noref"]); R.shuffle(noref)
            sub_lines = []
            for j, labs in enumerate(plan):
                no += 1
                L = dict(sub_code=S["code"], sub_name=S["name"], labels=list(labs), style=R.randint(0, 5),
                         no=(f"{'ABCDEFG'[si]}.{j + 1:02d}" if F["layout"] == "xlsx_volunit_onecell_convunits" else str(no)),
                         sub_index=si, acct_group=None)
                if "NO_PRICE_REFERENCE" in labs:
                    nm, sp, un, pr, ak, kt = noref.pop()
                    cat = dict(name=nm, spec=sp, unit=un, price=pr, acct=ak, ktype=kt, kode=None, kind=None)
                    L.update(kind="noref", item=nm, spec=sp, unit=un, cat=None, acct_ok=ak)
                    base = pr
                elif "DUPLICATE" in labs:
                    cands = [x for x in sub_lines if x["kind"] == "rel" and not x.get("_dupd") and "ACCOUNT_MISMATCH" not in x["labels"]]
                    src = cands[R.randrange(len(cands))]; src["_dupd"] = True
                    cat = src["_cat"]
                    L.update(kind="dup", cat=cat, acct_ok=src["acct_ok"], _src=src)
                    L["style"] = src["style"] + 1
                elif "OFF_TARGET" in labs:
                    cat = off.pop(); L.update(kind="off", cat=cat, acct_ok=cat["acct"])
                else:
                    cat = rel.pop(); L.update(kind="rel", cat=cat, acct_ok=cat["acct"])
                L["_cat"] = cat
                # unit (with conversion in the conv file)
                conv = 1; unit = rka_unit(cat["unit"], L["style"])
                if F.get("conv") and L["kind"] != "noref":
                    if cat["unit"] == "Buah":
                        unit, conv = CONV_BUAH[len(cat["name"]) % 3]
                    elif cat["unit"] in CONV:
                        unit, conv = CONV[cat["unit"]]
                if L["kind"] == "dup":
                    unit, conv = src["unit"], Fraction(src["conv"])
                    parts = list(src["koef"])
                    if len(parts) == 2 and R.random() < 0.5: parts = [parts[1], parts[0]]
                else:
                    parts = koef_parts(cat, unit)
                    if len(parts) == 1 and S.get("qmul") and cat["acct"] == "BANGUNAN":
                        parts = [(parts[0][0] * S["qmul"], parts[0][1])]
                    if len(parts) == 1:
                        q = parts[0][0]
                        if conv != 1 and conv > 1: q = max(1, int(q // conv) or 1)
                        elif conv != 1: q = q * 5
                        parts = [(q, unit)]
                if L["kind"] != "noref":
                    L["item"] = rka_name(cat, L["style"]); L["spec"] = rka_spec(cat["spec"], L["style"])
                    ref = Fraction(cat["price"]) * Fraction(conv)
                    L["ref_price"] = float(ref)
                else:
                    ref = Fraction(cat["price"]); L["ref_price"] = None
                L["unit"] = unit; L["conv"] = str(conv)
                if L["kind"] == "dup" and "OVERPRICED" not in labs:
                    price = src["price"] if src["price"] <= ref else price_clean(ref)
                elif "OVERPRICED" in labs: price = price_over(ref)
                elif L["kind"] == "noref": price = int(ref)
                else: price = price_clean(ref)
                L["price"] = price
                acct = L["acct_ok"]
                if "ACCOUNT_MISMATCH" in labs: acct = wrong_account(L["acct_ok"])
                L["acct"] = acct
                L["acct_code"], L["acct_name"] = CD.ACCOUNTS[acct]
                L["acct_ok_code"], L["acct_ok_name"] = CD.ACCOUNTS[L["acct_ok"]]
                ppn = 11 if (has_ppn and CD.FAMILY[L["acct_ok"]] in PPN_FAM and not L["acct_ok"].startswith("MAMIN")) else 0
                L["ppn"] = ppn if has_ppn else None
                vol_true = 1
                for q, _ in parts: vol_true *= q
                L["koef"] = parts; L["vol_koef"] = vol_true; L["volume"] = vol_true
                correct = int(round(vol_true * price * (100 + ppn) / 100.0))
                jumlah = correct
                if "ARITHMETIC" in labs:
                    modes = ["x10", "plus", "swap", "drop"]
                    if has_koef and len(parts) >= 2: modes += ["koef"] * 5
                    if has_ppn: modes += ["ppn"]
                    m = R.choice(modes); L["arith_mode"] = m
                    if m == "koef":
                        L["volume"] = vol_true + R.choice([-2, -1, 1, 2, 5, 10]) if vol_true > 3 else vol_true * 2
                        jumlah = int(round(L["volume"] * price * (100 + ppn) / 100.0))
                    elif m == "x10": jumlah = correct * 10
                    elif m == "plus": jumlah = correct + R.choice([100000, 250000, 500000, 1000000, 1500000])
                    elif m == "drop": jumlah = int(round(vol_true * price * (100 + ppn) / 100.0 * R.choice([0.5, 0.9, 1.5, 2])))
                    elif m == "ppn":
                        jumlah = int(round(vol_true * price * (111 if ppn == 0 else 100) / 100.0))
                    elif m == "swap":
                        s = str(correct)
                        for k in range(len(s) - 2, -1, -1):
                            if s[k] != s[k + 1]:
                                s = s[:k] + s[k + 1] + s[k] + s[k + 2:]; break
                        jumlah = int(s)
                    if jumlah == correct: jumlah = correct + 100000
                L["jumlah"] = jumlah; L["correct_jumlah"] = int(round(L["volume"] * price * (100 + ppn) / 100.0)) if False else correct
                L["correct_jumlah"] = correct
                L["cat_file"] = (SSH_FILE if cat.get("kind") == "SSH" else SBU_FILE) if L["kind"] != "noref" else None
                L["cat_kode"] = cat["kode"] if L["kind"] != "noref" else None
                L["cat_name"] = (cat["name"] + " — " + cat["spec"]) if L["kind"] != "noref" else None
                L["cat_unit"] = cat["unit"] if L["kind"] != "noref" else None
                L["cat_price"] = cat["price"] if L["kind"] != "noref" else None
                sub_lines.append(L)
            # printed order: grouped by account (order of first appearance), stable
            order = []
            for x in sub_lines:
                if x["acct_code"] not in order: order.append(x["acct_code"])
            sub_lines.sort(key=lambda x: order.index(x["acct_code"]))
            for j, x in enumerate(sub_lines):
                if F["layout"] == "xlsx_volunit_onecell_convunits": x["no"] = f"{'ABCDEFG'[si]}.{j + 1:02d}"
                else: x["no"] = str(len(lines) + j + 1)
            for x in sub_lines:
                if x["kind"] == "dup":
                    x["dup_of"] = x["_src"]["no"]
                    assert sub_lines.index(x["_src"]) < sub_lines.index(x)
            lines.extend(sub_lines)
        files.append(dict(F=F, lines=lines))
    return files

# ------------------------------------------------------------------ rendering helpers
ABBR = {"Orang": "org", "Hari": "hr", "Kali": "kl", "Bulan": "bln", "Jam": "jam", "Unit": "unit", "Kegiatan": "keg",
        "Pertandingan": "ptd", "Buah": "bh", "Paket": "pkt"}
def koef_sipd(parts): return " x ".join(f"{idr(q)} {u}" for q, u in parts)
def koef_short(parts): return " x ".join(f"{idr(q)} {ABBR.get(u, u.lower())}" for q, u in parts)
def jt(v):
    # "1,25 jt" style for round prices (>= 1 juta, multiple of 10.000)
    x = v / 1000000.0
    t = (f"{x:.2f}").rstrip("0").rstrip(".").replace(".", ",")
    return f"{t} jt"

def by_sub(FL):
    F = FL["F"]; out = []
    for si, S in enumerate(F["subs"]):
        out.append((S, [l for l in FL["lines"] if l["sub_index"] == si]))
    return out

def groups(lines):
    g = []
    for l in lines:
        if not g or g[-1][0] != l["acct_code"]: g.append((l["acct_code"], l["acct_name"], []))
        g[-1][2].append(l)
    return g

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
THIN = Side(style="thin"); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)

def wb_fixed(wb):
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.properties.creator = "SIPD-RI export"; wb.properties.lastModifiedBy = "operator"

def fix_zip(path):
    # rewrite an OOXML zip with fixed entry timestamps and fixed core-property dates (reproducible output)
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-20T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def save_wb(wb, path):
    wb_fixed(wb); wb.save(path); fix_zip(path)

# ------------------------------------------------------------------ catalogues
def render_ssh():
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "STANDAR SATUAN HARGA (SSH) BARANG"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "PEMERINTAH KOTA SAMARINDA"; ws["A2"].font = B
    ws["A3"] = "Lampiran I Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Tahun Anggaran 2027"
    ws["A4"] = "Harga satuan belum termasuk PPN; merupakan batas tertinggi. Harga TA 2026 ditampilkan sebagai pembanding."
    for c in "ABCDEFG": ws.merge_cells(f"{c}1:{c}1") if False else None
    h1, h2 = 6, 7
    heads = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan"]
    for i, t in enumerate(heads):
        col = get_column_letter(i + 1)
        ws.merge_cells(f"{col}{h1}:{col}{h2}"); ws[f"{col}{h1}"] = t
    ws.merge_cells(f"F{h1}:G{h1}"); ws[f"F{h1}"] = "Harga Satuan (Rp)"
    ws[f"F{h2}"] = "TA 2026"; ws[f"G{h2}"] = "TA 2027"
    ws.merge_cells(f"H{h1}:H{h2}"); ws[f"H{h1}"] = "Keterangan"
    for r in (h1, h2):
        for c in range(1, 9):
            ws.cell(r, c).font = B; ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = h2 + 1; cat = None; n = 0; letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; ci = -1
    for r in SSH:
        if r["cat"] != cat:
            cat = r["cat"]; ci += 1
            ws.cell(row, 1, letters[ci]); ws.cell(row, 3, cat); ws.cell(row, 1).font = B; ws.cell(row, 3).font = B
            row += 1
        n += 1
        vals = [n, r["kode"], r["name"], r["spec"], r["unit"], r["price_prev"], r["price"], ""]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v); cell.border = BOX
            if c in (6, 7): cell.number_format = "#,##0"
        row += 1
    for col, w in zip("ABCDEFGH", [6, 22, 34, 46, 10, 14, 14, 14]): ws.column_dimensions[col].width = w
    save_wb(wb, os.path.join(DATA, SSH_FILE))

def pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))

def render_sbu():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdf_fonts()
    st = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1)
    doc = SimpleDocTemplate(os.path.join(DATA, SBU_FILE), pagesize=A4, leftMargin=14*mm, rightMargin=14*mm, topMargin=14*mm, bottomMargin=14*mm,
                            title="Standar Biaya Umum Kota Samarinda TA 2027", author="BPKAD Kota Samarinda", creator="SIPD", invariant=1)
    el = [Paragraph("LAMPIRAN II", stb), Paragraph("STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", stb), Spacer(1, 4*mm),
          Paragraph("Besaran merupakan batas tertinggi dan tidak termasuk pajak. OH = orang/hari, OJ = orang/jam, OB = orang/bulan, OK = orang/kegiatan, OP = orang/pertandingan.", st), Spacer(1, 3*mm)]
    data = [["No", "Kode", "Uraian", "Spesifikasi / Keterangan", "Satuan", "Besaran (Rp)"]]
    sty = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    cat = None; n = 0
    for r in SBU:
        if r["cat"] != cat:
            cat = r["cat"]; data.append(["", "", Paragraph("<b>" + cat + "</b>", st), "", "", ""])
            sty.append(("SPAN", (2, len(data) - 1), (5, len(data) - 1)))
        n += 1
        data.append([str(n), r["kode"], Paragraph(r["name"], st), Paragraph(r["spec"], st), r["unit"], idr(r["price"])])
    t = Table(data, colWidths=[9*mm, 18*mm, 52*mm, 62*mm, 20*mm, 21*mm], repeatRows=1)
    t.setStyle(TableStyle(sty)); el.append(t)
    doc.build(el)

def info_rows(F, S):
    return [("Urusan Pemerintahan", F["urusan"]), ("Program", F["program"]), ("Kegiatan", S["kegiatan"]),
            ("Sub Kegiatan", f'{S["code"]} {S["name"]}'), ("Organisasi", F["opd"]), ("Lokasi", "Kota Samarinda"),
            ("Sumber Pendanaan", "PAD / DAU" if "Puskesmas" not in F["opd"] else "Pendapatan BLUD"),
            ("Indikator Keluaran", S["ind"]), ("Target Keluaran", S["target"]), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027")]

# A: SIPD-like xlsx, one sheet per sub-kegiatan, 2-row merged header, account group rows, hidden helper columns
def render_A(FL, path):
    F = FL["F"]; wb = Workbook(); first = True
    for si, (S, lines) in enumerate(by_sub(FL)):
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = f"Sub {si + 1} - {S['code'][-4:]}"
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"; ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)"
        ws["A3"] = "Pemerintah Kota Samarinda — Tahun Anggaran 2027"
        for c in ("A1", "A2", "A3"): ws[c].font = B
        r = 5
        for k, v in info_rows(F, S):
            ws.cell(r, 1, k); ws.cell(r, 3, ": " + v); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); r += 1
        h1 = r + 1; h2 = h1 + 1
        for col, t in zip("ABCD", ["No", "Kode Rekening", "Uraian", "Spesifikasi"]):
            ws.merge_cells(f"{col}{h1}:{col}{h2}"); ws[f"{col}{h1}"] = t
        ws.merge_cells(f"E{h1}:H{h1}"); ws[f"E{h1}"] = "Rincian Perhitungan"
        for col, t in zip("EFGH", ["Koefisien", "Volume", "Satuan", "Harga Satuan"]): ws[f"{col}{h2}"] = t
        ws.merge_cells(f"I{h1}:I{h2}"); ws[f"I{h1}"] = "PPN (%)"
        ws.merge_cells(f"J{h1}:J{h2}"); ws[f"J{h1}"] = "Jumlah (Rp)"
        ws[f"K{h2}"] = "k1"; ws[f"L{h2}"] = "k2"; ws[f"M{h2}"] = "catatan penyusun"
        for rr in (h1, h2):
            for c in range(1, 11):
                ws.cell(rr, c).font = B; ws.cell(rr, c).border = BOX
                ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = h2 + 1; total = 0
        for code, name, gl in groups(lines):
            sub = sum(l["jumlah"] for l in gl); total += sub
            ws.cell(r, 2, code).font = B; ws.cell(r, 3, name).font = B; c = ws.cell(r, 10, sub); c.font = B; c.number_format = "#,##0"
            r += 1
            for l in gl:
                vals = [l["no"], "", l["item"], l["spec"], koef_sipd(l["koef"]), l["volume"], l["unit"], l["price"], l["ppn"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.border = BOX
                    if c in (6, 8, 10): cell.number_format = "#,##0"
                ws.cell(r, 11, l["koef"][0][0]); ws.cell(r, 12, l["koef"][1][0] if len(l["koef"]) > 1 else 1)
                ws.cell(r, 13, R.choice(["", "", "cek SSH", "usulan bidang", "harga 2026 + 5%"]))
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN").font = B; c = ws.cell(r, 10, total); c.font = B; c.number_format = "#,##0"
        for col in "KLM": ws.column_dimensions[col].hidden = True
        for col, w in zip("ABCDEFGHIJ", [6, 20, 36, 30, 22, 9, 12, 14, 8, 16]): ws.column_dimensions[col].width = w
    save_wb(wb, path)

# B: one sheet, several sub-kegiatan stacked, unusual column order, prices as text, inline koefisien
def render_B(FL, path):
    F = FL["F"]; wb = Workbook(); ws = wb.active; ws.title = "RKA Belanja 2027"
    ws["A1"] = F["opd"].upper(); ws["A2"] = "RINCIAN BELANJA SUB KEGIATAN — RANCANGAN RKA TA 2027 (draft bidang)"
    ws["A3"] = F["program"]; ws["A1"].font = B
    r = 5
    for si, (S, lines) in enumerate(by_sub(FL)):
        ws.cell(r, 1, f"SUB KEGIATAN : {S['code']}  {S['name']}").font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        ws.cell(r, 1, f"Kegiatan : {S['kegiatan']}"); r += 1
        ws.cell(r, 1, f"Keluaran : {S['ind']} — target {S['target']}"); r += 1
        heads = ["Kode Rekening", "No", "Uraian Belanja", "Koefisien", "Vol", "Sat", "Jumlah", "Harga Satuan", "Keterangan"]
        for c, t in enumerate(heads, 1):
            cell = ws.cell(r, c, t); cell.font = B; cell.border = BOX; cell.fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1; total = 0
        for code, name, gl in groups(lines):
            ws.cell(r, 1, code).font = B; ws.cell(r, 3, name).font = B; r += 1
            for l in gl:
                total += l["jumlah"]
                if l["price"] >= 1000000 and l["price"] % 10000 == 0 and (l["style"] % 2 == 0): ptxt = jt(l["price"])
                else: ptxt = "Rp " + idr(l["price"])
                name_txt = l["item"] + (f" ({l['spec']})" if l["spec"] else "")
                vals = ["", int(l["no"]), name_txt, koef_short(l["koef"]), l["volume"], l["unit"], "Rp " + idr(l["jumlah"]), ptxt,
                        R.choice(["", "", "", "survei harga toko", "e-katalog", "SSH"])]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v).border = BOX
                r += 1
        ws.cell(r, 3, "Sub Total Sub Kegiatan").font = B; ws.cell(r, 7, "Rp " + idr(total)).font = B; r += 3
    for col, w in zip("ABCDEFGHI", [20, 5, 52, 20, 7, 14, 18, 16, 18]): ws.column_dimensions[col].width = w
    save_wb(wb, path)

# C: two sheets; volume and unit share one cell ("3 Box isi 5 rim"); catalogue priced per a different unit
def render_C(FL, path):
    F = FL["F"]; wb = Workbook(); first = True
    for si, (S, lines) in enumerate(by_sub(FL)):
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = ["Adm-Pendaftaran", "Kebersihan-RT"][si]
        ws["A1"] = "UPTD PUSKESMAS LEMPAKE — RENCANA BELANJA BLUD TA 2027"; ws["A1"].font = B
        ws["A2"] = f"Sub Kegiatan {S['code']} {S['name']}"
        ws["A3"] = f"Output: {S['ind']} ({S['target']})"
        heads = ["No", "Kode Rek.", "Uraian Rekening", "Nama Barang/Jasa", "Spesifikasi", "Kebutuhan", "Harga Satuan", "Total"]
        for c, t in enumerate(heads, 1):
            cell = ws.cell(5, c, t); cell.font = B; cell.border = BOX
        r = 6; tot = 0
        for l in lines:
            tot += l["jumlah"]
            p = l["price"]
            ptxt = jt(p) if (p >= 1000000 and p % 10000 == 0) else p
            vals = [l["no"], l["acct_code"], l["acct_name"], l["item"], l["spec"], f"{idr(l['volume'])} {l['unit']}", ptxt, l["jumlah"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
                if c in (7, 8) and isinstance(v, int): cell.number_format = "#,##0"
            r += 1
        ws.cell(r, 6, "TOTAL").font = B; c = ws.cell(r, 8, tot); c.font = B; c.number_format = "#,##0"
        for col, w in zip("ABCDEFGH", [7, 19, 40, 30, 32, 20, 14, 15]): ws.column_dimensions[col].width = w
    save_wb(wb, path)

# G: flat CSV export, semicolon separated, Indonesian number format, UTF-8 BOM
def render_G(FL, path):
    F = FL["F"]; buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Kode Urusan", "Organisasi", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Indikator", "Kode Rekening", "Nama Rekening",
                "No", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN", "Jumlah"])
    for S, lines in by_sub(FL):
        for l in lines:
            w.writerow([F["urusan"].split()[0], F["opd"], S["code"], S["name"], f'{S["ind"]} ({S["target"]})', l["acct_code"], l["acct_name"],
                        l["no"], l["item"], l["spec"], koef_sipd(l["koef"]), idr(l["volume"]), l["unit"], idr(l["price"]),
                        f'{l["ppn"]}%', idr(l["jumlah"])])
    with open(path, "w", encoding="utf-8-sig", newline="") as f: f.write(buf.getvalue())

# D: born-digital SIPD-like PDF with header block, account rows and repeated table headers
def render_D(FL, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdf_fonts(); F = FL["F"]
    st = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9.5)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, alignment=1)
    def footer(c, d):
        c.saveState(); c.setFont("DV", 6.5)
        c.drawString(12*mm, 8*mm, "Dicetak dari SIPD-RI | RKA-SKPD 2.2.1 | Sekretariat DPRD Kota Samarinda | TA 2027 (Rancangan)")
        c.drawRightString(landscape(A4)[0] - 12*mm, 8*mm, f"Halaman {d.page}"); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12*mm, rightMargin=12*mm, topMargin=12*mm, bottomMargin=14*mm,
                            title="RKA SKPD 2.2.1 Sekretariat DPRD 2027", author="SIPD", creator="SIPD-RI", invariant=1)
    el = []
    for si, (S, lines) in enumerate(by_sub(FL)):
        if si: el.append(PageBreak())
        el += [Paragraph("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", sth),
               Paragraph("RINCIAN BELANJA SUB KEGIATAN — PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", sth), Spacer(1, 3*mm)]
        hb = [[k, ":", Paragraph(v, st)] for k, v in info_rows(F, S)]
        t = Table(hb, colWidths=[40*mm, 4*mm, 220*mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 3*mm)]
        data = [["No", "Kode Rekening", "Uraian", "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN", "Jumlah"]]
        sty = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.86, 0.93)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
               ("ALIGN", (4, 1), (4, -1), "RIGHT"), ("ALIGN", (6, 1), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        total = 0
        for code, name, gl in groups(lines):
            sub = sum(l["jumlah"] for l in gl); total += sub
            data.append(["", code, Paragraph("<b>" + name + "</b>", st), "", "", "", "", "", idr(sub)])
            sty.append(("FONT", (8, len(data) - 1), (8, len(data) - 1), "DVB", 7.5))
            for l in gl:
                txt = l["item"] + (f"<br/><font size=6.5>{l['spec']}</font>" if l["spec"] else "")
                data.append([l["no"], "", Paragraph(txt, st), koef_sipd(l["koef"]), idr(l["volume"]), l["unit"], idr(l["price"]),
                             f'{l["ppn"]}%', idr(l["jumlah"])])
        data.append(["", "", Paragraph("<b>JUMLAH SUB KEGIATAN</b>", st), "", "", "", "", "", idr(total)])
        t = Table(data, colWidths=[10*mm, 30*mm, 82*mm, 38*mm, 16*mm, 22*mm, 24*mm, 12*mm, 28*mm], repeatRows=1)
        t.setStyle(TableStyle(sty)); el.append(t)
    doc.build(el, onFirstPage=footer, onLaterPages=footer)

# E: scan of a printed Kelurahan RKA page (image-only PDF), slightly rotated, noisy
def render_E(FL, path, truth_path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    F = FL["F"]; W, H = 1654, 2339
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 21)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 23)
    txt = []
    y = 110
    for s, fo in [("PEMERINTAH KOTA SAMARINDA", fb), ("KECAMATAN SUNGAI PINANG — KELURAHAN SUNGAI PINANG DALAM", fb),
                  ("RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027", fb)]:
        w = d.textlength(s, font=fo); d.text(((W - w) / 2, y), s, font=fo, fill=0); txt.append(s); y += 40
    y += 20
    S, lines = by_sub(FL)[0]
    for k, v in info_rows(F, S)[:9]:
        d.text((110, y), k, font=f, fill=0); d.text((420, y), ": " + v[:95], font=f, fill=0); txt.append(f"{k} : {v[:95]}"); y += 32
    y += 20
    cols = [110, 190, 900, 1010, 1140, 1340, 1560]
    heads = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah (Rp)"]
    def row(vals, yy, font=f, right=(2, 4, 5)):
        for i, v in enumerate(vals):
            if i in right:
                w = d.textlength(v, font=font); d.text((cols[i + 1] - 12 - w, yy), v, font=font, fill=0)
            else:
                d.text((cols[i] + 10, yy), v, font=font, fill=0)
    d.rectangle([cols[0], y, cols[-1], y + 44], outline=0, width=2); row(heads, y + 10, fb, right=()); txt.append(" | ".join(heads))
    y += 44; top = y - 44; total = 0; spans = []
    for code, name, gl in groups(lines):
        s = f"{code}  {name}"; spans.append((y, y + 42))
        d.text((cols[1] + 10, y + 9), s[:72], font=fb, fill=0); sub = sum(l["jumlah"] for l in gl)
        w = d.textlength(idr(sub), font=fb); d.text((cols[-1] - 12 - w, y + 9), idr(sub), font=fb, fill=0)
        txt.append(f"{s[:72]} | {idr(sub)}"); y += 42; d.line([cols[0], y, cols[-1], y], fill=0, width=1)
        for l in gl:
            total += l["jumlah"]
            nm = l["item"] + (f" {l['spec']}" if l["spec"] else "")
            nm = nm[:50]
            vals = [l["no"], nm, idr(l["volume"]), l["unit"], idr(l["price"]), idr(l["jumlah"])]
            row(vals, y + 9); txt.append(" | ".join(vals)); l["printed_name"] = nm
            y += 42; d.line([cols[0], y, cols[-1], y], fill=0, width=1)
    d.text((cols[1] + 10, y + 9), "JUMLAH", font=fb, fill=0); w = d.textlength(idr(total), font=fb)
    d.text((cols[-1] - 12 - w, y + 9), idr(total), font=fb, fill=0); txt.append(f"JUMLAH | {idr(total)}"); y += 44
    for x in cols:
        if x in (cols[0], cols[1], cols[-1]): d.line([x, top, x, y], fill=0, width=2)
        else:
            yy0 = top
            for a, b in spans:
                d.line([x, yy0, x, a], fill=0, width=2); yy0 = b
            d.line([x, yy0, x, y], fill=0, width=2)
    d.rectangle([cols[0], top, cols[-1], y], outline=0, width=2)
    y += 60
    for s in ["Samarinda, 18 November 2026", "Lurah Sungai Pinang Dalam,", "", "", "( .................................... )", "NIP. ...................................."]:
        d.text((1100, y), s, font=f, fill=0); txt.append(s) if s else None; y += 34
    img = img.rotate(1.3, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.array(img).astype(np.float32)
    rng = np.random.default_rng(38)
    a = a * 0.92 + 14 + rng.normal(0, 16, a.shape)
    yy = np.linspace(0, 1, H)[:, None]; a -= 18 * yy  # uneven illumination
    speck = rng.random(a.shape) < 0.0015; a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, "PDF", resolution=200.0, quality=70, creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="KONICA MINOLTA bizhub", title="scan0038")
    with open(truth_path, "w", encoding="utf-8") as fh: fh.write("\n".join(txt) + "\n")

# F: Word table; the header block is itself a two-column table above the line table
def render_F(FL, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    F = FL["F"]; doc = Document()
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.styles["Normal"].font.size = Pt(9)
    doc.core_properties.created = FIXED_DT; doc.core_properties.modified = FIXED_DT; doc.core_properties.author = "Bidang Linjamsos"
    doc.core_properties.last_modified_by = "Bidang Linjamsos"; doc.core_properties.revision = 3
    for si, (S, lines) in enumerate(by_sub(FL)):
        if si: doc.add_page_break()
        p = doc.add_paragraph(); r = p.add_run("RINCIAN ANGGARAN BELANJA SUB KEGIATAN — RKA TA 2027"); r.bold = True
        doc.add_paragraph(F["opd"])
        ht = doc.add_table(rows=0, cols=2); ht.style = "Table Grid"
        for k, v in info_rows(F, S):
            c = ht.add_row().cells; c[0].text = k; c[1].text = v
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=8); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No", "Kode Rekening / Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        total = 0
        for code, name, gl in groups(lines):
            sub = sum(l["jumlah"] for l in gl); total += sub
            c = t.add_row().cells; c[1].text = f"{code} {name}"; c[1].paragraphs[0].runs[0].bold = True
            c[7].text = idr(sub)
            for l in gl:
                c = t.add_row().cells
                for i, v in enumerate([l["no"], l["item"], l["spec"], koef_sipd(l["koef"]), idr(l["volume"]), l["unit"], idr(l["price"]), idr(l["jumlah"])]):
                    c[i].text = v
        c = t.add_row().cells; c[1].text = "JUMLAH"; c[7].text = idr(total)
    doc.save(path); fix_zip(path)

# H: PDF table without any ruling lines; continues on the next page without repeating its header
def render_H(FL, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    pdf_fonts(); F = FL["F"]; W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("RKA Diskominfo 2027 (draft)"); c.setAuthor("Diskominfo"); c.setCreator("Microsoft Word")
    y = Hh - 50
    def line(txt, x, size=8, font="DV", right=False):
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, y, txt)
    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage(); y = Hh - 45
    line("DINAS KOMUNIKASI DAN INFORMATIKA KOTA SAMARINDA", 40, 11, "DVB"); y -= 15
    line("Rincian Belanja Sub Kegiatan — Rancangan RKA Tahun Anggaran 2027", 40, 9, "DVB"); y -= 14
    line(F["program"], 40, 8); y -= 20
    cols = dict(no=40, ur=62, ko=300, vol=408, sat=414, hs=515, jm=565)
    first = True
    for S, lines in by_sub(FL):
        need(80)
        line(f"Sub Kegiatan  {S['code']}  {S['name']}", 40, 8.5, "DVB"); y -= 12
        line(f"Indikator keluaran: {S['ind']} — target {S['target']}", 40, 7.5); y -= 16
        if first:
            for k, x, r in [("No", cols["no"], False), ("Uraian", cols["ur"], False), ("Koefisien", cols["ko"], False), ("Vol", cols["vol"], True),
                            ("Satuan", cols["sat"], False), ("Harga Satuan", cols["hs"], True), ("Jumlah", cols["jm"], True)]:
                line(k, x, 8, "DVB", r)
            y -= 14; first = False
        total = 0
        for code, name, gl in groups(lines):
            need(14); line(f"{code}  {name}"[:95], cols["ur"], 7.5, "DVB"); y -= 12
            for l in gl:
                need(12); total += l["jumlah"]
                nm = l["item"] + (f", {l['spec']}" if l["spec"] else "")
                if len(nm) > 52: nm = nm[:51] + "…"
                line(l["no"], cols["no"], 7.5); line(nm, cols["ur"], 7.5); line(koef_sipd(l["koef"]), cols["ko"], 7.5)
                line(idr(l["volume"]), cols["vol"], 7.5, right=True); line(l["unit"], cols["sat"], 7.5)
                line(idr(l["price"]), cols["hs"], 7.5, right=True); line(idr(l["jumlah"]), cols["jm"], 7.5, right=True)
                y -= 12
        need(14); line("Jumlah sub kegiatan", cols["ur"], 8, "DVB"); line(idr(total), cols["jm"], 8, "DVB", True); y -= 22
    c.showPage(); c.save()

RENDER = {"pdf_noruling_continued": render_H, "xlsx_sipd_sheets": render_A, "xlsx_stacked_textprice": render_B, "xlsx_volunit_onecell_convunits": render_C,
          "pdf_sipd_born_digital": render_D, "docx_header_table": render_F, "csv_sipd_export": render_G}

def main():
    files = build()
    render_ssh(); render_sbu()
    manifest = []; truth = {}
    for FL in files:
        F = FL["F"]; fn = f'{F["stem"]}.{F["ext"]}'; path = os.path.join(DATA, fn)
        if F["layout"] == "scan_image_pdf": render_E(FL, path, os.path.join(HERE, "scan_truth.txt"))
        else: RENDER[F["layout"]](FL, path)
        labels = {l["no"]: sorted(l["labels"], key=LAB_ORDER.index) for l in FL["lines"]}
        with open(os.path.join(DATA, f'{F["stem"]}.labels.json'), "w", encoding="utf-8") as fh:
            json.dump({"labels": labels}, fh, ensure_ascii=False, indent=1)
        manifest.append({"rka": fn, "catalogues": [SSH_FILE, SBU_FILE], "labels": f'{F["stem"]}.labels.json', "opd": F["opd"], "layout": F["layout"]})
        out = []
        for l in FL["lines"]:
            S = F["subs"][l["sub_index"]]
            out.append({k: l.get(k) for k in ["no", "sub_code", "sub_name", "acct_code", "acct_name", "acct_ok_code", "acct_ok_name", "item", "spec",
                                               "unit", "koef", "vol_koef", "volume", "price", "ppn", "jumlah", "correct_jumlah", "kind", "cat_file",
                                               "cat_kode", "cat_name", "cat_unit", "cat_price", "conv", "ref_price", "dup_of", "arith_mode", "printed_name"]}
                       | {"labels": sorted(l["labels"], key=LAB_ORDER.index), "sub_indikator": S["ind"],
                          "off_target_reason": (f'item "{l["_cat"]["name"]}" tidak mendukung keluaran sub kegiatan: {S["ind"]}' if l["kind"] == "off" else None)})
        truth[fn] = {"opd": F["opd"], "layout": F["layout"], "has_koef": LAYOUT_CAPS[F["layout"]][0], "has_ppn": LAYOUT_CAPS[F["layout"]][1], "lines": out}
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as fh: json.dump(manifest, fh, ensure_ascii=False, indent=1)
    cats = {"ssh": [dict(r) for r in SSH], "sbu": [dict(r) for r in SBU]}
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as fh:
        json.dump({"files": truth, "catalogues": cats,
                   "conventions": {"overpriced_margin": 0.10, "catalogue_column": "TA 2027", "prices_excl_ppn": True}}, fh, ensure_ascii=False, indent=1)
    tot = sum(len(FL["lines"]) for FL in files)
    cnt = {k: 0 for k in LAB_ORDER}; clean = 0
    for FL in files:
        for l in FL["lines"]:
            for x in l["labels"]: cnt[x] += 1
            clean += not l["labels"]
    print("lines", tot, "clean", clean, cnt, "catalogue rows", len(SSH) + len(SBU))

if __name__ == "__main__":
    main()
