"""`kg query`: SPARQL on the built store, typed in, read from a file or canned.

Canned queries live in ontology/queries/NAME.rq. Each starts with a comment
header: the first line says what it answers (shown by ``kg query --list``),
``# param: KEY — meaning`` lines declare its parameters. A parameter is bound
by a ``VALUES ?KEY { "value" }`` block inserted at the start of the query's
WHERE clause, the value written as an escaped SPARQL string literal, so no
value can change the query's structure.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.graph.store import PREFIXES, KnowledgeStore, Rows, Term
from kg.paths import ontology_dir

QUERY_DIR = ontology_dir() / "queries"
DEFAULT_OUT = Path("output")
_QUERY_CHARS = re.compile(r"[\s{]")  # every SPARQL query has one; a folder name rarely

_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s*(?:[—–:-]+\s*)?(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# Escapes of a SPARQL STRING_LITERAL_QUOTE (SPARQL 1.1 §19.7 ECHAR).
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
                          "\f": "\\f"})
MAX_CELL = 60  # display columns per table cell; longer values end in …


def api_usage(key: str) -> str:
    """A parameter as given to ``KnowledgeGraph.canned(name, key="…")``."""
    return f'{key}="…"'


@dataclass
class CannedQuery:
    """One ontology/queries/*.rq file: its name, one-line purpose, parameters and text."""

    name: str
    purpose: str
    params: dict[str, str] = field(default_factory=dict)  # key → meaning
    text: str = ""

    def bind(self, values: dict[str, str], usage: Callable[[str], str] = api_usage) -> str:
        """The query text with every declared parameter bound; unknown or missing ones are errors, a missing
        one shown as ``usage(key)`` says it where the query was called (Python keyword or CLI option)."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise KgError(f"query {self.name!r} has no parameter {', '.join(unknown)}"
                          f" (it takes: {', '.join(self.params) or 'none'})")
        missing = [p for p in self.params if p not in values]
        if missing:
            given = " ".join(usage(p) for p in missing)
            raise KgError(f"query {self.name!r} needs {given} ({'; '.join(self.params[p] for p in missing)})")
        return bind_params(self.text, values)


def cli_usage(key: str) -> str:
    """A parameter as given to `kg query`."""
    return f"--param {key}=…"


def sparql_literal(value: str) -> str:
    """``value`` as a quoted, escaped SPARQL string literal."""
    return '"' + value.translate(_ESCAPES) + '"'


def bind_params(sparql: str, values: dict[str, str]) -> str:
    """Insert ``VALUES ?key { "value" }`` for each parameter at the start of the outermost WHERE clause, and write
    the value itself where the query writes the parameter ``$key`` (SPARQL's other spelling of a variable): a
    pattern inside a UNION branch then starts from the value, where a VALUES outside the branches would be joined
    with each branch's every match only after it."""
    if not values:
        return sparql
    for k, v in values.items():
        sparql = re.sub(rf"\${re.escape(k)}\b", lambda _m, v=v: sparql_literal(v), sparql)
    match = _WHERE.search(_strip_comments(sparql))
    if match is None:
        raise KgError("parameters need a query with a WHERE { … } clause")
    block = "".join(f"\n  VALUES ?{k} {{ {sparql_literal(v)} }}" for k, v in values.items())
    return sparql[:match.end()] + block + sparql[match.end():]


def _strip_comments(sparql: str) -> str:
    """The text with whole-line comments blanked (same length, so offsets still match)."""
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), sparql)


def read_query_file(path: Path) -> CannedQuery:
    """A .rq file with its comment header read: purpose (first line) and ``# param:`` lines."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise KgError(f"cannot read {path}: {e.strerror or e}") from e
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    params = {}
    for line in header:
        m = _PARAM_LINE.match(line)
        if m:
            params[m.group(1)] = m.group(2).strip()
    purpose = header[0].lstrip("# ").strip() if header else ""
    return CannedQuery(Path(path).stem, purpose, params, text)


def load_canned(directory: Path = QUERY_DIR) -> dict[str, CannedQuery]:
    """Every canned query, by name (the file name without .rq)."""
    return {path.stem: read_query_file(path) for path in sorted(directory.glob("*.rq"))}


def canned(name: str) -> CannedQuery:
    """The canned query called ``name``; a readable error if there is none."""
    queries = load_canned()
    if name not in queries:
        raise KgError(f"no canned query {name!r}; known: {', '.join(queries)}")
    return queries[name]


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``["key=value", …]`` as a dict; the value may itself contain ``=``."""
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise KgError(f"--param {pair!r}: expected KEY=VALUE")
        values[key.strip()] = value
    return values


def run_canned(store: KnowledgeStore, query: str, /, **params: str) -> Rows:
    """Run a canned query with its parameters (the Python API behind ``kg query --name``)."""
    return store.select(canned(query).bind(params))


# -- output -----------------------------------------------------------------------------------------------------------

def display_width(text: str) -> int:
    """Terminal columns taken by ``text``: wide and full-width characters (中文, ，) take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def short(term: Term | None) -> str:
    """A term as shown in a table: IRIs with the vocabulary's prefixes, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    return str(term)


def format_table(rows: Rows, max_cell: int = MAX_CELL) -> str:
    """An aligned text table; Chinese characters count two columns, long cells are clipped."""
    cells = [[_clip(short(t), max_cell) for t in row] for row in rows.rows]
    header = list(rows.variables)
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON}
_GRAPH_FORMATS = {"table": ox.RdfFormat.TURTLE, "csv": ox.RdfFormat.N_TRIPLES, "tsv": ox.RdfFormat.N_TRIPLES,
                  "json": ox.RdfFormat.JSON_LD}


def render(store: KnowledgeStore, sparql: str, fmt: str = "table", quiet: bool = False) -> str:
    """Run ``sparql`` and render its answer: SELECT in ``fmt`` (SPARQL CSV/TSV/JSON results or a table),
    ASK as true/false (or JSON), CONSTRUCT/DESCRIBE as Turtle (table), N-Triples (csv/tsv) or JSON-LD (json)."""
    result = store.execute(sparql)
    if isinstance(result, ox.QueryTriples):
        # Minted IRIs (…/id/team/…) have '/' in what would be their local name: no xsr: prefix for them.
        prefixes = {p: iri for p, iri in PREFIXES.items() if p != "xsr"} if fmt == "table" else None
        return _line_ended(ox.serialize(result, format=_GRAPH_FORMATS[fmt], prefixes=prefixes).decode("utf-8"))
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n" if fmt == "json" \
            else ("true" if bool(result) else "false") + "\n"
    if fmt != "table":
        return _line_ended(result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8"))
    variables = [v.value for v in result.variables]
    rows = Rows(variables, [tuple(s[v] for v in variables) for s in result])
    footer = "" if quiet else f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    return format_table(rows) + "\n" + footer


def _line_ended(text: str) -> str:
    """Output ends with a newline whatever the serialiser does (JSON results and JSON-LD have none), so that a
    shell prompt or the next file in a ``cat`` does not start on its last line."""
    return text if not text or text.endswith("\n") else text + "\n"


def format_list(queries: dict[str, CannedQuery]) -> str:
    """One line per canned query: name, parameters, what it answers."""
    names = {n: n + "".join(f" {p}=…" for p in q.params) for n, q in queries.items()}
    width = max((display_width(s) for s in names.values()), default=0)
    return "\n".join(f"{_pad(names[n], width)}  {q.purpose}" for n, q in queries.items()) + "\n"


def run_query_command(args: argparse.Namespace) -> int:
    """`kg query`: print the answer of one query (or the list of canned queries)."""
    if args.list:
        sys.stdout.write(format_list(load_canned()))
        return 0
    sparql_text, outdir = query_and_folder(args)
    given = [x for x in (sparql_text, args.file, args.name) if x]
    if len(given) != 1:
        raise KgError("give one query: SPARQL text, -f FILE.rq or --name NAME (see `kg query --list`)")
    params = parse_params(args.param)
    if args.name:
        sparql = canned(args.name).bind(params, cli_usage)
    elif args.file:
        sparql = read_query_file(args.file).bind(params, cli_usage)
    else:
        sparql = bind_params(sparql_text, params)
    limit = getattr(args, "limit", None)
    limit = (CANNED_PAGE if args.name else 0) if limit is None else limit
    if limit < 0 or getattr(args, "offset", 0) < 0:
        raise KgError("--limit and --offset take a number of rows, 0 or more")
    store = KnowledgeStore(outdir)
    page = paged(sparql, limit + 1 if limit and args.format == "table" else limit, getattr(args, "offset", 0))
    if args.format != "table" and _streams(store, page, args.format):
        return 0
    text = render(store, page, args.format, quiet=args.quiet)
    if limit and args.format == "table":
        text = _trim_page(text, limit, args.offset, quiet=args.quiet)
    sys.stdout.write(text)
    return 0


CANNED_PAGE = 100  # rows of a canned listing shown unless --limit says otherwise
# The comment ``#page`` at the end of a line of a query: where the query is cut to a page, paged() writes
# ``LIMIT offset + limit`` before it. It ends a sub-SELECT that orders the values of the listing's first sort key
# and picks the first of them, in a query whose every row has one of these values and whose every value gives a row
# at least: the page's rows then all have one of the values picked, and the query need compute no other row (Oxigraph
# computes and sorts every row of a listing before it cuts it to a page). Read whole, the query ignores it.
PAGE_MARK = re.compile(r"#page\b")
_PAGE_AT_END = re.compile(r"(?:\bLIMIT\s+\d+|\bOFFSET\s+\d+|\s)*$", re.IGNORECASE)
_SELECT = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^<]*<[^>]*>\s*)*SELECT\b", re.IGNORECASE)


def paged(sparql: str, limit: int, offset: int = 0) -> str:
    """A SELECT query cut to ``limit`` rows from ``offset`` (0: all), by appending LIMIT/OFFSET: Oxigraph then
    stops after the page instead of computing every row. A query with its own LIMIT or OFFSET is left as is.

    A line of the query may end in the comment ``#page`` (see :data:`PAGE_MARK`): there ``LIMIT offset + limit`` is
    written before the comment, so that the sub-SELECT it ends picks only as many of its keys as the page can show."""
    body = _strip_comments(sparql).rstrip()
    if not (limit or offset) or not _SELECT.match(_strip_comments(sparql)) \
            or re.search(r"\b(?:LIMIT|OFFSET)\s+\d+\s*$", body, re.IGNORECASE):
        return sparql
    if limit:
        body = PAGE_MARK.sub(lambda m: f"LIMIT {offset + limit}  {m.group()}", body)
    return body + (f"\nLIMIT {limit}" if limit else "") + (f"\nOFFSET {offset}" if offset else "") + "\n"


def _trim_page(table: str, limit: int, offset: int, *, quiet: bool) -> str:
    """A table asked with one row more than the page: that row, if any, only says there are more."""
    lines = table.rstrip("\n").split("\n")
    footer = [] if quiet else [lines.pop()]
    rows = len(lines) - 2
    if rows <= limit:
        return "\n".join(lines + footer) + "\n"
    lines = lines[:-1]
    more = "" if quiet else (f"(rows {offset + 1}–{offset + limit}; more with --offset {offset + limit}, "
                             "all with --limit 0)")
    return "\n".join(lines + ([more] if more else [])) + "\n"


def _streams(store: KnowledgeStore, sparql: str, fmt: str) -> bool:
    """Write a SELECT's CSV/TSV/JSON results straight to stdout as Oxigraph produces them (no copy of the
    whole answer in memory); False when the query is not a SELECT (the caller renders it)."""
    result = store.execute(sparql)
    if not isinstance(result, ox.QuerySolutions):
        return False
    out = _EndsLine(sys.stdout.buffer)
    sys.stdout.flush()
    result.serialize(out, format=_RESULT_FORMATS[fmt])
    out.finish()
    return True


class _EndsLine:
    """A binary stream wrapper that remembers the last byte, so the output can end with a newline."""

    def __init__(self, raw) -> None:  # raw: a binary file
        self.raw, self.last = raw, b"\n"

    def write(self, data: bytes) -> int:
        if data:
            self.last = data[-1:]
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()

    def finish(self) -> None:
        if self.last != b"\n":
            self.raw.write(b"\n")
        self.raw.flush()


def query_and_folder(args: argparse.Namespace) -> tuple[str | None, Path]:
    """The SPARQL text and the output folder among `kg query`'s positional arguments, which come in either
    order like the folder of the other commands (``kg query DIR -n NAME``, ``kg query 'SELECT …' DIR``):
    an existing folder is the folder, and so is a word no query can be (no space, no brace: a mistyped
    folder is said to be missing, not bad SPARQL); so is the only one given with --name or --file.
    ``-d DIR`` also works."""
    given = [a for a in (args.first, args.second) if a]
    folders = [a for a in given if Path(a).is_dir() or not _QUERY_CHARS.search(a)]
    if len(given) == 2:
        folder = folders[0] if folders else given[0]
    elif len(given) == 1 and (folders or args.name or args.file):
        folder = given[0]
    else:
        folder = None
    sparql = next((a for a in given if a is not folder), None)
    if folder is not None and args.outdir is not None:
        raise KgError(f"two output folders given: {folder} and -d {args.outdir}")
    return sparql, Path(folder) if folder is not None else args.outdir or DEFAULT_OUT
