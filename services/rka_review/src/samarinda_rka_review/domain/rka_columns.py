"""Which column of an RKA table holds what: the header's labels, checked and completed by the body.

Labels alone are not enough on sheets laid out by someone else: ``Jml`` may be a volume, a
``Satuan`` merged under ``Harga`` is a unit price, a column may carry a label no vocabulary knows.
The body settles it: in a budget line the Jumlah is Volume × Harga Satuan (plus PPN), so the
numeric columns whose values multiply that way on most lines are those three, whatever their
labels say; the Uraian is the column of words. Every role read from contents is recorded with the
reason, for the intake report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise, permutations

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import parse_decimal
from samarinda_common.rupiah import RupiahMention, find_rupiah_amounts
from samarinda_common.table_rows import cell_at

from samarinda_rka_review.domain.rules import RKA_LAYOUT

_INFERENCE = RKA_LAYOUT.inference
_KOEFISIEN_FACTOR = re.compile(r"(\d[\d.,]*)\s*([A-Za-z/()]*)")
# The sign between a koefisien's factors: ``x``, ``×`` or ``*`` — and, in a blurred scan, the
# guillemets an OCR reads a small ``x`` as (``5 Org » 2 Kali``); no count is written with those.
TIMES = r"[xX×*«»]"
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A size naming the unit it follows (``8 Lembar 2 x 3 m``, ``4 Unit 3 x 6 m2``): a measure of each
# piece, not more factors of the count.
_SIZE_OF_UNIT = re.compile(r"(?<=[A-Za-z])\s+\d[\d.,]*\s*[xX×]\s*\d[\d.,]*\s*(?:cm|mm|m)(?![A-Za-z])\S*")
_SPILLED_WORDS = re.compile(r"^\s*([A-Za-z][^\d\s]*(?:\s+[A-Za-z][^\d\s]*)*)\s+(\d.*)$")
_WORD_BEFORE_PRICE = re.compile(r"^\s*([A-Za-z]+)\s+(\d[\d.,]*)\s*$")
_QUANTITY_TEXT = re.compile(r"^\s*\d[\d.,]*\s*[A-Za-z]")
# One separator before exactly three digits, ending the number: ``1.000``, ``1,200`` (not
# ``1.000.000`` nor ``1.250,5``).
_AMBIGUOUS_COUNT = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![.,]?\d)")
# Columns whose label already says they are not amounts: never re-read as quantity, price or total.
_NOT_AMOUNTS = ("no", "kode_rekening", "uraian", "spesifikasi", "ppn", "frekuensi")


@dataclass(frozen=True)
class ColumnFit:
    columns: dict[str, int]
    inferred: dict[str, str] = field(default_factory=dict)  # field -> why it was read from contents
    first_line: int | None = None  # row of the first line where Jumlah = Volume × Harga holds


def parse_koefisien(text: str | None) -> Decimal | None:
    """``10 Orang x 2 Kali`` → 20; ``0,5 Tahun`` → 0.5; ``2.000 Pasang`` → 2000; None when it
    holds no number."""
    if not text:
        return None
    # A bracket restates or details the count (``6 OH (2 Orang x 3 Hari)``, ``1 Paket (20 orang x
    # 2 hari)``): the count outside it is the koefisien, the bracket only when nothing is outside.
    text = _SIZE_OF_UNIT.sub(" ", text)
    outside = _BRACKETED.sub(" ", text)
    text = outside if re.search(r"\d", outside) else re.sub(r"[()\[\]]", " ", text)
    product: Decimal | None = None
    # ``3 Jam x. 4 Kali``: a scan may put a dot or a colon after the sign.
    for part in re.split(rf"\s*{TIMES}[.,:;]?\s*(?=\d)", text.strip()):
        match = _KOEFISIEN_FACTOR.match(part.strip())
        if not match:
            continue
        # Koefisien are counts written the Indonesian way: a dot before three digits groups
        # thousands (SIPD writes fractions with a comma, ``0,5``).
        digits = match.group(1).rstrip(".,")
        number = parse_decimal(digits, money=bool(_DOTTED_THOUSANDS.fullmatch(digits)))
        if number is None:
            continue
        product = number if product is None else product * number
    return product


def spilled_words(koefisien: str | None, is_unit: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """``Biaya cetak | lengkap 4 Buah`` on a page with no ruling: the Uraian's last words ran into
    the Koefisien column. Words before the count that are not a unit go back to the Uraian:
    (the words or None, the koefisien without them)."""
    found = _SPILLED_WORDS.match(koefisien or "")
    if found is None or is_unit(found.group(1)):
        return None, koefisien
    return found.group(1), found.group(2)


def rejoin_unit_overflow(
    satuan: str | None, harga: CellValue, is_unit: Callable[[str], bool]
) -> tuple[str | None, CellValue]:
    """``Pak isi 25 l | embar 310.000``: a long Satuan printed into the Harga column, which the
    page's column edges cut apart. The word before the price goes back to the Satuan — glued to
    its last letters when together they make a unit (``b`` + ``ox``), else as a word of its own."""
    found = _WORD_BEFORE_PRICE.match(harga) if isinstance(harga, str) else None
    if found is None or not satuan or found.group(1).lower() == "rp":
        return satuan, harga
    word, tail = found.group(1), satuan.split()[-1]
    joined = satuan + word if is_unit(tail + word) else f"{satuan} {word}"
    return joined, found.group(2)


def quantity(value: CellValue) -> Decimal | None:
    """A count in a volume or koefisien cell: a number, or the product in ``2 Orang x 3 Kali``."""
    if isinstance(value, str) and _QUANTITY_TEXT.match(value):
        return parse_koefisien(value)
    return parse_decimal(value, money=True)


def _whole_amount(text: str) -> RupiahMention | None:
    """The one amount the cell is, whole (``Rp 1.250.000``, ``56,5 rb``); None otherwise."""
    mentions = find_rupiah_amounts(text)
    return mentions[0] if len(mentions) == 1 and mentions[0].text == text.strip() else None


def figure(value: CellValue) -> Decimal | None:
    """A number in a line's cell: a price written with a scale word (``56,5 rb``, ``1,25 jt``)
    as its amount, not as a count of "rb"; anything else as ``quantity`` reads it. A whole-cell
    amount is read by the money grammar, which knows ``Rp58,500`` from an English-locale sheet
    for 58 500 rupiah (a mention in running text is read as 58,5)."""
    if isinstance(value, str) and (amount := _whole_amount(value)) is not None:
        read = parse_decimal(value, money=True)
        return read if read is not None else Decimal(amount.value)
    return quantity(value)


def count_readings(text: str | None, read: Decimal) -> tuple[Decimal, ...]:
    """``read`` (a count as parsed from ``text``), then the other readings ``text`` allows.

    A count with one separator before exactly three digits is ambiguous: ``1.000`` and ``1,000``
    are a thousand to an author who groups thousands (Indonesian dots, English commas) and one
    to a reader who takes the separator for a decimal one; the parsed product is then off by a
    factor of a thousand either way."""
    if not text or read <= 0 or not _AMBIGUOUS_COUNT.search(text):
        return (read,)
    return (read, read * 1000, read / 1000)


def volume_for(text: str | None, read: Decimal, harga: int, jumlah: int) -> Decimal:
    """The reading of a written count under which Volume × Harga Satuan (+ PPN) = Jumlah. When
    none fits (the arithmetic check then judges the line), the reading whose product comes
    closest to the Jumlah: the author's error is then stated in the author's own count."""
    readings = count_readings(text, read)
    if harga <= 0 or jumlah <= 0 or len(readings) == 1:
        return read
    fitting = [r for r in readings if adds_up(r, Decimal(harga), Decimal(jumlah))]
    if fitting:
        return fitting[0]

    def distance(reading: Decimal) -> Decimal:
        ratio = reading * harga / jumlah
        return max(ratio, 1 / ratio)

    return min(readings, key=distance)


def _numbers(rows: Sequence[Sequence[CellValue]], width: int) -> list[list[Decimal | None]]:
    return [[figure(cell_at(row, col)) for col in range(width)] for row in rows]


def adds_up(volume: Decimal, price: Decimal, total: Decimal) -> bool:
    """Whether Volume × Harga Satuan is the Jumlah, with or without one of the PPN rates, within
    the rounding tolerance (both from ``rka_layout.toml``)."""
    if total <= 0 or volume <= 0 or price <= 0:
        return False
    base = volume * price
    tolerance = max(Decimal(1), total * Decimal(str(_INFERENCE.tolerance)))
    return any(abs(base * (100 + rate) / 100 - total) <= tolerance for rate in _INFERENCE.ppn_rates)


def _support(grid: list[list[Decimal | None]], v: int, h: int, j: int) -> tuple[int, int]:
    """(lines where J = V × H, lines with all three numbers)."""
    hits = seen = 0
    for numbers in grid:
        a, b, c = numbers[v], numbers[h], numbers[j]
        if a is None or b is None or c is None or c <= 0:
            continue
        seen += 1
        hits += adds_up(a, b, c)
    return hits, seen


def _enough(hits: int, seen: int) -> bool:
    return hits >= min(2, seen) and hits > 0 and hits >= _INFERENCE.min_share * seen


def _median(values: Sequence[Decimal | None]) -> Decimal:
    known = sorted(v for v in values if v is not None)
    return known[len(known) // 2] if known else Decimal(0)


def _is_words(value: CellValue) -> bool:
    return isinstance(value, str) and len(re.findall(r"[A-Za-z]{2,}", value)) >= 2


def fit_columns(
    rows: Sequence[Sequence[CellValue]], body_start: int, labelled: Mapping[str, int]
) -> ColumnFit:
    """The labelled columns, with Volume/Harga Satuan/Jumlah checked against the body's arithmetic
    and Uraian found by its words when no label named it."""
    positions = [
        index
        for index in range(body_start, min(len(rows), body_start + _INFERENCE.sample_rows))
        if any(v not in (None, "") for v in rows[index])
    ]
    body = [rows[index] for index in positions]
    columns = dict(labelled)
    inferred: dict[str, str] = {}
    if not body:
        return ColumnFit(columns)
    width = max(len(row) for row in body)
    grid = _numbers(body, width)
    quantity_field = "volume" if "volume" in columns else "koefisien" if "koefisien" in columns else None
    labelled_triple = (
        (columns[quantity_field], columns["harga_satuan"], columns["jumlah"])
        if quantity_field and "harga_satuan" in columns and "jumlah" in columns
        else None
    )
    if quantity_field and "frekuensi" in columns:
        _times_frequency(grid, columns[quantity_field], columns["frekuensi"])
    if labelled_triple is None or not _enough(*_support(grid, *labelled_triple)):
        fixed = {col for name, col in columns.items() if name in _NOT_AMOUNTS}
        best: tuple[int, int, tuple[int, int, int]] | None = None
        numeric = [c for c in range(width) if c not in fixed and any(n[c] is not None for n in grid)]
        for v, h, j in permutations(numeric, 3):
            hits, seen = _support(grid, v, h, j)
            if _enough(hits, seen) and (best is None or (hits, -seen) > best[:2]):
                best = (hits, -seen, (v, h, j))
        if best is not None:
            v, h, j = _order(best[2], columns, grid, body)
            if (v, h, j) != labelled_triple:
                for name in ("volume", "koefisien", "harga_satuan", "jumlah", "satuan"):
                    if columns.get(name) in (v, h, j):
                        del columns[name]
                texts = sum(1 for row in body if v < len(row) and isinstance(row[v], str))
                quantity_name = "koefisien" if 2 * texts > len(body) else "volume"
                columns.update({quantity_name: v, "harga_satuan": h, "jumlah": j})
                why = f"{best[0]} lines where column {j + 1} = column {v + 1} × column {h + 1}"
                inferred.update(
                    {
                        quantity_name: f"column {v + 1}: {why}",
                        "harga_satuan": f"column {h + 1}: {why}",
                        "jumlah": f"column {j + 1}: {why}",
                    }
                )
    if (beside := _koefisien_beside(body, columns, width)) is not None:
        if "volume" not in columns:  # the count the total multiplies is then the volume
            columns["volume"] = columns.pop("koefisien")
            if "koefisien" in inferred:
                inferred["volume"] = inferred.pop("koefisien")
        columns["koefisien"], inferred["koefisien"] = beside
    first_line = None
    quantity_col = columns.get("volume", columns.get("koefisien"))
    if quantity_col is not None and "harga_satuan" in columns and "jumlah" in columns:
        h, j = columns["harga_satuan"], columns["jumlah"]
        for position, numbers in zip(positions, grid, strict=True):
            a, b, c = numbers[quantity_col], numbers[h], numbers[j]
            if a is not None and b is not None and c is not None and adds_up(a, b, c):
                first_line = position
                break
    if "uraian" not in columns:
        taken = set(columns.values())
        words = {
            col: sum(1 for row in body if col < len(row) and _is_words(row[col]))
            for col in range(width)
            if col not in taken
        }
        if words:
            col = max(words, key=lambda c: (words[c], -c))
            if words[col] >= _INFERENCE.min_share * len(body):
                columns["uraian"] = col
                inferred["uraian"] = f"column {col + 1}: words on {words[col]} of {len(body)} rows"
    return ColumnFit(columns, inferred, first_line)


def _koefisien_beside(
    body: Sequence[Sequence[CellValue]], columns: Mapping[str, int], width: int
) -> tuple[int, str] | None:
    """A column no label placed whose cell on most lines is a count with its unit, some of them a
    product (``4 Buah``, ``50 Org x 2 Kali``): the koefisien a sheet writes in a notes column
    beside the count its total multiplies; with the reason it was read so. None when there is
    none, or when the table has its koefisien and volume already."""
    quantity_col = columns.get("volume", columns.get("koefisien"))
    if quantity_col is None or "jumlah" not in columns or ("volume" in columns and "koefisien" in columns):
        return None
    lines = [
        row
        for row in body
        if quantity(cell_at(row, quantity_col)) and figure(cell_at(row, columns["jumlah"])) is not None
    ]
    taken = set(columns.values())
    for col in range(width):
        if col in taken or not lines:
            continue
        counts = [
            text for row in lines if isinstance(text := cell_at(row, col), str) and _QUANTITY_TEXT.match(text)
        ]
        products = [text for text in counts if re.search(rf"\d\s*[A-Za-z.]*\s*{TIMES}\s*\d", text)]
        if products and len(counts) >= _INFERENCE.min_share * len(lines):
            why = f"column {col + 1}: a count with its unit on {len(counts)} of {len(lines)} lines"
            return col, f"{why}, {len(products)} of them products"
    return None


def _times_frequency(grid: list[list[Decimal | None]], quantity_col: int, frequency_col: int) -> None:
    """A Frek column multiplies the volume: the line's count is their product."""
    for numbers in grid:
        count, times = numbers[quantity_col], numbers[frequency_col]
        if count is not None and times is not None and times > 0:
            numbers[quantity_col] = count * times


