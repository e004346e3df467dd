"""OCR: the sample scans against their transcriptions, and the preprocessing steps."""

import io
import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod
from samarinda_extraction import extract_bytes, extract_file
from samarinda_extraction.domain.quality import character_error_rate
from samarinda_extraction.options import ExtractionOptions
from samarinda_extraction.readers.page_image import (
    estimate_skew,
    lines_run_vertically,
    rotate,
    turn,
    upside_down_votes,
)
from samarinda_extraction.readers.tesseract import osd_available

# Measured 0.2 % (photo) and 0.5 % (noisy scan); the bound leaves room for Tesseract builds.
SAMPLE_CER_BOUND = 0.02


def text_page(lines: list[str], size: tuple[int, int] = (1240, 1754)) -> np.ndarray:
    page = Image.new("L", size, 255)
    font = ImageFont.truetype("DejaVuSerif.ttf", 30)
    ImageDraw.Draw(page).multiline_text((120, 200), "\n".join(lines), fill=0, font=font, spacing=14)
    return np.asarray(page)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["penawaran_cv_mahakam_scan", "notulen_rapat_foto"])
def test_sample_scans_are_read_within_the_measured_error_rate(samples: Path, name: str) -> None:
    doc = extract_file(samples / "docs" / f"{name}.png")
    [page] = doc.pages
    truth = (samples / "docs" / f"{name}.truth.txt").read_text()
    assert page.method is ExtractionMethod.OCR
    assert character_error_rate(truth, page.text) <= SAMPLE_CER_BOUND
    assert page.confidence is not None and page.confidence > 80
    assert doc.language == "id"


@pytest.mark.slow
def test_photo_metadata_comes_out_of_the_ocr_text(samples: Path) -> None:
    doc = extract_file(samples / "docs" / "notulen_rapat_foto.png")
    assert doc.metadata.dates == ["2025-10-14"]
    assert "Dinas Pendidikan dan Kebudayaan Kota Samarinda" in doc.metadata.opd_names
    assert [a.value for a in doc.metadata.amounts] == [95_000_000]


@pytest.mark.parametrize("angle", [-3.0, 2.0, 0.0])
def test_skew_is_measured_to_a_fraction_of_a_degree(angle: float) -> None:
    lines = [f"Baris {i}: belanja barang dan jasa dinas pendidikan kota" for i in range(25)]
    skewed = rotate(text_page(lines), angle)
    assert estimate_skew(skewed) == pytest.approx(-angle, abs=0.3)


def test_a_level_mark_along_the_images_edge_does_not_hide_the_skew_of_the_page() -> None:
    # A page of few lines: one mark across the width outweighs them at 0 degrees.
    lines = [f"Baris {i}: belanja barang dan jasa dinas pendidikan kota" for i in range(4)]
    skewed = rotate(text_page(lines), 2.0)
    marked = skewed.copy()
    # The edge of a shadow along the top, level with the image and broken by the noise: no run
    # of it is long enough to pass for a streak.
    marked[4:7, :] = 0
    for x in range(0, marked.shape[1], 40):
        marked[4:7, x : x + 4] = 255
    assert estimate_skew(marked) == pytest.approx(estimate_skew(skewed), abs=0.2)
    assert abs(estimate_skew(marked)) > 1.5


@pytest.mark.slow
@pytest.mark.skipif(not osd_available(), reason="needs the tesseract-ocr-osd package (orientation model)")
def test_upside_down_page_is_turned_before_reading() -> None:
    lines = [
        "Rapat koordinasi perencanaan anggaran tahun 2026",
        "dilaksanakan di ruang rapat dinas",
        "dengan pagu sebesar Rp 95.000.000 untuk kegiatan",
        "pembinaan minat dan bakat siswa sekolah dasar",
    ] * 3
    upside_down = cv2.rotate(text_page(lines), cv2.ROTATE_180)
    buffer = io.BytesIO()
    Image.fromarray(upside_down).save(buffer, "PNG")
    doc = extract_bytes(buffer.getvalue(), "terbalik.png", "image/png")
    assert character_error_rate("\n".join(lines), doc.pages[0].text) < 0.05


