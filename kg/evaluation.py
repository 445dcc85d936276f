"""`kg eval`: measure a built graph against hand-made gold facts before trusting it corpus-wide.

A user annotates a few pages of their own source (one ``NAME.gold.json`` per ``NAME.txt``, in the schema
described in ``kg/GOLD.md``) and asks how well the graph holds them: precision, recall and F1 per fact type
(teams, inspections, feedback, people, posts, issues), accuracy of the values hung on matched facts
(dates, post organisations, measures, categories, stated counts, publication date, document type), and a
headline score, the mean of the ten headline measures.

The facts are read from the graph with SPARQL (graph.trig loaded into an in-memory Oxigraph store), so any
graph in the project's vocabulary can be measured, whoever built it. The matching follows the gold
conventions of the project's development set, so that the figures are those of its reference scorer:

* a team matches when one of its names is one of the gold aliases, or ends with one that starts with a
  committee (湖北省委第二巡视组 is the text's 省委第二巡视组); a term prefix (十二届) is ignored; a group of
  teams (市委6个巡察组, 各巡察组) or a bare generic name (省委巡视组) is optional on both sides;
* an inspection or a feedback is a (team, target) pair; a gold team of null (a round 对A、B、C开展巡视)
  matches any team, a prediction without a team included;
* a person matches by name; a post by name and post, where a title listing several posts
  (市委常委、纪委书记) counts one per post and 区委书记 is 书记 (but 党委副书记 is not);
* an issue matches when its text is similar enough (:data:`ISSUE_SIMILARITY`);
* each gold fact takes the first still-unmatched prediction that matches it (greedy, one to one).
"""
from __future__ import annotations

import difflib
import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import KgError
from kg.graph.namespaces import ORG, XS

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.build.builder import BuildReport

GOLD_SUFFIX = ".gold.json"
SPLIT_FILE = "SPLIT.tsv"  # doc<TAB>part per line (after a header line): which documents form which part
GRAPH_FILES = ("graph.trig", "graph.ttl")  # what `kg build` writes; the first found is read
RDF_SUFFIXES = (".trig", ".ttl", ".nt", ".nq")

# Fact types scored by precision/recall/F1, and the six of them in the headline score.
FACT_TYPES = ("documents", "teams", "inspections", "feedback", "people", "posts", "issues")
HEADLINE_FACTS = ("teams", "inspections", "feedback", "people", "posts", "issues")
# Values scored by accuracy on matched (or stated) facts, and the four of them in the headline score.
VALUE_TYPES = ("inspection dates", "feedback dates", "post organisations", "issue measures", "issue categories",
               "issue counts", "published", "doc type")
HEADLINE_VALUES = ("inspection dates", "feedback dates", "issue measures", "issue counts")

# --- how names are compared ------------------------------------------------------------------------------

# Dropped before comparing names: whitespace, quotes, brackets and Chinese/Western punctuation (after NFKC,
# which also folds full-width letters and digits).
IGNORED_CHARACTERS = " \t\r\n\u3000“”\"'‘’「」『』《》〈〉()（）[]【】,，.。、;；:：!！?？·"
_DROP = str.maketrans("", "", IGNORED_CHARACTERS)


def normalise(text: object) -> str:
    """A name as compared: NFKC, without punctuation or spaces, lower case."""
    return unicodedata.normalize("NFKC", str(text)).translate(_DROP).lower()


# A group of teams: 市委6个巡察组, 十个巡视组, 各巡察组, 第一至第五巡察组, 第一、第二巡视组.
TEAM_GROUP = re.compile(r"[\d一二三四五六七八九十两]+个|各|至第|第.、第")
# A team named by kind alone, which singles out none: 巡察组, 省委巡视组, 党组巡察组.
GENERIC_TEAM = re.compile(r"^(?:中央|省委|市委|州委|县委|区委|党委|党组)?(?:巡视|巡察)组$")
# A term written before the team (十二届市委第三巡察组 is 市委第三巡察组).
TERM_PREFIX = re.compile(r"^[一二三四五六七八九十\d]+届")
# A team name that starts with its dispatching committee (before any ordinal): a prediction that writes the
# committee's place in front of it (湖北省委第二巡视组) is the same team.
STARTS_WITH_COMMITTEE = re.compile(r"^(?:中央|[^第]{0,12}(?:省委|市委|州委|县委|区委|旗委|盟委|党委|党组|工委))")

