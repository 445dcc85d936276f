"""Identity across documents: when two documents' teams, organisations and people are one node.

A node's IRI is its identity key (:class:`Identity`). A key is *global* when the name (or the
context the document gives it) says which thing in the country it is: 张家口市委, 中共某某省委员会
(= 某某省委), 青石大学党委, 某某省委第九巡视组 of the round that started in 2020-09, 乔树军 holding a post
in such an organisation (a post in a team counts for its dispatcher). Every document that gives the same key shares the node. A key is *document-scoped*
(``…/id/doc/<doc>/org/市委``) when the name stays unqualified after in-document resolution (市委 in a
text that never says which city, 巡察组, 市委第二巡察组, 县卫健局, a person whose posts are all in such
units): such a node keeps its label and class and is never merged with another document's.

Every key carries its *basis*, the evidence it rests on in words (written as ``xs:identityBasis``),
which ``kg explain`` shows. Decisions are per document (:class:`DocumentIdentities`) except that
teams sharing a period and people sharing a name and an organisation of their posts are joined
across documents (:class:`Registry`: union–find over keys, no comparison of all pairs).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.extract.lexicon import KNOWN_SHORT_NAMES, NOT_PLACE, PROVINCES, party_key, read_lexicon
from kg.facts import DocumentFacts
from kg.ingest.document import Document

LEVEL_CHARS = "省市州县区旗盟"
# County-level names several places share (城关区, 新华区 …): not a place on their own.
SHARED_PLACE_NAMES = frozenset(read_lexicon("shared_place_names.txt"))
# A place name at the start of an organisation's name: 2-6 characters and the level they end in.
LEADING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|自治县|地区|省|市|州|县|区|旗|盟)")
# Places below the county (镇, 乡, 村 …): the same names recur in every county.
LOCAL_PLACE = re.compile(r"^(?!.{0,4}(?:城乡|乡村))[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|村|社区|嘎查|苏木)")
# Names that are the country's own (one of each): the centre, its ministries, national bodies.
NATIONAL = re.compile(r"^(?:中央|国家|国务院|全国|中国|中华|最高人民|共青团中央|新华社|人民日报)")
# Names that begin with a word, not a name: a level alone (市委, 区纪委, 县政府, 省委巡视办), or a
# determiner or kind of unit (各, 全, 本, 该, 被巡察, 机关, 学校, 公司 …).
#   table of generic beginnings                                  example
GENERIC_START = re.compile(
    rf"^驻?(?:[{LEVEL_CHARS}](?![^委]{{1,3}}[{LEVEL_CHARS}](?:委|政府))"  # 市委, 县卫健局, 驻市纪委 (not 市中区委)
    r"|自治[区州县]"                                                         # 自治区党委
    r"|[\d一二三四五六七八九十两几多数]+(?:个|所|家|名|批|类)"                  # 26个被巡视单位党组织
    r"|[各全本我该其]"                                                         # 各党支部, 本单位
    r"|有关|相关|被巡[视察]|所属|下属|直属|机关|学校|校|公司|集团|局|厅|院|委|办|中心|部"  # 公司党委, 局党组
    r"|党[组委工总支]|纪[委工]|监委|第[一二三四五六七八九十\d]+|人民医院|中医院|人民法院|人民检察院|实验)"
)
# Units every place has one of (财政局, 卫健委, 人民医院, 第一中学 …): named without a place, they are
# not one unit in the country. Ends of names, after the party body (党组, 党委 …) is dropped.
#   table of local unit ends                                        example
LOCAL_UNIT_END = re.compile(
    r"(?:局|分局|委|委员会|办|办公室|厅|中心|所|站|队|医院|卫生院|学校|中学|小学|幼儿园|学院|法院|检察院"  # 财政局, 卫健委
    r"|支行|分行|供电公司|分公司|组|小组|专班|室|部|党支部|党总支|支部)$"                       # 县支行, 监察组, 政治部
)
# Ministries named without 国家/中央 (教育部): one body each, unlike the 部 of a unit (政治部).
MINISTRIES = frozenset(read_lexicon("national_ministries.txt"))
PARTY_BODY_END = re.compile(r"(?:机关党委|党委|党组|党工委|党总支|党支部|领导班子|班子)$")
# A national body's known names, each to the one it is compared by (its present full name, the first the lexicon gives):
# 中国石油 in one document and 中国石油天然气集团有限公司 or …集团公司 in another are one body, whatever the page wrote.
KNOWN_AS = {name: fulls[0] for short, fulls in KNOWN_SHORT_NAMES.items() for name in (short, *fulls)}
# 中共X委员会 → X委 (a place: 中共某某省委员会) or X党委 (a unit: 中共青石大学委员会).
COMMITTEE_FULL = re.compile(r"^(?P<x>.+?)委员会$")
# Posts the country has one holder of at a time: the post alone says who (习近平总书记).
NATIONAL_POSTS = ("总书记", "国家主席", "国务院总理", "全国人大常委会委员长", "全国政协主席")
# Areas named by their kind, not places: 南湖校区, 库区 (not 园区, 山区, 湖区: 下花园区, 南山区, 西湖区 are districts).
AREA_KINDS = ("校区", "小区", "片区", "景区", "辖区", "库区", "厂区")
COUNT = re.compile(r"^[一二三四五六七八九十两几多数][省市州县区旗盟]")  # 三县, 两区: a count of places
NAMED_PROVINCE = re.compile("^(?:" + "|".join(sorted(set(PROVINCES.values()) | set(PROVINCES), key=len, reverse=True))
                            + ")")


@dataclass(frozen=True)
class Identity:
    """Which node a team, organisation or person is, and why."""

    kind: str  # "org", "team" or "person"
    parts: tuple[str, ...]  # the key: the IRI's path under …/id/<kind>/ (global) or …/id/doc/<doc>/<kind>/
    doc: str | None  # the document a scoped key belongs to; None for a global key
    basis: str  # the evidence the key rests on, in words
    label: str = ""  # the fullest name known for it (a qualified form the document itself did not write)

    @property
    def scoped(self) -> bool:
        return self.doc is not None


def org_key(name: str) -> str:
    """The form an organisation's name is compared in: without 中共, 中共X委员会 as X委 / X党委, and without
    the province or city before a county or city that names the place alone (河北省张家口市委 → 张家口市委,
    新乡市卫滨区委 → 卫滨区委; 某某市城关区委 keeps its city: 城关区 is a shared name); a national body by the name it is
    known as (中国石油党组 → 中国石油天然气集团有限公司党组: KNOWN_AS)."""
    key = party_key(name)
    full = COMMITTEE_FULL.match(key)
    if full and key != name:  # only after 中共: 中共某某省委员会; a 委员会 of a government stays one
        x = full.group("x")
        key = x + "委" if x[-1] in LEVEL_CHARS else x + "党委"
    province = NAMED_PROVINCE.match(key)
    if province and _own_place(key[province.end():]):
        key = key[province.end():]
    city = re.match(r"^[\u4e00-\u9fff]{2,5}?(?:市|州|盟|地区)", key)
    if city and _own_place(key[city.end():], county_only=True):
        key = key[city.end():]
    unit = PARTY_BODY_END.sub("", key)
    return KNOWN_AS[unit] + key[len(unit):] if unit in KNOWN_AS else key


def _place(m: re.Match[str] | None) -> str | None:
    """A matched place when it names one: not a phrase (经济开发区, 全区), a shared name (城关区), a count (三县)
    or a kind of area (南湖校区)."""
    if not m or len(m.group()) < 2 or NOT_PLACE.search(m.group()) or m.group() in SHARED_PLACE_NAMES \
            or COUNT.match(m.group()) or m.group().endswith(AREA_KINDS):
        return None
    return m.group()


def _own_place(rest: str, county_only: bool = False) -> str | None:
    """The place ``rest`` starts with when it names it alone (a city or county, not a shared name)."""
    m = LEADING_PLACE.match(rest)
    if not _place(m):
        return None
    if county_only and not m.group().endswith(("区", "县", "旗", "市", "自治县")):
        return None
    return m.group() if len(rest) > len(m.group()) else None


def unqualified(key: str) -> str | None:
    """Why an organisation's compared name (:func:`org_key`) does not say which one in the country it is;
    None when it does (a place it is named after, a national body, a unit with a name of its own)."""
    if NATIONAL.match(key):
        return None
    place = LEADING_PLACE.match(key)
    if place and place.group() in SHARED_PLACE_NAMES:
        return f"{place.group()} is a name several places share"
    if place and COUNT.match(place.group()):
        return f"{place.group()} counts places, it names none"
    if GENERIC_START.match(key):
        return f"{key} starts with a level or a kind of unit, not a name"
    if NAMED_PROVINCE.match(key):
        return None
    if LOCAL_PLACE.match(key) and not (place and _own_place(key)):
        return f"{key} names a township or village without its county"
    if _place(place):
        return None
    unit = PARTY_BODY_END.sub("", key)
    if unit in MINISTRIES:
        return None
    if LOCAL_UNIT_END.search(unit) or LOCAL_UNIT_END.search(key) and key.endswith(("党支部", "党总支")):
        return f"{key} is a kind of local unit named without its place"
    return None


def doc_places(names: Iterable[str]) -> dict[str, set[str]]:
    """Level (市, 县 …) → the places of that level the document's qualified names start with."""
    places: dict[str, set[str]] = {}
    for name in names:
        key = party_key(name)
        for m in (NAMED_PROVINCE.match(key), LEADING_PLACE.match(key)):
            place = _place(m)
            if place:
                level = "省" if m.re is NAMED_PROVINCE else place[-1]
                places.setdefault(level, set()).add(PROVINCES.get(place, place))
        province = NAMED_PROVINCE.match(key)
        if province:  # 河北省张家口市委: 张家口市 too
            rest = _place(LEADING_PLACE.match(key[province.end():]))
            if rest:
                places.setdefault(rest[-1], set()).add(rest)
    return places


