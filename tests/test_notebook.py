"""notebooks/quickstart.ipynb runs headless, top to bottom, on this interpreter, and does what it says."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "quickstart.ipynb"


def _code_cells(nb: object) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.outputs and c.execution_count is None for c in _code_cells(nb))


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel spec for the interpreter running the tests, found first on JUPYTER_PATH, so that no user-wide
    "python3" kernel of another Python runs the notebook instead."""
    spec = tmp_path / "jupyter" / "kernels" / "kg-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg test", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "kg-test"


@pytest.mark.slow
def test_quickstart_runs_and_exports_graphml(tmp_path: Path, kernel_name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=kernel_name, timeout=300,
                                     resources={"metadata": {"path": str(work)}})
    client.execute()  # raises CellExecutionError on the first failing cell

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