# What separates the posts of a title that lists several (市委常委、纪委书记).
POST_SEPARATORS = re.compile(r"[、,，;；/]")
# A longer post that ends with a shorter one is the same post with its organisation in front (区委书记 =
# 书记), unless what stands in front ends with one of these (党委副书记 ≠ 书记).
POST_MODIFIERS = ("副", "正", "常务", "执行", "第一", "代", "原", "前", "名誉")

ISSUE_SIMILARITY = 0.75  # an issue's text must be at least this similar to the gold's to match it
CATEGORY_SIMILARITY = 0.6  # and a category heading this similar to count as the same heading
CONTAINED_BONUS = 0.25  # added to the length ratio when one text contains the other


def is_weak_team(aliases: Iterable[str]) -> bool:
    """True when every name is a group of teams or a generic name: the text singles out no one team, so
    finding it is optional and its inspections match on the target alone."""
    return all(TEAM_GROUP.search(a) or GENERIC_TEAM.match(normalise(a)) for a in aliases)


def same_team(gold: set[str], predicted: set[str]) -> bool:
    """One of the predicted names is a gold alias, or one with the dispatcher's place written out in front."""
    gold = {TERM_PREFIX.sub("", g) for g in gold}
    predicted = {TERM_PREFIX.sub("", p) for p in predicted}
    if gold & predicted:
        return True
    return any(p.endswith(g) and STARTS_WITH_COMMITTEE.match(g) for g in gold for p in predicted)


def split_posts(title: str) -> list[str]:
    """The posts of a title, each normalised: 市委常委、纪委书记 → [市委常委, 纪委书记]."""
    return [p for p in (normalise(part) for part in POST_SEPARATORS.split(str(title))) if p]


def same_post(a: str, b: str) -> bool:
    """区委书记 and 书记 are one post (the longer adds the organisation), 党委副书记 and 书记 are not."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long.endswith(short) and not long[: -len(short)].endswith(POST_MODIFIERS)


def text_similarity(a: str, b: str) -> float:
    """How alike two issue texts are: 1 when equal; the length ratio plus a bonus when one contains the
    other (a prediction that keeps a clause more or less); else difflib's ratio."""
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) + CONTAINED_BONUS
    return difflib.SequenceMatcher(None, a, b).ratio()


# --- tallies ---------------------------------------------------------------------------------------------


