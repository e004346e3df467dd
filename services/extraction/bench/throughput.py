"""Pages per second: born-digital and scanned, and the service path vs Tesseract called directly.

    .venv/bin/python services/extraction/bench/throughput.py [--rounds 2] [--workers 2]

Born-digital: the sample PDFs through ``extract_bytes``. Scanned: a PDF of rendered Indonesian
pages (clean and noisy) through ``extract_bytes`` with the worker's OCR process pool, against the
same pages pre-rendered to PNG and given to ``tesseract -l ind+eng`` with the same number of
parallel processes (rendering is not counted for the direct run, only for ours). Rounds alternate
the two so that machine load affects both alike.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).parent))

from pages import DPI, PARAGRAPHS, PARAGRAPHS_2, noisy, png_bytes, render_page, scanned_pdf
from samarinda_common.testing.samples import samples_dir
from samarinda_extraction import extract_bytes
from samarinda_extraction.adapters.pooled import ocr_process_pool
from samarinda_extraction.readers.ocr import ocr_page
from samarinda_extraction.readers.ocr_options import OcrOptions

SAMPLES = samples_dir()
BORN_DIGITAL = [SAMPLES / "ssh_2026.pdf", SAMPLES / "docs" / "laporan_realisasi_pengadaan_2025.pdf"]


def born_digital_rate(repeats: int) -> float:
    files = [(p.name, p.read_bytes()) for p in BORN_DIGITAL]
    pages = 0
    started = time.perf_counter()
    for _ in range(repeats):
        for name, data in files:
            pages += len(extract_bytes(data, name, "application/pdf").pages)
    return pages / (time.perf_counter() - started)


def cpu_seconds_of(pids: list[int]) -> float:
    """CPU time of processes and of their reaped children (Tesseract runs as a child of each worker)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def direct_tesseract(pngs: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(path: Path) -> str:
        return subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "ind+eng"],
            env=env,
            capture_output=True,
            check=True,
            text=True,
        ).stdout

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, pngs))
    return len(pngs) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    clean = [render_page(PARAGRAPHS)[0], render_page(PARAGRAPHS_2)[0]]
    images = [*clean, *(noisy(p, seed=i) for i, p in enumerate(clean))]
    pdf = scanned_pdf(images)
    with tempfile.TemporaryDirectory() as directory:
        pngs = []
        document = pdfium.PdfDocument(pdf)
        for index in range(len(document)):
            # Exactly the pixels our path OCRs: the PDF page rendered at 300 dpi.
            rendered = document[index].render(scale=DPI / 72, grayscale=True).to_numpy()
            path = Path(directory) / f"page{index}.png"
            path.write_bytes(png_bytes(rendered))
            pngs.append(path)
        document.close()

        print(f"born-digital: {born_digital_rate(repeats=5):.1f} pages/s (single thread, pdfplumber)")
        pool = ocr_process_pool(args.workers)
        # The worker keeps its pool for its lifetime: start the processes before timing.
        list(pool.map(ocr_page, [clean[0][:400, :400]] * args.workers, [OcrOptions()] * args.workers))
        workers = list(pool._processes)  # the pool's pids, to read their CPU time
        ours_rates, direct_rates, ours_cpu, direct_cpu = [], [], 0.0, 0.0
        try:
            for _ in range(args.rounds):
                cpu = children_cpu_seconds()
                direct_rates.append(direct_tesseract(pngs, args.workers))
                direct_cpu += children_cpu_seconds() - cpu
                cpu = own_cpu_seconds() + cpu_seconds_of(workers)
                started = time.perf_counter()
                doc = extract_bytes(pdf, "scan.pdf", "application/pdf", executor=pool)
                ours_rates.append(doc.pages_ocr / (time.perf_counter() - started))
                ours_cpu += own_cpu_seconds() + cpu_seconds_of(workers) - cpu
        finally:
            pool.shutdown()
    pages = len(pngs) * args.rounds
    ours, direct = sum(ours_rates) / len(ours_rates), sum(direct_rates) / len(direct_rates)
    print(f"scanned, service path ({args.workers} OCR processes): {ours:.3f} pages/s wall, "
          f"{ours_cpu / pages:.2f} CPU s/page  rounds={[round(r, 3) for r in ours_rates]}")  # fmt: skip
    print(f"scanned, tesseract directly ({args.workers} processes): {direct:.3f} pages/s wall, "
          f"{direct_cpu / pages:.2f} CPU s/page  rounds={[round(r, 3) for r in direct_rates]}")  # fmt: skip
    print(f"ratio service/direct, wall clock: {ours / direct:.2f}")
    print(f"ratio service/direct, by CPU cost (load-independent): {direct_cpu / ours_cpu:.2f} "
          f"(overhead {ours_cpu / direct_cpu - 1:+.0%})")  # fmt: skip
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
