"""A retrieval evaluation set: short Indonesian government documents and labelled queries.

Written for this project (not official texts). The queries come in three kinds on purpose:
exact names, numbers and codes that lexical search finds and embeddings blur; paraphrases in
other words that only semantic search connects; and broader questions with several relevant
documents.
"""

from __future__ import annotations

DOCUMENTS: dict[str, str] = {
    "d01": (
        "Laporan Realisasi Pengadaan Dinas Pendidikan 2025. Pada triwulan III telah dibeli 40"
        " unit laptop Core i5 untuk guru SD negeri dengan harga satuan Rp 11.800.000. Kontrak"
        " nomor 027/PPK-DISDIK/VII/2025 dilaksanakan oleh CV Borneo Komputindo."
    ),
    "d02": (
        "Notulen Rapat Koordinasi Penanggulangan Banjir, BPBD Kota Samarinda, 12 Maret 2025. "
        "Rapat membahas genangan di Jalan D.I. Panjaitan dan Sempaja setelah hujan deras. "
        "Disepakati normalisasi drainase dan pengerukan Sungai Karang Mumus oleh Dinas PUPR."
    ),
    "d03": (
        "SOP Pelayanan Perekaman KTP Elektronik di Disdukcapil. Pemohon membawa fotokopi "
        "Kartu Keluarga, mengambil nomor antrean, lalu dilakukan perekaman sidik jari, iris "
        "mata dan foto. Waktu pelayanan paling lama 30 menit."
    ),
    "d04": (
        "Surat Penawaran Harga CV Mahakam Jaya untuk pengadaan alat tulis kantor: kertas HVS "
        "A4 80 gram Rp 52.000 per rim, tinta printer Epson 003 Rp 85.000 per botol, map "
        "plastik Rp 3.500 per buah. Harga belum termasuk PPN."
    ),
    "d05": (
        "Peraturan Wali Kota Samarinda Nomor 45 Tahun 2025 tentang Standar Satuan Harga. "
        "Standar satuan harga menjadi batas tertinggi dalam penyusunan RKA perangkat daerah "
        "tahun anggaran 2026. Harga dalam SSH belum termasuk pajak pertambahan nilai."
    ),
    "d06": (
        "Laporan Dinas Kesehatan: cakupan imunisasi dasar lengkap bayi di 26 puskesmas "
        "mencapai 94 persen pada 2025. Puskesmas Sidomulyo mencatat capaian terendah karena "
        "kekurangan vaksin campak rubela pada bulan Mei."
    ),
    "d07": (
        "Rapat percepatan penurunan stunting Bappeda menyepakati pemberian makanan tambahan "
        "bagi balita gizi kurang dan ibu hamil kurang energi kronis di Kecamatan Samarinda "
        "Utara. Prevalensi stunting turun dari 24,5 menjadi 21,3 persen."
    ),
    "d08": (
        "Standar Biaya Umum tahun 2026: uang harian perjalanan dinas dalam kota Samarinda "
        "lebih dari 8 jam Rp 180.000 per orang per hari; perjalanan ke Jakarta uang harian Rp"
        " 530.000. Biaya penginapan mengikuti kelas jabatan."
    ),
    "d09": (
        "Dinas PUPR melaksanakan pemeliharaan berkala Jalan Juanda sepanjang 1,2 km dengan "
        "lapis aspal AC-WC. Pagu anggaran Rp 2.350.000.000 bersumber dari APBD 2025 dan "
        "pekerjaan selesai 15 November."
    ),
    "d10": (
        "Dinas Lingkungan Hidup menambah 12 unit armada truk pengangkut sampah dan "
        "memperpanjang jam operasional TPA Sambutan. Volume sampah harian kota mencapai 650 "
        "ton, sebagian besar sampah rumah tangga."
    ),
    "d11": (
        "Program beasiswa Kota Samarinda 2025 diberikan kepada 1.500 mahasiswa berprestasi "
        "dan kurang mampu. Besaran bantuan biaya pendidikan Rp 5.000.000 per semester "
        "disalurkan melalui rekening Bankaltimtara."
    ),
    "d12": (
        "Badan Pendapatan Daerah mengingatkan jatuh tempo Pajak Bumi dan Bangunan Perdesaan "
        "dan Perkotaan (PBB-P2) pada 31 Agustus 2025. Wajib pajak dapat membayar melalui "
        "aplikasi Samarinda Pay dan gerai minimarket."
    ),
    "d13": (
        "Honorarium narasumber kegiatan sosialisasi setingkat eselon II sebesar Rp 1.000.000 "
        "per jam pelajaran, moderator Rp 700.000 per kegiatan. Honorarium dibayarkan setelah "
        "dipotong PPh Pasal 21."
    ),
    "d14": (
        "Rehabilitasi ruang kelas SDN 004 Sungai Kunjang meliputi penggantian rangka atap "
        "baja ringan, plafon gypsum dan pengecatan dinding. Nilai kontrak Rp 487.500.000 "
        "dengan waktu pelaksanaan 90 hari kalender."
    ),
    "d15": (
        "Perumda Tirta Kencana menambah sambungan rumah air bersih untuk 2.000 pelanggan baru"
        " di Palaran. Kapasitas instalasi pengolahan air Loa Kulu ditingkatkan menjadi 150 "
        "liter per detik."
    ),
    "d16": (
        "Dinas Koperasi dan UMKM menggelar pelatihan pemasaran digital bagi 300 pelaku usaha "
        "mikro. Peserta belajar membuat katalog produk daring dan memanfaatkan marketplace "
        "untuk memperluas penjualan amplang dan sarung Samarinda."
    ),
    "d17": (
        "Dinas Pemadam Kebakaran mencatat 87 kejadian kebakaran permukiman sepanjang 2025, "
        "terbanyak di kawasan padat penduduk Sungai Dama. Penyebab utama adalah korsleting "
        "listrik dan kompor gas."
    ),
    "d18": (
        "Pemasangan 450 titik lampu penerangan jalan umum tenaga surya di jalan lingkungan "
        "Kecamatan Loa Janan Ilir. Harga satuan lampu PJU solar cell 60 watt lengkap dengan "
        "tiang Rp 14.750.000."
    ),
    "d19": (
        "Petunjuk teknis penggunaan dana Bantuan Operasional Sekolah: dana BOS boleh "
        "digunakan untuk pembelian buku teks, pembayaran langganan daya dan jasa, serta honor"
        " guru non-ASN paling banyak 50 persen."
    ),
    "d20": (
        "Inspektorat Kota menemukan kelebihan pembayaran pada pengadaan mebel sekolah sebesar"
        " Rp 126.400.000 karena volume terpasang tidak sesuai kontrak. Penyedia diminta "
        "menyetor kembali ke kas daerah dalam 60 hari."
    ),
    "d21": (
        "Pengadaan kendaraan dinas operasional roda dua dilakukan melalui e-purchasing "
        "katalog elektronik LKPP. Sepeda motor 150 cc dibeli seharga Rp 27.900.000 per unit "
        "termasuk biaya balik nama."
    ),
    "d22": (
        "Rapat evaluasi pelayanan RSUD I.A. Moeis: waktu tunggu rawat jalan rata-rata 3 jam. "
        "Manajemen menargetkan pendaftaran online dan penambahan dokter spesialis penyakit "
        "dalam."
    ),
    "d23": (
        "Revitalisasi Pasar Segiri mencakup perbaikan los ikan basah, saluran pembuangan dan "
        "area parkir. Pedagang direlokasi sementara ke lahan di Jalan Pahlawan selama "
        "pekerjaan konstruksi."
    ),
    "d24": (
        "Kode 1.1.7.01.03.02.001 Kertas HVS ukuran A4 70 gram, satuan rim, harga satuan "
        "tertinggi Rp 48.500 dalam Standar Satuan Harga 2026."
    ),
    "d25": (
        "Standar harga konsumsi rapat: kue kotak Rp 20.000 per orang, makan siang nasi kotak "
        "Rp 45.000 per orang untuk rapat lebih dari empat jam."
    ),
    "d26": (
        "Belanja langganan internet kantor kelurahan berkapasitas 100 Mbps sebesar Rp "
        "1.500.000 per bulan melalui penyedia jaringan fiber optik."
    ),
}

