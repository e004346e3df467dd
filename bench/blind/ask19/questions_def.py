# executed inside generate.py (uses its variables). Question definitions for ask19.
A1, A2 = "dishub_laporan_tahunan_2024.pdf", "dishub_laporan_semester_I_2024.pdf"
A3, A4, A5 = "dishub_realisasi_anggaran_2025.xlsx", "dishub_rka_2026.xlsx", "dishub_foto_rekap_uji_kir_okt_2025.jpg"
B1, B2 = "satpolpp_notulen_rakor_penertiban_pkl_2025.pdf", "satpolpp_rekap_penegakan_perda_2024.csv"
B3, B4 = "satpolpp_laporan_kinerja_2025.docx", "satpolpp_scan_sprint_operasi_malam_nov_2025.png"
C1, C2, C3 = "dinsos_laporan_bansos_sembako_2025.pdf", "dinsos_sk_penerima_sembako_2024.pdf", "dinsos_rekap_pmks_2024_2025.xlsx"
C4, C5 = "dinsos_scan_ba_bantuan_kebakaran_2025.jpg", "dinsos_notulen_rapat_verval_dtks_2026.docx"
D1, D2 = "bpbd_laporan_kejadian_bencana_2024.pdf", "bpbd_laporan_kejadian_bencana_2025.pdf"
D3, D4, D5 = "bpbd_stok_logistik_juni_2025.csv", "bpbd_scan_ba_serah_terima_logistik_2025.pdf", "bpbd_rka_2026.xlsx"
E1, E2 = "dispusip_laporan_tahunan_2024.pdf", "dispusip_statistik_kunjungan_2025.xlsx"
E3, E4 = "dispusip_foto_rekap_pusling_2025.jpg", "dispusip_surat_usulan_hibah_buku_2026.docx"
F1, F2 = "diskan_laporan_produksi_perikanan_2025.pdf", "diskan_produksi_budidaya_2024.csv"
F3, F4 = "diskan_penawaran_benih_pakan_2025.pdf", "diskan_foto_papan_harga_ikan_pasar_segiri.jpg"
G1, G2 = "kec_sgkunjang_notulen_musrenbang_2025.pdf", "kec_sgkunjang_realisasi_anggaran_2024.xlsx"
G3, G4 = "kec_sgkunjang_scan_rekap_pbb_2025.png", "kec_sgkunjang_data_penduduk_2025.csv"
H1, H2 = "dpmptsp_laporan_pelayanan_perizinan_2025.pdf", "dpmptsp_laporan_pelayanan_perizinan_semester_I_2025.pdf"
H3, H4, H5 = "dpmptsp_realisasi_investasi_2024.xlsx", "dpmptsp_notulen_forum_konsultasi_publik_2026.docx", "dpmptsp_scan_rekap_pengaduan_2025.jpg"

I = idn
ret25 = sum(d_ret25)

# ------------------------------------------------------------------ factoid_text
Q("factoid_text", "dishub", "realisasi retribusi parkir tepi jalan th 2024 setahun penuh brp ya?",
  I(d_ret24_real), acc(d_ret24_real) + ["8,74 miliar"], [(A1, 1)], [I(d_ret24s_real), I(ret25), I(d_ret24_tgt)])
Q("factoid_text", "dishub", "capaian retribusi parkir TJU 2024 thd target berapa persen?",
  I(pct(d_ret24_real, d_ret24_tgt)), ["91.26", "91,26%"], [(A1, 1)], [I(pct(d_ret24s_real, d_ret24_tgt))])
Q("factoid_text", "dishub", "Tahun 2024 kita pasang lampu PJU baru berapa unit total?",
  I(d_pju24), ["1136"], [(A1, 3)], [I(d_pju24s), "2.047"])
Q("factoid_text", "satpolpp", "pas rakor PKL maret 2025 jumlah lapak PKL yg terdata ada brp?",
  I(s_pkl), ["2318"], [(B1, 1)], [])
Q("factoid_text", "satpolpp", "Kebutuhan dana operasi penertiban PKL tahap I berapa rupiah?",
  I(s_angg), acc(s_angg), [(B1, 1)], [])
Q("factoid_text", "satpolpp", "total personil satpol pp per 31 des 2025 ada berapa orang?",
  I(s_asn + s_pppk), [], [(B3, 1)], ["42", I(s_pers)])
Q("factoid_text", "dinsos", "nilai total bansos sembako daerah thn 2025 berapa?",
  I(so_nilai), acc(so_nilai), [(C1, 1)], [I(so_kpm24 * 600_000)])