@dataclass
class Count:
    """Matched (tp), invented (fp) and missed (fn) facts of one type, with the misses in words."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float | None:
        """None when there was nothing to find and nothing found."""
        if not self.tp + self.fp + self.fn:
            return None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """How many of the values the gold states the graph gives right."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, why: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(why)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Evaluation:
    """The figures of one graph against one gold folder."""

    documents: list[str]  # the gold documents scored
    counts: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in FACT_TYPES})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in VALUE_TYPES})

    @property
    def score(self) -> float:
        """The mean of the headline measures that apply (F1 of six fact types, accuracy of four values)."""
        values = [self.counts[k].f1 for k in HEADLINE_FACTS] + [self.accuracies[k].value for k in HEADLINE_VALUES]
        present = [v for v in values if v is not None]
        return sum(present) / len(present) if present else 0.0

    def figures(self) -> dict[str, float | None]:
        """Measure → F1 or accuracy (None when it does not apply), and ``score``: the reference scorer's keys."""
        return {"score": self.score, **{k: c.f1 for k, c in self.counts.items()},
                **{k: a.value for k, a in self.accuracies.items()}}

    def to_dict(self, detail: bool = False) -> dict[str, Any]:
        """Everything as plain JSON values; the misses only with ``detail``."""
        out: dict[str, Any] = {"score": self.score, "documents": len(self.documents), "facts": {}, "values": {}}
        for name, c in self.counts.items():
            out["facts"][name] = {"precision": c.precision, "recall": c.recall, "f1": c.f1,
                                  "tp": c.tp, "fp": c.fp, "fn": c.fn, **({"misses": c.misses} if detail else {})}
        for name, a in self.accuracies.items():
            out["values"][name] = {"accuracy": a.value, "right": a.right, "total": a.total,
                                   **({"misses": a.misses} if detail else {})}
        return out

    def report(self, detail: bool = False) -> str:
        """The figures as a table; with ``detail``, every missed and invented fact and every wrong value."""
        lines = [f"{len(self.documents)} gold document(s)", "",
                 f"{'facts':<20} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, c in self.counts.items():
            lines.append(f"{name:<20} {c.precision:6.3f} {c.recall:6.3f} {_figure(c.f1)}   {c.tp:4} {c.fp:4} {c.fn:4}")
        lines += ["", f"{'values':<20} {'acc':>6}   right/total"]
        for name, a in self.accuracies.items():
            lines.append(f"{name:<20} {_figure(a.value)}   {a.right}/{a.total}")
        if detail:
            for name, misses in [(k, c.misses) for k, c in self.counts.items()] + \
                                [(k, a.misses) for k, a in self.accuracies.items()]:
                if misses:
                    lines += ["", f"{name}:", *(f"  {m}" for m in misses)]
        lines += ["", f"score {self.score:.3f}"]
        return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


# --- the graph's facts -----------------------------------------------------------------------------------

Node = Any  # a pyoxigraph NamedNode or BlankNode
Labels = frozenset[str]  # a node's names, normalised

# Per document node, the typed fact nodes derived from it.
_FACT_NODES = """
SELECT ?doc ?node ?type WHERE {
  VALUES ?type { xs:InspectionTeam xs:Inspection xs:Feedback foaf:Person org:Membership xs:Issue }
  ?node prov:wasDerivedFrom ?doc ; a ?type .
}"""
# Documents by identifier, with the report class they are typed with, if any.
_DOCUMENTS = """
SELECT ?doc ?id ?type WHERE {
  ?doc dcterms:identifier ?id .
  OPTIONAL { ?doc a ?type FILTER(?type IN (xs:FeedbackReport, xs:RectificationReport)) }
}"""
_DERIVED = "SELECT ?node ?doc WHERE { ?node prov:wasDerivedFrom ?doc }"
_NAMES = """
SELECT ?node ?p ?name WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel foaf:name }
  ?node ?p ?name .
}"""
# The properties the measures read, each as (subject, property, value).
VALUE_PROPERTIES = ("xs:team", "xs:target", "xs:ofInspection", "xs:startDate", "xs:endDate", "xs:date", "org:member",
                    "org:organization", "org:role", "xs:category", "xs:issuesReported", "xs:issuesRectified",
                    "xs:issuesOngoing", "dcterms:issued")
_VALUES = f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {' '.join(VALUE_PROPERTIES)} }} ?s ?p ?o }}"
# Every property the queries above read: loading only these skips the evidence (most of a graph's triples).
READ_PROPERTIES = ("rdf:type", "prov:wasDerivedFrom", "dcterms:identifier", "rdfs:label", "skos:prefLabel",
                   "skos:altLabel", "foaf:name", "xs:addresses", *VALUE_PROPERTIES)
_MEASURES = "SELECT ?measure ?issue WHERE { ?measure a xs:Measure ; xs:addresses ?issue }"

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCTERMS_ISSUED = "http://purl.org/dc/terms/issued"
TEAM, INSPECTION, FEEDBACK, ISSUE = (XS + c for c in ("InspectionTeam", "Inspection", "Feedback", "Issue"))
PERSON, MEMBERSHIP = "http://xmlns.com/foaf/0.1/Person", ORG + "Membership"
COUNT_PROPERTIES = {"reported": XS + "issuesReported", "rectified": XS + "issuesRectified",
                    "ongoing": XS + "issuesOngoing"}
DOC_TYPE_CLASSES = {"feedback": XS + "FeedbackReport", "rectification": XS + "RectificationReport"}


