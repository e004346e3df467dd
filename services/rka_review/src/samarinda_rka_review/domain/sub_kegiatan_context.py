"""The sub-kegiatan a line belongs to: the draft the walk fills (its facts, its lines, its account
groups with the lines each holds, the next line's id; closed into a ``SubKegiatan``), a roster of
sub-kegiatan a workbook lists on a sheet of its own, and the column of a flat export that names
each line's sub-kegiatan.

Apart from the walk because these decide what a sub-kegiatan is called, which one a row names and
which account groups a line is booked to; the walk decides only when one ends and the next begins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import HeaderMatch, normalise_label
from samarinda_common.rka import AccountGroup, RkaLine, SubKegiatan

from samarinda_rka_review.domain.fact_labels import meta_key
from samarinda_rka_review.domain.header_names import names_nothing
from samarinda_rka_review.domain.sipd_codes import is_sub_kegiatan_code, split_code_name

ROW_SUB_COLUMNS = ("sub_kegiatan_kode", "sub_kegiatan")


@dataclass
class SubKegiatanDraft:
    meta: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    lines: list[RkaLine] = field(default_factory=list)
    groups: list[AccountGroup] = field(default_factory=list)
    open_groups: list[AccountGroup] = field(default_factory=list)
    declared_total: int | None = None
    page_only: bool = False  # ``sheet`` is a page label (``hal. 1``), not a name a person gave
    # The open SIPD sub-group labels by mark (``#`` over ``-``): what the lines below are for.
    subgroups: dict[str, str] = field(default_factory=dict)

    @property
    def innermost_group(self) -> AccountGroup | None:
        return self.open_groups[-1] if self.open_groups else None

    @property
    def subgroup(self) -> str | None:
        """The open SIPD sub-group labels, outermost first: what the next line is for."""
        return " / ".join(self.subgroups[m] for m in ("#", "-") if m in self.subgroups) or None

    def open_group(self, kode: str, uraian: str | None, subtotal: int | None, row: int) -> None:
        self.subgroups.clear()  # a new account opens its own sub-groups
        self.open_groups = [g for g in self.open_groups if kode.startswith(g.kode_rekening + ".")]
        group = AccountGroup(kode_rekening=kode, uraian=uraian, declared_subtotal=subtotal, row=row)
        self.groups.append(group)
        self.open_groups.append(group)

    def add_line(self, line: RkaLine) -> None:
        """The line, booked to every account group open over it."""
        for open_group in self.open_groups:
            open_group.line_ids.append(line.line_id)
        self.lines.append(line)

    def next_line_id(self) -> str:
        """The number after the previous line's (or the count of lines), never one already used."""
        previous = self.lines[-1].line_id if self.lines else "0"
        candidate = str(int(previous) + 1) if previous.isdigit() else str(len(self.lines) + 1)
        used = {line.line_id for line in self.lines}
        while candidate in used:
            candidate += "a"
        return candidate

    def close(self) -> SubKegiatan | None:
        if not self.lines:
            return None
        named = self.meta.get("sub_kegiatan")
        if named is None and self.sheet and is_sub_kegiatan_code(self.sheet):
            named = self.sheet  # a workbook with one sheet per sub-kegiatan, each named by its code
        kode, nama = split_code_name(named)
        # A page marker, a table's title or a column label is no sub-kegiatan's name, as a header
        # fact or as the sheet's name: the sub-kegiatan is then unnamed (judged by its OPD's function).
        sheet_names = bool(self.sheet) and not self.page_only and not names_nothing(self.sheet)
        return SubKegiatan(
            kode=kode,
            nama=nama or (self.sheet or "Sub kegiatan"),
            named=(bool(nama) and not names_nothing(nama)) or (not nama and sheet_names),
            program=self.meta.get("program"),
            kegiatan=self.meta.get("kegiatan"),
            indikator=self.meta.get("keluaran"),
            target=self.meta.get("target"),
            urusan=self.meta.get("urusan"),
            lokasi=self.meta.get("lokasi"),
            sheet=self.sheet,
            lines=self.lines,
            groups=self.groups,
            declared_total=self.declared_total,
        )


