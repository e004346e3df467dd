# -*- coding: utf-8 -*-
"""Builds the truth for review26: catalogues + RKA lines with labels (deterministic)."""
import random, math
from catalog_data import ACC, WRONG_ACC, acc_class, SSH, sbu_rows

SEED = 2026_26
SSH_FILE = "ssh_samarinda_2027.xlsx"
SBU_FILE = "sbu_samarinda_2027.pdf"
OVER_MARGIN = 0.05   # > 5 % above the catalogue price (per catalogue unit, before PPN) = OVERPRICED

def fmt(n):
    n = int(round(n))
    s = "{:,}".format(abs(n)).replace(",", ".")
    return ("-" if n < 0 else "") + s

def build_catalogues():
    items = []
    no = 0
    for group, prefix, rows in SSH:
        for i, (name, spec, unit, price, acc, tags) in enumerate(rows, 1):
            no += 1
            items.append(dict(cat="SSH", file=SSH_FILE, no=no, code="%s.%03d" % (prefix, i), group=group,
                              name=name, spec=spec, unit=unit, price=price, acc=acc, tags=set(tags.split())))
    no = 0
    seq = {}
    for (group, name, spec, unit, price, acc, tags) in sbu_rows():
        no += 1
        letter = group.split(".")[0]
        seq[letter] = seq.get(letter, 0) + 1
        items.append(dict(cat="SBU", file=SBU_FILE, no=no, code="SBU-27.%s.%03d" % (letter, seq[letter]), group=group,
                          name=name, spec=spec, unit=unit, price=price, acc=acc, tags=set(tags.split())))
    for k, it in enumerate(items):
        it["id"] = k
    return items

