"""Hostile input through the real `kg build` (a fresh process, as a user runs it): nothing crashes, nothing good
is lost, nothing executes.

The corpus (tests/hostile_corpus.py) mixes the bundled samples, re-encoded and renamed, with images, empty
files, link loops, a pipe, a file root cannot read, a 50 MB file and a page full of scripts. Each bad file must
cost one error line naming it and saying why; each good one must carry the same teams and people into the
graph as the clean sample does; the outputs must load; the views must run none of the scripts.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest
import rdflib

from hostile_corpus import HTML_HIDDEN, MB, Case, big_text, legacy, sample_text, samples, write_corpus
from kg.build.builder import extract_documents
from kg.graph.rdf import DCTERMS, FOAF, RDFS, XS, graph_iri
from kg.graph.store import KnowledgeStore

Labels = dict[str, set[tuple[str, str]]]  # named graph or sample → (class, label) of its teams and people
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def kg(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m kg ARGS` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


def error_lines(run: subprocess.CompletedProcess[str], folder: Path) -> dict[str, str]:
    """File name → reason, from the `kg: error: FOLDER/NAME: reason` lines of a build."""
    out = {}
    for line in run.stderr.splitlines():
        if line.startswith(prefix := f"kg: error: {folder}/"):
            name, reason = line.removeprefix(prefix).split(": ", 1)
            assert name not in out, f"two error lines for {name}"
            out[name] = reason
    return out


def people_and_teams(trig: Path) -> Labels:
    """Named graph IRI → (class, label) of the inspection teams and people in it (read with Oxigraph)."""
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    found: Labels = {}
    query = f"""SELECT ?g ?class ?label WHERE {{
        GRAPH ?g {{ ?x a ?class ; <{RDFS}label> ?label }}
        VALUES ?class {{ <{XS}InspectionTeam> <{FOAF}Person> }} }}"""
    for row in store.query(query):
        kind = row["class"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        found.setdefault(row["g"].value, set()).add((kind, row["label"].value))
    return found


def literals(dataset: rdflib.Dataset, doc_id: str) -> list[str]:
    """Every literal in one document's named graph."""
    graph = dataset.graph(rdflib.URIRef(graph_iri(doc_id).value))
    return [str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)]


@dataclass(frozen=True)
class Built:
    folder: Path
    cases: list[Case]
    out: Path
    run: subprocess.CompletedProcess[str]

    def case(self, name: str) -> Case:
        return next(c for c in self.cases if c.name == name)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    """The hostile corpus, written once (its 50 MB file takes a moment)."""
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, write_corpus(folder)


@pytest.fixture(scope="module")
def built(corpus: tuple[Path, list[Case]], tmp_path_factory: pytest.TempPathFactory) -> Built:
    """`kg build` on the whole corpus with every output (graph, store, view)."""
    folder, cases = corpus
    out = tmp_path_factory.mktemp("hostile-out")
    return Built(folder, cases, out, kg("build", folder, "-o", out))


@pytest.fixture(scope="module")
def reference(built_samples: Path) -> Labels:
    """Sample number → the teams and people a build of the clean sample finds."""
    found = people_and_teams(built_samples / "graph.trig")
    return {number: found[graph_iri(path.stem).value] for number, path in samples().items()}


@pytest.fixture(scope="module")
def dataset(built: Built) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(built.out / "graph.trig", format="trig")
    return ds


# --- no crash, one line per bad file, exit 1 ----------------------------------------------------------------

def test_build_finishes_without_traceback_and_exits_1(built: Built) -> None:
    assert "Traceback" not in built.run.stderr
    assert built.run.returncode == 1  # some files failed
    assert re.search(r"built \d+ document\(s\), \d+ failed", built.run.stdout)


