"""Builds at scale (issue 14): parallel extraction gives the same bytes, rebuilds redo only what changed,
a killed build's leftovers go, graph files written as documents are mapped equal the in-memory writer's, the
store loaded in parts holds the named graphs and their union, Dask runs it."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

import kg
from kg.build import driver, state, work
from kg.build.builder import build, extract_documents
from kg.graph import rdf

OUTPUTS = ("graph.ttl", "graph.trig")


def _corpus(samples_dir: Path, folder: Path, n: int = driver.MIN_PARALLEL) -> Path:
    """``n`` documents: the samples, each copy with its own team number, so they are not all one."""
    folder.mkdir()
    sources = sorted(samples_dir.glob("*.txt"))
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (folder / f"doc{i:02d}.txt").write_text(text.replace("第四", "第" + "一二三四五六七八九十"[i % 10]), "utf-8")
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    return _corpus(samples_dir, tmp_path_factory.mktemp("scale") / "docs")


def _fresh(docs: Path, tmp_path: Path) -> Path:
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    build([docs], out_dir=fresh, view=False, jobs=1)
    return fresh


def _built_copy(corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the corpus to change, built once into an output folder: (the copy, the output)."""
    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    out = tmp_path / "out"
    build([docs], out_dir=out, view=False, jobs=1)
    return docs, out


def _assert_as_fresh(docs: Path, out: Path, tmp_path: Path) -> None:
    """The rebuilt output's graph files and store are those of a fresh build of the same documents."""
    fresh = _fresh(docs, tmp_path)
    assert _outputs(out) == _outputs(fresh) and _store_contents(out) == _store_contents(fresh)


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out"
    build([corpus], out_dir=out, view=False, jobs=1)
    return out


def test_two_processes_write_the_same_bytes_as_one(corpus: Path, serial: Path, tmp_path: Path) -> None:
    build([corpus], out_dir=tmp_path / "j2", view=False, jobs=2)
    assert _outputs(tmp_path / "j2") == _outputs(serial)


def test_streamed_graph_files_equal_the_in_memory_writer(corpus: Path, serial: Path, tmp_path: Path) -> None:
    rdf.write_graphs(extract_documents([corpus]).documents, tmp_path)
    assert _outputs(tmp_path) == _outputs(serial)