# RKA wording variants for names
ALT = {
 "Kertas HVS": ["Kertas HVS", "Kertas fotokopi HVS", "Kertas HVS (fotokopi)"],
 "Pulpen Gel": ["Pena gel", "Bolpoin gel"], "Pulpen Ballpoint": ["Ballpoint", "Pulpen biasa"],
 "Spidol Whiteboard": ["Spidol papan tulis", "Marker whiteboard"], "Spidol Permanen": ["Spidol permanent", "Marker permanen"],
 "Map Plastik Kancing": ["Map kancing plastik", "Map button"], "Isi Staples": ["Refill staples", "Isi stapler"],
 "Ordner": ["Odner", "Ordner/bantex"], "Box File": ["Boks file plastik", "Box arsip"],
 "Binder Clip": ["Klip binder", "Binder klip"], "Lakban Bening": ["Lakban transparan", "Isolasi bening besar"],
 "Buku Agenda/Ekspedisi": ["Buku ekspedisi", "Buku agenda surat"], "Amplop Putih Kabinet": ["Amplop kabinet putih", "Amplop putih polos"],
 "Baterai Alkaline": ["Batu baterai alkaline", "Baterai"],
 "Tinta Printer Inkjet": ["Tinta printer (refill)", "Tinta isi ulang printer"], "Toner Printer Laser": ["Toner laserjet", "Cartridge toner hitam"],
 "Flashdisk": ["Flash disk", "USB flashdrive"], "Harddisk Eksternal": ["HDD eksternal", "Hardisk external"],
 "Mouse Wireless": ["Mouse tanpa kabel", "Mouse wireless"], "Kabel HDMI": ["Kabel HDMI", "Kabel HDMI male-male"],
 "Laptop/Notebook": ["Notebook", "Laptop", "Komputer jinjing"], "PC All in One": ["Komputer AIO", "PC AIO"],
 "Printer Inkjet": ["Printer multifungsi", "Printer ink tank"], "Scanner Dokumen": ["Scanner ADF", "Pemindai dokumen"],
 "UPS": ["UPS / stabilizer daya", "UPS"], "Wireless Access Point": ["Access point WiFi", "Perangkat hotspot (AP)"],
 "Proyektor/LCD Projector": ["LCD proyektor", "Projector"], "Televisi LED": ["TV LED", "Smart TV"],
 "Handy Talky (HT)": ["HT", "Radio genggam HT"], "Megaphone/Toa": ["Toa/pengeras suara tangan", "Megafon"],
 "Meja Kerja": ["Meja kerja staf", "Meja kantor"], "Kursi Kerja": ["Kursi putar staf", "Kursi kerja"],
 "Kursi Lipat": ["Kursi lipat chitose", "Kursi lipat besi"], "Lemari Arsip Besi": ["Lemari besi arsip", "Lemari arsip"],
 "Filing Cabinet": ["Filling kabinet", "Lemari laci arsip"], "Rak Besi Siku": ["Rak siku besi", "Rak gudang besi"],
 "AC Split": ["Air conditioner split", "AC"], "Dispenser Air": ["Dispenser galon bawah", "Dispenser"],
 "Vacuum Cleaner": ["Penyedot debu", "Vacuum cleaner"], "Mesin Penghancur Kertas": ["Paper shredder", "Mesin shredder"],
 "Sapu Ijuk": ["Sapu lantai ijuk", "Sapu"], "Alat Pel Lantai": ["Pel putar (spin mop)", "Alat pel"],
 "Cairan Pembersih Lantai": ["Pembersih lantai", "Cairan pel"], "Cairan Pembersih Kaca": ["Pembersih kaca", "Cairan kaca"],
 "Sabun Cuci Tangan Cair": ["Hand soap cair", "Sabun cair cuci tangan"], "Tisu Wajah": ["Tissue wajah", "Tisu kotak"],
 "Kantong Sampah Plastik": ["Plastik sampah hitam besar", "Trash bag"], "Kain Lap Microfiber": ["Lap microfiber", "Kain lap"],
 "Bahan Bakar Minyak Pertalite": ["BBM Pertalite", "Bensin Pertalite"], "Bahan Bakar Minyak Dexlite": ["BBM Dexlite", "Solar Dexlite"],
 "Spanduk": ["Spanduk kegiatan", "Cetak spanduk"], "Banner Roll Up": ["Roll up banner", "Standing banner roll up"],
 "Backdrop Kegiatan": ["Backdrop panggung", "Backdrop"], "Sertifikat/Piagam": ["Cetak sertifikat peserta", "Piagam"],
 "Brosur/Leaflet": ["Leaflet", "Brosur lipat tiga"], "Buku Panduan/Modul": ["Modul pelatihan", "Buku panduan"],
 "Penggandaan/Fotokopi": ["Fotokopi bahan", "Penggandaan materi"], "Penjilidan": ["Jilid laporan", "Penjilidan dokumen"],
 "ID Card": ["ID card peserta + tali", "Name tag/ID card"], "Undangan Cetak": ["Cetak undangan", "Undangan"],
 "Kaos Sablon Kegiatan": ["Kaos kegiatan", "T-shirt sablon"],
 "Honorarium Narasumber": ["Honor narasumber", "Honorarium narsum"], "Honorarium Moderator": ["Honor moderator", "Moderator"],
 "Honorarium Pembawa Acara": ["Honor MC", "Pembawa acara (MC)"], "Honorarium Panitia": ["Honor panitia", "Honorarium panitia pelaksana"],
 "Honorarium Instruktur/Pelatih Teknis": ["Honor instruktur", "Honorarium pelatih teknis"],
 "Honorarium Tim Pelaksana Kegiatan": ["Honor tim pelaksana", "Honorarium tim teknis"],
 "Honorarium Juri Lomba/Festival": ["Honor juri", "Honorarium dewan juri"], "Honorarium Wasit/Pengawas Pertandingan": ["Honor wasit", "Wasit pertandingan"],
 "Uang Harian Perjalanan Dinas Dalam Kota": ["Uang harian dalam kota", "Uang harian perjadin dalam kota"],
 "Uang Transport Perjalanan Dinas Dalam Kota": ["Transport lokal petugas", "Uang transport dalam kota"],
 "Uang Harian Perjalanan Dinas Luar Kota (Dalam Provinsi)": ["Uang harian luar kota", "Uang harian perjadin dalam provinsi"],
 "Uang Harian Perjalanan Dinas Luar Provinsi": ["Uang harian perjadin", "Uang harian luar daerah"],
 "Biaya Penginapan": ["Penginapan/hotel", "Biaya hotel"], "Tiket Pesawat Kelas Ekonomi": ["Tiket pesawat", "Tiket pesawat PP"],
 "Transportasi Darat (Taksi/Travel)": ["Transport darat", "Travel antar kota"], "Taksi Bandara": ["Taksi bandara", "Transport bandara"],
 "Kudapan/Snack Rapat": ["Snack rapat", "Kue rapat"], "Makan Rapat (Nasi Kotak)": ["Nasi kotak rapat", "Makan siang rapat"],
 "Nasi Bungkus Kegiatan Lapangan": ["Nasi bungkus petugas", "Makan petugas lapangan"], "Snack Kegiatan Lapangan": ["Snack petugas lapangan", "Kudapan lapangan"],
 "Paket Meeting Fullday dalam kota": ["Paket fullday meeting hotel", "Fullday meeting"], "Paket Meeting Halfday dalam kota": ["Halfday meeting", "Paket halfday"],
 "Paket Meeting Fullboard dalam kota": ["Fullboard meeting", "Paket fullboard hotel"],
 "Sewa Gedung Serbaguna": ["Sewa gedung", "Sewa GOR/gedung serbaguna"], "Sewa Aula/Ruang Pertemuan": ["Sewa aula", "Sewa ruang pertemuan"],
 "Sewa Tenda Sarnafil": ["Tenda sarnafil", "Sewa tenda"], "Sewa Kursi Futura + Cover": ["Sewa kursi futura", "Kursi futura (sewa)"],
 "Sewa Sound System": ["Sewa sound system", "Sound system (sewa)"], "Sewa LED Screen/Videotron": ["Sewa videotron", "LED screen (sewa)"],
 "Sewa Lighting Panggung": ["Lighting panggung (sewa)", "Sewa lampu panggung"], "Sewa Panggung/Stage Rigging": ["Sewa panggung", "Stage rigging"],
 "Sewa Genset": ["Sewa genset", "Genset (sewa)"], "Sewa Gelanggang/GOR": ["Sewa GOR", "Sewa gelanggang olahraga"],
 "Sewa Lapangan Sepak Bola": ["Sewa lapangan", "Sewa stadion mini"],
 "Sewa Kendaraan Roda 4 (MPV)": ["Sewa mobil", "Rental mobil + driver"], "Sewa Kendaraan Minibus": ["Sewa minibus (elf/hiace)", "Sewa hiace"],
 "Sewa Kendaraan Pick Up": ["Sewa pick up", "Rental pick up"], "Sewa Speedboat": ["Sewa speed boat", "Speedboat (sewa)"],
 "Sewa Perahu Ketinting": ["Sewa ketinting", "Perahu ketinting (sewa)"],
 "Jasa Tenaga Kebersihan (Cleaning Service)": ["Jasa cleaning service", "Tenaga kebersihan (outsourcing)"],
 "Jasa Tenaga Keamanan (Satpam)": ["Jasa satpam", "Tenaga keamanan kantor"], "Jasa Tenaga Supir": ["Jasa sopir", "Tenaga supir"],
 "Jasa Tenaga Administrasi": ["Tenaga administrasi (THL)", "Jasa tenaga admin"], "Jasa Dokumentasi Kegiatan": ["Dokumentasi foto/video", "Jasa dokumentasi"],
 "Servis Berkala Kendaraan Roda 4": ["Servis mobil dinas", "Service berkala roda 4"], "Ganti Ban Kendaraan Roda 4": ["Ban mobil R15", "Penggantian ban roda 4"],
 "Servis/Cuci AC Split": ["Cuci AC", "Service AC"],
 "Pakaian Dinas Lapangan (PDL) Satpol PP": ["PDL anggota Satpol PP", "Seragam PDL"], "Sepatu PDL": ["Sepatu lars PDL", "Sepatu dinas lapangan"],
 "Topi Lapangan/Pet": ["Topi pet lapangan", "Topi lapangan"], "Rompi Reflektor": ["Rompi scotlight", "Rompi reflektif"],
 "Jas Hujan Ponco": ["Mantel ponco", "Jas hujan"], "Sepatu Boots Karet": ["Sepatu boot", "Boots karet"],
 "Tameng/Perisai Polycarbonate": ["Tameng dalmas", "Perisai polycarbonate"], "Helm PHH": ["Helm huru-hara", "Helm PHH"],
 "Senter LED": ["Senter", "Lampu senter LED"], "Tongkat Lalu Lintas LED": ["Tongkat lampu", "Light stick"],
 "Kamera Badan (Body Camera)": ["Bodycam", "Kamera badan petugas"], "Garis Pembatas (Police Line)": ["Pita garis pembatas", "Garis segel Satpol PP"],
 "Tenda Pleton": ["Tenda peleton", "Tenda pengungsi pleton"], "Tenda Keluarga": ["Tenda keluarga dome", "Tenda pengungsi keluarga"],
 "Perahu Karet": ["Perahu karet (rubber boat)", "Rubber boat"], "Pelampung/Life Jacket": ["Life jacket", "Rompi pelampung"],
 "Ring Buoy": ["Pelampung ring", "Ring buoy + tali"], "Chainsaw": ["Gergaji mesin", "Chain saw"], "Genset": ["Generator set", "Genset portable"],
 "Tali Kernmantle": ["Tali karmantel", "Tali kernmantel"], "Helm SAR": ["Helm rescue", "Helm SAR"],
 "Alat Pemadam Api Ringan (APAR)": ["APAR", "Tabung pemadam api"], "Velbed/Tempat Tidur Lipat": ["Velbed", "Tempat tidur lipat"],
 "Matras": ["Kasur busa/matras", "Matras pengungsi"], "Selimut": ["Selimut pengungsi", "Selimut polar"],
 "Terpal Plastik": ["Terpal", "Terpal plastik"], "Family Kit": ["Paket family kit", "Family kit"], "Kids Ware/Kids Kit": ["Kids ware", "Paket kids kit"],
 "Hygiene Kit": ["Paket hygiene kit", "Hygiene kit"], "Makanan Siap Saji": ["Makanan siap saji (RTE)", "Ransum siap saji"],
 "Beras Medium": ["Beras", "Beras medium"], "Mie Instan": ["Mi instan", "Mie instant"], "Air Mineral": ["Air mineral", "Aqua/air kemasan"],
 "Susu UHT": ["Susu kotak UHT", "Susu UHT"],
 "Bola Sepak": ["Bola kaki", "Bola sepak bola"], "Bola Futsal": ["Bola futsal", "Bola futsal no.4"], "Bola Voli": ["Bola volley", "Bola voli"],
 "Net Voli": ["Net volley", "Jaring voli"], "Shuttlecock": ["Kok bulutangkis", "Shuttle cock"], "Stopwatch Digital": ["Stopwatch", "Pencatat waktu digital"],
 "Peluit Wasit": ["Peluit", "Pluit wasit"], "Piala/Trofi": ["Piala", "Trophy juara"], "Medali": ["Medali juara", "Medali"],
 "Kaos Olahraga/Jersey": ["Jersey tim", "Kaos olahraga"],
 "Kostum Tari Tradisional": ["Kostum tari", "Pakaian tari tradisional"], "Pakaian Adat Dayak/Kutai": ["Pakaian adat", "Baju adat Dayak"],
 "Kain Ulap Doyo": ["Ulap doyo", "Kain tenun ulap doyo"], "Sampe' (Alat Musik Dayak)": ["Sampek", "Alat musik sampe'"],
 "Gendang Tradisional": ["Gendang", "Kendang tradisional"], "Gong": ["Gong kuningan", "Gong"], "Kulintang": ["Kulintang", "Set kulintang"],
 "Kursi Roda": ["Kursi roda", "Kursi roda dewasa"], "Tongkat Kruk": ["Kruk", "Tongkat ketiak (kruk)"], "Tongkat Tunanetra": ["Tongkat putih tunanetra", "Tongkat lipat tunanetra"],
 "Alat Bantu Dengar": ["Hearing aid", "Alat bantu dengar (ABD)"], "Walker/Alat Bantu Jalan": ["Walker beroda", "Alat bantu jalan"],
 "pH Meter Portable": ["pH meter", "Alat ukur pH portabel"], "DO Meter Portable": ["DO meter", "Alat ukur oksigen terlarut"],
 "Turbidimeter Portable": ["Turbidimeter", "Alat ukur kekeruhan"], "Water Sampler": ["Alat pengambil sampel air", "Water sampler horizontal"],
 "Cool Box": ["Coolbox sampel", "Kotak pendingin"], "Botol Sampel HDPE": ["Botol sampel plastik", "Botol HDPE"],
 "Botol Sampel Kaca Gelap": ["Botol kaca amber", "Botol sampel gelap"], "Kertas Saring Whatman": ["Filter paper Whatman", "Kertas saring"],
 "Sarung Tangan Nitril": ["Handscoon nitril", "Sarung tangan lab"], "Masker Medis": ["Masker", "Masker 3 ply"], "Aquades": ["Aquadest", "Air suling (aquades)"],
 "Asam Sulfat (H2SO4) p.a.": ["H2SO4 pekat p.a.", "Asam sulfat"], "Asam Nitrat (HNO3) p.a.": ["HNO3 p.a.", "Asam nitrat pekat"],
 "Larutan Buffer pH 4/7/10": ["Buffer pH", "Larutan penyangga pH"], "Es Gel (Ice Pack)": ["Ice gel", "Es gel pendingin"],
}

