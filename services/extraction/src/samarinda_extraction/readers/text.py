"""Plain text and HTML."""

from __future__ import annotations

from html.parser import HTMLParser

from charset_normalizer import from_bytes
from samarinda_common.extracted import CellValue, ExtractionMethod, Page, Table

from samarinda_extraction.domain.tables import detect_header_row, trim_grid
from samarinda_extraction.readers import ReadResult

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "ul",
        "ol",
        "title",
        "pre",
        "blockquote",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")


def read_text(data: bytes) -> ReadResult:
    # Form feeds separate pages in text exported from printers and mainframes.
    pages = decode_text(data).replace("\r\n", "\n").split("\f")
    return ReadResult(
        pages=[
            Page(number=i, text=text.strip(), method=ExtractionMethod.PLAIN)
            for i, text in enumerate(pages, 1)
        ]
    )


def read_html(data: bytes) -> ReadResult:
    parser = _HtmlReader()
    parser.feed(decode_text(data))
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.text).splitlines()]
    result = ReadResult(
        pages=[Page(number=1, text="\n".join(x for x in lines if x), method=ExtractionMethod.PLAIN)]
    )
    for index, grid in enumerate(parser.tables):
        rows = trim_grid(grid)
        if rows:
            result.tables.append(Table(page=1, index=index, header_row=detect_header_row(rows), rows=rows))
    return result


class _HtmlReader(HTMLParser):
    """Visible text in document order, plus the cells of every (innermost) table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tables: list[list[list[CellValue]]] = []
        self._open_tables: list[list[list[CellValue]]] = []
        self._cell: list[str] | None = None
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "table":
            self._open_tables.append([])
        elif tag == "tr" and self._open_tables:
            self._open_tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        if tag in _BLOCK_TAGS:
            self.text.append("\n")
        elif tag in ("td", "th"):
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in ("td", "th") and self._cell is not None and self._open_tables:
            table = self._open_tables[-1]
            if not table:
                table.append([])
            table[-1].append(" ".join("".join(self._cell).split()) or None)
            self._cell = None
        elif tag == "table" and self._open_tables:
            self.tables.append(self._open_tables.pop())
        if tag in _BLOCK_TAGS:
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
