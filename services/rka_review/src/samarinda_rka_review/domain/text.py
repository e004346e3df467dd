"""Normalising the Indonesian procurement vocabulary so that differently worded items meet.

``Kertas HVS A4 70 gr`` and ``Kertas HVS 70 gram ukuran A4`` must become the same tokens, and
``Notebook`` must meet ``Laptop``. Phrases are rewritten before single words, so that ``semen pc``
stays cement while a lone ``pc`` is a computer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

# Multi-word phrases → one canonical token (applied first, longest first).
PHRASES: dict[str, str] = {
    "air conditioner": "ac",
    "air conditioning": "ac",
    "pendingin ruangan": "ac",
    "pendingin udara": "ac",
    "papan tulis": "whiteboard",
    "white board": "whiteboard",
    "papan whiteboard": "whiteboard",
    "ink tank": "inktank",
    "printer infus": "printer inktank",
    "sistem infus": "inktank",
    "all in one": "aio",
    "all-in-one": "aio",
    "personal computer": "komputer",
    "flash disk": "flashdisk",
    "flash drive": "flashdisk",
    "usb drive": "flashdisk",
    "usb flashdisk": "flashdisk",
    "perjalanan dinas": "perjadin",
    "uang harian": "uangharian",
    "uang saku": "uangsaku",
    "uang transport": "transport",
    "biaya transport": "transport",
    "dalam kota": "dalamkota",
    "luar kota": "luarkota",
    "luar daerah": "luarkota",
    "dalam daerah": "dalamkota",
    "luar negeri": "luarnegeri",
    "luar provinsi": "luarprovinsi",
    "makanan ringan": "kue",
    "snack box": "kue kotak",
    "coffee break": "kue",
    "makanan tambahan": "pmt",
    "pemberian makanan tambahan": "pmt",
    "nasi box": "nasi kotak",
    "makan siang": "nasi",
    "makan malam": "nasi",
    "air minum": "airmineral",
    "air mineral": "airmineral",
    "air kemasan": "airmineral",
    "sepeda motor": "motor",
    "kendaraan roda dua": "motor",
    "roda dua": "motor",
    "roda 2": "motor",
    "kendaraan roda empat": "mobil",
    "roda empat": "mobil",
    "roda 4": "mobil",
    "semen pc": "semen portland",
    "portland cement": "semen portland",
    "semen portland": "semen portland",
    "bahan bakar minyak": "bbm",
    "bahan bakar": "bbm",
    "non permanen": "nonpermanen",
    "non-permanen": "nonpermanen",
    "tidak permanen": "nonpermanen",
    "gedung pertemuan": "gedung",
    "ruang pertemuan": "gedung",
    "balai pertemuan": "gedung",
    "ruang rapat": "gedung",
    "aula pertemuan": "gedung",
    "hotel meeting": "gedung",
    "lcd proyektor": "proyektor",
    "lcd projector": "proyektor",
    "tenaga alih daya": "outsourcing",
    "cleaning service": "kebersihan",
    "alat tulis kantor": "atk",
    "alat tulis": "atk",
    "meja kerja": "meja",
    "kursi kerja": "kursi",
    "lemari arsip": "lemari",
    "filing cabinet": "lemari",
    "ban mobil": "ban",
    "suku cadang": "sukucadang",
    "spare part": "sukucadang",
    "sparepart": "sukucadang",
    "jam pelajaran": "jp",
    "orang hari": "oh",
    "orang jam": "oj",
    "orang kegiatan": "ok",
    "orang bulan": "ob",
    "meter persegi": "m2",
    "meter kubik": "m3",
    "ready mix": "readymix",
    "laser jet": "laser",
    # Hospital and field-equipment wording that differs from catalogue names.
    "sekali pakai": "sekalipakai",
    "disposable syringe": "spuit sekalipakai",
    "bedside monitor": "patient monitor",
    "termometer tembak": "termometer inframerah",
    "thermo gun": "termometer inframerah",
    "handy talky": "ht",
    "handie talkie": "ht",
    "walkie talkie": "ht",
    "pergi pulang": "pp",
    # Fire hoses are named after the hydrant they connect to; jerseys are sports shirts.
    "selang hydrant": "selang pemadam",
    "selang hidran": "selang pemadam",
    "jersey": "kaos olahraga",
    "pembawa acara": "mc",
    "master of ceremony": "mc",
    "pulang pergi": "pp",
}

# Single words → canonical word.
SYNONYMS: dict[str, str] = {
    "notebook": "laptop",
    "netbook": "laptop",
    "pc": "komputer",
    "laserjet": "laser",
    "deskjet": "inkjet",
    "desktop": "komputer",
    "cpu": "komputer",
    "computer": "komputer",
    "snack": "kue",
    "kudapan": "kue",
    "snak": "kue",
    "kueh": "kue",
    "banner": "spanduk",
    "rental": "sewa",
    "penyewaan": "sewa",
    "sewa-menyewa": "sewa",
    "aula": "gedung",
    "honor": "honorarium",
    "honorer": "honorarium",
    "narsum": "narasumber",
    "pembicara": "narasumber",
    "pemateri": "narasumber",
    "instruktur": "narasumber",
    "fasilitator": "narasumber",
    "sppd": "perjadin",
    "spd": "perjadin",
    "pena": "pulpen",
    "bolpoin": "pulpen",
    "bolpen": "pulpen",
    "ballpoint": "pulpen",
    "marker": "spidol",
    "projector": "proyektor",
    "infocus": "proyektor",
    "projektor": "proyektor",
    "gsm": "gram",
    "gr": "gram",
    "grm": "gram",
    "g": "gram",
    "folio": "f4",
    "catridge": "cartridge",
    "katrid": "cartridge",
    "cartrige": "cartridge",
    "odner": "ordner",
    "binder": "ordner",
    "hekter": "stapler",
    "staples": "stapler",
    "aqua": "airmineral",
    "mpv": "minibus",
    "ambulance": "ambulans",
    "hlm": "halaman",
    "hal": "halaman",
    "lbr": "lembar",
    "eks": "eksemplar",
    "exemplar": "eksemplar",
    "pcs": "buah",
    "bh": "buah",
    "biji": "buah",
    "btl": "botol",
    "ltr": "liter",
    "kilogram": "kg",
    "zak": "sak",
    "setel": "stel",
    "pkt": "paket",
    "bks": "bungkus",
    "hr": "hari",
    "bln": "bulan",
    "thn": "tahun",
    "org": "orang",
    "inch": "inci",
    "televisi": "tv",
    "kulkas": "lemaries",
    "handphone": "hp",
    "smartphone": "hp",
    "ponsel": "hp",
    "katering": "catering",
    "prasmanan": "catering",
    "pencetakan": "cetak",
    "penggandaan": "fotokopi",
    "fotocopy": "fotokopi",
    "photocopy": "fotokopi",
    "penjilidan": "jilid",
    "cetakan": "cetak",
    "servis": "pemeliharaan",
    "service": "pemeliharaan",
    "perawatan": "pemeliharaan",
    "pemeliharan": "pemeliharaan",
    "t-shirt": "kaos",
    "kaus": "kaos",
    "electric": "elektrik",
    "colour": "color",
    "trofi": "piala",
    "tropi": "piala",
    "trophy": "piala",
    "piala": "piala",
    "syringe": "spuit",
    "disposable": "sekalipakai",
    "abocath": "iv catheter",
    "venflon": "iv catheter",
    "handscoon": "sarung tangan",
    "handscoen": "sarung tangan",
    "handschoen": "sarung tangan",
    "handskun": "sarung tangan",
    "kassa": "kasa",
    "leaflet": "brosur",
    # Fuel grades keep their name (a Pertamax line must not take the Pertalite price).
    "pertalite": "bensin pertalite",
    "pertamax": "bensin pertamax",
    "dexlite": "solar dexlite",
    "biosolar": "solar biosolar",
}

STOPWORDS = frozenset(
    [
        "dan",
        "atau",
        "untuk",
        "dengan",
        "yang",
        "di",
        "ke",
        "dari",
        "per",
        "pada",
        "dalam",
        "sebagai",
        "oleh",
        "serta",
        "lain",
        "lainnya",
        "ukuran",
        "isi",
        "belanja",
        "pengadaan",
        "penyediaan",
        "kegiatan",
        "keperluan",
        "kebutuhan",
        "bagi",
        "jenis",
        "tipe",
        "type",
        "merk",
        "merek",
        "setara",
        "min",
        "minimal",
        "maks",
        "maksimal",
        "sd",
        "s",
        "d",
        "termasuk",
        "tidak",
        "belum",
        "x",
    ]
)

# Units written glued to numbers (``220ml``, ``32GB``, ``1500cc``) are split off them.
NUMBER_UNITS = (
    "ml",
    "l",
    "liter",
    "gb",
    "tb",
    "mb",
    "cc",
    "gr",
    "gram",
    "gsm",
    "g",
    "kg",
    "mm",
    "cm",
    "m",
    "km",
    "pk",
    "inch",
    "inci",
    "watt",
    "w",
    "kw",
    "kva",
    "va",
    "lumen",
    "mbps",
    "gbps",
    "mp",
    "hz",
    "ah",
    "mah",
    "m2",
    "m3",
    "halaman",
    "hlm",
    "lembar",
    "lbr",
    "orang",
    "org",
    "ton",
    "rim",
    "buah",
    "unit",
    "kotak",
    "lt",
    "u",  # rack units: a 1U server slot is not a 2U one
)
_GLUED_UNIT = re.compile(
    r"(?<![a-z])(\d+(?:[.,]\d+)?)(" + "|".join(sorted(NUMBER_UNITS, key=len, reverse=True)) + r")\b"
)
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(?:\.(\d{3}))+(?![\d,])")
_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_ESELON = re.compile(r"\b(eselon|golongan|gol)\s+(iv|iii|ii|i|[1-4])\b")
# Reinforcement bars: D12 / Ø12 is a 12 mm diameter.
_BAR_DIAMETER = re.compile(r"\b(?:d|ø|dia)\.?\s?(\d{1,2})(?![\d.,])")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_PHRASE_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b"
)
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _join_thousands(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")


@lru_cache(maxsize=65536)
def normalise(text: str | None) -> str:
    """Lowercase canonical text: phrases and synonyms rewritten, numbers and units separated."""
    if not text:
        return ""
    value = _strip_accents(text).lower().replace("×", " x ").replace("²", "2").replace("³", "3")
    value = _BAR_DIAMETER.sub(r"\1 mm", value)
    value = _THOUSANDS.sub(_join_thousands, value)
    value = _DECIMAL_COMMA.sub(r"\1.\2", value)
    value = _GLUED_UNIT.sub(r"\1 \2", value)
    value = re.sub(r"[()\[\],;:/\"'+&_]", " ", value)
    value = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", value)
    value = _ESELON.sub(lambda m: f"eselon{_ROMAN.get(m.group(2), m.group(2))}", value)
    value = re.sub(r"\s+", " ", value).strip()
    value = _PHRASE_RE.sub(lambda m: PHRASES[m.group(1)], value)
    words = [SYNONYMS.get(w, w) for w in value.split(" ")]
    return " ".join(words)


def tokens(text: str | None) -> list[str]:
    """Content tokens of the normalised text (stopwords dropped, order kept, repeats removed)."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(normalise(text)):
        if token not in STOPWORDS:
            seen.setdefault(token, None)
    return list(seen)


