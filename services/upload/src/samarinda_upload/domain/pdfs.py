"""PDFs: must open without a password, parse, and stay under the page limit."""

from __future__ import annotations

import logging
from typing import BinaryIO

from pypdf import PasswordType, PdfReader
from samarinda_common.errors import InvalidInput, PreconditionFailed

from samarinda_upload.domain.limits import Budget, ValidationLimits

# pypdf logs every repaired xref at WARNING; a corrupt upload is our verdict to report, not a log line.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def check_pdf(stream: BinaryIO, limits: ValidationLimits, budget: Budget) -> dict[str, int]:
    """Return the page count of a readable PDF, else raise PDF_ENCRYPTED, PDF_CORRUPT or TOO_MANY_PAGES."""
    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise PreconditionFailed(
                "PDF needs a password to open", reason="PDF_ENCRYPTED", details={"field": "file"}
            )
        budget.check()
        pages = len(reader.pages)
        budget.check()
    except (InvalidInput, PreconditionFailed):
        raise
    except Exception as exc:
        if "decrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise PreconditionFailed(
                "PDF needs a password to open", reason="PDF_ENCRYPTED", details={"field": "file"}
            ) from exc
        raise InvalidInput(
            f"PDF is unreadable ({type(exc).__name__})", field="file", reason="PDF_CORRUPT"
        ) from exc
    if pages == 0:
        raise InvalidInput("PDF has no pages", field="file", reason="PDF_CORRUPT")
    if pages > limits.max_pdf_pages:
        raise InvalidInput(
            f"PDF has {pages} pages, more than {limits.max_pdf_pages}", field="file", reason="TOO_MANY_PAGES"
        )
    return {"pages": pages}