class GraphFacts:
    """The facts of a graph as the measures need them, read with a few SPARQL queries into indexes."""

    def __init__(self, store: ox.Store):
        from kg.graph.store import PREFIXES

        def rows(sparql: str) -> list[tuple]:
            result = store.query(sparql, prefixes=PREFIXES)
            names = [v.value for v in result.variables]
            return [tuple(s[n] for n in names) for s in result]

        self.documents: dict[str, set[Node]] = defaultdict(set)  # normalised identifier → document nodes
        self.doc_types: dict[Node, set[str]] = defaultdict(set)  # document node → its report classes
        for doc, ident, cls in rows(_DOCUMENTS):
            self.documents[normalise(ident.value)].add(doc)
            if cls is not None:
                self.doc_types[doc].add(cls.value)
        self.derived: dict[Node, set[Node]] = defaultdict(set)  # document node → every node derived from it
        for node, doc in rows(_DERIVED):
            self.derived[doc].add(node)
        self.typed: dict[tuple[Node, str], set[Node]] = defaultdict(set)  # (document node, class) → fact nodes
        for doc, node, cls in rows(_FACT_NODES):
            self.typed[doc, cls.value].add(node)
        self.names: dict[Node, set[str]] = defaultdict(set)  # node → its names (every kind of label), normalised
        self.rdfs_labels: dict[Node, list[str]] = defaultdict(list)  # node → its rdfs:labels as written
        for node, prop, name in rows(_NAMES):
            self.names[node].add(normalise(name.value))
            if prop.value == RDFS_LABEL:
                self.rdfs_labels[node].append(name.value)
        for labels in self.rdfs_labels.values():
            labels.sort()
        self.values: dict[tuple[Node, str], list] = defaultdict(list)  # (subject, property IRI) → objects
        for s, p, o in rows(_VALUES):
            self.values[s, p.value].append(o)
        for key in self.values:  # a stable order, so that greedy matching does not depend on the store's
            self.values[key].sort(key=_term_key)
        self.measures: dict[Node, set[Node]] = defaultdict(set)  # issue → the measures addressing it
        for measure, issue in rows(_MEASURES):
            self.measures[issue].add(measure)

    def document_nodes(self, stem: str) -> list[Node]:
        """The document nodes whose identifier is the gold file's name (with or without .txt)."""
        found = self.documents.get(normalise(stem), set()) | self.documents.get(normalise(stem + ".txt"), set())
        return sorted(found, key=_term_key)

    def of_type(self, docs: Sequence[Node], cls: str) -> list[Node]:
        """The fact nodes of a class (IRI) derived from these document nodes, in IRI order."""
        return sorted({n for d in docs for n in self.typed.get((d, cls), ())}, key=_term_key)

    def labels(self, node: Node) -> Labels:
        return frozenset(self.names.get(node, ()))

    def get(self, node: Node, prop: str) -> list:
        return self.values.get((node, prop), [])

    def lexical(self, node: Node, prop: str) -> str | None:
        """The first value of a property as written (a date's ISO form), None when there is none."""
        found = self.get(node, prop)
        return found[0].value if found else None

    # The facts of one document (its document nodes) in the shape the gold gives them.

    def teams(self, docs: Sequence[Node]) -> list[Labels]:
        return [self.labels(t) for t in self.of_type(docs, TEAM)]

    def inspections(self, docs: Sequence[Node]) -> list[tuple[Labels, Labels, str | None, str | None]]:
        """(team, target, start, end) per team and target; no team is an empty team, which only a gold team
        of null takes."""
        found = []
        for i in self.of_type(docs, INSPECTION):
            start, end = self.lexical(i, XS + "startDate"), self.lexical(i, XS + "endDate")
            teams = [self.labels(t) for t in self.get(i, XS + "team")] or [frozenset()]
            found += [(team, self.labels(o), start, end) for team in teams for o in self.get(i, XS + "target")]
        return found

    def feedback(self, docs: Sequence[Node]) -> list[tuple[Labels, Labels, str | None]]:
        """(team, target, date) per team and target of a feedback, its own and its inspection's."""
        found = []
        for f in self.of_type(docs, FEEDBACK):
            date = self.lexical(f, XS + "date")
            inspections = self.get(f, XS + "ofInspection")
            teams = self.get(f, XS + "team") + [t for i in inspections for t in self.get(i, XS + "team")]
            targets = self.get(f, XS + "target") + [o for i in inspections for o in self.get(i, XS + "target")]
            found += [(team, self.labels(o), date)
                      for team in ([self.labels(t) for t in teams] or [frozenset()]) for o in targets]
        return found

    def people(self, docs: Sequence[Node]) -> list[Labels]:
        return [self.labels(p) for p in self.of_type(docs, PERSON)]

    def posts(self, docs: Sequence[Node]) -> list[tuple[Labels, str, Labels]]:
        """(person, post, organisation) per post of each membership's role (its label, or the role as a
        literal), a title that lists several giving one each."""
        import pyoxigraph as ox

        found = []
        for m in self.of_type(docs, MEMBERSHIP):
            names = frozenset().union(*[self.labels(p) for p in self.get(m, ORG + "member")])
            orgs = frozenset().union(*[self.labels(o) for o in self.get(m, ORG + "organization")])
            for role in self.get(m, ORG + "role"):
                titles = set(self.rdfs_labels.get(role, ())) | ({role.value} if isinstance(role, ox.Literal) else set())
                found += [(names, post, orgs) for post in {p for t in titles for p in split_posts(t)}]
        return found

    def issues(self, docs: Sequence[Node]) -> list[tuple[str, list[str], int]]:
        """(text, category names, number of measures addressing it) per issue."""
        found = []
        for x in self.of_type(docs, ISSUE):
            texts = self.rdfs_labels.get(x, [])
            categories = [name for c in self.get(x, XS + "category") for name in self.labels(c)]
            found.append((texts[0] if texts else "", categories, len(self.measures.get(x, ()))))
        return found

    def stated_counts(self, docs: Sequence[Node], key: str) -> set[int]:
        """The issue counts of a kind (reported, rectified, ongoing) on the documents or any node derived
        from them."""
        holders = {n for d in docs for n in self.derived.get(d, ())} | set(docs)
        return {int(o.value) for s in holders for o in self.get(s, COUNT_PROPERTIES[key]) if o.value.isdigit()}


