"""The five RKAs of the second blind set, with a careful reviewer's labels per line.

Labelling conventions (the sample's): a catalogue price is a ceiling excluding PPN, so any
unit price above it is OVERPRICED; DUPLICATE sits on the repeated line only; a line whose
item does not belong to the sub-kegiatan is OFF_TARGET and is not also NO_PRICE_REFERENCE;
a wrongly coded line is ACCOUNT_MISMATCH and not also OFF_TARGET (the sample's No 25). ARITHMETIC
covers a wrong Jumlah and a Koefisien whose product disagrees with the Volume.
`key` names the catalogue item a reviewer would compare with (None: no reference exists).
"""

# ruff: noqa: E501 - one table row per line reads better than wrapped tables

from __future__ import annotations

from dataclasses import dataclass, field

OVER = "OVERPRICED"
NOREF = "NO_PRICE_REFERENCE"
OFF = "OFF_TARGET"
ARITH = "ARITHMETIC"
DUP = "DUPLICATE"
ACCT = "ACCOUNT_MISMATCH"


@dataclass(frozen=True)
class Line:
    uraian: str
    spesifikasi: str | None
    koefisien: str
    volume: int
    satuan: str
    harga: int
    ppn: int
    key: str | None
    labels: tuple[str, ...] = ()
    jumlah_written: int | None = None  # set only where the OPD's Jumlah is wrong
    price_as_text: bool = False


@dataclass(frozen=True)
class Group:
    kode: str
    nama: str
    lines: list[Line]


@dataclass(frozen=True)
class Sheet:
    title: str
    program: str
    kegiatan: str
    sub_kegiatan: str
    keluaran: str
    target: str
    groups: list[Group]


@dataclass(frozen=True)
class Rka:
    filename: str
    urusan: str
    bidang: str
    organisasi: str
    layout: str
    sheets: list[Sheet] = field(default_factory=list)


def L(
    uraian: str,
    spesifikasi: str | None,
    koefisien: str,
    volume: int,
    satuan: str,
    harga: int,
    ppn: int,
    key: str | None,
    *labels: str,
    jumlah: int | None = None,
    text: bool = False,
) -> Line:
    return Line(uraian, spesifikasi, koefisien, volume, satuan, harga, ppn, key, labels, jumlah, text)


URUSAN_WAJIB_DASAR = "1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"
URUSAN_WAJIB_NON_DASAR = "2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"
URUSAN_PILIHAN = "3 - URUSAN PEMERINTAHAN PILIHAN"