def test_each_bad_file_gets_one_line_naming_it_and_the_reason(built: Built) -> None:
    errors = error_lines(built.run, built.folder)
    bad = {c.name: c.reason for c in built.cases if not c.good}
    assert set(errors) == set(bad)  # and no good file among them
    for name, reason in bad.items():
        assert reason in errors[name], name
    assert "50.0 MB, over the 20 MB limit (raise --max-size-mb to allow it)" in errors["big.txt"]
    # Nothing else on stderr but these lines, the warning about the damaged file and the progress bar.
    rest = [line for line in re.split(r"[\r\n]", built.run.stderr)
            if line.strip() and not line.startswith("kg: error: ") and not line.startswith("extracting:")]
    assert len(rest) == 1 and rest[0].startswith(f"WARNING: {built.folder}/broken_utf8.txt: ")
    assert built.case("broken_utf8.txt").reason in rest[0]


def test_exit_0_when_nothing_fails(corpus: tuple[Path, list[Case]], tmp_path: Path) -> None:
    folder, _ = corpus
    run = kg("build", folder / "gbk.txt", folder / "巡察 反馈 情况 2021.txt", "-o", tmp_path, "-q", "--no-view")
    assert run.returncode == 0 and run.stderr == ""


def test_detected_encodings_are_reported_as_warnings_of_the_document(corpus: tuple[Path, list[Case]]) -> None:
    folder, cases = corpus
    report = extract_documents([folder / c.name for c in cases if c.good and c.reason])
    assert not report.errors
    for doc in report.documents:
        case = next(c for c in cases if Path(c.name).stem == doc.id)
        assert any(case.reason in w for w in doc.warnings), (doc.id, doc.warnings)


# --- nothing good is lost --------------------------------------------------------------------------------------

def test_every_good_document_carries_its_samples_teams_and_people(built: Built, reference: Labels) -> None:
    found = people_and_teams(built.out / "graph.trig")
    good = [c for c in built.cases if c.good]
    assert {graph_iri(Path(c.name).stem).value for c in good if c.sample} <= set(found)
    for case in good:
        if case.sample:
            assert found[graph_iri(Path(case.name).stem).value] == reference[case.sample], case.name
    # The 1 MB line is three samples run together, over and over: their people are all there, and teams
    # (whose full names need the lines of the header, such as 来源:张家口市委巡察办).
    line = found[graph_iri("one_line").value]
    three = reference["000"] | reference["001"] | reference["002"]
    assert {x for x in three if x[0] == "Person"} <= line
    assert {"巡察组" in name or "巡视组" in name for kind, name in line if kind == "InspectionTeam"} == {True}
    assert ("InspectionTeam", "辽宁省委第九巡视组") in found[graph_iri("gbk").value]
    assert ("Person", "乔树军") in found[graph_iri("big5").value]  # Big5 Traditional, back in Simplified


