"""Unruled tables in a page's text layer: a header line naming the columns, then one line per row
ending in its figures ("-" for a figure not stated). Finds the header (or tells the columns from
a row's arithmetic when it is unreadable), splits each line into its name, unit and figures with
OCR's specks and lost separators handled, and assigns the figures to the columns.
"""

from __future__ import annotations

import re

from samarinda_performance.domain.achievement import by_direction
from samarinda_performance.domain.document_kind import DATE_LINE
from samarinda_performance.domain.indicator_names import (
    TOTAL,
    clean_name,
    hierarchy_level,
    level_name,
    level_words_pattern,
)
from samarinda_performance.domain.model import Citation
from samarinda_performance.domain.numbers import parse_number
from samarinda_performance.domain.polarity import FOOTNOTE, says_negative
from samarinda_performance.domain.reading_state import VALUE_KINDS, Reading, emit
from samarinda_performance.domain.table_headers import VALUE_WORDS, canonical_header
from samarinda_performance.domain.vocabulary import Vocabulary

_LINE_TOKEN = re.compile(r"(?:Rp\.?\s*)?-?\d[\d.,]*\d%?|(?:Rp\.?\s*)?\d%?|(?<!\S)[-–—](?!\S)")


# A civil servant's ID as a signature block writes it: birth date, appointment month, sex and a
# serial ("19800101 200501 1 002"), or the 16 to 18 digits run together.
_PERSONAL_ID = re.compile(r"(?<![\d.,])(?:\d{8}\s+\d{6}\s+\d\s+\d{3}|\d{16,18})(?![\d.,])")


# A decimal comma OCR parted from its decimals ("87, 45" for "87,45").
_SPLIT_DECIMAL = re.compile(r"(?<=\d),\s+(?=\d{2}(?!\S))")