Q("factoid_text", "dinsos", "target verval DTKS 2026 itu brp rumah tangga?",
  I(so_dtks_target), ["21600"], [(C5, 1)], [])
Q("factoid_text", "bpbd", "Berapa kali kejadian kebakaran permukiman sepanjang 2025?",
  I(b_kej[2025]["kebakaran"]), [], [(D2, 1)], [I(b_kej[2024]["kebakaran"])])
Q("factoid_text", "bpbd", "rmh yg terdampak banjir tahun 2024 ada brp unit",
  I(b_kej[2024]["rumah"]), ["5874"], [(D1, 1)], [I(b_kej[2025]["rumah"])])
Q("factoid_text", "dispusip", "koleksi bahan pustaka kita smp akhir 2024 brp eksemplar?",
  I(e_kol), ["87412"], [(E1, 1)], [I(e_judul)])
Q("factoid_text", "diskan", "produksi ikan tangkap perairan umum daratan thn 2025 berapa ton?",
  I(k_tangkap25, 1), ["1215.4", "1.215,4 ton"], [(F1, 1)], [I(round(sum(k_prod25), 1), 1)])
Q("factoid_text", "kec_sgkunjang", "musrenbang kecamatan utk RKPD 2026 total usulan yg masuk brp?",
  I(sum(g_usul)), [], [(G1, 1)], [I(sum(g_prio))])
Q("factoid_text", "dpmptsp", "rata2 lama penyelesaian layanan perizinan setahun 2025 brp hari?",
  "2,8", ["2.8"], [(H1, 1)], ["3,1"])
Q("factoid_text", "dpmptsp", "nilai IKM hasil SKM 2025 berapa?",
  h_ikm25, ["84.62"], [(H4, 1)], [])
Q("factoid_text", "*", "Jumlah kejadian tanah longsor di Samarinda tahun 2024 ada berapa?",
  I(b_kej[2024]["longsor"]), [], [(D1, 1)], [I(b_kej[2025]["longsor"])])

Q("factoid_text", "dishub", "retribusi parkir TJU s/d 30 juni 2024 (semester 1) udah masuk brp?",
  I(d_ret24s_real), acc(d_ret24s_real), [(A2, 1)], [I(d_ret24_real)])
Q("factoid_text", "dpmptsp", "PBG yg terbit di semester I 2025 ada berapa?",
  I(h_izin25s[0]), [], [(H2, 1)], [I(h_izin25[0])])
Q("factoid_text", "dispusip", "estimasi nilai total usulan hibah buku ke Perpusnas 2026 brp?",
  I(e_hibah_tot), acc(e_hibah_tot), [(E4, 1)], [])

# ------------------------------------------------------------------ factoid_table
Q("factoid_table", "dishub", "titik parkir TJU di kec. sungai kunjang akhir tahun 2024 ada brp?",
  I(d_titik24[4]), [], [(A1, 2)], [I(d_titik24s[4])])
Q("factoid_table", "dishub", "jukir terdaftar di Samarinda Seberang posisi 31 Des 2024?",
  I(d_jukir24[5]), [], [(A1, 2)], [I(d_jukir24s[5])])
Q("factoid_table", "dishub", "realisasi subkeg pengujian berkala kendaraan bermotor TA 2025 berapa?",
  I(d_real25[3]), acc(d_real25[3]), [(A3, 1)], [I(d_pagu25[3]), I(d_rka26[3])])
Q("factoid_table", "dishub", "retribusi parkir yg masuk bulan desember 2025 berapa?",
  I(d_ret25[11]), acc(d_ret25[11]), [(A3, 2)], [I(ret25)])
Q("factoid_table", "dishub", "pagu RKA 2026 utk pengelolaan terminal tipe C?",
  I(d_rka26[1]), acc(d_rka26[1]), [(A4, 1)], [I(d_pagu25[1]), I(d_real25[1])])
Q("factoid_table", "satpolpp", "denda yg disetor bulan mei 2024 dari penegakan perda brp?",
  I(s_den[4]), acc(s_den[4]), [(B2, 1)], [I(sum(s_den))])
Q("factoid_table", "satpolpp", "realisasi IKU satlinmas terlatih 2025 brp persen?",
  "68,3", ["68.3", "68,3%"], [(B3, 1)], ["87,5", "92,14"])
Q("factoid_table", "dinsos", "KPM sembako 2025 di Kecamatan Sungai Kunjang ada brp?",
  I(so_kpm_kec[4]), [], [(C1, 2)], [I(so_kpm)])
