"""kg.graph.rdf: facts → named graphs per document, IRIs, labels, provenance, evidence, deterministic Turtle/TriG.

The facts are written by hand from the sample texts, so these tests do not depend on extraction.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from kg.facts import (DocumentFacts, Evidence, Feedback, Inspection, Issue, Measure, Membership, Organisation,
                      Person, Recommendation, Team)
from kg.graph.rdf import ID, document_quads, iri, segment, write_graphs
from kg.ingest.document import Document, Metadata
from kg.ingest.files import read_document, sample_dir

XS = Namespace("https://w3id.org/xunshi/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold"

# A rectification report in the samples' style, sharing a team, a dispatcher and a person with sample 000.
RECTIFICATION = (
    "中共张家口市委第四巡察组组长乔树军同志参加了反馈会议。\n"
    "一、关于政治建设方面的问题\n"
    "1.理论学习不深入。一是完善学习制度;二是开展专题研讨。\n"
    "市委第四巡察组反馈的11个问题中,已完成整改8个,正在整改3个。\n"
    "建议:要进一步压实主体责任。\n"
)


def ev(text: str, phrase: str) -> Evidence:
    """Evidence for the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Evidence(start, start + len(phrase), phrase)


def feedback_doc() -> Document:
    """Sample 000 (a feedback report) with its facts written by hand."""
    doc = read_document(sample_dir() / "000_45abcf2326382c21.txt")
    t = doc.original
    team_ev = [ev(t, "市委第四巡察组巡察河北下花园经济开发区党工委反馈会议召开")]
    insp_ev = [ev(t, "2020年8月22日至10月15日,市委第四巡察组对河北下花园经济开发区党工委开展了常规巡察")]
    fb_ev = [ev(t, "组长乔树军分别向下花园区委书记王小军、下花园经济开发区党工委书记徐晓莉")]
    doc.metadata = Metadata(source="张家口市委巡察办", issued="2021-04-01")
    doc.facts = DocumentFacts(
        organisations=[
            Organisation("河北下花园经济开发区党工委", ["下花园经济开发区党工委", "开发区党工委"], evidence=insp_ev),
            Organisation("下花园区委", evidence=fb_ev),
            Organisation("张家口市委", ["市委"], evidence=team_ev),
        ],
        teams=[Team("张家口市委第四巡察组", ["市委第四巡察组", "巡察组"], "巡察", 4, "张家口市委", team_ev)],
        people=[Person("乔树军", evidence=fb_ev), Person("王小军", evidence=fb_ev)],
        memberships=[
            Membership("乔树军", "组长", "市委第四巡察组", fb_ev),
            Membership("王小军", "区委书记", "下花园区委", fb_ev),
        ],
        inspections=[Inspection("inspection-1", "市委第四巡察组", ["河北下花园经济开发区党工委"], "2020-08-22",
                                "2020-10-15", "常规", "十一届市委第八轮", evidence=insp_ev)],
        feedback=[Feedback("feedback-1", "inspection-1", "市委第四巡察组", ["下花园区委", "开发区党工委"],
                           date="2021-03", presided_by="王小军", evidence=fb_ev)],
        doc_type="feedback",
    )
    return doc


