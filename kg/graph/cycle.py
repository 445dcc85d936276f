"""The inspection cycle across documents: a rectification report answers an earlier feedback.

Runs after every document is extracted (:func:`kg.graph.rdf.write_graphs`). Each document's inspections
(and its teams named without one) become :class:`Occurrence` records, indexed by what can tie two
documents together: the inspected unit, the team (dispatcher and ordinal), the dispatcher and start
month. Only records that share an index key are compared (no comparison of all pairs of documents).
Two records are linked when the evidence adds up (:data:`WEIGHTS`) and nothing contradicts it
(different start months or years, feedback dates or modes, a report published before the feedback it answers):

- a later document (a rectification report, or one that refers to the feedback: 根据省委第九巡视组
  反馈意见) ``xs:answersDocument`` the earlier one, and ``xs:answersInspection`` / ``xs:answersFeedback``
  its inspection and feedback where it names them, with ``xs:linkBasis``;
- two reports of the same inspection of the same kind: ``xs:sameInspectionAs``;
- a problem stated in the later document ``xs:followsUp`` the same problem in the earlier one
  (similar text); every problem has ``xs:statedOn``, the date its document states it, so its status
  over time (reported → rectified / ongoing) is one query.

The links go into the named graph of the later document, whose claim they complete.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from kg.extract.lexicon import abbreviates, numeral_value
from kg.facts import Feedback
from kg.graph.identity import PARTY_BODY_END, DocumentIdentities, Registry
from kg.graph.rdf import XS, date_literal, doc_iri, graph_iri, iri, local_key, text
from kg.ingest.document import Document

# Evidence for "the same inspection" and its weight; a link needs LINK_AT.
# A shared target alone is not enough (the same unit is inspected again years later).
# mode: the same dispatcher sent both on the same non-routine mode (中央…专项巡视 / 县委…巡察“回头看”), which with
# the same target links (a unit is seldom given two such inspections by one committee within MODE_WITHIN_MONTHS).
WEIGHTS = {"target": 2, "team": 2, "team-number": 1, "start": 1, "feedback-date": 1, "reference": 2,
           "round": 1, "mode": 1, "problem": 1, "problems": 2}  # problems: two stated alike, or one stated (almost) word for word
LINK_AT = 3
# The modes that set an inspection apart; 常规 is every round's, so two routine inspections share nothing by it.
NON_ROUTINE_MODES = ("专项", "回头看", "机动", "提级交叉")
# Modes that name one kind of inspection: a 机动 (mobile) inspection is a 专项 one (real/README.md's modes), so one
# report's 机动巡视 and another's 专项巡视 neither differ nor contradict.
MODE_KIND = {"机动": "专项"}
# How far apart (in months) two documents may be dated for their shared mode to count: a report follows its
# feedback within months; the same mode years later is another inspection.
MODE_WITHIN_MONTHS = 12
# Bigram overlap (of the shorter text) from which two problem statements are the same problem, and word for word.
SAME_PROBLEM = 0.5
WORD_FOR_WORD = 0.9
# An explicit reference to the feedback being answered: 根据省委第九巡视组反馈意见, 落实中央第十巡视组反馈意见;
# the team's dispatcher is read in the few characters before it.
REFERENCE = re.compile(r"第(?P<n>[一二三四五六七八九十\d]+)(?P<kind>巡视|巡察)组(?:巡[视察])?"
                       r"(?:反馈意见|反馈的问题|反馈问题|指出的问题|移交的问题)")
REFERENCE_DISPATCHER = re.compile(r"(?:中央|[\u4e00-\u9fff]{0,8}?[省市州县区旗]委|[\u4e00-\u9fff]{2,12}?党[组委])$")
ANSWERING = ("rectification",)  # document types that answer feedback without saying so
# A round named with its term (十九届中央第三轮, 十一届市委第八轮): the inspection's period, stated by the
# inspection or, where the document names one round only, by the document (a headline 十九届中央第三轮巡视整改).
TERM_ROUND = re.compile(r"(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]+届(?:中央|省委|市委|州委|县委|区委|党委|党组|党工委)?第[一二三四五六七八九十\d]+轮"
                        r"(?=巡视|巡察)")


@dataclass
class Occurrence:
    """One inspection (or one team named without one) as one document reports it."""

    doc: Document
    inspection: str | None  # inspection key in its document
    feedback: list[str]  # feedback keys of that inspection
    team: tuple[str, ...] | None  # global team key
    dispatcher: str | None  # global key of the dispatcher
    ordinal: int | None
    kind: str | None
    units: set[str]  # inspected units, global keys without their party body (青石大学党委 → 青石大学)
    start: str | None  # YYYY-MM
    feedback_dates: set[str]  # YYYY-MM
    references: set[tuple[str, int, str]] = field(default_factory=set)  # (dispatcher as written, ordinal, kind)
    round: str | None = None  # TERM_ROUND as written
    mode: str | None = None  # the inspection's xs:mode (常规, 专项, 回头看, 机动, 提级交叉)
    start_year: str | None = None  # YYYY, also where only the year is stated

    @cached_property
    def date(self) -> str:
        """The latest date the occurrence is known at (to order feedback before its answer; read for every pair
        compared, so found once)."""
        return max([self.doc.metadata.issued or "", *self.feedback_dates])


def references(text: str) -> set[tuple[str, int, str]]:
    """The teams whose feedback a text says it answers (根据省委第九巡视组反馈意见): (dispatcher as written,
    ordinal, kind)."""
    out = set()
    for m in REFERENCE.finditer(text):
        n = numeral_value(m.group("n"))
        before = REFERENCE_DISPATCHER.search(text, max(0, m.start() - 14), m.start())
        if n is not None:
            out.add((before.group() if before else "", n, m.group("kind")))
    return out


def occurrences(doc: Document, ids: DocumentIdentities) -> list[Occurrence]:
    """A document's inspections and the teams it names without one, as records to link. Their teams' keys are
    those of ``ids``: joined across documents (:meth:`Registry.of`), or the document's alone
    (:meth:`DocumentIdentities.of`), joined when every document's identities are known (:mod:`kg.build.crossdoc`)."""
    f = doc.facts
    refs = references(doc.text)
    teams = {a: t for t in f.teams for a in [t.name, *t.aliases]}
    rounds = {m.group() for m in TERM_ROUND.finditer(doc.text)}
    doc_round = next(iter(rounds)) if len(rounds) == 1 else None

    def round_of(written: str | None) -> str | None:
        own = TERM_ROUND.search((written or "") + "巡视")
        return own.group() if own else doc_round

    def team_facts(name: str | None) -> tuple[tuple[str, ...] | None, str | None, int | None, str | None]:
        t = teams.get(name or "")
        if t is None:
            return None, None, None, None
        ident = ids.team(t.name)
        dispatcher = ids.org(t.dispatcher) if t.dispatcher else None
        return (None if ident.scoped else ident.parts, None if dispatcher is None or dispatcher.scoped
                else dispatcher.parts[0], t.ordinal, t.kind)

    # The document's names of a unit in short and full form (甲乙公司党委, 甲乙汽车集团有限公司), by their last
    # two characters: a unit is known by each.
    short_forms: dict[str, list[str]] = {}
    for o in f.organisations:
        for name in (o.name, *o.aliases):
            ident = ids.org(name)
            if not ident.scoped:
                unit = PARTY_BODY_END.sub("", ident.parts[0]) or ident.parts[0]
                short_forms.setdefault(unit[-2:], []).append(unit)

    def units(names: Iterable[str]) -> set[str]:
        keys = set()
        for name in names:
            ident = ids.team(name) if name in teams else ids.org(name)
            if ident.kind == "org" and not ident.scoped:
                unit = PARTY_BODY_END.sub("", ident.parts[0]) or ident.parts[0]
                keys.add(unit)
                keys.update(other for other in short_forms.get(unit[-2:], ())
                            if abbreviates(other, unit) or abbreviates(unit, other))
        return keys

    out = []
    inspected = set()
    of_inspection: dict[str | None, list[Feedback]] = {}
    for fb in f.feedback:
        of_inspection.setdefault(fb.inspection, []).append(fb)
    for i in f.inspections:
        fbs = of_inspection.get(i.key, [])
        team, dispatcher, ordinal, kind = team_facts(i.team)
        inspected.add(teams[i.team].name if i.team in teams else None)
        out.append(Occurrence(doc, i.key, [fb.key for fb in fbs], team, dispatcher, ordinal, kind,
                              units(i.targets + [t for fb in fbs for t in fb.targets]),
                              i.start[:7] if i.start and len(i.start) >= 7 else None,
                              {fb.date[:7] for fb in fbs if fb.date and len(fb.date) >= 7}, refs, round_of(i.round),
                              i.mode, i.start[:4] if i.start and len(i.start) >= 4 else None))
    for t in f.teams:
        if t.name not in inspected:
            team, dispatcher, ordinal, kind = team_facts(t.name)
            fbs = [fb for fb in of_inspection.get(None, []) if fb.team in (t.name, *t.aliases)]
            out.append(Occurrence(doc, None, [fb.key for fb in fbs], team, dispatcher, ordinal, kind,
                                  units(t for fb in fbs for t in fb.targets), None,
                                  {fb.date[:7] for fb in fbs if fb.date and len(fb.date) >= 7}, refs))
    return out