def frequency(value: CellValue) -> Decimal | None:
    """A Frek cell's count (``2``, ``2 Kali``); None when empty, zero or not a count."""
    times = quantity(value)
    return times if times is not None and times > 0 else None


def _order(
    triple: tuple[int, int, int],
    columns: Mapping[str, int],
    grid: list[list[Decimal | None]],
    body: Sequence[Sequence[CellValue]],
) -> tuple[int, int, int]:
    """Volume and Harga multiply the same either way round: a column that writes its numbers with
    a unit (``25 Lembar``) is the count whatever a label says (a page with no ruling may put two
    labels in one header cell, ``Vol Harga``, over the count's column); else keep what a label
    says, otherwise the column of larger amounts is the price."""
    v, h, j = triple
    counted_v, counted_h = _counted(body, v), _counted(body, h)
    if counted_v != counted_h:
        return (v, h, j) if counted_v else (h, v, j)
    if columns.get("harga_satuan") == v or columns.get("volume") == h or columns.get("koefisien") == h:
        return h, v, j
    if columns.get("harga_satuan") == h or columns.get("volume") == v or columns.get("koefisien") == v:
        return v, h, j
    if _median([row[v] for row in grid]) > _median([row[h] for row in grid]):
        return h, v, j
    return v, h, j


