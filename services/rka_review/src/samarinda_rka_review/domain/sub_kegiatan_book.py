"""The sub-kegiatan read so far and the one still open (``SubKegiatanBook``): a draft closed into
the list, a page's sub-kegiatan joined back to the one a page break cut it from, and the next one
opened when a flat export's line row names another.

Apart from the table walk because it decides what becomes of a draft, not when it ends: the walk
says where a sub-kegiatan's header block and lines lie; the book keeps the list they make."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import cell_text
from samarinda_common.rka import SubKegiatan

from samarinda_rka_review.domain.page_continuation import continues_page_before, joined
from samarinda_rka_review.domain.sub_kegiatan_context import ROW_SUB_COLUMNS, SubKegiatanDraft, same_sub

# What sub-kegiatan of one table share when each line row names its own (a flat export).
_PARENT_FACTS = ("program", "kegiatan", "urusan", "organisasi")


@dataclass
class SubKegiatanBook:
    subs: list[SubKegiatan] = field(default_factory=list)
    draft: SubKegiatanDraft | None = None
    # Whether the last sub-kegiatan was read from a table named by its page only (``hal. 1``).
    _page_sub_last: bool = False

    def finish(self) -> None:
        if self.draft is not None:
            sub = self.draft.close()
            named = self.draft.meta.get("sub_kegiatan")
            if (
                sub is not None
                and self.draft.page_only
                and self._page_sub_last
                and continues_page_before(self.subs[-1], sub, named)
            ):
                self.subs[-1] = joined(self.subs[-1], sub)
                sub = None
            if sub is not None:
                self.subs.append(sub)
                self._page_sub_last = self.draft.page_only
        self.draft = None

    def sub_of_row(
        self, row: Sequence[CellValue], columns: dict[str, int], sheet: str | None
    ) -> SubKegiatanDraft:
        """The draft a line row belongs to: a flat export names each line's sub-kegiatan in its own
        columns, and a row naming another one than the open draft's opens that one."""
        assert self.draft is not None
        draft = self.draft
        named = " ".join(t for t in (cell_text(row, columns, f) for f in ROW_SUB_COLUMNS) if t)
        if not named or same_sub(named, draft.meta.get("sub_kegiatan")):
            return draft
        if not draft.lines:
            draft.meta["sub_kegiatan"] = named
            return draft
        meta = {key: value for key, value in draft.meta.items() if key in _PARENT_FACTS}
        meta["sub_kegiatan"] = named
        self.finish()
        self.draft = SubKegiatanDraft(meta=meta, sheet=sheet, page_only=draft.page_only)
        return self.draft
