"""Indicator names as documents write them: the key two documents must share to speak of the
same indicator, the programme / kegiatan / sub-kegiatan level a name opens with, a group or level
named beside it, and the unit a name carries inside or in parentheses. The lowest of the reading
modules: every reader (tables, text tables, prose) and the record emission use these.
"""

from __future__ import annotations

import re

from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

SPACES = re.compile(r"\s+")


_CODE_PREFIX = re.compile(r"^\s*(?:[0-9]+(?:[.\-][0-9xX]+)*[.)]?|[a-zA-Z][.)]|[IVX]+[.)])\s+")


# A total or average row ("Jumlah", "Total Belanja", "Rata-rata Capaian"), not an indicator.
TOTAL = re.compile(
    r"^\s*(jumlah|total|sub ?total|grand total|rata-rata|rerata)"
    r"(\s+(total|keseluruhan|seluruhnya|belanja|anggaran|program|kegiatan|capaian|capaian kinerja))?"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


def level_in_parentheses(
    name: str, vocabulary: Vocabulary = VOCABULARY
) -> tuple[str, str | None, str | None]:
    """A name a column of indicators "/ Program" ends with the programme (or kegiatan) it serves,
    in parentheses ("Jumlah Pasar Direvitalisasi (Program Perdagangan (PPD))"): the name without
    it, the level and that level's name; the name as it is and None, None when it ends otherwise."""
    bare = name.rstrip()
    if not bare.endswith(")"):
        return name, None, None
    depth = 0
    for i in range(len(bare) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(bare[i], 0)
        if depth == 0:
            inside, before = bare[i + 1 : -1].strip(), bare[:i].rstrip()
            level = hierarchy_level(inside, vocabulary)
            if level is None or not before:
                return name, None, None
            return before, level, level_name(inside, vocabulary)
    return name, None, None


def group_before_slash(name: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[str, str | None]:
    """A cell of a column headed "Sub Kegiatan / Indikator" holds both, slash between them
    ("Penanganan Darurat / Waktu tanggap darurat"): the indicator (after the slash, opening with a
    capitalised word indicator names open with) and the sub kegiatan it serves. A name itself
    opening with such a word keeps its slash ("Rasio guru / murid"): the name as it is and None."""
    before, slash, after = name.partition(" / ")
    opening = after.split(maxsplit=1)[0] if after.strip() else ""
    starts = vocabulary.names.indicator_starts
    first = before.split(maxsplit=1)[0].lower() if before.strip() else ""
    if not slash or " / " in after or first in starts:
        return name, None
    if not (opening[:1].isupper() and opening.lower() in starts):
        return name, None
    return after.strip(), before.strip()


def normalise(text: str) -> str:
    return SPACES.sub(" ", text.replace("\n", " ")).strip().lower()


def indicator_key(name: str) -> str:
    """The name two documents must share to speak of the same indicator."""
    text = normalise(_CODE_PREFIX.sub("", name))
    text = re.sub(r"^(sub kegiatan|subkegiatan|kegiatan|program)\s*:?\s*", "", text)
    return re.sub(r"[^0-9a-z%]+", " ", text).strip()


def hierarchy_level(text: str, vocabulary: Vocabulary) -> str | None:
    bare = normalise(_CODE_PREFIX.sub("", text))
    for level in ("sub_kegiatan", "kegiatan", "programme"):
        for cue in getattr(vocabulary.hierarchy, level):
            if bare.startswith(cue + " ") or bare.startswith(cue + ":"):
                # "Kegiatan tersebut berlanjut ...": a sentence on the one just named, no heading
                following = bare[len(cue) + 1 :].split(" ", 1)[0]
                return None if following in vocabulary.prose.back_references else level
    return None


def level_words_pattern(vocabulary: Vocabulary) -> str:
    """A pattern for a line that starts with a level word of the plan hierarchy (longest words first,
    so that "sub kegiatan" is not taken for "sub" followed by "kegiatan")."""
    words = sorted(
        (*vocabulary.hierarchy.programme, *vocabulary.hierarchy.kegiatan, *vocabulary.hierarchy.sub_kegiatan),
        key=len,
        reverse=True,
    )
    return "^(?:" + "|".join(re.escape(word) for word in words) + ")"


def level_name(text: str, vocabulary: Vocabulary) -> str:
    """ "1.01.02 Sub Kegiatan: Pembangunan RKB" → "Pembangunan RKB"."""
    bare = _CODE_PREFIX.sub("", text).strip()
    heading = level_words_pattern(vocabulary) + r"\s*:?\s+"
    return re.sub(heading, "", bare, flags=re.IGNORECASE).strip() or bare


def unit_inside_name(name: str, vocabulary: Vocabulary, *, ocr: bool = False) -> tuple[str, str | None]:
    """The name and the unit of a cell holding both (a header "Indikator Kinerja Satuan" read as
    one cell): the unit is where the name's first line ended, so anywhere after its first word
    ("Cakupan Imunisasi Dasar % Lengkap pada Bayi"). A percent sign (or, on a scan, what OCR made
    of one) or a "per 1.000 KH" unit first, else the last known unit word."""
    words = name.split()
    percent = {"%", *(w for w in vocabulary.ocr.percent_words if len(w) > 1)} if ocr else {"%"}
    for k, word in enumerate(words[1:], start=1):
        if word.lower() in percent:
            return " ".join(words[:k] + words[k + 1 :]), "%"
    lowered = " ".join(w.lower() for w in words)
    for unit in sorted((u for u in vocabulary.units.known if u.startswith("per ")), key=len, reverse=True):
        at = lowered.find(" " + unit)
        if at >= 0 and (at + 1 + len(unit) == len(lowered) or lowered[at + 1 + len(unit)] == " "):
            start = len(lowered[:at].split())
            count = len(unit.split())
            return " ".join(words[:start] + words[start + count :]), " ".join(words[start : start + count])
    for k in range(len(words) - 1, 1, -1):
        if words[k].lower() in vocabulary.units.known and words[k].lower() != "per":
            return " ".join(words[:k] + words[k + 1 :]), words[k]
    return name, None


_LAST_PARENTHESES = re.compile(r"\s*\(\s*([^()]{1,24}?)\s*\)\s*$")


def unit_in_parentheses(name: str, vocabulary: Vocabulary) -> tuple[str, str | None]:
    """The name and the unit a table without a unit column writes after it in parentheses
    ("Jumlah peserta magang (orang)", "Rasio guru terhadap murid (%)"). A known unit, or one or
    two lower-case words; an acronym ("(IKM)") or a plan level is part of the name."""
    found = _LAST_PARENTHESES.search(name)
    if found is None or found.start() == 0:
        return name, None
    inside = found.group(1)
    known = inside.lower() in vocabulary.units.known
    worded = (
        bool(re.fullmatch(r"[a-z]+(?: [a-z]+)?", inside))
        and hierarchy_level(inside + " x", vocabulary) is None
    )
    if not (known or worded):
        return name, None
    return name[: found.start()].rstrip(), inside


def clean_name(name: str) -> str:
    return _CODE_PREFIX.sub("", name).strip(" :;-")
