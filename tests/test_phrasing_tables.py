"""The phrasing tables (tests/cases_*.py) keep every row: a dict literal silently keeps only the last of two rows given
one name, and the first would never be tested."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

TABLES = sorted(Path(__file__).resolve().parent.glob("cases_*.py"))


@pytest.mark.parametrize("table", TABLES, ids=[t.stem for t in TABLES])
def test_no_two_rows_of_a_table_share_a_name(table: Path) -> None:
    repeated = []
    for node in ast.walk(ast.parse(table.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            names = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            repeated += sorted({n for n in names if names.count(n) > 1})
    assert repeated == []
