"""A `kg build` killed midway (SIGTERM, SIGKILL, Ctrl-C) leaves the previous outputs whole and loadable, and the next
build completes. SIGTERM stops promptly with one line and exit 143, and removes what it had half written.

Each test first builds the bundled samples (the "previous" outputs), then starts a long build of a hundred
copies into the same folder and kills it during extraction or while it writes its outputs.
"""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.graph.rdf import DCTERMS
from kg.graph.store import KnowledgeStore
from kg.ingest.files import sample_dir

COPIES = 20  # × 5 samples: a few seconds of extraction, about a second of writing
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hundred documents: the samples, copied COPIES times."""
    folder = tmp_path_factory.mktemp("many")
    for n in range(COPIES):
        for sample in sample_dir().glob("*.txt"):
            shutil.copy(sample, folder / f"copy{n:03d}_{sample.name}")
    return folder


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("previous")
    run = subprocess.run([sys.executable, "-m", "kg", "build", "-o", str(out), "-q"], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture
def out(previous_build: Path, tmp_path: Path) -> Path:
    """An output folder holding a complete earlier build of the samples."""
    return Path(shutil.copytree(previous_build, tmp_path / "out"))


def documents(out: Path) -> dict[str, set[str]]:
    """The document identifiers each output holds, reading each the way a user would (and failing if it cannot)."""
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    trig = {q.object.value for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
            if q.predicate.value == DCTERMS + "identifier"}
    rows = KnowledgeStore(out).query("SELECT ?id WHERE { ?d a xs:Document ; dcterms:identifier ?id }")
    store = {str(r["id"]) for r in rows}
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>") and 'id="kg-data"' in page
    return {"graph.ttl": {str(o) for o in ttl.objects(None, rdflib.URIRef(DCTERMS + "identifier"))},
            "graph.trig": trig, "store": store}


def temporary(out: Path) -> list[str]:
    """Half-written outputs: the builder writes to hidden temporary names, then renames."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


class Build:
    """A `kg build` of ``folder`` into ``out`` running in the background, its stderr collected as it comes."""

    def __init__(self, folder: Path, out: Path):
        # (a shell runs a job started with & with SIGINT ignored, and a child inherits that: the build gets the
        # default disposition, as a user's terminal gives it)
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(out)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.stderr = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for chunk in iter(lambda: self.proc.stderr.read(64), ""):
            self.stderr += chunk

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.proc.poll() is not None:
                pytest.fail(f"the build ended before {what}: {self.stderr[-500:]}")
            if time.monotonic() > deadline:
                self.proc.kill()
                pytest.fail(f"no {what} within {timeout} s")
            time.sleep(0.005)

    def kill(self, sig: signal.Signals, within: float = 15) -> int:
        """Send ``sig``; the exit code (negative: killed by a signal). The build must stop ``within`` seconds."""
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=within)
        self._reader.join(timeout=5)
        return code

    def lines(self) -> list[str]:
        """stderr as lines, progress bar states apart."""
        return [line for line in re.split(r"[\r\n]", self.stderr) if line.strip()]


@pytest.mark.parametrize(("sig", "code", "message"),
                         [(signal.SIGTERM, 143, "kg: terminated"), (signal.SIGINT, 130, "kg: interrupted")],
                         ids=["SIGTERM", "SIGINT"])
def test_stopped_during_extraction(many: Path, out: Path, sig: signal.Signals, code: int, message: str) -> None:
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    build = Build(many, out)
    # stderr is a pipe, so progress comes as plain lines (a tenth of the documents each).
    build.wait_for(lambda: re.search(r"extracting: [1-9]\d*/\d+ documents", build.stderr) is not None,
                   "document extracted")
    assert build.kill(sig) == code
    assert "Traceback" not in build.stderr
    assert [line for line in build.lines() if not line.startswith("extracting:")] == [message]
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert temporary(out) == []
    samples = {p.stem for p in sample_dir().glob("*.txt")}
    assert documents(out) == {"graph.ttl": samples, "graph.trig": samples, "store": samples}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("writing", [".graph.", ".store."], ids=["graph", "store"])
def test_killed_while_writing(many: Path, out: Path, sig: signal.Signals, writing: str) -> None:
    """Killed while a temporary output exists: each output is the previous one or the new one, whole."""
    old = {p.stem for p in sample_dir().glob("*.txt")}
    new = {p.stem for p in many.glob("*.txt")}
    build = Build(many, out)
    build.wait_for(lambda: any(name.startswith(writing) for name in temporary(out)), f"temporary {writing} output")
    code = build.kill(sig)
    assert code == (128 + signal.SIGTERM if sig == signal.SIGTERM else -signal.SIGKILL)
    if sig == signal.SIGTERM:
        assert "Traceback" not in build.stderr and build.lines()[-1] == "kg: terminated"
        assert temporary(out) == []  # it cleaned up after itself
    for output, ids in documents(out).items():
        assert ids == old or (ids and ids <= new), output  # the previous documents or new ones, never a mix
    # The next build completes, over whatever the killed one left.
    run = subprocess.run([sys.executable, "-m", "kg", "build", "-o", str(out), "-q"], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0 and run.stderr == ""
    assert documents(out) == {"graph.ttl": old, "graph.trig": old, "store": old}