def test_outputs_load_in_rdflib_oxigraph_and_the_store(built: Built) -> None:
    ttl = rdflib.Graph().parse(built.out / "graph.ttl", format="turtle")
    documents = {str(o) for o in ttl.objects(None, rdflib.URIRef(DCTERMS + "identifier"))}
    assert documents == {Path(c.name).stem for c in built.cases if c.good}
    quads = list(ox.parse(path=str(built.out / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert len(quads) > len(ttl)
    store = KnowledgeStore(built.out)
    rows = store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a xs:Document }")
    assert rows == [{"n": len(documents)}]
    assert (built.out / "graph.html").stat().st_size > 0
    assert [p.name for p in built.out.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_odd_file_names_survive_as_identifiers(dataset: rdflib.Dataset) -> None:
    for doc_id in ('quotes "\'\\<>😀', "巡察 反馈 情况 2021"):
        assert doc_id in literals(dataset, doc_id)  # dcterms:identifier, in the document's own graph


def test_control_characters_stay_out_of_names_and_are_escaped_in_quotes(built: Built, dataset: rdflib.Dataset) -> None:
    """Names and titles come from the cleaned text; evidence quotes the original as written, control
    characters included, so they must be escaped in every output (and replaced in XML, which cannot hold them)."""
    quads = list(dataset.quads())
    names = [str(o) for _, p, o, _ in quads if p in (rdflib.RDFS.label, rdflib.URIRef(DCTERMS + "title"))]
    assert [t for t in names if CONTROL_CHARS.search(t)] == []
    quoted = [t for t in literals(dataset, "controls") if CONTROL_CHARS.search(t)]
    assert any("\x00" in t for t in quoted)  # the quote is faithful …
    for output in ("graph.ttl", "graph.trig", "graph.html"):
        assert b"\x00" not in (built.out / output).read_bytes()  # … and escaped
    run = kg("export", built.out, "-f", "graphml", "-o", built.out / "export.graphml")
    assert run.returncode == 0
    ElementTree.parse(built.out / "export.graphml")  # well-formed XML


def test_scripts_styles_and_iframes_of_a_page_are_not_text(dataset: rdflib.Dataset) -> None:
    texts = literals(dataset, "hostile")
    assert any("乔树军" in t for t in texts)
    for hidden in HTML_HIDDEN:
        assert not [t for t in texts if hidden in t], hidden


def test_same_file_name_in_two_folders_stays_two_documents(tmp_path: Path, reference: Labels) -> None:
    """A saved site has an index.html in every folder: each is its own document, with its own graph (named by
    its path when the name alone is not enough)."""
    site = tmp_path / "site"
    for folder, number in (("a", "000"), ("b/c", "001")):
        (site / folder).mkdir(parents=True)
        (site / folder / "index.txt").write_text(sample_text(number), encoding="utf-8")
    (site / "a" / "index.html").write_text(f"<p>{sample_text('002')}</p>", encoding="utf-8")  # same name, same folder
    run = kg("build", site, "-o", tmp_path / "out", "-q", "--no-view", "--no-store")
    assert run.returncode == 0 and run.stderr == ""
    found = people_and_teams(tmp_path / "out" / "graph.trig")
    expected = {"a/index.txt": "000", "b/c/index.txt": "001", "a/index.html": "002"}
    assert found == {graph_iri(doc_id).value: reference[number] for doc_id, number in expected.items()}


@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_an_unusable_output_folder_is_one_line(tmp_path: Path, where: str) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    out = tmp_path / "taken" if where == "a file" else tmp_path / "taken" / "out"
    run = kg("build", samples()["000"], "-o", out, "-q")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("kg: error: ")
    assert str(tmp_path / "taken") in run.stderr


# --- limits -----------------------------------------------------------------------------------------------------

def test_size_limit_can_be_lowered_and_raised(corpus: tuple[Path, list[Case]], tmp_path: Path) -> None:
    line = corpus[0] / "one_line.txt"
    refused = kg("build", line, "-o", tmp_path / "a", "--max-size-mb", "0.5", "--no-view", "--no-store")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().endswith(f"kg: error: {line}: file is 1.0 MB, over the 0.5 MB limit "
                                           "(raise --max-size-mb to allow it)")
    assert not (tmp_path / "a").exists()
    accepted = kg("build", line, "-o", tmp_path / "b", "--max-size-mb", "2", "--no-view", "--no-store", "-q")
    assert accepted.returncode == 0 and accepted.stderr == ""
    assert "辽宁省委第九巡视组" in (tmp_path / "b" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.slow
def test_timeout_stops_one_document_and_the_others_land(tmp_path: Path, reference: Labels) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # 16 MB of reports run together: several seconds of the linear steps alone; a sample takes ~0.1 s.
    (folder / "huge.txt").write_bytes(big_text(16 * MB))
    (folder / "gbk.txt").write_bytes(legacy(sample_text("001"), "gbk"))
    (folder / "plain.txt").write_text(sample_text("000"), encoding="utf-8")
    run = kg("build", folder, "-o", tmp_path / "out", "--timeout", "1.5", "--no-view", "--no-store", "-q")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip() == (f"kg: error: {folder}/huge.txt: extraction took longer than 1.5 s "
                                  "(raise --timeout to allow more)")
    found = people_and_teams(tmp_path / "out" / "graph.trig")
    assert found == {graph_iri("gbk").value: reference["001"], graph_iri("plain").value: reference["000"]}


# Runs of numerals a dump of numbers can hold; a pattern retried from every numeral of such a run is quadratic
# (20 000 digits: 2 s in one pattern, 35 s in an earlier set of them).
NUMERAL_RUNS = {
    "ascii digits": "1" * 50_000,
    "full-width digits": "１" * 50_000,  # become ASCII in normalising
    "Chinese numerals": "十" * 50_000,
    "digits before a round's word": "1" * 50_000 + "轮巡视",  # 第…轮 / …届第…轮 tried from each digit
}


@pytest.mark.parametrize("run_of_numerals", NUMERAL_RUNS.values(), ids=NUMERAL_RUNS.keys())
def test_a_run_of_numerals_is_no_trap(run_of_numerals: str, tmp_path: Path, reference: Labels) -> None:
    """The document's own facts come out well inside the time limit (≈0.1 s here; quadratic would be minutes)."""
    path = tmp_path / "digits.txt"
    path.write_text(sample_text("004") + "\n" + run_of_numerals + "\n", encoding="utf-8")
    run = kg("build", path, "-o", tmp_path / "out", "--timeout", "5", "--no-view", "--no-store", "-q")
    assert run.returncode == 0 and run.stderr == ""
    assert people_and_teams(tmp_path / "out" / "graph.trig") == {graph_iri("digits").value: reference["004"]}


# --- serving and viewing run nothing they should not ----------------------------------------------------------

def listening_addresses(port: int) -> set[str]:
    """The local addresses (hex, as in /proc/net/tcp*) of the sockets listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.rpartition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_serve_binds_loopback_only_by_default(built: Built) -> None:
    """Refusing UPDATE unless --writable is tested in tests/test_serve.py; here: who can reach it."""
    from test_serve import running

    with running(built.out) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing on 0.0.0.0 or ::


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    from test_view_browser import ARGS

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.mark.slow
@pytest.mark.parametrize("options", [[], ["--doc", "quotes"], ["--doc", "hostile"]], ids=["whole", "quotes", "page"])
def test_views_of_the_hostile_corpus_run_no_script(built: Built, browser: object, options: list[str]) -> None:
    from test_view_browser import open_view

    page_path = built.out / f"view-{'-'.join(options[1:]) or 'whole'}.html"
    run = kg("viz", built.out, "-o", page_path, *options)
    assert run.returncode == 0 and "Traceback" not in run.stderr
    with open_view(browser, page_path, f"hostile-corpus-{page_path.stem}") as loaded:
        page = loaded.page
        assert loaded.drawn > 0
        carrying = page.evaluate("network.body.data.nodes.get().filter(n => n.title.textContent.includes('__pwned'))"
                                 ".map(n => n.id)")
        if options == ["--doc", "quotes"]:
            assert carrying  # the payloads are in the view, as text
        box = page.locator("#graph").bounding_box()
        for node in carrying[:10]:  # hover (the tooltip renders) and click the nodes carrying a payload
            at = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node)
            page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
            page.wait_for_timeout(100)
            page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, svg, iframe, a[href]').length") == 0
        assert loaded.dialogs == [] and loaded.errors == [] and loaded.blocked == []


def test_corpus_has_every_kind_of_file(corpus: tuple[Path, list[Case]]) -> None:
    """The generator wrote what the cases say (a pipe, loops, a 50 MB file …), so the tests above test them."""
    folder, cases = corpus
    assert sorted(p.name for p in folder.iterdir() if p.name != "dir_loop") == [c.name for c in cases]
    assert (folder / "fifo.txt").is_fifo()
    with pytest.raises(OSError):
        (folder / "loop_a.txt").stat()
    assert (folder / "big.txt").stat().st_size >= 50 * MB
    assert b"\n" not in (folder / "one_line.txt").read_bytes()
    assert os.path.getsize(folder / "one_line.txt") > 0.99 * MB
