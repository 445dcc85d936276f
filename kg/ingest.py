"""Read input files into :class:`~kg.document.Document` objects.

Finds the files (folders recursively, globs), decodes them (BOMs, then UTF-8,
then charset-normalizer for GB18030/GBK, Big5 …) and turns HTML into text that
keeps the title and publication metadata. Every failure is an
:class:`~kg.errors.InputError` naming the file and the reason.
"""
from __future__ import annotations

import codecs
import glob
import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from kg.document import Document
from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def sample_dir() -> Path:
    """The bundled sample documents."""
    return Path(str(resources.files("kg") / "samples"))


def find_files(paths: list[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files, folders (recursively) and globs into a sorted list of input files.

    Returns the files and an error for each argument that matched nothing.
    """
    found: dict[Path, None] = {}
    errors: list[InputError] = []
    for arg in paths:
        arg = str(arg)
        matches = [Path(m) for m in sorted(glob.glob(arg, recursive=True))] if glob.has_magic(arg) else [Path(arg)]
        if not matches or not any(m.exists() or m.is_symlink() for m in matches):
            errors.append(InputError(arg, "no such file or folder"))
            continue
        for m in matches:
            if m.is_dir():
                for root, _dirs, files in os.walk(m, followlinks=False):
                    for name in sorted(files):
                        f = Path(root) / name
                        if f.suffix.lower() in SUFFIXES:
                            found.setdefault(f, None)
            else:
                found.setdefault(m, None)
    return sorted(found), errors


def decode(data: bytes, path: Path | str) -> str:
    """Bytes to text: a BOM wins, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(path, f"cannot decode as {encoding} despite its byte-order mark ({e.reason})") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best() or from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot detect the text encoding (binary or corrupt file?)")
    return str(best)


def read_document(path: Path) -> Document:
    """Read one file into a Document (text not yet normalised)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "binary file, not text")
    text = decode(data, path)
    if path.suffix.lower() in HTML_SUFFIXES:
        from kg.html import html_to_text

        text, metadata = html_to_text(text)
    else:
        metadata = None
    if not text.strip():
        raise InputError(path, "no text in file")
    doc = Document(id=path.stem, original=text, path=path)
    if metadata is not None:
        doc.metadata = metadata
    return doc


def iter_documents(paths: list[Path]) -> Iterator[Document | InputError]:
    for path in paths:
        try:
            yield read_document(path)
        except InputError as e:
            yield e
