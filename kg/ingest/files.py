"""Read input files into :class:`~kg.ingest.document.Document` objects.

Finds the files (folders recursively, globs), decodes them (BOMs, then UTF-8,
then charset-normalizer for GB18030/GBK, Big5 …) and turns HTML into text that
keeps the title and publication metadata. Every failure is an
:class:`~kg.errors.InputError` naming the file and the reason.
"""
from __future__ import annotations

import codecs
import errno
import glob
import logging
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.errors import InputError
from kg.ingest.document import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

log = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Encodings Chinese documents come in, for charset-normalizer to choose among (supersets first:
# GB18030 reads GB2312 and GBK; Big5-HKSCS reads Big5).
CANDIDATE_ENCODINGS = ["gb18030", "big5hkscs", "utf_16", "utf_8"]

# A declared charset (HTML <meta charset>) named by its common label → the codec that reads it safely.
CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                   "big5": "big5hkscs", "x-x-big5": "big5hkscs", "cp950": "big5hkscs"}

# Up to this share of characters may be U+FFFD replacements in a file that is otherwise clean
# UTF-8/GB18030/Big5 (a damaged byte here and there); more means the file is not text we can read.
MAX_REPLACED_SHARE = 0.01

# File signatures of formats people put next to their .txt files by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (.docx/.xlsx/.zip?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls?)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)

_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# Characters a Chinese document is made of: Han, ASCII text, CJK and full-width punctuation, common spaces.
_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\x20-\x7e\n\r\t\u3000-\u303f\uff00-\uffef\u2010-\u203f\u00a0-\u00ff]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class Decoded:
    """Decoded text, the codec that decoded it, and anything the user should know about how."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    lossy: bool = False  # some bytes could not be decoded and were replaced by U+FFFD


def sample_dir() -> Path:
    """The bundled sample documents."""
    return Path(str(resources.files("kg") / "samples"))


def find_files(paths: list[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files, folders (recursively) and globs into a sorted list of input files.

    Folders and globs contribute only .txt/.text/.html/.htm files (folders: not
    hidden ones); a file named explicitly is taken whatever its suffix or name,
    and rejected later if unsupported.
    Returns the files and an error for each argument that matched nothing and each folder that
    cannot be read.
    """
    found: dict[Path, None] = {}
    errors: list[InputError] = []
    for arg in paths:
        arg = str(arg)
        magic = glob.has_magic(arg)
        matches = [Path(m) for m in sorted(glob.glob(arg, recursive=True))] if magic else [Path(arg)]
        if not matches or not any(m.exists() or m.is_symlink() for m in matches):
            errors.append(InputError(arg, "no such file or folder"))
            continue
        for m in matches:
            if m.is_dir():
                # A folder that cannot be listed (mode 000 …) is reported like an unreadable file, not skipped.
                for root, dirs, files in os.walk(m, onerror=lambda e: errors.append(_unreadable(e)), followlinks=False):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # .git, .cache …
                    for name in sorted(files):
                        f = Path(root) / name
                        if f.suffix.lower() in SUFFIXES and not name.startswith("."):  # ._x.txt: macOS metadata
                            found.setdefault(f, None)
            elif not magic or m.suffix.lower() in SUFFIXES:
                found.setdefault(m, None)
    return sorted(found), errors


def _unreadable(e: OSError) -> InputError:
    """A file or folder that cannot be read, with the system's reason."""
    return InputError(e.filename, f"cannot read: {e.strerror or e}")


def _replaced_decode(data: bytes) -> Decoded | None:
    """The candidate codec that needs the fewest U+FFFD replacements, if few enough."""
    decodings = ((data.decode(encoding, errors="replace"), encoding) for encoding in ("utf-8", "gb18030", "big5hkscs"))
    text, encoding = min(decodings, key=lambda d: d[0].count("\ufffd"))
    bad = text.count("\ufffd")
    if bad > max(1, len(text) * MAX_REPLACED_SHARE):
        return None
    return Decoded(text, encoding, [f"decoded as {encoding} with {bad} undecodable byte sequence(s) "
                                    "replaced by U+FFFD (damaged file?)"], lossy=True)


def decode(data: bytes, path: Path | str, *, html: bool = False) -> Decoded:
    """Bytes to text: a BOM wins, then strict UTF-8, then an HTML page's declared charset, then
    charset-normalizer's guess among Chinese encodings, then a lenient decode of a slightly damaged file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as e:
                raise InputError(path, f"cannot decode as {encoding} despite its byte-order mark ({e.reason})") from e
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _HTML_CHARSET.search(data[:4096]) if html else None
    if declared:
        label = declared.group(1).decode("ascii").lower()
        encoding = CHARSET_ALIASES.get(label, label)
        try:
            return Decoded(data.decode(encoding), encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is not None:
        return Decoded(str(best), best.encoding, [f"no byte-order mark and not UTF-8: encoding detected as {best.encoding}"])
    lenient = _replaced_decode(data)
    if lenient is not None:
        return lenient
    raise InputError(path, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text (corrupt or binary file?)")


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: the byte order that gives plausible Chinese text, if one does."""
    if b"\x00" not in data[:8192] or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        if _HAN_CHAR.search(sample) and len(_PLAUSIBLE.findall(sample)) >= 0.9 * len(sample):
            return Decoded(text, encoding, [f"no byte-order mark: read as {encoding}"])
    return None


def _binary_kind(data: bytes) -> str | None:
    """What a binary file looks like, or None if it may be text."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # covers UTF-32 BOMs too
        return None
    if b"\x00" in data[:8192] and _bomless_utf16(data) is None:
        return "a binary file (it contains NUL bytes)"
    return None


def _link_loops(path: Path) -> bool:
    """A symbolic link that leads back to itself (a → b → a), rather than to nothing."""
    try:
        path.stat()
    except OSError as e:
        return e.errno == errno.ELOOP
    return False


def read_document(path: Path) -> Document:
    """Read one file into a Document (text not yet normalised); InputError says why a file cannot be used."""
    return document_from_bytes(path, read_file(path))


def read_file(path: Path) -> bytes:
    """The bytes of an input file; InputError when it is not one (type, folder, link, device) or unreadable."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(no suffix)'!r}; "
                               f"expected one of {', '.join(sorted(SUFFIXES))}")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.is_symlink() and not path.exists():
        raise InputError(path, "symbolic link loop" if _link_loops(path) else "broken symbolic link")
    if path.exists() and not path.is_file():
        raise InputError(path, "not a regular file (device, pipe or socket)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    return data


def document_from_bytes(path: Path, data: bytes) -> Document:
    """A Document from a file's bytes read elsewhere (a build worker gets them with its task, so a cluster's
    workers need no access to the files); InputError says why they cannot be used."""
    suffix = path.suffix.lower()
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    kind = _binary_kind(data)
    if kind:
        raise InputError(path, f"not text: {kind}")
    html = suffix in HTML_SUFFIXES
    decoded = decode(data, path, html=html)
    text, metadata = decoded.text, None
    if html:
        from kg.ingest.pages import html_to_text

        text, metadata = html_to_text(text)
    if not text.strip():
        raise InputError(path, "no text: the file holds only whitespace" if not html else "no text in the page")
    doc = Document(id=path.stem, original=text, path=path, warnings=list(decoded.warnings))
    if metadata is not None:
        doc.metadata = metadata
    # A damaged file deserves the user's attention; a detected encoding only with -v.
    for warning in doc.warnings:
        log.log(logging.WARNING if decoded.lossy else logging.INFO, "%s: %s", path, warning)
    return doc
