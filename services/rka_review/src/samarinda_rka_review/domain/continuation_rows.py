"""A row that is the line above typed on to a second row: its Uraian's end, or its spesifikasi.

Apart because it is the one rule that changes a line already read, and it must refuse the rows
that only look like one (a total, a sub-group label, an account row, a labelled fact)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.rka import RkaLine

from samarinda_rka_review.domain.account_rows import account_in_cell
from samarinda_rka_review.domain.header_facts import TEXT_FACT
from samarinda_rka_review.domain.item_text import split_inline_spec
from samarinda_rka_review.domain.row_kinds import SUBGROUP_MARK, TOTAL_LABEL

# An account's name opens with its class word; a text row that does is a group, never the rest of
# the line above it.
_ACCOUNT_NAME_START = re.compile(r"(?i)^\s*belanja\b")


def continues_line_above(
    lines: list[RkaLine],
    rows: Sequence[Sequence[CellValue]],
    index: int,
    columns: dict[str, int],
    uraian: str,
) -> bool:
    """A row with only text in the Uraian column, right under a line, is that line's text
    typed on to a second row: ``Spesifikasi: ...`` fills its spesifikasi (its other cells may
    repeat the line's: merged cells filled down), any other text ends its uraian (``Honorarium
    Narasumber`` / ``Tingkat Provinsi``). The line is updated in ``lines`` (the sub-kegiatan's so far)."""
    at = columns.get("uraian")
    if not lines or lines[-1].row != index - 1 or at is None or not re.search(r"[A-Za-z]", uraian):
        return False
    row, above = rows[index], rows[index - 1]
    others = [(k, v) for k, v in enumerate(row) if k != at and v is not None and str(v).strip()]
    if any(k >= len(above) or v != above[k] for k, v in others):
        return False
    if TOTAL_LABEL.match(uraian) or SUBGROUP_MARK.match(uraian) or _ACCOUNT_NAME_START.match(uraian):
        return False
    if account_in_cell(uraian) is not None:
        return False
    line = lines[-1]
    name, spec = split_inline_spec(f"{line.uraian} {uraian.strip()}")
    if spec is not None and line.spesifikasi is None:
        lines[-1] = line.model_copy(update={"spesifikasi": spec})
    elif others or TEXT_FACT.match(uraian):
        return False  # a labelled fact of another kind: not this line's text
    else:
        lines[-1] = line.model_copy(update={"uraian": name})
    return True
