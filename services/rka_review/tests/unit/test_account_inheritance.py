"""Each line keeps the account of the nearest account row above it, across sheets, sub-kegiatan
and printout pages (the account development set's workbooks and PDF printouts)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from samarinda_rka_review.offline import load_rka

ACCOUNTS_DEV = Path(__file__).resolve().parents[1] / "accounts_dev"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accounts_dev_generate", ACCOUNTS_DEV / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["accounts_dev_generate"] = module
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def _expected(rows: list[object]) -> list[str]:
    """The account code each line was written under, in order."""
    codes, current = [], ""
    for row in rows:
        if isinstance(row, tuple):
            current = row[0]
        else:
            codes.append(current)
    return codes


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("rka_dinkes_2027.xlsx", [r for _, rows in GEN.DINKES.values() for r in rows]),
        ("rka_dpupr_2027.xlsx", [r for _, rows in GEN.KENDARAAN.values() for r in rows]),
        ("rka_setda_umum_2027.pdf", GEN.UMUM),
        ("rka_disnaker_2027.pdf", GEN.PELATIHAN),
    ],
)
def test_every_line_keeps_the_account_written_above_it(name: str, rows: list[object]) -> None:
    rka = load_rka(GEN.DATA / name)
    read = [line.kode_rekening for sub in rka.sub_kegiatan for line in sub.lines]
    assert read == _expected(rows)
    # the first line of the second page or sheet is not left without an account
    assert all(read)