def _term_key(term: Any) -> str:
    return term.value if hasattr(term, "value") else str(term)


def load_graph(source: Path) -> GraphFacts:
    """The facts of a graph file, or of the graph a build wrote into a folder (graph.trig, else graph.ttl).

    The file is read into a fresh in-memory store rather than the folder's store/, which a later
    ``--no-store`` build leaves behind unchanged; its triples go into the default graph (the union of the
    documents' graphs), only those of the properties the measures read."""
    import pyoxigraph as ox

    from kg.graph.store import PREFIXES

    read = {ox.NamedNode(PREFIXES[prefix] + local) for prefix, local in (p.split(":") for p in READ_PROPERTIES)}
    path = graph_file(source)
    store = ox.Store()
    try:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                          for q in ox.parse(path=str(path)) if q.predicate in read)
    except (SyntaxError, ValueError) as e:
        raise KgError(f"cannot read {path}: {' '.join(str(e).split())}") from e
    return GraphFacts(store)


def graph_file(source: Path) -> Path:
    """The RDF file to read for ``source``: itself, or the graph a build wrote into that folder."""
    if source.is_dir():
        for name in GRAPH_FILES:
            if (source / name).is_file():
                return source / name
        raise KgError(f"no graph in {source}/ (neither {' nor '.join(GRAPH_FILES)}): build it first")
    if source.suffix not in RDF_SUFFIXES or not source.is_file():
        raise KgError(f"{source}: not a graph file ({', '.join(RDF_SUFFIXES)}) or a folder written by `kg build`")
    return source


def is_built_graph(path: Path) -> bool:
    """A folder written by `kg build`, or an RDF file, rather than documents to build."""
    if path.is_dir():
        return any((path / name).is_file() for name in GRAPH_FILES)
    return path.suffix in RDF_SUFFIXES and path.is_file()