def index_keys(o: Occurrence) -> Iterator[tuple]:
    """What two records must share to be compared at all."""
    for unit in o.units:
        yield ("unit", unit)
    if o.dispatcher and o.ordinal is not None:
        yield ("team", o.dispatcher, o.ordinal, o.kind)
    if o.dispatcher and o.start:
        yield ("start", o.dispatcher, o.start)


def _shared_units(a: set[str], b: set[str]) -> list[str]:
    """The units both name: the same key, or one ending in the other (卫滨区委 / 新乡市卫滨区委 written in
    an unusual way; a target read with a word before it)."""
    return sorted({x if len(x) <= len(y) else y for x in a for y in b if x == y or x.endswith(y) or y.endswith(x)})


def _abbreviated_units(a: set[str], b: set[str]) -> bool:
    """Whether one document names a unit in short that the other names in full (一汽集团公司 / 中国第一汽车集团公司):
    no contradiction, but no evidence either (中国银行 is written within 中国农业银行 too)."""
    return any(abbreviates(x, y) or abbreviates(y, x) for x in a for y in b)


def _within_months(a: str, b: str, months: int) -> bool:
    """Whether two dates (YYYY-MM…, or "" when unknown) lie within so many months; unknown is not apart."""
    if len(a) < 7 or len(b) < 7:
        return True
    return abs((int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7])) <= months


