"""A folder of hostile input files mixed with good documents, for the failure tests (tests/test_hostile.py).

Every file is described by a :class:`Case`: whether the build must use it (``good``: its facts must reach
the graph, possibly with a warning) or refuse it (one error line whose reason contains ``reason``).
The good documents are the bundled samples, as they are and re-encoded or renamed; the bad ones are the
kinds of file that end up in a folder of downloaded pages: images, empty files, loops, pipes, huge files.
"""
from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.files import sample_dir

PROC_MEM = Path("/proc/self/mem")  # Linux: reading it from offset 0 fails for every user, root included
MB = 1024 * 1024

# Script payloads a page or a text may carry; none may run in a view of the graph.
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '"\'><svg onload=window.__pwned=1>',
    "</script><script>window.__pwned=1</script><!--",
)


@dataclass(frozen=True)
class Case:
    """One file of the corpus: ``sample`` is the bundled sample whose facts it must carry (good files only)."""

    name: str
    good: bool
    reason: str = ""  # bad files: part of the error message; good files: part of the logged warning, if any
    sample: str = ""


def samples() -> dict[str, Path]:
    """The bundled samples by number prefix ("000" …)."""
    return {p.name[:3]: p for p in sorted(sample_dir().glob("*.txt"))}


def sample_text(number: str) -> str:
    return samples()[number].read_text(encoding="utf-8")


def png_bytes() -> bytes:
    """A real (1×1, red) PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


# Characters of the samples that GBK and Big5 lack: spaces of other widths, the copyright sign.
LEGACY_GAPS = str.maketrans({"\u2003": " ", "\xa0": " ", "©": "(c)"})


def legacy(text: str, encoding: str) -> bytes:
    """``text`` in a legacy Chinese encoding (gbk, or big5 after conversion to Taiwan's Traditional forms)."""
    if encoding == "big5":
        import opencc

        text = opencc.OpenCC("s2tw").convert(text)
    return text.translate(LEGACY_GAPS).encode(encoding)


def hostile_html() -> str:
    """Sample 000 as a news page carrying scripts, styles, iframes, event handlers and a javascript: link."""
    paragraphs = "".join(f"<p onclick=\"window.__pwned=1\">{line}</p>\n" for line in sample_text("000").splitlines()
                         if line.strip())
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>巡察反馈</title>"
            "<script>window.__pwned=1; alert('head')</script>"
            "<style>body { background: url(javascript:window.__pwned=1) } "
            ".x::after { content: '样式里的字' }</style>"
            "</head><body onload=\"window.__pwned=1\">"
            "<iframe src=\"javascript:window.__pwned=1\">框架里的字</iframe>"
            "<iframe srcdoc=\"&lt;script&gt;parent.__pwned=1&lt;/script&gt;\"></iframe>"
            f"<div>{paragraphs}</div>"
            "<script type=\"text/javascript\">document.write('脚本里的字'); window.__pwned = 1;</script>"
            "<noscript>无脚本提示</noscript>"
            "<a href=\"javascript:window.__pwned=1\">点击</a>"
            "<img src=\"x\" onerror=\"window.__pwned=1\">"
            "</body></html>")


# Text that the build must never take for document text (it lives in <script>, <style>, <iframe>).
HTML_HIDDEN = ("样式里的字", "框架里的字", "脚本里的字", "__pwned")


def with_controls(text: str) -> str:
    """``text`` with control characters and NUL bytes inside its sentences, after the first 8 KB (where
    a NUL means a binary file) — each inserted between two characters, never inside a name."""
    controls = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x00"
    out, inserted = [], 0
    for i, ch in enumerate(text):
        out.append(ch)
        if i > 9000 and ch == "。":
            out.append(controls[inserted % len(controls)])
            inserted += 1
    return "".join(out)