# fmt: off
RSUD = Rka(
    filename="rka_rsud_ia_moeis_2026",
    urusan=URUSAN_WAJIB_DASAR,
    bidang="1.02 - URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    organisasi="1.02.0.00.0.00.02.0001 - Rumah Sakit Umum Daerah I.A. Moeis",
    layout="rsud",
    sheets=[
        Sheet(
            title="BMHP",
            program="1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
            kegiatan="1.02.02.2.01 - Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
            sub_kegiatan="1.02.02.2.01.0020 - Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
            keluaran="Jumlah Obat, Bahan Habis Pakai dan Bahan Medis Habis Pakai yang Disediakan",
            target="12 Paket",
            groups=[
                Group("5.1.02.01.01.0037", "Belanja Obat-Obatan-Bahan Medis Habis Pakai", [
                    L("Handscoon latex periksa ukuran M", "Non steril, isi 100", "300 Box", 300, "Box", 72000, 11, "glove_latex"),
                    L("Handscoon steril no. 7", None, "2.000 Pasang", 2000, "Psg", 11200, 11, "glove_steril", OVER),
                    L("Masker bedah 3 lapis earloop", "Isi 50", "250 Box", 250, "Box", 31500, 11, "masker"),
                    L("Disposable syringe 5 cc", None, "10.000 Pcs", 10000, "Pcs", 2400, 11, "spuit5"),
                    L("Disposable syringe 3 cc", None, "8.000 Pcs", 8000, "Pcs", 2650, 11, "spuit3", OVER),
                    L("Infus set dewasa makro", None, "3.000 Buah", 3000, "Buah", 9800, 11, "infus_set"),
                    L("Abocath 20 G", None, "2.500 Buah", 2500, "Buah", 14750, 11, "iv_cath", OVER),
                    L("Kassa steril 16x16", "Isi 10 lembar", "1.500 Bungkus", 1500, "Bks", 8750, 11, "kasa"),
                    L("Plester roll 5 cm", None, "400 Roll", 400, "Roll", 27500, 11, "plester", ARITH, jumlah=12120000),
                    L("Cairan infus RL 500 ml", "Ringer laktat", "6.000 Botol", 6000, "Botol", 9200, 11, "ringer"),
                    L("Alkohol swab isi 100", None, "200 Box", 200, "Box", 24000, 11, "alcohol_swab"),
                ]),
                Group("5.1.02.01.01.0009", "Belanja Bahan-Bahan Kimia", [
                    L("Reagen diluent hematology analyzer 20 L", None, "24 Jerigen", 24, "Jerigen", 3450000, 11, "reagen_hema", OVER),
                    L("Strip glukosa darah isi 50", None, "120 Box", 120, "Box", 185000, 11, "strip_gds"),
                    L("Strip glukosa darah isi 50", None, "120 Box", 120, "Box", 185000, 11, "strip_gds", DUP),
                ]),
                Group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", [
                    L("Kantong plastik sampah medis kuning", "60 x 100 cm, isi 50", "100 Pak", 100, "Pak", 35000, 11, "kantong_medis"),
                    L("Kantong jenazah dewasa", "PVC, dengan resleting", "50 Buah", 50, "Buah", 185000, 11, None, NOREF),
                    L("Hand sanitizer gel 500 ml", None, "300 Botol", 300, "Btl", 52000, 11, "hand_sanitizer", OVER),
                    L("Termometer tembak non kontak", None, "20 Buah", 20, "Buah", 285000, 11, "termometer_ir"),
                    L("Parsel hari raya untuk pegawai", "Paket sembako dan kue kering", "150 Paket", 150, "Paket", 450000, 11, None, OFF),
                ]),
            ],
        ),
        Sheet(
            title="Alkes",
            program="1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
            kegiatan="1.02.02.2.01 - Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
            sub_kegiatan="1.02.02.2.01.0014 - Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
            keluaran="Jumlah Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan yang Disediakan",
            target="25 Unit",
            groups=[
                Group("5.2.02.07.01.0002", "Belanja Modal Alat Kedokteran Umum", [
                    L("Bedside monitor 5 parameter", "Layar 12 inci", "4 Unit", 4, "Unit", 48500000, 11, "patient_monitor"),
                    L("Syringe pump 1 channel", None, "6 Unit", 6, "Unit", 31900000, 11, "syringe_pump", OVER),
                    L("Kursi roda lipat", "Rangka baja", "5 Unit", 5, "Unit", 1850000, 11, "kursi_roda"),
                    L("Nebulizer portable", None, "3 Unit", 3, "Unit", 1395000, 11, "nebulizer"),
                    L("Tempat tidur pasien manual 2 crank", "Dengan kasur", "4 Unit", 4, "Unit", 12750000, 11, "bed_manual"),
                    L("Reagen diluent hematologi 20 liter", None, "6 Jerigen", 6, "Jerigen", 2850000, 11, "reagen_hema", ACCT),
                ]),
                Group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", [
                    L("Tempat tidur pasien elektrik 3 fungsi", "Dengan kasur dan side rail", "2 Unit", 2, "Unit", 38900000, 11, "bed_elektrik", ACCT),
                    L("Tensimeter digital lengan atas", None, "10 Unit", 10, "Unit", 725000, 11, "tensimeter"),
                ]),
                Group("5.1.02.02.03.0061", "Belanja Sewa Alat Studio dan Komunikasi", [
                    L("Sewa sound system 1000 watt", "Termasuk operator", "1 Paket x 1 Hari", 1, "Paket", 1500000, 11, "sound_small", OFF),
                ]),
            ],
        ),
        Sheet(
            title="Pelatihan SDM",
            program="1.02.05 - PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
            kegiatan="1.02.05.2.02 - Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
            sub_kegiatan="1.02.05.2.02.0001 - Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan",
            keluaran="Jumlah Sumber Daya Manusia Kesehatan yang Ditingkatkan Kompetensinya",
            target="60 Orang",
            groups=[
                Group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
                    L("Makan siang peserta pelatihan", "Nasi kotak", "60 Orang x 3 Hari", 180, "Kotak", 42500, 0, "makan_rapat"),
                    L("Snack pagi peserta", None, "60 Orang x 3 Hari", 180, "Kotak", 20000, 0, "kudapan_rapat"),
                    L("Snack sore peserta", None, "60 Orang x 3 Hari", 180, "Kotak", 20000, 0, "kudapan_rapat"),
                    L("Air mineral botol 600 ml", "Isi 24", "15 Dus", 15, "Dus", 52000, 11, "air_botol", OVER),
                ]),
                Group("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", [
                    L("Honor narasumber Dinkes Provinsi (Eselon II)", None, "2 Orang x 3 Jam", 6, "OJ", 1000000, 0, "narsum_es2"),
                    L("Honor narasumber internal RS (Eselon III)", None, "2 Orang x 6 Jam", 12, "OJ", 1000000, 0, "narsum_es3", OVER),
                    L("Honor moderator", None, "1 Orang x 3 Kegiatan", 3, "OK", 700000, 0, "moderator"),
                    L("Honor narasumber Dinkes Provinsi (Eselon II)", None, "2 Orang x 3 Jam", 6, "OJ", 1000000, 0, "narsum_es2", DUP),
                ]),
                Group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
                    L("Bolpoin gel hitam", "0,5 mm", "60 Buah", 60, "Pcs", 5000, 11, "pulpen"),
                    L("Map snelhecter plastik", None, "60 Buah", 60, "Buah", 6500, 11, "snelhecter", OVER),
                    L("Stapler besar 100 lembar", None, "2 Buah", 2, "Buah", 185000, 11, "stapler"),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Fotokopi materi pelatihan", "A4 hitam putih", "60 Orang x 80 Lembar", 4800, "Lbr", 300, 0, "fotokopi"),
                    L("Jilid modul pelatihan", "Soft cover", "60 Buku", 60, "Buku", 7500, 0, "jilid", ARITH, jumlah=4500000),
                ]),
                Group("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang", [
                    L("Sewa mobil minibus antar jemput narasumber", "Termasuk sopir, tidak termasuk BBM", "1 Unit x 3 Hari", 3, "Unit/Hari", 750000, 11, "sewa_minibus"),
                ]),
                Group("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", [
                    L("BBM pertamax kendaraan antar jemput", None, "1 Unit x 3 Hari x 20 Liter", 60, "Liter", 12500, 0, "pertamax"),
                ]),
                Group("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", [
                    L("Uang harian pelatihan ke Jakarta", "Provinsi DKI Jakarta", "2 Orang x 4 Hari", 8, "OH", 530000, 0, "uh_jakarta"),
                    L("Penginapan peserta di Jakarta", "Golongan III", "2 Orang x 3 Malam", 6, "Malam", 1650000, 0, "hotel_jakarta", OVER),
                    L("Tiket pesawat Balikpapan-Jakarta PP", "Ekonomi", "2 Orang", 2, "Orang", 3850000, 0, "tiket_jakarta"),
                ]),
                Group("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)", [
                    L("Sepatu PDL kulit", "Sol karet 8 inci", "20 Pasang", 20, "Pasang", 485000, 11, "sepatu_pdl", OFF),
                ]),
            ],
        ),
    ],
)