def _refers(by: Occurrence, to: Occurrence) -> bool:
    """Whether ``by``'s document refers to the feedback of ``to``'s team: the same ordinal and kind, and the
    dispatcher written before it (省委 for 某某省委), or, when none is written, the one of ``by``'s own team."""
    return to.ordinal is not None and to.dispatcher is not None and any(
        n == to.ordinal and kind == to.kind
        and (to.dispatcher.endswith(d) or d.endswith(to.dispatcher) if d else by.dispatcher == to.dispatcher)
        for d, n, kind in by.references)


def _statement_and_clauses(statement: str) -> list[str]:
    """A statement, and its ；-clauses where it has several."""
    clauses = [c for c in re.split(r"[；;]", statement) if c.strip()]
    return [statement, *clauses] if len(clauses) > 1 else [statement]


@lru_cache(maxsize=65536)
def bigrams(s: str) -> frozenset[str]:
    """The character pairs of a statement, punctuation and numbering left out (once per statement)."""
    s = re.sub(r"[\W\d_]+", "", s)
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


class Problems:
    """The problems stated alike in two documents: most bigrams of the shorter statement (of at least three)
    found in the other, or in one of the other's ；-clauses (有的A；有的B answered as B alone). Found through each
    document's index of bigram → its statements and clauses (a statement meets only those sharing a bigram with
    it), once per pair of documents."""

    def __init__(self) -> None:
        self.indexes: dict[str, tuple[dict[str, list[int]], list[tuple[str, int]]]] = {}
        self.pairs: dict[tuple[str, str], list[tuple[str, str, float]]] = {}

    def index(self, doc: Document) -> tuple[dict[str, list[int]], list[tuple[str, int]]]:
        if doc.id not in self.indexes:
            postings: dict[str, list[int]] = {}
            sizes = []
            for y in doc.facts.issues:
                for grams in map(bigrams, _statement_and_clauses(y.text)):
                    for g in grams:
                        postings.setdefault(g, []).append(len(sizes))
                    sizes.append((y.key, len(grams)))
            self.indexes[doc.id] = (postings, sizes)
        return self.indexes[doc.id]

    def alike(self, a: Document, b: Document) -> list[tuple[str, str, float]]:
        """(issue key in a, issue key in b, overlap) of the same problem."""
        if (a.id, b.id) not in self.pairs:
            postings, sizes = self.index(b)
            best: dict[tuple[str, str], float] = {}
            for x in a.facts.issues:
                for grams in map(bigrams, _statement_and_clauses(x.text)):
                    shared = Counter(n for g in grams for n in postings.get(g, ()))
                    for n, count in sorted(shared.items()):
                        key, size = sizes[n]
                        overlap = count / min(len(grams), size) if min(len(grams), size) >= 3 else 0.0
                        if overlap >= SAME_PROBLEM and overlap > best.get((x.key, key), 0.0):
                            best[(x.key, key)] = overlap
            self.pairs[(a.id, b.id)] = [(ka, kb, overlap) for (ka, kb), overlap in best.items()]
        return self.pairs[(a.id, b.id)]