# (name, spec) -> list of (rka unit, conv = catalogue units per rka unit, spec suffix)
CONV = {
 ("Kertas HVS", "A4 70 gram"): [("Box", 5, "1 box isi 5 rim"), ("Rim", 1, "")],
 ("Kertas HVS", "F4 70 gram"): [("Box", 5, "1 box = 5 rim"), ("Rim", 1, "")],
 ("Kertas HVS", "A4 80 gram"): [("Rim", 1, "500 lbr")],
 ("Pulpen Gel", "0,5 mm tinta hitam"): [("Buah", 1 / 12, ""), ("Pak", 1, "1 pak isi 12")],
 ("Pulpen Ballpoint", "0,7 mm tinta biru"): [("Buah", 1 / 12, ""), ("Pak", 1, "1 pak isi 12")],
 ("Spidol Whiteboard", "isi ulang, warna hitam/biru"): [("Buah", 1 / 12, ""), ("Lusin", 1, "")],
 ("Spidol Permanen", "ujung bulat, hitam"): [("Buah", 1 / 12, "")],
 ("Map Plastik Kancing", "ukuran folio"): [("Buah", 1 / 12, ""), ("Lusin", 1, "")],
 ("Isi Staples", "No. 10, isi 20 pak"): [("Pak", 1 / 20, "=No. 10, per pak"), ("Box", 1, "")],
 ("Amplop Putih Kabinet", "tanpa logo, isi 100"): [("Lembar", 1 / 100, "=kabinet putih tanpa logo, per lembar"), ("Box", 1, "")],
 ("Baterai Alkaline", "AA isi 2"): [("Buah", 1 / 2, "=AA, per buah"), ("Pak", 1, "")],
 ("Tisu Gulung", "isi 10 roll"): [("Roll", 1 / 10, "=per roll")],
 ("Kantong Sampah Plastik", "hitam 90 x 120 cm, isi 10"): [("Lembar", 1 / 10, "=hitam 90 x 120 cm, per lembar"), ("Pak", 1, "")],
 ("Cairan Pembersih Lantai", "jerigen 5 liter"): [("Liter", 1 / 5, "=curah, per liter"), ("Jerigen", 1, "")],
 ("Mie Instan", "isi 40 bungkus"): [("Dus", 1, ""), ("Bungkus", 1 / 40, "=per bungkus")],
 ("Beras Medium", "karung 25 kg"): [("Kg", 1 / 25, "=medium, per kg"), ("Karung", 1, "")],
 ("Kabel UTP", "Cat 6, 305 m"): [("Meter", 1 / 305, "=Cat 6, per meter"), ("Roll", 1, "")],
 ("Konektor RJ45", "Cat 6, isi 100"): [("Pcs", 1 / 100, "=Cat 6, per pcs")],
 ("Medali", "logam, diameter 6 cm + pita (emas/perak/perunggu)"): [("Set", 3, "=logam 6 cm + pita, 1 set = emas, perak, perunggu"), ("Buah", 1, "")],
 ("Sarung Tangan Nitril", "isi 100, ukuran M"): [("Box", 1, ""), ("Pcs", 1 / 100, "=nitril ukuran M, per pcs")],
 ("Masker Medis", "3 ply, isi 50"): [("Box", 1, ""), ("Pcs", 1 / 50, "=3 ply, per pcs")],
 ("Spanduk", "bahan flexi 280 gr, cetak full color"): [("Lembar", 5, "ukuran 1 x 5 m"), ("m2", 1, "")],
 ("Backdrop Kegiatan", "print flexi + rangka besi"): [("Paket", 18, "ukuran 3 x 6 m"), ("m2", 1, "")],
 ("Shuttlecock", "kelas turnamen, isi 12"): [("Tabung", 1, ""), ("Buah", 1 / 12, "=kelas turnamen, per buah")],
 ("Aquades", "jerigen 20 liter"): [("Liter", 1 / 20, "=per liter"), ("Jerigen", 1, "")],
}