def read_text_table(text: str, page: int | str, reading: Reading) -> None:
    """An unruled table as the text layer lays it out: a header line naming the columns, then one
    line per row ending in its figures ("-" for a figure not stated)."""
    lines = text.splitlines()
    columns: list[str] | None = None
    sasaran_first = False  # a Sasaran column before the indicator's: its words open the line
    remarks_last = False  # a remarks column ("Ket.") after the figures: its words end the line
    inferred = False  # the columns were told by a row's arithmetic, the header being unreadable
    pending: list[str] = []
    offset = 0
    emitted = False  # the line before was a row read: a short line after it may end its name
    above = ""
    joined: set[int] = set()  # lines already read as the end of the row above them
    header_above = False  # the line before was the header
    lead_cut_above = False  # the row read last lost the words of a column without a header label
    for number, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or number in joined:
            continue
        header = _text_header(stripped, reading.vocabulary, above)
        if header in (None, ["target"]) and columns is None and above and page in reading.ocr_pages:
            # OCR broke the header over two lines ("Realisasi Capaian (%)" / "No Indikator ... Target")
            joined_header = _in_usual_order(_text_header(f"{above} {stripped}", reading.vocabulary))
            if joined_header and len(joined_header) > len(header or []):
                header = joined_header
        if header and columns is not None and header_above and len(header) < len(columns):
            # the header's second line ("(%)  Anggaran (Rp)  (%)" under "Capaian  Pagu  Realisasi
            # Serapan"): the units of the labels above, not a header of its own
            above = stripped
            continue
        header_above = bool(header)
        if header:
            columns, pending, inferred = header, [], False
            sasaran_first = _sasaran_before_indicator(f"{above} {stripped}")
            remarks_last = _remarks_column_last(stripped, reading.vocabulary)
            above = stripped
            continue
        above = stripped
        if (columns is None or inferred) and page in reading.ocr_pages:
            # no header read: a row whose arithmetic tells its columns heads the rows under it
            told = _columns_told_by(_split_figures(stripped)[1])
            if told is not None:
                columns, inferred = told, True
        if columns is None:
            continue
        if _PERSONAL_ID.search(stripped) or DATE_LINE.search(stripped):
            continue  # the signer's NIP or the signing date under the table: no row's figures
        if page in reading.ocr_pages:
            stripped = _SPLIT_DECIMAL.sub(",", stripped)
        level = hierarchy_level(stripped, reading.vocabulary)
        remark = None
        if remarks_last:
            stripped, remark = without_remark(stripped)
        name, tokens = _split_figures(stripped)
        if level is not None and not tokens:
            reading.context.enter(level, level_name(stripped, reading.vocabulary))
            pending = []
            continue
        if not tokens:
            if emitted and _continues_name(stripped):
                # under a row whose leading column was cut off, the capitalised words opening the
                # line are that column's wrapped cell ("Ekonomi Lokal penerima bantuan")
                wrapped = _after_capitalised_words(stripped) if lead_cut_above else stripped
                if wrapped:
                    last = reading.records[-1]
                    reading.records[-1] = last.model_copy(update={"indicator": f"{last.indicator} {wrapped}"})
                continue
            emitted = False
            if len(stripped) < 120 and not TOTAL.match(stripped):
                pending.append(stripped)
            continue
        emitted = False
        lead_cut = False
        if sasaran_first:
            name = _without_sasaran(name, reading.vocabulary)
        elif page in reading.ocr_pages:
            name, lead_cut = _without_unlabelled_lead(name, reading.vocabulary)
        name, unit = _unit_at_end(name, reading.vocabulary, ocr=page in reading.ocr_pages)
        if pending and not name[:1].isupper():
            name = " ".join([*pending, name])
        pending = []
        if not name or TOTAL.match(name):
            continue
        end = start + len(line)
        if page in reading.ocr_pages and len(tokens) < len(columns) and number + 1 < len(lines):
            # OCR of a skewed row without rules can break it after its first figures ("Persentase
            # Sampah yang Tertangani % 78" / "70,6 95,5"): a next line of figures only that
            # completes the row is the row's end. When that line opens with the unit, the page
            # sloped the other way: the figures above are the row's last ("Jumlah Bank Sampah
            # Aktif 95" / "unit 140 133").
            rest_name, rest = _split_figures(lines[number + 1].strip())
            rest_unit = rest_name.lower() in reading.vocabulary.units.known
            complete = len(tokens) + len(rest) in (len(columns), len(columns) + 1)
            if rest and (not rest_name or rest_unit) and complete:
                tokens = rest + tokens if rest_unit and not unit else tokens + rest
                unit = unit or (rest_name if rest_unit else None)
                joined.add(number + 1)
                end = start + len(line) + 1 + len(lines[number + 1])
        row_columns = columns
        if page in reading.ocr_pages:
            row_columns = _all_usual_columns(_with_lost_realisation(columns, tokens), tokens)
            row_columns = _kinerja_only(row_columns, tokens)
        values = _assign(tokens, row_columns, ocr=page in reading.ocr_pages)
        if values is None:
            continue
        unit = (
            unit or next((t[-1:] for t in tokens if t.endswith("%")), None) if "target" in columns else unit
        )
        if level is not None:
            reading.context.enter(level, level_name(name, reading.vocabulary))
        citation = Citation(
            document_id=reading.source.document_id,
            document=reading.source.filename,
            page=page,
            span=(start, end),
        )
        # a short line after a row continues that row's name only when the row became a record
        lead_cut_above = lead_cut
        emitted = emit(
            reading,
            level_name(name, reading.vocabulary) if level else clean_name(name),
            unit,
            values,
            reading.year,
            citation,
            level,
            # a remark stating the polarity ("negatif") is the row's polarity cell; any other
            # ("tercapai") says nothing of it
            remark if remark and says_negative(remark, reading.vocabulary) else None,
            # a row's figures are numbers or dashes: a target column without a figure says "-"
            target_text="-" if "target" in values and values["target"] is None else None,
            columns_inferred=inferred,
        )


def _remarks_column_last(header: str, vocabulary: Vocabulary) -> bool:
    """A label after the header's last figure label names a column of words ("... Capaian Ket.",
    "... Keterangan"): each row's line ends with that column's words after its figures."""
    words = [w.strip("().:") for w in canonical_header(header).split()]
    figure_labels = (*VALUE_WORDS, "rp")
    last = max((i for i, w in enumerate(words) if any(label in w for label in figure_labels)), default=None)
    remarks = {w.strip("().:") for w in vocabulary.columns.ignore}
    return last is not None and any(w in remarks for w in words[last + 1 :])


