"""kg.graph.identity: one node across documents only when the evidence says it is the same thing.

Tables of names (one case per row) say which names are qualified (one thing in the country) and how
they are compared; document pairs written here in the genre's forms (tests/identity_pairs/, Simplified
and Traditional) check the graph: the same team in different wording is one node, namesakes in
different places are two, and unqualified names (市委, 区委, 市委第二巡察组, 市纪委) of unrelated documents
are never one. The real pairs of ../shared/real/pairs (LINKS.json) are checked when present.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, PROV, RDF, RDFS, SKOS

from kg.build.builder import build
from kg.graph.identity import org_key, unqualified

XS = Namespace("https://w3id.org/xunshi/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
ID = "https://w3id.org/xunshi/id/"
PAIRS = Path(__file__).parent / "identity_pairs"
SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL = SHARED / "real"

# Unqualified forms of the genre (the list and their kin): never one node across documents
# unless each document qualifies them the same way.
UNQUALIFIED_LABEL = re.compile(r"^(?:中共)?(?:[省市州县区旗]委|[省市州县区旗](?:纪委|监委|纪委监委|政府|人民政府|委巡察办|卫健委)"
                               r"|(?:[省市州县区旗]委)?(?:第[一二三四五六七八九十\d]+)?巡[视察]组)$")

# name (Simplified, as resolution leaves it) → the form it is compared in
ORG_KEYS = [
    ("中共河南省委员会", "河南省委"),            # 中共X委员会 ↔ X委
    ("中共河南省委", "河南省委"),
    ("河北省张家口市委", "张家口市委"),          # a city names itself: the province is dropped
    ("中共新乡市卫滨区委", "卫滨区委"),          # so does a district
    ("兰州市城关区委", "兰州市城关区委"),        # 城关区 is shared: the city stays
    ("中共复旦大学委员会", "复旦大学党委"),      # a unit's committee
    ("东阳市交通运输局", "东阳市交通运输局"),    # a department: nothing to drop
    ("市委", "市委"),
    ("中国石油党组", "中国石油天然气集团有限公司党组"),              # a national body's short name: its present full name
    ("中国石油天然气集团公司", "中国石油天然气集团有限公司"),        # … and its former one
    ("中国科协", "中国科学技术协会"),
    ("四川石油管理局", "四川石油管理局"),                          # no short name of a known body: as written
]

# name → qualified (one thing in the country)?
QUALIFIED = [
    ("张家口市委", True), ("河南省委", True), ("卫滨区委", True), ("雄安新区党工委", True),
    ("河北下花园经济开发区党工委", True), ("中央", True), ("国家发展改革委", True), ("复旦大学党委", True),
    ("中国长江三峡集团公司", True), ("东风汽车集团有限公司", True), ("通江县工业园区党工委", True),
    ("蔚县县委", True),
    ("市委", False), ("区委", False), ("县委", False), ("省委", False), ("市纪委", False), ("县政府", False),
    ("市卫健委", False), ("市委巡察办", False), ("区委政法委", False), ("学校党委", False), ("公司党委", False),
    ("局党组", False), ("各党支部", False), ("被巡察党组织", False), ("城关区委", False), ("新华区纪委", False),
    ("平原镇党委", False), ("住房和城乡建设局", False), ("教育局", False), ("人民医院", False),
    ("第一中学", False), ("监察组", False), ("三县县委", False), ("省委市委", False),
    ("高新区党工委", False), ("经开区管委会", False), ("张家口高新区党工委", True),
    ("教育部党组", True), ("科技部", True), ("政治部", False), ("人力资源部", False), ("纪检监察室", False),
    ("驻市卫健委纪检监察组", False), ("驻市纪委", False), ("自治区党委", False), ("西藏自治区党委", True),
    ("30个被巡视单位党组织", False), ("28所省属高校党委", False), ("外语学院教师第二党支部", False),
    ("东山校区管理委员会党总支", False), ("武汉", True), ("中国长江三峡集团公司党组", True),
    ("下花园区委", True), ("南山区委", False), ("千山区委", True), ("神农架林区党委", True),
]


@pytest.mark.parametrize(("name", "key"), ORG_KEYS)
def test_org_key(name: str, key: str) -> None:
    assert org_key(name) == key


@pytest.mark.parametrize(("name", "qualified"), QUALIFIED)
def test_qualified(name: str, qualified: bool) -> None:
    assert (unqualified(org_key(name)) is None) == qualified, unqualified(org_key(name))


def graph_of(paths: list[Path], out: Path) -> Graph:
    build(paths, out_dir=out, view=False, store=False)
    return Graph().parse(out / "graph.ttl", format="turtle")


def nodes(g: Graph, cls: URIRef, label: str) -> set[URIRef]:
    """The nodes of a class carrying ``label`` as rdfs:label or skos:altLabel."""
    return {s for p in (RDFS.label, SKOS.altLabel) for s in g.subjects(p, Literal(label)) if (s, RDF.type, cls) in g}


def docs_of(g: Graph, node: URIRef) -> set[str]:
    return {str(d).rsplit("/", 1)[1] for d in g.objects(node, PROV.wasDerivedFrom)}


def shared_unqualified(g: Graph) -> list[str]:
    """Team, organisation and person nodes labelled with an unqualified form and derived from several
    documents (the done-when check of cross-document identity)."""
    out = []
    for cls in (ORG.Organization, XS.InspectionTeam, FOAF.Person):
        for node in set(g.subjects(RDF.type, cls)):
            label = str(g.value(node, RDFS.label))
            if UNQUALIFIED_LABEL.match(label) and len(docs_of(g, node)) > 1:
                out.append(f"{label} {node} {sorted(docs_of(g, node))}")
    return out


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return graph_of([PAIRS], tmp_path_factory.mktemp("identity"))


def test_same_team_in_other_wording_and_script_is_one_node(pairs: Graph) -> None:
    # 河南省委第九巡视组 / 中共河南省委第九巡视组 / 省委第九巡视组 (Traditional 巡視組), the same inspection dates.
    (team,) = nodes(pairs, XS.InspectionTeam, "河南省委第九巡视组")
    assert str(team) == ID + "team/河南省委/第9巡视组/2021-03"
    assert docs_of(pairs, team) == {"henan_feedback", "henan_feedback_hant", "henan_rectification"}
    assert "省委第九巡视组" in {str(x) for x in pairs.objects(team, SKOS.altLabel)}
    (target,) = nodes(pairs, ORG.Organization, "卫滨区委")  # 中共新乡市卫滨区委 and 卫滨区委: one node
    assert len(list(pairs.objects(target, RDFS.label))) == 1
    assert docs_of(pairs, target) >= {"henan_feedback", "henan_feedback_hant"}
    (leader,) = nodes(pairs, FOAF.Person, "张建国")  # the team's leader, in both feedback reports
    assert docs_of(pairs, leader) == {"henan_feedback", "henan_feedback_hant"}


def test_namesakes_in_different_places_are_two_nodes(pairs: Graph) -> None:
    wang = nodes(pairs, FOAF.Person, "王伟")  # 下花园区委书记 / 通江县纪委书记
    assert len(wang) == 2
    assert {frozenset(docs_of(pairs, n)) for n in wang} == {frozenset({"wangwei_district"}),
                                                          frozenset({"wangwei_county"})}


@pytest.mark.parametrize("label", ["市委", "区委", "市纪委", "市委第二巡察组"])
def test_unqualified_names_of_unrelated_documents_are_never_one_node(pairs: Graph, label: str) -> None:
    unrelated = {"city_a_feedback", "city_b_feedback"}  # two cities the texts never name
    found = {n for n in nodes(pairs, ORG.Organization, label) | nodes(pairs, XS.InspectionTeam, label)
             if docs_of(pairs, n) & unrelated}
    assert len(found) == 2, found
    for node in found:
        assert len(docs_of(pairs, node)) == 1 and str(node).startswith(ID + "doc/")
        assert str(pairs.value(node, XS.identityBasis)).startswith("document-scoped:")
    assert shared_unqualified(pairs) == []


def test_every_team_organisation_and_person_says_why(pairs: Graph) -> None:
    for cls in (ORG.Organization, XS.InspectionTeam, FOAF.Person):
        for node in set(pairs.subjects(RDF.type, cls)):
            assert pairs.value(node, XS.identityBasis) is not None, node


needs_real = pytest.mark.skipif(not (REAL / "pairs" / "LINKS.json").is_file(),
                                reason="../shared/real (with pairs/LINKS.json) is not present")


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    files = sorted(REAL.glob("r*.txt")) + sorted((REAL / "pairs").glob("r*.txt"))
    return graph_of(files, tmp_path_factory.mktemp("real"))


@needs_real
def test_real_no_unqualified_node_spans_documents(real: Graph) -> None:
    assert shared_unqualified(real) == []


@needs_real
def test_real_pairs_people(real: Graph) -> None:
    for link in json.loads((REAL / "pairs" / "LINKS.json").read_text(encoding="utf-8")):
        a, b = link["docs"]
        for name in link["same_people"]:
            assert any(docs_of(real, n) >= {a, b} for n in nodes(real, FOAF.Person, name)), (name, a, b)
        for name in link["different_people_same_name"]:
            found = nodes(real, FOAF.Person, name)
            assert not any(docs_of(real, n) >= {a, b} for n in found), (name, a, b)
            assert len(found) >= 2, (name, found)