def pieces(a: Occurrence, b: Occurrence) -> list[str] | None:
    """The kinds of evidence (keys of WEIGHTS) that a and b report one inspection; None when something contradicts.
    (Asked of every pair of records that share an index key: their words are made only for the pairs linked.)"""
    if (a.start and b.start and a.start != b.start) or (a.start_year and b.start_year and a.start_year != b.start_year):
        return None
    mode_a, mode_b = MODE_KIND.get(a.mode or "", a.mode), MODE_KIND.get(b.mode or "", b.mode)
    if mode_a and mode_b and mode_a != mode_b:  # 专项 and 回头看 of one unit: two inspections
        return None
    if a.feedback_dates and b.feedback_dates and not a.feedback_dates & b.feedback_dates:
        return None
    if a.dispatcher and b.dispatcher and a.dispatcher != b.dispatcher:
        return None
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return None
    if a.round and b.round and a.round != b.round:
        return None
    shared = a.units & b.units or _shared_units(a.units, b.units)
    if a.units and b.units and not shared and not _abbreviated_units(a.units, b.units):
        return None  # one team inspects several units a round: each its own inspection
    found: list[str] = []
    if shared:
        found.append("target")
    if a.team and a.team == b.team:
        found.append("team")
    elif a.dispatcher and a.ordinal is not None and (a.dispatcher, a.ordinal) == (b.dispatcher, b.ordinal):
        found.append("team-number")
    if a.start and a.start == b.start:
        found.append("start")
    if a.round and a.round == b.round:
        found.append("round")
    if a.mode in NON_ROUTINE_MODES and mode_a == mode_b and a.dispatcher and a.dispatcher == b.dispatcher \
            and _within_months(a.date, b.date, MODE_WITHIN_MONTHS):
        found.append("mode")
    if a.feedback_dates & b.feedback_dates:
        found.append("feedback-date")
    if _refers(b, a) or _refers(a, b):
        found.append("reference")
    return found or None


def words(a: Occurrence, b: Occurrence, kinds: list[str]) -> list[str]:
    """The words of the evidence ``kinds`` (:func:`pieces`) of a and b, for xs:linkBasis."""
    mode = MODE_KIND.get(a.mode or "", a.mode)
    said = {
        "target": lambda: "same target " + "、".join(_shared_units(a.units, b.units)),
        "team": lambda: "same team " + "".join(a.team[:2]) + " of " + a.team[2],
        "team-number": lambda: f"same dispatcher and ordinal {a.dispatcher} 第{a.ordinal}{a.kind}组",
        "start": lambda: f"inspection started {a.start}",
        "round": lambda: f"same round {a.round}",
        "mode": lambda: f"same dispatcher {a.dispatcher} and mode {mode}",
        "feedback-date": lambda: "feedback " + "、".join(sorted(a.feedback_dates & b.feedback_dates)),
        "reference": lambda: "refers to the team's feedback (" + " ".join(
            f"{d}第{n}{k}组" for d, n, k in sorted(b.references | a.references)) + ")",
    }
    return [said[k]() for k in kinds]


