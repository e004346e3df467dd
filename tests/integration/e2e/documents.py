"""Sample documents, and byte-distinct copies of them with the same content.

The upload service keeps one document per (OPD, content hash), so a test that needs several
documents of one OPD needs several files: each copy differs only in its file metadata (a PNG text
chunk, the workbook's or PDF's document properties), so extraction does the same work for each.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfReader, PdfWriter

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "samples"
SSH_XLSX = SAMPLES / "ssh_2026.xlsx"
RKA_XLSX = SAMPLES / "rka_dinas_pendidikan_2026.xlsx"
RKA_LABELS = SAMPLES / "rka_dinas_pendidikan_2026.labels.json"
SCANNED_QUOTATION = SAMPLES / "docs" / "penawaran_cv_mahakam_scan.png"
REALISATION_PDF = SAMPLES / "docs" / "laporan_realisasi_pengadaan_2025.pdf"


def unique_copy(source: Path, target_dir: Path, tag: str) -> Path:
    """A copy of ``source`` (PNG, XLSX or PDF) in ``target_dir`` whose bytes carry ``tag``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{source.stem}-{tag}{source.suffix}"
    suffix = source.suffix.lower()
    if suffix == ".png":
        info = PngInfo()
        info.add_text("samarinda-copy", tag)
        with Image.open(source) as image:
            image.save(target, pnginfo=info)
    elif suffix == ".xlsx":
        workbook = load_workbook(source)
        workbook.properties.identifier = tag
        workbook.save(target)
    elif suffix == ".pdf":
        writer = PdfWriter(clone_from=PdfReader(source))
        writer.add_metadata({"/Subject": tag})
        writer.write(target)
    else:
        raise ValueError(f"no content-preserving copy for {source.suffix} files")
    return target