# Words of a remark after a row's figures: one to a few, no digit in them.
_MAX_REMARK_WORDS = 4


def without_remark(line: str) -> tuple[str, str | None]:
    """ "Luas lahan kritis Ha 40 38 95 belum tercapai" → ("Luas lahan kritis Ha 40 38 95",
    "belum tercapai"): the words after a row's last figure, under a remarks column. Dashes before
    the first word are the row's own not-stated figures; specks after the words are dropped. A
    line not ending so is kept whole."""
    tokens = line.split()
    end = len(tokens)
    while end and not any(ch.isdigit() for ch in tokens[end - 1]):
        end -= 1
    tail = tokens[end:]
    first_word = next((i for i, token in enumerate(tail) if any(ch.isalpha() for ch in token)), None)
    if not end or first_word is None:
        return line, None
    cut = end + first_word
    words = [t for t in tokens[cut:] if any(ch.isalpha() for ch in t)]
    if len(words) > _MAX_REMARK_WORDS:
        return line, None
    return " ".join(tokens[:cut]), " ".join(words)


def _sasaran_before_indicator(header: str) -> bool:
    """A Sasaran, Program or (Sub) Kegiatan column left of the indicator's: its words open each
    row's line before the indicator's name."""
    text = canonical_header(header)
    if "indikator" not in text:
        return False
    first = text.index("indikator")
    return any(0 <= text.find(word) < first for word in ("sasaran", "kegiatan", "program"))


def _without_sasaran(name: str, vocabulary: Vocabulary) -> str:
    """ "Meningkatnya derajat kesehatan Angka Kematian Ibu" → "Angka Kematian Ibu": on a line of
    an unruled table with a Sasaran column, the indicator starts at the first word that opens
    indicator names (``[names] indicator_starts``); a line without one is kept whole."""
    words = name.split()
    starts = vocabulary.names.indicator_starts
    spots = [i for i, word in enumerate(words) if i and word.lower().strip("(\"'“") in starts]
    # "Menurunnya angka kematian Angka Kematian Ibu": the capitalised one opens the indicator.
    capitalised = [i for i in spots if words[i][:1].isupper()]
    chosen = (capitalised or spots)[:1]
    return " ".join(words[chosen[0] :]) if chosen else name


