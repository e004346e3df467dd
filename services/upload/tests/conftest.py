"""Makes the shared file builders importable as ``upload_hostile_files``.

Under ``--import-mode=importlib`` this folder is not on ``sys.path``; the unit tests, the
integration tests and the bench all build their valid and hostile files from the same module.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "upload_hostile_files", Path(__file__).with_name("hostile_files.py")
)
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("upload_hostile_files", _module)
_spec.loader.exec_module(_module)
