"""`kg train-ner`: train a character-level HanLP NER model offline from gold facts and texts.

HanLP's pretrained Chinese NER models download from a server this project
cannot reach (and are licensed for research only), so the HanLP stage can use
a model trained here instead. Training data, character-level BIO:

* the sample texts, normalised like a build (Traditional/pinyin → Simplified),
  split into sentences, labelled by longest-match of every name in the gold
  files (people → PERSON; organisation, team and target aliases → ORG) and of
  the place table (→ LOC);
* optionally ``templates`` generated sentences (``kg/lexicon/ner_templates*.txt``):
  genre phrasing with random names, posts,
  organisations and places, so the model learns name shapes and contexts
  rather than the few names of the samples.

The model is HanLP's ``RNNNamedEntityRecognizer`` (BiLSTM, softmax: ``crf=False``
because the stock CRF is built wrongly and predicts nothing), trained on CPU
with one thread. Its folder loads with ``kg build --ner hanlp --hanlp-model DIR``.
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.extract.ner_hanlp import load_model, read_table, require_hanlp
from kg.extract.normalise import normalise_text
from kg.extract.structure import paragraphs, split_sentences
from kg.ingest.files import SUFFIXES, read_document

# Chinese ordinals for {NUM} in team names (第三巡察组).
ORDINALS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五".split()
# Dates for {DATE}: context only, labelled O (DATE mentions come from the rules).
DATE_FORMS = ("{y}年{m}月{d}日", "{m}月{d}日", "{y}年{m}月", "近日")
SLOT = re.compile(r"\{(PER|ORG|LOC|POST|NUM|DATE)(?::([^}]*))?\}")
# Given names: one character in this share of names, else two.
ONE_CHAR_GIVEN = 0.3
# Share of the labelled sentences held out to report precision/recall/F1.
DEV_SHARE = 0.1

Sentence = list[tuple[str, str]]  # (character, BIO tag)


@dataclass
class Scores:
    """Span-level precision, recall and F1 of predicted entities against gold ones."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_label: dict[str, "Scores"] = field(default_factory=dict)

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        for label in {x[2] for x in gold | pred}:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            s = self.by_label.setdefault(label, Scores())
            s.tp += len(g & p)
            s.fp += len(p - g)
            s.fn += len(g - p)
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<8} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


@dataclass
class TrainReport:
    """What `kg train-ner` trained on and how well the saved model does on the held-out sentences."""

    model_dir: Path
    train_sentences: int
    dev_sentences: int
    dev: Scores  # all held-out sentences
    dev_texts: Scores  # the held-out sentences of the texts (template sentences are easier)

    def lines(self) -> list[str]:
        out = [f"trained on {self.train_sentences} sentences, scored on {self.dev_sentences} held out",
               self.dev.line("all"), *(s.line(label) for label, s in sorted(self.dev.by_label.items())),
               "held-out sentences of the texts only:", self.dev_texts.line("all"),
               *(s.line(label) for label, s in sorted(self.dev_texts.by_label.items()))]
        out.append(f"saved model to {self.model_dir} (use: kg build --ner hanlp --hanlp-model {self.model_dir})")
        return out


# ---- labelling gold texts -------------------------------------------------

def gold_names(gold_files: Iterable[Path]) -> dict[str, str]:
    """Every name in the gold files with its label: people → PERSON; organisations, teams, targets → ORG."""
    names: dict[str, str] = {}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for team in gold.get("teams", []):
            names.update((a, "ORG") for a in team.get("aliases", []))
        for key in ("inspections", "feedback"):
            for item in gold.get(key, []):
                names.update((a, "ORG") for a in item.get("target_aliases", []))
        for person in gold.get("people", []):
            names.update((a, "ORG") for a in person.get("org_aliases") or [])
        for person in gold.get("people", []):  # a person's name wins over an identical alias
            names[person["name"]] = "PERSON"
    return names


def label_text(text: str, names: dict[str, str]) -> list[str]:
    """BIO tags for ``text``: longest names first, never over an already labelled character."""
    tags = ["O"] * len(text)
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if all(t == "O" for t in tags[m.start():m.end()]):
                tags[m.start()] = f"B-{names[name]}"
                tags[m.start() + 1:m.end()] = [f"I-{names[name]}"] * (m.end() - m.start() - 1)
    return tags


def corpus_sentences(corpus_dir: Path, gold_dir: Path) -> list[Sentence]:
    """The texts that have a gold file, normalised, split into sentences and labelled from all the gold names."""
    gold_files = sorted(gold_dir.glob("*.gold.json"))
    if not gold_files:
        raise KgError(f"no NAME.gold.json files in {gold_dir}")
    names = {place: "LOC" for place in read_table("ner_templates_places.txt")}
    names.update(gold_names(gold_files))
    sentences: list[Sentence] = []
    for gold in gold_files:
        stem = gold.name[: -len(".gold.json")]
        paths = [p for p in (corpus_dir / f"{stem}{suffix}" for suffix in sorted(SUFFIXES)) if p.is_file()]
        if not paths:
            raise KgError(f"{gold}: no text {stem}.txt (or .html …) for it in {corpus_dir}")
        text, _offsets, _script = normalise_text(read_document(paths[0]).original)
        tags = label_text(text, names)
        for para in paragraphs(text):
            for s, e in split_sentences(text, para.start, para.end):
                sentences.append(_strip_spaces(list(zip(text[s:e], tags[s:e]))))
    return [s for s in sentences if s]


