"""Markup and unsafe characters kept out of names.

A saved page's ``<title>`` or a pasted text line may carry HTML (``<script>…</script>某某镇党委``,
``"><img src=x onerror=…>镇党委``). Names go into every export (GraphML, Neo4j CSV, Cytoscape, the
views), where other tools may not escape them, so markup is stripped from the text before
extraction (:func:`strip_markup`, used by :mod:`kg.ingest.pages` and :mod:`kg.extract.normalise`) and no name that
reaches the graph may hold ``< > " =`` or a control character (:func:`safe_name`, used by
:mod:`kg.graph.rdf` where names become labels and IRIs; ``ontology/shapes.ttl`` flags any that do).
"""
from __future__ import annotations

import re

# An HTML element that is code, not text, with its content; a tag or comment; either may follow the
# '">' or "'>" that closes the attribute an injection broke out of. Element content and comments are
# bounded, so that an unclosed <script in a large text costs a bounded scan, not one to the end. A tag
# is an ASCII name then attributes after a space, so that a comparison (A<B且C>D) is not one.
MARKUP = re.compile(r"""(?:["']\s*/?>\s*)?"""
                    r"(?:<(script|style)\b[^>]*>.{0,10000}?</\1\s*>"
                    r"|<!--.{0,10000}?-->"
                    r"|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\n]*)?/?>)",
                    re.IGNORECASE | re.DOTALL)
# Elements that start a new line of the text, and table cells, which stay on their row's line a space apart (what a
# page's markup lays out: :mod:`kg.ingest.pages` reads a page by them, :func:`markup_gaps` the tags pasted into a text).
BLOCK_TAGS = frozenset({"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
                        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
                        "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
                        "tbody", "tfoot", "thead", "title", "tr", "ul"})
CELL_TAGS = frozenset({"td", "th"})
_TAG_NAME = re.compile(r"""(?:["']\s*/?>\s*)?</?([A-Za-z][A-Za-z0-9:-]*)""")
# Characters no name may hold: markup's own, and controls (C0, DEL, C1).
UNSAFE = re.compile(r'[<>"=\x00-\x1f\x7f-\x9f]')


def strip_markup(text: str) -> str:
    """``text`` without HTML elements, tags and comments (script and style with their content)."""
    return MARKUP.sub("", text)


def markup_gaps(tags: list[str]) -> list[str]:
    """What each tag (MARKUP matches, in order) leaves in the text it is stripped from: a line break for a block's
    (<br>, </p>, <tr>), a space for a table cell's and for a <br> inside a cell (<td>A局<br>B局</td>: the units of one
    cell), nothing for any other (<span>, <img …>, a comment, a script)."""
    gaps, in_cell = [], False
    for tag in tags:
        m = _TAG_NAME.match(tag)
        name, closing = (m.group(1).lower(), "</" in m.group()) if m else ("", False)
        if name in CELL_TAGS:
            in_cell = not closing
        elif name in ("tr", "table"):
            in_cell = False
        gaps.append(" " if name in CELL_TAGS or name == "br" and in_cell else "\n" if name in BLOCK_TAGS else "")
    return gaps


def is_safe_name(name: str) -> bool:
    """No markup character or control character in ``name``."""
    return UNSAFE.search(name) is None


def safe_name(name: str) -> str:
    """``name`` as it may enter the graph: markup stripped, then any ``< > " =`` or control character dropped,
    spaces collapsed."""
    if is_safe_name(name):
        return name
    return " ".join(UNSAFE.sub("", strip_markup(name)).split())
