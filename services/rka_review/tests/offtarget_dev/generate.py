"""Writes the OFF_TARGET development set (tests/offtarget_dev/data): RKAs of many OPDs whose
lines are labelled only for relevance — on target, plainly off target, and the hard middle.

Everything here is invented for this set (no item, phrase or value of an evaluation or blind set).
The ``dev`` split is USED FOR TUNING the relevance stage; ``holdout`` is scored once before and
once after a change. The two splits share no item text: every pool below alternates its entries
between them, and three OPDs (Dishub, Disporapar, Kelurahan) appear only in the holdout.

Each RKA is the :class:`samarinda_common.rka.Rka` model as JSON (intake is not what this set
measures), with a labels file in the shared sample's form (``{"labels": {"<No>": [...]}}``).

.venv/bin/python services/rka_review/tests/offtarget_dev/generate.py
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from samarinda_common.rka import AccountGroup, Rka, RkaLine, SubKegiatan

DATA = Path(__file__).resolve().parent / "data"
SEED = 20271202

# kind → (account code, account name), as SIPD prints them.
ACCOUNTS = {
    "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "bahan": ("5.1.02.01.01.0029", "Belanja Bahan-Bahan Lainnya"),
    "alat": ("5.1.02.01.01.0039", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
    "mamin": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "honor": (
        "5.1.02.02.01.0003",
        "Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
    ),
    "jasa": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi dan Teknis Lainnya"),
    "sewa": ("5.1.02.02.03.0061", "Belanja Sewa Peralatan dan Perlengkapan Lainnya"),
    "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "perjadin": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "pakaian": ("5.1.02.01.01.0076", "Belanja Pakaian Kerja Lapangan"),
    "serah": ("5.1.02.03.02.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    "modal": ("5.2.02.05.01.0001", "Belanja Modal Peralatan dan Mesin Lainnya"),
}

# (uraian, satuan, harga satuan, kind)
Item = tuple[str, str, int, str]

# Support every sub-kegiatan buys (on target almost everywhere).
GENERIC: list[Item] = [
    ("Kertas HVS F4 80 gram", "Rim", 62_000, "atk"),
    ("Ballpoint hitam isi 12", "Kotak", 38_000, "atk"),
    ("Map plastik kancing", "Buah", 4_500, "atk"),
    ("Ordner folio tebal", "Buah", 32_000, "atk"),
    ("Tinta isi ulang printer 4 warna", "Set", 260_000, "atk"),
    ("Amplop coklat folio", "Pak", 45_000, "atk"),
    ("Snack rapat", "Kotak", 17_500, "mamin"),
    ("Makan siang peserta rapat", "Kotak", 40_000, "mamin"),
    ("Air minum kemasan gelas", "Dus", 27_000, "mamin"),
    ("Nasi kotak peserta sosialisasi", "Kotak", 38_000, "mamin"),
    ("Honor narasumber pejabat eselon II", "OJ", 1_000_000, "honor"),
    ("Honor panitia pelaksana kegiatan", "OK", 400_000, "honor"),
    ("Honorarium pembahas", "OK", 600_000, "honor"),
    ("Honor operator data", "OB", 1_500_000, "honor"),
    ("Uang harian perjalanan dinas luar daerah", "OH", 430_000, "perjadin"),
    ("Tiket pesawat Balikpapan-Jakarta PP", "Orang", 3_600_000, "perjadin"),
    ("Biaya penginapan perjalanan dinas", "OH", 750_000, "perjadin"),
    ("Transport lokal peserta", "Orang", 100_000, "perjadin"),
    ("Fotokopi bahan rapat", "Lembar", 350, "cetak"),
    ("Penggandaan laporan akhir", "Eksemplar", 75_000, "cetak"),
    ("Spanduk kegiatan 1 x 4 meter", "Lembar", 220_000, "cetak"),
    ("Penjilidan dokumen spiral", "Buah", 12_000, "cetak"),
    ("Sewa gedung pertemuan", "Hari", 3_500_000, "sewa"),
    ("Sewa kendaraan roda empat operasional kegiatan", "Hari", 650_000, "sewa"),
    ("Materai 10.000", "Lembar", 12_000, "atk"),
    ("Flashdisk 32 GB", "Buah", 95_000, "atk"),
    ("Dokumentasi dan publikasi kegiatan", "Paket", 1_500_000, "jasa"),
    ("Sewa sound system rapat", "Hari", 900_000, "sewa"),
]

# Plainly off target in any government sub-kegiatan: personal, luxury, entertainment.
PERSONAL: list[Item] = [
    ("Konsol game PlayStation 5", "Unit", 9_500_000, "bahan"),
    ("Tas tangan kulit merek Italia", "Buah", 28_000_000, "bahan"),
    ("Voucher belanja pusat perbelanjaan", "Lembar", 1_000_000, "bahan"),
    ("Jam tangan pria automatic", "Buah", 12_500_000, "bahan"),
    ("Paket liburan keluarga ke Bali", "Paket", 18_000_000, "bahan"),
    ("Kursi pijat elektrik", "Unit", 21_000_000, "bahan"),
    ("Set stik golf lengkap", "Set", 35_000_000, "bahan"),
    ("Parfum impor 100 ml", "Botol", 2_800_000, "bahan"),
    ("Televisi OLED 77 inci untuk ruang keluarga", "Unit", 45_000_000, "bahan"),
    ("Langganan Netflix premium", "Bulan", 186_000, "bahan"),
    ("Sepeda lipat titanium", "Unit", 38_000_000, "bahan"),
    ("Ikan arwana super red", "Ekor", 15_000_000, "bahan"),
    ("Mesin espresso rumah tangga", "Unit", 14_000_000, "bahan"),
    ("Kacamata hitam bermerek", "Buah", 4_200_000, "bahan"),
    ("Cincin berlian", "Buah", 30_000_000, "bahan"),
    ("Kamera mirrorless untuk hobi fotografi pribadi", "Unit", 24_000_000, "bahan"),
    ("Tiket konser musik internasional", "Lembar", 3_500_000, "bahan"),
    ("Karpet bulu Turki ruang tamu rumah", "Lembar", 16_000_000, "bahan"),
    ("Drone mainan anak", "Unit", 1_200_000, "bahan"),
    ("Sofa kulit ruang keluarga", "Set", 26_000_000, "bahan"),
    ("Dompet kulit buaya", "Buah", 6_500_000, "bahan"),
    ("Saldo dompet digital pegawai", "Paket", 500_000, "bahan"),
    ("Headphone gaming wireless", "Buah", 3_900_000, "bahan"),
    ("Skincare paket perawatan wajah", "Paket", 2_400_000, "bahan"),
]


@dataclass(frozen=True)
class Sub:
    kode: str
    nama: str
    indikator: str
    fit: tuple[Item, ...]  # on target here (the sector's own items, odd-looking ones included)


@dataclass(frozen=True)
class Opd:
    code: str
    name: str
    urusan: str
    subs: tuple[Sub, ...]
    # Items of this OPD's sector that no other OPD's ordinary sub-kegiatan buys: put into
    # another OPD's RKA they are off target (unrelated sector goods).
    sector: tuple[Item, ...]
    holdout_only: bool = False


OPDS: tuple[Opd, ...] = (
    Opd(
        "DINKES",
        "Dinas Kesehatan",
        "1.02 Urusan Pemerintahan Bidang Kesehatan",
        (
            Sub(
                "1.02.02.2.01.0010",
                "Pengelolaan Pelayanan Kesehatan Balita",
                "Jumlah Balita yang Mendapatkan Pelayanan Kesehatan sesuai Standar",
                (
                    ("Timbangan bayi digital", "Unit", 850_000, "bahan"),
                    ("Alat ukur panjang badan bayi (infantometer)", "Unit", 650_000, "bahan"),
                    ("Makanan tambahan balita biskuit", "Paket", 45_000, "serah"),
                    ("Buku KIA", "Eksemplar", 18_000, "cetak"),
                    ("Kartu menuju sehat", "Lembar", 1_500, "cetak"),
                    ("Vitamin A kapsul biru", "Kapsul", 600, "bahan"),
                ),
            ),
            Sub(
                "1.02.02.2.01.0020",
                "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
                "Jumlah Orang Terduga Tuberkulosis yang Mendapatkan Pelayanan sesuai Standar",
                (
                    ("Pot dahak steril", "Buah", 3_500, "bahan"),
                    ("Cartridge TCM tuberkulosis", "Buah", 165_000, "bahan"),
                    ("Masker N95 petugas", "Buah", 22_000, "bahan"),
                    ("Transport kader pelacak kontak", "Orang", 75_000, "perjadin"),
                    ("Pengiriman spesimen dahak", "Paket", 60_000, "jasa"),
                    ("Kaca objek mikroskop", "Kotak", 55_000, "bahan"),
                ),
            ),
        ),
        (
            ("Vaksin campak rubella", "Vial", 95_000, "bahan"),
            ("Reagen hematologi", "Kit", 2_300_000, "bahan"),
            ("Kantong darah 350 ml", "Buah", 85_000, "bahan"),
            ("Bed ginekologi", "Unit", 14_000_000, "modal"),
            ("Tabung oksigen 1 m3 dengan regulator", "Unit", 1_900_000, "modal"),
            ("Larutan desinfektan alat medis", "Galon", 380_000, "bahan"),
        ),
    ),
    Opd(
        "DISDIK",
        "Dinas Pendidikan dan Kebudayaan",
        "1.01 Urusan Pemerintahan Bidang Pendidikan",
        (
            Sub(
                "1.01.02.2.02.0009",
                "Pengadaan Perlengkapan Sekolah",
                "Jumlah Perlengkapan Sekolah yang Disediakan",
                (
                    ("Papan tulis kaca 120 x 240", "Buah", 2_600_000, "modal"),
                    ("Meja kursi siswa satu set", "Set", 1_350_000, "modal"),
                    ("Alat peraga IPA SD", "Set", 4_800_000, "modal"),
                    ("Globe diameter 30 cm", "Buah", 350_000, "bahan"),
                    ("Peta dinding Indonesia", "Lembar", 120_000, "bahan"),
                    ("Lemari kelas kayu", "Unit", 2_200_000, "modal"),
                ),
            ),
            Sub(
                "1.01.02.2.01.0030",
                "Pembinaan Minat, Bakat dan Kreativitas Siswa",
                "Jumlah Siswa yang Mengikuti Pembinaan Minat dan Bakat",
                (
                    ("Kostum tari daerah", "Set", 650_000, "pakaian"),
                    ("Alat musik angklung", "Set", 3_200_000, "modal"),
                    ("Piala juara lomba pidato", "Buah", 450_000, "serah"),
                    ("Cat akuarel untuk lomba lukis", "Set", 85_000, "bahan"),
                    ("Honor juri lomba", "OK", 750_000, "honor"),
                    ("Kanvas lukis 40 x 60", "Lembar", 45_000, "bahan"),
                ),
            ),
        ),
        (
            ("Buku teks kurikulum merdeka kelas IV", "Eksemplar", 68_000, "bahan"),
            ("Alat peraga matematika SMP", "Set", 3_600_000, "modal"),
            ("Kit praktikum biologi", "Set", 5_200_000, "modal"),
            ("Rapor siswa", "Eksemplar", 22_000, "cetak"),
            ("Seragam sekolah siswa baru", "Stel", 185_000, "serah"),
            ("Mikroskop siswa monokuler", "Unit", 2_400_000, "modal"),
        ),
    ),
    Opd(
        "PUPR",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "1.03 Urusan Pemerintahan Bidang Pekerjaan Umum",
        (
            Sub(
                "1.03.10.2.01.0013",
                "Rehabilitasi Jalan",
                "Panjang Jalan yang Direhabilitasi",
                (
                    ("Aspal hotmix AC-WC", "Ton", 1_650_000, "bahan"),
                    ("Agregat kelas A", "M3", 420_000, "bahan"),
                    ("Marka jalan thermoplastic", "M2", 185_000, "bahan"),
                    ("Sewa asphalt finisher", "Jam", 950_000, "sewa"),
                    ("Rompi reflektor pekerja", "Buah", 65_000, "pakaian"),
                    ("Cone jalan 70 cm", "Buah", 125_000, "bahan"),
                ),
            ),
            Sub(
                "1.03.03.2.01.0021",
                "Pemeliharaan Saluran Drainase Perkotaan",
                "Panjang Saluran Drainase yang Dipelihara",
                (
                    ("Sepatu boot karet pekerja", "Pasang", 95_000, "pakaian"),
                    ("Sekop dan garu pembersih saluran", "Set", 180_000, "bahan"),
                    ("Sewa excavator mini", "Jam", 450_000, "sewa"),
                    ("Upah tenaga harian lepas pembersihan", "OH", 130_000, "jasa"),
                    ("Karung goni", "Lembar", 6_000, "bahan"),
                    ("Sarung tangan karet tebal", "Pasang", 25_000, "pakaian"),
                ),
            ),
        ),
        (
            ("Semen portland 50 kg", "Sak", 78_000, "bahan"),
            ("Besi ulir D16", "Batang", 165_000, "bahan"),
            ("Theodolit digital", "Unit", 38_000_000, "modal"),
            ("Geomembran HDPE", "M2", 75_000, "bahan"),
            ("Pasir urug", "M3", 210_000, "bahan"),
            ("Box culvert precast 100 x 100", "Buah", 4_500_000, "bahan"),
        ),
    ),
    Opd(
        "DLH",
        "Dinas Lingkungan Hidup",
        "2.11 Urusan Pemerintahan Bidang Lingkungan Hidup",
        (
            Sub(
                "2.11.09.2.01.0003",
                "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
                "Jumlah Sarana dan Prasarana Pengelolaan Sampah yang Disediakan",
                (
                    ("Motor roda tiga pengangkut sampah", "Unit", 42_000_000, "modal"),
                    ("Bin sampah terpilah 3 warna", "Set", 2_150_000, "modal"),
                    ("Jaring penutup bak truk", "Lembar", 450_000, "bahan"),
                    ("Sepatu boot petugas kebersihan", "Pasang", 110_000, "pakaian"),
                    ("Kantong sampah besar hitam", "Pak", 35_000, "bahan"),
                    ("Sapu lidi bergagang", "Buah", 25_000, "bahan"),
                ),
            ),
            Sub(
                "2.11.04.2.01.0002",
                "Pemantauan Kualitas Air",
                "Jumlah Titik Sampel Air Sungai yang Dipantau",
                (
                    ("Jerigen sampel 5 liter", "Buah", 45_000, "bahan"),
                    ("Uji laboratorium parameter BOD COD", "Sampel", 650_000, "jasa"),
                    ("pH meter portabel", "Unit", 3_400_000, "modal"),
                    ("Es batu pengawet sampel", "Balok", 25_000, "bahan"),
                    ("Sewa perahu klotok pengambilan sampel", "Hari", 850_000, "sewa"),
                    ("Pelampung keselamatan", "Buah", 250_000, "pakaian"),
                ),
            ),
        ),
        (
            ("Alat uji emisi gas buang", "Unit", 65_000_000, "modal"),
            ("Bibit pohon trembesi", "Batang", 35_000, "bahan"),
            ("Mesin pencacah plastik", "Unit", 48_000_000, "modal"),
            ("Bioaktivator kompos", "Liter", 45_000, "bahan"),
            ("Turbidimeter", "Unit", 22_000_000, "modal"),
            ("Kantong biopori", "Buah", 12_000, "bahan"),
        ),
    ),
    Opd(
        "DINSOS",
        "Dinas Sosial",
        "1.06 Urusan Pemerintahan Bidang Sosial",
        (
            Sub(
                "1.06.06.2.01.0001",
                "Penyediaan Makanan, Sandang dan Tempat Penampungan Sementara bagi Korban Bencana",
                "Jumlah Korban Bencana yang Terpenuhi Kebutuhan Dasarnya",
                (
                    ("Beras 5 kg bantuan", "Karung", 75_000, "serah"),
                    ("Mi instan bantuan logistik", "Dus", 115_000, "serah"),
                    ("Selimut tebal korban bencana", "Lembar", 85_000, "serah"),
                    ("Tenda keluarga", "Unit", 3_800_000, "serah"),
                    ("Perlengkapan mandi keluarga", "Paket", 95_000, "serah"),
                    ("Dapur umum peralatan masak besar", "Set", 6_500_000, "modal"),
                ),
            ),
            Sub(
                "1.06.04.2.01.0003",
                "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
                "Jumlah Penyandang Disabilitas Terlantar yang Mendapatkan Rehabilitasi Sosial",
                (
                    ("Tongkat ketiak aluminium", "Pasang", 450_000, "serah"),
                    ("Alat bantu dengar", "Unit", 3_200_000, "serah"),
                    ("Kaki palsu bawah lutut", "Unit", 9_500_000, "serah"),
                    ("Paket nutrisi penerima manfaat", "Paket", 150_000, "serah"),
                    ("Honor pendamping rehabilitasi sosial", "OB", 1_800_000, "honor"),
                    ("Tongkat putih tunanetra", "Buah", 250_000, "serah"),
                ),
            ),
        ),
        (
            ("Kursi roda anak cerebral palsy", "Unit", 6_500_000, "serah"),
            ("Paket sembako keluarga miskin", "Paket", 250_000, "serah"),
            ("Alat bantu jalan walker", "Unit", 750_000, "serah"),
        ),
    ),
    Opd(
        "DISKOMINFO",
        "Dinas Komunikasi dan Informatika",
        "2.16 Urusan Pemerintahan Bidang Komunikasi dan Informatika",
        (
            Sub(
                "2.16.03.2.02.0005",
                "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
                "Jumlah Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah",
                (
                    ("Kabel fiber optik 12 core", "Meter", 14_000, "bahan"),
                    ("Firewall next generation", "Unit", 85_000_000, "modal"),
                    ("Rack server 42U", "Unit", 18_000_000, "modal"),
                    ("Media converter", "Unit", 650_000, "bahan"),
                    ("Langganan bandwidth dedicated 500 Mbps", "Bulan", 12_000_000, "jasa"),
                    ("Patch cord LC-LC", "Buah", 85_000, "bahan"),
                ),
            ),
            Sub(
                "2.16.02.2.01.0001",
                "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
                "Jumlah Konten Informasi Publik yang Dipublikasikan",
                (
                    ("Jasa pembuatan video infografis", "Paket", 4_500_000, "jasa"),
                    ("Lisensi aplikasi desain grafis", "Tahun", 3_200_000, "jasa"),
                    ("Tripod kamera video", "Buah", 850_000, "bahan"),
                    ("Iklan layanan masyarakat di radio", "Spot", 350_000, "jasa"),
                    ("Honor admin media sosial", "OB", 2_500_000, "honor"),
                    ("Mikrofon clip-on wireless", "Set", 1_800_000, "modal"),
                ),
            ),
        ),
        (
            ("Lisensi antivirus endpoint", "Lisensi", 350_000, "jasa"),
            ("Access point outdoor", "Unit", 4_200_000, "modal"),
            ("Storage NAS 8 bay", "Unit", 42_000_000, "modal"),
            ("Sertifikat SSL wildcard", "Tahun", 5_500_000, "jasa"),
        ),
    ),
    Opd(
        "SATPOLPP",
        "Satuan Polisi Pamong Praja",
        "1.05 Urusan Pemerintahan Bidang Ketenteraman dan Ketertiban Umum",
        (
            Sub(
                "1.05.02.2.01.0001",
                "Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
                "Jumlah Gangguan Trantibum yang Ditangani",
                (
                    ("Tongkat T polisi pamong praja", "Buah", 185_000, "bahan"),
                    ("Borgol petugas", "Buah", 350_000, "bahan"),
                    ("Lampu senter LED tahan air", "Buah", 275_000, "bahan"),
                    ("Tameng polikarbonat", "Buah", 1_250_000, "modal"),
                    ("Makan petugas patroli malam", "Kotak", 35_000, "mamin"),
                    ("Jas hujan petugas lapangan", "Buah", 165_000, "pakaian"),
                ),
            ),
            Sub(
                "1.05.02.2.02.0002",
                "Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
                "Jumlah Pelanggaran Perda yang Ditindaklanjuti",
                (
                    ("Segel pelanggaran perda", "Lembar", 8_000, "cetak"),
                    ("Blangko berita acara pemeriksaan", "Buku", 45_000, "cetak"),
                    ("Honor penyidik pegawai negeri sipil", "OK", 500_000, "honor"),
                    ("Sewa truk penertiban reklame", "Hari", 1_200_000, "sewa"),
                    ("Tangga lipat aluminium", "Unit", 1_650_000, "modal"),
                    ("Police line", "Roll", 85_000, "bahan"),
                ),
            ),
        ),
        (
            ("Rompi antisayat", "Buah", 2_400_000, "modal"),
            ("Handy talky petugas", "Unit", 1_800_000, "modal"),
            ("Pentungan karet", "Buah", 120_000, "bahan"),
            ("Sirine rotator mobil patroli", "Set", 2_100_000, "modal"),
        ),
    ),
    Opd(
        "BAPPEDA",
        "Badan Perencanaan Pembangunan Daerah",
        "5.01 Unsur Penunjang Urusan Pemerintahan Perencanaan",
        (
            Sub(
                "5.01.02.2.01.0005",
                "Koordinasi Penyusunan Dokumen RKPD",
                "Jumlah Dokumen RKPD yang Tersusun",
                (
                    ("Penyusunan naskah akademik RKPD oleh tenaga ahli", "OB", 7_500_000, "jasa"),
                    ("Cetak dokumen RKPD hard cover", "Eksemplar", 150_000, "cetak"),
                    ("Makan minum forum perangkat daerah", "Kotak", 45_000, "mamin"),
                    ("Honor tim penyusun RKPD", "OB", 750_000, "honor"),
                    ("Sewa ruang rapat hotel", "Hari", 6_000_000, "sewa"),
                    ("Papan flipchart dan kertasnya", "Set", 650_000, "atk"),
                ),
            ),
            Sub(
                "5.01.05.2.01.0002",
                "Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
                "Jumlah Laporan Evaluasi Rencana Pembangunan Daerah",
                (
                    ("Survei lapangan capaian program", "OH", 200_000, "perjadin"),
                    ("Lisensi perangkat lunak analisis statistik", "Tahun", 9_500_000, "jasa"),
                    ("Honor enumerator survei", "OK", 350_000, "honor"),
                    ("Cetak laporan evaluasi", "Eksemplar", 95_000, "cetak"),
                    ("Pulsa data enumerator", "Orang", 100_000, "jasa"),
                    ("Penggandaan kuesioner", "Lembar", 400, "cetak"),
                ),
            ),
        ),
        (
            ("Citra satelit resolusi tinggi", "Km2", 450_000, "jasa"),
            ("Jasa survei persepsi masyarakat", "Paket", 45_000_000, "jasa"),
        ),
    ),
    Opd(
        "BPBD",
        "Badan Penanggulangan Bencana Daerah",
        "1.05 Urusan Pemerintahan Bidang Ketenteraman dan Ketertiban Umum",
        (
            Sub(
                "1.05.03.2.01.0001",
                "Penyediaan Peralatan Kesiapsiagaan dan Pencegahan Bencana",
                "Jumlah Peralatan Kesiapsiagaan Bencana yang Tersedia",
                (
                    ("Tenda pleton", "Unit", 28_000_000, "modal"),
                    ("Perahu karet 10 orang", "Unit", 65_000_000, "modal"),
                    ("Pelampung jaket (life jacket)", "Buah", 350_000, "bahan"),
                    ("Gergaji mesin penebang pohon tumbang", "Unit", 6_500_000, "modal"),
                    ("Lampu sorot darurat portable", "Unit", 2_800_000, "modal"),
                    ("Tali karmantel 50 meter", "Roll", 1_200_000, "bahan"),
                ),
            ),
            Sub(
                "1.05.03.2.02.0001",
                "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
                "Jumlah Warga yang Mendapatkan Sosialisasi KIE Rawan Bencana",
                (
                    ("Leaflet jalur evakuasi", "Lembar", 2_000, "cetak"),
                    ("Papan informasi titik kumpul", "Buah", 850_000, "bahan"),
                    ("Simulasi evakuasi gempa sekolah", "Paket", 3_500_000, "jasa"),
                    ("Peluit darurat siswa", "Buah", 8_000, "serah"),
                    ("Tas siaga bencana", "Buah", 145_000, "serah"),
                    ("Honor fasilitator KIE", "OK", 600_000, "honor"),
                ),
            ),
        ),
        (
            ("Tenda posko pengungsi", "Unit", 24_000_000, "modal"),
            ("Velbed lipat pengungsi", "Unit", 650_000, "serah"),
            ("Karung pasir tanggul darurat", "Lembar", 5_000, "bahan"),
            ("Water treatment portable", "Unit", 85_000_000, "modal"),
        ),
    ),
    Opd(
        "KECAMATAN",
        "Kecamatan Samarinda Ulu",
        "7.01 Unsur Kewilayahan",
        (
            Sub(
                "7.01.02.2.01.0004",
                "Fasilitasi Penyelenggaraan Musyawarah Perencanaan Pembangunan Kecamatan",
                "Jumlah Dokumen Hasil Musrenbang Kecamatan",
                (
                    ("Honor fasilitator musrenbang", "OK", 500_000, "honor"),
                    ("Konsumsi peserta musrenbang kecamatan", "Kotak", 35_000, "mamin"),
                    ("Sewa tenda dan kursi musrenbang", "Paket", 2_500_000, "sewa"),
                    ("Cetak berita acara musrenbang", "Eksemplar", 15_000, "cetak"),
                    ("Papan nama meja peserta", "Buah", 12_000, "atk"),
                    ("Undangan peserta", "Lembar", 3_000, "cetak"),
                ),
            ),
            Sub(
                "7.01.05.2.01.0001",
                "Pembinaan Ketenteraman dan Ketertiban Umum Tingkat Kecamatan",
                "Jumlah Kegiatan Pembinaan Trantibum Kecamatan",
                (
                    ("Seragam linmas", "Stel", 350_000, "pakaian"),
                    ("Senter petugas ronda", "Buah", 120_000, "bahan"),
                    ("Honor anggota linmas kecamatan", "OB", 600_000, "honor"),
                    ("Jas hujan linmas", "Buah", 145_000, "pakaian"),
                    ("Konsumsi apel siaga", "Kotak", 25_000, "mamin"),
                    ("Kentongan pos ronda", "Buah", 85_000, "serah"),
                ),
            ),
        ),
        (),
    ),
    Opd(
        "DISHUB",
        "Dinas Perhubungan",
        "2.15 Urusan Pemerintahan Bidang Perhubungan",
        (
            Sub(
                "2.15.02.2.01.0003",
                "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
                "Jumlah Perlengkapan Jalan yang Terpasang",
                (
                    ("Rambu larangan parkir", "Unit", 1_250_000, "modal"),
                    ("Traffic light empat simpang", "Paket", 185_000_000, "modal"),
                    ("Guardrail baja", "Meter", 650_000, "bahan"),
                    ("Warning light tenaga surya", "Unit", 4_500_000, "modal"),
                    ("Paku jalan reflektor", "Buah", 45_000, "bahan"),
                    ("Tiang rambu galvanis", "Batang", 550_000, "bahan"),
                ),
            ),
            Sub(
                "2.15.02.2.02.0001",
                "Pengendalian dan Pengawasan Ketersediaan Angkutan Umum",
                "Jumlah Trayek Angkutan Umum yang Diawasi",
                (
                    ("Uji berkala kendaraan angkutan", "Unit", 150_000, "jasa"),
                    ("Stiker lulus uji kir", "Lembar", 5_000, "cetak"),
                    ("Honor petugas pengawas terminal", "OB", 1_200_000, "honor"),
                    ("Rompi reflektif petugas dishub", "Buah", 95_000, "pakaian"),
                    ("Sewa mobil derek", "Hari", 1_500_000, "sewa"),
                    ("Alat ukur kebisingan kendaraan", "Unit", 8_500_000, "modal"),
                ),
            ),
        ),
        (
            ("Kerucut lalu lintas 90 cm", "Buah", 165_000, "bahan"),
            ("Speed bump karet", "Meter", 350_000, "bahan"),
            ("Alat uji rem kendaraan", "Unit", 350_000_000, "modal"),
        ),
        holdout_only=True,
    ),
    Opd(
        "DISPORAPAR",
        "Dinas Kepemudaan, Olahraga dan Pariwisata",
        "2.19 Urusan Pemerintahan Bidang Kepemudaan dan Olahraga",
        (
            Sub(
                "2.19.03.2.01.0001",
                "Pembinaan Olahraga Prestasi Tingkat Daerah",
                "Jumlah Atlet yang Mendapatkan Pembinaan",
                (
                    ("Matras pencak silat", "Set", 22_000_000, "modal"),
                    ("Sepatu lari atlet", "Pasang", 1_100_000, "pakaian"),
                    ("Suplemen vitamin atlet", "Botol", 185_000, "bahan"),
                    ("Honor pelatih cabang olahraga", "OB", 3_000_000, "honor"),
                    ("Stopwatch digital", "Buah", 350_000, "bahan"),
                    ("Sewa lapangan latihan", "Jam", 300_000, "sewa"),
                ),
            ),
            Sub(
                "3.26.02.2.01.0002",
                "Pengembangan Kegiatan Pariwisata Kota",
                "Jumlah Event Pariwisata yang Diselenggarakan",
                (
                    ("Sewa panggung festival tepian sungai", "Paket", 25_000_000, "sewa"),
                    ("Honor penari pembuka festival", "Orang", 500_000, "honor"),
                    ("Baliho promosi festival", "Buah", 1_800_000, "cetak"),
                    ("Cenderamata untuk tamu festival", "Buah", 150_000, "serah"),
                    ("Jasa fotografer event", "Hari", 2_500_000, "jasa"),
                    ("Perahu hias peserta parade", "Unit", 5_000_000, "sewa"),
                ),
            ),
        ),
        (
            ("Lintasan atletik sintetis", "M2", 1_400_000, "bahan"),
            ("Bola basket kompetisi", "Buah", 1_250_000, "bahan"),
        ),
        holdout_only=True,
    ),
    Opd(
        "KELURAHAN",
        "Kelurahan Sidodadi",
        "7.01 Unsur Kewilayahan",
        (
            Sub(
                "7.01.07.2.01.0001",
                "Kegiatan Pemberdayaan Masyarakat Kelurahan",
                "Jumlah Kegiatan Pemberdayaan Masyarakat di Kelurahan",
                (
                    ("Pelatihan menjahit ibu PKK bahan kain", "Meter", 45_000, "bahan"),
                    ("Honor instruktur keterampilan", "OJ", 300_000, "honor"),
                    ("Mesin jahit portable pelatihan", "Unit", 2_400_000, "modal"),
                    ("Sewa kursi kerja bakti", "Buah", 5_000, "sewa"),
                    ("Peralatan kerja bakti cangkul dan parang", "Set", 350_000, "bahan"),
                    ("Konsumsi gotong royong warga", "Kotak", 20_000, "mamin"),
                ),
            ),
        ),
        (),
        holdout_only=True,
    ),
)


# Pairs of OPDs whose sector goods can serve each other's sub-kegiatan (assistive devices in
# health and social services, disaster logistics, road safety goods...): not used as off target.
NEIGHBOURS = {
    frozenset(pair)
    for pair in (
        ("DINKES", "DINSOS"),
        ("BPBD", "DINSOS"),
        ("DINKES", "DISDIK"),
        ("DLH", "PUPR"),
        ("DISHUB", "PUPR"),
        ("DISPORAPAR", "DISDIK"),
        ("KELURAHAN", "DLH"),
        ("KECAMATAN", "SATPOLPP"),
        ("DISKOMINFO", "BAPPEDA"),
        ("BPBD", "DINKES"),
        ("KELURAHAN", "SATPOLPP"),
    )
}


def _split_items(items: tuple[Item, ...] | list[Item], split: str) -> list[Item]:
    """Alternate entries: even ones to dev, odd ones to holdout (no text in both)."""
    parity = 0 if split == "dev" else 1
    return [item for i, item in enumerate(items) if i % 2 == parity]


def _line(line_id: int, item: Item, rng: random.Random) -> RkaLine:
    uraian, satuan, harga, kind = item
    volume = rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 30, 50])
    code, account = ACCOUNTS[kind]
    return RkaLine(
        line_id=str(line_id),
        kode_rekening=code,
        account_name=account,
        uraian=uraian,
        volume=Decimal(volume),
        satuan=satuan,
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def _sub_lines(
    opd: Opd, sub: Sub, split: str, rng: random.Random, start: int
) -> tuple[list[RkaLine], dict[str, list[str]]]:
    """A sub-kegiatan's lines: its own items (split), generic support, and off-target lines —
    personal goods and another sector's goods."""
    others = [
        item
        for other in OPDS
        if other.code != opd.code
        and other.urusan.split()[0] != opd.urusan.split()[0]
        and frozenset((opd.code, other.code)) not in NEIGHBOURS
        for item in _split_items(other.sector, split)
    ]
    fit = _split_items(sub.fit, split) + rng.sample(_split_items(GENERIC, split), 4)
    off = rng.sample(_split_items(PERSONAL, split), 2) + rng.sample(others, 2)
    entries = [(item, False) for item in fit] + [(item, True) for item in off]
    rng.shuffle(entries)
    lines, labels = [], {}
    for offset, (item, is_off) in enumerate(entries):
        line = _line(start + offset, item, rng)
        lines.append(line)
        if is_off:
            labels[line.line_id] = ["OFF_TARGET"]
    return lines, labels


