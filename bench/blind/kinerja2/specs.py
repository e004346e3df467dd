# -*- coding: utf-8 -*-
"""Document specifications and the planted findings.

ov (overrides) per indicator id: t / r = value stated in this document instead of the catalogue
value; ach = stated achievement (planted ACHIEVEMENT_MISMATCH); ach_delta = stated achievement off
by this many points; breal / breal_factor = budget realisation (planted ABSORPTION_OVER_100).
"""

NEG_NOTE = ("*) Indikator negatif (semakin kecil semakin baik); capaian dihitung = target / realisasi x 100%.")

SPECS = [
    # ------------------------------------------------------------------ DINAS KESEHATAN
    dict(file="dinkes_renja_2025.pdf", opd="dinkes", year=2025, layout="pdf_table", kind="plan", doc_type="renja",
         title=["RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
                "Lampiran: Rumusan Program, Kegiatan, Sub Kegiatan dan Indikator Kinerja"],
         intro=["Rencana Kerja Dinas Kesehatan Tahun 2025 disusun berpedoman pada Renstra Dinas Kesehatan "
                "2021-2026 dan RKPD Kota Samarinda Tahun 2025. Target di bawah ini merupakan target kinerja "
                "tahunan yang akan dicapai pada akhir Tahun Anggaran 2025."],
         ids=["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d14",
              "d15", "d16", "d17"],
         ov={"d09": {"t": 65000}, "d14": {"t": 12}},
         style=dict(pctdec=2, plan_note={"d02": "IKU", "d03": "IKU", "d04": "IKU", "d07": "SPM", "d08": "SPM",
                                         "d09": "SPM", "d10": "SPM", "d11": "SPM"}),
         notes=["Keterangan: IKU = Indikator Kinerja Utama; SPM = Standar Pelayanan Minimal bidang kesehatan."],
         footer="Renja Dinas Kesehatan Kota Samarinda Tahun 2025", date="12 Juli 2024"),
    dict(file="dinkes_lkjip_2025.pdf", opd="dinkes", year=2025, layout="pdf_table", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025",
                "Lampiran II - Pengukuran Kinerja dan Realisasi Anggaran"],
         intro=["Tabel berikut menyajikan perbandingan target dan realisasi kinerja Tahun 2025 beserta realisasi "
                "anggaran per program/kegiatan/sub kegiatan (data per 31 Desember 2025, sumber: SIPD dan "
                "laporan Puskesmas)."],
         ids=["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d14",
              "d18", "d15", "d16", "d17"],
         ov={"d07": {"ach": 98.65}, "d02": {"ach": 94.0}, "d11": {"breal": 2187640000}},
         style=dict(money="plain", pctdec=2, star=True),
         notes=[NEG_NOTE, "Sumber data realisasi anggaran: SIPD-RI per 31 Desember 2025 (belum diaudit)."],
         footer="LKjIP Dinas Kesehatan Kota Samarinda Tahun 2025", date="26 Februari 2026"),
    dict(file="dinkes_lkjip_2024_scan.pdf", opd="dinkes", year=2024, layout="scan", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
                "Tabel 3.1 Pengukuran Capaian Kinerja dan Realisasi Anggaran Tahun 2024"],
         ids=["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d13", "d14", "d18",
              "d15", "d16", "d17"],
         ov={"d05": {"ach_delta": 6.4}, "d16": {"breal_factor": 1.0235}},
         style=dict(money="plain", pctdec=None, star=True, code=False),
         notes=[NEG_NOTE], fsize=7.5,
         footer="LKjIP Dinkes Kota Samarinda 2024", date="27 Februari 2025"),
    # ------------------------------------------------------------------ DINAS PUPR
    dict(file="pupr_perjanjian_kinerja_2025.docx", opd="pupr", year=2025, layout="docx_table", kind="plan",
         doc_type="pk",
         title=["PERJANJIAN KINERJA TAHUN 2025", "Lampiran: Sasaran, Program, Indikator dan Target Kinerja"],
         intro=["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                "berorientasi pada hasil, Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda "
                "berjanji akan mewujudkan target kinerja tahunan sebagai berikut."],
         ids=["u01", "u02", "u03", "u04", "u06", "u07", "u08", "u10", "u11", "u12", "u14", "u15", "u16"],
         ov={"u10": {"t": 80}},
         style=dict(pctdec=None, code=True), chunk=(6, 9),
         footer="PK Dinas PUPR Kota Samarinda 2025", date="6 Januari 2025"),
    dict(file="pupr_lkjip_2025.xlsx", opd="pupr", year=2025, layout="xlsx", kind="report", doc_type="lkjip",
         title=["LAMPIRAN LKjIP TAHUN 2025 - PENGUKURAN KINERJA DAN REALISASI ANGGARAN"],
         ids=["u01", "u02", "u06", "u08", "u10", "u11", "u15", "u16",
              "u03", "u04", "u05", "u07", "u09", "u12", "u13", "u14", "u17"],
         sheets=[("Capaian Program", ["u01", "u02", "u06", "u08", "u10", "u11", "u15", "u16"]),
                 ("Sub Kegiatan", ["u03", "u04", "u05", "u07", "u09", "u12", "u13", "u14", "u17"])],
         ov={"u11": {"ach": 111.36}, "u13": {"breal": 24018500000}},
         style=dict(money_text={"u05", "u15"}, pct_text={"u01", "u10"}),
         xnote={"u02": "indikator negatif", "u11": "indikator negatif", "u14": "1 jembatan lanjutan 2026",
                "u17": "kegiatan baru (pergeseran)"},
         notes=["Catatan: realisasi anggaran bersumber dari SIPD per 31-12-2025."],
         extra_sheet=("Catatan", ["Catatan penyusunan:",
                                  "1. Data kinerja bersumber dari laporan bidang SDA, Bina Marga, Cipta Karya dan Tata Ruang.",
                                  "2. Kondisi jalan mantap mengacu pada hasil survei IRI semester II 2025.",
                                  "3. Lembar ini tidak memuat indikator."]),
         footer="", date="24 Februari 2026"),
    dict(file="pupr_laporan_realisasi_tw4_2025.pdf", opd="pupr", year=2025, layout="pdf_prose", kind="report",
         doc_type="laporan_realisasi",
         title=["LAPORAN REALISASI FISIK DAN KEUANGAN", "TRIWULAN IV TAHUN ANGGARAN 2025"],
         intro=["Laporan ini menyajikan realisasi fisik (keluaran) dan keuangan kegiatan Dinas Pekerjaan Umum "
                "dan Penataan Ruang Kota Samarinda sampai dengan akhir Triwulan IV Tahun Anggaran 2025, "
                "sebagai bahan evaluasi pelaksanaan RKPD. Uraian disusun per program, kegiatan dan sub kegiatan."],
         ids=["u03", "u04", "u05", "u07", "u09", "u12", "u13", "u14", "u15", "u16"],
         ov={"u04": {"r": 5490}, "u07": {"r": 8721}, "u12": {"r": 16.95}, "u14": {"r": 3}, "u09": {"ach": 88.33},
            "u13": {"breal": 24018500000}},
         style=dict(money="rp"),
         outro=["Secara umum pelaksanaan kegiatan fisik Tahun 2025 berjalan sesuai rencana. Kendala utama adalah "
                "cuaca dan keterlambatan pembebasan lahan pada beberapa ruas. Sisa anggaran akan dilaporkan dalam "
                "LKPD."],
         footer="Laporan Realisasi Fisik & Keuangan TW IV 2025 - Dinas PUPR", date="16 Januari 2026"),
    # ------------------------------------------------------------------ DISDIKBUD
    dict(file="disdikbud_renja_2025.xlsx", opd="disdik", year=2025, layout="xlsx", kind="plan", doc_type="renja",
         title=["RENCANA KERJA (RENJA) TAHUN 2025", "Tabel 4.1 Program, Kegiatan, Sub Kegiatan, Indikator dan Target"],
         ids=["e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10", "e11", "e12", "e13", "e14",
              "e15", "e16"],
         sheets=[("Renja 2025", ["e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10", "e11",
                                 "e12", "e13", "e14", "e15", "e16"])],
         ov={"e02": {"t": 97}, "e08": {"t": 72}},
         style=dict(plan_note={"e03": "indikator negatif", "e04": "indikator negatif", "e09": "DAK non fisik"}),
         footer="", date="10 Juli 2024"),
    dict(file="disdikbud_laporan_kinerja_2025_scan.pdf", opd="disdik", year=2025, layout="scan", kind="report",
         doc_type="lkjip",
         title=["LAPORAN KINERJA TAHUN 2025", "Rekapitulasi Capaian Indikator Kinerja dan Realisasi Anggaran"],
         ids=["e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e17", "e10", "e11", "e12", "e13",
              "e14", "e15", "e16"],
         ov={"e04": {"ach": 126.67}, "e09": {"breal": 96711250000}},
         style=dict(money="dec", pctdec=2, star=False, code=True),
         notes=["Catatan: data APK dan angka putus sekolah bersumber dari Dapodik semester ganjil 2025/2026."],
         fsize=8,
         footer="Laporan Kinerja Disdikbud Kota Samarinda 2025", date="20 Februari 2026"),
    # ------------------------------------------------------------------ DINAS SOSIAL
    dict(file="dinsos_perjanjian_kinerja_2025.pdf", opd="dinsos", year=2025, layout="pdf_table", kind="plan",
         doc_type="pk",
         title=["PERJANJIAN KINERJA TAHUN 2025", "DINAS SOSIAL KOTA SAMARINDA"],
         intro=["Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian "
                "ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
                "dokumen perencanaan."],
         ids=["s01", "s02", "s05", "s06", "s12", "s07", "s08", "s09", "s10", "s11"],
         ov={"s08": {"t": 7000}},
         style=dict(pctdec=None, code=False),
         footer="Perjanjian Kinerja Dinas Sosial 2025", date="3 Januari 2025"),
    dict(file="dinsos_lkjip_2025.pdf", opd="dinsos", year=2025, layout="pdf_prose", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025", "BAB III - AKUNTABILITAS KINERJA"],
         intro=["Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja "
                "yang tercantum dalam Perjanjian Kinerja Tahun 2025. Capaian kinerja dihitung dengan rumus "
                "realisasi dibagi target dikali 100%, kecuali untuk indikator negatif yang dihitung dengan rumus "
                "target dibagi realisasi dikali 100%."],
         ids=["s01", "s02", "s03", "s04", "s13", "s05", "s06", "s12", "s07", "s08", "s09", "s10", "s11"],
         ov={"s05": {"ach": 98.48}, "s10": {"breal": 872400000}},
         style=dict(money="rp"),
         extra={"s10": " Kelebihan realisasi disebabkan tingginya jumlah korban kebakaran permukiman di "
                       "Kecamatan Samarinda Ilir dan Sungai Kunjang."},
         outro=["Secara keseluruhan, sebagian besar indikator kinerja Dinas Sosial Tahun 2025 tercapai dengan "
                "kategori baik. Indikator yang belum mencapai target akan menjadi prioritas perbaikan pada "
                "Tahun 2026."],
         footer="LKjIP Dinas Sosial Kota Samarinda Tahun 2025", date="25 Februari 2026"),
    dict(file="dinsos_lkjip_2024.docx", opd="dinsos", year=2024, layout="docx_table", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "Tabel 3.2 Capaian Kinerja dan Anggaran"],
         ids=["s01", "s02", "s03", "s04", "s13", "s05", "s06", "s12", "s07", "s08", "s09", "s10", "s11"],
         ov={"s06": {"ach_delta": -5.2}},
         style=dict(money="rp", pctdec=2, star=True, code=False), chunk=(6, 9),
         notes=[NEG_NOTE],
         footer="LKjIP Dinas Sosial 2024", date="28 Februari 2025"),
    # ------------------------------------------------------------------ DINAS PERHUBUNGAN
    dict(file="dishub_renja_2025.docx", opd="dishub", year=2025, layout="docx_table", kind="plan", doc_type="renja",
         title=["RENCANA KERJA PERANGKAT DAERAH TAHUN 2025", "Tabel Rencana Program, Kegiatan dan Sub Kegiatan"],
         ids=["h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h10", "h11", "h12"],
         ov={"h09": {"t": 600000}},
         style=dict(pctdec=None, code=True), chunk=(6, 9),
         footer="Renja Dinas Perhubungan 2025", date="15 Juli 2024"),
    dict(file="dishub_lkjip_2025_scan.pdf", opd="dishub", year=2025, layout="scan", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025", "Lampiran: Capaian Kinerja dan Realisasi Anggaran"],
         ids=["h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h10", "h11", "h13", "h12"],
         ov={"h02": {"ach": 97.37}, "h07": {"breal": 9684300000}},
         style=dict(money="plain", pctdec=None, star=True, code=True),
         notes=[NEG_NOTE], fsize=7.5, dpi=200,
         footer="LKjIP Dishub Kota Samarinda 2025", date="23 Februari 2026"),
    # ------------------------------------------------------------------ DLH
    dict(file="dlh_perjanjian_kinerja_2025.pdf", opd="dlh", year=2025, layout="pdf_table", kind="plan",
         doc_type="pk",
         title=["PERJANJIAN KINERJA TAHUN 2025", "Lampiran - Indikator Kinerja dan Target"],
         ids=["l01", "l02", "l03", "l04", "l05", "l07", "l08", "l11", "l12"],
         ov={"l02": {"t": 25}},
         style=dict(pctdec=None, code=True),
         footer="PK DLH Kota Samarinda 2025", date="2 Januari 2025"),
    dict(file="dlh_lkjip_2025.docx", opd="dlh", year=2025, layout="docx_table", kind="report", doc_type="lkjip",
         title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025",
                "Tabel 3.1 Pengukuran Kinerja dan Realisasi Anggaran"],
         ids=["l01", "l02", "l03", "l04", "l05", "l06", "l07", "l08", "l09", "l10", "l13", "l11", "l12"],
         ov={"l03": {"ach": 103.44}, "l04": {"breal": 79106530000}},
         style=dict(money="plain", pctdec=2, star=True, code=True), chunk=(5, 8), notes=[NEG_NOTE],
         footer="LKjIP Dinas Lingkungan Hidup Kota Samarinda Tahun 2025", date="27 Februari 2026"),
    dict(file="dlh_rekap_capaian_tw4_2025.jpg", opd="dlh", year=2025, layout="scan", kind="report",
         doc_type="laporan_realisasi",
         title=["REKAPITULASI CAPAIAN KINERJA DAN REALISASI ANGGARAN", "S.D. TRIWULAN IV TAHUN 2025"],
         ids=["l01", "l02", "l04", "l05", "l06", "l09", "l10", "l11", "l12"],
         ov={"l01": {"r": 74.8}, "l05": {"r": 11}, "l10": {"r": 112}, "l04": {"breal": 79106530000}},
         style=dict(money="plain", pctdec=None, code=False), fsize=7.5, dpi=200, sig_step=9,
         footer="Rekap TW IV 2025 - DLH", date="14 Januari 2026"),
]

