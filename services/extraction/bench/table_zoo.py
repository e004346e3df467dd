"""A table zoo: scanned pages of many invented table styles with their truth rows, and the share
of rows our extraction returns exactly, per style and per split.

    .venv/bin/python services/extraction/bench/table_zoo.py render /tmp/zoo
    .venv/bin/python services/extraction/bench/table_zoo.py score /tmp/zoo [--split dev|holdout]
                                                                       [--degradations clean,fax]

Every table a new author draws seems to be a style nobody drew before (ruled at the top, under its
header and at its bottom only; ruled horizontally only; no rules at all). Each style here is one
way of drawing a table: its rules, shading, alignment, wrapped cells, group and totals rows, how
narrow its gutters are, whether it continues on a second page or stands beside a paragraph. Every
third style is held out: measured, never debugged on. Each style is rendered clean at 300 dpi and
with a few degradations (150 dpi, JPEG, a 2° skew in an image-only PDF, a 1-bit fax). The words,
items and prices are invented. A row is exact when all its cells match (whitespace normalised),
as ``blind_eval.py`` counts.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))

from devset import DEGRADATIONS, encode
from layouts import A4, Page, _pick, wrap

# --- invented content ---------------------------------------------------------------------------

_ITEMS = (
    "Kertas sampul biru", "Tinta printer hitam", "Map gantung plastik", "Baterai alkaline AA",
    "Sapu ijuk gagang kayu", "Kabel roll 10 meter", "Lampu LED 18 watt", "Gunting kertas besar",
    "Penghapus papan tulis", "Stopmap kertas folio", "Sabun cuci tangan cair", "Tikar plastik lipat",
    "Kursi lipat besi", "Meja rapat oval", "Rak arsip besi", "Dispenser air panas dingin",
    "Pengharum ruangan gel", "Cangkul gagang panjang", "Ember plastik 20 liter", "Helm proyek putih",
    "Sepatu boot karet", "Jas hujan ponco", "Terpal biru 4x6", "Tali tambang nilon",
)  # fmt: skip
_SERVICES = (
    "Honorarium narasumber pelatihan", "Sewa tenda kegiatan lapangan", "Jasa kebersihan gedung",
    "Konsumsi rapat koordinasi", "Cetak spanduk sosialisasi", "Sewa kendaraan operasional",
    "Pemeliharaan pendingin ruangan", "Jasa dokumentasi kegiatan",
)  # fmt: skip
_LONG = (
    "Pengadaan peralatan kebersihan untuk taman kota dan jalur hijau kecamatan",
    "Penyusunan dokumen rencana kerja bidang pertamanan tahun anggaran berjalan",
    "Pendampingan kelompok tani dalam pengolahan pupuk organik cair skala rumah",
    "Pemeliharaan rutin lampu penerangan jalan di lingkungan perumahan warga",
    "Pelatihan petugas pemadam kebakaran sukarela tingkat kelurahan se-kota",
    "Pengukuran ulang batas bidang tanah aset daerah yang belum bersertifikat",
)  # fmt: skip
_UNITS = ("buah", "unit", "paket", "rim", "lembar", "set", "kotak", "orang/hari", "bulan")
_GROUPS = ("Belanja Barang Pakai Habis", "Belanja Jasa Kantor", "Belanja Pemeliharaan", "Belanja Sewa")
_PROSE = (
    "Daftar di samping memuat barang yang diusulkan oleh setiap seksi untuk triwulan berikutnya. "
    "Harga yang tercantum adalah harga satuan tertinggi yang boleh dipakai dalam penyusunan "
    "anggaran dan belum termasuk ongkos kirim ke lokasi kegiatan. Usulan yang melebihi harga ini "
    "harus disertai tiga pembanding dari penyedia yang berbeda."
)


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _price(rng: np.random.Generator) -> int:
    return int(rng.integers(3, 900)) * 500


def _code(rng: np.random.Generator) -> str:
    return f"1.1.{rng.integers(10, 13)}.0{rng.integers(1, 9)}.0{rng.integers(1, 9)}.{rng.integers(1, 99):04d}"


# --- drawing ------------------------------------------------------------------------------------


@dataclass
class Style:
    """How one table is drawn."""

    # grid | rows (horizontal only) | header (above/below header) | under_header (below the header
    # and at the bottom) | booktabs | none
    rules: str = "grid"
    verticals: bool = False  # column rules (grid has them always)
    shaded_header: bool = False
    zebra: bool = False
    pad: int = 14  # cell padding: the gutters' width is twice it when unruled
    right_numbers: bool = True  # numbers right-aligned in their cells
    frame: bool = False  # an outer frame around a table otherwise ruled as ``rules``
    centred: frozenset[int] = frozenset()  # body columns centred in their cells (a unit column)


@dataclass
class Row:
    cells: list[str]
    group: bool = False  # a label across the whole table (merged cells)
    bold: bool = False


def _is_number(text: str) -> bool:
    plain = text.removeprefix("Rp").strip()
    return bool(plain) and plain.replace(".", "").replace(",", "").isdigit()


def draw_table(
    p: Page, x0: int, y: int, width: int, widths: list[float], rows: list[Row], style: Style
) -> int:
    """Draws the table at ``y`` (header = first row), appends its truth; returns the y below it."""
    size = p.size - 6
    face = p.font(size)
    bold = p.font(size, bold=True)
    xs = [x0 + int(sum(widths[:i]) * width) for i in range(len(widths) + 1)]
    pad = style.pad
    pitch = int(size * 1.3)
    ys = [y]
    heights: list[int] = []
    layouts: list[list[list[str]]] = []
    for row in rows:
        if row.group:
            wrapped = [[row.cells[0]]]
        else:
            wrapped = [wrap(c, face, xs[i + 1] - xs[i] - 2 * pad) or [""] for i, c in enumerate(row.cells)]
        layouts.append(wrapped)
        heights.append(max(len(w) for w in wrapped) * pitch + 2 * pad)
        ys.append(ys[-1] + heights[-1])
    for r, (row, wrapped) in enumerate(zip(rows, layouts, strict=True)):
        top = ys[r]
        if (style.shaded_header and r == 0) or (style.zebra and r > 0 and r % 2 == 0):
            p.draw.rectangle([xs[0], top, xs[-1], ys[r + 1]], fill=200 if r == 0 else 225)
        font = bold if (r == 0 or row.bold or row.group) else face
        for i, lines in enumerate(wrapped):
            for k, text in enumerate(lines):
                tw = font.getlength(text)
                if row.group:
                    x = xs[0] + pad
                elif r == 0:
                    x = (xs[i] + xs[i + 1] - tw) / 2
                elif style.right_numbers and _is_number(text):
                    x = xs[i + 1] - pad - tw
                elif i in style.centred:
                    x = (xs[i] + xs[i + 1] - tw) / 2
                else:
                    x = xs[i] + pad
                p.draw.text((x, top + pad + k * pitch), text, fill=0, font=font)
        truth = [row.cells[0], *([""] * (len(widths) - 1))] if row.group else row.cells
        p.lines.append(" ".join(c for c in truth if c))
    bottom = ys[-1]

    def hline(at: int, thick: int = 3) -> None:
        p.draw.line([(xs[0], at), (xs[-1], at)], fill=0, width=thick)

    if style.rules in ("grid", "rows"):
        for at in ys:
            hline(at)
    elif style.rules == "header":
        hline(ys[0])
        hline(ys[1])
    elif style.rules == "under_header":
        hline(ys[1])
        hline(bottom)
    elif style.rules == "booktabs":
        hline(ys[0], 4)
        hline(ys[1])
        hline(bottom, 4)
    if style.frame:
        hline(ys[0])
        hline(bottom)
    if style.rules == "grid" or style.verticals or style.frame:
        columns = xs if (style.rules == "grid" or style.verticals) else [xs[0], xs[-1]]
        for x in columns:
            if x in (xs[0], xs[-1]) or style.rules == "grid" or style.verticals:
                # a merged group row has no column rules across it
                spans = [
                    (ys[r], ys[r + 1]) for r, row in enumerate(rows) if not row.group or x in (xs[0], xs[-1])
                ]
                for a, b in spans:
                    p.draw.line([(x, a), (x, b)], fill=0, width=3)
    p.tables[-1].extend([[row.cells[0]] if row.group else row.cells for row in rows])
    return bottom


# --- the styles ---------------------------------------------------------------------------------

_HEADER_PRICE = ["No", "Nama Barang", "Satuan", "Harga Satuan"]
_HEADER_RKA = ["No", "Uraian", "Volume", "Satuan", "Jumlah (Rp)"]


def _price_rows(rng: np.random.Generator, n: int, rp: bool = False, code: bool = False) -> list[Row]:
    items = list(rng.permutation(_ITEMS))[:n]
    rows = []
    for i, item in enumerate(items, 1):
        price = _money(_price(rng))
        cells = [str(i), str(item), _pick(rng, _UNITS), f"Rp {price}" if rp else price]
        if code:
            cells.insert(1, _code(rng))
        rows.append(Row(cells))
    return rows


def _rka_rows(rng: np.random.Generator, n: int) -> tuple[list[Row], int]:
    rows, total = [], 0
    for i in range(1, n + 1):
        volume = int(rng.integers(1, 60))
        amount = volume * _price(rng)
        total += amount
        name = _pick(rng, _SERVICES) if rng.random() < 0.5 else _pick(rng, _ITEMS)
        rows.append(Row([str(i), name, str(volume), _pick(rng, _UNITS), _money(amount)]))
    return rows, total


def _title(p: Page, y: int, text: str) -> int:
    return p.centred(y, text, p.font(p.size + 4, bold=True))


def _simple(style: Style, rows_of: str = "price", n: int = 14) -> Callable[[np.random.Generator], list[Page]]:
    def render(rng: np.random.Generator) -> list[Page]:
        p = _new_page(rng)
        y = _title(p, 260, "DAFTAR HARGA SATUAN BARANG") + 40
        p.tables.append([])
        if rows_of == "price":
            rows = [Row(_HEADER_PRICE), *_price_rows(rng, n)]
            widths = [0.08, 0.5, 0.18, 0.24]
        else:
            body, _ = _rka_rows(rng, n)
            rows = [Row(_HEADER_RKA), *body]
            widths = [0.07, 0.45, 0.12, 0.14, 0.22]
        draw_table(p, p.margin, y, p.width, widths, rows, style)
        return [p]

    return render


def _new_page(rng: np.random.Generator) -> Page:
    return Page(rng, _pick(rng, ("DejaVuSans.ttf", "DejaVuSerif.ttf")), int(rng.integers(38, 44)), 200)


def wrapped_cells(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "RENCANA KEGIATAN SEKSI") + 40
    p.tables.append([])
    rows = [Row(["No", "Kegiatan", "Lokasi", "Anggaran"])]
    for i, text in enumerate(rng.permutation(_LONG), 1):
        rows.append(Row([str(i), str(text), _pick(rng, ("Kelurahan Timur", "Kecamatan Hulu", "Balai Kota")),
                         _money(_price(rng) * 40)]))  # fmt: skip
    draw_table(p, p.margin, y, p.width, [0.07, 0.5, 0.2, 0.23], rows, Style(rules="rows"))
    return [p]


def numbered_subrows(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "RINCIAN KEBUTUHAN BARANG") + 40
    p.tables.append([])
    rows = [Row(["No", "Uraian", "Satuan", "Harga"])]
    items = iter(rng.permutation(_ITEMS))
    for i in range(1, 5):
        rows.append(Row([str(i), _pick(rng, _GROUPS), "", ""]))
        for letter in "abc"[: int(rng.integers(2, 4))]:
            rows.append(Row([f"{i}.{letter}", str(next(items)), _pick(rng, _UNITS), _money(_price(rng))]))
    draw_table(p, p.margin, y, p.width, [0.09, 0.5, 0.17, 0.24], rows, Style(rules="grid"))
    return [p]


def merged_groups(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "RINCIAN BELANJA") + 40
    p.tables.append([])
    rows = [Row(_HEADER_RKA)]
    for group in rng.permutation(_GROUPS)[:3]:
        rows.append(Row([str(group)], group=True))
        body, _ = _rka_rows(rng, int(rng.integers(3, 5)))
        rows.extend(body)
    draw_table(p, p.margin, y, p.width, [0.07, 0.45, 0.12, 0.14, 0.22], rows, Style(rules="grid"))
    return [p]


def totals_row(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "REKAPITULASI BELANJA") + 40
    p.tables.append([])
    body, total = _rka_rows(rng, 10)
    rows = [Row(_HEADER_RKA), *body, Row(["", "Jumlah", "", "", _money(total)], bold=True)]
    draw_table(p, p.margin, y, p.width, [0.07, 0.45, 0.12, 0.14, 0.22], rows, Style(rules="booktabs"))
    return [p]


def money_rp(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "STANDAR HARGA SATUAN") + 40
    p.tables.append([])
    rows = [
        Row(["No", "Kode Barang", "Nama Barang", "Satuan", "Harga"]),
        *_price_rows(rng, 12, rp=True, code=True),
    ]
    draw_table(p, p.margin, y, p.width, [0.06, 0.26, 0.33, 0.13, 0.22], rows, Style(rules="rows"))
    return [p]


def narrow_gutters(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "DAFTAR HARGA") + 40
    p.tables.append([])
    rows = [Row(["No", "Kode", "Nama Barang", "Satuan", "Harga"]), *_price_rows(rng, 14, code=True)]
    draw_table(p, p.margin, y, p.width, [0.05, 0.25, 0.36, 0.14, 0.2], rows, Style(rules="none", pad=5))
    return [p]


def two_pages(rng: np.random.Generator) -> list[Page]:
    first, second = _new_page(rng), _new_page(rng)
    second.body, second.size = first.body, first.size
    y = _title(first, 260, "DAFTAR INVENTARIS BARANG") + 40
    rows = [Row(["No", "Nama Barang", "Satuan", "Harga Satuan"]), *_price_rows(rng, 24)]
    # The page is full after this many rows: the rest go on the next page, under a repeated header.
    first.tables.append([])
    bottom = draw_table(
        first, first.margin, y, first.width, [0.08, 0.5, 0.18, 0.24], rows[:16], Style(rules="grid")
    )
    assert bottom < A4[1]
    second.tables.append([])
    draw_table(second, second.margin, 250, second.width, [0.08, 0.5, 0.18, 0.24], [rows[0], *rows[16:]],
               Style(rules="grid"))  # fmt: skip
    second.tables[-1] = second.tables[-1][1:]  # the repeated header is no row of the table
    return [first, second]


def beside_text(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "USULAN KEBUTUHAN SEKSI") + 40
    p.tables.append([])
    rows = [Row(["No", "Barang", "Harga"])]
    for i, item in enumerate(rng.permutation(_ITEMS)[:12], 1):
        rows.append(Row([str(i), str(item), _money(_price(rng))]))
    table_width = int(p.width * 0.58)
    draw_table(p, p.margin, y, table_width, [0.12, 0.58, 0.3], rows, Style(rules="header"))
    # The paragraph stands in its own column right of the table.
    x = p.margin + table_width + 60
    p.block(x, y, p.width - table_width - 60, _PROSE, p.font(p.size - 4))
    return [p]


def horizontal_two_line_header(rng: np.random.Generator) -> list[Page]:
    p = _new_page(rng)
    y = _title(p, 260, "DAFTAR PEMELIHARAAN") + 40
    p.tables.append([])
    rows = [Row(["No", "Nama Barang", "Satuan", "Harga Satuan Tertinggi"]), *_price_rows(rng, 14)]
    draw_table(p, p.margin, y, p.width, [0.08, 0.52, 0.18, 0.22], rows, Style(rules="header", frame=True))
    return [p]


_REMARKS = (
    "untuk ruang pelayanan", "dipakai bergilir antar seksi", "cadangan akhir tahun",
    "pengganti yang rusak", "kebutuhan posko lapangan", "stok gudang kecamatan",
)  # fmt: skip
_LONG_UNITS = ("buah", "unit", "paket", "lembar", "kotak", "eksemplar", "gulung", "pasang")


def under_header_centred_units(rng: np.random.Generator) -> list[Page]:
    """Ruled only under the header and at the bottom, no column rules; descriptions wrap onto
    two or three lines; units centred under a short header; amounts right-aligned under a wider
    header that wraps, with a gutter of little more than a word space between the two."""
    p = _new_page(rng)
    y = _title(p, 260, "DAFTAR KEBUTUHAN TAHUNAN") + 40
    p.tables.append([])
    rows = [Row(["No", "Nama Barang", "Keterangan", "Satuan", "Harga Satuan (Rp)"])]
    for i, item in enumerate(rng.permutation(_ITEMS)[:14], 1):
        remark = f"{item}, {_pick(rng, _REMARKS)}" if rng.random() < 0.5 else _pick(rng, _REMARKS)
        rows.append(Row([str(i), str(item), remark, _pick(rng, _LONG_UNITS), _money(_price(rng))]))
    style = Style(rules="under_header", pad=8, centred=frozenset({3}))
    draw_table(p, p.margin, y, p.width, [0.07, 0.3, 0.39, 0.1, 0.14], rows, style)
    return [p]


STYLES: dict[str, Callable[[np.random.Generator], list[Page]]] = {
    "full_grid": _simple(Style(rules="grid")),
    "rows_ruled": _simple(Style(rules="rows"), "rka"),
    "header_ruled": _simple(Style(rules="header")),
    "booktabs": _simple(Style(rules="booktabs"), "rka"),
    "shaded_header": _simple(Style(rules="none", shaded_header=True)),
    "zebra": _simple(Style(rules="none", zebra=True, shaded_header=True), "rka"),
    "no_rules": _simple(Style(rules="none"), "rka"),
    "wrapped_cells": wrapped_cells,
    "numbered_subrows": numbered_subrows,
    "merged_groups": merged_groups,
    "totals_row": totals_row,
    "money_rp": money_rp,
    "narrow_gutters": narrow_gutters,
    "two_pages": two_pages,
    "beside_text": beside_text,
    "verticals_only": _simple(Style(rules="none", verticals=True, frame=True)),
    "framed_header": horizontal_two_line_header,
    "booktabs_left_numbers": _simple(Style(rules="booktabs", right_numbers=False)),
    "under_header_centred_units": under_header_centred_units,
}
# Every third style is held out: measured, never debugged on.
HOLDOUT = frozenset(name for i, name in enumerate(STYLES) if i % 3 == 2)
ZOO_DEGRADATIONS = ("clean", "dpi150", "jpeg_q25", "pdf_skew2", "fax")


def _pdf(images: list[np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    pictures = [Image.fromarray(i) for i in images]
    pictures[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=pictures[1:])
    return buffer.getvalue()


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for index, (name, draw) in enumerate(STYLES.items()):
        pages = draw(np.random.default_rng(1000 + index))
        tables = [t for p in pages for t in p.tables]
        truth = [row for table in tables for row in table]
        for degradation in ZOO_DEGRADATIONS:
            images = [DEGRADATIONS[degradation].transform(np.asarray(p.image)) for p in pages]
            if len(images) > 1:
                data, suffix = _pdf(images), "pdf"
            else:
                data, suffix = encode(images[0], DEGRADATIONS[degradation].container)
            stem = f"{name}-{degradation}"
            (out / f"{stem}.{suffix}").write_bytes(data)
            (out / f"{stem}.tables.json").write_text(json.dumps([truth], ensure_ascii=False))
            split = "holdout" if name in HOLDOUT else "dev"
            manifest.append({"file": f"{stem}.{suffix}", "style": name, "degradation": degradation,
                             "split": split, "tables": f"{stem}.tables.json"})  # fmt: skip
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} pages of {len(STYLES)} styles in {out} (held out: {', '.join(sorted(HOLDOUT))})")


def score(directory: Path, split: str | None, degradations: set[str] | None, styles: set[str] | None) -> None:
    from blind_eval import rows_found
    from samarinda_extraction.extract import extract_bytes

    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for entry in manifest:
        if (split and entry["split"] != split) or (degradations and entry["degradation"] not in degradations):
            continue
        if styles and entry["style"] not in styles:
            continue
        path = directory / entry["file"]
        started = time.perf_counter()
        document = extract_bytes(path.read_bytes(), path.name)
        total, found = rows_found(json.loads((directory / entry["tables"]).read_text()), document)
        print(
            f"  {entry['file']:38} {found:3}/{total:3} {time.perf_counter() - started:5.1f}s",
            file=sys.stderr,
            flush=True,
        )
        for key in (
            ("style", entry["style"]),
            ("degradation", entry["degradation"]),
            ("split", entry["split"]),
        ):
            counts[key][0] += found
            counts[key][1] += total
    for kind in ("style", "degradation", "split"):
        print(f"\nrows exact by {kind}")
        for (k, label), (found, total) in sorted(counts.items()):
            if k == kind:
                held = " (held out)" if kind == "style" and label in HOLDOUT else ""
                print(f"  {label + held:34} {found / total:7.1%} ({found}/{total})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("render").add_argument("out", type=Path)
    scoring = sub.add_parser("score")
    scoring.add_argument("directory", type=Path)
    scoring.add_argument("--split", choices=("dev", "holdout"))
    scoring.add_argument("--degradations", help="comma-separated; default: all")
    scoring.add_argument("--styles", help="comma-separated; default: all")
    args = parser.parse_args()
    if args.command == "render":
        render(args.out)
    else:
        chosen = set(args.degradations.split(",")) if args.degradations else None
        styles = set(args.styles.split(",")) if args.styles else None
        score(args.directory, args.split, chosen, styles)


if __name__ == "__main__":
    main()
