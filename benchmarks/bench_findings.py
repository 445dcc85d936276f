"""Time of the stages up to ``findings`` on one long document, at growing sizes: shows super-linear growth.

Usage:
    .venv/bin/python benchmarks/bench_findings.py [--sizes 0.1 0.5 1 2 4 8] [--kind feedback mixed] [--lines 1]

The document is an annual compilation: the bundled samples and the genre set's texts, over and
over, each copy under its own top-level heading numbered on through the whole file (一、 … 三百二十、),
with the counts it states changed from copy to copy. ``--kind`` picks the texts: ``feedback`` news
only (findings reads summary lists), or all of them (``mixed``: the rectification items of one
report make the whole file a rectification report, so findings reads numbered items and measures).
``--lines`` also times single lines of feedback news of half and all that many MB (LINES: no
punctuation at all, a list of nothing but 、 and ；, a stray quote …). Prints seconds and MB/s per stage
and size, and each stage's growth from one size to the next (the size ratio in brackets: growing
as fast as the size is linear).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cn2an  # noqa: E402

from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.ingest.document import Document  # noqa: E402

STAGES = ("normalise", "structure", "mentions.rules", "relations", "findings")
MB = 1024 * 1024
# Feedback news only, or every text: one rectification report's 整改情况 items make the whole file one.
KINDS = ("feedback", "mixed")
# A lead that makes a single line feedback news, with its problem list opening at the end.
LINE_LEAD = "市委第一巡察组向区委反馈巡察情况，巡察发现存在的主要问题是："


def _texts(kind: str) -> list[str]:
    """The samples and the genre set's plain texts (``feedback``: only those that are feedback news)."""
    paths = sorted((ROOT / "kg" / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "genre" / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if kind == "feedback":
        pipeline = Pipeline(STAGES)
        texts = [t for t in texts if pipeline(Document(id="t", original=t)).facts.doc_type == "feedback"]
    return texts


def compilation(size: int, kind: str) -> str:
    """About ``size`` UTF-8 bytes: the texts over and over, copy k under heading k, its counts shifted by k."""
    texts, parts, total, k = _texts(kind), [], 0, 0
    while total < size:
        text = texts[k % len(texts)]
        if k >= len(texts):
            text = re.sub(r"(?<=[共反馈整改已])(\d+)(?=[个条项件])", lambda m: str(int(m.group(1)) + k), text)
        part = f"{cn2an.an2cn(k + 1)}、汇编第{k + 1}篇\n{text}\n\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        k += 1
    return "".join(parts)


def _repeated(piece: str, size: int, opening: str = "") -> str:
    """One line of feedback news: the lead and ``opening``, then ``piece`` over and over, about ``size`` UTF-8 bytes."""
    return LINE_LEAD + opening + piece * (size // len(piece.encode("utf-8")) + 1)


def unpunctuated_line(size: int) -> str:
    """The texts with every punctuation mark, digit and latin letter lost, on one line."""
    return _repeated(re.sub(r"[\W\d_a-zA-Z]", "", "".join(_texts("mixed")[:3])), size)


# Single lines that once made findings quadratic: each list, announcement or lookahead read to the end.
LINES = {
    "no punctuation": unpunctuated_line,
    "only 、 and ；": lambda size: _repeated("、；", size),
    "stray quote, then 巡察发现，… over and over": lambda size: _repeated("巡察发现，会议如期召开", size, opening="“"),
    "发现…存在 with no 。": lambda size: _repeated("巡察发现存在学习不深入，", size),
    "巡察组建议，要…； repeated": lambda size: _repeated("巡察组建议，要强化学习；要压实责任，", size),
}


def time_stages(text: str, pipeline: Pipeline) -> dict[str, float]:
    """Seconds per stage for one document holding ``text``."""
    doc = Document(id="bench", original=text)
    times: dict[str, float] = {}
    for name, stage in zip(pipeline.names, pipeline.stages):
        start = time.perf_counter()
        doc = stage(doc)
        times[name] = time.perf_counter() - start
    return times


def report(title: str, rows: dict[float, dict[str, float]]) -> None:
    """Seconds, MB/s and growth per stage, one column per size."""
    sizes = list(rows)
    print(f"\n{title}")
    print(f"{'stage':<16}" + "".join(f"{s:>8g} MB: s, MB/s" for s in sizes) + "   growth per step (size ratio)")
    for stage in [*STAGES, "total"]:
        seconds = [rows[s][stage] if stage != "total" else sum(rows[s].values()) for s in sizes]
        cells = "".join(f"{t:9.2f} {s / max(t, 1e-9):8.1f}" for s, t in zip(sizes, seconds))
        growth = " ".join(f"{b / a:5.1f} ({y / x:g})" if a > 0.01 else "    - " for a, b, x, y
                          in zip(seconds, seconds[1:], sizes, sizes[1:]))
        print(f"{stage:<16}{cells}   {growth}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.5, 1, 2, 4, 8], help="sizes in MB")
    parser.add_argument("--kind", choices=KINDS, nargs="+", default=list(KINDS))
    parser.add_argument("--lines", type=float, default=1.0, help="size in MB of each single line (0: skip)")
    args = parser.parse_args()
    pipeline = Pipeline(STAGES)
    for kind in args.kind:
        rows = {size: time_stages(compilation(int(size * MB), kind), pipeline) for size in args.sizes}
        report(f"compilation of {kind} texts (seconds and MB/s per stage)", rows)
    if args.lines:
        for title, line in LINES.items():
            sizes = (args.lines / 2, args.lines)
            report(f"one line: {title}", {size: time_stages(line(int(size * MB)), pipeline) for size in sizes})


if __name__ == "__main__":
    main()