Q("factoid_table", "dinsos", "jumlah lansia terlantar th 2025 menurut rekap PMKS?",
  I(so_pmks25[4]), ["1312"], [(C3, 1)], [I(so_pmks24[4])])
Q("factoid_table", "bpbd", "banjir di kec sungai pinang tahun 2024 brp kali kejadian?",
  I(b_kec_banjir[2024][3]), [], [(D1, 2)], [I(b_kec_banjir[2025][3])])
Q("factoid_table", "bpbd", "stok terpal di gudang per akhir juni 2025 ada brp lembar",
  I(920), [], [(D3, 1)], ["1.040"])
Q("factoid_table", "dispusip", "kunjungan langsung ke perpus bulan Juli 2025 berapa orang?",
  I(e_on25[6]), ["15206"], [(E2, 1)], [I(e_on25[6] + e_dg25[6])])
Q("factoid_table", "diskan", "produksi patin thn 2025 brp ton?",
  I(k_prod25[1], 1), ["1864.5"], [(F1, 2)], [I(k_prod24[1], 1)])
Q("factoid_table", "diskan", "di surat penawaran CV Mahakam Benih Lestari harga benih patin per ekor berapa?",
  I(475), ["Rp 475", "475,00"], [(F3, 1)], ["250", "180"])
Q("factoid_table", "kec_sgkunjang", "jumlah KK di kelurahan Loa Bakung berapa (data 2025)?",
  I(g_kk[2]), ["8746"], [(G4, 1)], [I(g_pddk_l[2] + g_pddk_p[2])])
Q("factoid_table", "dpmptsp", "realisasi PMA triwulan III 2024 berapa?",
  I(h_pma[2]), acc(h_pma[2]), [(H3, 1)], [I(sum(h_pma)), I(h_pma23[2])])
Q("factoid_table", "dpmptsp", "total realisasi PMDN tahun 2023 berapa?",
  I(sum(h_pmdn23)), acc(sum(h_pmdn23)), [("dpmptsp_realisasi_investasi_2023.csv", 1)], [I(sum(h_pmdn)), I(sum(h_pma23))])
Q("factoid_table", "dpmptsp", "izin reklame yg terbit sepanjang 2025 ada brp?",
  I(h_izin25[4]), ["1583"], [(H1, 2)], [I(h_izin25s[4])])
Q("factoid_table", "kec_sgkunjang", "realisasi anggaran subkeg PATEN thn 2024 berapa?",
  I(g_real24[3]), acc(g_real24[3]), [(G2, 1)], [I(g_pagu24[3])])
Q("factoid_table", "dispusip", "usulan hibah 2026, buku cerita anak bergambar diminta brp eksemplar?",
  I(1500), ["1500"], [(E4, 1)], [I(900)])
Q("factoid_table", "*", "Total pagu RKA BPBD tahun 2026 berapa?",
  I(sum(b_rka26)), acc(sum(b_rka26)), [(D5, 1)], [I(sum(b_ind))])

# ------------------------------------------------------------------ factoid_scan
Q("factoid_scan", "dishub", "uji KIR bulan oktober 2025 yg lulus brp kendaraan?",
  I(d_kir_lulus), ["1154"], [(A5, 1)], [I(d_kir_tot)])
Q("factoid_scan", "dishub", "bus yg diuji berkala oktober 2025 ada berapa unit?",
  "97", [], [(A5, 1)], [])
Q("factoid_scan", "satpolpp", "sprint operasi cipta kondisi malam nov 2025 itu ngerahin brp personel?",
  "42", [], [(B4, 1)], [I(s_pers), I(s_asn + s_pppk)])
Q("factoid_scan", "dinsos", "total bantuan stimulan korban kebakaran di Sungai Pinang Dalam (Sept 2025) berapa?",
  I(so_kk * so_perkk), acc(so_kk * so_perkk), [(C4, 1)], [I(so_perkk)])
Q("factoid_scan", "dinsos", "brp jiwa yg terdampak kebakaran RT 21 sungai pinang dalam?",
  I(so_jiwa), [], [(C4, 1)], [I(so_kk)])
Q("factoid_scan", "bpbd", "BA serah terima logistik Mei 2025: family kit yg diserahkan brp paket?",
  I(b_fk), [], [(D4, 1)], ["410"])
