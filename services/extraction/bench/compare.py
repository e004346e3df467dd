"""Our extraction vs an established extractor (MarkItDown) on the same files, in the same run.

    python -m venv /tmp/cmpvenv && /tmp/cmpvenv/bin/pip install "markitdown[pdf,docx,xlsx]"
    .venv/bin/python services/extraction/bench/compare.py --other-python /tmp/cmpvenv/bin/python

The other extractor runs in its own venv (it is not a project dependency). Accuracy is measured
where the truth is known: budget rows recovered with the right numbers (SSH catalogue, as XLSX and
PDF; RKA lines) and OCR character error rate on the sample scans.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
from samarinda_common.testing.samples import samples_dir
from samarinda_extraction import extract_file
from samarinda_extraction.domain.quality import character_error_rate

SAMPLES = samples_dir()

OTHER = """
import json, sys, time
from markitdown import MarkItDown
md = MarkItDown()
out = {}
for path in sys.argv[1:]:
    started = time.perf_counter()
    try:
        text = md.convert(path).text_content
    except Exception as exc:
        text = f"<error {type(exc).__name__}>"
    out[path] = {"text": text, "seconds": time.perf_counter() - started}
print(json.dumps(out))
"""


def dotted(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def ssh_rows() -> list[tuple[str, str, int]]:
    sheet = openpyxl.load_workbook(SAMPLES / "ssh_2026.xlsx").active
    return [(r[1], r[2], r[5]) for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]


def rka_rows() -> list[tuple[str, int, int]]:
    book = openpyxl.load_workbook(SAMPLES / "rka_dinas_pendidikan_2026.xlsx")
    return [
        (r[2], r[7], r[9])
        for s in book.worksheets
        for r in s.iter_rows(values_only=True)
        if isinstance(r[0], int)
    ]


def has_number(line: str, value: int) -> bool:
    return dotted(value) in line or str(value) in line


def recall(lines: list[str], expected: list[tuple[str, str, int]] | list[tuple[str, int, int]]) -> float:
    """Share of expected rows found on one line with their identifying text and numbers."""
    found = 0
    for row in expected:
        texts = [v for v in row if isinstance(v, str)]
        numbers = [v for v in row if isinstance(v, int)]
        if any(all(t in line for t in texts) and all(has_number(line, n) for n in numbers) for line in lines):
            found += 1
    return found / len(expected)


def our_lines(path: Path) -> tuple[list[str], str, float]:
    started = time.perf_counter()
    document = extract_file(path)
    seconds = time.perf_counter() - started
    lines = [" | ".join("" if v is None else str(v) for v in row) for t in document.tables for row in t.rows]
    return lines + document.text.splitlines(), document.text, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--other-python", required=True, help="python of a venv with markitdown installed")
    args = parser.parse_args()
    cases = [
        ("ssh_2026.xlsx", ssh_rows(), None),
        ("ssh_2026.pdf", ssh_rows(), None),
        ("rka_dinas_pendidikan_2026.xlsx", rka_rows(), None),
        ("docs/penawaran_cv_mahakam_scan.png", None, "docs/penawaran_cv_mahakam_scan.truth.txt"),
        ("docs/notulen_rapat_foto.png", None, "docs/notulen_rapat_foto.truth.txt"),
    ]
    paths = [str(SAMPLES / name) for name, _, _ in cases]
    other = json.loads(subprocess.run([args.other_python, "-c", OTHER, *paths], capture_output=True,
                                      text=True, check=True).stdout)  # fmt: skip
    print(f"{'file':38} {'metric':12} {'ours':>8} {'markitdown':>11} {'s ours':>8} {'s other':>8}")
    for name, rows, truth in cases:
        lines, text, seconds = our_lines(SAMPLES / name)
        theirs = other[str(SAMPLES / name)]
        their_lines = theirs["text"].splitlines()
        if rows is not None:
            metric, ours_value, their_value = "row recall", recall(lines, rows), recall(their_lines, rows)
        else:
            reference = (SAMPLES / truth).read_text()
            metric = "CER"
            ours_value = character_error_rate(reference, text)
            their_value = character_error_rate(reference, theirs["text"])
        print(
            f"{name:38} {metric:12} {ours_value:8.1%} {their_value:11.1%} "
            f"{seconds:8.2f} {theirs['seconds']:8.2f}"
        )


if __name__ == "__main__":
    sys.exit(main())
