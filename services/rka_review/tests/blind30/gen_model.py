# Model: accounts, sub-kegiatan specs, line generation (used by generate.py)
import random
from fractions import Fraction as F
import catdata

SSH = catdata.parse(catdata.SSH_TEXT, "ssh")
SBU = catdata.parse(catdata.SBU_TEXT, "sbu")
CAT = {}
for r in SSH:
    if r["kind"] == "item": r["file"] = "ssh_2027_kota_samarinda.xlsx"; CAT[r["key"]] = r
for r in SBU:
    if r["kind"] == "item": r["file"] = "sbu_2027_kota_samarinda.pdf"; CAT[r["key"]] = r

ACC = {
 "5.1.02.01.01.0001": "Belanja Bahan-Bahan Bangunan dan Konstruksi",
 "5.1.02.01.01.0003": "Belanja Bahan-Bahan Kimia",
 "5.1.02.01.01.0004": "Belanja Bahan-Bahan Bakar dan Pelumas",
 "5.1.02.01.01.0006": "Belanja Bahan-Bahan Obat-Obatan",
 "5.1.02.01.01.0008": "Belanja Bahan-Bahan Pupuk dan Bibit Tanaman",
 "5.1.02.01.01.0009": "Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan",
 "5.1.02.01.01.0010": "Belanja Bahan-Bahan Pakan Ternak/Ikan",
 "5.1.02.01.01.0012": "Belanja Bahan Lainnya",
 "5.1.02.01.01.0024": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
 "5.1.02.01.01.0025": "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover",
 "5.1.02.01.01.0026": "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
 "5.1.02.01.01.0027": "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos",
 "5.1.02.01.01.0028": "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Kearsipan",
 "5.1.02.01.01.0029": "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
 "5.1.02.01.01.0031": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik",
 "5.1.02.01.01.0032": "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas",
 "5.1.02.01.01.0035": "Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata",
 "5.1.02.01.01.0036": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan dan Lainnya",
 "5.1.02.01.01.0037": "Belanja Alat/Bahan untuk Kegiatan Kantor-Perkakas Kerja Lapangan",
 "5.1.02.01.01.0052": "Belanja Makanan dan Minuman Rapat dan Kegiatan",
 "5.1.02.01.01.0053": "Belanja Makanan dan Minuman Jamuan Tamu",
 "5.1.02.01.01.0058": "Belanja Makanan dan Minuman Aktivitas Lapangan",
 "5.1.02.01.01.0064": "Belanja Pakaian Dinas Lapangan (PDL)",
 "5.1.02.01.01.0068": "Belanja Pakaian Olahraga",
 "5.1.02.02.01.0003": "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
 "5.1.02.02.01.0004": "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan",
 "5.1.02.02.01.0026": "Belanja Jasa Tenaga Administrasi",
 "5.1.02.02.01.0029": "Belanja Jasa Tenaga Keamanan",
 "5.1.02.02.01.0030": "Belanja Jasa Tenaga Kebersihan",
 "5.1.02.02.01.0031": "Belanja Jasa Tenaga Kerja Harian/Upah Tukang",
 "5.1.02.02.01.0033": "Belanja Jasa Tenaga Pengemudi",
 "5.1.02.02.01.0063": "Belanja Kawat/Faksimili/Internet/TV Berlangganan",
 "5.1.02.02.01.0059": "Belanja Jasa Pelayanan/Pengujian oleh Pihak Ketiga",
 "5.1.02.02.12.0003": "Belanja Langganan Lisensi Perangkat Lunak",
 "5.1.02.05.01.0001": "Belanja Barang yang Akan Diserahkan kepada Masyarakat",
 "5.2.03.01.01.0030": "Belanja Modal Bangunan Pos Jaga",
 "5.2.05.02.01.0001": "Belanja Modal Aset Tidak Berwujud - Software",
 "5.1.02.02.04.0036": "Belanja Sewa Kendaraan Bermotor Penumpang",
 "5.1.02.02.04.0041": "Belanja Sewa Kendaraan Angkutan Barang/Khusus",
 "5.1.02.02.04.0044": "Belanja Sewa Alat Angkutan Apung",
 "5.1.02.02.05.0045": "Belanja Sewa Peralatan Kegiatan (Tenda, Kursi, Meja, Sound System)",
 "5.1.02.02.05.0050": "Belanja Sewa Alat Studio dan Multimedia",
 "5.1.02.02.05.0052": "Belanja Sewa Alat Bantu/Genset",
 "5.1.02.02.11.0006": "Belanja Sewa Gedung Pertemuan",
 "5.1.02.03.02.0035": "Belanja Pemeliharaan Kendaraan Bermotor",
 "5.1.02.03.02.0405": "Belanja Pemeliharaan Alat Rumah Tangga dan Alat Kantor",
 "5.1.02.04.01.0001": "Belanja Perjalanan Dinas Biasa",
 "5.1.02.04.01.0003": "Belanja Perjalanan Dinas Dalam Kota",
 "5.2.02.03.03.0001": "Belanja Modal Alat Pertanian/Perikanan dan Alat Kerja Lapangan",
 "5.2.02.05.01.0005": "Belanja Modal Alat Penyimpan Perlengkapan Kantor",
 "5.2.02.05.02.0001": "Belanja Modal Mebel",
 "5.2.02.05.02.0004": "Belanja Modal Alat Pendingin",
 "5.2.02.05.02.0006": "Belanja Modal Alat Rumah Tangga Lainnya",
 "5.2.02.06.02.0001": "Belanja Modal Alat Studio dan Multimedia",
 "5.2.02.06.03.0001": "Belanja Modal Alat Komunikasi",
 "5.2.02.10.01.0002": "Belanja Modal Personal Computer",
 "5.2.02.10.02.0001": "Belanja Modal Peralatan Personal Computer",
}
CAT_ACC = {"atk": "5.1.02.01.01.0024", "kertas": "5.1.02.01.01.0025", "komp": "5.1.02.01.01.0029",
 "listrik": "5.1.02.01.01.0031", "bersih": "5.1.02.01.01.0036", "bangunan": "5.1.02.01.01.0001",
 "ikan_bahan": "5.1.02.01.01.0003", "pakaian": "5.1.02.01.01.0032", "arsip": "5.1.02.01.01.0028",
 "bbm": "5.1.02.01.01.0004", "honor": "5.1.02.02.01.0003", "perjadin": "5.1.02.04.01.0001",
 "konsumsi": "5.1.02.01.01.0052", "sewa": "5.1.02.02.05.0045", "cetak": "5.1.02.01.01.0026",
 "jasa": "5.1.02.02.01.0031"}