def _strip_spaces(sentence: Sentence) -> Sentence:
    """Drop whitespace characters: the stage does not feed them to the model either."""
    return [(c, t) for c, t in sentence if not c.isspace()]


# ---- generated sentences --------------------------------------------------

class TemplateGenerator:
    """Fills the sentence templates with random names, organisations, places and posts."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.templates = read_table("ner_templates.txt")
        self.surnames = read_table("ner_templates_surnames.txt")
        self.given = read_table("ner_templates_given.txt")
        self.places = read_table("ner_templates_places.txt")
        self.orgs = read_table("ner_templates_orgs.txt")
        self.posts = read_table("ner_templates_posts.txt")

    def person(self) -> str:
        n = 1 if self.rng.random() < ONE_CHAR_GIVEN else 2
        return self.rng.choice(self.surnames) + "".join(self.rng.choice(self.given) for _ in range(n))

    def organisation(self) -> str:
        form = self.rng.choice(self.orgs)
        return form.replace("{LOC}", self.rng.choice(self.places)).replace("{NUM}", self.rng.choice(ORDINALS))

    def date(self) -> str:
        form = self.rng.choice(DATE_FORMS)
        return form.format(y=self.rng.randint(2015, 2025), m=self.rng.randint(1, 12), d=self.rng.randint(1, 28))

    def fill(self, slot: str, arg: str | None) -> tuple[str, str | None]:
        """The text for one slot and its entity label (None: not an entity)."""
        if slot == "PER":
            return self.person(), "PERSON"
        if slot == "ORG":
            return self.organisation(), "ORG"
        if slot == "LOC":
            return self.rng.choice(self.places) + (arg or ""), "LOC"
        if slot == "POST":
            return self.rng.choice(self.posts), None
        if slot == "NUM":
            return self.rng.choice(ORDINALS), None
        return self.date(), None

    def sentence(self) -> Sentence:
        template = self.rng.choice(self.templates)
        out: Sentence = []
        cursor = 0
        for m in SLOT.finditer(template):
            out += [(c, "O") for c in template[cursor:m.start()]]
            value, label = self.fill(m.group(1), m.group(2))
            out += [(c, "O" if label is None else f"{'B' if i == 0 else 'I'}-{label}") for i, c in enumerate(value)]
            cursor = m.end()
        out += [(c, "O") for c in template[cursor:]]
        return _strip_spaces(out)


# ---- training ---------------------------------------------------------------

def write_tsv(sentences: Sequence[Sentence], path: Path) -> Path:
    """HanLP's tagging TSV: one ``char<TAB>tag`` a line, a blank line after each sentence."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for sentence in sentences:
            f.writelines(f"{c}\t{t}\n" for c, t in sentence)
            f.write("\n")
    return path


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """``(start, end, label)`` entity spans of a BIO tag sequence (an I- without its B- starts a span)."""
    out: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            out.add((start, i, label))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return out


def evaluate(model: object, sentences: Sequence[Sentence]) -> Scores:
    """Span P/R/F1 of ``model`` (a loaded HanLP NER component) on labelled sentences."""
    scores = Scores()
    predictions = model.predict([[c for c, _ in s] for s in sentences])  # type: ignore[attr-defined]
    for sentence, predicted in zip(sentences, predictions):
        gold = spans([t for _, t in sentence])
        scores.add(gold, {(b, e, label) for _text, label, b, e in predicted})
    return scores


@contextlib.contextmanager
def silenced() -> Iterator[None]:
    """Console output off at the file-descriptor level: HanLP's progress lines hold on to the original streams.

    Its messages still go to ``out_dir/train.log``.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def held_out(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """A DEV_SHARE of the sentences (at least one, if any) to score on, and the rest to train on."""
    n = max(1, int(len(sentences) * DEV_SHARE)) if sentences else 0
    return sentences[:n], sentences[n:]


def train_ner(gold_dir: Path, corpus_dir: Path, out_dir: Path, templates: int = 0, epochs: int = 10,
              seed: int = 1, quiet: bool = False) -> TrainReport:
    """Build the training data, train and save the model in ``out_dir``, report dev scores (also printed)."""
    gold_dir, corpus_dir, out_dir = Path(gold_dir), Path(corpus_dir), Path(out_dir)
    if epochs < 1:
        raise KgError("--epochs must be at least 1")
    require_hanlp()
    rng = random.Random(seed)
    texts = corpus_sentences(corpus_dir, gold_dir)
    rng.shuffle(texts)
    generator = TemplateGenerator(rng)
    generated = [generator.sentence() for _ in range(max(templates, 0))]
    dev_texts, train_texts = held_out(texts)
    dev_generated, train_generated = held_out(generated)
    train, dev = train_texts + train_generated, dev_texts + dev_generated
    rng.shuffle(train)
    data = out_dir / "data"
    train_tsv, dev_tsv = write_tsv(train, data / "train.tsv"), write_tsv(dev, data / "dev.tsv")

    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    torch.set_num_threads(1)
    with silenced() if quiet else contextlib.nullcontext():
        RNNNamedEntityRecognizer().fit(str(train_tsv), str(dev_tsv), str(out_dir), epochs=epochs, embed=64,
                                       rnn_hidden=128, batch_size=32, lr=0.005, crf=False, tagging_scheme="BIO",
                                       devices=-1, seed=seed)
        model = load_model(str(out_dir))
        report = TrainReport(out_dir, len(train), len(dev), evaluate(model, dev), evaluate(model, dev_texts))
    if not quiet:
        print("\n".join(report.lines()))
    return report
