"""Leave-one-out: does the trained HanLP stage add to the rules on a document it never saw?

For each of the five sample documents: train a model with `kg train-ner` on
the other four (gold + texts + template sentences), build the held-out
document with rules only and with rules + the HanLP stage, and score both
graphs with ../shared/tools/score.py against the held-out gold; also list the
PERSON names the model alone (no rules) finds in the held-out text against the
gold people. Then: score the five held-out graphs of each kind together; list
the people both builds find in a short report outside the samples (rare
surnames the rules were not tuned on; no gold file); and measure extraction
throughput (pipeline only: model loading and RDF writing excluded) of both
pipelines over all five documents.

    .venv/bin/python benchmarks/ner_loo.py [--templates 3000] [--epochs 10] [--detail]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build.builder import build, extract_documents  # noqa: E402
from kg.extract.pipeline import Pipeline, pipeline_for  # noqa: E402
from kg.extract.train_ner import train_ner  # noqa: E402
from kg.ingest.files import read_document  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD, CORPUS, SCORER = SHARED / "gold", SHARED / "corpus", SHARED / "tools" / "score.py"
MODES = ("rules", "hanlp")
# A feedback report outside the samples, with rare surnames (芮, 訾) next to common ones.
OUTSIDE_REPORT = """市委第二巡察组向市教育局党组反馈巡察情况
近日，市委第二巡察组向市教育局党组反馈巡察情况。巡察组组长欧阳明辉主持会议，市教育局党组书记、局长芮长春作表态发言。
欧阳明辉指出，市教育局党组要切实扛起整改主体责任。芮长春表示，坚决抓好反馈问题整改落实。
副组长訾晓东，市委巡察办副主任栾红霞出席会议。
"""


def score(graphs: list[Path], gold_dir: Path, detail: bool) -> str:
    cmd = [sys.executable, str(SCORER), *map(str, graphs), "--gold", str(gold_dir)] + (["--detail"] if detail else [])
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.rstrip()


def model_people(path: Path, model: Path, gold: Path) -> str:
    """Names the model alone tags PERSON in the text, scored against the gold people (distinct names)."""
    with contextlib.redirect_stderr(io.StringIO()):
        pipeline = Pipeline(["normalise", "structure", "mentions.hanlp"], {"mentions.hanlp": {"model": str(model)}})
    doc = pipeline(read_document(path))
    found = {m.text for m in doc.mentions if m.label == "PERSON"}
    people = {p["name"] for p in json.loads(gold.read_text(encoding="utf-8"))["people"]}
    hits = found & people
    return (f"model alone, people: found {len(found)}, gold {len(people)}, correct {len(hits)}; "
            f"missed {sorted(people - found)}; extra {sorted(found - people)}")


def throughput(paths: list[Path], pipeline: Pipeline, repeat: int) -> float:
    """MB/s of the pipeline over the files (UTF-8 size of the files), best of ``repeat`` runs."""
    size = sum(p.stat().st_size for p in paths) / 1e6
    best = float("inf")
    for _ in range(repeat):
        docs = [read_document(p) for p in paths]
        t0 = time.perf_counter()
        for doc in docs:
            pipeline(doc)
        best = min(best, time.perf_counter() - t0)
    return size / best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--templates", type=int, default=3000, help="template sentences added to each fold's training")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3, help="throughput runs (best is reported)")
    ap.add_argument("--detail", action="store_true", help="print the scorer's misses and extras")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ner_loo."))
    texts = sorted(CORPUS.glob("*.txt"))
    graphs: dict[str, list[Path]] = {m: [] for m in MODES}
    last_model = None
    try:
        for held in texts:
            fold = work / held.stem
            gold_dir, held_gold = fold / "gold", fold / "held_gold"
            gold_dir.mkdir(parents=True)
            held_gold.mkdir()
            for g in GOLD.glob("*.gold.json"):
                shutil.copy(g, (held_gold if g.name == f"{held.stem}.gold.json" else gold_dir) / g.name)
            t0 = time.perf_counter()
            with contextlib.redirect_stderr(io.StringIO()):
                report = train_ner(gold_dir, CORPUS, fold / "model", templates=args.templates, epochs=args.epochs,
                                   quiet=True)
            print(f"=== fold {held.stem}: trained in {time.perf_counter() - t0:.0f} s on "
                  f"{report.train_sentences} sentences; dev, text sentences: {report.dev_texts.line('all')}")
            for mode in MODES:
                out = fold / mode
                with contextlib.redirect_stderr(io.StringIO()):
                    build([held], out_dir=out, ner=mode, hanlp_model=str(fold / "model"), view=False, store=False)
                graphs[mode].append(out / "graph.ttl")
                print(f"--- {held.stem} {mode}")
                print(score([out / "graph.ttl"], held_gold, args.detail))
            print(model_people(held, fold / "model", held_gold / f"{held.stem}.gold.json"))
            last_model = fold / "model"
        for mode in MODES:
            print(f"=== all five held-out documents, {mode}")
            print(score(graphs[mode], GOLD, detail=False))
        outside = work / "outside.txt"
        outside.write_text(OUTSIDE_REPORT, encoding="utf-8")
        print("=== people in a report outside the samples (the HanLP model is the last fold's)")
        for mode in MODES:
            with contextlib.redirect_stderr(io.StringIO()):
                report = extract_documents([outside], ner=mode, hanlp_model=str(last_model))
            print(f"{mode:<6} {sorted(p.name for p in report.documents[0].facts.people)}")
        print("=== extraction throughput, all five documents (pipeline only; best of "
              f"{args.repeat}; the HanLP model is the last fold's)")
        for mode in MODES:
            config = {"mentions.hanlp": {"model": str(last_model)}} if mode == "hanlp" else {}
            t0 = time.perf_counter()
            with contextlib.redirect_stderr(io.StringIO()):
                pipeline = Pipeline(pipeline_for(mode), config)
            load = time.perf_counter() - t0
            print(f"{mode:<6} {throughput(texts, pipeline, args.repeat):.3f} MB/s  (pipeline set-up {load:.2f} s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