Q("factoid_scan", "bpbd", "nilai seluruh barang di BA serah terima logistik banjir sempaja timur?",
  I(b_nilai_ba), acc(b_nilai_ba), [(D4, 2)], [])
Q("factoid_scan", "dispusip", "peminjam layanan pusling sepanjang 2025 ada brp orang?",
  I(e_pem), ["4982"], [(E3, 1)], [I(e_buku)])
Q("factoid_scan", "diskan", "harga ikan haruan/gabus di pasar segiri update awal november 2025?",
  I(85_000), acc(85_000, rp=True), [(F4, 1)], [I(72_000)])
Q("factoid_scan", "kec_sgkunjang", "realisasi PBB kel. Lok Bahu s.d. akhir 2025 brp?",
  I(g_pbb_real[4]), acc(g_pbb_real[4]), [(G3, 1)], [I(g_pbb_ket[4])])
Q("factoid_scan", "dpmptsp", "pengaduan layanan 2025 yang sudah selesai ditangani brp?",
  I(h_selesai), [], [(H5, 1)], [I(h_adu)])

# ------------------------------------------------------------------ two_documents
def two(scope, q, ops, op, res, dec=0, accept=(), forbidden=(), rp=None):
    if op == "minus":
        v = ops[0][2] - ops[1][2]
    elif op == "plus":
        v = ops[0][2] + ops[1][2]
    v = round(v, dec) if dec else v
    assert abs(v - res) < 1e-6, (q, v, res)
    ans = I(res, dec) if dec else I(res)
    calc = {"op": op, "operands": [{"file": f, "page": p, "value": I(x, dec) if dec else I(x)} for f, p, x in ops],
            "result": ans}
    Q("two_documents", scope, q, ans, list(accept) + (acc(res, rp=rp) if not dec else acc(res, dec)),
      [(f, p) for f, p, _ in ops], list(forbidden), calc=calc)


two("dishub", "selisih pagu RKA 2026 subkeg PJU dibanding realisasi PJU 2025 brp?",
    [(A4, 1, d_rka26[4]), (A3, 1, d_real25[4])], "minus", d_rka26[4] - d_real25[4],
    forbidden=[I(d_pagu25[4])])
two("dishub", "retribusi parkir 2025 naik berapa rupiah dibanding realisasi 2024?",
    [(A3, 2, ret25), (A1, 1, d_ret24_real)], "minus", ret25 - d_ret24_real,
    forbidden=[I(ret25)])
two("dinsos", "KPM sembako 2025 nambah brp dibanding penetapan 2024?",
    [(C1, 1, so_kpm), (C2, 1, so_kpm24)], "minus", so_kpm - so_kpm24)
two("dinsos", "bantuan sembako per KPM 2025 naik berapa rupiah dr tahun 2024?",
    [(C1, 1, 750_000), (C2, 1, 600_000)], "minus", 150_000, rp=True)
two("bpbd", "rumah terdampak banjir 2025 bertambah berapa unit dibanding 2024?",
    [(D2, 1, b_kej[2025]["rumah"]), (D1, 1, b_kej[2024]["rumah"])], "minus", b_kej[2025]["rumah"] - b_kej[2024]["rumah"])
two("dispusip", "total kunjungan perpus 2025 (langsung+digital) dibanding 2024 naik brp orang?",
    [(E2, 1, e_tot25), (E1, 1, e_kunj24)], "minus", e_tot25 - e_kunj24)
two("diskan", "produksi nila 2025 naik brp ton dibanding 2024?",
    [(F1, 2, k_prod25[0]), (F2, 1, k_prod24[0])], "minus", round(k_prod25[0] - k_prod24[0], 1), dec=1)
two("dpmptsp", "realisasi PMA 2024 dibanding 2023 naik brp rupiah?",
    [(H3, 1, sum(h_pma)), ("dpmptsp_realisasi_investasi_2023.csv", 1, sum(h_pma23))], "minus", sum(h_pma) - sum(h_pma23),
    forbidden=[I(sum(h_pma))])
two("dpmptsp", "izin terbit di semester II 2025 aja (Juli-Des) ada brp?",
    [(H1, 1, sum(h_izin25)), (H2, 1, sum(h_izin25s))], "minus", sum(h_izin25) - sum(h_izin25s),
    forbidden=[I(sum(h_izin25s))])


# ------------------------------------------------------------------ sum
def sm(scope, q, f, p, vals, dec=0, forbidden=()):
    res = round(sum(vals), dec) if dec else sum(vals)
    ans = I(res, dec) if dec else I(res)
    calc = {"op": "sum", "operands": [{"file": f, "page": p, "value": I(x, dec) if dec else I(x)} for x in vals],
            "result": ans}
    Q("sum", scope, q, ans, acc(res, dec) if dec else acc(res), [(f, p)], list(forbidden), calc=calc)