def rectification_doc() -> Document:
    t = RECTIFICATION
    doc = Document(id="rect_001", original=t, text=t)
    doc.metadata = Metadata(title="关于巡察整改情况的通报", issued="2021-08-01")
    doc.facts = DocumentFacts(
        organisations=[Organisation("张家口市委", ["中共张家口市委"], evidence=[ev(t, "中共张家口市委")])],
        teams=[Team("张家口市委第四巡察组", ["中共张家口市委第四巡察组"], "巡察", 4, "张家口市委",
                    [ev(t, "中共张家口市委第四巡察组")])],
        people=[Person("乔树军", ["乔树军同志"], [ev(t, "乔树军同志")])],
        memberships=[Membership("乔树军", "组长", "张家口市委第四巡察组", [ev(t, "组长乔树军")])],
        inspections=[Inspection("inspection-1", "张家口市委第四巡察组", ["下花园区委"], round="十一届市委第八轮",
                                issues_reported=11,
                                issues_rectified=8, issues_ongoing=3, evidence=[ev(t, "反馈的11个问题中")])],
        issues=[Issue("issue-1", "理论学习不深入", "关于政治建设方面的问题", "inspection-1", "rectified",
                      [ev(t, "理论学习不深入")])],
        measures=[Measure("完善学习制度", "issue-1", [ev(t, "一是完善学习制度")]),
                  Measure("开展专题研讨", "issue-1", [ev(t, "二是开展专题研讨")])],
        recommendations=[Recommendation("要进一步压实主体责任", None, [ev(t, "要进一步压实主体责任")])],
        doc_type="rectification",
    )
    return doc


