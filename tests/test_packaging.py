"""Packaging: a light install (no `hanlp` extra) runs the suite with the HanLP tests skipped, saying why;
the extra's bounds keep pip on the tested HanLP and off the multi-GB CUDA builds of torch."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs pytest on the HanLP test files as if the extra were not installed (a module set to None in
# sys.modules is one importlib.util.find_spec reports missing and `import` refuses).
WITHOUT_HANLP = ("import sys\n"
                 "sys.modules['hanlp'] = sys.modules['torch'] = None\n"
                 "import pytest\n"
                 "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-rs', '-k', 'not torch',\n"
                 "                      'tests/test_ner_hanlp.py', 'tests/test_train_ner.py']))\n")


@pytest.mark.slow
def test_without_the_hanlp_extra_its_tests_skip_with_the_reason() -> None:
    result = subprocess.run([sys.executable, "-c", WITHOUT_HANLP], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(r"\d+ passed, 8 skipped", summary) and "failed" not in summary and "error" not in summary
    assert result.stdout.count("needs the hanlp extra (hanlp, torch not installed): pip install") >= 5


def _extra(name: str) -> dict[str, str]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    return {re.match(r"[A-Za-z0-9_.-]+", d).group().lower(): d for d in extras[name]}


def test_the_hanlp_extra_gives_ranges_not_exact_pins() -> None:
    hanlp = _extra("hanlp")
    assert not [d for d in hanlp.values() if "==" in d]
    assert re.fullmatch(r"hanlp>=2\.1\.5,<2\.2", hanlp["hanlp"])  # 2.1.5 tested; 2.1.6+ need hanlp-common>=0.0.24
    # An open-ended torch resolves to a multi-GB CUDA build: below 2.14 the local CPU build of 2.13 wins.
    assert re.fullmatch(r"torch>=2\.6,<2\.14", hanlp["torch"])


def test_readme_gives_a_light_test_command_next_to_the_full_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    full = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[hanlp,test]' && .venv/bin/python -m pytest -q"
    light = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest -q"
    assert full in readme and light in readme
    assert abs(readme.index(full) - readme.index(light)) < 800  # side by side