def evidence(a: Occurrence, b: Occurrence) -> tuple[int, list[str]] | None:
    """Weight and words of the evidence that a and b report one inspection; None when something contradicts."""
    kinds = pieces(a, b)
    return None if kinds is None else (sum(WEIGHTS[k] for k in kinds), words(a, b, kinds))


def _order(o: Occurrence, other: Occurrence) -> tuple:
    """Where o stands beside other in time: by date where both are dated; else a report (or a document that says
    it answers feedback) comes after the feedback it may answer (an undated rectification page)."""
    if o.date and other.date:
        return o.date, o.doc.id
    return o.doc.facts.doc_type in ANSWERING or bool(o.references), o.date, o.doc.id


def answering(earlier: Occurrence, later: Occurrence) -> bool:
    """Whether the later document answers the earlier one's feedback: it is a rectification report, or says
    it answers feedback, and the earlier one is not a report itself."""
    return ((later.doc.facts.doc_type in ANSWERING or bool(later.references))
            and earlier.doc.facts.doc_type not in ANSWERING)


def link(docs: Sequence[Document], registry: Registry) -> set[Quad]:
    """The cross-document quads of a build: answers, same inspections, follow-ups, and every issue's date."""
    quads: set[Quad] = set()
    for doc in docs:
        quads |= stated_on(doc)
    for (later, _), lines in link_pairs({doc.id: occurrences(doc, registry.of(doc)) for doc in docs}):
        graph = graph_iri(later)
        quads.update(Quad(t.subject, t.predicate, t.object, graph)
                     for t in parse(b"".join(lines), format=RdfFormat.N_TRIPLES))
    return quads


def nt_line(q: Quad) -> bytes:
    """A quad's triple as an N-Triples line (its graph left out)."""
    return f"{q.subject} {q.predicate} {q.object} .\n".encode("utf-8")


def link_pairs(records: dict[str, list[Occurrence]], dirty: set[str] | None = None, problems: Problems | None = None
               ) -> Iterator[tuple[tuple[str, str], set[bytes]]]:
    """The triples linking documents (``records``: document id → its occurrences), by pair of documents: (the document
    whose graph states them, the other) and their N-Triples lines. Only pairs with a document of ``dirty`` (None: every
    pair): what the pair's triples depend on is the two documents' records and issues, so a rebuild links again only
    the pairs of the documents whose records changed, and keeps the others' triples.

    Each record meets the records after it (in the records' order) that share an index key with it, once: the pairs
    of a record are found from its keys' groups and dropped when it is done (no set of every pair compared: at 20,000
    documents that set held tens of millions of pairs). A document's records come one after another, so once the
    last of them is done every pair with a later document is whole: it is given then, with its follow-ups, and
    forgotten (held until the end, the links of 20,000 documents drawn from a few teams and units filled gigabytes)."""
    index: dict[tuple, list[int]] = {}
    every: list[Occurrence] = [o for found in records.values() for o in found]
    keys = [set(index_keys(o)) for o in every]
    for n, its_keys in enumerate(keys):
        for key in its_keys:
            index.setdefault(key, []).append(n)
    problems = problems or Problems()
    linked_docs: set[tuple[str, str]] = set()  # (earlier, later) documents linked
    found: dict[tuple[str, str], set[bytes]] = {}  # the pairs of the document whose records are being met
    # (on a rebuild, a record of an unchanged document meets only the changed documents' records)
    changed = index if dirty is None else {key: kept for key, members in index.items()
                                           if (kept := [m for m in members if every[m].doc.id in dirty])}
    for n, a in enumerate(every):
        groups = index if dirty is None or a.doc.id in dirty else changed
        met = sorted({m for key in keys[n] for m in groups.get(key, ()) if m > n})
        for b in map(every.__getitem__, met):
            if a.doc.id == b.doc.id:
                continue
            for q in link_pair(a, b, linked_docs, problems):
                later = b.doc.id if q.graph_name == graph_iri(b.doc.id) else a.doc.id
                found.setdefault((later, a.doc.id if later == b.doc.id else b.doc.id), set()).add(nt_line(q))
        if n + 1 < len(every) and every[n + 1].doc.id == a.doc.id:
            continue  # more of this document's records to meet
        for pair in sorted({tuple(sorted(pair)) for pair in found}):
            for earlier, later in (pair, pair[::-1]):
                if (earlier, later) in linked_docs:
                    linked_docs.discard((earlier, later))
                    extra = follow_ups(_doc_of(records, earlier), _doc_of(records, later), problems)
                    found.setdefault((later, earlier), set()).update(map(nt_line, extra))
                problems.pairs.pop((earlier, later), None)
        problems.indexes.pop(a.doc.id, None)  # (compared with no other document now)
        yield from sorted(found.items())
        found = {}


