"""Values of simple spreadsheet formulas saved without their result.

Excel and LibreOffice store each formula's last value beside it, and the sheet is read from those.
A workbook written by a program (openpyxl, a template filler) stores only the formula, so a
``Jumlah`` of ``=D7*F7`` reads as empty and every line looks unpriced. The arithmetic an RKA uses
is small: cell references, ``+ - * /``, parentheses, ``SUM`` over a range and ``ROUND``; those
are computed here, anything else stays empty (never guessed).
"""

from __future__ import annotations

import ast
import re
import zipfile
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from samarinda_common.extracted import CellValue

# A cell reference, not a function name with digits (``LOG10(``) nor part of a longer word.
_REF = re.compile(r"(?<![A-Z_])\$?([A-Z]{1,3})\$?(\d+)(?![\d(])")
_RANGE = re.compile(r"(?<![A-Z_])\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)(?![\d(])")
_MAX_DEPTH = 50


def column_index(letters: str) -> int:
    """``A`` → 0, ``Z`` → 25, ``AA`` → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def has_formulas(workbook: str | Path | IO[bytes]) -> bool:
    """Whether any sheet of an ``.xlsx`` stores a formula (an ``<f>`` element): most workbooks
    have none, and reading one a second time for its formulas costs as much as reading it."""
    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as sheet:
                    if re.search(rb"<(?:\w+:)?f[ >/]", sheet.read()):
                        return True
    return False


class _Unsupported(Exception):
    """A formula outside the arithmetic read here."""


def fill_formula_values(
    values: list[list[CellValue]], formulas: Sequence[Sequence[CellValue]]
) -> list[list[CellValue]]:
    """``values`` (a sheet read for cached results) with each empty cell whose formula is plain
    arithmetic replaced by its result; other cells untouched."""
    cache: dict[tuple[int, int], Decimal | None] = {}

    def value_at(row: int, col: int, depth: int) -> Decimal | None:
        if depth > _MAX_DEPTH:
            raise _Unsupported("formula chain too deep (a cycle?)")
        if (row, col) in cache:
            return cache[(row, col)]
        cached = values[row][col] if row < len(values) and col < len(values[row]) else None
        formula = formulas[row][col] if row < len(formulas) and col < len(formulas[row]) else None
        result: Decimal | None
        if cached is None and isinstance(formula, str) and formula.startswith("="):
            result = _evaluate(formula[1:], lambda r, c: value_at(r, c, depth + 1))
        else:
            result = _number(cached)
        cache[(row, col)] = result
        return result

    filled = [list(row) for row in values]
    for r, row in enumerate(formulas):
        for c, formula in enumerate(row):
            if not (isinstance(formula, str) and formula.startswith("=")):
                continue
            if r >= len(filled) or c >= len(filled[r]) or filled[r][c] is not None:
                continue
            try:
                result = value_at(r, c, 0)
            except (_Unsupported, InvalidOperation, ZeroDivisionError, RecursionError):
                continue
            if result is not None:
                filled[r][c] = int(result) if result == result.to_integral_value() else float(result)
    return filled


def _number(value: CellValue) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    return None  # text in an arithmetic formula: Excel would give #VALUE!


def _evaluate(expression: str, lookup: Callable[[int, int], Decimal | None]) -> Decimal | None:
    def cell_name(match: re.Match[str]) -> str:
        return f"_c({int(match.group(2)) - 1},{column_index(match.group(1))})"

    def range_name(match: re.Match[str]) -> str:
        r0, c0 = int(match.group(2)) - 1, column_index(match.group(1))
        r1, c1 = int(match.group(4)) - 1, column_index(match.group(3))
        return f"_r({r0},{c0},{r1},{c1})"

    text = _RANGE.sub(range_name, expression.strip().upper())
    text = _REF.sub(cell_name, text)
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise _Unsupported(expression) from exc
    return _walk(tree.body, lookup)


def _walk(node: ast.AST, lookup: Callable[[int, int], Decimal | None]) -> Decimal | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return Decimal(str(node.value))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        operand = _walk(node.operand, lookup)
        return None if operand is None else (-operand if isinstance(node.op, ast.USub) else operand)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div):
        left, right = _walk(node.left, lookup) or Decimal(0), _walk(node.right, lookup) or Decimal(0)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name, args = node.func.id, node.args
        if name == "_c":
            row, col = (_literal(a) for a in args)
            return lookup(row, col)
        if name == "SUM":
            return sum((_sum_arg(a, lookup) for a in args), Decimal(0))
        if name == "ROUND" and len(args) in (1, 2):
            number = _walk(args[0], lookup) or Decimal(0)
            places = _literal(args[1]) if len(args) == 2 else 0
            return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    raise _Unsupported(ast.dump(node))


def _sum_arg(node: ast.AST, lookup: Callable[[int, int], Decimal | None]) -> Decimal:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_r":
        r0, c0, r1, c1 = (_literal(a) for a in node.args)
        total = Decimal(0)
        for row in range(min(r0, r1), max(r0, r1) + 1):
            for col in range(min(c0, c1), max(c0, c1) + 1):
                total += lookup(row, col) or Decimal(0)
        return total
    return _walk(node, lookup) or Decimal(0)


def _literal(node: ast.AST) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    raise _Unsupported(ast.dump(node))
