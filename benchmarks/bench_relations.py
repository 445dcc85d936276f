"""Time of mentions.rules, relations and resolve on pathological single lines, at growing sizes.

Usage:
    .venv/bin/python benchmarks/bench_relations.py [--sizes 0.25 0.5 1 2] [--only team]

Each input is one line without 。 that repeats one construction thousands of times, the way a page
saved without its punctuation or a long list reads: many team mentions in one sentence, names after
posts (组长张三、副组长李四、…), long 、-lists of targets or of people, inspections of and feedback to
thousands of different units, many dates in one sentence, and the bundled samples concatenated with
all punctuation stripped. Prints seconds per stage and
size, and each stage's growth from one size to the next (the size ratio in brackets: growing as
fast as the size is linear; its square is quadratic).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.ingest.document import Document  # noqa: E402

MB = 1024 * 1024
BEFORE = ("normalise", "structure")  # run first, not timed
STAGES = ("mentions.rules", "relations", "findings", "resolve")
TIMED = ("mentions.rules", "relations", "resolve")
GIVEN = "伟强明华军丽芳敏静涛"  # given names, combined two by two so that the names differ


def _names(n: int) -> list[str]:
    """``n`` different two- or three-character names."""
    surnames = "张王李赵刘陈杨黄周吴"
    return [surnames[i % 10] + GIVEN[(i // 10) % 10] + (GIVEN[i // 100 % 10] if i >= 100 else "") for i in range(n)]


# Characters of place names: a hundred, as varied as real names are (a name of ten characters abbreviates
# thousands of others, and resolve's check for an abbreviation reads every name ending alike).
PLACE_CHARS = "东西南北中上下前后新桃源石门清水河山林田湖柳杨李王家庄屯堡寨营沟坪坝岭峰岗湾洲港浦塘溪泉井桥园城关坡" \
              "平安宁康乐岔兴隆昌盛福寿永长青红白黄金玉龙凤鹤云霞春秋花草松柏竹梅兰菊星月光明天地民丰华岩峪滩渡亭阁"


def _place(i: int) -> str:
    """A different place name for each ``i`` (its digits, two by two, as characters), so that no two targets are one."""
    digits = f"{i:06d}"
    return "".join(PLACE_CHARS[int(digits[k:k + 2])] for k in range(0, 6, 2)) + "桥"


def _repeat(piece: str | Callable[[int], str], size: int, lead: str = "") -> str:
    """``lead``, then ``piece`` (or ``piece(i)`` for i = 0, 1, …) until about ``size`` UTF-8 bytes."""
    parts, total, i = [lead], len(lead.encode("utf-8")), 0
    while total < size:
        part = piece(i) if callable(piece) else piece
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


def _ordinal(i: int) -> str:
    return "一二三四五六七八九十"[i % 10]


def stripped_samples(size: int) -> str:
    """The bundled samples over and over, every punctuation mark and line break removed."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg" / "samples").glob("*.txt")))
    return _repeat(re.sub(r"[\W_]", "", text), size)


names = _names(1000)
# Single lines, each repeating one construction: name → text of about ``size`` bytes.
LINES: dict[str, Callable[[int], str]] = {
    "team mentions in one sentence": lambda size: _repeat("巡察组提出三点意见建议一是", size, lead="根据市委统一部署，"),
    "numbered teams in one sentence": lambda size: _repeat(lambda i: f"第{_ordinal(i)}巡察组对区委开展了巡察，", size,
                                                           lead="根据市委统一部署，"),
    "names after posts": lambda size: _repeat(lambda i: f"组长{names[i % 1000]}、副组长{names[(i + 7) % 1000]}、", size,
                                              lead="市委第一巡察组"),
    "、-list of targets": lambda size: _repeat(lambda i: f"{_place(i)}镇党委、", size, lead="市委巡察组对"),
    "inspections of different targets": lambda size: _repeat(lambda i: f"第{_ordinal(i)}巡察组对{_place(i)}镇党委开展了巡察，"
                                                             f"向{_place(i)}镇党委反馈了巡察情况，", size),
    "、-list of people": lambda size: _repeat(lambda i: f"{names[i % 1000]}、", size, lead="区委书记王小军、"),
    "dates in one sentence": lambda size: _repeat(lambda i: f"{i % 12 + 1}月{i % 28 + 1}日、", size,
                                                  lead="2023年巡察组向区委反馈"),
    "samples without punctuation": stripped_samples,
}


def time_stages(text: str, pipeline: Pipeline, before: Pipeline) -> dict[str, float]:
    """Seconds of each timed stage for one document holding ``text``."""
    doc = before(Document(id="bench", original=text))
    times: dict[str, float] = {}
    for name, stage in zip(pipeline.names, pipeline.stages):
        start = time.perf_counter()
        doc = stage(doc)
        times[name] = time.perf_counter() - start
    return {name: times[name] for name in TIMED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2], help="line sizes in MB")
    parser.add_argument("--only", nargs="*", default=[], help="only the lines whose title contains one of these")
    args = parser.parse_args()
    pipeline, before = Pipeline(STAGES), Pipeline(BEFORE)
    for title, line in LINES.items():
        if args.only and not any(word in title for word in args.only):
            continue
        rows = {size: time_stages(line(int(size * MB)), pipeline, before) for size in args.sizes}
        sizes = list(rows)
        print(f"\none line: {title}")
        print(f"{'stage':<16}" + "".join(f"{s:>9g} MB" for s in sizes) + "   growth per step (size ratio)")
        for stage in TIMED:
            seconds = [rows[s][stage] for s in sizes]
            growth = " ".join(f"{b / a:5.1f} ({y / x:g})" if a > 0.01 else "    - " for a, b, x, y
                              in zip(seconds, seconds[1:], sizes, sizes[1:]))
            print(f"{stage:<16}" + "".join(f"{t:11.2f}s" for t in seconds) + f"   {growth}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
