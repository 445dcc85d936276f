"""Markup never becomes a name: stripped from HTML metadata and text before extraction, refused where names
enter the graph, and flagged by `kg validate` (issue 15, data hygiene)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

import kg
from kg.cli import main
from kg.extract.normalise import normalise_text
from kg.facts import DocumentFacts, Evidence, Organisation, Person
from kg.graph.rdf import document_quads
from kg.graph.validate import check
from kg.ingest.document import Document, Metadata
from kg.ingest.names import is_safe_name, safe_name, strip_markup
from kg.ingest.pages import html_to_text
from test_rdf import documents, node

UNSAFE = '<>"=\x00\x07\x1b\x7f\x85'

# Text as written → the text extraction sees. Simplified and Traditional side by side; the negative rows
# (book-title marks in ASCII, comparisons, an equals sign in prose) keep their characters.
NORMALISED = [
    ('县委第一巡察组对"><img src=x onerror=alert(1)>城关镇党委', "县委第一巡察组对城关镇党委"),
    ("縣委第一巡察組對\"><img src=x onerror=alert(1)>城關鎮黨委", "县委第一巡察组对城关镇党委"),
    ("<script>alert(5)</script>某某镇党委", "某某镇党委"),
    ("<SCRIPT type='text/javascript'>var a = '<b>';</SCRIPT>某某鎮黨委書記", "某某镇党委书记"),
    ("<style>p { color: red }</style><p>市委巡察办</p>", "市委巡察办"),
    ("<!-- 注释 -->区委<span>书记</span>", "区委书记"),
    # a block's tag is a line break, a cell's a space, a <br> in a cell too (the units of one cell)
    ("区委<br/>书记", "区委\n书记"),
    ("<table><tr><td>市委第一巡察组</td><td>市教育局<br>市科技局</td></tr></table>", "市委第一巡察组 市教育局 市科技局"),
    ("<tr><td>縣委第二巡察組</td><td>縣林業局黨組</td></tr><tr><td>縣委第三巡察組</td><td>城關鎮黨委</td></tr>",
     "县委第二巡察组 县林业局党组\n\n县委第三巡察组 城关镇党委"),
    ("'><a href=x>某某街道党工委</a>", "某某街道党工委"),
    ("＜b＞市委第二巡視組組長＜/b＞", "市委第二巡视组组长"),  # full-width brackets are half-width first
    ("<<关于整改情况的通报>>", "<<关于整改情况的通报>>"),
    ("资金缺口<50%, 1<2", "资金缺口<50%, 1<2"),
    ("a < b and c > d", "a < b and c > d"),
    ("指标=目标值", "指标=目标值"),
    ("指标A<B且C>D", "指标A<B且C>D"),
    ("《关于巡察整改情况的通报》", "《关于巡察整改情况的通报》"),
]


@pytest.mark.parametrize("given, seen", NORMALISED)
def test_markup_is_stripped_before_extraction(given: str, seen: str) -> None:
    text, offsets, _ = normalise_text(given)
    assert text.strip() == seen  # (a block's tag at either end leaves a line break there)
    assert offsets.to_original(0, len(text))[1] <= len(given)


# A text line carrying markup → the inspection's target as extracted.
EXTRACTED = [
    ('2021年3月1日至4月30日,县委第一巡察组对"><img src=x onerror=alert(1)>城关镇党委开展了常规巡察。', "城关镇党委"),
    ("2021年3月1日至4月30日，縣委第一巡察組對<script>alert(5)</script>城關鎮黨委開展了常規巡察。", "城关镇党委"),
    ("2021年3月1日至4月30日,县委第一巡察组对<b>城关镇党委</b>开展了常规巡察。", "城关镇党委"),
]


@pytest.mark.parametrize("text, target", EXTRACTED)
def test_a_line_with_markup_gives_a_clean_name(text: str, target: str) -> None:
    facts = kg.extract(text)
    assert [i.targets for i in facts.inspections] == [[target]]
    names = [e.name for e in facts.organisations + facts.teams + facts.people]
    assert all(is_safe_name(n) for n in names), names


PAGE = """<html><head><title><script>alert(5)</script>某某镇党委召开巡察反馈会_某某县人民政府</title>
<meta name="ContentSource" content="<b>某某县委巡察办</b>">
<meta name="author" content='"><img src=x onerror=alert(1)>李明'>
</head><body><h1><i>某某镇党委召开巡察反馈会</i></h1>
<p>2021年3月1日至4月30日,县委第一巡察组对某某镇党委开展了常规巡察。</p></body></html>"""


def test_html_title_and_meta_tags_lose_their_markup() -> None:
    text, meta = html_to_text(PAGE)
    assert meta.title == "某某镇党委召开巡察反馈会"
    assert meta.source == "某某县委巡察办" and meta.creator == "李明"
    assert "<" not in text and "alert" not in text


@pytest.mark.parametrize("name, kept", [
    ('"><img src=x onerror=alert(1)>镇党委', "镇党委"),
    ("<script>alert(5)</script>某某镇党委", "某某镇党委"),
    ("某某\x00镇\x1b党委\x85", "某某镇党委"),
    ('某某"镇"党委', "某某镇党委"),
    ("张家口市委第四巡察组", "张家口市委第四巡察组"),
])
def test_safe_name_keeps_no_markup_or_control_character(name: str, kept: str) -> None:
    assert safe_name(name) == kept and is_safe_name(kept)
    assert strip_markup("张家口市委") == "张家口市委"


def test_names_that_reach_the_graph_hold_no_markup() -> None:
    """The single validation point: a fact whose name slipped past extraction (a model, the API) still
    gives safe labels, IRIs and document metadata."""
    bad_org, bad_person = '"><img src=x onerror=alert(1)>城关镇党委', "<b>李明</b>"
    text = "城关镇党委书记李明。"
    ev = Evidence(0, len(text), text)
    facts = DocumentFacts(organisations=[Organisation(bad_org, aliases=["<i>镇党委</i>"], evidence=[ev])],
                          people=[Person(bad_person, evidence=[ev])])
    doc = Document(id="d", original=text, text=text, facts=facts,
                   metadata=Metadata(title="<script>x()</script>标题", source="<b>来源</b>"))
    literals = [q.object.value for q in document_quads(doc) if q.predicate.value in (
        str(RDFS.label), str(SKOS.altLabel), str(DCTERMS.title), str(DCTERMS.source))]
    assert sorted(literals) == sorted(["城关镇党委", "镇党委", "李明", "标题", "来源"])
    assert all(not set(UNSAFE) & set(q.subject.value) for q in document_quads(doc))


@pytest.mark.parametrize("prop, value", [
    (RDFS.label, '"><img src=x onerror=alert(1)>镇党委'),
    (SKOS.altLabel, "<script>alert(5)</script>某某镇党委"),
    (RDFS.label, "某某\x07镇党委"),
    (DCTERMS.source, "<b>某某县委巡察办</b>"),
    (DCTERMS.title, 'x="y"'),
])
def test_shapes_flag_names_with_markup(prop: URIRef, value: str) -> None:
    g = Graph()
    for t in Graph().parse(data=_graph_ttl(), format="turtle"):
        g.add(t)
    subject = node("doc", "000_45abcf2326382c21") if prop in (DCTERMS.source, DCTERMS.title) \
        else node("org", "张家口市委")
    if prop == RDFS.label:
        g.remove((subject, RDFS.label, None))
    g.add((subject, prop, Literal(value)))
    violations, _ = check(g)
    assert any("Safe" in v and "markup" in v for v in violations), violations


def _graph_ttl() -> str:
    import tempfile

    from kg.graph.rdf import write_graphs

    with tempfile.TemporaryDirectory() as out:
        write_graphs(documents(), Path(out))
        return (Path(out) / "graph.ttl").read_text(encoding="utf-8")


def test_build_of_pages_with_markup_validates_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.html").write_text(PAGE, encoding="utf-8")
    (docs / "line.txt").write_text(EXTRACTED[0][0] + "\n", encoding="utf-8")
    out = tmp_path / "out"
    kg.build([docs], out_dir=out, view=False, store=False)
    g = Graph().parse(out / "graph.ttl", format="turtle")
    labels = [str(o) for p in (RDFS.label, SKOS.altLabel, DCTERMS.title, DCTERMS.source, DCTERMS.creator)
              for o in g.objects(None, p)]
    assert "城关镇党委" in labels and "某某镇党委召开巡察反馈会" in labels
    assert not [x for x in labels if not is_safe_name(x)]
    assert main(["validate", str(out)]) == 0
    # A graph edited afterwards to hold markup is reported by `kg validate`, with exit status 1.
    with (out / "graph.ttl").open("a", encoding="utf-8") as f:
        f.write('\n<https://w3id.org/xunshi/id/org/x> a <http://www.w3.org/ns/org#Organization> ;\n'
                '  <http://www.w3.org/2000/01/rdf-schema#label> "\\"><img src=x>镇党委" .\n')
    capsys.readouterr()
    assert main(["validate", str(out)]) == 1
    assert "markup" in capsys.readouterr().out
