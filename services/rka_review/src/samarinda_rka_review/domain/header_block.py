"""A sub-kegiatan's facts from its whole header block (``block_facts``), and the facts a sheet
states once above several sub-kegiatan (``SheetFacts``).

``header_facts`` reads what one row says; this module reads the block's rows in order (a fact
read as its code alone takes its name from the row below) and fills what a sub-kegiatan's own
rows leave out from what its sheet said above it. Apart from the table walk because it decides
what a block says, never where a block lies or when a sub-kegiatan opens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_common.extracted import CellValue

from samarinda_rka_review.domain.fact_labels import LONG_CODED_FACTS
from samarinda_rka_review.domain.header_facts import name_below_code, read_meta
from samarinda_rka_review.domain.row_kinds import is_blank
from samarinda_rka_review.domain.section_rows import section_row
from samarinda_rka_review.domain.sipd_codes import codes_under, split_code_name

_SHARED_FACTS = ("program", "urusan")


def block_facts(rows: Sequence[Sequence[CellValue]]) -> dict[str, str]:
    """The facts a header block's rows state, by key (``program``, ``sub_kegiatan``, ...)."""
    meta: dict[str, str] = {}
    indicator_cols: dict[str, int] = {}
    # A fact read as its code alone (``SUB KEGIATAN 1.02...``): its name is on the row below.
    bare: str | None = None
    for row in rows:
        if bare is not None and (name := name_below_code(row)) is not None:
            meta[bare] = f"{meta[bare]} {name}"
            bare = None
            continue
        read_before = set(meta)
        read_meta(section_row(row), meta, indicator_cols)
        if not is_blank(row):
            new = (set(meta) - read_before) & set(LONG_CODED_FACTS)
            bare = next((k for k in new if not split_code_name(meta[k])[1]), None)
    return meta


@dataclass
class SheetFacts:
    """Facts a sheet states once above several sub-kegiatan (its program, its urusan, its kegiatan)."""

    facts: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None

    def share(self, meta: dict[str, str], sheet: str | None) -> None:
        """Keep what the ``meta`` of a sub-kegiatan on ``sheet`` states for those after it, and
        fill in what it leaves out from those before it."""
        if sheet != self.sheet:
            self.facts, self.sheet = {}, sheet  # another sheet states its own
        for key in _SHARED_FACTS:
            if key in meta:
                self.facts[key] = meta[key]
            elif key in self.facts:
                meta[key] = self.facts[key]  # a sub-kegiatan's section rows name only itself
        if "kegiatan" in meta:
            self.facts["kegiatan"] = meta["kegiatan"]
        elif codes_under(meta.get("sub_kegiatan"), self.facts.get("kegiatan")):
            # A kegiatan stated once above its sub-kegiatan: the sub-kegiatan's code says it is theirs.
            meta["kegiatan"] = self.facts["kegiatan"]