# per-unit koefisien shapes (unit -> list of part units)
def koef_parts(rng, it, unit, price_rka):
    u = it["unit"]
    if it["cat"] == "SBU":
        if u == "OJ":
            return [(rng.choice([1, 2, 3]), "Orang"), (rng.choice([2, 3, 4]), "Jam")]
        if u == "OH":
            if it["name"].startswith("Biaya Penginapan"):
                return [(rng.choice([2, 3, 4]), "Orang"), (rng.choice([2, 3]), "Malam")]
            if "Posko" in it["name"]:
                return [(rng.choice([4, 6, 8]), "Orang"), (rng.choice([15, 30]), "Hari")]
            return [(rng.choice([2, 3, 4, 5]), "Orang"), (rng.choice([2, 3, 4]), "Hari")]
        if it["spec"] in ("Ketua", "Sekretaris", "Pengarah", "Penanggung Jawab", "Ketua/Wakil Ketua",
                          "Ketua Juri, tingkat kota") and u in ("OK", "OB"):
            return [(1, "Orang"), ((12, "Bulan") if u == "OB" else (rng.choice([1, 2]), "Kegiatan"))][:1] + \
                   [(12, "Bulan") if u == "OB" else (rng.choice([1, 2]), "Kegiatan")]
        if u == "OK":
            return [(rng.choice([1, 2, 3, 5]), "Orang"), (rng.choice([1, 2]), "Kegiatan")]
        if u == "OB":
            return [(rng.choice([2, 3, 4, 6, 8]), "Orang"), (12, "Bulan")]
        if u == "OP":
            return [(rng.choice([2, 3, 4]), "Orang"), (rng.choice([8, 12, 16]), "Pertandingan")]
        if u == "Orang/Kali":
            return [(rng.choice([25, 30, 40, 50, 60]), "Orang"), (rng.choice([2, 3, 4]), "Kali")]
        if u == "Orang/Hari":
            return [(rng.choice([20, 30, 40]), "Orang"), (rng.choice([1, 2, 3]), "Hari")]
        if u == "Orang/PP":
            return [(rng.choice([2, 3, 4]), "Orang"), (rng.choice([1, 2]), "Kali")]
        if u in ("Unit/Hari", "Set/Hari", "Paket/Hari"):
            return [(rng.choice([1, 1, 2, 3]), u.split("/")[0]), (rng.choice([2, 3, 5]), "Hari")]
        if u == "m2/Hari":
            return [(rng.choice([24, 36, 48]), "m2"), (rng.choice([2, 3]), "Hari")]
        if u == "Buah/Hari":
            return [(rng.choice([100, 200, 300]), "Buah"), (rng.choice([2, 3]), "Hari")]
        if u == "Hari":
            return [(rng.choice([1, 2, 3]), "Hari")]
        if u == "Unit/Kali":
            return [(rng.choice([2, 3, 4, 6]), "Unit"), (rng.choice([2, 4]), "Kali")]
        return [(rng.choice([1, 2, 3, 4]), unit)]
    if it["unit"] == "Liter" and it["acc"] == "BBM":
        return [(rng.choice([2, 3, 4]), "Unit"), (rng.choice([40, 50, 60]), "Liter"), (12, "Bulan")]
    if price_rka >= 5_000_000:
        q = rng.choice([1, 1, 2, 3])
    elif price_rka >= 1_000_000:
        q = rng.choice([1, 2, 3, 4, 5, 6])
    elif price_rka >= 100_000:
        q = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20])
    elif price_rka >= 10_000:
        q = rng.choice([5, 10, 12, 15, 20, 24, 25, 30, 40, 50])
    else:
        q = rng.choice([50, 100, 120, 150, 200, 250, 300, 500])
    return [(q, unit)]

def step_for(p):
    if p < 10_000:
        return 50
    if p < 100_000:
        return 100
    if p < 1_000_000:
        return 500
    return 1000

def make_price(rng, base, over):
    if over:
        r = rng.uniform(1.2, 1.75)
        st = step_for(base * r)
        return int(math.ceil(base * r / st) * st)
    r = rng.choice([1.0, 1.0, 1.0, 0.97, 0.95, 0.9])
    st = step_for(base * r)
    return int(math.floor(base * r / st + 1e-9) * st)

COMBOS_SINGLE = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
COMBOS_DOUBLE = [("OVERPRICED", "ARITHMETIC"), ("OVERPRICED", "DUPLICATE"), ("NO_PRICE_REFERENCE", "OFF_TARGET"),
                 ("NO_PRICE_REFERENCE", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "ACCOUNT_MISMATCH"), ("DUPLICATE", "ARITHMETIC")]

