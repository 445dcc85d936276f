"""The Python API: kg.extract on real sentences, kg.build / kg.open and what a KnowledgeGraph offers."""
from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.api import InlineView, Table
from kg.errors import KgError

# From sample 000, as published: dates, team and target of one inspection.
INSPECTION = "根据市委统一部署,2020年8月22日至10月15日,市委第四巡察组对河北下花园经济开发区党工委开展了常规巡察。"
# From sample 003: a provincial 巡视 and its feedback to the district committee.
PROVINCIAL = ("根据省委统一部署,2020年9月14日至11月9日,省委第九巡视组对卫滨区进行了巡视。"
              "2021年2月5日,省委巡视组向卫滨区委反馈了巡视意见。")


# -- import -----------------------------------------------------------------------------------------------------------

def test_import_kg_loads_no_heavy_module() -> None:
    heavy = ("torch", "hanlp", "rdflib", "pyoxigraph", "networkx", "pyvis", "opencc", "IPython", "pandas")
    out = subprocess.run([sys.executable, "-c", f"import sys, kg; print([m for m in {heavy!r} if m in sys.modules])"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_kg_build_stays_the_api_function_after_the_orchestration_module_loads() -> None:
    import kg.build.builder  # noqa: F401 - the submodule must not shadow the function

    assert kg.build is kg.api.build and callable(kg.build)
    assert kg.open is kg.api.open and kg.extract is kg.api.extract


# -- kg.extract -------------------------------------------------------------------------------------------------------

def test_extract_inspection_sentence() -> None:
    facts = kg.extract(INSPECTION)
    [team] = facts.teams
    assert team.name.endswith("市委第四巡察组") and team.kind == "巡察" and team.ordinal == 4
    [inspection] = facts.inspections
    assert inspection.team == team.name
    assert inspection.targets == ["河北下花园经济开发区党工委"]
    assert (inspection.start, inspection.end, inspection.mode) == ("2020-08-22", "2020-10-15", "常规")


def test_extract_provincial_inspection_and_feedback() -> None:
    facts = kg.extract(PROVINCIAL, doc_id="weibin")
    [team] = facts.teams
    assert team.name == "省委第九巡视组" and team.kind == "巡视" and team.ordinal == 9
    [inspection] = facts.inspections
    assert (inspection.start, inspection.end) == ("2020-09-14", "2020-11-09")
    [feedback] = facts.feedback
    assert feedback.date == "2021-02-05" and feedback.inspection == inspection.key
    # Team and targets are stated on the feedback only where its inspection does not already give them.
    assert (feedback.team or inspection.team) == team.name
    assert any(t.endswith("卫滨区委") for t in feedback.targets or inspection.targets)


def test_extract_evidence_points_into_the_text_as_given() -> None:
    text = "  " + PROVINCIAL.replace(",", "，")  # leading spaces and full-width commas are normalised away
    facts = kg.extract(text)
    evidence = [e for f in (*facts.teams, *facts.inspections, *facts.feedback) for e in f.evidence]
    assert evidence
    assert all(text[e.start:e.end] == e.text for e in evidence)
    assert any("省委第九巡视组" in e.text for e in evidence)


def test_extract_traditional_text_gives_simplified_names() -> None:
    facts = kg.extract("2020年9月14日至11月9日，省委第九巡視組對衛濱區進行了巡視。")
    assert [t.name for t in facts.teams] == ["省委第九巡视组"]


@pytest.mark.parametrize("text", [
    "今天天气很好，我们去公园散步，看到很多人在锻炼身体。",
    "巡视是党内监督的战略性制度安排，要坚持发现问题、推动整改。",  # speaks of 巡视 but names no team
])
def test_extract_finds_no_team_where_there_is_none(text: str) -> None:
    facts = kg.extract(text)
    assert facts.teams == [] and facts.inspections == []


def test_extract_empty_text_is_an_error() -> None:
    with pytest.raises(KgError):
        kg.extract(" \n")


# -- kg.build / kg.open -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> kg.KnowledgeGraph:
    """The bundled samples built through the API, with the view (shared by the tests below: read only)."""
    return kg.build(out_dir=tmp_path_factory.mktemp("api") / "out")


def test_build_samples_writes_the_outputs(built: kg.KnowledgeGraph, samples_dir: Path) -> None:
    assert built.report is not None and not built.report.errors
    assert sorted(d.id for d in built.report.documents) == sorted(p.stem for p in samples_dir.glob("*.txt"))
    for name in ("graph.ttl", "graph.trig", "store", "graph.html"):
        assert (built.out_dir / name).exists(), name


def test_query_returns_rows_of_plain_values(built: kg.KnowledgeGraph) -> None:
    rows = built.query("SELECT ?name ?ordinal WHERE { ?t a xs:InspectionTeam ; rdfs:label ?name ; xs:ordinal ?ordinal }"
                       " ORDER BY ?name")
    assert rows.columns == ["name", "ordinal"]
    ordinals = dict(zip(rows.column("name"), rows.column("ordinal")))
    assert ordinals["张家口市委第四巡察组"] == 4 and ordinals["通江县委第二巡察组"] == 2
    assert all(isinstance(r["ordinal"], int) for r in rows)


def test_documents_match_the_inputs(built: kg.KnowledgeGraph, samples_dir: Path) -> None:
    docs = {d.id: d for d in built.documents}
    assert sorted(docs) == sorted(p.stem for p in samples_dir.glob("*.txt"))
    assert docs["000_45abcf2326382c21"].type == "FeedbackReport"
    assert docs["000_45abcf2326382c21"].issued == "2021-04-01"
    assert docs["002_dc5af87add2ce3ac"].type == "RectificationReport"


def test_canned_query_with_parameter(built: kg.KnowledgeGraph) -> None:
    assert "teams-targets" in built.canned_queries()
    teams = built.canned("teams-targets")
    assert any(r["target"] == "河北下花园经济开发区党工委" and r["start"] == "2020-08-22" for r in teams)
    profile = built.canned("person-profile", name="王小军")
    assert len(profile) > 0
    with pytest.raises(KgError, match="no parameter"):
        built.canned("teams-targets", name="王小军")


def test_open_sees_the_same_graph(built: kg.KnowledgeGraph) -> None:
    again = kg.open(built.out_dir)
    assert again.report is None
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert again.query(count) == built.query(count) and built.query(count)[0]["n"] > 100


def test_open_without_a_build_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match=r"kg\.build\("):
        kg.open(tmp_path)


def test_rdflib_graph_agrees_with_the_store(built: kg.KnowledgeGraph) -> None:
    sparql = "SELECT DISTINCT ?name WHERE { ?t a xs:InspectionTeam ; rdfs:label ?name }"
    from_rdflib = sorted(str(row[0]) for row in built.graph.query(sparql))  # prefixes bound on the dataset
    assert from_rdflib and from_rdflib == sorted(built.query(sparql).column("name"))


def test_export_default_and_given_paths(built: kg.KnowledgeGraph, tmp_path: Path) -> None:
    graphml = built.export("graphml")
    assert graphml == built.out_dir / "export" / "graph.graphml" and b"<graphml" in graphml.read_bytes()[:500]
    ttl = built.export("ttl", tmp_path / "copy.ttl")
    assert ttl == tmp_path / "copy.ttl" and "xs:InspectionTeam" in ttl.read_text(encoding="utf-8")


def test_view_writes_a_focused_page(built: kg.KnowledgeGraph, tmp_path: Path) -> None:
    page = built.view(tmp_path / "wang.html", focus="王小军")
    assert page == tmp_path / "wang.html" and "王小军" in page.read_text(encoding="utf-8")


def test_view_html_embeds_the_page(built: kg.KnowledgeGraph) -> None:
    inline = built.view_html(doc="000_45abcf2326382c21", height=400)
    assert isinstance(inline, InlineView)
    frame = inline._repr_html_()
    srcdoc = re.fullmatch(r'<iframe srcdoc="([^"]*)" [^>]*height:400px[^>]*></iframe>', frame)
    assert srcdoc and html.unescape(srcdoc.group(1)) == inline.page and "<html" in inline.page


def test_build_reports_bad_files_and_goes_on(tmp_path: Path, sample_path) -> None:
    shutil.copy(sample_path("003"), tmp_path / "weibin.txt")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    graph = kg.build(tmp_path, out_dir=tmp_path / "out", view=False)
    assert [e.path.name for e in graph.report.errors] == ["empty.txt"]
    assert [d.id for d in graph.documents] == ["weibin"]
    with pytest.raises(KgError):
        kg.build([tmp_path / "empty.txt"], out_dir=tmp_path / "strict", strict=True)


def test_a_build_where_every_file_fails_does_not_answer_from_an_older_build(tmp_path: Path, sample_path) -> None:
    shutil.copy(sample_path("000"), tmp_path / "good.txt")
    kg.build(tmp_path / "good.txt", out_dir=tmp_path / "out", view=False)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    graph = kg.build(tmp_path / "empty.txt", out_dir=tmp_path / "out", view=False)
    assert [e.path.name for e in graph.report.errors] == ["empty.txt"] and not graph.report.documents
    with pytest.raises(KgError, match="wrote no graph"):
        graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert len(kg.open(tmp_path / "out").query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")) == 1


# -- Table ------------------------------------------------------------------------------------------------------------

def test_table_html_escapes_and_shortens_iris() -> None:
    table = Table(["a", "b"], [{"a": "<b>&", "b": "https://w3id.org/xunshi/id/team/x"}, {"a": None, "b": 3}])
    page = table._repr_html_()
    assert "&lt;b&gt;&amp;" in page and "xsr:team/x" in page and "<b>&" not in page and "2 row(s)" in page


def test_table_to_dataframe_needs_pandas() -> None:
    table = Table(["a"], [{"a": 1}, {"a": 2}])
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(KgError, match="pandas"):
            table.to_dataframe()
    else:
        assert table.to_dataframe()["a"].tolist() == [1, 2]


def test_api_errors_name_settings_as_keywords_the_cli_as_options(tmp_path: Path, sample_path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The same limit is said as ``max_size_mb=`` in Python and ``--max-size-mb`` at the command line."""
    from kg.cli import main

    graph = kg.build([sample_path("000")], out_dir=tmp_path / "api", max_size_mb=0.001, view=False, store=False)
    (error,) = graph.report.errors
    assert "raise max_size_mb= to allow it" in error.reason and "--" not in error.reason
    assert main(["build", str(sample_path("000")), "-o", str(tmp_path / "cli"), "--max-size-mb", "0.001"]) == 1
    assert "raise --max-size-mb to allow it" in capsys.readouterr().err


def test_a_missing_build_is_said_in_python_or_at_the_command_line(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main
    from kg.graph.store import KnowledgeStore

    for missing in (lambda: kg.open(tmp_path), lambda: KnowledgeStore(tmp_path)):
        with pytest.raises(KgError) as raised:
            missing()
        assert f"kg.build(paths, out_dir={str(tmp_path)!r})" in str(raised.value) and "kg build" not in str(raised.value)
    assert main(["query", str(tmp_path), "-n", "graph-summary"]) == 1
    assert f"run `kg build -o {tmp_path}` first" in capsys.readouterr().err
