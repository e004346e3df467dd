"""Account codes and names where a table writes them: an account group row written as text (code
and name in one cell, code first or name first, or the code under the No), a line's own account
cell, and a column naming each line's account beside its code.

Kept together because they all read the belanja account a row belongs to, and apart from the
walk that opens the account groups they find."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import HeaderMatch, cell, cell_text, parse_rupiah
from samarinda_common.table_rows import cell_at

from samarinda_rka_review.domain.sipd_codes import ACCOUNT_CODE

# An account grouping row written in one cell, in the Uraian column or merged across the row
# (``5.1.02.01.01.0024 - Belanja Alat/Bahan ...``): a belanja account code, then its name.
# The code may be bracketed (``[5.1.02.01.01.0024] Belanja ...``) or labelled as what it is
# (``Rek. 5.1.02.01.01.0024 - Belanja ...``, ``Kode Rekening: 5.1.02...``, ``Akun 5.1.02...``).
_ACCOUNT_IN_TEXT = re.compile(
    r"^\s*(?i:(?:kode\s+)?rek(?:ening)?\.?|akun)?\s*:?\s*"
    r"[\[(]?\s*(5(?:\.\d+){2,})\s*[\])]?\s*[-–:.]?\s*([A-Za-z].*)$"
)
# The same written name first, the code after it (``Belanja Alat Tulis Kantor (5.1.02.01.01.0024)``).
_ACCOUNT_AFTER_NAME = re.compile(r"^\s*([A-Za-z].*?)\s*(?:[-–:]\s*|[\[(]\s*)(5(?:\.\d+){2,})\s*[\])]?\s*$")
_BELANJA_CODE = re.compile(r"^5(?:\.\d+){2,}$")


def account_in_cell(text: str | None) -> tuple[str, str] | None:
    """(code, name) of a belanja account written in one cell, code first or name first."""
    text = _without_code_echo(text or "")
    code_first = _code_then_name(text)
    if code_first is not None:
        return code_first
    after = _ACCOUNT_AFTER_NAME.match(text or "")
    if after:
        return after.group(2), after.group(1).strip()
    return None


# An unfinished code (``5.1.``, ending in its dot): on a scan, the head of the code beside it
# read a second time where the row's cell is merged across the No column.
_CODE_HEAD = re.compile(r"^\d+(?:\.\d+)*\.\)?$")


def _without_code_echo(text: str) -> str:
    """The cell's text without an unfinished code standing next to the code it begins
    (``5.1. 5.1.02.01.01.0024 Belanja ...``, or after it); any other text stays as read."""
    words = text.split()
    kept = [
        word
        for index, word in enumerate(words)
        if not (_CODE_HEAD.match(word) and any(_echoes(word, next_to) for next_to in _beside(words, index)))
    ]
    return " ".join(kept) if len(kept) < len(words) else text


def _beside(words: list[str], index: int) -> list[str]:
    return words[max(0, index - 1) : index] + words[index + 1 : index + 2]


def _echoes(head: str, word: str) -> bool:
    """Whether ``head`` (an unfinished code) is the beginning of the longer code ``word``."""
    stem = head.rstrip(")")
    code = word.strip("()[]")
    return len(code) > len(stem) and code.startswith(stem) and ACCOUNT_CODE.match(code) is not None


def _code_then_name(text: str | None) -> tuple[str, str] | None:
    """(code, name) of a belanja account written code first (``5.1.02.01 - Belanja Barang``)."""
    match = _ACCOUNT_IN_TEXT.match(text or "")
    return (match.group(1), match.group(2).strip()) if match else None


def written_account(kode: str | None) -> tuple[str, str | None] | None:
    """A line's own account cell as (code, name): the code alone, or the code with the account's
    name written after it in the same cell (``5.1.02.01.01.0024 - Belanja Alat Tulis Kantor``)."""
    if not kode:
        return None
    if ACCOUNT_CODE.match(kode):
        return kode, None
    written = _code_then_name(kode)
    return (written[0], re.sub(r"\s+", " ", written[1])) if written else None


def account_name_column(
    rows: Sequence[Sequence[CellValue]], header: HeaderMatch, sample: int = 40
) -> int | None:
    """A sheet that writes each line's account code may write the account's name beside it, under
    a label no vocabulary need know: the column of words that is the same on every line of one
    code and differs between codes (at least two codes, each on one name only)."""
    code_col = header.columns.get("kode_rekening")
    if code_col is None:
        return None
    body = [row for row in rows[header.row + 1 : header.row + 1 + sample] if code_col < len(row)]
    coded = [
        (str(row[code_col]).strip(), row)
        for row in body
        if ACCOUNT_CODE.match(str(row[code_col] or "").strip())
    ]
    taken = set(header.columns.values())
    width = max((len(row) for _, row in coded), default=0)
    for col in range(width):
        if col in taken:
            continue
        names: dict[str, set[str]] = {}
        for code, row in coded:
            value = cell_at(row, col)
            if not isinstance(value, str) or not re.search(r"[A-Za-z]{3}", value):
                break
            names.setdefault(code, set()).add(re.sub(r"\s+", " ", value).strip().lower())
        else:
            distinct = {name for found in names.values() for name in found}
            if (
                len(names) >= 2
                and all(len(found) == 1 for found in names.values())
                and len(distinct) == len(names)
            ):
                return col
    return None


def account_name_elsewhere(row: Sequence[CellValue], columns: dict[str, int]) -> str | None:
    """An account row's name written beside its code in another column than the Uraian (under
    the No, when the code comes first): the row's first words outside the code's column."""
    code_col = columns.get("kode_rekening")
    for col, value in enumerate(row):
        if col != code_col and isinstance(value, str) and re.search(r"[A-Za-z]{2}", value):
            return re.sub(r"\s+", " ", value).strip()
    return None


def account_name_in(row: Sequence[CellValue], col: int | None) -> str | None:
    """The account's name a line row writes in the column ``account_name_column`` found."""
    value = row[col] if col is not None and col < len(row) else None
    return re.sub(r"\s+", " ", value).strip() or None if isinstance(value, str) else None


def account_row_in_text(
    row: Sequence[CellValue], columns: dict[str, int], uraian: str
) -> tuple[str, str] | None:
    """An account grouping row written as text (code and name in one cell): no unit price."""
    if parse_rupiah(cell(row, columns, "harga_satuan")):
        return None
    first = next((v for v in row if isinstance(v, str) and v.strip()), "")
    # the code and name under Kode Rekening, which need not be the row's first text (a table
    # whose Jumlah, written as text, stands left of it)
    for text in (uraian, cell_text(row, columns, "kode_rekening") or "", first):
        written = account_in_cell(text)
        if written is not None:
            return written
    # the code alone in another column (under No), its name under Uraian
    amounts = {columns.get("harga_satuan"), columns.get("jumlah")}
    for col, value in enumerate(row):
        code = value.strip() if isinstance(value, str) else ""
        if col not in amounts and _BELANJA_CODE.match(code) and re.search(r"[A-Za-z]", uraian):
            return code, uraian
    return None
