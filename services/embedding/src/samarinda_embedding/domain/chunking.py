"""Structure-aware chunking of an extracted document into citable pieces.

Text is chunked page by page (a chunk never spans pages, so every chunk cites one page) and
section by section under the nearest heading; inside a section semchunk splits on the largest
natural boundary first (blank lines, then lines, then sentences) up to ``chunk_tokens`` with
``overlap_tokens`` carried over. Table rows are never split: each chunk is one row, or a few
rows, rendered as ``header: value`` pairs so that every chunk carries its own column names.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

import semchunk
from samarinda_common.extracted import CellValue, ExtractedDocument, ExtractionMethod, Page, Table

TokenCounter = Callable[[str], int]


class ChunkKind(StrEnum):
    TEXT = "text"
    TABLE_ROWS = "table_rows"


@dataclass(frozen=True)
class ChunkingPolicy:
    chunk_tokens: int = 256
    overlap_tokens: int = 32
    table_rows_per_chunk: int = 1

    def __post_init__(self) -> None:
        if self.chunk_tokens < 16:
            raise ValueError("chunk_tokens must be at least 16")
        if not 0 <= self.overlap_tokens < self.chunk_tokens // 2:
            raise ValueError("overlap_tokens must be between 0 and half of chunk_tokens")
        if self.table_rows_per_chunk < 1:
            raise ValueError("table_rows_per_chunk must be at least 1")


@dataclass(frozen=True)
class Chunk:
    id: str
    document_id: str
    position: int  # order within the document
    kind: ChunkKind
    text: str
    page: int | None = None
    sheet: str | None = None
    heading: str | None = None
    table: int | None = None
    first_row: int | None = None  # 0-based row indexes in the extracted table, inclusive
    last_row: int | None = None

    def embedding_text(self) -> str:
        """What the embedder sees: the text under its heading, so a chunk keeps its context."""
        if self.heading and not self.text.startswith(self.heading):
            return f"{self.heading}\n{self.text}"
        return self.text


def chunk_id(document_id: str, page: int | None, kind: ChunkKind, position: int) -> str:
    """Deterministic, so re-processing a document overwrites its chunks instead of adding more."""
    key = f"{document_id}|{page}|{kind.value}|{position}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


# Section numbers are short ("3", "3.1.2"): a wrapped line that starts with a figure
# ("61.420.000.000. Realisasi ...") is running text, not a heading.
_NUMBERED_HEADING = re.compile(
    r"^(?i:bab\s+[ivxlc\d]+|pasal\s+\d+|[ivxlc]+\.|\d{1,2}(?:\.\d{1,2})*\.?)\s+[A-Z]"
)


_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")
# A figure closing a line after its label: an amount (digits grouped by dots) or a number of three
# digits or more that is no year. A heading closes at most with a year or a short number
# ("LAPORAN TAHUN 2031", "LAMPIRAN 2").
_LABELLED_FIGURE = re.compile(
    r"[^\W\d_].*\s(?:Rp\.?\s*)?(?!(?:19|20)\d{2}\b)(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{3,}(?:,\d+)?)\s*$",
    re.IGNORECASE,
)


def is_heading(line: str) -> bool:
    """A short line that names a section: ``BAB II``, ``3.1 Realisasi Anggaran``, ``PENDAHULUAN``."""
    text = line.strip()
    if not text or len(text) > 90 or len(text.split()) > 12:
        return False
    if text.endswith((".", ",", ";", ":")):
        return False  # sentences, list items and labels end with punctuation, headings do not
    if len(_FIGURE.findall(text)) >= 2:
        return False  # a table row printed as text ("1  Samarinda Ulu  1.842  2.210.400.000")
    if _LABELLED_FIGURE.search(text):
        return False  # a total line in capitals ("TOTAL BAYAR 1.362.500") states its figure
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    return bool(_NUMBERED_HEADING.match(text))


def _sections(text: str) -> Iterator[tuple[str | None, str]]:
    """(heading, body) pairs in reading order; text before the first heading has none."""
    heading: str | None = None
    body: list[str] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if is_heading(line) and not _continues(lines[index + 1 : index + 2]):
            if any(b.strip() for b in body):
                yield heading, "\n".join(body).strip()
            elif heading is not None:
                yield None, heading  # a heading with nothing under it is still text of the page
            heading, body = line.strip(), []
        else:
            body.append(line)
    if any(b.strip() for b in body):
        yield heading, "\n".join(body).strip()
    elif heading is not None:
        yield None, heading


def _continues(following: Sequence[str]) -> bool:
    """Whether the next line carries on the line before it (it starts in lower case): a numbered
    list item wrapped onto two lines ("3. Pengadaan laptop ... bukan pada" / "belanja barang dan
    jasa.") is a sentence, not a section heading."""
    rest = following[0].lstrip() if following else ""
    return bool(rest) and rest[0].islower()


def _has_words(text: str) -> bool:
    # A rule line or a lone page number says nothing and embeds to nothing.
    return any(c.isalnum() for c in text)


def _format_cell(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return re.sub(r"\s+", " ", str(value)).strip()


def render_row(row: Sequence[CellValue], header: Sequence[CellValue] | None) -> str:
    """``Uraian: Kertas HVS | Satuan: rim | Harga: 45000``; unnamed cells are listed bare."""
    parts: list[str] = []
    for index, value in enumerate(row):
        text = _format_cell(value)
        if not text:
            continue
        label = _format_cell(header[index]) if header is not None and index < len(header) else ""
        parts.append(f"{label}: {text}" if label else text)
    return " | ".join(parts)


def table_caption(table: Table) -> str | None:
    """The lines above a table's header (its title, its period, "(dalam Rupiah)"): what every
    row is about and the unit its bare figures are in, though no row repeats them. A merged
    title cell is read once."""
    if not table.header_row:
        return None
    lines: list[str] = []
    for row in table.rows[: table.header_row]:
        cells = list(dict.fromkeys(t for t in (_format_cell(v) for v in row) if t))
        if cells:
            lines.append(" ".join(cells))
    return " — ".join(lines) or None


def _is_sub_header(row: Sequence[CellValue], header: Sequence[CellValue]) -> bool:
    """A second header line under merged column names ("SD" over "Negeri" and "Swasta"): words
    only, repeating the header where a column is not split, under a header that names two columns
    alike."""
    texts = [_format_cell(v) for v in row]
    names = [_format_cell(v) for v in header]
    if any(not isinstance(v, str) and v is not None for v in row) or any(re.search(r"\d", t) for t in texts):
        return False
    split = [i for i, t in enumerate(texts) if t and i < len(names) and t != names[i]]
    repeated = any(names[i] and names[i] == names[i + 1] for i in range(len(names) - 1))
    return bool(split) and repeated and all(names[i] for i in split)


def _merged_header(header: Sequence[CellValue], sub: Sequence[CellValue]) -> list[CellValue]:
    """Each column's name with its second header line ("SD Negeri", "SD Swasta")."""
    merged: list[CellValue] = []
    for index, name in enumerate(header):
        below = _format_cell(sub[index]) if index < len(sub) else ""
        merged.append(f"{_format_cell(name)} {below}" if below and below != _format_cell(name) else name)
    return merged


def _table_chunks(table: Table, rows_per_chunk: int) -> Iterator[tuple[str, int, int]]:
    header = table.rows[table.header_row] if table.header_row is not None else None
    body_start = (table.header_row + 1) if table.header_row is not None else 0
    if header is not None and body_start < len(table.rows) and _is_sub_header(table.rows[body_start], header):
        header = _merged_header(header, table.rows[body_start])
        body_start += 1
    group: list[tuple[int, str]] = []
    for index in range(body_start, len(table.rows)):
        rendered = render_row(table.rows[index], header)
        if not _has_words(rendered):
            continue
        group.append((index, rendered))
        if len(group) == rows_per_chunk:
            yield "\n".join(r for _, r in group), group[0][0], group[-1][0]
            group = []
    if group:
        yield "\n".join(r for _, r in group), group[0][0], group[-1][0]


def _tables_replace_text(page: Page, tables: Sequence[Table]) -> bool:
    # A sheet's text is its cells again; the row chunks already say it, with better citations.
    return page.method is ExtractionMethod.SPREADSHEET and any(
        t.page == page.number or (t.sheet is not None and t.sheet == page.sheet) for t in tables
    )


def chunk_document(
    document: ExtractedDocument,
    document_id: str,
    token_counter: TokenCounter,
    policy: ChunkingPolicy | None = None,
) -> list[Chunk]:
    policy = policy or ChunkingPolicy()
    chunker = semchunk.chunkerify(token_counter, policy.chunk_tokens)
    chunks: list[Chunk] = []

    for page in document.pages:
        if _tables_replace_text(page, document.tables):
            continue
        for heading, body in _sections(page.text):
            pieces: list[str] = chunker(body, overlap=policy.overlap_tokens or None)  # type: ignore[assignment]
            for piece in (p.strip() for p in pieces):
                if _has_words(piece):
                    position = len(chunks)
                    chunks.append(
                        Chunk(
                            id=chunk_id(document_id, page.number, ChunkKind.TEXT, position),
                            document_id=document_id,
                            position=position,
                            kind=ChunkKind.TEXT,
                            text=piece,
                            page=page.number,
                            sheet=page.sheet,
                            heading=heading,
                        )
                    )

    for table in document.tables:
        for text, first_row, last_row in _table_chunks(table, policy.table_rows_per_chunk):
            position = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(document_id, table.page, ChunkKind.TABLE_ROWS, position),
                    document_id=document_id,
                    position=position,
                    kind=ChunkKind.TABLE_ROWS,
                    text=text,
                    page=table.page,
                    sheet=table.sheet,
                    heading=table_caption(table),
                    table=table.index,
                    first_row=first_row,
                    last_row=last_row,
                )
            )
    return chunks
