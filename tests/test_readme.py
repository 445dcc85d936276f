"""README.md says what is true: its commands match CI, its queries answer, its dependency table is complete."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", README, re.DOTALL)]


def test_test_command_is_the_one_ci_runs() -> None:
    ci_command = (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip("\n").splitlines()[-1]
    assert ci_command in _shell_blocks()


def test_install_and_run_command() -> None:
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kg build" in _shell_blocks()


def test_dependency_table_matches_pyproject() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = project["dependencies"] + [d for extra in project["optional-dependencies"].values() for d in extra]
    names = {re.match(r"[A-Za-z0-9_.-]+", d).group().lower() for d in required}
    table = README[README.index("## Dependencies"):].split("\n## ")[0]
    listed = set()
    for row in re.findall(r"^\| (.+?) \|", table, re.MULTILINE)[1:]:  # past the header row
        first = re.sub(r"^`\w+` extra: ", "", row)
        listed |= {n.strip().lower() for n in first.split(",")}
    assert names == listed


def test_every_command_is_in_the_cli_reference() -> None:
    from kg.cli import make_parser

    commands = next(a for a in make_parser()._actions if a.dest == "command").choices
    reference = README[README.index("## Command line"):README.index("## Python API")]
    assert [c for c in commands if f"`kg {c}" not in reference] == []


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory):
    import kg

    return kg.build(out_dir=tmp_path_factory.mktemp("readme") / "out", view=False)


def test_sparql_examples_answer_on_the_samples(samples) -> None:
    examples = re.findall(r"```sparql\n(.*?)```", README, re.DOTALL)
    assert len(examples) == 3
    for sparql in examples:
        assert len(samples.query(sparql)) > 0, sparql