SATPOL = Rka(
    filename="rka_satpol_pp_2026",
    urusan=URUSAN_WAJIB_DASAR,
    bidang="1.05 - URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PELINDUNGAN MASYARAKAT",
    organisasi="1.05.0.00.0.00.01.0000 - Satuan Polisi Pamong Praja",
    layout="satpol",
    sheets=[
        Sheet(
            title="Trantibum",
            program="1.05.02 - PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
            kegiatan="1.05.02.2.01 - Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
            sub_kegiatan="1.05.02.2.01.0001 - Penanganan Gangguan Ketenteraman dan Ketertiban Umum oleh Pemerintah Daerah Kabupaten/Kota",
            keluaran="Jumlah Penanganan Gangguan Ketenteraman dan Ketertiban Umum yang Dilaksanakan",
            target="240 Kali",
            groups=[
                Group("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", [
                    L("BBM patroli kendaraan roda 4 (Dexlite)", None, "4 Unit x 240 Hari x 10 Liter", 9600, "Liter", 13300, 0, "dexlite"),
                    L("Pertalite patroli roda 2", None, "10 Unit x 240 Hari x 3 Liter", 7200, "Ltr", 10000, 0, "pertalite"),
                ]),
                Group("5.1.02.01.01.0058", "Belanja Makanan dan Minuman Aktivitas Lapangan", [
                    L("Nasi bungkus petugas piket malam", "Nasi dan lauk", "20 Orang x 240 Hari", 4800, "Bungkus", 35000, 0, "makan_rapat"),
                    L("Air mineral gelas (dus)", "220 ml isi 48", "2 Dus x 240 Hari", 480, "Dus", 35000, 0, "air_gelas"),
                ]),
                Group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", [
                    L("Senter LED rechargeable", "1000 lumen", "30 Buah", 30, "Buah", 225000, 11, "senter"),
                    L("Tongkat T polikarbonat", None, "40 Buah", 40, "Buah", 215000, 11, "tongkat", OVER, text=True),
                    L("Borgol baja", "Dengan kunci", "20 Buah", 20, "Buah", 160000, 11, None, NOREF),
                    L("Rompi reflektif scotlight", None, "60 Buah", 60, "Buah", 95000, 11, "rompi"),
                    L("Rompi reflektif scotlight", None, "60 Buah", 60, "Buah", 95000, 11, "rompi", DUP),
                ]),
                Group("5.1.02.02.04.0037", "Belanja Sewa Kendaraan Bermotor Angkutan Barang", [
                    L("Sewa truk engkel angkut barang sitaan", "Termasuk sopir", "1 Unit x 24 Hari", 24, "Unit/Hari", 1200000, 11, None, NOREF),
                ]),
                Group("5.1.02.02.03.0062", "Belanja Sewa Peralatan dan Mesin Lainnya", [
                    L("Sewa panggung 8 x 6 m", "Rangka besi", "1 Unit x 2 Hari", 2, "Unit/Hari", 5750000, 11, "panggung", OFF),
                ]),
                Group("5.2.02.06.02.0001", "Belanja Modal Alat Komunikasi Radio HF/FM", [
                    L("Handy talky VHF 5 W", "Baterai dan charger", "10 Unit", 10, "Unit", 3450000, 11, "ht", text=True),
                    L("Megaphone 25 watt", None, "4 Unit", 4, "Unit", 1250000, 11, None, NOREF),
                ]),
                Group("5.2.02.05.03.0009", "Belanja Modal Alat Pengaman Lainnya", [
                    L("Tameng dalmas polikarbonat", "Transparan", "20 Buah", 20, "Buah", 1390000, 11, "tameng", OVER),
                ]),
            ],
        ),
        Sheet(
            title="Pakaian Dinas",
            program="1.05.01 - PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            kegiatan="1.05.01.2.06 - Administrasi Umum Perangkat Daerah",
            sub_kegiatan="1.05.01.2.06.0004 - Penyediaan Pakaian Dinas beserta Atribut Kelengkapannya",
            keluaran="Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapannya",
            target="1 Paket",
            groups=[
                Group("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)", [
                    L("Seragam PDL personil Satpol PP", "Kain drill, kemeja dan celana, atribut lengkap", "350 Orang x 1 Stel", 350, "Stel", 425000, 11, "pdl", text=True),
                    L("Sepatu lapangan (PDL) kulit", "Sol karet, 8 inci", "350 Pasang", 350, "Pasang", 545000, 11, "sepatu_pdl", OVER),
                    L("Sepatu dinas harian pantofel", "Kulit", "120 Pasang", 120, "Pasang", 360000, 11, "sepatu_pdh"),
                    L("Topi lapangan bordir", None, "350 Buah", 350, "Buah", 65000, 11, "topi"),
                    L("Kopel rim logam", None, "350 Buah", 350, "Buah", 95000, 11, "kopelrim", OVER),
                    L("Handy talky VHF", "5 watt", "6 Unit", 6, "Unit", 3450000, 11, "ht", ACCT),
                    L("Sepatu boots karet", "Untuk penertiban di lokasi banjir", "100 Pasang", 100, "Pasang", 165000, 11, None, NOREF),
                    L("Kaos olahraga personil", "Cotton combed 24s, sablon", "350 Buah", 350, "Buah", 95000, 11, "kaos"),
                    L("Jas hujan setelan", "PVC", "350 Stel", 350, "Stel", 135000, 11, "jas_hujan", ARITH, jumlah=52537500),
                ]),
                Group("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", [
                    L("Rompi reflektif personil", "Parasut, scotlight", "100 Buah", 100, "Buah", 95000, 11, "rompi", ACCT),
                ]),
            ],
        ),
        Sheet(
            title="Kapasitas Personil",
            program="1.05.02 - PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
            kegiatan="1.05.02.2.02 - Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
            sub_kegiatan="1.05.02.2.02.0003 - Peningkatan Kapasitas Anggota Satuan Polisi Pamong Praja",
            keluaran="Jumlah Anggota Satuan Polisi Pamong Praja yang Ditingkatkan Kapasitasnya",
            target="80 Orang",
            groups=[
                Group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
                    L("Konsumsi makan siang peserta", None, "80 Orang x 2 Hari", 160, "Box", 45000, 0, "makan_rapat", OVER),
                    L("Kue/snack peserta", None, "80 Orang x 2 Hari x 2 Kali", 320, "Box", 20000, 0, "kudapan_rapat"),
                ]),
                Group("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", [
                    L("Honorarium narasumber Polresta (setara Eselon III)", None, "2 Orang x 4 Jam", 8, "Org/Jam", 900000, 0, "narsum_es3"),
                    L("Honorarium pembawa acara", None, "1 Orang x 2 Kegiatan", 2, "OK", 500000, 0, "mc", OVER),
                    L("Honorarium moderator diskusi", None, "1 Orang x 2 Kegiatan", 2, "OK", 700000, 0, "moderator"),
                ]),
                Group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
                    L("Bolpoin gel 0.5 hitam", None, "80 Buah", 80, "Buah", 5000, 11, "pulpen"),
                    L("Map snelhecter folio", None, "80 Buah", 80, "Buah", 4500, 11, "snelhecter"),
                    L("Kertas HVS A4 80 gr", None, "10 Rim", 10, "Rim", 61000, 11, "kertas_a4"),
                    L("Kalkulator 12 digit", None, "4 Buah", 4, "Buah", 165000, 11, "kalkulator"),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Piagam/sertifikat peserta pelatihan", "Kertas 260 gram dengan map", "80 Lembar", 80, "Lembar", 35000, 11, "piagam"),
                    L("Baliho kegiatan diklat", "Flexi 340 gr", "18 M2", 18, "M2", 55000, 11, "baliho"),
                ]),
                Group("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang", [
                    L("Sewa bus 30 seat praktek lapangan", "Termasuk sopir dan BBM", "2 Unit x 1 Hari", 2, "Unit/Hari", 2750000, 11, "sewa_bus"),
                ]),
                Group("5.1.02.02.03.0062", "Belanja Sewa Peralatan dan Mesin Lainnya", [
                    L("Sewa lighting panggung", "Par LED dan moving head", "1 Paket x 2 Hari", 2, "Paket/Hari", 3250000, 11, "lighting", OFF),
                ]),
            ],
        ),
    ],
)

