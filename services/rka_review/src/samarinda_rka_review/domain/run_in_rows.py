"""A scan's account row run into the line printed above it.

When OCR bands two printed rows into one, the line's cells carry the account row's cells too: the
uraian ends in the account's code and name (``Cangkul 5.1.02.01.01.0031 Belanja Alat Pertanian``)
and the Jumlah cell holds both amounts, apart (``255.000 1.023.000``) or read as one number
(``255.000.1.023.000``). The line keeps its own part; the account opens
below it, for the lines that follow."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RUN_IN_ACCOUNT = re.compile(
    r"^(?P<item>.*\S)\s+(?P<code>5(?:\.\d+){4,})\s+(?P<name>Belanja\b.*)$", re.IGNORECASE
)
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})*")


@dataclass(frozen=True)
class RunInAccount:
    item: str
    code: str
    name: str


def run_in_account(uraian: str) -> RunInAccount | None:
    """The line's own uraian and the account row run into it, when its uraian ends in one."""
    match = _RUN_IN_ACCOUNT.match(uraian.strip())
    if match is None:
        return None
    return RunInAccount(match["item"], match["code"], match["name"].strip())


def split_run_in_amounts(text: str, line_total: int) -> tuple[int, int] | None:
    """(the line's amount, the account's subtotal) from a Jumlah cell holding both: two amounts
    apart, the first the line's; or run together, split where the first part is ``line_total``
    (volume × unit price), since nothing else says where one ends."""
    amounts = _AMOUNT.findall(text)
    if len(amounts) == 2:
        return int(amounts[0].replace(".", "")), int(amounts[1].replace(".", ""))
    if len(amounts) != 1:
        return None
    groups = amounts[0].split(".")
    for cut in range(1, len(groups)):
        first, second = "".join(groups[:cut]), "".join(groups[cut:])
        if int(first) == line_total and not second.startswith("0"):
            return int(first), int(second)
    return None