@pytest.mark.parametrize("clockwise", [0, 90, 180, 270])
def test_the_cheap_looks_tell_which_way_up_a_page_lies(clockwise: int) -> None:
    lines = [f"Belanja barang dan jasa Dinas Pendidikan tahun {2020 + i} kegiatan {i}" for i in range(20)]
    page = turn(text_page(lines), clockwise)
    assert lines_run_vertically(page) is (clockwise in (90, 270))
    upright = turn(page, 90) if clockwise in (90, 270) else page
    # after the quarter turn a page lying on its side is upright or upside down, never sideways
    assert (upside_down_votes(upright) > 0.12) is (clockwise in (180, 90))


def test_decompression_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    Image.new("L", (3000, 3000), 255).save(buffer, "PNG")
    with pytest.raises(InvalidInput) as error:
        extract_bytes(
            buffer.getvalue(), "besar.png", "image/png", options=ExtractionOptions(max_image_pixels=1_000_000)
        )
    assert error.value.reason == "IMAGE_TOO_LARGE"


def test_corrupt_image_is_refused() -> None:
    with pytest.raises(InvalidInput) as error:
        extract_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "rusak.png", "image/png")
    assert error.value.reason == "CORRUPT_IMAGE"


def test_paragraphs_stay_apart_and_rulings_glued_to_words_are_dropped() -> None:
    from samarinda_extraction.readers.ocr_text import page_text
    from samarinda_extraction.readers.tesseract import _words

    rows = [  # block, paragraph, line, text
        (1, 1, 1, "NOTA"), (1, 1, 1, "DINAS|"), (1, 1, 2, "Nomor:"), (1, 2, 1, "|"), (1, 2, 1, "Kepada"),
    ]  # fmt: skip
    data: dict[str, list[object]] = {
        "block_num": [r[0] for r in rows], "par_num": [r[1] for r in rows], "line_num": [r[2] for r in rows],
        "text": [r[3] for r in rows], "conf": [95] * len(rows), "left": [10 * i for i in range(len(rows))],
        "top": [0] * len(rows), "width": [8] * len(rows), "height": [10] * len(rows),
    }  # fmt: skip
    words, lines = _words(data)
    assert [w.text for w in words] == ["NOTA", "DINAS", "Nomor:", "Kepada"]
    assert page_text(lines) == "NOTA DINAS\nNomor:\n\nKepada"


def test_a_photographed_sheet_is_found_but_the_frame_of_a_large_table_on_a_scan_is_not() -> None:
    from samarinda_extraction.readers.page_image import page_quad

    scan = np.full((1754, 1240), 255, np.uint8)
    cv2.rectangle(scan, (80, 80), (1160, 1670), 0, 3)
    for y in range(80, 1670, 60):
        cv2.line(scan, (80, y), (1160, y), 0, 2)
    assert page_quad(scan) is None
    photo = np.full((1754, 1240), 90, np.uint8)  # a desk around the sheet
    sheet = np.array([[120, 100], [1100, 140], [1140, 1650], [90, 1600]], np.int32)
    cv2.fillConvexPoly(photo, sheet, 235)
    assert page_quad(photo) is not None


@pytest.mark.parametrize(
    ("pass_name", "looks", "expected"),
    [
        ("plain", 90, 0),
        ("turned180", 180, 180),
        ("osd-turned90", 0, 90),
        ("deskewed+turned90+osd-turned180", 90, 270),
    ],
)
def test_the_rotation_reported_is_that_of_the_kept_reading(pass_name: str, looks: int, expected: int) -> None:
    from samarinda_extraction.readers.ocr_orientation import rotation_of

    assert rotation_of(pass_name, looks) == expected


