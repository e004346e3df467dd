from pathlib import Path

import pytest
from samarinda_common.testing.samples import samples_dir


@pytest.fixture(scope="session")
def samples() -> Path:
    return samples_dir()