def _counted(body: Sequence[Sequence[CellValue]], col: int) -> bool:
    """Whether most of the column's filled cells are a number followed by a word (a count and its
    unit), not by a scale word (``56,5 rb`` is a price)."""
    filled = [value for row in body if (value := cell_at(row, col)) not in (None, "")]
    counts = sum(
        1
        for value in filled
        if isinstance(value, str) and _QUANTITY_TEXT.match(value) and _whole_amount(value) is None
    )
    return bool(filled) and counts >= _INFERENCE.min_share * len(filled)


# A running number as typed in a No column: ``7``, ``7.``, ``7)``.
# 7, "7." or "7)"; or numbered within its section, "2.16" (one or two levels, never a code's six)
_RUNNING_NUMBER = re.compile(r"^\s*(\d{1,4}(?:\.\d{1,3}){0,2})[.)]?\s*$")
_UNIT_WORDS = 3  # a Satuan cell is a few words at most (``Orang x Hari``, ``Buah``)
_UNIT_CHARS = 24


def _line_rows(rows: Sequence[Sequence[CellValue]], body_start: int, columns: Mapping[str, int]) -> list[int]:
    """The body rows (within the sample) where Jumlah = quantity × Harga Satuan: the budget lines."""
    quantity_col = columns.get("volume", columns.get("koefisien"))
    if quantity_col is None or "harga_satuan" not in columns or "jumlah" not in columns:
        return []
    h, j = columns["harga_satuan"], columns["jumlah"]
    found = []
    for index in range(body_start, min(len(rows), body_start + _INFERENCE.sample_rows)):
        row = rows[index]
        a, b, c = (figure(cell_at(row, col)) for col in (quantity_col, h, j))
        if a is not None and b is not None and c is not None and adds_up(a, b, c):
            found.append(index)
    return found