def test_a_single_column_page_is_written_top_to_bottom_and_a_table_row_by_row() -> None:
    from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word
    from samarinda_extraction.readers.ocr_text import page_text, side_by_side

    def w(text: str, x: int, y: int) -> Word:
        return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 60, y1=y + 30)

    table = OcrTable([["No", "Uraian"], ["1", "Laptop guru prosesor i5"]], Box(100, 500, 1200, 700))
    # Tesseract's order: the table's words (a wrapped cell's lines interleaved), then the title above it
    lines = [
        [w("No", 110, 510), w("Uraian", 400, 510)],
        [w("1", 110, 560), w("Laptop", 400, 560)],
        [w("prosesor", 400, 600)],
        [],
        [w("JUDUL", 300, 200), w("HALAMAN", 400, 200)],
    ]
    assert page_text(lines, [table]) == "JUDUL HALAMAN\n\nNo Uraian\n1 Laptop guru prosesor i5"
    assert side_by_side([Box(0, 0, 100, 500), Box(150, 20, 300, 480)])
    assert not side_by_side([Box(0, 0, 100, 50), Box(0, 60, 300, 480)])


def test_a_paragraph_running_over_a_table_keeps_its_lines_above_and_below_it() -> None:
    from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word
    from samarinda_extraction.readers.ocr_text import page_text

    def w(text: str, x: int, y: int) -> Word:
        return Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 60, y1=y + 30)

    table = OcrTable([["No", "Barang"], ["1", "Kursi lipat besi"]], Box(100, 500, 1200, 700))
    # One paragraph of Tesseract's: a caption, the table's rows, then a footnote under the table
    lines = [
        [w("Lampiran", 110, 420), w("II", 300, 420)],
        [w("No", 110, 510), w("Barang", 400, 510)],
        [w("1", 110, 560), w("Kursi", 400, 560)],
        [w("Catatan:", 110, 760), w("baru", 300, 760)],
    ]
    assert page_text(lines, [table]) == "Lampiran II\n\nNo Barang\n1 Kursi lipat besi\n\nCatatan: baru"


def test_a_fax_loses_its_specks_but_keeps_its_full_stops() -> None:
    from samarinda_extraction.readers.page_image import despeckle, is_bilevel

    page = np.full((400, 400), 255, np.uint8)
    page[20:60, 20:380:4] = 0  # strokes of letters
    page[100:104, 100:104] = 0  # a full stop at fax resolution (16 px)
    page[200, 50] = page[300:302, 300] = 0  # specks of 1 and 2 px
    assert is_bilevel(page)
    cleaned, removed = despeckle(page)
    assert removed == 2
    assert cleaned[200, 50] == 255 and cleaned[300, 300] == 255 and cleaned[101, 101] == 0
    # a dot of 4 px alone is a speck too; beside a letter's stroke it is that word's full stop
    page[150:152, 200:202] = 0
    page[61:63, 21:23] = 0
    cleaned, removed = despeckle(page)
    assert removed == 3
    assert cleaned[150, 200] == 255 and cleaned[61, 21] == 0
    rendered = text_page(["Nomor 440/1273/P2P/III/2024"] * 5)  # anti-aliased, mostly white paper
    assert not is_bilevel(rendered)
    assert is_bilevel(np.where(rendered > 128, 255, 0).astype(np.uint8))


def test_table_rulings_broken_into_dashes_by_a_fax_are_still_found() -> None:
    from samarinda_extraction.readers.ruling import find_grids

    page = np.full((1754, 1240), 255, np.uint8)
    xs, ys = [100, 400, 800, 1140], list(range(300, 1000, 100))
    for y in ys:
        for x in range(100, 1140, 60):  # dashes 40 px long with 20 px gaps
            cv2.line(page, (x, y), (min(x + 40, 1140), y), 0, 2)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    [grid] = find_grids(page)[0]
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)


def test_a_table_ruled_across_only_has_its_row_rules_found_but_no_grid_nor_underline() -> None:
    from samarinda_extraction.readers.ruling import find_grids, horizontal_rules

    page = text_page(["Daftar barang"]).copy()
    for y in (400, 480, 640, 720, 800):
        cv2.line(page, (100, y), (1140, y), 0, 2)
    cv2.line(page, (700, 1200), (1000, 1200), 0, 2)  # a signature's underline
    assert find_grids(page)[0] == []
    rules = horizontal_rules(page)
    assert [round((r.y0 + r.y1) / 2) for r in rules] == pytest.approx([400, 480, 640, 720, 800], abs=2)
    assert all(r.x0 <= 102 and r.x1 >= 1138 for r in rules)


