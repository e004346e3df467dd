"""A printout's or a scan's later page whose table names no sub-kegiatan of its own: the lines go
on under the sub-kegiatan of the page before.

A scan's second page repeats the column header (often above a ``hal. 2`` or ``Lanjutan`` line)
but not the header block; read as a table of its own, it became a second, unnamed sub-kegiatan,
so a line bought again across the page break was not compared as within one sub-kegiatan and the
page's lines were judged against no name. A page that states a sub-kegiatan other than the one
before still opens it.
"""

from __future__ import annotations

from samarinda_common.rka import SubKegiatan


def continues_page_before(before: SubKegiatan, page: SubKegiatan, named: str | None) -> bool:
    """Whether ``page`` (read from a page label's table, ``named`` the sub-kegiatan its header
    facts state, if any) is the rest of ``before``, also read from a page: it names no
    sub-kegiatan, or the one ``before`` is."""
    if named is None:
        return True
    return before.kode is not None and page.kode == before.kode


def joined(before: SubKegiatan, page: SubKegiatan) -> SubKegiatan:
    """``before`` with the page's lines and account groups after its own; a fact the first page
    lost is taken from the later one, and the total printed last is the sub-kegiatan's."""
    facts = ("program", "kegiatan", "indikator", "target", "urusan", "lokasi")
    return before.model_copy(
        update={
            "lines": [*before.lines, *page.lines],
            "groups": [*before.groups, *page.groups],
            "declared_total": before.declared_total if page.declared_total is None else page.declared_total,
            **{fact: getattr(before, fact) or getattr(page, fact) for fact in facts},
        }
    )