# --- measurements and exclusive variants ------------------------------------------------------

_MEASURE_UNITS: dict[str, str] = {
    "ml": "ml",
    "l": "liter",
    "liter": "liter",
    "lt": "liter",
    "gb": "gb",
    "tb": "tb",
    "cc": "ml",  # 3 cc syringe = 3 ml; engines are written in cc on both sides
    "gram": "gram",
    "kg": "kg",
    "mm": "mm",
    "cm": "cm",
    "pk": "pk",
    "inci": "inci",
    "watt": "watt",
    "w": "watt",
    "kw": "kw",
    "kva": "kva",
    "va": "va",
    "lumen": "lumen",
    "mbps": "mbps",
    "mp": "mp",
    "ton": "ton",
    "halaman": "halaman",
    "lembar": "lembar",
    "mah": "mah",
    "u": "u",
}
_MEASURE = re.compile(r"(\d+(?:\.\d+)?) (" + "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True)) + r")\b")

# Words of one family exclude each other: an A4 line must not take an F4 price.
EXCLUSIVE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"a3", "a4", "a5", "a6", "f4", "b5", "letter"}),
    frozenset({"i3", "i5", "i7", "i9", "celeron", "pentium", "ryzen3", "ryzen5", "ryzen7", "atom"}),
    frozenset({"dalamkota", "luarkota", "luarnegeri", "luarprovinsi"}),
    frozenset({"eselon1", "eselon2", "eselon3", "eselon4"}),
    frozenset({"nonpermanen", "permanen"}),
    frozenset({"hitam", "warna", "cyan", "magenta", "yellow", "biru", "merah"}),
    frozenset({"sd", "smp", "sma", "smk", "tk", "paud"}),
    frozenset({"laser", "inkjet", "inktank", "dotmatrix"}),
    frozenset({"bensin", "solar"}),
    frozenset({"pertalite", "pertamax"}),
    frozenset({"dexlite", "biosolar"}),
    frozenset({"mobil", "motor", "minibus", "truk", "bus", "ambulans", "pickup"}),
    frozenset({"manual", "elektrik"}),
    frozenset({"gelas", "cup", "botol", "galon"}),
    frozenset({"dewasa", "anak", "bayi", "balita"}),
    # Honoraria are set per role: a referee is not paid a moderator's rate.
    frozenset({"narasumber", "moderator", "mc", "panitia", "wasit", "juri"}),
)