def test_the_union_is_sorted_across_spilled_runs(corpus: Path, serial: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.build import serialise

    monkeypatch.setattr(serialise, "RUN", 500)  # many runs merged, many chunks cut between subjects
    monkeypatch.setattr(serialise, "CHUNK", 100)
    build([corpus], out_dir=tmp_path, view=False, jobs=1)
    assert _outputs(tmp_path) == _outputs(serial)


def test_the_store_loaded_in_many_parts_holds_the_named_graphs_and_their_union(
        corpus: Path, serial: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyoxigraph as ox

    from kg.build import serialise

    monkeypatch.setattr(serialise, "PART", 300)  # the loader thread gets many N-Quads and N-Triples parts
    build([corpus], out_dir=tmp_path, view=False, jobs=1)
    quads = set(ox.parse(path=str(serial / "graph.trig"), format=ox.RdfFormat.TRIG))
    union = {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert set(store) == quads | union and len(list(tmp_path.glob(".*.tmp"))) == 0


def _count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = work.extract_one

    def counting(task: work.Task, *args: object) -> work.Outcome:
        seen.append(task.doc_id)
        return real(task, *args)

    monkeypatch.setattr(work, "extract_one", counting)
    return seen


def test_a_rebuild_redoes_only_what_changed(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, out = _built_copy(corpus, tmp_path)
    seen = _count_extractions(monkeypatch)
    stamp = (out / "graph.ttl").stat().st_mtime_ns
    again = build([docs], out_dir=out, view=False, jobs=1)
    assert again.up_to_date and seen == [] and (out / "graph.ttl").stat().st_mtime_ns == stamp
    assert len(again.documents) == len(list(docs.iterdir())) and again.documents[0].facts.inspections
    assert again.summary().startswith(f"built {len(again.documents)} document(s); {again.facts} facts")
    # One document changed: only it is extracted, and the outputs are those of a fresh build.
    changed = docs / "doc03.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议要求，要抓好巡察整改。\n", encoding="utf-8")
    (docs / "doc05.txt").unlink()  # and one is gone: its graph goes too
    report = build([docs], out_dir=out, view=False, jobs=1)
    assert seen == ["doc03"] and not report.up_to_date
    fresh = tmp_path / "fresh"
    build([docs], out_dir=fresh, view=False, jobs=1)
    assert _outputs(out) == _outputs(fresh)
    assert b"/graph/doc05>" not in (out / "graph.trig").read_bytes()


def _store_contents(out: Path) -> tuple[set, list]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store"))
    return set(store), sorted(g.value for g in store.named_graphs())


def test_an_incremental_rebuild_equals_a_fresh_build(corpus: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed, an added and a removed document, one change moving doc10 from team 一 to team 六, which it
    then shares with doc05 and doc15 (its links to them, and theirs to it, change): the graph files are
    byte-identical to a fresh build's and the store, updated in place, holds the same named graphs and quads."""
    docs, out = _built_copy(corpus, tmp_path)
    mapped: list[str] = []
    real_map = rdf.DocumentGraph.map
    monkeypatch.setattr(rdf.DocumentGraph, "map", lambda self: mapped.append(self.doc.id) or real_map(self))
    updated: list[list[str]] = []
    real_update = driver._update_store
    monkeypatch.setattr(driver, "_update_store",
                        lambda db, changes: updated.append([g for g, _, _ in changes]) or real_update(db, changes))
    moved = docs / "doc10.txt"
    moved.write_text(moved.read_text(encoding="utf-8").replace("第一巡察组", "第六巡察组"), encoding="utf-8")
    (docs / "doc03.txt").unlink()
    shutil.copy(docs / "doc01.txt", docs / "doc16.txt")
    build([docs], out_dir=out, view=False, jobs=1)
    again = sorted(mapped)
    assert {"doc10", "doc16"} < set(again) < {f"doc{i:02d}" for i in range(17)}  # others' graphs changed too
    assert [[g.rsplit("/", 1)[1] for g in changes] for changes in updated] == [sorted(["doc03", *again])]
    fresh = tmp_path / "fresh"
    build([docs], out_dir=fresh, view=False, jobs=1)
    assert _outputs(out) == _outputs(fresh)
    assert _store_contents(out) == _store_contents(fresh)


def _summary_build(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[str]]:
    """A copy of the corpus built with a summary and detail pages: (the copy, the output, the dispatchers whose detail
    page the next builds draw, filled as they draw them)."""
    from kg.views import view

    monkeypatch.setattr(view, "SUMMARY_DOCUMENTS", 4)  # a summary with detail pages
    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    out = tmp_path / "out"
    build([docs], out_dir=out, view=True, jobs=1)
    drawn: list[str] = []
    real = view.dispatcher_view
    monkeypatch.setattr(view, "dispatcher_view", lambda db, d, read=None, before=None, reads=None:
                        drawn.append(d) or real(db, d, read, before, reads))
    return docs, out, drawn


def _pages_as_fresh(docs: Path, out: Path, tmp_path: Path, pattern: str) -> None:
    """The pages of ``out`` matching ``pattern`` are a fresh build's (bar the folder their commands name)."""
    pages = sorted(p.name for p in out.glob(pattern))
    fresh = tmp_path / "fresh"
    build([docs], out_dir=fresh, view=True, jobs=1)
    assert pages == sorted(p.name for p in fresh.glob(pattern))
    here = str(out).encode()  # the pages' commands name their folder
    assert all((out / p).read_bytes() == (fresh / p).read_bytes().replace(str(fresh).encode(), here) for p in pages)


def test_an_incremental_rebuild_draws_again_only_the_detail_pages_whose_nodes_changed(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, out, drawn = _summary_build(corpus, tmp_path, monkeypatch)
    moved = docs / "doc10.txt"
    moved.write_text(moved.read_text(encoding="utf-8").replace("第一巡察组", "第六巡察组"), encoding="utf-8")
    build([docs], out_dir=out, view=True, jobs=1)
    assert 0 < len(drawn) < len(list(out.glob("graph*.html"))) - 1  # some detail pages drawn again, not all
    _pages_as_fresh(docs, out, tmp_path, "graph*.html")


def test_a_detail_page_drawn_again_over_the_same_nodes_and_links_keeps_its_layout(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.views import view

    monkeypatch.setattr(view, "LAYOUT_LIMIT", 3)  # every detail page laid out beforehand
    docs, out, drawn = _summary_build(corpus, tmp_path, monkeypatch)
    laid_out: list[int] = []
    real_layout = view._layout
    monkeypatch.setattr(view, "_layout", lambda v: laid_out.append(len(v.nodes)) or real_layout(v))
    edited = docs / "doc10.txt"  # its sentences move (new evidence), its facts stay
    edited.write_text("\n" + edited.read_text(encoding="utf-8"), encoding="utf-8")
    build([docs], out_dir=out, view=True, jobs=1)
    assert drawn and not laid_out
    _pages_as_fresh(docs, out, tmp_path, "graph-dispatcher-*.html")


def test_detail_pages_drawn_in_forked_processes_are_the_same_bytes(corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.views import view

    monkeypatch.setattr(view, "SUMMARY_DOCUMENTS", 4)
    pages = {}
    for jobs in (1, 2):
        out = tmp_path / "out"
        shutil.rmtree(out, ignore_errors=True)
        build([corpus], out_dir=out, view=True, jobs=jobs)
        pages[jobs] = {p.name: p.read_bytes() for p in out.glob("graph*.html")}
    assert len(pages[1]) > 2 and pages[1] == pages[2]


def test_a_rebuild_after_a_killed_store_update_loads_the_store_anew(corpus: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    docs, out = _built_copy(corpus, tmp_path)
    before = _store_contents(out)

    def killed(db: object, changes: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(driver, "_update_store", killed)
    (docs / "doc03.txt").unlink()
    with pytest.raises(KeyboardInterrupt):
        build([docs], out_dir=out, view=False, jobs=1)
    assert _store_contents(out) == before  # the previous store, whole
    monkeypatch.undo()
    build([docs], out_dir=out, view=False, jobs=1)
    fresh = tmp_path / "fresh"
    build([docs], out_dir=fresh, view=False, jobs=1)
    assert _outputs(out) == _outputs(fresh) and _store_contents(out) == _store_contents(fresh)


def test_a_new_pipeline_version_extracts_everything_again(corpus: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build([corpus], out_dir=out, view=False, jobs=1)
    seen = _count_extractions(monkeypatch)
    monkeypatch.setattr(driver, "pipeline_version", lambda *_: "code or lexicon changed")
    build([corpus], out_dir=out, view=False, jobs=1)
    assert len(seen) == len(list(corpus.iterdir()))


def test_the_pipeline_version_hashes_code_and_lexicons() -> None:
    files = {p.relative_to(state.PACKAGE).as_posix() for pattern in state.VERSIONED for p in state.PACKAGE.glob(pattern)}
    assert {"extract/relations.py", "build/driver.py"} <= files and any(f.startswith("lexicon/") for f in files)
    assert len(state.pipeline_version()) == 32 and state.pipeline_version() != state.pipeline_version("hanlp", "m")


def test_a_killed_builds_leftovers_are_removed(sample_path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".store.abc123.tmp").mkdir(parents=True)
    (out / ".store.abc123.tmp" / "000001.sst").write_bytes(b"x")
    (out / ".graph.ttl.xyz.tmp").write_bytes(b"half")
    build([sample_path("000")], out_dir=out, view=False)
    assert not list(out.glob(".*.tmp")) and (out / "graph.ttl").is_file()


def test_a_damaged_state_file_means_a_full_build(sample_path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / state.STATE_FILE).write_bytes(b"not a database at all" * 100)
    report = build([sample_path("000")], out_dir=out, view=False, store=False)
    assert report.documents and (out / "graph.ttl").is_file()


def test_kg_build_stays_the_function_whatever_is_imported() -> None:
    import kg.build.executors  # noqa: F401

    assert callable(kg.build) and kg.build.__module__ == "kg.api"


def test_workers_send_back_facts_without_the_text(sample_path) -> None:
    path = sample_path("000")
    out = work.extract_one(work.Task(path, "d", path.read_bytes()), work.Settings())
    doc = out.extracted.document()
    assert out.error is None and doc.facts.inspections and doc.original == "" and not doc.sentences


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                    reason="needs the dask extra (dask[distributed]): pip install -e '.[dask]'")
def test_dask_executor_on_a_local_cluster(corpus: Path, serial: Path, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build([corpus], out_dir=tmp_path, view=False, executor="dask", scheduler=cluster.scheduler_address)
    assert _outputs(tmp_path) == _outputs(serial)


# -- first pages of queries ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sparql", "limit", "offset", "ends"), [
    ("SELECT ?s WHERE { ?s ?p ?o }", 10, 0, "LIMIT 10\n"),
    ("PREFIX xs: <https://w3id.org/xunshi/ontology#>\nSELECT ?s WHERE { ?s a xs:Team } ORDER BY ?s", 5, 20,
     "ORDER BY ?s\nLIMIT 5\nOFFSET 20\n"),
    ("select ?s where { ?s ?p ?o } limit 3", 10, 0, "limit 3"),  # its own page stays
    ("ASK { ?s ?p ?o }", 10, 0, "}"),  # not a listing
    ("SELECT ?s WHERE { ?s ?p ?o }", 0, 0, "}"),  # 0: every row
])
def test_a_listing_is_cut_to_its_page(sparql: str, limit: int, offset: int, ends: str) -> None:
    from kg.graph.query import paged

    assert paged(sparql, limit, offset).endswith(ends)


def test_a_canned_listing_shows_a_page_and_says_there_are_more(serial: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    assert main(["query", str(serial), "-n", "teams-targets", "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and lines[-1] == "(rows 1–1; more with --offset 1, all with --limit 0)"
    assert main(["query", str(serial), "-n", "teams-targets", "--limit", "0", "--format", "csv"]) == 0
    every = capsys.readouterr().out
    assert every.endswith("\n") and len(every.splitlines()) > 2
    assert main(["query", str(serial), "-n", "teams-targets", "--limit", "1", "--offset", "1", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == every.splitlines()[2]


# -- rebuilds that patch the graph files and link again only the pairs that changed ----------------------------------

def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list:
    """Calls of ``module.name`` (their first argument), counted."""
    calls: list = []
    real = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_rebuild_patches_the_graph_files_and_links_again_only_the_changed_pairs(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """graph.trig and graph.ttl patched, not written anew; only the pairs of documents with a changed one compared
    again; facts read back only for the graphs mapped again; the outputs those of a fresh build."""
    from kg.build import serialise
    from kg.graph import cycle

    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    out = tmp_path / "out"
    every = _counting(monkeypatch, cycle, "link_pair")
    build([docs], out_dir=out, view=False, jobs=1)
    compared, every[:] = len(every), []
    patched = _counting(monkeypatch, serialise, "patch_turtle")
    patched_trig = _counting(monkeypatch, serialise, "patch_trig")
    written = _counting(monkeypatch, serialise, "write_turtle")
    loads = _counting(monkeypatch, state.BuildState, "load")
    moved = docs / "doc10.txt"
    moved.write_text(moved.read_text(encoding="utf-8").replace("第一巡察组", "第六巡察组"), encoding="utf-8")
    build([docs], out_dir=out, view=False, jobs=1)
    assert len(patched) == len(patched_trig) == 1 and written == []
    assert 0 < len(every) < compared
    assert len(loads) < len(list(docs.iterdir())) - 1
    monkeypatch.undo()
    _assert_as_fresh(docs, out, tmp_path)


def test_a_fuller_name_in_one_document_relabels_the_node_in_the_others(corpus: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A node's label is the fullest name any document gives it: a document that now writes 河北省张家口市委 changes
    the label in every graph that names 张家口市委, which are mapped again though nothing else of theirs changed."""
    docs, out = _built_copy(corpus, tmp_path)
    mapped: list[str] = []
    real_map = rdf.DocumentGraph.map
    monkeypatch.setattr(rdf.DocumentGraph, "map", lambda self: mapped.append(self.doc.id) or real_map(self))
    changed = docs / "doc05.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n河北省张家口市委书记回建在会上讲话。\n", encoding="utf-8")
    build([docs], out_dir=out, view=False, jobs=1)
    assert {"doc00", "doc05", "doc10", "doc15"} <= set(mapped)
    assert "河北省张家口市委".encode() in (out / "graph.trig").read_bytes().split(b"/graph/doc00>")[1]
    monkeypatch.undo()
    _assert_as_fresh(docs, out, tmp_path)


def test_graph_files_changed_behind_the_builds_back_are_written_anew(corpus: Path, tmp_path: Path) -> None:
    docs, out = _built_copy(corpus, tmp_path)
    (out / "graph.ttl").write_bytes((out / "graph.ttl").read_bytes() + b"# edited by hand\n")
    (docs / "doc03.txt").unlink()
    build([docs], out_dir=out, view=False, jobs=1)
    _assert_as_fresh(docs, out, tmp_path)


@pytest.mark.parametrize("where", ["links", "trig", "ttl", "store"])
def test_a_rebuild_killed_at_any_step_leaves_usable_outputs_and_the_next_equals_a_fresh_build(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    from kg.build import crossdoc, serialise

    docs, out = _built_copy(corpus, tmp_path)
    before = _outputs(out)

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    target = {"links": (crossdoc, "link_pairs"), "trig": (serialise, "patch_trig"),
              "ttl": (serialise, "patch_turtle"), "store": (driver, "_update_store")}[where]
    monkeypatch.setattr(*target, killed)
    moved = docs / "doc10.txt"
    moved.write_text(moved.read_text(encoding="utf-8").replace("第一巡察组", "第六巡察组"), encoding="utf-8")
    (docs / "doc03.txt").unlink()
    with pytest.raises(KeyboardInterrupt):
        build([docs], out_dir=out, view=False, jobs=1)
    import pyoxigraph as ox

    if where in ("links", "trig"):  # killed before either file was replaced
        assert _outputs(out) == before
    for name in OUTPUTS:  # each file whole, the old one or the new one
        assert list(ox.parse(path=str(out / name), format=ox.RdfFormat.TRIG if name.endswith("trig")
                             else ox.RdfFormat.TURTLE))
    monkeypatch.undo()
    build([docs], out_dir=out, view=False, jobs=1)
    _assert_as_fresh(docs, out, tmp_path)


def test_a_sequence_of_rebuilds_equals_fresh_builds(corpus: Path, tmp_path: Path) -> None:
    """Changes, additions and removals one after another, each rebuild into the same folder against a fresh build."""
    docs, out = _built_copy(corpus, tmp_path)
    steps = [
        lambda: (docs / "doc02.txt").write_text((docs / "doc02.txt").read_text(encoding="utf-8")
                                                .replace("第三巡察组", "第八巡察组"), encoding="utf-8"),
        lambda: shutil.copy(docs / "doc00.txt", docs / "doc20.txt"),
        lambda: (docs / "doc07.txt").unlink(),
        lambda: (docs / "doc02.txt").write_text((docs / "doc02.txt").read_text(encoding="utf-8")
                                                .replace("第八巡察组", "第三巡察组"), encoding="utf-8"),
    ]
    for step in steps:
        step()
        build([docs], out_dir=out, view=False, jobs=1)
        fresh = _fresh(docs, tmp_path)
        assert _outputs(out) == _outputs(fresh) and _store_contents(out) == _store_contents(fresh)


def test_a_change_that_changes_no_triple_rewrites_no_output(corpus: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence that states no fact: the document is extracted again, and graph.ttl, graph.trig, the store's
    triples, graph.html and its detail pages stay as they are (the view is not drawn again); they equal a fresh
    build's. A page changed by hand is drawn again."""
    from kg.views import view

    monkeypatch.setattr(view, "SUMMARY_DOCUMENTS", 4)  # a summary with detail pages
    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    out = tmp_path / "out"
    build([docs], out_dir=out, view=True, jobs=1)
    files = sorted(p.name for p in out.glob("graph*"))
    stamps = {name: (out / name).stat().st_mtime_ns for name in files}
    summaries = _counting(monkeypatch, view, "summary_view")
    changed = docs / "doc05.txt"  # a copy of sample 000: the sentence adds no fact there
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议强调，要抓好巡察整改工作。\n", encoding="utf-8")
    report = build([docs], out_dir=out, view=True, jobs=1)
    assert not report.up_to_date and summaries == []
    assert {name: (out / name).stat().st_mtime_ns for name in files} == stamps
    fresh = tmp_path / "fresh"
    build([docs], out_dir=fresh, view=True, jobs=1)
    assert _outputs(out) == _outputs(fresh) and _store_contents(out) == _store_contents(fresh)
    pages = sorted(p.name for p in out.glob("graph*.html"))
    assert pages == sorted(p.name for p in fresh.glob("graph*.html"))
    here = str(out).encode()
    assert all((out / p).read_bytes() == (fresh / p).read_bytes().replace(str(fresh).encode(), here) for p in pages)
    (out / pages[-1]).write_bytes(b"edited")
    summaries.clear()
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议要求，要抓好巡察整改。\n", encoding="utf-8")
    build([docs], out_dir=out, view=True, jobs=1)
    assert len(summaries) == 1 and (out / pages[-1]).read_bytes() != b"edited"


def test_at_j2_a_rebuilds_few_changes_are_extracted_by_the_helper_forked_at_the_start(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from kg.build import executors

    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    out = tmp_path / "out"
    build([docs], out_dir=out, view=False, jobs=2)
    sent = _counting(monkeypatch, executors.Helper, "extract")
    moved = docs / "doc10.txt"
    moved.write_text(moved.read_text(encoding="utf-8").replace("第一巡察组", "第六巡察组"), encoding="utf-8")
    build([docs], out_dir=out, view=False, jobs=2)
    assert len(sent) == 1 and not multiprocessing.active_children()
    assert build([docs], out_dir=out, view=False, jobs=2).up_to_date and len(sent) == 1
    assert not multiprocessing.active_children()  # the helper of a build with nothing to extract is gone too
    monkeypatch.undo()
    _assert_as_fresh(docs, out, tmp_path)