# --- gold ------------------------------------------------------------------------------------------------


def gold_files(gold_dir: Path, part: str | None = None) -> list[Path]:
    """The gold files of a folder, by name; with ``part``, only the documents SPLIT.tsv puts in that part."""
    if not gold_dir.is_dir():
        raise KgError(f"no gold folder {gold_dir}")
    files = sorted(gold_dir.glob("*" + GOLD_SUFFIX))
    if not files:
        raise KgError(f"no *{GOLD_SUFFIX} files in {gold_dir}")
    if part is None:
        return files
    members = read_split(gold_dir).get(part)
    if not members:
        raise KgError(f"no document in part {part!r} of {gold_dir / SPLIT_FILE}")
    return [f for f in files if gold_stem(f) in members]


def read_split(gold_dir: Path) -> dict[str, set[str]]:
    """SPLIT.tsv: part → document names (a header line, then ``doc<TAB>part`` lines)."""
    split = gold_dir / SPLIT_FILE
    if not split.is_file():
        raise KgError(f"--part needs {split} (a doc<TAB>part line per document, after a header line)")
    parts: dict[str, set[str]] = defaultdict(set)
    for line in split.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].strip():
            parts[cells[1].strip()].add(cells[0].strip())
    return parts


def gold_stem(path: Path) -> str:
    return path.name[: -len(GOLD_SUFFIX)]


def documents_beside(gold: Sequence[Path]) -> list[Path]:
    """The source texts next to the gold files (NAME.txt, .text, .html or .htm for NAME.gold.json)."""
    from kg.ingest.files import SUFFIXES

    found = []
    for g in gold:
        found += [g.with_name(gold_stem(g) + s) for s in sorted(SUFFIXES) if g.with_name(gold_stem(g) + s).is_file()]
    return found


# --- scoring ---------------------------------------------------------------------------------------------

G = TypeVar("G")
P = TypeVar("P")


def match_greedily(gold: Sequence[G], predicted: Sequence[P], same: Callable[[G, P], bool], count: Count,
                   doc: str, show_gold: Callable[[G], str], show_predicted: Callable[[P], str]) -> list[tuple[G, P]]:
    """Each gold fact in turn takes the first unmatched prediction that is the same fact; what is left on
    either side is missed or invented."""
    free = list(range(len(predicted)))
    pairs = []
    for g in gold:
        hit = next((i for i in free if same(g, predicted[i])), None)
        if hit is None:
            count.fn += 1
            count.misses.append(f"{doc}: missed {show_gold(g)}")
            continue
        free.remove(hit)
        count.tp += 1
        pairs.append((g, predicted[hit]))
    count.fp += len(free)
    count.misses += [f"{doc}: invented {show_predicted(predicted[i])}" for i in free]
    return pairs


# A (team, target, …) fact: the team's names (None: any team, gold only), the target's names, then its dates.
Pair = tuple[Any, ...]


def _same_pair(gold: Pair, predicted: Pair) -> bool:
    team, target = gold[0], gold[1]
    return (team is None or same_team(set(team), set(predicted[0]))) and bool(target & predicted[1])


def _show_pair(pair: tuple) -> str:
    team = "(any team)" if pair[0] is None else _fullest(pair[0]) if pair[0] else "(no team)"
    return f"{team} → {_fullest(pair[1])}"


def _fullest(names: Iterable[str]) -> str:
    """The longest of a node's names (then the first in order): the one a reader recognises."""
    return min(names, key=lambda n: (-len(n), n), default="(unnamed)")


def _show_names(names: Iterable[str]) -> str:
    return "/".join(sorted(names)) or "(unnamed)"