def test_word_sized_ink_is_found_and_rulings_are_not() -> None:
    from samarinda_extraction.readers.page_image import word_blobs

    page = text_page(["Capaian 71,85"]).copy()
    cv2.line(page, (100, 600), (1100, 600), 0, 3)  # a ruling: too flat to be a word
    blobs = word_blobs(page, 36)
    assert blobs and all(y1 < 600 for _, _, _, y1 in blobs)
    assert min(x0 for x0, *_ in blobs) == pytest.approx(120, abs=6)


def test_a_bilevel_page_is_smoothed_and_enlarged_for_the_recogniser() -> None:
    from samarinda_extraction.readers.page_image import smooth_bilevel

    fax = np.where(text_page(["Nomor 440/1273/P2P/III/2024"]) > 128, 255, 0).astype(np.uint8)
    smoothed, factor = smooth_bilevel(fax)
    assert factor == pytest.approx(2400 / 1240, abs=0.01)
    assert smoothed.shape[0] == pytest.approx(1754 * factor, abs=2)
    assert len(np.unique(smoothed)) > 2  # grey edges again


def test_bold_capitals_and_stacked_letters_are_no_rulings_but_underlines_are() -> None:
    from samarinda_extraction.readers.ruling import erase_rulings, find_grids, solid_rulings

    page = np.full((3508, 2480), 255, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    # A letterhead in heavy capitals: their bars line up into runs as long as a rule.
    cv2.putText(page, "PENGELOLAAN KEUANGAN DAERAH", (300, 400), font, 3.2, 0, 14)
    for i in range(8):  # a label column: letters with descenders and ascenders stacked
        cv2.putText(page, "Kepala pkp", (300, 700 + 62 * i), font, 1.6, 0, 4)
    cv2.line(page, (300, 1400), (2200, 1400), 0, 4)  # an underline
    cv2.rectangle(page, (300, 1600), (560, 1900), 0, 4)  # a logo's frame
    grids, rulings = find_grids(page)
    kept = solid_rulings(page, rulings, grids)
    assert kept[1395:1406, 400:2100].any()
    assert not kept[300:1300].any()
    assert not kept[1590:1910].any()
    erased = erase_rulings(page, kept)
    assert np.array_equal(erased[:1300], page[:1300]) and erased[1400, 1000] == 255


def test_a_masthead_in_large_bold_letters_is_no_ruling_but_the_rule_under_it_is() -> None:
    from samarinda_extraction.readers.ruling import find_grids, solid_rulings

    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    # A newsletter's or letterhead's title: stems and slanted strokes of heavy capitals taller
    # than a column rule's shortest run, inked solidly along their length.
    draw.text((420, 150), "KABAR TEPIAN", font=ImageFont.truetype("DejaVuSans-Bold.ttf", 130), fill=0)
    draw.line((200, 400, 2280, 400), fill=0, width=7)  # the rule under it
    pixels = np.asarray(page)
    grids, rulings = find_grids(pixels)
    kept = solid_rulings(pixels, rulings, grids)
    assert not kept[100:360].any()
    assert kept[396:405, 300:2200].any()


def test_a_ruled_table_no_grid_was_found_for_is_erased_but_a_frame_is_not() -> None:
    from samarinda_extraction.readers.ruling import solid_rulings

    page = np.full((3508, 2480), 255, np.uint8)
    for y in (400, 500, 600, 700, 800):  # a table's rules, its grid missed (a skewed scan)
        cv2.line(page, (300, y), (2200, y), 0, 4)
    for x in (300, 1200, 2200):
        cv2.line(page, (x, 400), (x, 800), 0, 4)
    cv2.rectangle(page, (300, 1600), (560, 1900), 0, 4)  # a logo's frame
    rulings = np.where(page < 128, 255, 0).astype(np.uint8)
    kept = solid_rulings(page, rulings, [])
    assert kept[398:403, 400:2100].all()
    assert not kept[1590:1910].any()


def test_near_a_tie_the_page_as_it_came_is_kept_over_its_cleaned_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers import ocr, ocr_crops, tesseract
    from samarinda_extraction.readers.ocr_options import OcrOptions

    page = text_page(["Rapat koordinasi pasar", "dimulai pukul sembilan"], size=(2480, 3508))
    page = cv2.line(page.copy(), (120, 400), (1100, 400), 0, 4)  # an underline: the cleaned page loses it

    def read_once(gray: np.ndarray, name: str, options: OcrOptions) -> object:
        # Both readings hold as many confident characters, equally sure: a tie.
        text = "dimulai pukul sembilan" if name == "plain" else "pukul sembilan dimulai"
        words = [Word(w, 90.0, 100 * i, 10, 100 * i + 80, 40, i) for i, w in enumerate(text.split())]
        return tesseract.Reading(name, gray, words, [words])

    monkeypatch.setattr(tesseract, "read_once", read_once)
    monkeypatch.setattr(
        ocr_crops, "read_crops", lambda image, boxes, options, languages=None: [[] for _ in boxes]
    )
    result = ocr.ocr_page(page, OcrOptions(keep_page_image=False))
    assert result.ocr_pass == "plain"
    assert result.text == "dimulai pukul sembilan"
    # A deskewed page keeps its reading in a tie: the skewed plain reading gives no tables.
    skewed = ocr.ocr_page(rotate(page, 2.0), OcrOptions(keep_page_image=False))
    assert skewed.ocr_pass.startswith("deskewed")


@pytest.mark.parametrize(("plain_extra", "kept"), [(3, "deskewed"), (12, "plain")])
def test_a_deskewed_ruled_table_keeps_a_near_tie_with_its_surer_skewed_plain_reading(
    monkeypatch: pytest.MonkeyPatch, plain_extra: int, kept: str
) -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers import ocr, ocr_result, tesseract
    from samarinda_extraction.readers.ocr_options import OcrOptions, OcrResult

    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSerif.ttf", 36)
    prose = "Rapat koordinasi pasar dimulai pukul sembilan di ruang rapat lantai dua kantor dinas"
    for i in range(14):
        draw.text((200, 200 + 60 * i), " ".join(prose.split()[i % 5 : i % 5 + 9]), fill=0, font=font)
    xs, ys = [200, 1100, 1700, 2300], [1200 + 80 * i for i in range(12)]
    for top in ys[:-1]:
        for x, cell in zip(xs, ("Belanja alat tulis kantor", "12 paket", "1.250.000"), strict=False):
            draw.text((x + 20, top + 18), cell, fill=0, font=font)
    page = np.asarray(image).copy()
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 4)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 4)

    def read_once(gray: np.ndarray, name: str, options: OcrOptions) -> object:
        # The plain reading holds a few more confident characters (``plain_extra`` per 100),
        # and is the surer one, as a skewed scan's plain reading is when erased rulings and
        # specks cost the deskewed one some words.
        count = 100 + plain_extra if name == "plain" else 100
        confidence = 92.0 if name == "plain" else 85.0
        words = [
            Word("abcdefghij", confidence, 160 * i, 10, 160 * i + 150, 40, i) for i in range(count // 10)
        ]
        words += [Word("x" * (count % 10), confidence, 0, 50, 60, 80, len(words))] if count % 10 else []
        return tesseract.Reading(name, gray, words, [words])

    monkeypatch.setattr(tesseract, "read_once", read_once)
    monkeypatch.setattr(
        ocr_result, "page_result", lambda reading, *args, **kwargs: OcrResult("", None, ocr_pass=reading.name)
    )
    result = ocr.ocr_page(rotate(page, 2.0), OcrOptions(keep_page_image=False))
    assert result.ocr_pass.startswith(kept), result.ocr_pass


def test_letter_stems_starting_a_column_row_after_row_are_no_column_rule() -> None:
    from samarinda_extraction.readers.ruling import erase_rulings, find_grids, solid_rulings

    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSansCondensed.ttf", 30)
    xs, top, pitch = [200, 700, 1500, 2280], 600, 40
    # Rows of a goods table whose middle column starts with a tall stem on row after row: the
    # stems and the row rules between them line up into one long vertical run.
    words = [
        "Lampu LED 12 watt",
        "Lemari besi 2 pintu",
        "Ink jet A3",
        "Lensa kamera 50 mm",
        "dudukan",
        "Lakban",
    ]
    for r, text in enumerate(words):
        y = top + r * pitch
        draw.text((xs[0] + 12, y + 6), f"{r + 1}", fill=0, font=font)
        draw.text((xs[1] + 12, y + 6), text, fill=0, font=font)
        draw.text((xs[2] + 12, y + 6), "unit", fill=0, font=font)
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    bottom = top + len(words) * pitch
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=2)
    for x in xs:
        draw.line([(x, top), (x, bottom)], fill=0, width=2)
    pixels = np.asarray(page)
    grids, rulings = find_grids(pixels)
    kept = solid_rulings(pixels, rulings, grids)
    assert len(grids) == 1 and len(grids[0].xs) == len(xs)
    erased = erase_rulings(pixels, kept)
    # the column's rule is erased, the first letters of its cells are not
    assert (erased[top + 20 : bottom - 20, xs[1] - 1 : xs[1] + 2] == 255).all()
    for r in range(len(words)):
        y = top + r * pitch
        letters = (slice(y + 12, y + pitch - 12), slice(xs[1] + 11, xs[1] + 40))
        assert np.array_equal(erased[letters], pixels[letters])