DUKCAPIL = Rka(
    filename="rka_disdukcapil_2026",
    urusan=URUSAN_WAJIB_NON_DASAR,
    bidang="2.12 - URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL",
    organisasi="2.12.0.00.0.00.01.0000 - Dinas Kependudukan dan Pencatatan Sipil",
    layout="dukcapil",
    sheets=[
        Sheet(
            title="Cetak Dokumen",
            program="2.12.02 - PROGRAM PENDAFTARAN PENDUDUK",
            kegiatan="2.12.02.2.01 - Pelayanan Pendaftaran Penduduk",
            sub_kegiatan="2.12.02.2.01.0003 - Pencetakan Dokumen Kependudukan (KTP-el, KIA dan Kartu Keluarga)",
            keluaran="Jumlah Dokumen Kependudukan yang Dicetak",
            target="180.000 Dokumen",
            groups=[
                Group("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", [
                    L("Ribbon YMCKO printer KTP-el", "300 cetakan", "120 Roll", 120, "Roll", 1450000, 11, "ribbon"),
                    L("Cleaning kit printer kartu", "Isi 5", "24 Kotak", 24, "Kotak", 395000, 11, "cleaning_kit", OVER),
                    L("Toner laser hitam original untuk cetak KK", "2.000 halaman", "60 Buah", 60, "Buah", 1275000, 11, "toner"),
                    L("Tinta ink tank hitam 70 ml", None, "48 Botol", 48, "Botol", 105000, 11, "tinta_inktank"),
                    L("Printer kartu PVC dua sisi", None, "2 Unit", 2, "Unit", 38750000, 11, "printer_kartu", ACCT),
                    L("Film laminasi hologram KTP-el", "Overlay 250 cetakan", "40 Roll", 40, "Roll", 1850000, 11, None, NOREF),
                ]),
                Group("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", [
                    L("Kertas HVS A4 80 gram (cetak KK)", None, "600 Rim", 600, "Rim", 62000, 11, "kertas_a4"),
                    L("Kertas security A4 100 gsm watermark", "Isi 500", "150 Rim", 150, "Rim", 1350000, 11, "kertas_sekuriti", OVER),
                    L("Kertas HVS A4 80 gram (cetak KK)", None, "600 Rim", 600, "Rim", 62000, 11, "kertas_a4", DUP),
                    L("Kertas thermal 80x80 nomor antrian", None, "500 Roll", 500, "Roll", 9500, 11, "kertas_thermal", ARITH, jumlah=5722500),
                    L("Kertas HVS F4 80 gram", None, "100 Rim", 100, "Rim", 68000, 11, "kertas_f4"),
                ]),
                Group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
                    L("Map dokumen plastik snelhecter", None, "2.000 Pcs", 2000, "Pcs", 4500, 11, "snelhecter"),
                    L("Amplop putih panjang", "Isi 100", "50 Kotak", 50, "Kotak", 38000, 11, "amplop"),
                    L("Tinta stempel biru", "Botol 30 ml", "24 Botol", 24, "Botol", 18000, 11, None, NOREF),
                    L("Medali logam", None, "200 Buah", 200, "Buah", 45000, 11, "medali", OFF),
                ]),
            ],
        ),
        Sheet(
            title="Jemput Bola",
            program="2.12.02 - PROGRAM PENDAFTARAN PENDUDUK",
            kegiatan="2.12.02.2.01 - Pelayanan Pendaftaran Penduduk",
            sub_kegiatan="2.12.02.2.01.0004 - Pelayanan Pendaftaran Penduduk secara Jemput Bola",
            keluaran="Jumlah Penduduk yang Mendapatkan Layanan Jemput Bola",
            target="5.000 Orang",
            groups=[
                Group("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang", [
                    L("Sewa minibus operasional jemput bola", "7 seat, dengan pengemudi, exclude BBM", "2 Unit x 40 Hari", 80, "Unit/Hari", 825000, 11, "sewa_minibus", OVER),
                ]),
                Group("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", [
                    L("BBM pertalite kendaraan jemput bola", None, "2 Unit x 40 Hari x 15 Liter", 1200, "Liter", 10000, 0, "pertalite"),
                ]),
                Group("5.1.02.01.01.0058", "Belanja Makanan dan Minuman Aktivitas Lapangan", [
                    L("Nasi kotak petugas lapangan", None, "6 Orang x 40 Hari", 240, "Kotak", 42500, 0, "makan_rapat"),
                    L("Air mineral botol 600ml", "Isi 24", "40 Dus", 40, "Dus", 48000, 0, "air_botol"),
                ]),
                Group("5.1.02.02.03.0062", "Belanja Sewa Peralatan dan Mesin Lainnya", [
                    L("Sewa tenda sarnafil 5x5 m lokasi pelayanan", "Termasuk bongkar pasang", "1 Unit x 40 Hari", 40, "Unit/Hari", 950000, 11, "tenda"),
                    L("Sewa kursi futura", "Dengan sarung", "40 Buah x 40 Hari", 1600, "Buah/Hari", 7500, 11, "kursi_futura"),
                ]),
                Group("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", [
                    L("Uang harian petugas jemput bola (>8 jam)", None, "6 Orang x 40 Hari", 240, "OH", 200000, 0, "uh_dalam_kota", ARITH, jumlah=40000000),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Buku bacaan anak full color", None, "100 Eksemplar", 100, "Eksemplar", 55000, 0, "buku_anak", OFF),
                ]),
            ],
        ),
        Sheet(
            title="Peralatan Pelayanan",
            program="2.12.01 - PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            kegiatan="2.12.01.2.07 - Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            sub_kegiatan="2.12.01.2.07.0006 - Pengadaan Peralatan dan Mesin Lainnya",
            keluaran="Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
            target="31 Unit",
            groups=[
                Group("5.2.02.10.01.0002", "Belanja Modal Personal Computer", [
                    L("PC desktop Core i5 RAM 8GB SSD 512GB monitor 22 inch", None, "6 Unit", 6, "Unit", 13800000, 11, "pc"),
                ]),
                Group("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer", [
                    L("Printer struk thermal 80 mm", "USB/LAN", "4 Unit", 4, "Unit", 1950000, 11, "printer_thermal"),
                    L("Scanner dokumen ADF 40 ppm", None, "3 Unit", 3, "Unit", 11500000, 11, "scanner", OVER),
                    L("UPS 1200VA", None, "6 Unit", 6, "Unit", 2250000, 11, "ups"),
                    L("Mesin antrian (kiosk touchscreen dan display)", None, "1 Paket", 1, "Paket", 28500000, 11, "mesin_antrian"),
                    L("Printer kartu PVC dual side", None, "1 Unit", 1, "Unit", 38750000, 11, "printer_kartu"),
                    L("Ribbon YMCKO cadangan", "300 cetakan", "20 Roll", 20, "Roll", 1450000, 11, "ribbon", ACCT),
                    L("Barcode scanner 2D", "USB", "4 Unit", 4, "Unit", 1250000, 11, "barcode_scanner"),
                    L("Fingerprint scanner perekaman KTP-el", None, "6 Unit", 6, "Unit", 4750000, 11, None, NOREF),
                ]),
            ],
        ),
    ],
)

