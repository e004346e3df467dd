"""Makes the fake platform importable as ``console_fakes`` (the unit tests and the bench use it).

Under ``--import-mode=importlib`` this folder is not on ``sys.path``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("console_fakes", Path(__file__).with_name("console_fakes.py"))
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("console_fakes", _module)
_spec.loader.exec_module(_module)