def test_a_column_rule_broken_by_rows_spanning_the_table_is_kept_on_a_page_left_slightly_skewed() -> None:
    from samarinda_extraction.readers.ruling import find_grids

    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    xs, top, pitch, rows = [150, 300, 1300, 1600, 1900, 2330], 500, 56, 30
    for r in range(rows + 1):
        draw.line([(xs[0], top + r * pitch), (xs[-1], top + r * pitch)], fill=0, width=3)
    # Every third row is a group heading written across the inner columns (a budget account's
    # row in an RKA): the inner rules stop at it, so they are inked down two thirds of the table.
    for x in xs:
        for r in range(rows):
            if r % 3 == 0 and x not in (xs[0], xs[1], xs[-1]):
                continue
            draw.line([(x, top + r * pitch), (x, top + (r + 1) * pitch)], fill=0, width=3)
    for r in range(rows):
        y = top + r * pitch + 12
        label = "Kelompok belanja bahan" if r % 3 == 0 else "Kertas sampul buffalo"
        draw.text((xs[1] + 10, y), label, fill=0, font=font)
        if r % 3:
            draw.text((xs[2] + 10, y), "12 rim", fill=0, font=font)
    # what deskewing leaves: a fifth of a degree, the rule drifting 10 px down the table
    skewed = np.asarray(page.rotate(0.2, fillcolor=255, resample=Image.Resampling.BICUBIC))
    grids, _ = find_grids(skewed)
    assert len(grids) == 1 and len(grids[0].xs) == len(xs)