D = {s["file"].split(".")[0]: s["file"] for s in SPECS}
DK_R, DK_L, DK_24 = "dinkes_renja_2025.pdf", "dinkes_lkjip_2025.pdf", "dinkes_lkjip_2024_scan.pdf"
PU_PK, PU_L, PU_R = "pupr_perjanjian_kinerja_2025.docx", "pupr_lkjip_2025.xlsx", "pupr_laporan_realisasi_tw4_2025.pdf"
ED_R, ED_L = "disdikbud_renja_2025.xlsx", "disdikbud_laporan_kinerja_2025_scan.pdf"
SO_PK, SO_L, SO_24 = "dinsos_perjanjian_kinerja_2025.pdf", "dinsos_lkjip_2025.pdf", "dinsos_lkjip_2024.docx"
HB_R, HB_L = "dishub_renja_2025.docx", "dishub_lkjip_2025_scan.pdf"
LH_PK, LH_L, LH_T = "dlh_perjanjian_kinerja_2025.pdf", "dlh_lkjip_2025.docx", "dlh_rekap_capaian_tw4_2025.jpg"

FINDINGS = [
    # TARGET_CHANGED: plan target != report target
    ("TARGET_CHANGED", "dinkes", 2025, "d09", [DK_R, DK_L]),
    ("TARGET_CHANGED", "dinkes", 2025, "d14", [DK_R, DK_L]),
    ("TARGET_CHANGED", "pupr", 2025, "u10", [PU_PK, PU_L]),
    ("TARGET_CHANGED", "disdik", 2025, "e02", [ED_R, ED_L]),
    ("TARGET_CHANGED", "disdik", 2025, "e08", [ED_R, ED_L]),
    ("TARGET_CHANGED", "dinsos", 2025, "s08", [SO_PK, SO_L]),
    ("TARGET_CHANGED", "dishub", 2025, "h09", [HB_R, HB_L]),
    ("TARGET_CHANGED", "dlh", 2025, "l02", [LH_PK, LH_L, LH_T]),
    # CROSS_DOCUMENT_CONFLICT: two reports, same indicator/year, different realisation
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u04", [PU_L, PU_R]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u07", [PU_L, PU_R]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u12", [PU_L, PU_R]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u14", [PU_L, PU_R]),
    ("CROSS_DOCUMENT_CONFLICT", "dlh", 2025, "l01", [LH_L, LH_T]),
    ("CROSS_DOCUMENT_CONFLICT", "dlh", 2025, "l05", [LH_L, LH_T]),
    ("CROSS_DOCUMENT_CONFLICT", "dlh", 2025, "l10", [LH_L, LH_T]),
    # ABSORPTION_OVER_100
    ("ABSORPTION_OVER_100", "dinkes", 2025, "d11", [DK_L]),
    ("ABSORPTION_OVER_100", "dinkes", 2024, "d16", [DK_24]),
    ("ABSORPTION_OVER_100", "pupr", 2025, "u13", [PU_L, PU_R]),
    ("ABSORPTION_OVER_100", "disdik", 2025, "e09", [ED_L]),
    ("ABSORPTION_OVER_100", "dinsos", 2025, "s10", [SO_L]),
    ("ABSORPTION_OVER_100", "dishub", 2025, "h07", [HB_L]),
    ("ABSORPTION_OVER_100", "dlh", 2025, "l04", [LH_L, LH_T]),
    # REALISATION_WITHOUT_TARGET
    ("REALISATION_WITHOUT_TARGET", "dinkes", 2025, "d18", [DK_L]),
    ("REALISATION_WITHOUT_TARGET", "dinkes", 2024, "d18", [DK_24]),
    ("REALISATION_WITHOUT_TARGET", "pupr", 2025, "u17", [PU_L]),
    ("REALISATION_WITHOUT_TARGET", "disdik", 2025, "e17", [ED_L]),
    ("REALISATION_WITHOUT_TARGET", "dinsos", 2025, "s13", [SO_L]),
    ("REALISATION_WITHOUT_TARGET", "dinsos", 2024, "s13", [SO_24]),
    ("REALISATION_WITHOUT_TARGET", "dishub", 2025, "h13", [HB_L]),
    ("REALISATION_WITHOUT_TARGET", "dlh", 2025, "l13", [LH_L]),
    # ACHIEVEMENT_MISMATCH
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2025, "d07", [DK_L]),
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2025, "d02", [DK_L]),
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2024, "d05", [DK_24]),
    ("ACHIEVEMENT_MISMATCH", "pupr", 2025, "u11", [PU_L]),
    ("ACHIEVEMENT_MISMATCH", "pupr", 2025, "u09", [PU_R]),
    ("ACHIEVEMENT_MISMATCH", "disdik", 2025, "e04", [ED_L]),
    ("ACHIEVEMENT_MISMATCH", "dinsos", 2025, "s05", [SO_L]),
    ("ACHIEVEMENT_MISMATCH", "dinsos", 2024, "s06", [SO_24]),
    ("ACHIEVEMENT_MISMATCH", "dishub", 2025, "h02", [HB_L]),
    ("ACHIEVEMENT_MISMATCH", "dlh", 2025, "l03", [LH_L]),
]