def _doc_of(records: dict[str, list[Occurrence]], doc_id: str):  # -> Document (or what stands for one)
    return records[doc_id][0].doc


def link_pair(a: Occurrence, b: Occurrence, linked_docs: set[tuple[str, str]], problems: Problems,
              ) -> set[Quad]:
    """The quads linking two records of different documents, if the evidence is enough."""
    if _order(a, b) > _order(b, a):
        a, b = b, a  # a: the earlier
    kinds = pieces(a, b)
    if kinds is None:
        return set()
    weight = sum(WEIGHTS[k] for k in kinds)
    # Problems stated alike are weighed only where they can decide a report's answer (compared statement by
    # statement): two reports of one kind are the same inspection on their facts alone.
    decides = weight < LINK_AT <= weight + WEIGHTS["problems"] and (answering(a, b) or answering(b, a))
    issues = problems.alike(a.doc, b.doc) if decides else []
    if issues:
        strong = len(issues) > 1 or issues[0][2] >= WORD_FOR_WORD
        weight += WEIGHTS["problems" if strong else "problem"]
    if weight < LINK_AT or (a.date and b.date and a.date > b.date):
        return set()
    graph = graph_iri(b.doc.id)
    quads: set[Quad] = set()

    def add(s: NamedNode, p: str, o: NamedNode | object) -> None:
        quads.add(Quad(s, NamedNode(p), o, graph))

    answers_a = answering(a, b)
    if answers_a:
        add(doc_iri(b.doc.id), XS + "answersDocument", doc_iri(a.doc.id))
    if a.inspection:
        a_insp = iri("inspection", a.doc.id, local_key(a.inspection, "inspection"))
        if answers_a:
            add(doc_iri(b.doc.id), XS + "answersInspection", a_insp)
        if b.inspection and not answers_a:
            add(iri("inspection", b.doc.id, local_key(b.inspection, "inspection")), XS + "sameInspectionAs", a_insp)
    if answers_a:
        for fb in a.feedback:
            add(doc_iri(b.doc.id), XS + "answersFeedback", iri("feedback", a.doc.id, local_key(fb, "feedback")))
    if answers_a:
        said = words(a, b, kinds) + ([f"{len(issues)} problem(s) stated alike"] if issues else [])
        basis = f"answers {a.doc.id}" + (f" {a.inspection}" if a.inspection else "") + ": " + "; ".join(said)
        add(doc_iri(b.doc.id), XS + "linkBasis", text(basis))
    if quads:
        linked_docs.add((a.doc.id, b.doc.id))
    return quads


def follow_ups(a: Document, b: Document, problems: Problems) -> set[Quad]:
    """b's problems that follow up a's (a the earlier document)."""
    graph = graph_iri(b.id)
    return {Quad(iri("issue", b.id, local_key(kb, "issue")), NamedNode(XS + "followsUp"),
                 iri("issue", a.id, local_key(ka, "issue")), graph) for ka, kb, _ in problems.alike(a, b)}


def stated_on(doc: Document) -> set[Quad]:
    """Every issue's xs:statedOn: the document's date, else the date of its inspection's feedback."""
    f = doc.facts
    fb_date = {fb.inspection: fb.date for fb in f.feedback if fb.inspection and fb.date}
    quads = set()
    for x in f.issues:
        when = date_literal(doc.metadata.issued) or date_literal(fb_date.get(x.inspection))
        if when is not None:
            quads.add(Quad(iri("issue", doc.id, local_key(x.key, "issue")), NamedNode(XS + "statedOn"), when,
                           graph_iri(doc.id)))
    return quads