def _running_number(value: CellValue) -> tuple[int, ...] | None:
    """The number's levels, compared in order (1.9 comes before 1.10)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    if isinstance(value, float) and value.is_integer():
        return (int(value),)
    match = _RUNNING_NUMBER.match(value) if isinstance(value, str) else None
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _is_unit_text(value: CellValue) -> bool:
    if not isinstance(value, str) or parse_decimal(value) is not None:
        return False
    text = value.strip()
    short = len(text) <= _UNIT_CHARS and len(text.split()) <= _UNIT_WORDS
    return short and bool(re.search(r"[A-Za-z]", text))


def roles_from_lines(
    rows: Sequence[Sequence[CellValue]],
    body_start: int,
    columns: Mapping[str, int],
    is_unit: Callable[[str], bool],
) -> dict[str, tuple[int, str]]:
    """No and Satuan read from the budget lines when no label named them: on the lines (rows
    where Jumlah = quantity × Harga holds), a column of increasing numbers (``7``, or ``2.16``
    within a section) left of the Uraian is the running number, and a column of short texts,
    most of them units ``is_unit`` knows, is the Satuan. Field -> (column, why)."""
    lines = _line_rows(rows, body_start, columns)
    if len(lines) < 2:
        return {}
    taken = set(columns.values())
    width = max(len(rows[index]) for index in lines)
    need = _INFERENCE.min_share * len(lines)

    def values(col: int) -> list[CellValue]:
        return [rows[index][col] if col < len(rows[index]) else None for index in lines]

    found: dict[str, tuple[int, str]] = {}
    uraian = columns.get("uraian", width)
    if "no" not in columns:
        for col in (c for c in range(uraian) if c not in taken):
            numbers = [n for n in map(_running_number, values(col)) if n is not None]
            increasing = len(numbers) >= need and all(a < b for a, b in pairwise(numbers))
            if numbers and increasing:
                found["no"] = (col, f"increasing numbers on {len(numbers)} of {len(lines)} lines")
                break
    if "satuan" not in columns:
        scored = []
        for col in (c for c in range(width) if c not in taken and c != found.get("no", (None,))[0]):
            texts = [str(v).strip() for v in values(col) if _is_unit_text(v)]
            # A specification column is short texts too, a unit among them now and then
            # ("1 liter"): a Satuan column's are units more often than not.
            units = sum(1 for text in texts if is_unit(text))
            if len(texts) >= need and 2 * units >= len(texts):
                scored.append((len(texts), -col, col))
        if scored:
            count, _, col = max(scored)
            found["satuan"] = (col, f"short unit words on {count} of {len(lines)} lines")
    return found


def lines_without_header(rows: Sequence[Sequence[CellValue]], start: int) -> ColumnFit | None:
    """The columns of a table whose header names no field we know (or that has none), read from
    its body alone: the numeric columns where Jumlah = Volume × Harga Satuan on most lines and the
    column of words. ``first_line``: where those lines begin. None when the body shows no such
    lines."""
    fit = fit_columns(rows, start, {})
    if fit.first_line is None:
        return None
    # Again from the first line: the block above it (titles, facts) must not vote on the columns.
    fit = fit_columns(rows, fit.first_line, {})
    if fit.first_line is None or "uraian" not in fit.columns:
        return None
    return fit