def sub_kegiatan_roster(rows: Sequence[Sequence[CellValue]]) -> dict[str, dict[str, str]]:
    """The facts of each sub-kegiatan a list of them states (a workbook's own sheet ``Kode | Sub
    Kegiatan | Indikator Keluaran | Target``), by code: a flat export's lines name theirs by code only."""
    columns: dict[int, str] | None = None
    roster: dict[str, dict[str, str]] = {}
    for row in rows:
        texts = [str(value).strip() if value is not None else "" for value in row]
        if columns is None and not any(normalise_label(t) == "kode" for t in texts):
            continue
        keys = {
            i: "kode" if normalise_label(t) == "kode" else meta_key(normalise_label(t))
            for i, t in enumerate(texts)
            if t
        }
        if "kode" in keys.values() and "sub_kegiatan" in keys.values():
            columns = {i: key for i, key in keys.items() if key}
            continue
        if columns is None:
            continue
        code = next((texts[i] for i, key in columns.items() if key == "kode" and i < len(texts)), "")
        if not is_sub_kegiatan_code(code):
            continue
        roster[code] = {
            key: texts[i] for i, key in columns.items() if key != "kode" and i < len(texts) and texts[i]
        }
    return roster


# Rows under a header read for a column that names each line's sub-kegiatan.
_SUB_COLUMN_SAMPLE = 40


def sub_kegiatan_column(rows: Sequence[Sequence[CellValue]], header: HeaderMatch) -> dict[str, int]:
    """The column of a flat export that names each line's sub-kegiatan by its code and name
    (``1.06.04.1.02.0004 Pemberian ...``) under a label no column alias may hold (``Sub Kegiatan``
    alone is the label of a header fact, ``Sub Kegiatan : 1.01...`` above a table): every filled
    cell of it under the header starts with a sub-kegiatan's code. Empty when the header names
    such a column already or none is found."""
    if any(field in header.columns for field in ROW_SUB_COLUMNS):
        return {}
    body = rows[max(header.row + 1, 0) : max(header.row + 1, 0) + _SUB_COLUMN_SAMPLE]
    taken = set(header.columns.values())
    for col in range(max((len(row) for row in body), default=0)):
        if col in taken:
            continue
        cells = [
            row[col].strip()
            for row in body
            if col < len(row) and isinstance(row[col], str) and row[col].strip()
        ]
        if len(cells) >= 2 and all(is_sub_kegiatan_code(split_code_name(c)[0] or "") for c in cells):
            return {"sub_kegiatan": col}
    return {}


def named_by_roster(sub: SubKegiatan, roster: dict[str, dict[str, str]]) -> SubKegiatan:
    """A sub-kegiatan read without its name, given the facts its code has in the roster."""
    facts = roster.get(sub.kode or "")
    if not facts or sub.nama not in (sub.sheet, "Sub kegiatan"):
        return sub
    update = {
        "nama": facts.get("sub_kegiatan") or sub.nama,
        "named": True,
        "program": sub.program or facts.get("program"),
        "kegiatan": sub.kegiatan or facts.get("kegiatan"),
        "indikator": sub.indikator or facts.get("keluaran"),
        "target": sub.target or facts.get("target"),
        "urusan": sub.urusan or facts.get("urusan"),
        "lokasi": sub.lokasi or facts.get("lokasi"),
    }
    return sub.model_copy(update=update)


def same_sub(named: str, meta: str | None) -> bool:
    """Whether a row's sub-kegiatan is the draft's: by code when both have one, else by name."""
    if not meta:
        return False
    (kode, nama), (their_kode, their_nama) = split_code_name(named), split_code_name(meta)
    if kode and their_kode:
        return kode == their_kode
    return normalise_label(nama) == normalise_label(their_nama)
