"""Helpers shared by the held-out genre tests (test_genre, test_genre_b, test_genre_c,
test_blind_sets): each set is a folder with corpus/ (texts, negatives named *_neg_*) and gold/
(<stem>.gold.json), built once per module and read back from graph.ttl, then queried per document."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS

from kg.build.builder import build

XS = Namespace("https://w3id.org/xunshi/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
# What a negative text must not give: any of the inspection facts.
INSPECTION_CLASSES = (XS.InspectionTeam, XS.Inspection, XS.Feedback, XS.Issue, XS.Measure, XS.Recommendation)


def stems(folder: Path) -> tuple[list[str], list[str]]:
    """The set's document stems, as (negatives, positives), each sorted."""
    all_stems = sorted(p.stem for p in (folder / "corpus").iterdir())
    return [s for s in all_stems if "_neg_" in s], [s for s in all_stems if "_neg_" not in s]


def gold_stems(folder: Path) -> set[str]:
    return {p.name.split(".gold.json")[0] for p in (folder / "gold").glob("*.gold.json")}


def build_graph(folder: Path, out: Path) -> Graph:
    """The set's corpus built into ``out`` (no store, no view), read back from graph.ttl."""
    report = build([folder / "corpus"], out_dir=out, view=False, store=False)
    assert not report.errors, report.error_lines()
    return Graph().parse(out / "graph.ttl")


def gold(folder: Path, stem: str) -> dict:
    return json.loads((folder / "gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))


def document(g: Graph, stem: str) -> URIRef:
    nodes = [d for d in g.subjects(DCTERMS.identifier, Literal(stem)) if (d, RDF.type, XS.Document) in g]
    assert len(nodes) == 1, f"{stem}: {len(nodes)} documents"
    return nodes[0]


def derived(g: Graph, stem: str, cls: URIRef) -> list[URIRef]:
    doc = document(g, stem)
    return [s for s in g.subjects(PROV.wasDerivedFrom, doc) if (s, RDF.type, cls) in g]


def names(g: Graph, node: URIRef) -> set[str]:
    """Every name of a node, as the vocabulary gives them (rdfs:label, skos:prefLabel/altLabel)."""
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p)}


def invented(g: Graph, stem: str) -> list[str]:
    """The inspection classes a document gave any fact of (for a negative text: none)."""
    return [cls.split("#")[1] for cls in INSPECTION_CLASSES if derived(g, stem, cls)]


def people(g: Graph, stem: str) -> set[str]:
    return set().union(*[names(g, p) for p in derived(g, stem, FOAF.Person)] or [set()])


def posts(g: Graph, stem: str) -> set[tuple[str, str]]:
    """(person name, post label) for every membership of the document."""
    found = set()
    for m in derived(g, stem, ORG.Membership):
        for person in g.objects(m, ORG.member):
            for role in g.objects(m, ORG.role):
                found |= {(n, str(r)) for n in names(g, person) for r in g.objects(role, RDFS.label)} | {
                    (n, str(role)) for n in names(g, person) if isinstance(role, Literal)}
    return found


# A group of teams (市委5个巡察组, 各巡察组) or a bare generic name (中央巡视组): the text singles out no team,
# so finding it is optional, as in the scorer.
GROUP = re.compile(r"\d+个|[一二三四五六七八九十两]+个|各|至第|第.、第")
GENERIC = re.compile(r"^(?:中央|省委|市委|州委|县委|区委|党委|党组)?(?:巡视|巡察)组$")


def optional_team(aliases: list[str]) -> bool:
    """Every name of the gold team is a group's or a bare generic one."""
    return all(GROUP.search(a) or GENERIC.match(a) for a in aliases)


def same_team(aliases: list[str], found: set[str]) -> bool:
    """One of the gold's names, or that name with its dispatcher's place written out in front (a found
    青崖县委第二巡察组 is the text's 县委第二巡察组); compatibility forms folded, as the scorer folds them (县委第２巡察组)."""
    aliases = [unicodedata.normalize("NFKC", a) for a in aliases]
    found = {unicodedata.normalize("NFKC", f) for f in found}
    return bool(set(aliases) & found) or any(f.endswith(a) and re.match(r"^(?:中央|[^第]{0,12}?委)第", a)
                                             for a in aliases for f in found)


def unfound_teams(g: Graph, stem: str, gold_teams: list[dict]) -> list[list[str]]:
    """The aliases of each gold team the text singles out (optional_team: no) that no team of the graph's
    document carries."""
    teams = [names(g, t) for t in derived(g, stem, XS.InspectionTeam)]
    return [t["aliases"] for t in gold_teams
            if not optional_team(t["aliases"]) and not any(same_team(t["aliases"], found) for found in teams)]
