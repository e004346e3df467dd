"""A disk cache of what the extraction library read from a PDF or an image, for repeated offline
runs over the same files (evaluation sets whose scans take minutes to OCR on a busy machine).

An entry is keyed by the file's bytes, the OCR time scale and a fingerprint of the extraction
code — the ``samarinda_extraction`` package and every ``samarinda_common`` module it imports,
directly or through another — so a change to the OCR or the table detection reads afresh, while a
change to the review's parsers or rules (applied after this step) reuses the readings. The
Tesseract binary and its language data are not in the key: clear the directory after upgrading
them.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from functools import cached_property
from pathlib import Path

from samarinda_common.extracted import ExtractedDocument

_COMMON_IMPORT = re.compile(r"samarinda_common((?:\.\w+)+)")


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def get(self, path: Path, ocr_time_scale: float) -> ExtractedDocument | None:
        entry = self._entry(path, ocr_time_scale)
        if not entry.is_file():
            self.misses += 1
            return None
        self.hits += 1
        return ExtractedDocument.model_validate_json(entry.read_bytes())

    def put(self, path: Path, ocr_time_scale: float, document: ExtractedDocument) -> None:
        entry = self._entry(path, ocr_time_scale)
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(".partial")
        partial.write_text(document.model_dump_json())
        partial.replace(entry)  # a run stopped mid-write leaves no half entry behind

    def _entry(self, path: Path, ocr_time_scale: float) -> Path:
        key = hashlib.sha256()
        key.update(self.code_fingerprint.encode())
        key.update(repr(ocr_time_scale).encode())
        key.update(path.read_bytes())
        return self.directory / f"{path.name}.{key.hexdigest()[:24]}.json"

    @cached_property
    def code_fingerprint(self) -> str:
        return extraction_code_fingerprint()


def extraction_code_fingerprint() -> str:
    """A hash over the extraction package's files and the shared modules its code imports."""
    digest = hashlib.sha256()
    for source in sorted(_extraction_sources()):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _extraction_sources() -> set[Path]:
    package = _package_dir("samarinda_extraction")
    files = {path for path in package.rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    common = _package_dir("samarinda_common")
    pending = [path for path in files if path.suffix == ".py"]
    while pending:
        for dotted in _COMMON_IMPORT.findall(pending.pop().read_text(encoding="utf-8")):
            module = _common_module(common, dotted.lstrip(".").split("."))
            if module is not None and module not in files:
                files.add(module)
                pending.append(module)
    return files


def _common_module(common: Path, parts: list[str]) -> Path | None:
    """The file of ``samarinda_common.a.b`` (a name imported from a module resolves to that module)."""
    while parts:
        candidate = common.joinpath(*parts)
        if candidate.with_suffix(".py").is_file():
            return candidate.with_suffix(".py")
        if (candidate / "__init__.py").is_file():
            return candidate / "__init__.py"
        parts = parts[:-1]
    return None


def _package_dir(name: str) -> Path:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    return Path(module.__file__).parent