def documents() -> list[Document]:
    return [feedback_doc(), rectification_doc()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rdf")
    write_graphs(documents(), out)
    return out


@pytest.fixture(scope="module")
def g(built: Path) -> Graph:
    return Graph().parse(built / "graph.ttl", format="turtle")


def node(kind: str, *parts: str) -> URIRef:
    return URIRef(iri(kind, *parts).value)


TEAM = node("team", "张家口市委", "第4巡察组", "2020-08")  # the team's identity: dispatcher, ordinal, period


DOC_A, DOC_B = node("doc", "000_45abcf2326382c21"), node("doc", "rect_001")


def test_documents_carry_metadata_and_type(g: Graph) -> None:
    assert (DOC_A, RDF.type, XS.FeedbackReport) in g and (DOC_A, RDF.type, XS.Document) in g
    assert (DOC_B, RDF.type, XS.RectificationReport) in g
    assert g.value(DOC_A, DCTERMS.identifier) == Literal("000_45abcf2326382c21")
    assert g.value(DOC_A, DCTERMS.issued) == Literal("2021-04-01", datatype=XSD.date)
    assert g.value(DOC_A, DCTERMS.source) == Literal("张家口市委巡察办")
    assert g.value(DOC_B, DCTERMS.title) == Literal("关于巡察整改情况的通报")


def test_team_merged_across_documents_with_one_label_and_every_alias(g: Graph) -> None:
    team = TEAM
    assert list(g.objects(team, RDFS.label)) == [Literal("张家口市委第四巡察组")]
    assert "inspection started 2020-08" in " ".join(map(str, g.objects(team, XS.identityBasis)))
    assert set(g.objects(team, SKOS.altLabel)) == {Literal("市委第四巡察组"), Literal("巡察组"),
                                                   Literal("中共张家口市委第四巡察组")}
    assert set(g.objects(team, PROV.wasDerivedFrom)) == {DOC_A, DOC_B}
    assert g.value(team, XS.ordinal) == Literal(4)
    assert g.value(team, XS.teamKind) == Literal("巡察")
    assert g.value(team, XS.dispatchedBy) == node("org", "张家口市委")


def test_membership_links_person_role_and_team_named_by_alias(g: Graph) -> None:
    person = node("person", "乔树军", "张家口市委")
    (m,) = set(g.subjects(ORG.member, person))
    assert (m, RDF.type, ORG.Membership) in g
    assert g.value(g.value(m, ORG.role), RDFS.label) == Literal("组长")
    assert g.value(m, ORG.organization) == TEAM
    assert set(g.objects(m, PROV.wasDerivedFrom)) == {DOC_A, DOC_B}
    assert set(g.objects(person, SKOS.altLabel)) == {Literal("乔树军同志")}
    wang = set(g.subjects(ORG.member, node("person", "王小军", "下花园区委")))
    assert {g.value(m, ORG.organization) for m in wang} == {node("org", "下花园区委")}


def test_inspection_and_feedback(g: Graph) -> None:
    insp = node("inspection", "000_45abcf2326382c21", "1")
    assert g.value(insp, XS.team) == TEAM
    assert set(g.objects(insp, XS.target)) == {node("org", "河北下花园经济开发区党工委")}
    assert g.value(insp, XS.startDate) == Literal("2020-08-22", datatype=XSD.date)
    assert g.value(insp, XS.mode) == Literal("常规")
    assert g.value(insp, XS.round) == Literal("十一届市委第八轮")
    fb = node("feedback", "000_45abcf2326382c21", "1")
    assert g.value(fb, XS.ofInspection) == insp
    # 开发区党工委 is an alias: the target is the canonical organisation node
    assert set(g.objects(fb, XS.target)) == {node("org", "下花园区委"), node("org", "河北下花园经济开发区党工委")}
    assert g.value(fb, XS.date) == Literal("2021-03", datatype=XSD.gYearMonth)
    assert g.value(fb, XS.presidedBy) == node("person", "王小军", "下花园区委")


@pytest.mark.parametrize("text, counts", [
    ("某某县教育局关于巡察整改情况的通报\n对照反馈问题清单，共梳理出问题28个，目前已整改到位25个，其余3个正在整改。",
     {"issuesReported": 28, "issuesRectified": 25, "issuesOngoing": 3}),
    ("某某縣教育局關於巡察整改情況的通報\n對照反饋問題清單，共梳理出問題28個，目前已整改到位25個。",
     {"issuesReported": 28, "issuesRectified": 25}),
])
def test_counts_without_an_inspection_go_to_the_document(text: str, counts: dict[str, int]) -> None:
    """A report that states its counts but names no inspection keeps them on the document node."""
    from kg.extract.pipeline import Pipeline

    doc = Pipeline()(Document(id="counts", original=text))
    assert not doc.facts.inspections
    got = {str(q.predicate.value).split("#")[1]: int(q.object.value) for q in document_quads(doc)
           if q.subject.value.endswith("/doc/counts") and str(q.predicate.value).startswith(str(XS) + "issues")}
    assert got == counts


def test_findings_counts_and_status(g: Graph) -> None:
    insp = node("inspection", "rect_001", "1")
    assert (g.value(insp, XS.issuesReported), g.value(insp, XS.issuesRectified), g.value(insp, XS.issuesOngoing)) \
        == (Literal(11), Literal(8), Literal(3))
    issue = node("issue", "rect_001", "1")
    assert g.value(issue, RDFS.label) == Literal("理论学习不深入")
    assert g.value(g.value(issue, XS.category), RDFS.label) == Literal("关于政治建设方面的问题")
    assert g.value(issue, XS.status) == XS.Rectified and g.value(issue, XS.foundIn) == insp
    measures = set(g.subjects(XS.addresses, issue))
    assert {str(g.value(m, RDFS.label)) for m in measures} == {"完善学习制度", "开展专题研讨"}
    (rec,) = set(g.subjects(RDF.type, XS.Recommendation))
    assert g.value(rec, XS.madeAt) is None and g.value(rec, RDFS.label) == Literal("要进一步压实主体责任")


def test_every_extracted_node_has_provenance_and_evidence_into_the_original(g: Graph) -> None:
    texts = {DOC_A: feedback_doc().original, DOC_B: RECTIFICATION}
    classes = [ORG.Organization, XS.InspectionTeam, FOAF.Person, ORG.Membership, XS.Inspection, XS.Feedback,
               XS.Issue, XS.Measure, XS.Recommendation]
    nodes = {s for c in classes for s in g.subjects(RDF.type, c)}
    assert len(nodes) == 15  # 3 orgs, 1 team, 2 people, 2 posts, 2 inspections, 1 feedback, 1 issue, 2 measures, 1 rec
    for n in nodes:
        docs = set(g.objects(n, PROV.wasDerivedFrom))
        assert docs and docs <= {DOC_A, DOC_B}
        evidence = set(g.objects(n, XS.evidence))
        assert {g.value(e, XS.inDocument) for e in evidence} == docs, n
        for e in evidence:
            start, end = g.value(e, XS.start), g.value(e, XS.end)
            assert start.datatype == XSD.integer and 0 <= start.toPython() < end.toPython()
            assert texts[g.value(e, XS.inDocument)][start.toPython():end.toPython()] == str(g.value(e, XS.text))


def test_one_named_graph_per_document_whose_union_is_the_turtle(built: Path, g: Graph) -> None:
    ds = Dataset()
    ds.parse(built / "graph.trig", format="trig")
    names = {c.identifier for c in ds.graphs() if len(c)}
    assert names == {node("graph", "000_45abcf2326382c21"), node("graph", "rect_001")}
    b = ds.graph(node("graph", "rect_001"))
    assert (node("person", "王小军", "下花园区委"), None, None) not in b  # only in document A
    assert set(b.objects(TEAM, PROV.wasDerivedFrom)) == {DOC_B}
    union = {t for c in ds.graphs() for t in c}
    assert union == set(g)


def test_iris_are_written_in_full_never_as_prefixed_names_with_slashes(built: Path) -> None:
    for name in ("graph.ttl", "graph.trig"):
        text = (built / name).read_text(encoding="utf-8")
        assert "\\/" not in text and "<https://w3id.org/xunshi/id/team/张家口市委/第4巡察组/2020-08>" in text


def test_segment_escapes_iri_delimiters_and_keeps_chinese() -> None:
    assert segment("张家口市委") == "张家口市委"
    assert segment("a/b#c d%e?<f>") == "a%2Fb%23c%20d%25e%3F%3Cf%3E"
    assert segment("") != segment("_")
    long_a, long_b = "问" * 200 + "甲", "问" * 200 + "乙"
    assert segment(long_a) != segment(long_b) and len(segment(long_a)) < 100


def test_segment_keeps_exactly_letters_digits_and_dash_dot_underscore_of_every_code_point() -> None:
    """The one-regex escape keeps what the rule says (str.isalnum and "-._") and encodes the rest, for every
    code point (lone surrogates excepted: clean makes them U+FFFD first)."""
    from urllib.parse import quote

    from kg.graph.rdf import _escape

    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert _escape(text) == "".join(ch if ch.isalnum() or ch in "-._" else quote(ch, safe="") for ch in text)


def test_same_input_gives_byte_identical_output_in_any_document_order(tmp_path: Path) -> None:
    write_graphs(documents(), tmp_path / "a")
    write_graphs(documents()[::-1], tmp_path / "b")
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_document_without_facts_still_gives_the_document_node() -> None:
    doc = Document(id="empty doc/1", original="", language="zh-Hant")
    quads = document_quads(doc)
    assert {q.subject.value for q in quads} == {ID + "doc/empty%20doc%2F1"}


PIECES = ['"', "\\", "\n", "\r", "<", ">", "😀", "\x00", "\x07", "\x1f", "\ud800", "'''", '"""', "{", "}", "@",
          "^^", "%2F", "/", "#", " ", "巡察组", "區委", "\u200b", "\ufeff"]
nasty = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=12).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=nasty, alias=nasty, text=nasty, long=st.integers(min_value=0, max_value=3000))
def test_any_text_maps_to_turtle_and_trig_that_reparse(tmp_path_factory: pytest.TempPathFactory, name: str,
                                                      alias: str, text: str, long: int) -> None:
    body = text + "长" * long
    name = name + "名" * (long // 3)
    doc = Document(id=name or "d", original=body, text=body)
    e = [Evidence(0, len(body) + 1, body)]
    doc.metadata = Metadata(title=text, source=alias, issued=name)
    doc.facts = DocumentFacts(
        organisations=[Organisation(name, [alias, text], parent=alias, evidence=e)],
        teams=[Team(alias + "巡察组", [name], evidence=e)],
        people=[Person(text, [name], e)],
        memberships=[Membership(text, name, alias, e)],
        inspections=[Inspection(name, alias, [name, text], start=text, mode=alias, round=body, evidence=e)],
        issues=[Issue(alias, body, category=name, inspection=name, evidence=e)],
        measures=[Measure(body, alias, e)],
    )
    out = tmp_path_factory.mktemp("prop")
    write_graphs([doc], out)
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    trig = Dataset()
    trig.parse(out / "graph.trig", format="trig")
    assert len(turtle) > 10 and {t for c in trig.graphs() for t in c} == set(turtle)
    assert len(list(ox.parse(path=str(out / "graph.trig")))) >= len(turtle)
    clean_body = body.replace("\ud800", "\ufffd")
    assert Literal(clean_body) in set(turtle.objects(None, RDFS.label))


def _scores(out: Path) -> tuple[dict, dict]:
    """The shared scorer's figures for ``out``'s graph.ttl and graph.trig against the shared gold."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return tuple(score.score(score.load([str(out / name)]), GOLD)[0] for name in ("graph.ttl", "graph.trig"))


needs_scorer = pytest.mark.skipif(not (SCORER.is_file() and GOLD.is_dir()),
                                  reason="../shared/tools/score.py or ../shared/gold not present")


@needs_scorer
def test_scorer_reads_turtle_and_trig_alike_and_finds_the_hand_facts(built: Path) -> None:
    by_ttl, by_trig = _scores(built)
    assert by_ttl == by_trig
    # sample 000: one of its one team, one of its two inspections' (team, target) pairs, its feedback pairs
    assert by_ttl["teams"] > 0 and by_ttl["inspections"] > 0 and by_ttl["feedback"] > 0
    assert by_ttl["inspection dates"] == 1.0 and by_ttl["published"] is not None


@needs_scorer
def test_built_samples_graph_reads_the_same_from_turtle_and_trig(built_samples: Path) -> None:
    by_ttl, by_trig = _scores(built_samples)
    assert by_ttl == by_trig and by_ttl["documents"] == 1.0


ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "xunshi.ttl"


def test_every_term_the_mapping_uses_is_defined_in_the_ontology_in_chinese_and_english(g: Graph) -> None:
    onto = Graph().parse(ONTOLOGY, format="turtle")
    used = {p for p in g.predicates() if str(p).startswith(str(XS))}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(str(XS))}
    used |= {o for o in g.objects() if isinstance(o, URIRef) and str(o).startswith(str(XS))}
    assert {XS.team, XS.evidence, XS.Inspection, XS.Rectified, XS.IssueCategories} <= used
    for term in used:
        langs = {label.language for label in onto.objects(term, RDFS.label)}
        assert {"zh-Hans", "en"} <= langs, term
    modes = {str(n) for c in onto.subjects(SKOS.inScheme, XS.InspectionModes) for n in onto.objects(c, SKOS.notation)}
    assert modes == {"常规", "专项", "回头看", "提级交叉", "机动"}


def test_building_the_samples_twice_gives_identical_bytes(tmp_path: Path) -> None:
    from kg.build.builder import build

    for name in ("a", "b"):
        build(out_dir=tmp_path / name, view=False, store=False)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_built_samples_evidence_quotes_the_files_at_its_offsets(built_samples: Path) -> None:
    g = Graph().parse(built_samples / "graph.ttl", format="turtle")
    ids = [str(g.value(d, DCTERMS.identifier)) for d in g.subjects(RDF.type, XS.Document)]
    originals = {i: read_document(sample_dir() / f"{i}.txt").original for i in ids}
    evidence = set(g.subjects(RDF.type, XS.Evidence))
    assert len(originals) == 5 and len(evidence) > 50
    for e in evidence:
        doc_id = str(g.value(g.value(e, XS.inDocument), DCTERMS.identifier))
        start, end = g.value(e, XS.start).toPython(), g.value(e, XS.end).toPython()
        assert originals[doc_id][start:end] == str(g.value(e, XS.text)), e