KEY_ACC = {}
def _set(acc, keys):
    for k in keys.split(): KEY_ACC[k] = acc
_set("5.1.02.01.01.0008", "pupuk_npk pupuk_kandang tanah_humus pucuk_merah bougenville tabebuya trembesi rumput_gm rumput_jp polybag")
_set("5.1.02.01.01.0037", "selang gunting_rumput gunting_dahan mata_pisau senar_rumput cangkul")
_set("5.1.02.01.01.0003", "pestisida")
_set("5.1.02.01.01.0010", "pakan_apung30 pakan_apung39 pakan_tenggelam pakan_larva")
_set("5.1.02.01.01.0009", "induk_nila benih_nila benih_lele benih_patin")
_set("5.1.02.01.01.0012", "waring hapa seser selang_aerasi batu_aerasi terpal kantong_benih ember baskom")
_set("5.1.02.01.01.0064", "pdl")
_set("5.1.02.01.01.0068", "kaos")
_set("5.1.02.02.01.0004", "hon_tim_pengarah hon_tim_ketua hon_tim_sek hon_tim_ang")
_set("5.1.02.04.01.0003", "uh_dk8 uh_dk48 transport_dk")
_set("5.1.02.01.01.0053", "snack_tamu makan_tamu")
_set("5.1.02.11.0006".replace("5.1.02.11", "5.1.02.02.11"), "gedung_200 ruang_hotel")
_set("5.1.02.02.04.0036", "mobil_mpv minibus bus45")
_set("5.1.02.02.04.0041", "pickup skylift")
_set("5.1.02.02.04.0044", "speedboat")
_set("5.1.02.02.05.0050", "proyektor_sewa led_screen")
_set("5.1.02.02.05.0052", "genset_sewa")
_set("5.1.02.01.01.0035", "plakat")
_set("5.1.02.01.01.0027", "meterai")
_set("5.1.02.02.01.0030", "t_kebersihan")
_set("5.1.02.02.01.0029", "t_keamanan")
_set("5.1.02.02.01.0026", "t_admin")
_set("5.1.02.02.01.0033", "t_pengemudi")
_set("5.1.02.03.02.0035", "servis_mobil servis_motor")
_set("5.1.02.03.02.0405", "servis_ac freon servis_laptop")
_set("5.1.02.02.01.0063", "internet_bb")
_set("5.2.02.10.01.0002", "laptop_i5 laptop_i7 pc_aio")
_set("5.2.02.10.02.0001", "printer_inkjet printer_laser printer_a3 scanner_adf scanner_flat scanner_a3 ups")
_set("5.2.02.06.02.0001", "proyektor layar kamera cctv")
_set("5.2.02.05.02.0004", "ac1 ac15 ac2 dehumidifier")
_set("5.2.02.05.02.0001", "meja_kerja kursi_kerja kursi_lipat")
_set("5.2.02.05.01.0005", "lemari_arsip filing rak_arsip roll_opack")
_set("5.2.02.05.02.0006", "dispenser tenda_lipat apar")
_set("5.2.02.06.03.0001", "ht megaphone")
_set("5.2.02.03.03.0001", "genset pompa_air mesin_rumput chainsaw tangga blower")