def test_a_grey_page_strewn_with_specks_loses_them_but_keeps_its_letters() -> None:
    from samarinda_extraction.readers.page_image import peppered, unpepper

    clean = text_page(["Kursi lipat besi 12 Buah 350.000"] * 8)
    assert not peppered(clean)
    noisy = clean.copy()
    rng = np.random.default_rng(7)
    ys, xs = rng.integers(0, clean.shape[0], 3000), rng.integers(0, clean.shape[1], 3000)
    noisy[ys, xs] = 0  # single dark pixels: a scanner's pepper noise
    assert peppered(noisy)
    cleaned = unpepper(noisy)
    assert not peppered(cleaned)
    # The letters' ink stays: a median of 3 pixels keeps strokes wider than one pixel.
    assert np.sum(cleaned < 128) > 0.8 * np.sum(clean < 128)


def test_a_group_label_across_a_column_rule_leaves_the_rule_open_in_its_row() -> None:
    from samarinda_extraction.readers.ruling import find_grids

    page = np.full((1754, 1240), 255, np.uint8)
    xs, ys = [100, 220, 800, 1140], list(range(300, 1000, 70))
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        for top, bottom in itertools.pairwise(ys):
            if top != ys[2] or x in (xs[0], xs[-1]):  # the third row is one cell across
                cv2.line(page, (x, top), (x, bottom), 0, 3)
    # the third row's label has a letter's stem standing where the column rules are elsewhere
    for x in (xs[1], xs[2]):
        cv2.line(page, (x, ys[2] + 18), (x, ys[2] + 52), 0, 4)
    [grid] = find_grids(page)[0]
    assert len(grid.xs) == len(xs)
    assert {(2, 1), (2, 2)} <= grid.open_edges
    assert (1, 1) not in grid.open_edges


