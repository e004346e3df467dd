"""What a page's OCR is asked to do and what it gives back: the options of a reading (languages,
timeouts, the deadline, whether to look for tables or keep the page image) and the result of one
page. Apart from the reading itself so that settings, the scanned-document reader and every
module of the reading can name them without importing the reading."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from samarinda_extraction.domain.ocr_tables import OcrTable


@dataclass(frozen=True)
class OcrOptions:
    languages: str = "ind+eng"
    timeout_seconds: float = 120.0
    # A table's cells re-read together (one Tesseract call): a short call, cut early when stuck.
    crops_timeout_seconds: float = 20.0
    # Below this mean word confidence a changed page is also read plain, an unchanged one re-oriented.
    retry_below_confidence: float = 75.0
    tesseract_config: str = "--psm 3"
    find_tables: bool = True
    keep_page_image: bool = True
    # Read an upright page that was only cleaned up also as it came, on the other core at the
    # same time, and keep the better reading (no silent loss at ~1x wall time, 2x CPU). Off, the
    # plain reading is made only when the cleaned one looks doubtful (low confidence or lost
    # lines): half the CPU on a busy machine, at the risk of a confident but poorer reading.
    parallel_plain: bool = True
    # The resolution the image file declares (dots per inch), None when it declares none: the
    # page as it came is read at it, as plain Tesseract reads the file (estimated from the text's
    # size instead, a 300-dpi page in a large type passes for 400 dpi, and a narrow column's lines
    # are then joined to the next column's).
    declared_dpi: int | None = None
    # time.monotonic() after which no Tesseract call starts and running ones are cut (the
    # document's budget); monotonic time is the same in every process of the machine.
    deadline: float | None = None

    def scaled(self, factor: float) -> OcrOptions:
        """The per-call timeouts multiplied by ``factor``: a benchmark on a machine shared with
        other jobs, where a call cut off drops a page's lines whatever the reading's quality."""
        return replace(
            self,
            timeout_seconds=self.timeout_seconds * factor,
            crops_timeout_seconds=self.crops_timeout_seconds * factor,
        )


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None
    rotation: int = 0
    skew_degrees: float = 0.0
    ocr_pass: str = "plain"  # noqa: S105 - the name of a reading, not a password
    timed_out: bool = False
    unreadable_share: float = 0.0
    tables: list[OcrTable] = field(default_factory=list)
    page_png: bytes | None = None
    page_size: tuple[int, int] = (0, 0)


def at_declared_dpi(options: OcrOptions) -> OcrOptions:
    """The options that read a page at the resolution its file declares (when it declares one)."""
    if options.declared_dpi is None:
        return options
    return replace(options, tesseract_config=f"{options.tesseract_config} --dpi {options.declared_dpi}")
