from pathlib import Path

import pytest

# The repository sits beside shared/ (locally and in CI).
SAMPLES = Path(__file__).resolve().parents[5] / "shared" / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"sample data missing at {SAMPLES}")
    return SAMPLES
