"""Writes a development set of scanned and photographed kinerja reports only, in the forms the
service meets in the field and ``../hardset`` does not draw: an image-only PDF with skew, a fax
in 1-bit black and white (fine and standard resolution), a phone photo, a 150 dpi office scan;
stamps and signatures over the table; a header of two rows with "Target | Realisasi | Capaian
(%)" under a merged cell ("Tahun 2025", "Kinerja"); indicator names wrapping onto two or three
lines in a narrow column; figures written "85,5 %", "1.234", "Rp 1.250.000.000".

Each document is one OPD's own (no figure is restated elsewhere); one row per document has a
planted achievement that realisation ÷ target does not give (an ACHIEVEMENT_MISMATCH to find);
every other finding is a false alarm. Two thirds of the documents go to ``tune/``, the rest to
``holdout/``; each part has ``docs/`` and ``labels.json`` in the format of ``../evaluate.py``.
Every name and figure is invented (the indicator names are ``../hardset``'s).

    .venv/bin/python services/performance/bench/scanset/generate.py [--seed N] [--out DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset.generate import fmt
from hardset.generate import (
    OPDS,
    YEAR,
    Labels,
    Spec,
    _font,
    _vary,
    correct_achievement,
    degrade,
    render_table_image,
)

HERE = Path(__file__).parent
SEED = 2600
MEDIA = ("pdf_skew", "fax_fine", "photo", "scan150", "fax_standard", "pdf_skew", "photo", "scan150")
# OPD per document; every third goes to the holdout
CODES = (
    "DINKES",
    "DISDIK",
    "DPUPR",
    "DLH",
    "DISHUB",
    "DINSOS",
    "DPMPTSP",
    "DISNAKER",
    "DISPERKIM",
    "DAMKAR",
    "DISPAR",
    "BAPENDA",
)


@dataclass(frozen=True)
class Layout:
    medium: str
    merged_header: bool
    group_label: str
    narrow_names: bool  # names wrap onto 2-3 lines
    stamp: bool
    budget: bool  # Pagu (Rp) and Realisasi (Rp) columns
    percent_sign: bool  # "85,5 %"


def _layout(rng: random.Random, index: int) -> Layout:
    return Layout(
        medium=MEDIA[index % len(MEDIA)],
        merged_header=index % 3 != 2,
        group_label=rng.choice((f"Tahun {YEAR}", "Kinerja", f"Capaian Kinerja {YEAR}")),
        narrow_names=index % 2 == 0,
        stamp=index % 4 in (0, 1),
        budget=index % 3 == 1,
        percent_sign=rng.random() < 0.5,
    )


def _count_target(spec: Spec) -> float:
    """A count indicator at a scale that needs a thousands dot ("1.234")."""
    return float(spec.target * 37 if spec.target < 100 else spec.target)


def _rows(rng: random.Random, specs: list[Spec]) -> list[tuple[Spec, float, float, float]]:
    decimals = rng.choice((2, 1))
    out = []
    for spec in specs:
        if spec.text_target:
            continue
        target = spec.target
        if (
            spec.unit not in ("%", "per 100.000 KH", "per 1.000 KH", "nilai", "rasio", "indeks")
            and rng.random() < 0.5
        ):
            target = _count_target(spec)
        better = rng.random() < 0.6
        factor = (0.93 if better else 1.06) if spec.lower else (1.03 if better else 0.93)
        realisation = _vary(rng, target * factor, 0.03)
        if spec.unit == "%" and realisation > 100:
            realisation = 100.0
        if target == int(target) and spec.unit not in ("%", "nilai", "rasio", "indeks"):
            realisation = float(round(realisation))
        achievement = round(correct_achievement(spec, target, realisation, "2t-r") or 0.0, decimals)
        out.append((spec, target, realisation, achievement))
    return out


def _stamp(image: Image.Image, rng: random.Random, dpi: int, opd: str, rows: int) -> Image.Image:
    """A round office stamp (violet ink, half transparent) and a signature stroke over the table's
    lower right, where the figures are."""
    scale = dpi / 72
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx = image.size[0] * rng.uniform(0.62, 0.8)
    cy = (110 + rows * 20 * rng.uniform(0.45, 0.9)) * scale  # over the table's lower rows
    radius = 48 * scale
    ink = (70, 50, 160, 150)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=ink, width=int(3 * scale))
    inner = radius * 0.72
    draw.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], outline=ink, width=int(1.5 * scale))
    font = _font("sans-bold", 7 * scale)
    for k, text in enumerate(("PEMERINTAH KOTA", "SAMARINDA", opd[:14])):
        width = draw.textlength(text, font=font)
        draw.text((cx - width / 2, cy - 14 * scale + k * 10 * scale), text, font=font, fill=ink)
    points = [
        (cx - 70 * scale + t * 6 * scale, cy + 30 * scale + 9 * scale * np.sin(t * 1.3)) for t in range(24)
    ]
    draw.line(points, fill=(20, 30, 90, 200), width=int(1.4 * scale))
    base = image.convert("RGBA")
    return Image.alpha_composite(base, layer).convert("RGB")


def _fax(image: Image.Image, rng: random.Random, *, standard: bool) -> Image.Image:
    """A fax: 1-bit black and white at a fixed threshold, skewed a little, with dropout lines; in
    standard mode half the vertical resolution."""
    image = image.convert("L").rotate(rng.uniform(-1.2, 1.2), fillcolor=255)
    if standard:
        image = image.resize((image.size[0], image.size[1] // 2)).resize(image.size)
    pixels = np.asarray(image).astype(np.int16)
    noise = np.random.default_rng(rng.randrange(10**6))
    pixels += noise.normal(0, 18, pixels.shape).astype(np.int16)
    for row in noise.integers(0, pixels.shape[0], 4):
        pixels[row : row + 2, :] = 255  # a dropped scan line
    binary = np.where(pixels < rng.randint(140, 175), 0, 255).astype(np.uint8)
    return Image.fromarray(binary).convert("1")


def _save(image: Image.Image, path: Path, medium: str, dpi: int, rng: random.Random) -> Path:
    if medium == "pdf_skew":
        path = path.with_suffix(".pdf")
        skewed = image.convert("L").rotate(rng.uniform(-3.0, 3.0), fillcolor=250, expand=False)
        buffer = io.BytesIO()
        skewed.save(buffer, "JPEG", quality=rng.randint(45, 70))
        Image.open(buffer).save(path, "PDF", resolution=float(dpi))
    elif medium.startswith("fax"):
        path = path.with_suffix(".png")
        image.save(path, dpi=(dpi, dpi))
    else:
        path = path.with_suffix(".jpg" if medium == "photo" else ".png")
        image.save(path, dpi=(dpi, dpi))
    return path


def document(index: int, code: str, docs: Path, labels: Labels, seed: int) -> None:
    rng = random.Random(seed + index)
    layout = _layout(rng, index)
    full, specs = OPDS[code]
    rows = _rows(rng, specs)
    # one planted achievement realisation ÷ target does not give
    wrong = rng.randrange(len(rows))
    spec, target, realisation, achievement = rows[wrong]
    rows[wrong] = (spec, target, realisation, round(achievement + rng.choice((-6.5, -4.0, 3.5, 5.0)), 2))
    dpi = {"pdf_skew": 200, "fax_fine": 200, "fax_standard": 200, "photo": 170, "scan150": 150}[layout.medium]
    sign = " %" if layout.percent_sign else ""
    names_width = 120.0 if layout.narrow_names else 220.0
    header = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    widths = [20.0, names_width, 46.0, 50.0, 52.0, 50.0]
    budget_pagu: dict[str, tuple[float, float]] = {}
    if layout.budget:
        header += ["Pagu (Rp)", "Realisasi (Rp)"]
        widths += [80.0, 80.0]
    table: list[list[str]] = []
    for n, (spec, target, realisation, achievement) in enumerate(rows, start=1):
        pct = sign if spec.unit == "%" else ""
        cells = [
            str(n),
            spec.name,
            spec.unit,
            fmt(target) + pct,
            fmt(realisation) + pct,
            fmt(achievement) + sign,
        ]
        if layout.budget:
            pagu = float(rng.randrange(250, 4_900) * 1_000_000)
            spent = float(round(pagu * rng.uniform(0.78, 0.99), -3))
            budget_pagu[spec.name] = (pagu, spent)
            cells += [f"Rp {fmt(pagu)}", f"Rp {fmt(spent)}"]
        table.append(cells)
    groups: list[tuple[str, int, int]] = []
    if layout.merged_header:
        groups.append((layout.group_label, 3, 5))
        if layout.budget:
            groups.append(("Anggaran", 6, 7))
    style = rng.choice(("grid", "grid", "shaded", "hlines"))
    font = rng.choice(("sans", "serif", "condensed"))
    image = render_table_image(
        [f"LAPORAN KINERJA {full.upper()}", f"KOTA SAMARINDA TAHUN {YEAR}"],
        header,
        table,
        widths,
        dpi=dpi,
        style=style,
        font=font,
        groups=groups,
        notes=["Sumber: data primer diolah", f"Samarinda, 15 Januari {YEAR + 1}"],
    )
    if layout.stamp:
        image = _stamp(image, rng, dpi, code, len(rows))
    if layout.medium.startswith("fax"):
        image = _fax(image, rng, standard=layout.medium == "fax_standard")
    elif layout.medium == "photo":
        image = degrade(image, rng, photo=True, rotate=rng.uniform(-2.5, 2.5), quality=rng.randint(40, 70))
    elif layout.medium == "scan150":
        image = degrade(image, rng, photo=False, rotate=rng.uniform(-1.5, 1.5), quality=rng.randint(45, 75))
    kind = "foto" if layout.medium == "photo" else "scan"
    path = _save(
        image, docs / f"laporan_kinerja_{code.lower()}_{YEAR}_{kind}{index}", layout.medium, dpi, rng
    )
    labels.document(path.name, code, "scan", 1, "report")
    for spec, target, realisation, achievement in rows:
        pagu, spent = budget_pagu.get(spec.name, (None, None))
        labels.row(
            path.name,
            1,
            code,
            spec.name,
            spec.unit,
            target=target,
            realisation=realisation,
            achievement=achievement,
            lower=spec.lower,
            pagu=pagu,
            budget_realisation=spent,
        )
    spec, _, _, stated = rows[wrong]
    labels.finding("ACHIEVEMENT_MISMATCH", code, spec.name, [(path.name, 1)], f"planted: stated {stated}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    parts = {"tune": Labels(), "holdout": Labels()}
    for index, code in enumerate(CODES):
        part = "holdout" if index % 3 == 2 else "tune"
        docs = args.out / part / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        document(index, code, docs, parts[part], args.seed)
    for part, labels in parts.items():
        (args.out / part / "labels.json").write_text(
            json.dumps(labels.data, indent=1, ensure_ascii=False) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