DISPAR = Rka(
    filename="rka_dinas_pariwisata_2026",
    urusan=URUSAN_PILIHAN,
    bidang="3.26 - URUSAN PEMERINTAHAN BIDANG PARIWISATA",
    organisasi="3.26.0.00.0.00.01.0000 - Dinas Pariwisata",
    layout="dispar",
    sheets=[
        Sheet(
            title="Festival Mahakam",
            program="3.26.03 - PROGRAM PEMASARAN PARIWISATA",
            kegiatan="3.26.03.2.01 - Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
            sub_kegiatan="3.26.03.2.01.0002 - Penyelenggaraan Event Pariwisata Skala Kabupaten/Kota",
            keluaran="Jumlah Event Pariwisata Festival Mahakam yang Diselenggarakan",
            target="1 Event",
            groups=[
                Group("5.1.02.02.03.0062", "Belanja Sewa Peralatan dan Mesin Lainnya", [
                    L("Sewa tenda sarnafil 5x5", "Bongkar pasang", "12 Unit x 3 Hari", 36, "Unit/Hari", 950000, 11, "tenda"),
                    L("Sewa sound system 5000 W + operator", None, "1 Paket x 3 Hari", 3, "Paket/Hari", 4300000, 11, "sound_big"),
                    L("Sewa sound system 1000 W panggung kecil", "Termasuk operator", "2 Paket x 3 Hari", 6, "Paket/Hari", 1750000, 11, "sound_small", OVER),
                    L("Sewa panggung utama 8 x 6 m", "Rangka besi, karpet", "1 Unit x 3 Hari", 3, "Unit/Hari", 6900000, 11, "panggung", OVER),
                    L("Sewa lighting panggung paket", None, "1 Paket x 3 Hari", 3, "Paket/Hari", 3250000, 11, "lighting"),
                    L("Sewa genset 60 kVA", "Tidak termasuk BBM", "1 Unit x 3 Hari", 3, "Unit/Hari", 2400000, 11, "genset"),
                    L("Sewa kursi futura + cover", None, "300 Buah x 3 Hari", 900, "Buah/Hari", 7500, 11, "kursi_futura"),
                    L("Sewa tenda sarnafil 5x5", "Bongkar pasang", "12 Unit x 3 Hari", 36, "Unit/Hari", 950000, 11, "tenda", DUP),
                    L("Sewa LED videotron 4 x 3 m", None, "1 Unit x 3 Hari", 3, "Unit/Hari", 8500000, 11, None, NOREF),
                    L("Konsumsi tamu VIP (nasi kotak)", None, "50 Orang x 3 Hari", 150, "Kotak", 42500, 0, "makan_rapat", ACCT),
                ]),
                Group("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", [
                    L("Honor juri lomba perahu naga", None, "5 Orang x 1 Kegiatan", 5, "OK", 750000, 0, "juri"),
                    L("Honor MC acara festival", None, "2 Orang x 3 Kegiatan", 6, "OK", 1000000, 0, "mc", OVER),
                ]),
                Group("5.1.02.02.01.0059", "Belanja Jasa Pengisi Acara", [
                    L("Band / pengisi acara lokal", None, "3 Grup x 3 Hari", 9, "Grup", 5000000, 0, None, NOREF),
                ]),
                Group("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan", [
                    L("Trofi juara 1-3 tinggi 60 cm", None, "9 Buah", 9, "Buah", 650000, 11, "trofi_60"),
                    L("Trofi juara harapan tinggi 35 cm", None, "6 Buah", 6, "Buah", 300000, 11, "trofi_35", OVER),
                    L("Medali peserta lomba", "Logam dengan tali", "300 Buah", 300, "Buah", 45000, 11, "medali", ARITH, jumlah=15985000),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Cetak baliho event flexi 340", None, "96 M2", 96, "M2", 55000, 11, "baliho"),
                    L("Umbul-umbul kain 5 m", "Tiang bambu", "100 Buah", 100, "Buah", 175000, 11, "umbul"),
                    L("Brosur event A4 lipat 3", "Full color", "5.000 Lembar", 5000, "Lembar", 3500, 11, "brosur", OVER),
                ]),
                Group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
                    L("Konsumsi panitia (nasi kotak)", None, "40 Orang x 3 Hari x 2 Kali", 240, "Kotak", 42500, 0, "makan_rapat"),
                ]),
                Group("5.1.02.01.01.0068", "Belanja Pakaian Khusus dan Hari-hari Tertentu", [
                    L("Kaos panitia festival", "Cotton combed 24s sablon 2 warna", "40 Buah", 40, "Buah", 95000, 11, "kaos"),
                ]),
                Group("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", [
                    L("Dexlite untuk genset", None, "3 Hari x 150 Liter", 450, "Liter", 13300, 0, "dexlite"),
                ]),
                Group("5.1.02.06.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat", [
                    L("Paket sembako untuk warga sekitar lokasi", "Beras, minyak, gula", "100 Paket", 100, "Paket", 250000, 0, None, OFF),
                ]),
            ],
        ),
        Sheet(
            title="Promosi Wisata",
            program="3.26.03 - PROGRAM PEMASARAN PARIWISATA",
            kegiatan="3.26.03.2.01 - Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
            sub_kegiatan="3.26.03.2.01.0001 - Penyediaan Data dan Penyebarluasan Informasi Pariwisata Kabupaten/Kota",
            keluaran="Jumlah Media Promosi Pariwisata yang Disebarluaskan",
            target="12 Media",
            groups=[
                Group("5.1.02.02.05.0053", "Belanja Sewa Media Reklame", [
                    L("Sewa billboard 4x8 m jalan protokol", "1 muka, termasuk cetak dan pasang", "2 Titik x 6 Bulan", 12, "Bulan", 18500000, 11, "billboard"),
                    L("Sewa billboard bandara APT Pranoto 4x8", "1 muka", "1 Titik x 6 Bulan", 6, "Bulan", 24000000, 11, "billboard", OVER),
                ]),
                Group("5.1.02.02.01.0061", "Belanja Jasa Dokumentasi dan Publikasi", [
                    L("Jasa foto dan video dokumentasi destinasi (drone)", "Termasuk editing", "6 Hari", 6, "Paket/Hari", 2500000, 11, "dokumentasi"),
                    L("Produksi video promosi wisata durasi 3 menit", None, "1 Paket", 1, "Paket", 35000000, 11, None, NOREF),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Cetak leaflet destinasi A4 lipat tiga", "Art paper 150 gr", "10.000 Lembar", 10000, "Lembar", 3000, 11, "brosur"),
                    L("Cetak buku panduan wisata A5 60 halaman", "Full color", "1.000 Eksemplar", 1000, "Eksemplar", 32000, 11, None, NOREF),
                ]),
                Group("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", [
                    L("Uang harian pameran wisata ke Jakarta", None, "3 Orang x 4 Hari", 12, "OH", 530000, 0, "uh_jakarta"),
                    L("Tiket pesawat PP Balikpapan-Jakarta", "Ekonomi", "3 Orang", 3, "Orang", 4250000, 0, "tiket_jakarta", OVER),
                    L("Penginapan hotel di Jakarta", None, "3 Orang x 3 Malam", 9, "Malam", 1490000, 0, "hotel_jakarta"),
                ]),
                Group("5.2.02.07.01.0002", "Belanja Modal Alat Kedokteran Umum", [
                    L("Kursi roda lipat rangka baja", None, "5 Unit", 5, "Unit", 1850000, 11, "kursi_roda", OFF),
                ]),
            ],
        ),
    ],
)