# (query, relevant document ids)
QUERIES: list[tuple[str, set[str]]] = [
    # exact names, numbers and codes
    ("kontrak 027/PPK-DISDIK/VII/2025", {"d01"}),
    ("Sungai Karang Mumus", {"d02"}),
    ("Peraturan Wali Kota Nomor 45 Tahun 2025", {"d05"}),
    ("TPA Sambutan", {"d10"}),
    ("SDN 004 Sungai Kunjang", {"d14"}),
    ("Pasar Segiri", {"d23"}),
    ("tinta Epson 003", {"d04"}),
    ("PBB-P2 jatuh tempo", {"d12"}),
    ("1.1.7.01.03.02.001", {"d24"}),
    ("RSUD I.A. Moeis", {"d22"}),
    # paraphrases in other words
    ("berapa biaya membeli komputer jinjing untuk tenaga pengajar", {"d01"}),
    ("air meluap menggenangi jalan setelah hujan", {"d02"}),
    ("syarat membuat kartu identitas penduduk", {"d03"}),
    ("vaksinasi bayi di pusat kesehatan masyarakat", {"d06"}),
    ("anak bertubuh pendek karena kurang gizi", {"d07"}),
    ("uang saku pegawai saat bertugas ke luar kota", {"d08"}),
    ("perbaikan aspal jalan rusak", {"d09"}),
    ("bantuan kuliah untuk mahasiswa miskin", {"d11"}),
    ("bayaran pembicara acara penyuluhan", {"d13"}),
    ("penyediaan air minum ke rumah warga", {"d15"}),
    ("pelatihan jualan online untuk pedagang kecil", {"d16"}),
    ("rumah terbakar akibat arus pendek", {"d17"}),
    ("lampu jalan bertenaga matahari", {"d18"}),
    ("temuan pemeriksaan kelebihan bayar", {"d20"}),
    ("membeli motor dinas lewat katalog", {"d21"}),
    ("antrean lama di rumah sakit", {"d22"}),
    ("makanan dan minuman untuk peserta rapat", {"d25"}),
    ("biaya koneksi wifi kantor", {"d26"}),
    # broader questions, several relevant documents
    ("harga kertas HVS A4", {"d04", "d24"}),
    ("batas tertinggi harga dalam penyusunan anggaran", {"d05", "d24"}),
    ("penggunaan dana BOS untuk honor guru", {"d19"}),
    ("pengadaan barang dan pekerjaan untuk sekolah", {"d01", "d14", "d20"}),
    ("harga belum termasuk PPN", {"d04", "d05"}),
    ("truk sampah", {"d10"}),
]