def acc_of(key, sub):
    if key in sub.get("acc_override", {}): return sub["acc_override"][key]
    return KEY_ACC.get(key) or CAT_ACC[CAT[key]["cat"]]

def acc_group(acc):
    if acc.startswith("5.2"): return "modal"
    if acc.startswith("5.1.02.04"): return "perjadin"
    if acc.startswith("5.1.02.03"): return "pemeliharaan"
    if acc.startswith("5.1.02.02.01.000"): return "honor"
    if acc.startswith("5.1.02.02.01"): return "jasa"
    if acc.startswith("5.1.02.02"): return "sewa"
    if acc in ("5.1.02.01.01.0052", "5.1.02.01.01.0053", "5.1.02.01.01.0058"): return "konsumsi"
    return "barang"

# wrong accounts: chosen so that the mismatch is clear (different group)
WRONG = {
 "modal": ["5.1.02.01.01.0024", "5.1.02.01.01.0031", "5.1.02.01.01.0029", "5.1.02.01.01.0036"],
 "barang": ["5.2.02.05.02.0006", "5.1.02.02.01.0026", "5.1.02.04.01.0003", "5.1.02.02.05.0045", "5.2.02.10.02.0001"],
 "honor": ["5.1.02.01.01.0026", "5.1.02.01.01.0024", "5.1.02.01.01.0052"],
 "jasa": ["5.1.02.01.01.0012", "5.1.02.01.01.0036", "5.2.02.05.02.0006"],
 "sewa": ["5.2.02.05.02.0006", "5.1.02.01.01.0012", "5.2.02.06.02.0001"],
 "perjadin": ["5.1.02.02.01.0003", "5.1.02.02.04.0036", "5.1.02.01.01.0052"],
 "pemeliharaan": ["5.1.02.01.01.0024", "5.2.02.05.02.0004"],
 "konsumsi": ["5.1.02.04.01.0003", "5.1.02.02.01.0003", "5.1.02.01.01.0012"],
}

# Alternative RKA units: key -> [(unit, conv)] where rka_unit = conv x catalogue unit
ALT_UNIT = {
 "hvs_a4_70": [("Box (isi 5 rim)", 5)], "hvs_a4_80": [("Box isi 5 Rim", 5)], "hvs_f4_70": [("Dus (5 rim)", 5)],
 "hvs_f4_80": [("Box (isi 5 rim)", 5)], "pulpen": [("Buah", F(1, 12))], "pulpen_std": [("Pcs", F(1, 12))],
 "spidol_wb": [("Buah", F(1, 12))], "spidol_perm": [("Pcs", F(1, 12))], "map_snel": [("Buah", F(1, 12))],
 "masker": [("Lembar", F(1, 50))], "pakan_apung30": [("Karung (30 kg)", 30)], "pakan_apung39": [("Sak @ 20 kg", 20)],
 "pakan_tenggelam": [("Karung 30 kg", 30)], "benih_nila": [("Rb ekor", 1000)], "benih_lele": [("Ribu ekor", 1000)],
 "nym215": [("Meter", F(1, 50))], "nym225": [("m", F(1, 50))], "sarung_katun": [("Pasang", F(1, 12))],
 "amplop_coklat": [("Lembar", F(1, 50))], "air_mineral": [("Gelas", F(1, 48))], "baterai_aa": [("Pcs", F(1, 2))],
 "utp6": [("Meter", F(1, 305))], "selang_aerasi": [("Meter", F(1, 100))], "binder_155": [("Kotak", 1)],
 "pertalite": [("Ltr", 1)], "dexlite": [("Liter", 1)], "snack": [("Org/Kali", 1)], "makan": [("Kotak", 1)],
}

