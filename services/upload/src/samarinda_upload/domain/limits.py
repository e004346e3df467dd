"""How much work validation may do on one file, and the clock that enforces it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from samarinda_common.errors import InvalidInput

MiB = 1024 * 1024


@dataclass(frozen=True)
class ValidationLimits:
    max_bytes: int = 100 * MiB
    max_filename_bytes: int = 255
    max_pixels: int = 64_000_000  # a 64 MP photo; Pillow's own bomb guard starts at ~89 MP
    max_image_frames: int = 500
    max_pdf_pages: int = 5_000
    max_zip_members: int = 2_000
    max_zip_uncompressed_bytes: int = 512 * MiB
    # Highly compressible members are normal (XML, CSV); only large ones must stay under the ratio.
    max_zip_ratio: int = 200
    zip_ratio_exempt_bytes: int = 4 * MiB
    max_zip_depth: int = 2  # a ZIP inside a ZIP is fine, a third level is not
    time_budget_seconds: float = 20.0


@dataclass
class Budget:
    """What one validation may still spend: wall time, and bytes decompressed across all nesting
    levels (so a ZIP of ZIPs cannot multiply the per-archive limit). Long loops call :meth:`check`.
    """

    seconds: float
    decompressed_bytes: int
    _ends_at: float = field(init=False)

    def __post_init__(self) -> None:
        self._ends_at = time.monotonic() + self.seconds

    @classmethod
    def from_limits(cls, limits: ValidationLimits) -> Budget:
        return cls(seconds=limits.time_budget_seconds, decompressed_bytes=limits.max_zip_uncompressed_bytes)

    def check(self) -> None:
        if time.monotonic() > self._ends_at:
            raise InvalidInput(
                f"file is too complex to check within {self.seconds:g} s",
                field="file",
                reason="VALIDATION_TIMEOUT",
            )

    def spend_decompressed(self, count: int) -> None:
        self.decompressed_bytes -= count
        if self.decompressed_bytes < 0:
            raise InvalidInput(
                "archive expands beyond the allowed uncompressed size", field="file", reason="ZIP_BOMB"
            )
        self.check()
