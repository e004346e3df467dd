"""Where the public sample data lives, for tests, benchmarks and the demo.

The repository carries a copy of the shared sample set under ``tests/fixtures/samples`` so that a
clone stands on its own; ``SAMARINDA_SAMPLES_DIR`` points elsewhere (e.g. a newer sample set).
"""

from __future__ import annotations

import os
from pathlib import Path


def repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "uv.lock").exists() and (parent / "services").is_dir():
            return parent
    raise FileNotFoundError("cannot locate the repository root from " + str(here))


def samples_dir() -> Path:
    configured = os.environ.get("SAMARINDA_SAMPLES_DIR")
    path = Path(configured) if configured else repo_root() / "tests" / "fixtures" / "samples"
    if not path.is_dir():
        raise FileNotFoundError(f"sample data not found at {path}")
    return path