def score_document(facts: GraphFacts, gold: dict[str, Any], stem: str, result: Evaluation) -> None:
    """Add one document's matches, misses and inventions to ``result``."""
    counts, acc = result.counts, result.accuracies
    docs = facts.document_nodes(stem)
    counts["documents"].tp += bool(docs)
    if not docs:
        counts["documents"].fn += 1
        counts["documents"].misses.append(f"{stem}: no document with this dcterms:identifier in the graph")

    # teams: gold teams that single one out must be found; groups and generic names are optional
    gold_teams = [(frozenset(normalise(a) for a in t["aliases"]), is_weak_team(t["aliases"]))
                  for t in gold.get("teams", [])]
    strong = [team for team, weak in gold_teams if not weak]
    optional = frozenset().union(*[team for team, weak in gold_teams if weak])
    predicted_teams = [p for p in facts.teams(docs)
                       if not (p & optional or is_weak_team(p)) or any(same_team(set(g), set(p)) for g in strong)]
    match_greedily(strong, predicted_teams, lambda g, p: same_team(set(g), set(p)), counts["teams"], stem,
                   _show_names, _show_names)

    aliases_of = {name: team for team, _weak in gold_teams for name in team}

    def gold_team(name: str | None) -> frozenset[str] | None:
        """A gold pair's team as the set of its aliases; None (any team) for null, a group or a generic name."""
        if name is None or normalise(name) in optional or is_weak_team([name]):
            return None
        return aliases_of.get(normalise(name), frozenset({normalise(name)}))

    def targets(entry: dict[str, Any]) -> frozenset[str]:
        return frozenset(normalise(a) for a in entry["target_aliases"])

    gold_inspections = [(gold_team(x["team"]), targets(x), x.get("start"), x.get("end"))
                        for x in gold.get("inspections", [])]
    for g, p in match_greedily(gold_inspections, facts.inspections(docs), _same_pair, counts["inspections"], stem,
                               _show_pair, _show_pair):
        for k, which in ((2, "start"), (3, "end")):
            if g[k]:
                acc["inspection dates"].add(g[k] == p[k],
                                            f"{stem}: {_show_pair(g)} {which} {p[k] or 'none'}, gold {g[k]}")

    gold_feedback = [(gold_team(x["team"]), targets(x), x.get("date")) for x in gold.get("feedback", [])]
    for g, p in match_greedily(gold_feedback, facts.feedback(docs), _same_pair, counts["feedback"], stem,
                               _show_pair, _show_pair):
        if g[2]:
            acc["feedback dates"].add(g[2] == p[2], f"{stem}: {_show_pair(g)} date {p[2] or 'none'}, gold {g[2]}")

    # people by name; posts by name and post, one per post a title lists
    gold_people = [frozenset({normalise(n)}) for n in dict.fromkeys(p["name"] for p in gold.get("people", []))]
    match_greedily(gold_people, facts.people(docs), lambda g, p: bool(g & p), counts["people"], stem,
                   _show_names, _show_names)
    gold_posts = [(frozenset({normalise(p["name"])}), post, frozenset(normalise(o) for o in p.get("org_aliases") or []))
                  for p in gold.get("people", []) if p.get("role") for post in split_posts(p["role"])]
    for g, p in match_greedily(gold_posts, facts.posts(docs), lambda g, p: bool(g[0] & p[0]) and same_post(g[1], p[1]),
                               counts["posts"], stem, _show_post, _show_post):
        if g[2]:
            acc["post organisations"].add(bool(g[2] & p[2]),
                                          f"{stem}: {_show_post(g)} of {_show_names(p[2])}, gold {_show_names(g[2])}")

    # issues by text; their measures and categories
    gold_issues = [(x["text"], x.get("category"), x.get("measures")) for x in gold.get("issues", [])]
    for g, p in match_greedily(gold_issues, facts.issues(docs),
                               lambda g, p: text_similarity(g[0], p[0]) >= ISSUE_SIMILARITY, counts["issues"], stem,
                               lambda x: x[0][:30], lambda x: x[0][:30]):
        if g[2] is not None:
            acc["issue measures"].add(g[2] == p[2], f"{stem}: {g[0][:20]} {p[2]} measure(s), gold {g[2]}")
        if g[1]:
            acc["issue categories"].add(any(text_similarity(g[1], c) >= CATEGORY_SIMILARITY for c in p[1]),
                                        f"{stem}: {g[0][:20]} category {'/'.join(p[1]) or 'none'}, gold {g[1]}")

    # stated counts, publication date and document type
    for key, value in (gold.get("issue_counts") or {}).items():
        found = facts.stated_counts(docs, key)
        acc["issue counts"].add(value in found, f"{stem}: {key} {sorted(found)}, gold {value}")
    if gold.get("published"):
        issued = {o.value for d in docs for o in facts.get(d, DCTERMS_ISSUED)}
        acc["published"].add(gold["published"] in issued,
                             f"{stem}: published {sorted(issued)}, gold {gold['published']}")
    if gold.get("doc_type") in DOC_TYPE_CLASSES:
        cls = DOC_TYPE_CLASSES[gold["doc_type"]]
        acc["doc type"].add(any(cls in facts.doc_types.get(d, ()) for d in docs),
                            f"{stem}: not typed {cls.rsplit('#', 1)[1]}")


