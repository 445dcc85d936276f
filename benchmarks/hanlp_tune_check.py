"""Rules alone or rules plus the HanLP stage, on real pages the model never saw.

Trains a model with `kg train-ner` on the `tune` part of ../shared/real only (its gold and texts copied to
temporary folders, so nothing of `check` reaches the training data), builds the `check` pages with rules
only and with rules + that model, and scores both graphs on `check` with `kg eval`'s measures (the same
figures as ../shared/tools/score.py --part check). Prints the two tables side by side and which wins.

    .venv/bin/python benchmarks/hanlp_tune_check.py [--templates 0] [--epochs 10]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build.builder import build  # noqa: E402
from kg.evaluation import FACT_TYPES, VALUE_TYPES, Evaluation, evaluate_graph, read_split  # noqa: E402
from kg.extract.train_ner import train_ner  # noqa: E402

REAL = ROOT.parent / "shared" / "real"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--templates", type=int, default=0, help="template sentences added to the training data")
    ap.add_argument("--epochs", type=int, default=10)
    a = ap.parse_args()
    if not REAL.is_dir():
        sys.exit(f"needs {REAL} (real pages with gold and SPLIT.tsv)")
    split = read_split(REAL)
    with tempfile.TemporaryDirectory(prefix="hanlp-tune-check-") as tmp:
        work = Path(tmp)
        gold, corpus, check = work / "tune-gold", work / "tune-text", work / "check-text"
        for folder in (gold, corpus, check):
            folder.mkdir()
        for doc in sorted(split["tune"]):
            shutil.copy(REAL / f"{doc}.gold.json", gold)
            shutil.copy(REAL / f"{doc}.txt", corpus)
        for doc in sorted(split["check"]):
            shutil.copy(REAL / f"{doc}.txt", check)
        train_ner(gold, corpus, work / "model", templates=a.templates, epochs=a.epochs, quiet=True)
        results = {}
        for mode in ("rules", "hanlp"):
            out = work / mode
            build([check], out_dir=out, ner=mode, hanlp_model=str(work / "model") if mode == "hanlp" else None,
                  view=False, store=False)
            results[mode] = evaluate_graph(REAL, out, "check")
    print(side_by_side(results["rules"], results["hanlp"]))
    rules, hanlp = results["rules"].score, results["hanlp"].score
    print("rules + HanLP win" if hanlp > rules else "rules alone win" if rules > hanlp else "a tie")
    return 0


def side_by_side(rules: Evaluation, hanlp: Evaluation) -> str:
    """One line per measure: F1 (or accuracy) with rules alone and with rules + HanLP."""
    lines = [f"{'check (' + str(len(rules.documents)) + ' pages)':<20} {'rules':>7} {'+HanLP':>7}"]
    for name in FACT_TYPES:
        lines.append(f"{name:<20} {_cell(rules.counts[name].f1)} {_cell(hanlp.counts[name].f1)}   F1")
    for name in VALUE_TYPES:
        lines.append(f"{name:<20} {_cell(rules.accuracies[name].value)} {_cell(hanlp.accuracies[name].value)}   acc")
    lines.append(f"{'score':<20} {_cell(rules.score)} {_cell(hanlp.score)}")
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "    n/a" if value is None else f"{value:7.3f}"


if __name__ == "__main__":
    sys.exit(main())