_PACK_SIZE = re.compile(r"\bisi (\d+)\b")
_MEASURE_RANGE = re.compile(
    r"(\d+(?:\.\d+)?) ?(?:-|–|s d|sampai) ?(\d+(?:\.\d+)?) ("
    + "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True))
    + r")\b"
)


def measurements(text: str | None) -> dict[str, set[str]]:
    """``70 gram``, ``32 gb``, ``1500 cc`` in the normalised text, grouped by unit; a pack size
    (``isi 100``) counts as a measurement, so a box of 1.000 labels is not a box of 100."""
    normalised = normalise(text)
    found: dict[str, set[str]] = {}
    # A range (``24-48 halaman``) is kept whole; the single-value scan must not see its end.
    for low, high, unit in _MEASURE_RANGE.findall(normalised):
        found.setdefault(_MEASURE_UNITS[unit], set()).add(f"{_trim(low)}-{_trim(high)}")
    normalised = _MEASURE_RANGE.sub(" ", normalised)
    for number, unit in _MEASURE.findall(normalised):
        found.setdefault(_MEASURE_UNITS[unit], set()).add(_trim(number))
    for number in _PACK_SIZE.findall(normalised):
        found.setdefault("isi", set()).add(number)
    return found


def _trim(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number


def _within(value: str, other: str) -> bool:
    """``32`` lies within ``24-48``; equal values and equal ranges agree too."""
    if value == other:
        return True
    if "-" not in other or "-" in value:
        return False
    low, high = (float(part) for part in other.split("-"))
    return low <= float(value) <= high


def measures_agree(mine: set[str], theirs: set[str]) -> bool:
    """Measurements of one unit agree when one side's values all fit the other's."""
    return all(any(_within(v, o) or _within(o, v) for o in theirs) for v in mine) or all(
        any(_within(o, v) or _within(v, o) for v in mine) for o in theirs
    )


def ryzen_aware(tokens_: list[str]) -> set[str]:
    words = set(tokens_)
    for a, b in pairwise(tokens_):
        if a == "ryzen" and b in ("3", "5", "7", "9"):
            words.add(f"ryzen{b}")
    return words


# --- units (satuan) -----------------------------------------------------------------------------

UNIT_CANON: dict[str, str] = {
    "buah": "buah",
    "bh": "buah",
    "pcs": "buah",
    "pc": "buah",
    "piece": "buah",
    "biji": "buah",
    "bj": "buah",
    "unit": "buah",
    "unt": "buah",
    "item": "buah",
    "lembar": "lembar",
    "lbr": "lembar",
    "sheet": "lembar",
    "rim": "rim",
    "kotak": "kotak",
    "box": "kotak",
    "dus": "dus",
    "dos": "dus",
    "karton": "dus",
    "kardus": "dus",
    "ctn": "dus",
    "pak": "pak",
    "pack": "pak",
    "bungkus": "pak",
    "bks": "pak",
    "botol": "botol",
    "btl": "botol",
    "liter": "liter",
    "ltr": "liter",
    "l": "liter",
    "lt": "liter",
    "kg": "kg",
    "kilogram": "kg",
    "gram": "gram",
    "gr": "gram",
    "ton": "ton",
    "sak": "sak",
    "zak": "sak",
    "stel": "stel",
    "setel": "stel",
    "pasang": "pasang",
    "psg": "pasang",
    "set": "set",
    "paket": "paket",
    "pkt": "paket",
    "ls": "paket",
    "lumpsum": "paket",
    "m2": "m2",
    "meter persegi": "m2",
    "m3": "m3",
    "meter kubik": "m3",
    "m": "meter",
    "meter": "meter",
    "mtr": "meter",
    "m1": "meter",
    "roll": "roll",
    "rol": "roll",
    "lusin": "lusin",
    "eksemplar": "eksemplar",
    "eks": "eksemplar",
    "exemplar": "eksemplar",
    "orang": "orang",
    "org": "orang",
    "peserta": "orang",
    "oh": "oh",
    "orang hari": "oh",
    "org hari": "oh",
    "oj": "oj",
    "orang jam": "oj",
    "ok": "ok",
    "orang kegiatan": "ok",
    "orang kali": "ok",
    "ob": "ob",
    "orang bulan": "ob",
    "ot": "ot",
    "orang trip": "ot",
    "hari": "hari",
    "hr": "hari",
    "bulan": "bulan",
    "bln": "bulan",
    "tahun": "tahun",
    "thn": "tahun",
    "kali": "kali",
    "kegiatan": "kegiatan",
    "keg": "kegiatan",
    "jam": "jam",
    "jp": "jp",
    "porsi": "porsi",
    "tabung": "tabung",
    "galon": "galon",
    "unit hari": "unit hari",
    "buah hari": "unit hari",
    "trip": "trip",
    "rit": "rit",
    "titik": "titik",
    "ekor": "ekor",
    "batang": "batang",
    "btg": "batang",
    "malam": "malam",
    "kamar": "malam",
    "orang malam": "malam",
    "orang pp": "orang",  # a return ticket per person
    "org pp": "orang",
    "kamar malam": "malam",
    "tiket": "tiket",
    "lembar tiket": "tiket",
    "kwh": "kwh",
    "sambungan": "sambungan",
    "ktk": "kotak",
    "kpg": "keping",
    "keping": "keping",
    "klg": "kaleng",
    "kaleng": "kaleng",
    "krg": "karung",
    "karung": "karung",
    "jrg": "jerigen",
    "jerigen": "jerigen",
    "jeriken": "jerigen",
    "lsn": "lusin",
    "gln": "galon",
    "tbg": "tabung",
    "lmbr": "lembar",
    "pohon": "batang",
    "phn": "batang",
    "smpl": "sampel",
    "sampel": "sampel",
    "sample": "sampel",
    "user": "user",
    "pengguna": "user",
}
# Words that join the parts of a compound unit and carry no meaning (``Orang per Hari``).
_UNIT_JOINERS = frozenset({"per", "x"})


@lru_cache(maxsize=4096)
def canonical_unit(satuan: str | None) -> str | None:
    if not satuan:
        return None
    text = re.sub(r"[./\\-]+", " ", satuan.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    whole = UNIT_CANON.get(text) or UNIT_CANON.get(text.replace(" ", ""))
    if whole:
        return whole
    # A compound unit part by part, so that ``User/Thn`` meets ``User/Tahun``.
    parts = [UNIT_CANON.get(p, SYNONYMS.get(p, p)) for p in text.split(" ") if p not in _UNIT_JOINERS]
    joined = " ".join(parts)
    return UNIT_CANON.get(joined) or joined or None


def units_compatible(a: str | None, b: str | None) -> bool | None:
    """True/False when both units are known, None when one is missing (cannot tell)."""
    ua, ub = canonical_unit(a), canonical_unit(b)
    if ua is None or ub is None:
        return None
    return ua == ub
