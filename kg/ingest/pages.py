"""HTML page → plain text plus the metadata the page declares about itself.

News pages carry the article between navigation bars, scripts and share
widgets. We keep the visible text, one line per block element, and drop what is
never content (scripts, styles, navigation, iframes, forms). The page title
becomes the first line when the body does not already show it, so that the
title has an offset like every other fact. Publication date, source and author
declared in ``<meta>`` tags go into :class:`~kg.ingest.document.Metadata`, markup stripped (a <title> or
meta content holding tags is text to the parser, not elements);
发布时间/来源 lines in the body stay in the text and are read later by
:mod:`kg.extract.structure`, like those of a plain-text file.

For an HTML input, ``Document.original`` is the text returned here: evidence
offsets index into it, not into the HTML source.
"""
from __future__ import annotations

import re
import warnings

from bs4 import (BeautifulSoup, Comment, Declaration, Doctype, MarkupResemblesLocatorWarning, NavigableString,
                 ProcessingInstruction, Tag, XMLParsedAsHTMLWarning)

from kg.ingest.document import Metadata
from kg.ingest.names import BLOCK_TAGS, CELL_TAGS, strip_markup

# Elements whose content is never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "nav",
             "form", "button", "select", "svg", "canvas", "head")
# ARIA roles of navigation and page furniture.
DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar"}


# <meta name|property|itemprop=KEY content=…> → Metadata field. Chinese government sites use the
# ArticleTitle/PubDate/ContentSource scheme; news sites use Open Graph and article:*.
META_FIELDS: dict[str, str] = {
    "articletitle": "title",
    "og:title": "title",
    "twitter:title": "title",
    "dc.title": "title",
    "pubdate": "issued",
    "publishdate": "issued",
    "publish_date": "issued",
    "article:published_time": "issued",
    "og:article:published_time": "issued",
    "dc.date": "issued",
    "dcterms.issued": "issued",
    "datepublished": "issued",
    "firstpublishedtime": "issued",
    "contentsource": "source",
    "source": "source",
    "dc.publisher": "source",
    "og:site_name": "source",
    "sitename": "source",
    "author": "creator",
    "article:author": "creator",
    "dc.creator": "creator",
    "og:url": "url",
    "url": "url",
}

# Where a page <title> appends the site's name: "Article_Site", "Article - Site", "Article | Site".
TITLE_SUFFIX = re.compile(r"\s*(?:_|\||｜|—|–|\s-\s)\s*")

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# A source line break between two Chinese characters is not a space (CSS segment-break rules for CJK).
_CJK_BREAK = re.compile(r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[ \t]*[\r\n]+[ \t\r\n]*"
                        r"(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])")


def iso_date(value: str) -> str | None:
    """The first full date in ``value`` as YYYY-MM-DD (2021-04-01, 2021/4/1, 2021年4月1日)."""
    m = _DATE.search(value)
    if not m:
        return None
    year, month, day = (int(x) for x in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _dropped(tag: Tag) -> bool:
    if tag.name in DROP_TAGS:
        return True
    if str(tag.get("role", "")).lower() in DROP_ROLES:
        return True
    return tag.has_attr("hidden") or "display:none" in str(tag.get("style", "")).replace(" ", "").lower()


def _text_lines(root: Tag) -> list[str]:
    """Visible text of ``root``, one line per block; iterative so deeply nested pages cannot overflow the stack."""
    parts: list[str] = []
    stack: list[Tag | NavigableString | None] = [root]  # None marks the end of a block element
    while stack:
        node = stack.pop()
        if node is None:
            parts.append("\n")
        elif isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            parts.append(_SPACES.sub(" ", _CJK_BREAK.sub("", str(node))))
        elif isinstance(node, Tag) and not _dropped(node):
            if node.name in BLOCK_TAGS:
                parts.append("\n")
                stack.append(None)
            elif node.name in CELL_TAGS:
                parts.append(" ")
            stack.extend(reversed(node.contents))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _meta(soup: BeautifulSoup) -> Metadata:
    meta = Metadata()
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        meta.url = str(canonical["href"]).strip()
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        value = _SPACES.sub(" ", strip_markup(str(tag.get("content") or ""))).strip()
        field = META_FIELDS.get(key)
        if not field or not value:
            continue
        if field == "issued":
            value = iso_date(value) or ""
        if value and getattr(meta, field) is None:
            setattr(meta, field, value)
    return meta


def _title(meta_title: str | None, page_title: str, headings: list[str], lines: list[str]) -> str | None:
    """The article's title: declared in a meta tag, else the <h1> the page <title> repeats (not the site
    logo's <h1>), else the body line the page <title> contains, else the page <title> before its site suffix."""
    if meta_title:
        return meta_title
    if page_title:
        repeated = [h for h in headings if len(h) >= 4 and h in page_title]
        if repeated:
            return max(repeated, key=len)
        shown = [line for line in lines[:30] if len(line) >= 6 and line in page_title]
        if shown:
            return max(shown, key=len)
        return TITLE_SUFFIX.split(page_title, 1)[0].strip() or page_title
    return headings[0] if headings else None


# Beautiful Soup's advice to programmers (parse this as XML; fetch the URL this looks like), printed as
# paragraphs on stderr, means nothing to a user with a saved page: every page is read as HTML.
BS4_ADVICE = (XMLParsedAsHTMLWarning, MarkupResemblesLocatorWarning)


def html_to_text(html: str) -> tuple[str, Metadata]:
    """The page's text (title first) and the metadata its ``<meta>`` tags and ``<title>`` declare."""
    with warnings.catch_warnings():
        for advice in BS4_ADVICE:
            warnings.simplefilter("ignore", advice)
        soup = BeautifulSoup(html, "lxml")
    meta = _meta(soup)
    title_tag = soup.find("title")
    # <title> is raw text to the parser: markup in it (<script>…</script>某某镇党委) arrives as characters.
    page_title = _SPACES.sub(" ", strip_markup(title_tag.get_text())).strip() if title_tag else ""
    body = soup.body or soup
    lines = _text_lines(body)
    headings = [h for h in (_SPACES.sub(" ", strip_markup(tag.get_text())).strip() for tag in body.find_all("h1"))
                if h]
    meta.title = _title(meta.title, page_title, headings, lines)
    if meta.title and not any(meta.title in line for line in lines[:20]):
        lines.insert(0, meta.title)
    return "\n".join(lines) + ("\n" if lines else ""), meta