class UnionFind:
    """Keys joined when one document (or one team's facets) says they are the same; the smallest key of a
    group names it, so the result does not depend on the order documents come in."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(self, x: tuple[str, ...]) -> tuple[str, ...]:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, keys: Sequence[tuple[str, ...]]) -> None:
        for k in keys[1:]:
            a, b = self.find(keys[0]), self.find(k)
            if a != b:
                self.parent[max(a, b)] = min(a, b)


@dataclass
class DocumentIdentities:
    """The keys of one document's teams, organisations and people. Teams and people are provisional until
    the :class:`Registry` has seen every document: a team's key is one of its periods (start month, round,
    feedback month) and teams sharing any are one; a person's key is one of their posts' organisations."""

    doc_id: str
    facts: DocumentFacts
    places: dict[str, set[str]]
    orgs: dict[str, Identity] = field(default_factory=dict)
    teams: dict[str, Identity] = field(default_factory=dict)
    periods: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # team name → (key, words) …
    people: dict[str, Identity] = field(default_factory=dict)
    posts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # person → (kind, name) of posts' units
    national: dict[str, list[str]] = field(default_factory=dict)  # person → posts the country has one of

    @classmethod
    def of(cls, doc: Document) -> "DocumentIdentities":
        f = doc.facts
        names = [o.name for o in f.organisations] + [t.dispatcher for t in f.teams if t.dispatcher]
        if doc.metadata.source:
            names.append(doc.metadata.source)
        ids = cls(doc.id, f, doc_places(names))
        team_names = {a: t.name for t in f.teams for a in [*t.aliases, t.name]}
        for t in f.teams:
            ids.team(t.name)
        for o in f.organisations:
            ids.org(o.name)
        for m in f.memberships:
            if m.organisation:
                holder = team_names.get(m.organisation)
                ids.posts.setdefault(m.person, []).append(("team", holder) if holder else ("org", m.organisation))
            elif m.role in NATIONAL_POSTS:
                ids.national.setdefault(m.person, []).append(m.role)
        return ids

    def scoped(self, kind: str, name: str, why: str) -> Identity:
        return Identity(kind, (name,), self.doc_id, f"document-scoped: {why}", name)

    def org(self, name: str) -> Identity:
        if name not in self.orgs:
            self.orgs[name] = self._org(name)
        return self.orgs[name]

    def _org(self, name: str) -> Identity:
        key = org_key(name)
        why = unqualified(key)
        if why is None:
            return Identity("org", (key,), None, f"organisation named in full: {key}", name)
        qualified = self._qualified(key)
        if qualified:
            place, full = qualified
            return Identity("org", (org_key(full),), None,
                            f"{name} completed with {place}, the only {place[-1]} the document names", full)
        return self.scoped("org", name, f"{why}, and the document does not say which")

    def _qualified(self, key: str) -> tuple[str, str] | None:
        """市卫健委 → 张家口市卫健委 when the document names one 市 only; 平原镇党委 → 通江县平原镇党委 when
        it names one county only (and the result names a place)."""
        if LOCAL_PLACE.match(key):
            counties = set().union(*(self.places.get(level, set()) for level in "县区旗"))
            place, rest = (next(iter(counties)) if len(counties) == 1 else None), key
        else:
            level = key[0]
            one = self.places.get(level, set()) if level in LEVEL_CHARS else set()
            place, rest = (next(iter(one)) if len(one) == 1 else None), key[1:]
        if place is None:
            return None
        full = place + rest
        return (place, full) if unqualified(org_key(full)) is None and unqualified(full) is None else None

    def team(self, name: str) -> Identity:
        if name not in self.teams:
            self.teams[name] = self._team(name)
        return self.teams[name]

    def _team(self, name: str) -> Identity:
        team = next((t for t in self.facts.teams if t.name == name or name in t.aliases), None)
        if team is None or team.ordinal is None:
            return self.scoped("team", name, f"{name} has no ordinal that tells it from the dispatcher's other teams")
        if not team.dispatcher:
            return self.scoped("team", name, f"{name} names no dispatcher")
        dispatcher = self.org(team.dispatcher)
        if dispatcher.scoped:
            return self.scoped("team", name, f"its dispatcher {team.dispatcher} is unqualified")
        periods = self._periods({team.name, *team.aliases})
        if not periods:
            return self.scoped("team", name, f"{name}: the document states neither its inspection's dates nor round")
        mode = next((m for m in ("提级交叉", "专项", "机动") if m in team.name), "")
        core = f"{mode}第{team.ordinal}{team.kind}组"
        self.periods[name] = periods
        return Identity("team", (dispatcher.parts[0], core, periods[0][0]), None,
                        f"team {core} of {dispatcher.parts[0]}, " + "; ".join(words for _, words in periods), name)

    def _periods(self, team: set[str]) -> list[tuple[str, str]]:
        """The round a team (its names) belongs to, as each fact the document gives states it: its
        inspection's start month, the round as written, the month of its feedback. (key part, words) …"""
        inspections = [i for i in self.facts.inspections if i.team in team]
        keys = {i.key for i in inspections}
        starts = sorted({i.start[:7] for i in inspections if i.start and len(i.start) >= 7})
        rounds = sorted({party_key(i.round) for i in inspections if i.round})
        dates = sorted({fb.date[:7] for fb in self.facts.feedback if fb.date and len(fb.date) >= 7
                        and (fb.team == team or fb.inspection in keys)})
        return ([(s, f"inspection started {s}") for s in starts] + [(r, f"round {r}") for r in rounds]
                + [("反馈" + d, f"feedback given {d}") for d in dates])


