"""The persistent store: built from graph.trig, swapped in whole, read as the union of the document graphs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.graph.store import KnowledgeStore, python_value, store_path, write_store

SAMPLE_IDS = ["000_45abcf2326382c21", "001_4dae3066c7b3ca2d", "002_dc5af87add2ce3ac", "003_db7bfe2f8673f3c7",
              "004_4641a07bb80e7aee"]


@pytest.fixture()
def built_copy(built_samples: Path, tmp_path: Path) -> Path:
    """A private copy of the built samples, for tests that rewrite the store."""
    out = tmp_path / "out"
    shutil.copytree(built_samples, out)
    return out


def _trig_quads(out: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))


def test_store_holds_each_document_graph_and_their_union(built_samples: Path) -> None:
    store = KnowledgeStore(built_samples)
    quads = _trig_quads(built_samples)
    graphs = store.named_graphs()
    assert [g.value.rsplit("/", 1)[1] for g in graphs] == SAMPLE_IDS
    assert sum(len(store.dump_graph(g).splitlines()) for g in graphs) == len(quads)
    assert len(store) == len({q.triple for q in quads})


def test_queries_see_the_union_of_document_graphs(built_samples: Path) -> None:
    rows = KnowledgeStore(built_samples).query(
        "SELECT DISTINCT ?id WHERE { ?d a xs:Document ; dcterms:identifier ?id } ORDER BY ?id")
    assert [r["id"] for r in rows] == SAMPLE_IDS


def test_records_are_plain_python_values(built_samples: Path) -> None:
    rows = KnowledgeStore(built_samples).query(
        "SELECT ?d (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i a xs:Issue ; prov:wasDerivedFrom ?d } GROUP BY ?d")
    assert rows and all(isinstance(r["n"], int) and isinstance(r["d"], str) for r in rows)
    assert python_value(None) is None


def test_rdflib_dataset_answers_like_the_store(built_samples: Path) -> None:
    store = KnowledgeStore(built_samples)
    sparql = "SELECT DISTINCT ?team WHERE { ?t a xs:InspectionTeam ; rdfs:label ?team }"
    expected = sorted(r["team"] for r in store.query(sparql))
    dataset = store.rdflib_dataset()
    assert sorted(str(row[0]) for row in dataset.query(sparql)) == expected
    assert expected


def test_rebuild_replaces_the_store_and_leaves_no_temporary_folder(built_copy: Path) -> None:
    before = len(KnowledgeStore(built_copy))
    assert write_store(built_copy) == store_path(built_copy)
    assert len(KnowledgeStore(built_copy)) == before
    assert sorted(p.name for p in built_copy.iterdir() if p.name.startswith(".")) == []


def test_failed_rebuild_keeps_the_previous_store(built_copy: Path) -> None:
    before = len(KnowledgeStore(built_copy))
    trig = built_copy / "graph.trig"
    trig.write_bytes(trig.read_bytes() + b"\n<http://example.org/g> { this is not trig")
    with pytest.raises(KgError, match="graph.trig"):
        write_store(built_copy)
    assert len(KnowledgeStore(built_copy)) == before
    assert sorted(p.name for p in built_copy.iterdir() if p.name.startswith(".")) == []


def test_missing_store_and_missing_trig_are_readable_errors(tmp_path: Path) -> None:
    with pytest.raises(KgError, match=r"kg\.build\("):
        KnowledgeStore(tmp_path)
    with pytest.raises(KgError, match=r"kg\.build\("):
        write_store(tmp_path)


def test_bad_sparql_is_a_readable_error(built_samples: Path) -> None:
    with pytest.raises(KgError, match="bad SPARQL"):
        KnowledgeStore(built_samples).query("SELECT ?x WHERE { ?x ")