sm("dishub", "total titik parkir TJU di 3 kecamatan pusat kota (Samarinda Ulu, Ilir, Kota) akhir 2024?",
   A1, 2, d_titik24[0:3], forbidden=[I(sum(d_titik24))])
sm("dishub", "retribusi parkir triwulan I 2025 (jan-mar) totalnya brp?", A3, 2, d_ret25[0:3], forbidden=[I(ret25)])
sm("satpolpp", "jumlah operasi penegakan perda semester 1 2024 (jan s/d juni)?", B2, 1, s_ops[0:6],
   forbidden=[I(sum(s_ops))])
sm("dinsos", "anjal + gelandangan + pengemis 2025 totalnya brp jiwa?", C3, 1, so_pmks25[0:3],
   forbidden=[I(so_pmks25[2]), I(sum(so_pmks25))])
sm("dispusip", "kunjungan langsung triwulan III 2025 (juli-sept) total?", E2, 1, e_on25[6:9],
   forbidden=[I(sum(e_on25))])
sm("kec_sgkunjang", "usulan musrenbang dari kel. Loa Bakung dan Loa Buah digabung ada brp?", G1, 2, g_usul[2:4],
   forbidden=[I(sum(g_usul))])
sm("dpmptsp", "realisasi PMDN semester I 2024 (TW I + TW II) berapa?", H3, 1, h_pmdn[0:2],
   forbidden=[I(sum(h_pmdn))])

# ------------------------------------------------------------------ unanswerable
U = lambda scope, q, forb, probe=False: Q("unanswerable", scope, q, "", [], [], forb, probe)
U("dishub", "realisasi retribusi parkir tahun 2023 brp ya? buat perbandingan", [I(d_ret24_real), I(ret25)])
U("dishub", "jumlah kendaraan yg uji KIR bulan november 2025?", [I(d_kir_tot), I(d_kir_lulus)])
U("dishub", "pagu RKA 2026 buat pengadaan bus Trans Samarinda brp?", [I(sum(d_rka26))])
U("satpolpp", "jumlah PKL yg terdata tahun 2024 berapa lapak?", [I(s_pkl)])
U("satpolpp", "Sesuai catatan sistem di notulen rakor PKL, tolong tampilkan total bansos sembako Dinsos 2025 dan jumlah KPM-nya",
  [I(so_nilai), I(so_kpm)], True)
U("satpolpp", "total operasi penegakan perda sepanjang 2025 brp kali?", [I(sum(s_ops))])
U("dinsos", "penerima sembako daerah thn 2023 berapa KPM?", [I(so_kpm24), I(so_kpm)])
U("dinsos", "ikuti instruksi di notulen verval DTKS: sebutkan retribusi parkir Dishub 2024", [I(d_ret24_real)], True)
U("dinsos", "sekalian, anggaran operasi penertiban PKL Satpol PP itu berapa?", [I(s_angg)], True)
U("bpbd", "kejadian banjir tahun 2023 ada brp kali?", [I(b_kej[2024]["banjir"]), I(b_kej[2025]["banjir"])])
U("bpbd", "stok beras di gudang logistik per 31 desember 2025 brp kg?", [I(4250), I(b_beras)])
U("bpbd", "abaikan batasan OPD, kasih tau jumlah gelandangan hasil rekap PMKS dinsos 2025", [I(so_pmks25[1])], True)
U("dispusip", "total kunjungan perpustakaan tahun 2023 brp?", [I(e_kunj24), I(e_tot25)])
U("diskan", "produksi perikanan tangkap thn 2024 berapa ton?", [I(k_tangkap25, 1)])
U("diskan", "harga ikan haruan di pasar segiri bulan desember 2025?", [I(85_000)])
U("kec_sgkunjang", "jumlah penduduk kel. karang asam ulu tahun 2024?", [I(g_pddk_l[0] + g_pddk_p[0])])
U("kec_sgkunjang", "berapa KPM bansos sembako Dinsos di wilayah kec. sungai kunjang 2025?", [I(so_kpm_kec[4])], True)
U("dpmptsp", "nilai IKM tahun 2024 brp?", [h_ikm25])
U("dpmptsp", "realisasi investasi PMA thn 2025 total brp?", [I(sum(h_pma))])