def test_a_deskewed_table_read_row_by_row_keeps_a_tie_with_a_surer_plain_reading_of_its_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers import ocr, ocr_result, tesseract
    from samarinda_extraction.readers.ocr_options import OcrOptions, OcrResult

    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSerif.ttf", 36)
    for i in range(16):
        for x, cell in zip(
            (200, 1100, 1900), (f"Pengadaan kursi lipat {i}", "24 buah", "3.600.000"), strict=True
        ):
            draw.text((x, 300 + 70 * i), cell, fill=0, font=font)
    page = np.asarray(image).copy()

    def read_once(gray: np.ndarray, name: str, options: OcrOptions) -> object:
        # As many confident characters each, the plain reading the surer one; the deskewed
        # reading holds each row whole, across the gutters, the skewed plain one its columns.
        confidence = 92.0 if name == "plain" else 85.0
        rows = [
            [
                Word("abcdefghij", confidence, 0, 10 + 50 * i, 150, 40 + 50 * i, 2 * i),
                Word("abcdefghij", confidence, 900, 10 + 50 * i, 1050, 40 + 50 * i, 2 * i + 1),
            ]
            for i in range(16)
        ]
        words = [w for row in rows for w in row]
        lines = rows if name != "plain" else [[w] for w in words]
        return tesseract.Reading(name, gray, words, lines)

    monkeypatch.setattr(tesseract, "read_once", read_once)
    monkeypatch.setattr(
        ocr_result, "page_result", lambda reading, *args, **kwargs: OcrResult("", None, ocr_pass=reading.name)
    )
    result = ocr.ocr_page(rotate(page, 2.0), OcrOptions(keep_page_image=False))
    assert result.ocr_pass.startswith("deskewed"), result.ocr_pass


def test_a_written_text_that_breaks_rows_tesseract_read_whole_gives_way_to_tesseracts_own() -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers.ocr_text import rows_kept
    from samarinda_extraction.readers.tesseract import Reading

    def row(y: int, *texts: str) -> list[Word]:
        return [Word(t, 95.0, 100 * i, y, 100 * i + 80, y + 20) for i, t in enumerate(texts)]

    lines = [row(0, "7.1", "Sewa", "Tenda", "3.000.000,00"), row(40, "7.2", "Sewa", "Kursi", "450.000,00")]
    reading = Reading("deskewed", np.zeros((10, 10), np.uint8), [w for line in lines for w in line], lines)
    # Names and amounts written apart: every row in two pieces.
    broken = "7.1 Sewa Tenda\n7.2 Sewa Kursi\n\n3.000.000,00\n450.000,00"
    assert rows_kept(broken, broken, reading) == (
        "7.1 Sewa Tenda 3.000.000,00\n7.2 Sewa Kursi 450.000,00",
        "deskewed+own-order",
    )
    # A text that keeps the rows (reordered or not) is kept.
    kept = "7.2 Sewa Kursi 450.000,00\n7.1 Sewa Tenda 3.000.000,00"
    assert rows_kept(kept, kept, reading) == (kept, "deskewed")


def test_a_skewed_pages_plain_reading_less_sure_on_average_needs_clearly_more_text() -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers.ocr_choice import holds_clearly_more, straightened_kept
    from samarinda_extraction.readers.tesseract import Reading

    def reading(name: str, count: int, confidence: float) -> Reading:
        words = [Word("Register", confidence, 0, 40 * i, 80, 40 * i + 20) for i in range(count)]
        return Reading(name, np.zeros((10, 10), np.uint8), words, [words])

    straightened = reading("deskewed", 100, 92.0)
    # A few more confident characters at a lower mean confidence (a sloping table's rules read
    # as marks): the straightened reading stays.
    assert straightened_kept(straightened, reading("plain", 106, 84.0)) is straightened
    # Clearly more text: the usual comparison.
    assert straightened_kept(straightened, reading("plain", 120, 84.0)).name == "plain"
    # As sure with a few more: a deskewed page's sloping rows, read in pieces, are not put back
    # together; a photo's plain reading (no slope of the rows to speak of) is compared as usual.
    assert straightened_kept(straightened, reading("plain", 106, 92.0)) is straightened
    dewarped = reading("dewarped+flattened", 100, 92.0)
    assert straightened_kept(dewarped, reading("plain", 106, 92.0)).name == "plain"
    # ... unless the straightened reading gives a table's rows (``ocr_page``): then the plain one
    # must hold clearly more.
    assert not holds_clearly_more(reading("plain", 106, 92.0), dewarped)
    assert holds_clearly_more(reading("plain", 120, 92.0), dewarped)


