"""Realistic synthetic Indonesian government text: distractors for the evaluation, bulk for latency.

Seeded, so every run produces the same corpus. The sentences reuse the vocabulary of the
evaluation documents (pengadaan, rapat, jalan, sekolah, puskesmas, anggaran...) so that they
compete with the relevant documents instead of being trivially different.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

OPDS = [
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Dinas PUPR",
    "Bappeda",
    "BPKAD",
    "Dinas Perhubungan",
    "Dinas Sosial",
    "Dinas Pariwisata",
    "Satpol PP",
    "Dinas Perumahan dan Permukiman",
    "Dinas Ketahanan Pangan",
    "Dinas Tenaga Kerja",
    "Kecamatan Samarinda Ulu",
    "Kecamatan Sungai Pinang",
    "Kecamatan Palaran",
    "Dinas Komunikasi dan Informatika",
    "Badan Kepegawaian Daerah",
]
KECAMATAN = [
    "Samarinda Ulu",
    "Samarinda Ilir",
    "Samarinda Seberang",
    "Sungai Kunjang",
    "Sungai Pinang",
    "Palaran",
    "Loa Janan Ilir",
    "Sambutan",
    "Samarinda Kota",
    "Sempaja",
]
ACTIVITIES = [
    "penyusunan dokumen perencanaan",
    "monitoring dan evaluasi program",
    "sosialisasi peraturan daerah",
    "pembinaan aparatur",
    "pengadaan peralatan kantor",
    "pemeliharaan gedung kantor",
    "penyediaan jasa kebersihan",
    "pengelolaan arsip dinamis",
    "pelatihan teknis pegawai",
    "penyelenggaraan rapat koordinasi",
    "pembangunan saluran drainase",
    "peningkatan jalan lingkungan",
    "pengawasan bangunan gedung",
    "pemberdayaan kelompok masyarakat",
    "pendataan penerima bantuan sosial",
    "penertiban pedagang kaki lima",
    "pengembangan aplikasi layanan publik",
    "penyediaan jaringan internet",
    "pengujian kendaraan bermotor",
    "promosi destinasi wisata",
    "pengendalian harga pangan",
    "penyaluran bantuan pangan",
]
ITEMS = [
    "kursi kerja",
    "meja rapat",
    "lemari arsip",
    "printer laser",
    "proyektor",
    "pendingin ruangan",
    "genset",
    "kamera digital",
    "tenda lipat",
    "pengeras suara",
    "rak besi",
    "filing cabinet",
    "papan tulis",
    "dispenser air",
    "komputer desktop",
    "scanner dokumen",
]
OUTCOMES = [
    "telah selesai dilaksanakan",
    "masih dalam tahap lelang",
    "realisasinya mencapai {pct} persen",
    "dilanjutkan pada tahun anggaran berikutnya",
    "dilaporkan kepada Wali Kota",
    "menjadi catatan dalam evaluasi kinerja",
]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def _rupiah(rng: random.Random) -> str:
    return "Rp " + f"{rng.randrange(5, 5000) * 100_000:,}".replace(",", ".")


def paragraph(rng: random.Random) -> str:
    opd, kec = rng.choice(OPDS), rng.choice(KECAMATAN)
    activity, item = rng.choice(ACTIVITIES), rng.choice(ITEMS)
    outcome = rng.choice(OUTCOMES).format(pct=rng.randrange(40, 101))
    year = rng.choice([2024, 2025, 2026])
    templates = [
        f"{opd} melaksanakan kegiatan {activity} di Kecamatan {kec} "
        f"pada bulan {rng.choice(MONTHS)} {year} "
        f"dengan pagu anggaran {_rupiah(rng)}. Kegiatan tersebut {outcome}.",
        f"Notulen rapat {opd}: peserta membahas {activity} dan kebutuhan {item} "
        f"sebanyak {rng.randrange(2, 60)} "
        f"unit. Disepakati bahwa usulan dimasukkan dalam RKA tahun {year} setelah verifikasi harga.",
        f"Laporan pertanggungjawaban {opd} tahun {year}: belanja {item} "
        f"senilai {_rupiah(rng)} untuk mendukung "
        f"{activity}. Pekerjaan {outcome} sesuai jadwal yang ditetapkan.",
        f"Surat edaran {opd} Nomor {rng.randrange(100, 999)}/{rng.randrange(1, 99)}/{year} "
        f"tentang {activity} "
        f"meminta seluruh unit kerja di Kecamatan {kec} menyampaikan data paling lambat tanggal "
        f"{rng.randrange(1, 29)} {rng.choice(MONTHS)}.",
    ]
    return rng.choice(templates)


def paragraphs(count: int, seed: int = 2026) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield paragraph(rng)
