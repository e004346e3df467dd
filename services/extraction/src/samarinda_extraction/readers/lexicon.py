"""The words of the OCR languages, taken from Tesseract's own installed models.

Each ``<lang>.traineddata`` carries the word list its LSTM model was trained with (a DAWG);
``combine_tessdata -u`` unpacks it and ``dawg2wordlist`` writes it out, both shipped with
Tesseract. A general lexicon (no word of any document of ours), derived once per process in
about a second, with nothing downloaded.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import subprocess
import tempfile
from pathlib import Path

_log = logging.getLogger(__name__)
_TESSDATA = re.compile(r'"([^"]+)"')
_TIMEOUT_SECONDS = 30.0


@functools.cache
def ocr_lexicon(languages: str) -> frozenset[str]:
    """Lower-case words of the ``+``-joined languages' models; empty when the tools or a
    model's word list are missing (the caller then judges readings by confidence alone)."""
    tessdata = _tessdata_dir()
    if tessdata is None:
        return frozenset()
    words: set[str] = set()
    for language in languages.split("+"):
        words |= _model_words(tessdata / f"{language}.traineddata")
    return frozenset(words)


def _tessdata_dir() -> Path | None:
    try:
        listing = subprocess.run(
            ["tesseract", "--list-langs"],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found = _TESSDATA.search(listing.stdout + listing.stderr)
    return Path(found.group(1)) if found else None


def _model_words(model: Path) -> set[str]:
    """The model's words, unpacked once per model version into the temp directory (later
    processes, e.g. a pool's, only read that list back)."""
    if not model.is_file():
        return set()
    stat = model.stat()
    version = f"{model.stem}-{stat.st_size}-{stat.st_mtime_ns}"
    cached = Path(tempfile.gettempdir()) / f"samarinda-lexicon-{version}.txt"
    if cached.is_file():
        return set(cached.read_text(encoding="utf-8").split())
    words = _unpacked_words(model)
    if words:
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_text("\n".join(sorted(words)), encoding="utf-8")
        partial.replace(cached)
    return words


def _unpacked_words(model: Path) -> set[str]:
    with tempfile.TemporaryDirectory(prefix="samarinda-lexicon-") as scratch:
        prefix = Path(scratch) / "model."
        words = Path(scratch) / "words.txt"
        try:
            subprocess.run(
                ["combine_tessdata", "-u", str(model), str(prefix)],
                capture_output=True,
                timeout=_TIMEOUT_SECONDS,
                check=True,
            )
            subprocess.run(
                ["dawg2wordlist", f"{prefix}lstm-unicharset", f"{prefix}lstm-word-dawg", str(words)],
                capture_output=True,
                timeout=_TIMEOUT_SECONDS,
                check=True,
            )
            listed = words.read_text(encoding="utf-8").split()
            return {word.lower() for word in listed}
        except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
            _log.warning("no word list from %s: readings are compared by confidence alone", model.name)
            return set()