def _without_unlabelled_lead(name: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """ "Penguatan Kelompok Tani Jumlah kelompok tani yang dilatih" → "Jumlah kelompok tani yang
    dilatih", True: on a scanned line whose header OCR read without its Program or (Sub) Kegiatan
    label, that column's words open the name. Told by a name not opening with a word indicator
    names open with but holding, capitalised, one no name holds again well into itself."""
    words = name.split()
    if not words or words[0].lower().strip("(\"'“") in vocabulary.names.indicator_starts:
        return name, False
    starts = vocabulary.names.second_name_starts
    at = next(
        # two words at least before it: one is what OCR makes of a row number or a rule ("Ih")
        (i for i, word in enumerate(words) if i > 1 and word[:1].isupper() and word.lower() in starts),
        None,
    )
    return (name, False) if at is None else (" ".join(words[at:]), True)


def _after_capitalised_words(line: str) -> str:
    """The line from its first lower-case word on ("Ekonomi Lokal penerima bantuan" → "penerima
    bantuan"); empty when every word is capitalised."""
    words = line.split()
    at = next((i for i, word in enumerate(words) if word[:1].islower()), len(words))
    return " ".join(words[at:])


_HEADING = re.compile(
    r"^(sasaran|tujuan|program|kegiatan|sub kegiatan|bab|tabel|sumber|catatan|keterangan)\b", re.I
)


def _continues_name(line: str) -> bool:
    """A wrapped cell's second line ("Jaringan Intra Pemerintah"), not a heading or a new row."""
    words = line.split()
    return (
        len(words) <= 8
        and not re.match(r"\d", line)
        and not _HEADING.match(line)
        and not FOOTNOTE.match(line)  # "*) Indikator negatif": the table's note, after its rows
        and not line.isupper()
        and not line.endswith((".", ":"))
    )


# a sentence's last word and full stop ("... dibagi realisasi."); a header ends in a label or an
# abbreviation ("Ket.", "Real.")
_SENTENCE_END = re.compile(r"[a-z]{5,}\.\s*$")


def _mostly_lower_case(line: str) -> bool:
    """A line of prose: most of its words are lower case, where a header's labels are capitalised."""
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 6 and sum(w.islower() for w in words) * 2 > len(words)


def _text_header(line: str, vocabulary: Vocabulary, above: str = "") -> list[str] | None:
    """The value columns a header line names, in their order (None when it is not a header).
    ``above``: the line before, where a two-line header names its indicator column and groups."""
    text = canonical_header(line)
    if _states_a_figure(re.sub(r"\b20[0-9]{2}\b", "", text)):
        return None
    if re.match(level_words_pattern(vocabulary) + r"\s*:", text):
        # "Kegiatan: Penuntasan Target Sambungan Air": a group row's name, whatever its words
        return None
    if "=" in line or _SENTENCE_END.search(line) or _mostly_lower_case(line):
        # "capaian = target / realisasi", "... dihitung dari target dibagi realisasi.", "...
        # dilakukan dengan membandingkan target dan realisasi": a sentence names the columns
        # but heads no table
        return None
    cues = [
        ("serapan", "absorption"),
        ("pagu anggaran", "pagu"),  # one column's label, not a pagu and an anggaran column
        ("pagu", "pagu"),
        ("realisasi anggaran", "budget_realisation"),
        ("realisasi keuangan", "budget_realisation"),
        ("anggaran", "pagu"),
        ("target", "target"),
        ("realisasi", "realisation"),
        ("capaian", "achievement"),
        ("%", "achievement"),
    ]
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for cue, kind in cues:
        # a label opens a word: "pencapaian" in a group row's name is no "capaian" column
        for match in re.finditer(r"(?<![a-z])" + re.escape(cue), text):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            found.append((match.start(), kind))
    kinds = [kind for _, kind in sorted(found)]
    values = [k for k in kinds if k in VALUE_KINDS]
    named = f"{text} {canonical_header(above)}"
    # A short line naming target, realisation and achievement is a header even when OCR put the
    # indicator column's label on a line of its own (a shaded header read cell by cell).
    three = {"target", "realisation", "achievement"} <= set(values) and len(text) < 100
    if values == ["target"] and _heads_a_target_list(text):
        return values
    if len(values) < 2 or not (
        three or any(w in named for w in ("indikator", "uraian", "sasaran", "program", "kegiatan"))
    ):
        return None
    # "% Capaian" or "Capaian (%)" is one column; after a pagu, "Realisasi" and "%" are the budget's.
    # "Serapan %" is one column too.
    merged: list[str] = []
    for kind in values:
        if "pagu" in merged:
            kind = {"realisation": "budget_realisation", "achievement": "absorption"}.get(kind, kind)
        if merged and kind == merged[-1] and kind in ("achievement", "absorption"):
            continue
        merged.append(kind)
    return merged


def _heads_a_target_list(text: str) -> bool:
    """A plan's header naming one figure column ("No  Indikator Sasaran  Satuan  Target 2026", a
    Perjanjian Kinerja): the indicator and unit columns beside the target's, on a short line."""
    return len(text) < 80 and "indikator" in text and any(w in text for w in ("satuan", "sat."))


def _states_a_figure(text: str) -> bool:
    """A line with a figure is a row, not a header; a lone digit inside the line ("No 3 Indikator
    ... Target"), where a scan's speck or a column's number was read, is no figure of a row."""
    if parse_number(text) is None:
        return False
    lone_digits = _LONE_DIGIT.findall(text)
    return (
        len(lone_digits) != 1
        or re.search(r"\d[.,%)]*$", text) is not None
        or parse_number(_LONE_DIGIT.sub("", text)) is not None
    )


_LONE_DIGIT = re.compile(r"(?<!\S)\d(?!\S)")


_USUAL_ORDER = ("target", "realisation", "achievement", "pagu", "budget_realisation", "absorption")


def _in_usual_order(kinds: list[str] | None) -> list[str] | None:
    """Header words OCR read out of order, put in the order report tables use (target,
    realisation, achievement, then the budget's); a header naming a kind twice is left alone."""
    if kinds is None or len(set(kinds)) != len(kinds):
        return kinds
    return sorted(kinds, key=_USUAL_ORDER.index)


# Specks a scan leaves on a figure's edge (":230", "“103,91", "15:", "96,00."): not the figure's.
SPECKS = ":;'‘’“”\"`.,"


def _split_figures(line: str) -> tuple[str, list[str]]:
    """The line's leading words and its trailing figures ("-" kept as a not-stated figure)."""
    tokens = line.split()
    figures: list[str] = []
    while tokens and not tokens[-1].strip(SPECKS) and not _is_dash(tokens[-1]):
        tokens.pop()  # a speck after the row's last figure (":", ".")
    while tokens:
        token = tokens[-1]
        if token in ("%", "persen"):
            if figures:
                figures[0] = figures[0] + "%" if not figures[0].endswith("%") else figures[0]
            tokens.pop()
            continue
        token = token.strip(SPECKS) or token
        bare = token.rstrip("%")
        if _is_dash(bare) or re.fullmatch(r"-?\d[\d.,]*", bare):
            figures.insert(0, token)
            tokens.pop()
            continue
        if token.lower() in ("rp", "rp.") and figures:
            tokens.pop()
            continue
        break
    if not figures:
        return " ".join(line.split()), figures
    while tokens and not tokens[0].strip(SPECKS):
        tokens = tokens[1:]  # a speck before the row's number
    # the row's number, a "1" of it perhaps read as "l" or "I" ("1l" for "11")
    if tokens and re.fullmatch(r"\d[\dlI]{0,2}[.)]?", tokens[0]):
        tokens = tokens[1:]
    return " ".join(tokens), figures


def _unit_at_end(name: str, vocabulary: Vocabulary, *, ocr: bool = False) -> tuple[str, str | None]:
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            if tail.lower() in vocabulary.units.known:
                return " ".join(words[:-size]), tail
    if ocr and len(words) > 1:
        # the unit cell's left rule read as a letter or a bracket glued to it ("lpaket", "Jtitik",
        # "(titik"): a known unit after that one character is the unit
        last = words[-1].rstrip(".")
        if last[:1] in _RULE_LOOKALIKES and last[1:].lower() in vocabulary.units.known:
            return " ".join(words[:-1]), last[1:]
    return name, None


# What OCR makes of a vertical rule glued to the next cell's first letter.
_RULE_LOOKALIKES = frozenset("lIJj(|[!")


def _assign(tokens: list[str], columns: list[str], *, ocr: bool = False) -> dict[str, float | None] | None:
    if ocr and len(tokens) == len(columns) + 1 and _stray_percent(tokens[-1], tokens[-2]):
        tokens = tokens[:-1]
    if ocr and len(tokens) == len(columns) + 1 and _is_dash(tokens[-1]) and _fits(tokens[:-1], columns):
        tokens = tokens[:-1]  # a rule's speck after a full row, read as a dash
    if len(tokens) != len(columns):
        # A leading row number read as a figure, or the unit column holding a number: keep the last.
        # A dash first is neither: the surplus is at the end then ("- 1.387 - -").
        if len(tokens) > len(columns):
            tokens = tokens[: len(columns)] if _is_dash(tokens[0]) else tokens[-len(columns) :]
        else:
            return None
    values: dict[str, float | None] = {}
    for token, kind in zip(tokens, columns, strict=True):
        values[kind] = parse_number(token)
    return values if any(v is not None for v in values.values()) else None


# How far, in points, a scanned row's stated percentage may sit from the one its figures give.
_SUMS_AGREE = 0.6


def achievement_fits(target: float | None, realisation: float | None, achievement: float | None) -> bool:
    """Whether the achievement is within ``_SUMS_AGREE`` of one the target and realisation give,
    in either direction; False when a figure is missing or the target or realisation is 0."""
    if target is None or realisation is None or achievement is None or not target or not realisation:
        return False
    higher, lower = by_direction(target, realisation)
    return min(abs(achievement - g) for g in (*higher, *lower)) <= _SUMS_AGREE


def _fits(tokens: list[str], columns: list[str]) -> bool:
    """The figures read in these columns give an achievement its target and realisation give."""
    figures = dict(zip(columns, (parse_number(t) for t in tokens), strict=True))
    return achievement_fits(figures.get("target"), figures.get("realisation"), figures.get("achievement"))


def _columns_told_by(tokens: list[str]) -> list[str] | None:
    """The columns of a scanned table whose header OCR could not read, told by a row's figures:
    three are the target, realisation and achievement, six those and the pagu, budget
    realisation and absorption, when the row's own arithmetic says so (the achievement its
    realisation against its target, either direction; the absorption its spending against its
    pagu). None when no such row tells them."""
    if len(tokens) == len(_USUAL_ORDER):
        return _all_usual_columns([], tokens) or None
    kinerja = list(_USUAL_ORDER[:3])
    return kinerja if len(tokens) == len(kinerja) and _fits(tokens, kinerja) else None


def _with_lost_realisation(columns: list[str], tokens: list[str]) -> list[str]:
    """An OCR'd header that lost its "Realisasi" label ("Target  Capaian (%)  Pagu ..."), under
    which a row holds one figure more than the header names: the figure after the target is the
    realisation when the achievement beside it is the one the two give (either direction, as a
    lower-is-better indicator counts it). Otherwise the columns as read."""
    if "realisation" in columns or len(tokens) != len(columns) + 1:
        return columns
    at = next((i for i in range(len(columns) - 1) if columns[i : i + 2] == ["target", "achievement"]), None)
    if at is None:
        return columns
    target, realisation, achievement = (parse_number(t) for t in tokens[at : at + 3])
    if not target or not realisation or achievement is None:
        return columns
    if (
        min(abs(achievement - 100 * realisation / target), abs(achievement - 100 * target / realisation))
        > _SUMS_AGREE
    ):
        return columns
    return [*columns[: at + 1], "realisation", *columns[at + 1 :]]


def _kinerja_only(columns: list[str], tokens: list[str]) -> list[str]:
    """A scanned row with figures for its kinerja columns only, its budget cells blank (an
    indicator of a programme, budgeted on its sub-activities' rows): the three figures are the
    target, realisation and achievement when the row's arithmetic says so (either direction).
    Otherwise the columns as read."""
    kinerja = list(_USUAL_ORDER[:3])
    if len(tokens) != len(kinerja) or columns[: len(kinerja)] != kinerja or len(columns) == len(kinerja):
        return columns
    target, realisation, achievement = (parse_number(t) for t in tokens)
    return kinerja if achievement_fits(target, realisation, achievement) else columns


def _all_usual_columns(columns: list[str], tokens: list[str]) -> list[str]:
    """A scanned row holding more figures than the header OCR read names (its budget labels were
    read apart from the rest): six figures are the usual six columns when the row's own
    arithmetic says so, the achievement its realisation against its target (either direction)
    and the absorption its budget realisation against its pagu. Otherwise the columns as read."""
    if len(tokens) != len(_USUAL_ORDER) or len(columns) >= len(tokens):
        return columns
    figures = [parse_number(t) for t in tokens]
    target, realisation, achievement, pagu, spent, absorption = figures
    if not achievement_fits(target, realisation, achievement):
        return columns
    if pagu is None or spent is None or absorption is None or not pagu:
        return columns
    if abs(absorption - 100 * spent / pagu) > _SUMS_AGREE:
        return columns
    return list(_USUAL_ORDER)


def _is_dash(token: str) -> bool:
    return token in ("-", "–", "—")


def _stray_percent(token: str, before: str) -> bool:
    """A "%" after the row's last figure that OCR read as a number of its own ("107 96", "91,5 4"):
    a bare one- or two-digit token right after a figure that already ends the row."""
    return bool(re.fullmatch(r"\d{1,2}", token)) and bool(re.fullmatch(r"-?\d[\d.,]*%?", before))