@dataclass
class IdentityInput:
    """What the :class:`Registry` takes from one document, found in it alone: its teams' keys before teams are joined
    across documents, their periods, its people's anchors and its organisations (kept in the build state, so a
    rebuild joins every document's identities without reading their facts back)."""

    teams: dict[str, Identity]
    periods: dict[str, list[tuple[str, str]]]
    anchors: dict[str, list[str]]  # person → the global keys of their posts' units (Registry._anchors)
    orgs: dict[str, Identity]

    @classmethod
    def of(cls, ids: DocumentIdentities) -> "IdentityInput":
        """The input of a document's identities as :meth:`DocumentIdentities.of` leaves them (its anchors are
        found here, which adds their units to ``ids.orgs``)."""
        anchors = Registry._anchors(ids)
        return cls(dict(ids.teams), {k: list(v) for k, v in ids.periods.items()}, anchors, dict(ids.orgs))


class Registry:
    """The identities of every document of a build. Teams of one dispatcher and ordinal are one when they
    share a period (start month, round or feedback month); people are one when they share a name and the
    key of an organisation or team of their posts (union–find, indexed by key: no comparison of all pairs).
    Each global node gets one label, the fullest name any document gives it.

    ``inputs`` (document id → :class:`IdentityInput`) stand for documents whose facts are not at hand: they take part
    in the joins and labels as the ``docs`` do, and :meth:`of` gives such a document's identities when asked for."""

    def __init__(self, docs: Sequence[Document] = (), inputs: dict[str, IdentityInput] | None = None) -> None:
        self.docs: dict[str, DocumentIdentities] = {}
        self.inputs: dict[str, IdentityInput] = dict(inputs or {})
        for d in docs:
            ids = self.docs[d.id] = DocumentIdentities.of(d)
            self.inputs[d.id] = IdentityInput.of(ids)
        self.teams = UnionFind()
        for inp in self.inputs.values():
            for name, periods in inp.periods.items():
                head = inp.teams[name].parts[:2]
                self.teams.join([head + (p,) for p, _ in periods])
        self.people = UnionFind()
        for inp in self.inputs.values():
            for name, keys in inp.anchors.items():
                self.people.join([(name, k) for k in keys])
        labels: dict[tuple[str, tuple[str, ...]], str] = {}

        def label(k: tuple[str, tuple[str, ...]], name: str) -> None:
            was = labels.get(k)
            if was is None or (len(name), name) > (len(was), was):
                labels[k] = name

        for inp in self.inputs.values():  # the identities of joined() without making them
            for ident in inp.orgs.values():
                if not ident.scoped:
                    label((ident.kind, ident.parts), ident.label)
            for ident in inp.teams.values():
                if not ident.scoped:
                    label(("team", self.teams.find(ident.parts)), ident.label)
            for name, keys in inp.anchors.items():
                label(("person", self.people.find((name, keys[0]))), name)
        self.labels = labels
        for doc_id, ids in self.docs.items():
            ids.teams, ids.people = self.joined(doc_id)

    def joined(self, doc_id: str) -> tuple[dict[str, Identity], dict[str, Identity]]:
        """A document's teams and people as joined across documents: name → identity."""
        inp = self.inputs[doc_id]
        teams = {name: ident if ident.scoped else Identity("team", self.teams.find(ident.parts), None, ident.basis,
                                                           ident.label) for name, ident in inp.teams.items()}
        people = {name: Identity("person", self.people.find((name, keys[0])), None,
                                 f"{name} with a post in " + ", ".join(keys), name)
                  for name, keys in sorted(inp.anchors.items())}
        return teams, people

    def roots(self, doc_id: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, tuple[str, ...]]]]:
        """What :meth:`joined` takes from the other documents: the joined keys of a document's teams (those not
        scoped to it) and people, by name."""
        inp = self.inputs[doc_id]
        return ([(name, self.teams.find(ident.parts)) for name, ident in inp.teams.items() if not ident.scoped],
                [(name, self.people.find((name, keys[0]))) for name, keys in sorted(inp.anchors.items())])

    @staticmethod
    def _anchors(ids: DocumentIdentities) -> dict[str, list[str]]:
        """Person → the global keys of their posts' organisations (a team's: its dispatcher) and the national
        posts they hold, sorted."""
        out: dict[str, set[str]] = {}
        for person, units in ids.posts.items():
            for kind, name in units:
                # A post in a team is one in its dispatcher's service: a leader of two rounds' teams is one person.
                team = next((t for t in ids.facts.teams if t.name == name), None) if kind == "team" else None
                unit = team.dispatcher if team else (None if kind == "team" else name)
                ident = ids.org(unit) if unit else None
                if ident is not None and not ident.scoped:
                    out.setdefault(person, set()).add(ident.parts[0])
        for person, posts in ids.national.items():
            out.setdefault(person, set()).update("中央" + p for p in posts)
        return {person: sorted(keys) for person, keys in out.items()}

    def of(self, doc: Document) -> DocumentIdentities:
        """A document's identities, joined. Those of a document given by its input are found anew each time (a build
        maps each document once; kept, they would fill memory with every document's)."""
        if doc.id in self.docs:
            return self.docs[doc.id]
        if doc.id in self.inputs:  # one of the build's documents, its facts at hand now
            ids = DocumentIdentities.of(doc)
            self._anchors(ids)  # adds their units to ids.orgs, as for the documents given at first
            ids.teams, ids.people = self.joined(doc.id)
            return ids
        self.docs[doc.id] = Registry([doc]).docs[doc.id]
        return self.docs[doc.id]

    def label(self, ident: Identity) -> str:
        """The one rdfs:label of the node: the fullest name any document gives it."""
        return ident.label if ident.scoped else self.labels.get((ident.kind, ident.parts), ident.label)

    def person(self, ids: DocumentIdentities, name: str) -> Identity:
        return ids.people.get(name) or ids.scoped("person", name, f"{name} holds no post in an organisation "
                                                                  "or team named with its place")