# Hand-written RKA name variants (otherwise generated from catalogue name/spec)
ALIAS = {
 "hvs_a4_70": ["Kertas HVS A4 70 gr", "Kertas A4 70gsm", "Pengadaan kertas HVS ukuran A4 70 gram"],
 "hvs_f4_70": ["Kertas HVS F4 70gr", "Kertas Folio 70 gsm"], "hvs_a4_80": ["Kertas HVS A4 80gr", "HVS A4 80 gsm"],
 "snack": ["Snack rapat", "Kue/kudapan peserta", "Makanan ringan peserta", "Snack peserta kegiatan"],
 "makan": ["Makan siang peserta (nasi kotak)", "Nasi kotak rapat", "Konsumsi makan peserta", "Makan peserta/petugas (nasi kotak)"],
 "uh_dk8": ["Uang harian perjadin dalam kota > 8 jam", "Uang harian petugas lapangan (dalam kota)"],
 "transport_dk": ["Transport lokal petugas", "Biaya transport dalam kota"],
 "pertalite": ["BBM Pertalite kendaraan operasional", "Bensin Pertalite", "BBM roda 2 (pertalite)"],
 "dexlite": ["BBM Dexlite kendaraan operasional", "Solar Dex (Dexlite) mobil operasional"],
 "spanduk": ["Spanduk kegiatan", "Cetak spanduk flexi", "Spanduk/MMT"],
 "dok_foto": ["Cetak foto dokumentasi 4R", "Dokumentasi kegiatan (cetak foto)"],
 "fotokopi": ["Penggandaan bahan/fotocopy", "Fotokopi materi"],
 "tinta_hitam": ["Tinta printer hitam 70ml", "Tinta refill hitam"],
 "air_mineral": ["Air mineral gelas (dus)", "Aqua gelas 220 ml"],
 "t_harian": ["Upah pekerja harian", "Upah tenaga harian lepas"],
 "t_tukang": ["Upah tukang listrik", "Ongkos tukang"],
 "hon_ns_es2": ["Honor narasumber eselon II", "Honorarium Narsum Pejabat Eselon II"],
 "hon_ns_es3": ["Honor narasumber (eselon III)", "Honorarium narasumber pejabat eselon III"],
 "hon_ns_prof": ["Honor penceramah/ustadz", "Honorarium narasumber tokoh agama"],
 "hon_pan_ketua": ["Honor ketua panitia"], "hon_pan_sek": ["Honor sekretaris panitia"], "hon_pan_ang": ["Honor anggota panitia"],
 "hon_tim_ketua": ["Honorarium ketua tim pelaksana"], "hon_tim_ang": ["Honorarium anggota tim pelaksana"],
 "hon_tim_sek": ["Honor sekretaris tim"],
 "pju90": ["Lampu PJU LED 90W", "Armatur LED PJU 90 Watt"], "pju60": ["Lampu PJU LED 60 W", "Lampu jalan LED 60W"],
 "pju120": ["Lampu PJU LED 120W", "Armatur PJU LED 120 watt"],
 "tenda_5x10": ["Sewa tenda 5x10 dekor", "Tenda dekorasi 5 x 10 m"], "tenda_4x6": ["Sewa tenda 4x6 m", "Tenda 4 x 6"],
 "kursi_sewa": ["Sewa kursi futura + sarung", "Kursi futura (sewa)"],
 "boks_arsip": ["Boks arsip karton", "Box arsip inaktif (karton)", "Kotak arsip standar ANRI"],
 "folder_arsip": ["Folder arsip manila", "Folder/sampul arsip"],
 "pakan_apung30": ["Pakan apung protein 30%", "Pelet apung PF 30%"], "pakan_apung39": ["Pakan benih protein 39%", "Pelet starter 39%"],
 "benih_nila": ["Benih nila 5-7 cm", "Bibit ikan nila ukuran 5-7"], "induk_nila": ["Induk nila unggul", "Calon induk nila 300-500 gr"],
 "laptop_i5": ["Laptop core i5 RAM 8GB SSD 512GB 14\"", "Notebook i5/8GB/512GB"],
 "ac15": ["AC split 1,5 PK", "Air Conditioner 1.5 PK"], "ac1": ["AC 1 PK split"],
 "ht": ["HT (handy talky) UHF 5W", "Radio HT UHF"], "rompi": ["Rompi reflektor/scotlight", "Rompi petugas scotchlight"],
}