def _show_post(post: tuple) -> str:
    return f"{_show_names(post[0])} {post[1]}"


def evaluate_graph(gold_dir: Path | str, graph: Path | str | GraphFacts, part: str | None = None) -> Evaluation:
    """Score a graph (a folder written by `kg build`, an RDF file, or facts already read) against the gold
    files of ``gold_dir`` (only those of ``part`` in its SPLIT.tsv, when given)."""
    gold = gold_files(Path(gold_dir), part)
    facts = graph if isinstance(graph, GraphFacts) else load_graph(Path(graph))
    result = Evaluation([gold_stem(g) for g in gold])
    for path in gold:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise KgError(f"{path}: not readable gold ({e})") from e
        score_document(facts, entry, gold_stem(path), result)
    return result


def build_and_evaluate(gold_dir: Path | str, inputs: Sequence[Path | str] = (), *, out_dir: Path | str | None = None,
                       part: str | None = None, ner: str = "rules", hanlp_model: str | None = None,
                       progress: bool = False) -> tuple[Evaluation, BuildReport]:
    """Build ``inputs`` (default: the texts beside the gold files, of ``part`` only) into ``out_dir`` (default
    a temporary folder, removed afterwards) and score the graph; also returns the build's report."""
    from kg.build.builder import build

    gold_dir = Path(gold_dir)
    inputs = list(inputs) or documents_beside(gold_files(gold_dir, part))
    if not inputs:
        raise KgError(f"no documents to build: put NAME.txt beside each NAME.gold.json in {gold_dir}, "
                      "or name the documents or a built output folder")
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        target = Path(out_dir) if out_dir is not None else Path(tmp)
        report = build(inputs, out_dir=target, ner=ner, hanlp_model=hanlp_model, view=False,
                       store=out_dir is not None, progress=progress)
        if not report.documents:
            raise KgError(f"the build wrote no graph: all {len(report.errors)} input file(s) failed")
        return evaluate_graph(gold_dir, target, part), report


def run_eval_command(args: Any) -> int:
    """`kg eval`: build the inputs (or read a build) and print the figures; 1 when below ``--min``."""
    import sys

    built = [Path(p) for p in args.inputs if is_built_graph(Path(p))]
    if args.dir is not None:
        built.insert(0, args.dir)
    if built and (len(built) > 1 or len(built) < len(args.inputs) + (args.dir is not None)):
        raise KgError("give one built graph (-d DIR, or a folder holding graph.trig) or documents to build, not both")
    if built:
        if args.output is not None or args.ner != "rules":
            raise KgError("-o and --ner apply to a build: a built graph is scored as it is")
        evaluation = evaluate_graph(args.gold, built[0], args.part)
    else:
        evaluation, report = build_and_evaluate(args.gold, args.inputs, out_dir=args.output, part=args.part,
                                                ner=args.ner, hanlp_model=args.hanlp_model,
                                                progress=not args.quiet and not args.json)
        for line in report.error_lines():
            print(line, file=sys.stderr)
    if args.json:
        sys.stdout.write(json.dumps(evaluation.to_dict(args.detail), ensure_ascii=False, indent=1) + "\n")
    elif args.quiet:
        print(f"score {evaluation.score:.3f}")
    else:
        sys.stdout.write(evaluation.report(args.detail))
    return 1 if args.min is not None and evaluation.score < args.min else 0
