"""What kind of thing a budget line buys, and which sub-kegiatan it can serve.

Keywords are in :func:`text.normalise` form (``uangharian``, ``airmineral``...). Categories are
tried in order, so that ``Sewa kendaraan`` is a rental, ``BBM kendaraan`` fuel and ``Toner
printer`` an office consumable, before the vehicle or the printer is seen.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from samarinda_rka_review.domain.text import normalise


class ItemCategory(StrEnum):
    LUXURY = "barang mewah/pribadi"
    RENTAL = "sewa"
    MAINTENANCE = "pemeliharaan"
    HONORARIUM = "honorarium"
    TRAVEL = "perjalanan dinas"
    PRINTING = "cetak/penggandaan"
    FOOD = "makanan dan minuman"
    FUEL = "bahan bakar"
    OFFICE_SUPPLIES = "alat tulis dan bahan kantor"
    UNIFORM = "pakaian/seragam"
    OFFICIAL_UNIFORM = "pakaian dinas dan perlengkapan lapangan"
    DECORATION = "dekorasi/cinderamata/hadiah"
    READING = "buku bacaan/bahan pustaka"
    EVENT_RENTAL = "sewa perlengkapan acara"
    MEDICAL = "obat dan bahan medis habis pakai"
    MEDICAL_EQUIPMENT = "alat kesehatan"
    AGRICULTURE = "sarana pertanian/peternakan"
    CONSTRUCTION = "bahan/pekerjaan konstruksi"
    VEHICLE = "kendaraan"
    IT_EQUIPMENT = "peralatan komputer/elektronik"
    FURNITURE = "mebel"
    APPLIANCE = "peralatan rumah tangga/audio"
    TOOLS = "peralatan/mesin kerja"
    WASTE_EQUIPMENT = "sarana persampahan"
    SOCIAL_AID = "barang bantuan sosial/logistik kebencanaan"
    SPORTS = "peralatan/perlengkapan olahraga"
    FIREFIGHTING = "perlengkapan pemadam kebakaran"
    SERVICE = "jasa"
    OTHER = "lainnya"


_KEYWORDS: tuple[tuple[ItemCategory, tuple[str, ...]], ...] = (
    (
        ItemCategory.LUXURY,
        (
            "emas",
            "perhiasan",
            "berlian",
            "parfum",
            "jam tangan",
            "rolex",
            "tas branded",
            "tas mewah",
            "golf",
            "karaoke",
            "spa",
            "rokok",
            "minuman keras",
            "bir",
            "wine",
            "tiket konser",
            "paket wisata",
            "liburan",
            "kapal pesiar",
            "moge",
            "motor gede",
            "mobil mewah",
            "mobil sport",
            "iphone",
            "jacuzzi",
            "sauna",
            # gifts to staff are personal, not a public output
            "parsel",
            "parcel",
            "bingkisan",
            "hampers",
        ),
    ),
    # Stage, sound and tent rentals serve events and gatherings only (a longer keyword wins over
    # ``sewa`` at the same position).
    (
        ItemCategory.EVENT_RENTAL,
        (
            "sewa panggung",
            "sewa lighting",
            "sewa lampu panggung",
            "sewa sound",
            "sewa sound system",
            "sewa soundsystem",
            "sewa tenda",
            "sewa tarub",
            "sewa kursi",
            "sewa meja",
            "sewa genset",
            "sewa videotron",
            "sewa led",
            "sewa layar",
            "sewa backdrop",
            "sewa alat musik",
            "sewa dekorasi",
        ),
    ),
    (ItemCategory.RENTAL, ("sewa",)),
    (
        ItemCategory.MAINTENANCE,
        (
            "pemeliharaan",
            "sukucadang",
            "ganti oli",
            "tune up",
            "perbaikan",
            "reparasi",
            "isi ulang",
            "ban",
            "cuci",
            "kalibrasi",
        ),
    ),
    # Services named as such come before the goods they involve (``Jasa dokumentasi drone``).
    (
        ItemCategory.SERVICE,
        (
            "jasa",
            "langganan",
            "outsourcing",
            "konsultan",
            "kurir",
            "pengiriman",
            "asuransi",
            "premi",
            "iklan",
            "publikasi",
        ),
    ),
    (
        ItemCategory.HONORARIUM,
        (
            "honorarium",
            "narasumber",
            "moderator",
            "pembawa acara",
            "mc",
            "panitia",
            "insentif",
            "juri",
            "pengelola keuangan",
            "tim pelaksana",
            "tenaga ahli",
        ),
    ),
    (
        ItemCategory.TRAVEL,
        (
            "perjadin",
            "uangharian",
            "tiket",
            "pesawat",
            "penginapan",
            "transport",
            "uangsaku",
            "lumpsum",
            "representasi",
            "akomodasi",
        ),
    ),
    (
        ItemCategory.PRINTING,
        (
            "cetak",
            "fotokopi",
            "jilid",
            "spanduk",
            "baliho",
            "brosur",
            "leaflet",
            "pamflet",
            "stiker",
            "sertifikat",
            "piagam",
            "undangan",
            "backdrop",
            "umbul",
            "poster",
            "booklet",
            "majalah",
            "kalender",
            "buku",
            "plakat",
            "hologram",
        ),
    ),
    # Relief and social-aid goods (the BNPB/Kemensos logistics lists) serve aid sub-kegiatan only.
    (
        ItemCategory.SOCIAL_AID,
        (
            "sembako",
            "paket bantuan",
            "selimut",
            "tikar",
            "matras",
            "kasur lipat",
            "hygiene kit",
            "family kit",
            "kids ware",
            "kidsware",
            "perlengkapan bayi",
            "pakaian layak pakai",
            "sandang",
            "paket sandang",
        ),
    ),
    (
        ItemCategory.FOOD,
        (
            "nasi",
            "kue",
            "makan",
            "makanan",
            "minuman",
            "airmineral",
            "konsumsi",
            "catering",
            "pmt",
            "kopi",
            "teh",
            "gula",
            "susu",
            "roti",
            "biskuit",
            "buah buahan",
            "lauk",
            "beras",
        ),
    ),
    (ItemCategory.FUEL, ("bbm", "bensin", "solar", "pelumas", "oli", "elpiji", "lpg", "avtur")),
    (
        ItemCategory.OFFICE_SUPPLIES,
        (
            "atk",
            "kertas",
            "hvs",
            "pulpen",
            "pensil",
            "spidol",
            "map",
            "ordner",
            "stapler",
            "amplop",
            "lakban",
            "isolasi",
            "penghapus",
            "tinta",
            "toner",
            "cartridge",
            "flashdisk",
            "materai",
            "meterai",
            "klip",
            "penggaris",
            "gunting",
            "cutter",
            "lem",
            "post it",
            "baterai",
            "stopmap",
            "box file",
            "stempel",
            "memory card",
            "tipex",
            "tip ex",
            "binder clip",
            "paper clip",
            "bahan komputer",
            "mouse",
            "keyboard",
            # printer consumables are named after the printer they feed
            "ribbon",
            "pita printer",
            "pita mesin",
            "cleaning kit",
            "film laminasi",
            "label",
            "boks arsip",
            "box arsip",
        ),
    ),
    (
        ItemCategory.OFFICIAL_UNIFORM,
        (
            "pdl",
            "pdh",
            "pakaian dinas",
            "seragam dinas",
            "sepatu pdl",
            "sepatu pdh",
            "sepatu dinas",
            "sepatu lapangan",
            "sepatu lars",
            "kopelrim",
            "kopel",
        ),
    ),
    (
        ItemCategory.SPORTS,
        (
            "bola sepak",
            "sepak bola",
            "bola kaki",
            "bola voli",
            "bola volley",
            "bola basket",
            "bola futsal",
            "net voli",
            "net bulutangkis",
            "raket",
            "shuttlecock",
            "matras",
            "kaos olahraga",
            "sepatu olahraga",
            "alat olahraga",
            "peralatan olahraga",
        ),
    ),
    (
        ItemCategory.FIREFIGHTING,
        ("selang pemadam", "nozzle", "hidran", "hydrant", "foam", "afff"),
    ),
    (
        ItemCategory.UNIFORM,
        (
            "seragam",
            "pakaian",
            "kaos",
            "baju",
            "rompi",
            "topi",
            "sepatu",
            "batik",
            "jas",
            "kostum",
            "wearpack",
            "jaket",
            "celana",
            "kemeja",
            "atribut",
        ),
    ),
    (
        ItemCategory.DECORATION,
        (
            "bunga",
            "hiasan",
            "dekorasi",
            "souvenir",
            "cinderamata",
            "karangan bunga",
            "piala",
            "medali",
            "vandel",
            "hadiah",
        ),
    ),
    (
        ItemCategory.READING,
        (
            "buku bacaan",
            "buku cerita",
            "buku anak",
            "buku referensi",
            "buku pelajaran",
            "buku teks",
            "buku pengayaan",
            "ensiklopedia",
            "novel",
            "komik",
            "bahan pustaka",
            "koleksi buku",
        ),
    ),
    (
        ItemCategory.MEDICAL_EQUIPMENT,
        (
            "alat kesehatan",
            "alkes",
            "stetoskop",
            "tensimeter",
            "termometer",
            "kursi roda",
            "tempat tidur pasien",
            "patient monitor",
            "syringe pump",
            "spuit pump",
            "infus pump",
            "nebulizer",
            "ekg",
            "usg",
            "defibrilator",
            "autoclave",
            "sterilisator",
            "bidan kit",
            "hematology analyzer",
            "mikroskop",
        ),
    ),
    (
        ItemCategory.MEDICAL,
        (
            "obat",
            "vaksin",
            "reagen",
            "jarum suntik",
            "spuit",
            "sarung tangan latex",
            "sarung tangan bedah",
            "sarung tangan steril",
            "sarung tangan pemeriksaan",
            "sarung tangan medis",
            "masker medis",
            "masker bedah",
            "oksigen",
            "rapid test",
            "infus set",
            "cairan infus",
            "iv catheter",
            "kateter",
            "kasa steril",
            "kasa gulung",
            "kasa hidrofil",
            "plester roll",
            "plester luka",
            "plester plastik",
            "alcohol swab",
            "strip tes",
            "bmhp",
            "bahan medis",
            "kantong jenazah",
            "sampah medis",
        ),
    ),
    (
        ItemCategory.AGRICULTURE,
        (
            "bibit",
            "benih",
            "pupuk",
            "pestisida",
            "herbisida",
            "traktor",
            "hand tractor",
            "ternak",
            "sapi",
            "kambing",
            "pakan",
            "alsintan",
            "cangkul",
            "jaring ikan",
            "keramba",
        ),
    ),
    (
        ItemCategory.CONSTRUCTION,
        (
            "semen",
            "pasir",
            "kerikil",
            "batu kali",
            "batu split",
            "besi beton",
            "besi",
            "baja",
            "triplek",
            "multiplek",
            "paku",
            "cat tembok",
            "keramik",
            "genteng",
            "seng",
            "bata",
            "batako",
            "aspal",
            "paving",
            "beton",
            "pipa",
            "kawat",
            "hebel",
            "gypsum",
            "plafon",
            "kusen",
            "pekerjaan",
            "pengecoran",
            "pengaspalan",
            "galian",
            "urugan",
            "plesteran",
            "bekisting",
            "readymix",
            "ready mix",
            "gorong gorong",
            "uditch",
            "u ditch",
            "tiang pancang",
            "bronjong",
            "geotextile",
            "kayu ulin",
            "balok",
        ),
    ),
    (
        ItemCategory.WASTE_EQUIPMENT,
        (
            "gerobak sampah",
            "gerobak",
            "kontainer sampah",
            "kontainer",
            "tong sampah",
            "tempat sampah",
            "bak sampah",
            "mesin pencacah",
            "komposter",
            "insinerator",
        ),
    ),
    (
        ItemCategory.VEHICLE,
        (
            "mesin tempel",
            "motor tempel",
            "mobil",
            "motor",
            "minibus",
            "truk",
            "dump truck",
            "bus",
            "ambulans",
            "pickup",
            "pick up",
            "double cabin",
            "speedboat",
            "perahu",
            "kapal",
            "kendaraan",
            "alat berat",
            "excavator",
            "ekskavator",
        ),
    ),
    (
        ItemCategory.IT_EQUIPMENT,
        (
            "laptop",
            "komputer",
            "aio",
            "printer",
            "scanner",
            "proyektor",
            "server",
            "router",
            "switch hub",
            "ups",
            "monitor",
            "tablet",
            "cctv",
            "kamera",
            "harddisk",
            "access point",
            "mesin fotokopi",
            "mesin absensi",
            "mesin penghancur kertas",
            "penghancur kertas",
            "paper shredder",
            "shredder",
            "fingerprint",
            "drone",
            "hp",
            "videotron",
            "ht",
            "radio komunikasi",
            "rig",
            "repeater",
            "mesin antrian",
            "fingerprint",
        ),
    ),
    (
        ItemCategory.TOOLS,
        (
            "chainsaw",
            "gergaji mesin",
            "mesin potong",
            "mesin las",
            "bor listrik",
            "kompresor",
            "mesin pemotong",
            "jack hammer",
            "mesin pompa",
        ),
    ),
    (
        ItemCategory.FURNITURE,
        (
            "meja",
            "kursi",
            "lemari",
            "rak",
            "sofa",
            "brankas",
            "partisi",
            "whiteboard",
            "tempat tidur",
            "kasur",
            "gorden",
            "gordyn",
            "karpet",
            "mebel",
        ),
    ),
    (
        ItemCategory.APPLIANCE,
        (
            "ac",
            "lemaries",
            "dispenser",
            "tv",
            "mesin cuci",
            "kipas angin",
            "genset",
            "sound system",
            "mikrofon",
            "microphone",
            "speaker",
            "pengeras suara",
            "audio",
            "podcast",
            "alat musik",
            "rice cooker",
            "kompor",
            "water heater",
            "pompa air",
            "vacuum",
            "mesin potong rumput",
            "apar",
            "mixer",
            "amplifier",
            "megaphone",
            "megafon",
            "toa",
        ),
    ),
    (
        ItemCategory.SERVICE,
        ("kebersihan", "keamanan", "internet", "listrik", "telepon", "pdam", "dokumentasi"),
    ),
)

DURABLE = frozenset(
    {
        ItemCategory.VEHICLE,
        ItemCategory.IT_EQUIPMENT,
        ItemCategory.FURNITURE,
        ItemCategory.APPLIANCE,
        ItemCategory.TOOLS,
        ItemCategory.WASTE_EQUIPMENT,
        ItemCategory.MEDICAL_EQUIPMENT,
    }
)
CONSUMABLE_OR_SERVICE = frozenset(
    {
        ItemCategory.FOOD,
        ItemCategory.OFFICE_SUPPLIES,
        ItemCategory.PRINTING,
        ItemCategory.HONORARIUM,
        ItemCategory.TRAVEL,
        ItemCategory.FUEL,
        ItemCategory.RENTAL,
        ItemCategory.SERVICE,
        ItemCategory.MAINTENANCE,
        ItemCategory.UNIFORM,
        ItemCategory.OFFICIAL_UNIFORM,
        ItemCategory.DECORATION,
        ItemCategory.SOCIAL_AID,
        ItemCategory.EVENT_RENTAL,
        ItemCategory.MEDICAL,
    }
)


def _has(text: str, keyword: str) -> bool:
    return f" {keyword} " in text


def _keyword_table() -> tuple[re.Pattern[str], dict[str, ItemCategory]]:
    owner: dict[str, ItemCategory] = {}
    for category, keywords in _KEYWORDS:
        for keyword in keywords:
            owner.setdefault(keyword, category)  # the earlier family wins a shared keyword
    alternatives = "|".join(re.escape(k) for k in sorted(owner, key=len, reverse=True))
    return re.compile(rf"(?<!\S)({alternatives})(?!\S)"), owner


_KEYWORD_RE, _KEYWORD_OWNER = _keyword_table()


@lru_cache(maxsize=16384)
def categorise(uraian: str, spesifikasi: str | None = None) -> ItemCategory:
    """The category of the keyword that comes first in the item's name (its head noun), so that
    ``Genset 5000 watt bensin`` is an appliance, not fuel; luxury anywhere wins. The name's head
    (before ``untuk ...`` and outside brackets) is read first, so that ``Dexlite untuk genset``
    is fuel; the spec is a fallback for names that say nothing."""
    sources = ((item_head(uraian), ()), (uraian, ()), (spesifikasi, _SPEC_ONLY_DESCRIBES))
    for source, ignored in sources:
        text = normalise(source)
        found = [
            _KEYWORD_OWNER[m.group(1)]
            for m in _KEYWORD_RE.finditer(text)
            if _KEYWORD_OWNER[m.group(1)] not in ignored and _names_item(m, text)
        ]
        if ItemCategory.LUXURY in found:
            return ItemCategory.LUXURY
        if found:
            return found[0]
    return ItemCategory.OTHER


# In a spec these say how the item runs, not what it is (``Chainsaw — bensin 2 tak``).
_SPEC_ONLY_DESCRIBES = (ItemCategory.FUEL,)
# Materials name an item only as its first word (``Besi beton``); after a noun they describe it
# (``Borgol baja``, ``Rak besi``).
_MATERIALS = frozenset({"baja", "besi", "kayu", "beton", "aluminium", "stainless"})
_PURPOSE = re.compile(r"\s(?:untuk|bagi|guna|buat|keperluan)\s.*$|\([^)]*\)", re.IGNORECASE)


def item_head(uraian: str | None) -> str:
    """The part of a line's name that says what is bought: ``Toner laser untuk cetak KK`` →
    ``Toner laser``; ``Kertas HVS (cetak KK)`` → ``Kertas HVS``."""
    head = _PURPOSE.sub(" ", f" {uraian or ''} ")
    return re.sub(r"\s+", " ", head).strip()


def _names_item(match: re.Match[str], text: str) -> bool:
    return match.group(1) not in _MATERIALS or match.start() == 0


# Words in a sub-kegiatan's name or output that make a restricted category legitimate there.
_CONSTRUCTION_CONTEXT = (
    "pembangunan",
    "rehabilitasi",
    "renovasi",
    "pemeliharaan",
    "perbaikan",
    "konstruksi",
    "jalan",
    "jembatan",
    "drainase",
    "gedung",
    "bangunan",
    "saluran",
    "irigasi",
    "trotoar",
    "rumah",
    "sanitasi",
    "infrastruktur",
    "fisik",
    "prasarana",
    "sarana",
    "pelebaran",
    "normalisasi",
    "turap",
    "talud",
    "taman",
    "fasilitas",
    "kawasan",
    "permukiman",
    "pasar",
    "sungai",
    "rehab",
)
_EQUIPMENT_CONTEXT = (
    "pengadaan",
    "peralatan",
    "perlengkapan",
    "alat",
    "mebel",
    "mebeulair",
    "sarana",
    "prasarana",
    "fasilitas",
    "komputer",
    "teknologi",
    "informasi",
    "jaringan",
    "data",
    "aplikasi",
    "sistem",
    "studio",
    "laboratorium",
    "ruang",
    "gedung",
    "aset",
    "barang milik daerah",
    "digital",
    "elektronik",
    "statistik",
    "persandian",
    "komunikasi",
    "siaran",
    "penyiaran",
    # the equipment of a library, an archive or a document-printing service
    "perpustakaan",
    "kearsipan",
    "arsip",
    "cetak",  # ``Pencetakan`` after normalisation
    "perekaman",
    "taman bacaan",
)
_HEALTH_CONTEXT = (
    "kesehatan",
    "obat",
    "medis",
    "puskesmas",
    "posyandu",
    "imunisasi",
    "gizi",
    "penyakit",
    "pasien",
    "rumah sakit",
    "klinik",
    "laboratorium",
    "farmasi",
    "stunting",
    "ibu hamil",
    "balita",
    "lansia",
    "ambulans",
    "bencana",
    "pertolongan pertama",
    "p3k",
    "vaksinasi",
    "sanitasi",
    "wabah",
    "kedaruratan",
)
CONTEXT: dict[ItemCategory, tuple[str, ...]] = {
    ItemCategory.VEHICLE: (
        "kendaraan",
        "angkutan",
        "ambulans",
        "mobil",
        "motor",
        "armada",
        "transportasi",
        "alat berat",
        "pemadam",
        "perahu",
        "kapal",
        "alat angkut",
        "mobilitas",
    ),
    ItemCategory.CONSTRUCTION: _CONSTRUCTION_CONTEXT,
    ItemCategory.IT_EQUIPMENT: _EQUIPMENT_CONTEXT,
    ItemCategory.FURNITURE: _EQUIPMENT_CONTEXT,
    ItemCategory.APPLIANCE: _EQUIPMENT_CONTEXT,
    ItemCategory.MEDICAL: _HEALTH_CONTEXT,
    ItemCategory.MEDICAL_EQUIPMENT: _HEALTH_CONTEXT,
    ItemCategory.AGRICULTURE: (
        "pertanian",
        "tanaman",
        "perkebunan",
        "peternakan",
        "perikanan",
        "ternak",
        "ikan",
        "bibit",
        "pangan",
        "hortikultura",
        "penghijauan",
        "taman",
        "ruang terbuka hijau",
        "rth",
        "budidaya",
        "petani",
        "nelayan",
        "kelompok tani",
        "lingkungan",
        "hewan",
    ),
    ItemCategory.LUXURY: (),
    ItemCategory.TOOLS: _EQUIPMENT_CONTEXT,
    ItemCategory.EVENT_RENTAL: (
        "acara",
        "event",
        "festival",
        "lomba",
        "pameran",
        "expo",
        "bazar",
        "peringatan",
        "hari jadi",
        "hut",
        "upacara",
        "apel",
        "pentas",
        "pertunjukan",
        "kesenian",
        "kebudayaan",
        "pariwisata",
        "promosi",
        "kampanye",
        "peluncuran",
        "launching",
        "olahraga",
        "pertandingan",
        "kejuaraan",
        "turnamen",
        "sosialisasi",
        "penyuluhan",
        "pertemuan",
        "rapat",
        "musyawarah",
        "musrenbang",
        "forum",
        "seminar",
        "jemput bola",
        "keliling",
        "bencana",
        "pengungsi",
        "posko",
        "darurat",
        # community participation and empowerment are carried out through gatherings
        "partisipasi masyarakat",
        "pemberdayaan masyarakat",
        "gotong royong",
    ),
    ItemCategory.SPORTS: (
        "olahraga",
        "keolahragaan",
        "pertandingan",
        "kejuaraan",
        "turnamen",
        "kompetisi",
        "atlet",
        "pemuda",
        "kepemudaan",
        "kebugaran",
        "jasmani",
        "porseni",
        # sports kit is part of the clothing provided to staff and pupils
        "pakaian",
        "seragam",
        "sekolah",
        "siswa",
        "peserta didik",
        "pendidikan",
        "lomba",
        "hari jadi",
        "hut",
        "peringatan",
    ),
    ItemCategory.FIREFIGHTING: (
        "kebakaran",
        "pemadam",
        "damkar",
        "penyelamatan",
        "bencana",
        "keselamatan",
        "kesiapsiagaan",
        "sarana",
        "prasarana",
        "gedung",
        "pemeliharaan",
    ),
    ItemCategory.OFFICIAL_UNIFORM: (
        "pakaian dinas",
        "pakaian",
        "seragam",
        "atribut",
        "satpol",
        "pamong praja",
        "ketertiban",
        "ketenteraman",
        "trantib",
        "linmas",
        "perlindungan masyarakat",
        "pemadam",
        "kebakaran",
        "penegakan",
        "patroli",
        "pengamanan",
        "penertiban",
        "lapangan",
    ),
    ItemCategory.READING: (
        "perpustakaan",
        "pustaka",
        "literasi",
        "membaca",
        "baca",
        "bacaan",
        "pendidikan",
        "sekolah",
        "siswa",
        "peserta didik",
        "belajar",
        "pembelajaran",
        "tbm",
        "koleksi",
        "kurikulum",
        "paud",
    ),
    ItemCategory.WASTE_EQUIPMENT: (
        "sampah",
        "persampahan",
        "kebersihan",
        "sanitasi",
        "limbah",
        "tps",
        "tpa",
        "pasar",
        "3r",
    ),
    ItemCategory.SOCIAL_AID: (
        "sosial",
        "bencana",
        "korban",
        "pengungsi",
        "bantuan",
        "miskin",
        "fakir",
        "terlantar",
        "disabilitas",
        "lansia",
        "panti",
        "rehabilitasi",
        "jaminan",
        "perlindungan",
        "kesejahteraan",
        "logistik",
        "darurat",
        "kedaruratan",
        "rawan",
        "sandang",
    ),
    ItemCategory.DECORATION: (
        "tamu",
        "kunjungan",
        "protokol",
        "protokoler",
        "jamuan",
        "peringatan",
        "hari jadi",
        "hut",
        "festival",
        "lomba",
        "pameran",
        "upacara",
        "penghargaan",
        "promosi",
        "pariwisata",
        "kerja sama",
        "kerjasama",
        "seremoni",
        "perayaan",
        "pelantikan",
        "acara",
        "hari besar",
        "kebudayaan",
        "kesenian",
        # trophies and medals of sport and achievement
        "olahraga",
        "pertandingan",
        "kejuaraan",
        "turnamen",
        "kompetisi",
        "prestasi",
        "atlet",
        "apresiasi",
        # decorations of meetings and forums are customary
        "rapat",
        "rakor",
        "pertemuan",
        "musyawarah",
        "musrenbang",
        "seminar",
        "forum",
        "partisipasi masyarakat",
        "pemberdayaan masyarakat",
        "gotong royong",
    ),
}

# The fields (not the items) an item category serves: named in an operational sub-kegiatan they make
# it legitimate (``Penyediaan Sarana Pengelolaan Sampah`` buys garbage motorcycles), but not in a
# meeting-like one whose output is people or documents (``Sosialisasi KIE Rawan Bencana``).
_FIELD_OPERATIONS = (
    "ketertiban",
    "ketenteraman",
    "penanganan gangguan",
    "pengamanan",
    "patroli",
    "penertiban",
    "penegakan",
    "bencana",
    "kebakaran",
    "penyelamatan",
    "kesiapsiagaan",
    "evakuasi",
)
DOMAIN_CONTEXT: dict[ItemCategory, tuple[str, ...]] = {
    # radios, megaphones and lamps are the tools of field operations
    ItemCategory.IT_EQUIPMENT: _FIELD_OPERATIONS,
    ItemCategory.APPLIANCE: _FIELD_OPERATIONS,
    ItemCategory.VEHICLE: (
        "sampah",
        "persampahan",
        "kebersihan",
        "bencana",
        "penanggulangan",
        "kesiapsiagaan",
        "evakuasi",
        "penyelamatan",
        "kebakaran",
        "patroli",
        "pengangkutan",
        "distribusi",
        "logistik",
        "darurat",
    ),
    ItemCategory.MEDICAL: (
        "disabilitas",
        "alat bantu",
        "penyandang",
        "rehabilitasi",
        "sampah",
        "persampahan",
        "kebersihan",
        "keselamatan kerja",
    ),
    ItemCategory.MEDICAL_EQUIPMENT: ("disabilitas", "alat bantu", "penyandang", "rehabilitasi", "lansia"),
    ItemCategory.TOOLS: (
        "bencana",
        "kesiapsiagaan",
        "penanggulangan",
        "penyelamatan",
        "pemeliharaan",
        "taman",
        "pohon",
        "penghijauan",
        "jalan",
        "drainase",
    ),
}

# Why such an item only fits some sub-kegiatan (the explanation given to the reviewer).
WHY: dict[ItemCategory, str] = {
    ItemCategory.VEHICLE: "pembelian kendaraan hanya wajar pada sub kegiatan pengadaan kendaraan/"
    "sarana angkutan",
    ItemCategory.CONSTRUCTION: "bahan/pekerjaan konstruksi hanya wajar pada sub kegiatan pembangunan, "
    "rehabilitasi atau pemeliharaan fisik",
    ItemCategory.IT_EQUIPMENT: "pembelian peralatan tahan lama tidak wajar pada sub kegiatan yang "
    "keluarannya bukan penyediaan peralatan/sarana",
    ItemCategory.FURNITURE: "pembelian mebel tidak wajar pada sub kegiatan yang keluarannya bukan penyediaan "
    "peralatan/sarana",
    ItemCategory.APPLIANCE: "pembelian peralatan tahan lama tidak wajar pada sub kegiatan yang keluarannya "
    "bukan penyediaan peralatan/sarana",
    ItemCategory.MEDICAL: "obat dan bahan medis habis pakai hanya wajar pada sub kegiatan layanan kesehatan",
    ItemCategory.MEDICAL_EQUIPMENT: "alat kesehatan hanya wajar pada sub kegiatan layanan kesehatan",
    ItemCategory.EVENT_RENTAL: "sewa panggung, tata suara, tenda dan perlengkapan acara hanya wajar pada "
    "sub kegiatan yang menyelenggarakan acara, pertemuan atau layanan lapangan",
    ItemCategory.OFFICIAL_UNIFORM: "pakaian dinas dan perlengkapan lapangan hanya wajar pada sub kegiatan "
    "penyediaan pakaian dinas atau operasi lapangan",
    ItemCategory.READING: "buku bacaan hanya wajar pada sub kegiatan perpustakaan, literasi atau pendidikan",
    ItemCategory.AGRICULTURE: "sarana pertanian/peternakan hanya wajar pada sub kegiatan di bidang itu",
    ItemCategory.LUXURY: "barang mewah/pribadi tidak menunjang keluaran sub kegiatan mana pun",
    ItemCategory.TOOLS: "pembelian peralatan/mesin kerja tidak wajar pada sub kegiatan yang keluarannya "
    "bukan penyediaan peralatan atau pekerjaan lapangan",
    ItemCategory.WASTE_EQUIPMENT: "sarana persampahan hanya wajar pada sub kegiatan kebersihan/pengelolaan "
    "sampah",
    ItemCategory.SOCIAL_AID: "barang bantuan sosial/logistik kebencanaan hanya wajar pada sub kegiatan "
    "bantuan sosial, perlindungan sosial atau penanganan bencana",
    ItemCategory.SPORTS: "peralatan dan perlengkapan olahraga hanya wajar pada sub kegiatan keolahragaan, "
    "kepemudaan, pendidikan atau lomba",
    ItemCategory.FIREFIGHTING: "perlengkapan pemadam kebakaran hanya wajar pada sub kegiatan penanggulangan "
    "kebakaran/bencana atau penyediaan sarana dan prasarana",
    ItemCategory.DECORATION: "cinderamata/dekorasi hanya wajar pada sub kegiatan acara, penerimaan tamu "
    "atau peringatan",
}


# Sub-kegiatan whose output is a meeting, an event or a document: physical purchases are judged by
# the output alone, so that ``Rapat Koordinasi Teknis Jalan`` does not make cement legitimate.
_MEETING_LIKE = (
    "rapat",
    "koordinasi",
    "konsultasi",
    "musyawarah",
    "musrenbang",
    "sosialisasi",
    "forum",
    "seminar",
    "workshop",
    "lokakarya",
    "bimtek",
    "bimbingan teknis",
    "pelatihan",
    "penyusunan",
    "evaluasi",
    "monitoring",
    "pembinaan",
    "penyuluhan",
    "lomba",
    "festival",
    "peringatan",
    "sinkronisasi",
    "fasilitasi",
    "rakor",
)


def is_meeting_like(nama: str) -> bool:
    text = f" {normalise(nama)} "
    return any(_has(text, word) for word in _MEETING_LIKE)


# Categories that serve events: for them an event-like name (``Lomba``, ``Festival``) is the context
# itself, not a meeting about something else.
_EVENT_CATEGORIES = frozenset({ItemCategory.DECORATION, ItemCategory.EVENT_RENTAL, ItemCategory.SPORTS})


def fits_context(
    category: ItemCategory, nama: str, output: str | None = None, *, handed_over: bool = False
) -> bool:
    """Whether an item of ``category`` can serve the sub-kegiatan ``nama`` with output ``output``.

    ``handed_over``: the goods are given to the public (their account says so), so they are the
    output itself and the whole name of the sub-kegiatan counts."""
    context = CONTEXT.get(category)
    if context is None:
        return True  # unrestricted: meals, stationery, honoraria... serve any sub-kegiatan
    by_output_only = is_meeting_like(nama) and not handed_over and category not in _EVENT_CATEGORIES
    described = output if by_output_only and output else f"{nama} {output or ''}"
    text = f" {normalise(described)} "
    if any(_has(text, word) for word in context):
        return True
    # A field counts only when the sub-kegiatan is named after it: a boat serves "Penyediaan
    # Peralatan Kesiapsiagaan Bencana", not "Penyediaan Sandang" for disaster victims.
    name = f" {normalise(nama)} "
    return not is_meeting_like(nama) and any(_has(name, word) for word in DOMAIN_CONTEXT.get(category, ()))