def name_variants(key):
    r = CAT[key]
    base = r["name"].split(" / ")[0].split(" (")[0]
    spec = r["spec"] if r["spec"] != "-" else ""
    v = [f"{base} {spec}".strip(), base + (f", {spec}" if spec else "")]
    short = spec.replace(" gram", "gr").replace(" Watt", "W").replace(" inch", "\"").replace(", ", " ")
    v.append(f"{base} {short}".strip())
    return ALIAS.get(key, []) + v

# Koefisien patterns by catalogue unit
def koef_for(key, unit, rng):
    u = CAT[key]["unit"]; cat = CAT[key]["cat"]
    if u == "OJ": return [(rng.choice([1, 2, 3]), "Orang"), (rng.choice([2, 3, 4]), "Jam")]
    if u in ("OK", "Orang/Kali"):
        if cat == "konsumsi": return [(rng.choice([25, 30, 40, 50, 60, 100]), "Orang"), (rng.choice([1, 2, 4, 6, 12]), "Kali")]
        return [(rng.choice([1, 1, 2, 3, 5]), "Orang"), (rng.choice([1, 2, 4]), "Kali")]
    if u == "OB": return [(rng.choice([1, 1, 2, 3, 4]), "Orang"), (rng.choice([6, 10, 12]), "Bulan")]
    if u == "OH": return [(rng.choice([2, 4, 6, 10]), "Orang"), (rng.choice([2, 3, 5, 12, 24]), "Hari")]
    if u == "Orang/PP": return [(rng.choice([1, 2, 3]), "Orang"), (rng.choice([1, 2]), "Kali")]
    if u in ("Unit/Hari", "Paket/Hari", "m2/Hari"): return [(rng.choice([1, 2, 3]), "Unit" if u != "m2/Hari" else "m2"), (rng.choice([1, 2, 3, 5]), "Hari")]
    if u == "Buah/Hari": return [(rng.choice([100, 150, 200, 300]), "Buah"), (rng.choice([1, 2, 3]), "Hari")]
    if u == "Hari": return [(rng.choice([1, 2]), "Hari")]
    if u == "m2" and cat == "cetak": return [(rng.choice([2, 3, 4, 6]), "Lembar"), (rng.choice([3, 4, 6]), "m2")]
    if u == "Bulan": return [(rng.choice([1, 2, 12]), "Unit" if False else "Lokasi"), (12, "Bulan")]
    if u == "Liter": return [(rng.choice([1, 2, 3]), "Unit"), (rng.choice([10, 20, 40]), "Liter"), (12, "Bulan")] if rng.random() < 0.5 else [(rng.choice([600, 900, 1200, 2400]), unit)]
    if u == "Kali": return [(rng.choice([1, 2, 3]), "Unit"), (rng.choice([2, 4]), "Kali")]
    p = CAT[key]["price"]
    if unit != u:  # converted unit: quantity in RKA unit
        return [(rng.choice([2, 4, 5, 10, 20, 24, 50]), unit)]
    q = rng.choice([1, 2, 3, 4, 6]) if p > 2_000_000 else rng.choice([2, 4, 5, 6, 10, 12]) if p > 200_000 else rng.choice([5, 10, 12, 20, 24, 30, 50, 100])
    if p < 2000: q = rng.choice([5000, 10000, 20000, 25000])
    if CAT[key]["unit"] == "Ekor" and p > 2000: q = rng.choice([50, 100, 150])
    return [(q, unit)]
