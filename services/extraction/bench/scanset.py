"""Our own fax and phone-photo table pages, in the format ``blind_eval.py`` reads (see ``devset.py``).

    .venv/bin/python services/extraction/bench/scanset.py /tmp/scanset [--group fax|photo]
                                                                       [--degradations ...] [--types ...]

Faxes as fax machines and fax servers hand them on: 1-bit at standard resolution (200x100 dpi),
stored as it came (every pixel twice as tall as wide, with or without the resolution in the file)
or with each scan line doubled, and in fine mode (200x200 dpi); ordered dithering of grey, thin
rules broken into dashes, specks, streaks of a dirty feed, a "FAX FROM ... PAGE 1/2" header line
and a slight skew. Phone photos: perspective, shadow, a curled sheet, background clutter, a sheet
cut off by the frame at one or two edges, an RKA page photographed and saved as PNG. The pages are
ruled and unruled tables: an SSH price list, an RKA rincian belanja with kode rekening, LKjIP
indicator tables, a BAST goods table. The fax header is part of each page's truth text. Tuning
happens on this set only.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from devset import SANS, TEXT_TYPES, Canvas, PhoneShot, Rendered, _rotate, phone_photo
from PIL import Image, ImageDraw, ImageFont

_BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32)


def rka_rincian() -> Rendered:
    """A SIPD-style RKA rincian belanja page: header block as text, a fully ruled table with
    account group rows (no amounts in the middle columns) and wrapped uraian."""
    c = Canvas()
    c.paragraph("RINCIAN BELANJA SATUAN KERJA PERANGKAT DAERAH", 42, SANS, centre=True)
    c.paragraph("Sub Kegiatan: 2.16.02.1.01.0007 Pengelolaan Media Komunikasi Publik", 34)
    c.paragraph("Organisasi: Dinas Komunikasi dan Informatika Kota Samarinda", 34)
    c.table(
        [
            ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"],
            [
                "5.1.02.01.01.0024",
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                "",
                "",
                "",
                "7.860.000",
            ],
            ["", "Kertas HVS A4 70 gram", "40", "rim", "58.000", "2.320.000"],
            ["", "Ballpoint gel hitam isi 12", "30", "kotak", "96.000", "2.880.000"],
            ["", "Map snelhecter plastik", "200", "buah", "3.300", "660.000"],
            ["", "Tinta printer refill warna 100 ml", "25", "botol", "80.000", "2.000.000"],
            ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", "12", "OB", "3.150.000", "37.800.000"],
            [
                "5.1.02.03.02.0405",
                "Belanja Pemeliharaan Alat Komunikasi",
                "4",
                "unit",
                "1.275.000",
                "5.100.000",
            ],
            ["5.2.02.10.01.0002", "Belanja Modal Kamera Digital", "2", "unit", "14.600.000", "29.200.000"],
        ],
        [0.2, 0.36, 0.1, 0.09, 0.12, 0.13],
        size=32,
        line_width=2,
    )
    c.paragraph("Jumlah Total Rp 79.960.000", 34)
    return c.done()


def lkjip_program() -> Rendered:
    """An LKjIP programme table, thin-ruled, percentages and decimals with commas."""
    c = Canvas()
    c.paragraph("LAPORAN KINERJA BADAN PENDAPATAN DAERAH 2025", 42, SANS, centre=True)
    c.paragraph("Tabel 3.4 Realisasi Indikator Program", 36)
    c.table(
        [
            ["Program", "Indikator", "Target", "Realisasi", "Capaian"],
            ["Pengelolaan pendapatan daerah", "Rasio PAD terhadap pendapatan", "24,5%", "23,1%", "94,29%"],
            ["", "Realisasi pajak daerah (miliar Rp)", "1.120", "1.184,6", "105,77%"],
            ["Pelayanan pajak", "Wajib pajak terdaftar baru", "3.500", "3.812", "108,91%"],
            ["", "Indeks kepuasan wajib pajak", "80", "82,4", "103,00%"],
            ["Penunjang urusan", "Nilai SAKIP perangkat daerah", "75", "71,2", "94,93%"],
        ],
        [0.28, 0.36, 0.11, 0.12, 0.13],
        line_width=2,
    )
    return c.done()


TYPES: dict[str, Callable[[], Rendered]] = {
    "ssh": TEXT_TYPES["ssh"],
    "rka_rincian": rka_rincian,
    "rka_unruled": TEXT_TYPES["rka_unruled"],
    "lkjip": TEXT_TYPES["lkjip"],
    "lkjip_program": lkjip_program,
    "lkjip_unruled": TEXT_TYPES["lkjip_unruled"],
    "bast": TEXT_TYPES["bast"],
}


# --- faxes --------------------------------------------------------------------------------------


def _fax_header(page: np.ndarray, number: str) -> tuple[np.ndarray, str]:
    """The line a sending fax prints across the top of every page."""
    line = f"FAX FROM 0541 {number} BPKAD KOTA SAMARINDA 14/10/2025 09:{number[-2:]} PAGE 1/2"
    picture = Image.fromarray(page)
    ImageDraw.Draw(picture).text((120, 70), line, fill=0, font=ImageFont.truetype(SANS, 30))
    return np.asarray(picture), line


def _dash_rules(page: np.ndarray, period: int, rng: np.random.Generator) -> np.ndarray:
    """Thin rules broken into dashes (a fax's threshold drops the grey parts of a thin line)."""
    ink = (page < 128).astype(np.uint8) * 255
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, 120), np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((120, 1), np.uint8))
    h, w = page.shape
    phase = int(rng.integers(0, period))
    gaps_x = ((np.arange(w) + phase) % period < period // 3)[None, :]
    gaps_y = ((np.arange(h) + phase) % period < period // 3)[:, None]
    out = page.copy()
    out[(across > 0) & gaps_x] = 255
    out[(down > 0) & gaps_y] = 255
    return out


@dataclass(frozen=True)
class FaxSettings:
    rows_dpi: int  # 98 (standard) or 196 (fine)
    store: str  # "squashed" (pixels as sent), "doubled" (each scan line twice), "as_is"
    dither: bool
    dashes: int  # period of the breaks in thin rules, px at 300 dpi; 0 for none
    skew: float
    specks: float
    streaks: int  # horizontal streaks of dirt on the glass / lost lines
    threshold: int
    seed: int


def fax(settings: FaxSettings) -> Callable[[np.ndarray], tuple[np.ndarray, str]]:
    def send(page: np.ndarray) -> tuple[np.ndarray, str]:
        rng = np.random.default_rng(settings.seed)
        headed, header = _fax_header(page, f"74{settings.seed:04d}")
        if settings.dashes:
            headed = _dash_rules(headed, settings.dashes, rng)
        tilted = _rotate(headed, settings.skew)
        h, w = tilted.shape
        small = cv2.resize(
            tilted, (int(w * 204 / 300), int(h * settings.rows_dpi / 300)), interpolation=cv2.INTER_AREA
        ).astype(np.float32)
        if settings.dither:
            tile = np.tile(_BAYER, (small.shape[0] // 4 + 1, small.shape[1] // 4 + 1))
            limit = (tile[: small.shape[0], : small.shape[1]] + 0.5) * 16
        else:
            limit = np.full(small.shape, float(settings.threshold), np.float32)
        bits = np.where(small + rng.normal(0, 18, small.shape) > limit, 255, 0).astype(np.uint8)
        bits[rng.random(bits.shape) < settings.specks] = 0
        for _ in range(settings.streaks):
            y = int(rng.integers(bits.shape[0] // 6, bits.shape[0] - 5))
            x0 = int(rng.integers(0, bits.shape[1] // 2))
            bits[
                y : y + int(rng.integers(1, 3)),
                x0 : x0 + int(rng.integers(bits.shape[1] // 3, bits.shape[1])),
            ] = 0 if rng.random() < 0.5 else 255
        if settings.store == "doubled" and settings.rows_dpi < 150:
            bits = np.repeat(bits, 2, axis=0)
        return bits, header

    return send


# --- photos -------------------------------------------------------------------------------------


def _clutter(photo: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Things lying next to the sheet: a pen, a phone, the corner of a folder."""
    out = photo.copy()
    h, w = out.shape[:2]
    cv2.rectangle(out, (int(0.02 * w), int(0.55 * h)), (int(0.08 * w), int(0.75 * h)), (30, 30, 35), -1)
    cv2.line(out, (int(0.9 * w), int(0.05 * h)), (int(0.97 * w), int(0.3 * h)), (20, 40, 160), 14)
    pts = np.array([[0, int(0.9 * h)], [int(0.3 * w), h], [0, h]], np.int32)
    cv2.fillConvexPoly(out, pts, (200, 170, 60))
    noise = rng.normal(0, 3, out.shape)
    return np.clip(out.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def cut_off(
    shot: PhoneShot, keep: tuple[float, float, float, float], clutter: bool = False
) -> Callable[[np.ndarray], np.ndarray]:
    """A photo whose frame cuts the sheet off: ``keep`` is the part of the frame kept (left, top,
    right, bottom as shares), chosen so that only the sheet's margin leaves the frame."""
    take = phone_photo(shot)

    def crop(page: np.ndarray) -> np.ndarray:
        photo = take(page)
        if clutter:
            photo = _clutter(photo, np.random.default_rng(shot.seed))
        h, w = photo.shape[:2]
        left, top, right, bottom = keep
        return np.ascontiguousarray(photo[int(top * h) : int(bottom * h), int(left * w) : int(right * w)])

    return crop


@dataclass(frozen=True)
class Degradation:
    transform: Callable[[np.ndarray], np.ndarray | tuple[np.ndarray, str]]
    container: str  # png, png1 (1 bit per pixel), png1_dpi (and 204x98 dpi in the file), jpg
    quality: int = 85


FAX = {
    "fax_std_meta": Degradation(
        fax(FaxSettings(98, "squashed", False, 27, 0.7, 0.002, 2, 110, 31)), "png1_dpi"
    ),
    "fax_std_raw": Degradation(fax(FaxSettings(98, "squashed", False, 21, -1.0, 0.003, 3, 120, 32)), "png1"),
    "fax_std_doubled": Degradation(
        fax(FaxSettings(98, "doubled", False, 24, 1.3, 0.003, 4, 110, 33)), "png1"
    ),
    "fax_fine_dither": Degradation(fax(FaxSettings(196, "as_is", True, 30, -0.6, 0.001, 2, 128, 34)), "png1"),
    "fax_fine_noisy": Degradation(fax(FaxSettings(196, "as_is", False, 18, 1.1, 0.004, 6, 100, 35)), "png1"),
}
PHOTO = {
    # The bottom margin leaves the frame: background on three sides only.
    "photo_cut_bottom": Degradation(
        cut_off(PhoneShot(3.0, 0.05, 0.95, "wood", 14, 0.7, 1.1, (2250, 3000), 41), (0, 0, 1, 0.9)), "jpg", 80
    ),
    # Left and bottom cut off: background on two sides.
    "photo_cut_two": Degradation(
        cut_off(PhoneShot(-4.0, 0.06, 0.9, "dark", 10, 0.65, 1.0, (2250, 3000), 42), (0.09, 0, 1, 0.88)),
        "jpg",
        80,
    ),
    # A curled sheet among things on a desk, a deep shadow.
    "photo_clutter": Degradation(
        cut_off(
            PhoneShot(6.0, 0.08, 0.8, "wood", 30, 0.55, 1.3, (2250, 3000), 43), (0, 0, 1, 1), clutter=True
        ),
        "jpg",
        75,
    ),
    # A photo saved as PNG (a screenshot of the phone's gallery, a scanning app's export).
    "photo_png": Degradation(
        phone_photo(PhoneShot(-3.5, 0.05, 0.86, "dark", 12, 0.7, 1.1, (2000, 2700), 44)), "png"
    ),
}
GROUPS = {"fax": FAX, "photo": PHOTO}


def encode(image: np.ndarray, container: str, quality: int) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    picture = Image.fromarray(image)
    if container.startswith("png1"):
        # A fax as fax software saves it: one bit per pixel, the resolution in the file or not.
        bilevel = picture.convert("1", dither=Image.Dither.NONE)
        bilevel.save(buffer, "PNG", **({"dpi": (204, 98)} if container == "png1_dpi" else {}))
        return buffer.getvalue(), "png"
    if container == "png":
        picture.save(buffer, "PNG")
        return buffer.getvalue(), "png"
    picture.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue(), "jpg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--group", choices=[*GROUPS, "all"], default="all")
    parser.add_argument("--degradations", help="comma-separated; default: all of the group's")
    parser.add_argument("--types", help="comma-separated; default: all")
    args = parser.parse_args()
    degradations = (
        {k: v for g in GROUPS.values() for k, v in g.items()} if args.group == "all" else GROUPS[args.group]
    )
    if args.degradations:
        degradations = {k: degradations[k] for k in args.degradations.split(",")}
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for type_name in args.types.split(",") if args.types else TYPES:
        rendered = TYPES[type_name]()
        for name, degradation in degradations.items():
            made = degradation.transform(rendered.image)
            image, header = made if isinstance(made, tuple) else (made, None)
            data, suffix = encode(image, degradation.container, degradation.quality)
            stem = f"{type_name}-{name}"
            (args.out / f"{stem}.{suffix}").write_bytes(data)
            lines = [header, *rendered.lines] if header else rendered.lines
            (args.out / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            entry = {
                "file": f"{stem}.{suffix}",
                "text_type": type_name,
                "degradation": name,
                "truth": f"{stem}.txt",
            }
            if rendered.tables:
                (args.out / f"{stem}.tables.json").write_text(json.dumps(rendered.tables, ensure_ascii=False))
                entry["tables"] = f"{stem}.tables.json"
            manifest.append(entry)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} pages in {args.out}")


if __name__ == "__main__":
    main()