DISPUSIP = Rka(
    filename="rka_dispusip_2026",
    urusan=URUSAN_WAJIB_NON_DASAR,
    bidang="2.23 - URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN",
    organisasi="2.23.0.00.0.00.01.0000 - Dinas Perpustakaan dan Kearsipan",
    layout="dispusip",
    sheets=[
        Sheet(
            title="Koleksi",
            program="2.23.02 - PROGRAM PEMBINAAN PERPUSTAKAAN",
            kegiatan="2.23.02.2.01 - Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
            sub_kegiatan="2.23.02.2.01.0003 - Pengembangan Koleksi Perpustakaan",
            keluaran="Jumlah Koleksi Bahan Pustaka yang Ditambah dan Diolah",
            target="5.700 Eksemplar",
            groups=[
                Group("5.2.05.01.01.0001", "Belanja Modal Bahan Perpustakaan Tercetak", [
                    L("Buku bacaan umum fiksi dan nonfiksi", "14 x 21 cm, 150-250 halaman", "3.000 Eksemplar", 3000, "Eksemplar", 95000, 0, "buku_umum"),
                    L("Buku cerita anak bergambar", "Full color 32 halaman", "2.500 Eksemplar", 2500, "Eks", 62000, 0, "buku_anak", OVER),
                    L("Buku referensi ensiklopedia", "Hard cover, 400 halaman", "200 Eksemplar", 200, "Eksemplar", 450000, 0, None, NOREF),
                    L("Buku bacaan umum fiksi dan nonfiksi", "14 x 21 cm, 150-250 halaman", "3.000 Eksemplar", 3000, "Eksemplar", 95000, 0, "buku_umum", DUP),
                ]),
                Group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
                    L("Label punggung buku", "Isi 100", "60 Pak", 60, "Pak", 15000, 11, "label_buku"),
                    L("Stiker barcode buku", "Isi 1.000", "6 Pak", 6, "Pak", 95000, 11, None, NOREF),
                    L("Plastik sampul buku", "Roll 45 cm x 50 m", "30 Roll", 30, "Roll", 185000, 11, None, NOREF),
                    L("Boks arsip karton", None, "200 Buah", 200, "Buah", 18500, 11, "boks_arsip"),
                    L("Rak buku besi 2 muka", "5 susun", "4 Unit", 4, "Unit", 4650000, 11, "rak_buku", ACCT),
                ]),
                Group("5.2.02.05.02.0001", "Belanja Modal Mebel", [
                    L("Rak buku besi 2 muka 5 susun", "200 x 90 x 45 cm", "10 Unit", 10, "Unit", 4650000, 11, "rak_buku"),
                    L("Meja baca kayu 160x80", None, "8 Buah", 8, "Buah", 2750000, 11, "meja_baca", OVER),
                ]),
                Group("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer", [
                    L("Barcode scanner USB", None, "4 Unit", 4, "Unit", 1250000, 11, "barcode_scanner"),
                ]),
                Group("5.1.02.02.03.0061", "Belanja Sewa Alat Studio dan Komunikasi", [
                    L("Sewa sound system 5000 watt", None, "1 Paket x 2 Hari", 2, "Paket/Hari", 4500000, 11, "sound_big", OFF),
                ]),
            ],
        ),
        Sheet(
            title="Gemar Membaca",
            program="2.23.02 - PROGRAM PEMBINAAN PERPUSTAKAAN",
            kegiatan="2.23.02.2.02 - Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota",
            sub_kegiatan="2.23.02.2.02.0001 - Peningkatan Budaya Gemar Membaca melalui Lomba dan Taman Bacaan Masyarakat",
            keluaran="Jumlah Kegiatan Pembudayaan Gemar Membaca yang Dilaksanakan",
            target="4 Kegiatan",
            groups=[
                Group("5.1.02.06.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat", [
                    L("Rak buku besi untuk TBM kelurahan", "2 muka, 5 susun", "6 Unit", 6, "Unit", 4650000, 11, "rak_buku"),
                    L("Buku bacaan anak untuk TBM", "Full color", "600 Eksemplar", 600, "Eksemplar", 55000, 0, "buku_anak"),
                ]),
                Group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
                    L("Nasi kotak peserta lomba bercerita", None, "100 Orang x 1 Kali", 100, "Kotak", 42500, 0, "makan_rapat"),
                    L("Snack peserta lomba", None, "100 Orang x 1 Kali", 100, "Kotak", 22000, 0, "kudapan_rapat", OVER),
                ]),
                Group("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", [
                    L("Honor juri lomba bercerita", None, "3 Orang x 1 Kegiatan", 3, "OK", 750000, 0, "juri"),
                    L("Honor narasumber bedah buku (Eselon III)", None, "1 Orang x 2 Jam", 2, "OJ", 900000, 0, "narsum_es3"),
                    L("Honor moderator bedah buku", None, "1 Orang x 2 Kegiatan", 2, "OK", 700000, 0, "moderator", ARITH, jumlah=2100000),
                ]),
                Group("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan", [
                    L("Piala lomba bercerita tinggi 60 cm", None, "3 Buah", 3, "Buah", 650000, 11, "trofi_60"),
                    L("Piagam peserta lomba", None, "100 Lembar", 100, "Lembar", 35000, 11, "piagam"),
                ]),
                Group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
                    L("Spanduk kegiatan flexi", "340 gram", "12 M2", 12, "M2", 55000, 11, "baliho"),
                ]),
                Group("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", [
                    L("Uang harian petugas perpustakaan keliling", "Lebih dari 8 jam", "4 Orang x 24 Hari", 96, "OH", 200000, 0, "uh_dalam_kota"),
                ]),
                Group("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", [
                    L("Solar mobil perpustakaan keliling", None, "1 Unit x 48 Hari x 20 Liter", 960, "Liter", 13300, 0, "dexlite"),
                ]),
                Group("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)", [
                    L("Jas hujan setelan PVC", None, "20 Stel", 20, "Stel", 135000, 11, "jas_hujan", OFF),
                ]),
            ],
        ),
    ],
)

# fmt: on

ALL_RKAS: list[Rka] = [RSUD, SATPOL, DUKCAPIL, DISPAR, DISPUSIP]
