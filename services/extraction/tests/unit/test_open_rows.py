"""A row printed without a rule above it, under a boxed header block (a spreadsheet printed to
PDF draws only the borders its cells have): its column rules imply the missing rule."""

from samarinda_extraction import extract_bytes
from samarinda_extraction.domain.open_rows import Upright, implied_rules
from samarinda_extraction.domain.text_grid import Rule

_COLUMNS = (40.0, 80.0, 300.0, 400.0, 500.0)


def test_column_rules_starting_together_without_a_rule_imply_one() -> None:
    # Rows at 120–140 and 140–160: the first has no rule on top.
    uprights = [Upright(x, 120.0, 140.0) for x in _COLUMNS] + [Upright(x, 140.0, 160.0) for x in _COLUMNS]
    rules = [Rule(140.0, 40.0, 500.0), Rule(160.0, 40.0, 500.0)]
    assert implied_rules(uprights, rules) == [Rule(120.0, 40.0, 500.0)]


def test_a_fully_ruled_table_or_a_framed_box_implies_nothing() -> None:
    uprights = [Upright(x, 120.0, 140.0) for x in _COLUMNS]
    rules = [Rule(120.5, 40.0, 500.0), Rule(139.0, 40.0, 500.0)]
    assert implied_rules(uprights, rules) == []
    # Two sides of a box with no top or bottom are no table row.
    assert implied_rules([Upright(40.0, 10.0, 30.0), Upright(500.0, 10.0, 30.0)], []) == []


def _pdf(content: str) -> bytes:
    """A one-page PDF (A4 landscape, Helvetica) with the given content stream."""
    stream = content.encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_the_first_row_under_a_boxed_title_block_is_read() -> None:
    xs = [40, 80, 300, 400, 500, 600]
    lines: list[str] = []

    def rule(y: int) -> None:
        lines.append(f"{xs[0]} {y} m {xs[-1]} {y} l S")

    def row(y_top: int, cells: list[str], *, ruled_on_top: bool) -> None:
        if ruled_on_top:
            rule(y_top)
        rule(y_top - 20)
        for x in xs:
            lines.append(f"{x} {y_top} m {x} {y_top - 20} l S")
        for x, text in zip(xs, cells, strict=False):
            lines.append(f"BT /F1 9 Tf {x + 3} {y_top - 14} Td ({text}) Tj ET")

    # The header and the title block: one box each, the title a merged cell across the columns.
    row(560, ["No", "Uraian", "Satuan", "Harga", "Jumlah"], ruled_on_top=True)
    for y in (530, 500):
        rule(y)
    lines.append(f"{xs[0]} 530 m {xs[0]} 500 l S {xs[-1]} 530 m {xs[-1]} 500 l S")
    lines.append("BT /F1 9 Tf 43 512 Td (1.01 Pengadaan alat tulis) Tj ET")
    # A gap, then the lines: the first drawn without a rule on top.
    row(490, ["1", "Kertas HVS", "Rim", "55.000", "110.000"], ruled_on_top=False)
    row(470, ["2", "Map plastik", "Buah", "3.000", "30.000"], ruled_on_top=False)
    row(450, ["3", "Pena gel", "Buah", "4.500", "45.000"], ruled_on_top=False)
    document = extract_bytes(_pdf("\n".join(lines)), "rka.pdf")
    rows = [row for table in document.tables for row in table.rows]
    assert ["1", "Kertas HVS", "Rim", "55.000", "110.000"] in rows
    assert ["3", "Pena gel", "Buah", "4.500", "45.000"] in rows