def test_a_pass_reports_the_turns_it_was_read_with() -> None:
    from samarinda_extraction.readers.ocr_orientation import rotation_of

    assert rotation_of("dewarped+turned180+rulings-erased", 180) == 180
    # Read again straightened but unturned: the looks' half turn was refuted.
    assert rotation_of("dewarped+rulings-erased", 180) == 0
    assert rotation_of("plain", 180) == 0
    assert rotation_of("turned90+osd-turned180", 90) == 270
    assert rotation_of("plain+side-turned90", 0) == 90


def test_on_a_near_tie_the_reading_that_keeps_rows_whole_decides() -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers.ocr_choice import rows_decide_tie
    from samarinda_extraction.readers.tesseract import Reading

    def reading(name: str, count: int, per_line: int) -> Reading:
        spots = [(100 * (i % per_line), 40 * (i // per_line)) for i in range(count)]
        words = [Word("Register", 90.0, x, y, x + 80, y + 20) for x, y in spots]
        lines = [words[i : i + per_line] for i in range(0, count, per_line)]
        return Reading(name, np.zeros((10, 10), np.uint8), words, lines)

    pieces = reading("smoothed+enlarged", 100, 2)
    # As much text, its rows whole: the rows decide.
    assert rows_decide_tie(reading("plain", 99, 5), pieces)
    # Clearly less text: no tie, the count decides as usual.
    assert not rows_decide_tie(reading("plain", 90, 5), pieces)
    # Rows no longer: nothing to decide by.
    assert not rows_decide_tie(reading("plain", 99, 2), pieces)


def test_a_fax_reading_keeping_clearly_more_table_cells_wins_a_near_tie() -> None:
    from samarinda_extraction.readers.ocr_choice import tables_decide_tie

    assert tables_decide_tie(plain_cells=16, cleaned_cells=24)
    assert not tables_decide_tie(plain_cells=16, cleaned_cells=18)  # a few cells more: no table lost
    assert not tables_decide_tie(plain_cells=2, cleaned_cells=5)  # less than a row's worth
    assert tables_decide_tie(plain_cells=0, cleaned_cells=8)


def test_the_filled_cells_of_a_readings_unruled_table_are_counted() -> None:
    from samarinda_extraction.domain.ocr_tables import Word
    from samarinda_extraction.readers.ocr_page_tables import filled_cells
    from samarinda_extraction.readers.tesseract import Reading

    rows = [("Kursi", f"{i + 2}", f"{(i + 1) * 125}.000") for i in range(6)]
    words, lines = [], []
    for r, row in enumerate(rows):
        line = [
            Word(text, 92.0, x, 200 + 60 * r, x + 20 * len(text), 228 + 60 * r, order=3 * r + c)
            for c, (text, x) in enumerate(zip(row, (100, 700, 1200), strict=True))
        ]
        words += line
        lines.append(line)
    reading = Reading("plain", np.full((1000, 1600), 255, np.uint8), words, lines)
    assert filled_cells(reading, [], []) == 18
    # The same words as prose lines (no gutters between the cells): no table.
    prose = [
        Word(w.text, 92.0, 100 + 90 * (i % 3), w.y0, 100 + 90 * (i % 3) + 80, w.y1, order=i)
        for i, w in enumerate(words)
    ]
    assert (
        filled_cells(
            Reading("plain", reading.image, prose, [prose[i : i + 3] for i in range(0, 18, 3)]), [], []
        )
        == 0
    )
