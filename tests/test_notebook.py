"""notebooks/quickstart.ipynb runs headless, top to bottom, on this interpreter, and does what it says.

It is committed without outputs; notebooks/quickstart.executed.ipynb is the same notebook executed, for
reading online, and must keep its shape (cells, sources, kinds of output, table columns). To write it
again after changing the notebook or what it shows: ``.venv/bin/python tests/test_notebook.py``.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
EXECUTED = NOTEBOOK.with_name("quickstart.executed.ipynb")


def _code_cells(nb: object) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.outputs and c.execution_count is None for c in _code_cells(nb))


def test_running_the_notebook_in_place_leaves_nothing_for_git() -> None:
    """Run where it lies, the notebook writes notebooks/output/: ignored, so no build is committed by mistake."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    probe = ["notebooks/output/graph.ttl", "notebooks/output/export/graph.graphml", "notebooks/output/store/x"]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *probe], cwd=ROOT, capture_output=True, text=True)
    assert ignored.stdout.split() == probe


def test_canned_query_descriptions_have_no_unfilled_placeholder() -> None:
    """canned_queries() (a cell of the notebook) names each parameter and says what it means."""
    import kg

    described = kg.KnowledgeGraph.canned_queries()
    assert not [d for d in described.values() if re.search(r"\{\w*\}", d)]
    assert "Parameter label: a name as written in the graph" in described["evidence"]


def shape(nb: object) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    """What a reader sees, less what changes from run to run: each cell's kind and source, and each output's
    kind with its MIME types (and a table's columns)."""
    cells = []
    for c in nb.cells:
        outputs = []
        for o in c.get("outputs", []):
            html = o.get("data", {}).get("text/html", "")
            columns = tuple(re.findall(r"<th>(.*?)</th>", html)) if html.startswith("<table") or "<p>" in html else ()
            outputs.append((o.output_type, o.get("name", ""), *sorted(o.get("data", {})), *columns))
        cells.append((c.cell_type, c.source, outputs))
    return cells


def kernel_spec(folder: Path) -> str:
    """A kernel spec for the interpreter running the tests, under ``folder``: put it first on JUPYTER_PATH so that
    no user-wide "python3" kernel of another Python runs the notebook instead."""
    spec = folder / "jupyter" / "kernels" / "kg-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg test", "language": "python"}), encoding="utf-8")
    return "kg-test"


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return kernel_spec(tmp_path)


def execute(work: Path, kernel_name: str) -> object:
    """The notebook executed with ``work`` as its folder (raises CellExecutionError on the first failing cell)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, kernel_name=kernel_name, timeout=300, resources={"metadata": {"path": str(work)}}).execute()
    return nb


def publishable(nb: object) -> object:
    """The executed notebook as committed: the source's own metadata (kernel python3), no run timestamps."""
    nb.metadata = nbformat.read(NOTEBOOK, as_version=4).metadata
    for c in nb.cells:
        c.metadata.pop("execution", None)
    return nb


def test_the_published_copy_is_executed() -> None:
    nb = nbformat.read(EXECUTED, as_version=4)
    nbformat.validate(nb)
    code = _code_cells(nb)
    assert code and all(c.outputs for c in code) and not [o for c in code for o in c.outputs if o.output_type == "error"]
    assert EXECUTED.stat().st_size < 1_500_000  # the inline view's page once (text/html), not twice
    assert [(c.cell_type, c.source) for c in nb.cells] == [(c.cell_type, c.source) for c in
                                                          nbformat.read(NOTEBOOK, as_version=4).cells]


@pytest.mark.slow
def test_quickstart_runs_and_exports_graphml(tmp_path: Path, kernel_name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    nb = execute(work, kernel_name)
    # The published copy shows what a run shows now (else: .venv/bin/python tests/test_notebook.py).
    assert shape(nb) == shape(nbformat.read(EXECUTED, as_version=4)), "run: python tests/test_notebook.py"

    outputs = [o for c in _code_cells(nb) for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    graphml = work / "output" / "export" / "graph.graphml"
    assert graphml.is_file() and b"<graphml" in graphml.read_bytes()[:500]

    # Every canned-query cell shows a table with rows, and the view cell shows the page inline.
    canned = [c for c in _code_cells(nb) if c.source.startswith("graph.canned(")]
    assert len(canned) == 5
    for cell in canned:
        page = "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)
        rows = re.search(r"<p>(\d+) row\(s\)</p>", page)
        assert rows and int(rows.group(1)) > 0, cell.source
    view = next(c for c in _code_cells(nb) if "view_html" in c.source)
    assert "<iframe srcdoc=" in view.outputs[0]["data"]["text/html"]


if __name__ == "__main__":  # write notebooks/quickstart.executed.ipynb
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JUPYTER_PATH"] = str(Path(tmp) / "jupyter")
        name = kernel_spec(Path(tmp))
        (Path(tmp) / "work").mkdir()
        nbformat.write(publishable(execute(Path(tmp) / "work", name)), EXECUTED)
    print(f"wrote {EXECUTED.relative_to(ROOT)}")