def deal_slots(subkegs, n_single=22, n_double=6, seed=SEED):
    """Assign label sets to each sub-kegiatan, spread evenly; returns {sk_id: [labelset,...]}"""
    rng = random.Random(seed)
    cap = {s["id"]: s["n"] for s in subkegs}
    slots = {s["id"]: [] for s in subkegs}
    order = [s["id"] for s in subkegs]
    sets = []
    for d in COMBOS_DOUBLE:
        sets += [tuple(d)] * n_double
    for t in COMBOS_SINGLE:
        sets += [(t,)] * n_single
    # deal type by type round robin, rotating start
    pos = 0
    for ls in sets:
        for k in range(len(order)):
            sid = order[(pos + k) % len(order)]
            if len(slots[sid]) < cap[sid] - max(4, cap[sid] * 35 // 100):  # keep room for clean lines
                slots[sid].append(ls)
                pos = (pos + k + 1) % len(order)
                break
        else:
            raise RuntimeError("no room")
    for s in subkegs:
        sid = s["id"]
        slots[sid] += [()] * (cap[sid] - len(slots[sid]))
        rng.shuffle(slots[sid])
    return slots

# ---------------------------------------------------------------- sub-kegiatan
# noref items: (name, spec, unit, price, acc)
OFF_NOREF = [
 ("Parsel Hari Raya untuk pegawai", "isi sembako + kue kering", "Paket", 750000, "SERAH"),
 ("Karangan bunga papan ucapan selamat", "ukuran 2 x 1,25 m", "Buah", 1250000, "BAHANLAIN"),
 ("Voucher belanja pegawai akhir tahun", "nominal Rp 500 ribu", "Lembar", 500000, "SERAH"),
 ("Paket wisata outbound pegawai ke Bali", "3 hari 2 malam, all in", "Orang", 6850000, "PERJADIN"),
 ("Seragam batik HUT Korpri untuk keluarga pegawai", "kain batik + jahit", "Stel", 450000, "PAKKHUSUS"),
 ("Kue ulang tahun pimpinan", "tart 30 x 30 cm", "Buah", 650000, "MAMIN"),
 ("Sewa kapal pesiar Mahakam untuk gathering pegawai", "kapasitas 50 orang", "Unit/Hari", 9500000, "SEWAKAPAL"),
 ("Langganan TV kabel rumah jabatan", "paket premium 12 bulan", "Tahun", 4200000, "JASALAIN"),
 ("Alat pancing + joran", "set lengkap", "Set", 1350000, "BAHANLAIN"),
 ("Mesin karaoke + mic wireless", "untuk ruang pegawai", "Unit", 8750000, "MSTUDIO"),
]

SUBKEGS = [
 dict(id="UMUM1", opd="Bagian Umum Sekretariat Daerah Kota Samarinda", n=20,
      urusan="4.01 SEKRETARIAT DAERAH", program="4.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kegiatan="4.01.01.2.06 Administrasi Umum Perangkat Daerah",
      code="4.01.01.2.06.0002", name="Penyediaan Peralatan dan Perlengkapan Kantor",
      indikator="Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", target="12 Paket",
      inscope={"K", "IT", "MEB", "ART"}, off={"OR", "BUDAYA", "LAB", "SOS", "SEMBAKO"},
      noref=[("Papan nama meja pejabat", "akrilik 3 mm + cetak UV", "Buah", 175000, "ATK"),
             ("Stempel flash + tinta", "ukuran 4 x 6 cm, logo Pemkot", "Buah", 185000, "ATK"),
             ("Tirai vertical blind ruang kerja", "bahan PVC, per m2", "m2", 325000, "MMEBEL"),
             ("Label printer thermal (pita)", "12 mm x 8 m", "Buah", 165000, "ATK")]),
 dict(id="UMUM2", opd="Bagian Umum Sekretariat Daerah Kota Samarinda", n=20,
      urusan="4.01 SEKRETARIAT DAERAH", program="4.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kegiatan="4.01.01.2.08 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      code="4.01.01.2.08.0004", name="Penyediaan Jasa Pelayanan Umum Kantor",
      indikator="Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor", target="12 Laporan",
      inscope={"JASA", "BERSIH", "BBM", "PELKEND", "PELART"}, off={"OR", "BUDAYA", "LAB", "SOS", "SEMBAKO"},
      noref=[("Jasa fumigasi/pengendalian hama gedung kantor", "per m2 per tahun", "m2", 12500, "JASALAIN"),
             ("Jasa pencucian karpet ruang rapat", "per m2", "m2", 25000, "JASALAIN"),
             ("Jasa pembersihan talang dan atap gedung", "per gedung per kali", "Kali", 2750000, "JASALAIN"),
             ("Jasa pengangkutan sampah kantor (kontainer)", "per bulan, 2 kali angkut/minggu", "Bulan", 1750000, "JASALAIN")]),
 dict(id="DISPORA1", opd="Dinas Pemuda dan Olahraga Kota Samarinda", n=20,
      urusan="2.19 URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA", program="2.19.03 PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN",
      kegiatan="2.19.03.2.02 Penyelenggaraan Kejuaraan Olahraga",
      code="2.19.03.2.02.0001", name="Penyelenggaraan Kejuaraan Olahraga Tingkat Daerah Kabupaten/Kota",
      indikator="Jumlah Kejuaraan Olahraga Tingkat Kota yang Diselenggarakan", target="3 Event",
      inscope={"OR", "JURI", "EVENT", "ORSEWA", "R", "FIELD"}, off={"LAB", "SOS", "SATPOLX", "BUDAYA", "SEMBAKO"},
      noref=[("Papan skor digital", "LED, portable, remote", "Unit", 6750000, "MOR"),
             ("Karpet lapangan bulutangkis (sewa)", "vinyl standar BWF, per lapangan", "Lapangan/Hari", 1750000, "SEWAALAT"),
             ("Asuransi kecelakaan atlet peserta", "per atlet per event", "Orang", 35000, "JASALAIN"),
             ("Jasa tenaga medis/ambulans siaga", "per hari", "Hari", 1500000, "JASALAIN")]),
 dict(id="DISPORA2", opd="Dinas Pemuda dan Olahraga Kota Samarinda", n=20,
      urusan="2.19 URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA", program="2.19.02 PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      kegiatan="2.19.02.2.01 Pemberdayaan dan Pengembangan Pemuda Kabupaten/Kota",
      code="2.19.02.2.01.0003", name="Pelatihan Kewirausahaan Pemuda",
      indikator="Jumlah Pemuda Peserta Pelatihan Kewirausahaan", target="60 Orang",
      inscope={"R", "NS", "PAKET", "K", "TIM"}, off={"OR", "LAB", "SOS", "SATPOLX", "BENCANAX"},
      noref=[("Modal usaha stimulan (starter kit) peserta", "peralatan usaha kuliner skala mikro", "Paket", 2500000, "SERAH"),
             ("Bahan praktik pelatihan sablon", "tinta sablon + screen + rakel", "Paket", 450000, "BAHANLAIN"),
             ("Langganan aplikasi desain grafis", "lisensi 1 tahun, per akun", "Akun", 1850000, "JASALAIN"),
             ("Biaya pendaftaran NIB/sertifikasi halal peserta", "per peserta", "Orang", 300000, "JASALAIN")]),
 dict(id="LAB1", opd="UPTD Laboratorium Lingkungan - Dinas Lingkungan Hidup Kota Samarinda", n=17,
      urusan="2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP", program="2.11.03 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      kegiatan="2.11.03.2.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      code="2.11.03.2.01.0004", name="Pemantauan Kualitas Air Sungai Karang Mumus dan Anak Sungai",
      indikator="Jumlah Titik Sampel Air Sungai yang Diuji", target="48 Titik",
      inscope={"LAB", "BBM", "DK", "BOAT", "K"}, off={"OR", "BUDAYA", "SATPOLX", "SOS"},
      noref=[("Uji kualitas air parameter logam berat (lab rujukan)", "per sampel, 8 parameter", "Sampel", 1450000, "JASALAIN"),
             ("GPS handheld", "akurasi 3 m", "Unit", 6250000, "MLAB"),
             ("Kalibrasi pH meter dan DO meter", "oleh lab terakreditasi KAN", "Alat", 1250000, "PELIHARAART")]),
 dict(id="LAB2", opd="UPTD Laboratorium Lingkungan - Dinas Lingkungan Hidup Kota Samarinda", n=17,
      urusan="2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP", program="2.11.03 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      kegiatan="2.11.03.2.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      code="2.11.03.2.01.0007", name="Pengujian Kualitas Air Limbah Usaha dan/atau Kegiatan",
      indikator="Jumlah Sampel Air Limbah Usaha/Kegiatan yang Diuji", target="120 Sampel",
      inscope={"LAB", "DK", "KEND", "K", "BBM"}, off={"OR", "BUDAYA", "SATPOLX", "SOS"},
      noref=[("Reagen COD range tinggi (vial)", "0-1500 mg/L, isi 25 vial", "Box", 1650000, "KIMIA"),
             ("Autosampler komposit air limbah", "24 botol, portable", "Unit", 48500000, "MLAB"),
             ("Segel sampel bernomor seri", "plastik, isi 100", "Pak", 145000, "KIMIA")]),
 dict(id="SATPOL1", opd="Satuan Polisi Pamong Praja Kota Samarinda", n=18,
      urusan="1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
      program="1.05.02 PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
      kegiatan="1.05.02.2.01 Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      code="1.05.02.2.01.0001", name="Penanganan Gangguan Ketenteraman dan Ketertiban Umum melalui Patroli Wilayah",
      indikator="Jumlah Patroli Ketenteraman dan Ketertiban Umum yang Dilaksanakan", target="365 Kali",
      inscope={"SATPOL", "BBM", "FIELD", "KEND", "DK"}, off={"OR", "BUDAYA", "LAB", "SOS"},
      noref=[("Sirine + rotator mobil patroli", "LED, 100 watt, termasuk pasang", "Set", 3850000, "PELIHARAKEND"),
             ("Pulsa/paket data HT-POC patroli", "per kartu per bulan", "Kartu/Bulan", 150000, "JASALAIN"),
             ("Segel/stiker pelanggaran Perda", "vinyl cetak bernomor", "Lembar", 12500, "CETAK")]),
 dict(id="SATPOL2", opd="Satuan Polisi Pamong Praja Kota Samarinda", n=18,
      urusan="1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
      program="1.05.02 PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
      kegiatan="1.05.02.2.02 Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      code="1.05.02.2.02.0003", name="Peningkatan Kapasitas Anggota Satpol PP dalam Penegakan Perda",
      indikator="Jumlah Anggota Satpol PP yang Mengikuti Peningkatan Kapasitas", target="80 Orang",
      inscope={"R", "NS", "PAKET", "SATPOL", "PJ", "K", "TIM"}, off={"BUDAYA", "LAB", "SOS"},
      noref=[("Biaya kontribusi diklat PPNS (Kemendagri)", "per peserta", "Orang", 7500000, "PERJADIN"),
             ("Sewa lapangan tembak untuk latihan beladiri", "per hari", "Hari", 1850000, "SEWAGED"),
             ("Matras beladiri (tatami)", "1 x 1 m, tebal 4 cm", "Lembar", 385000, "BAHANLAIN")]),
 dict(id="BPBD1", opd="Badan Penanggulangan Bencana Daerah Kota Samarinda", n=22,
      urusan="1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
      program="1.05.03 PROGRAM PENANGGULANGAN BENCANA",
      kegiatan="1.05.03.2.01 Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      code="1.05.03.2.01.0003", name="Pembentukan dan Pelatihan Kelurahan Tangguh Bencana (Katana)",
      indikator="Jumlah Kelurahan Tangguh Bencana yang Dibentuk dan Dilatih", target="6 Kelurahan",
      inscope={"R", "NS", "K", "FIELD", "TIM"}, off={"OR", "BUDAYA", "LAB", "SATPOLX"},
      noref=[("Papan rambu jalur evakuasi", "plat galvanis + tiang, reflektif", "Buah", 1250000, "BAHANLAIN"),
             ("Peta rawan bencana kelurahan (cetak A0)", "laminasi + bingkai", "Lembar", 485000, "CETAK"),
             ("Kentongan/alat peringatan dini manual", "kayu ulin + gantungan", "Buah", 350000, "BAHANLAIN")]),
 dict(id="BPBD2", opd="Badan Penanggulangan Bencana Daerah Kota Samarinda", n=22,
      urusan="1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
      program="1.05.03 PROGRAM PENANGGULANGAN BENCANA",
      kegiatan="1.05.03.2.02 Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      code="1.05.03.2.02.0002", name="Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Banjir",
      indikator="Jumlah Paket Logistik Penyelamatan dan Evakuasi yang Tersedia", target="500 Paket",
      inscope={"LOG", "BENCANA", "BBM", "KEND"}, off={"OR", "BUDAYA", "LAB", "SATPOLX"},
      noref=[("Pompa air portable (alkon)", "3 inch, bensin 6,5 HP", "Unit", 4850000, "MSAR"),
             ("Karung pasir (sand bag)", "karung plastik 50 x 80 cm + isi pasir", "Buah", 12500, "SERAH"),
             ("Lampu sorot LED portable", "100 watt + tripod", "Unit", 1450000, "MSAR")]),
 dict(id="DINSOS1", opd="Dinas Sosial Kota Samarinda", n=24,
      urusan="1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL", program="1.06.04 PROGRAM REHABILITASI SOSIAL",
      kegiatan="1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar",
      code="1.06.04.2.01.0003", name="Pemberian Alat Bantu bagi Penyandang Disabilitas",
      indikator="Jumlah Penyandang Disabilitas yang Menerima Alat Bantu", target="150 Orang",
      inscope={"SOS", "R", "K", "DK"}, off={"OR", "BUDAYA", "LAB", "SATPOLX", "BENCANAX"},
      noref=[("Kursi roda elektrik", "baterai lithium, joystick", "Unit", 14500000, "MKESEH"),
             ("Kacamata baca/koreksi", "lensa + frame standar", "Buah", 275000, "MKESEH"),
             ("Jasa asesmen kebutuhan alat bantu (fisioterapis)", "per penerima", "Orang", 150000, "JASALAIN")]),
 dict(id="BUDAYA1", opd="Dinas Kebudayaan Kota Samarinda", n=18,
      urusan="2.22 URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN", program="2.22.02 PROGRAM PENGEMBANGAN KEBUDAYAAN",
      kegiatan="2.22.02.2.01 Pelestarian Kesenian Tradisional",
      code="2.22.02.2.01.0002", name="Penyelenggaraan Festival Seni Tradisional Kota Samarinda",
      indikator="Jumlah Festival Kesenian Tradisional yang Diselenggarakan", target="1 Festival",
      inscope={"BUDAYA", "EVENT", "R", "JURI", "FIELD"}, off={"LAB", "SOS", "SATPOLX"},
      noref=[("Jasa koreografer pertunjukan kolosal", "per paket garapan", "Paket", 12500000, "JASALAIN"),
             ("Kembang api/pertunjukan piroteknik", "paket 5 menit", "Paket", 18500000, "BAHANLAIN"),
             ("Sewa kapal hias untuk parade sungai", "per kapal per hari", "Unit/Hari", 3250000, "SEWAKAPAL")]),
 dict(id="BUDAYA2", opd="Dinas Kebudayaan Kota Samarinda", n=18,
      urusan="2.22 URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN", program="2.22.02 PROGRAM PENGEMBANGAN KEBUDAYAAN",
      kegiatan="2.22.02.2.01 Pelestarian Kesenian Tradisional",
      code="2.22.02.2.01.0005", name="Pembinaan Sanggar Seni Tradisional",
      indikator="Jumlah Sanggar Seni Tradisional yang Dibina", target="25 Sanggar",
      inscope={"BUDAYA", "NS", "R", "K", "TIM"}, off={"LAB", "SOS", "SATPOLX", "BENCANAX", "OR"},
      noref=[("Rebab/alat musik gesek tradisional Kutai", "kayu nangka", "Buah", 2250000, "MMUSIK"),
             ("Pelatihan tata rias panggung (jasa MUA)", "per peserta", "Orang", 350000, "JASALAIN"),
             ("Hibah perawatan alat musik sanggar", "per sanggar", "Sanggar", 2500000, "SERAH")]),
 dict(id="BAPENDA1", opd="Badan Pendapatan Daerah Kota Samarinda", n=20,
      urusan="5.02 KEUANGAN", program="5.02.03 PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
      kegiatan="5.02.03.2.01 Perencanaan Pengelolaan Pendapatan Daerah",
      code="5.02.03.2.01.0004", name="Pendataan dan Pemutakhiran Objek Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      indikator="Jumlah Objek Pajak PBB-P2 yang Didata dan Dimutakhirkan", target="4.000 Objek Pajak",
      inscope={"DK", "FIELD", "K", "KEND", "BBM"}, off={"OR", "BUDAYA", "LAB", "SOS", "SATPOLX", "BENCANAX"},
      noref=[("Jasa foto udara/ortofoto wilayah objek PBB", "resolusi 5 cm, per km2", "Km2", 8500000, "JASALAIN"),
             ("Plat/stiker nomor objek pajak (NOP)", "aluminium 10 x 15 cm, cetak UV", "Buah", 22500, "CETAK"),
             ("Meteran dorong (walking measure)", "digital, 0-9.999 m", "Buah", 785000, "BAHANLAIN")]),
 dict(id="BAPENDA2", opd="Badan Pendapatan Daerah Kota Samarinda", n=20,
      urusan="5.02 KEUANGAN", program="5.02.03 PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
      kegiatan="5.02.03.2.02 Analisa dan Pengembangan Pendapatan Daerah",
      code="5.02.03.2.02.0003", name="Sosialisasi dan Edukasi Pajak Daerah kepada Wajib Pajak",
      indikator="Jumlah Wajib Pajak yang Mengikuti Sosialisasi Pajak Daerah", target="600 Wajib Pajak",
      inscope={"R", "NS", "K", "PUBLIK", "EVENT"}, off={"OR", "BUDAYA", "LAB", "SOS", "SATPOLX", "BENCANAX"},
      noref=[("Iklan layanan masyarakat di videotron simpang jalan", "durasi 30 detik, 20 kali tayang/hari", "Bulan", 7500000, "JASALAIN"),
             ("Doorprize undian wajib pajak taat", "hadiah barang elektronik", "Paket", 1500000, "HADIAH"),
             ("Boosting konten media sosial", "per kampanye 30 hari", "Paket", 2500000, "JASALAIN")]),
]
SK = {s["id"]: s for s in SUBKEGS}
# ceremonial items that could serve an award/opening in many sub-kegiatan: never picked as OFF_TARGET
NEVER_OFF_PICK = {"Piala/Trofi", "Medali", "Gong", "Uang Pembinaan Juara", "Kain Ulap Doyo", "Peluit Wasit"}
# generic items never used as OFF_TARGET (could be defended in almost any sub-kegiatan)
NEVER_OFF = {"Genset", "Stopwatch Digital", "Senter LED", "Handy Talky (HT)", "Jas Hujan Ponco", "Rompi Reflektor", "Sepatu Boots Karet",
             "Masker Medis", "Sarung Tangan Nitril", "Cool Box", "Air Mineral", "Megaphone/Toa", "Es Gel (Ice Pack)",
             "Aquades", "Alat Pemadam Api Ringan (APAR)", "Rak Besi Siku", "Kursi Lipat", "Sewa Kendaraan Roda 4 (MPV)",
             "Sewa Kendaraan Pick Up", "Sewa Kendaraan Minibus", "Uang Harian Perjalanan Dinas Dalam Kota",
             "Uang Transport Perjalanan Dinas Dalam Kota", "Nasi Bungkus Kegiatan Lapangan", "Snack Kegiatan Lapangan",
             "Kudapan/Snack Rapat", "Makan Rapat (Nasi Kotak)", "Bahan Bakar Minyak Pertalite", "Bahan Bakar Minyak Dexlite",
             "Jasa Dokumentasi Kegiatan", "Sewa Aula/Ruang Pertemuan", "Sewa Proyektor + Layar", "Spanduk", "Banner Roll Up",
             "Sertifikat/Piagam", "Brosur/Leaflet", "Penggandaan/Fotokopi", "ID Card", "Undangan Cetak", "Buku Panduan/Modul",
             "Kaos Sablon Kegiatan", "Backdrop Kegiatan", "Sewa Genset", "Sewa Sound System", "Sewa Tenda Sarnafil",
             "Sewa Kursi Futura + Cover", "Honorarium Tim Pelaksana Kegiatan", "Honorarium Panitia"}

FILES = [
 dict(stem="rka_bagian_umum_setda_2027", ext="xlsx", layout="xlsx_sipd_sheets_hidden", subkegs=["UMUM1", "UMUM2"], ppn=True, numbering="seq"),
 dict(stem="rka_dispora_2027", ext="xlsx", layout="xlsx_flat_textprice", subkegs=["DISPORA1", "DISPORA2"], ppn=False, numbering="hier"),
 dict(stem="rka_uptd_labling_2027", ext="xlsx", layout="xlsx_multisheet_ppnamount", subkegs=["LAB1", "LAB2"], ppn=True, numbering="seq"),
 dict(stem="rka_satpolpp_2027", ext="csv", layout="csv_sipd_export", subkegs=["SATPOL1", "SATPOL2"], ppn=True, numbering="seq"),
 dict(stem="rka_bpbd_2027", ext="pdf", layout="pdf_sipd_print", subkegs=["BPBD1", "BPBD2"], ppn=True, numbering="seq"),
 dict(stem="rka_dinsos_2027_scan", ext="pdf", layout="scan_image_pdf", subkegs=["DINSOS1"], ppn=False, numbering="seq"),
 dict(stem="rka_disbud_2027", ext="pdf", layout="pdf_noruling_continued", subkegs=["BUDAYA1", "BUDAYA2"], ppn=False, numbering="letter"),
 dict(stem="rka_bapenda_2027", ext="docx", layout="docx_word_table", subkegs=["BAPENDA1", "BAPENDA2"], ppn=False, numbering="seq"),
]

def item_name(rng, it, avoid=None):
    opts = ALT.get(it["name"], [it["name"]])
    opts = [o for o in opts if o != avoid] or opts
    return rng.choice(opts)

def pick_variant(rng, it, avoid_unit=None):
    vs = CONV.get((it["name"], it["spec"]))
    if not vs:
        return (it["unit"], 1.0, it["spec"])
    cands = [v for v in vs if v[0] != avoid_unit] or vs
    u, c, sp = rng.choice(cands)
    if sp.startswith("="):
        spec = sp[1:]
    elif sp:
        spec = it["spec"] + ", " + sp
    else:
        spec = it["spec"]
    return (u, c, spec)

def build(seed=SEED):
    rng = random.Random(seed)
    cat = build_catalogues()
    slots = deal_slots(SUBKEGS)
    lines_by_sk = {}
    used_off_noref = set()
    for sk in SUBKEGS:
        sid = sk["id"]
        insc = [it for it in cat if it["tags"] & sk["inscope"]]
        offc = [it for it in cat if it["tags"] & sk["off"] and not (it["tags"] & sk["inscope"]) and it["name"] not in NEVER_OFF]
        rng.shuffle(insc); rng.shuffle(offc)
        used_names = set()
        noref_pool = list(sk["noref"]); rng.shuffle(noref_pool)
        lines = []
        order = sorted(range(len(slots[sid])), key=lambda i: ("DUPLICATE" in slots[sid][i], i))
        placed = {}
        for i in order:
            labels = set(slots[sid][i])
            L = dict(sk=sid, labels=sorted(labels), slot=i, dup_of=None, ref=None)
            if "DUPLICATE" in labels:
                cands = [l for l in lines if l["ref"] and "DUPLICATE" not in l["labels"] and "ACCOUNT_MISMATCH" not in l["labels"]
                         and "OFF_TARGET" not in l["labels"] and not l.get("has_dup") and l["slot"] < i]
                if not cands:
                    cands = [l for l in lines if l["ref"] and "DUPLICATE" not in l["labels"] and "ACCOUNT_MISMATCH" not in l["labels"]
                             and "OFF_TARGET" not in l["labels"] and not l.get("has_dup")]
                orig = rng.choice(cands)
                orig["has_dup"] = True
                it = cat[orig["ref"]]
                if L["slot"] < orig["slot"]:
                    L["slot"] = orig["slot"] + 0.5
                L["dup_of_slot"] = orig["slot"]
                L["orig"] = orig
                name = item_name(rng, it, avoid=orig["item"])
                unit, conv, spec = pick_variant(rng, it, avoid_unit=None)
                L.update(item=name, spec=spec, unit=unit, conv=conv, ref=it["id"], acc=it["acc"])
            elif "NO_PRICE_REFERENCE" in labels:
                if "OFF_TARGET" in labels:
                    cand = [x for x in OFF_NOREF if x[0] not in used_off_noref]
                    x = cand[rng.randrange(len(cand))]
                    used_off_noref.add(x[0])
                else:
                    x = noref_pool.pop()
                L.update(item=x[0], spec=x[1], unit=x[2], conv=None, noref_price=x[3], acc=x[4])
            else:
                pool = offc if "OFF_TARGET" in labels else insc
                it = None
                for c in pool:
                    if c["name"] not in used_names and not ("OFF_TARGET" in labels and c["name"] in NEVER_OFF_PICK):
                        it = c; break
                if it is None:
                    raise RuntimeError("pool exhausted %s %s" % (sid, labels))
                used_names.add(it["name"])
                if "OFF_TARGET" not in labels:
                    pass
                name = item_name(rng, it)
                unit, conv, spec = pick_variant(rng, it)
                L.update(item=name, spec=spec, unit=unit, conv=conv, ref=it["id"], acc=it["acc"])
            if L.get("ref") is not None:
                it = cat[L["ref"]]
                base = it["price"] * L["conv"]
                L["price"] = make_price(rng, base, "OVERPRICED" in labels)
            else:
                L["price"] = L["noref_price"]
            # koefisien
            it = cat[L["ref"]] if L.get("ref") is not None else dict(cat="X", unit=L["unit"], name=L["item"], acc=L["acc"])
            parts = koef_parts(rng, it, L["unit"], L["price"])
            if L.get("orig") is not None and (len(L["orig"]["parts"]) > 1 or rng.random() < 0.5) \
                    and L["orig"]["unit"] == L["unit"]:
                parts = list(L["orig"]["parts"])
            if L["unit"] != it["unit"] and len(parts) == 1:
                parts = [(parts[0][0], L["unit"])]
            L["parts"] = parts
            lines.append(L)
        lines.sort(key=lambda l: l["slot"])
        lines_by_sk[sid] = lines
    return cat, lines_by_sk

def finalize(cat, lines_by_sk, rng_seed=SEED + 1):
    """Accounts, PPN, volume, jumlah, arithmetic errors, ordering and numbering per file."""
    rng = random.Random(rng_seed)
    out = []
    for f in FILES:
        flines = []
        n = 0
        for si, sid in enumerate(f["subkegs"]):
            lines = lines_by_sk[sid]
            for L in lines:
                proper = L["acc"]
                L["proper_acc"] = proper
                if "ACCOUNT_MISMATCH" in L["labels"]:
                    L["print_acc"] = rng.choice(WRONG_ACC[acc_class(proper)])
                else:
                    L["print_acc"] = proper
                cls = acc_class(proper)
                L["ppn"] = 11 if (f["ppn"] and cls in ("goods", "asset")) else 0
            # dup must follow original: group by printed account, order groups by first appearance
            # but force dup into the original's group after it
            order_keys = {}
            for L in lines:
                order_keys.setdefault(L["print_acc"], len(order_keys))
            groups = {}
            for L in lines:
                groups.setdefault(L["print_acc"], []).append(L)
            g_sorted = sorted(groups.keys(), key=lambda a: ACC[a][0])
            ordered = []
            for a in g_sorted:
                ordered += groups[a]
            # ensure duplicates are after their originals
            for L in ordered:
                if L.get("orig"):
                    assert [id(x) for x in ordered].index(id(L["orig"])) < [id(x) for x in ordered].index(id(L)), "dup order"
            for k, L in enumerate(ordered, 1):
                n += 1
                if f["numbering"] == "seq":
                    L["no"] = str(n)
                elif f["numbering"] == "hier":
                    L["no"] = "%d.%d" % (si + 1, k)
                else:
                    L["no"] = "%s.%d" % ("AB"[si], k)
                L["file"] = f["stem"] + "." + f["ext"]
                L["order"] = n
                # volume & jumlah
                prod = 1
                for q, _ in L["parts"]:
                    prod *= q
                L["koef_product"] = prod
                L["volume"] = prod
                L["ar_kind"] = None
                if "ARITHMETIC" in L["labels"]:
                    kinds = ["digit", "digit", "koef"]
                    if len(L["parts"]) > 1:
                        kinds += ["koef", "koef"]
                    if L["ppn"]:
                        kinds += ["ppn", "ppn"]
                    L["ar_kind"] = rng.choice(kinds)
                    if L["ar_kind"] == "koef":
                        L["volume"] = prod + rng.choice([-2, -1, 1, 2, 3, prod // 2 or 1]) if prod > 3 else prod + rng.choice([1, 2])
                        if L["volume"] <= 0:
                            L["volume"] = prod + 2
                correct = round(L["koef_product"] * L["price"] * (1 + L["ppn"] / 100))
                L["jumlah_correct"] = correct
                j = round(L["volume"] * L["price"] * (1 + L["ppn"] / 100))
                if L["ar_kind"] == "ppn":
                    j = round(L["volume"] * L["price"])
                elif L["ar_kind"] == "digit":
                    mode = rng.choice(["x10", "pct", "pct", "swap"])
                    if mode == "x10":
                        j = j * 10
                    elif mode == "pct":
                        j = int(round(j * rng.choice([1.1, 1.2, 0.9, 0.8, 1.5, 0.5]) / 1000) * 1000)
                    else:
                        s = str(j)
                        i = next((i for i in range(len(s) - 1) if s[i] != s[i + 1]), None)
                        if i is None:
                            j = j + 100000
                        else:
                            j = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                L["jumlah"] = j
                flines.append(L)
        out.append((f, flines))
    return out

def describe_ref(cat, L):
    if L.get("ref") is None:
        return None
    it = cat[L["ref"]]
    return dict(catalogue=it["file"], row_no=it["no"], kode=it["code"], name=it["name"], spec=it["spec"],
                unit=it["unit"], price=it["price"], rka_unit=L["unit"], conv=L["conv"],
                rka_price_per_catalogue_unit=round(L["price"] / L["conv"], 2),
                ratio=round(L["price"] / L["conv"] / it["price"], 4))