def build(split: str) -> list[tuple[Rka, dict[str, list[str]]]]:
    rng = random.Random(f"{SEED}-{split}")
    out = []
    for opd in OPDS:
        if opd.holdout_only and split == "dev":
            continue
        subs, labels, next_id = [], {}, 1
        for sub in opd.subs:
            lines, sub_labels = _sub_lines(opd, sub, split, rng, next_id)
            next_id += len(lines)
            labels.update(sub_labels)
            groups = sorted({(ln.kode_rekening or "", ln.account_name or "") for ln in lines})
            subs.append(
                SubKegiatan(
                    kode=sub.kode,
                    nama=sub.nama,
                    indikator=sub.indikator,
                    urusan=opd.urusan,
                    lines=lines,
                    groups=[AccountGroup(kode_rekening=c, nama=n) for c, n in groups],
                )
            )
        rka = Rka(
            rka_id=f"{opd.code.lower()}-{split}",
            opd=opd.code,
            opd_name=opd.name,
            fiscal_year=2027,
            sub_kegiatan=subs,
        )
        out.append((rka, labels))
    return out


def main() -> None:
    manifest = []
    for split in ("dev", "holdout"):
        for rka, labels in build(split):
            name = f"{split}_{rka.opd.lower()}"
            (DATA / f"{name}.rka.json").write_text(rka.model_dump_json(indent=1), encoding="utf-8")
            (DATA / f"{name}.labels.json").write_text(
                json.dumps({"labels": labels}, indent=1), encoding="utf-8"
            )
            manifest.append(
                {"rka": f"{name}.rka.json", "labels": f"{name}.labels.json", "split": split, "opd": rka.opd}
            )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


if __name__ == "__main__":
    DATA.mkdir(parents=True, exist_ok=True)
    main()