def quoted_names_text() -> str:
    """Sample 000 with quotes, backslashes, angle brackets, emoji and payloads in a first line and in the
    sentences its people and teams are found in (so that the payloads reach the evidence a view shows)."""
    title = f"市委第四巡察组\"反馈\" \\ 'x' <b>加粗</b> 😀🇨🇳 {PAYLOADS[0]}{PAYLOADS[1]}"
    text = sample_text("000")
    inserts = (("讲话精神。", PAYLOADS[2] + "😀"), ("反馈了有关巡察情况。", PAYLOADS[0] + PAYLOADS[3]))
    for sentence_end, payload in inserts:
        assert sentence_end in text
        text = text.replace(sentence_end, sentence_end[:-1] + payload + "。", 1)
    return title + "\n" + text + f"\n附：\\\"{PAYLOADS[2]}😀\\n{PAYLOADS[3]}\n"


def one_line(size: int) -> str:
    """About ``size`` bytes of Chinese text on one line: the samples with their line breaks removed, repeated."""
    body = "".join(sample_text(n).replace("\n", "") for n in ("000", "001", "002"))
    chunk = body.encode("utf-8")
    return (body * (size // len(chunk) + 1)).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def big_text(size: int) -> bytes:
    """About ``size`` bytes of UTF-8: the samples, with their line breaks, over and over."""
    block = "\n\n".join(sample_text(n) for n in sorted(samples())).encode("utf-8") + b"\n\n"
    return block * (size // len(block) + 1)


def write_corpus(folder: Path, *, big_size: int = 50 * MB, line_size: int = MB) -> list[Case]:
    """Write the corpus into ``folder``; return its cases, sorted by file name (the order of the build)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes | str, good: bool, reason: str = "", sample: str = "") -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(name, good, reason, sample))

    for number, path in samples().items():
        add(f"good_{number}.txt", path.read_bytes(), True, sample=number)
    add("binary.txt", png_bytes(), False, "not text: a PNG image")
    add("empty.txt", b"", False, "empty file")
    add("whitespace.txt", " \n\n\t\u3000\r\n  \n".encode("utf-8"), False, "only whitespace")
    add("gbk.txt", legacy(sample_text("001"), "gbk"), True, "encoding detected as", "001")
    add("big5.txt", legacy(sample_text("000"), "big5"), True, "encoding detected as", "000")
    add("utf16.txt", sample_text("003").encode("utf-16"), True, sample="003")
    broken = bytearray(sample_text("002").encode("utf-8"))
    middle = len(broken) // 2
    broken[middle:middle] = b"\xff\xfe\xc3"  # invalid UTF-8 between two characters
    add("broken_utf8.txt", bytes(broken), True, "undecodable byte sequence", "002")
    add("big.txt", big_text(big_size), False, "over the 20 MB limit (raise --max-size-mb")
    add("one_line.txt", one_line(line_size), True)
    add("blank_lines.txt", sample_text("002") + "\n" * 200_000 + "附件\n", True, sample="002")
    add("hostile.html", hostile_html(), True, sample="000")
    paragraphs = "".join(f"<p>{line}</p>" for line in sample_text("001").splitlines())
    add("xml_prolog.html", f'<?xml version="1.0" encoding="utf-8"?>\n<div>{paragraphs}</div>', True, sample="001")
    add("url_only.html", "https://www.ccdi.gov.cn/yaowenn/202101/t20210122_233948.html", True)
    add("controls.txt", with_controls(sample_text("003")), True, sample="003")
    add("nul_start.txt", b"\x00\x00" + sample_text("004").encode("utf-8"), False, "NUL bytes")
    add("quotes \"'\\<>😀.txt", quoted_names_text(), True, sample="000")
    add("巡察 反馈 情况 2021.txt", samples()["001"].read_bytes(), True, sample="001")
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    cases += [Case("loop_a.txt", False, "symbolic link loop"), Case("loop_b.txt", False, "symbolic link loop")]
    os.symlink(".", folder / "dir_loop")  # a folder that contains itself: walked once, not forever
    os.mkfifo(folder / "fifo.txt")  # reading would block forever
    cases.append(Case("fifo.txt", False, "not a regular file"))
    if PROC_MEM.exists():
        os.symlink(PROC_MEM, folder / "unreadable.txt")
        cases.append(Case("unreadable.txt", False, "cannot read"))
    return sorted(cases, key=lambda c: c.name)
