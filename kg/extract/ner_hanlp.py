"""Mention stage ``mentions.hanlp``: named entities from a HanLP model, merged under the rule mentions.

The model is loaded once, in the stage factory, from a local folder (one
written by ``kg train-ner``) or by a HanLP pretrained name
(``MSRA_NER_ELECTRA_SMALL_ZH``) already present under ``$HANLP_HOME``
(default ``~/.hanlp``). Nothing is downloaded: a named model that is not there
fails at once with a :class:`~kg.errors.KgError` saying where to put it,
instead of HanLP's 25-second retry loop. hanlp and torch are imported only in
the factory, so builds without ``--ner hanlp`` never load them.

Each sentence is fed as a list of characters (whitespace left out); the
model's token indices are mapped back to offsets in ``doc.text``. Tag sets
(MSRA's NR/NS/NT, OntoNotes' PERSON/GPE/ORG, …) map to PERSON, ORG, LOC and
DATE via :data:`LABELS`; other labels are ignored.

Precedence (this stage runs after ``mentions.rules``):

1. A rule mention wins on any overlap: a model span that overlaps a rule
   mention of any label (a post, team, organisation, person, date) is dropped.
   Rules are precise where they fire; the model only adds what they missed.
2. A kept model mention gets ``source="hanlp"`` and
   ``attrs={"needs_context": True, "model": NAME}``: nothing but the model
   supports it, so the relation stage makes a Person of a model PERSON only
   with supporting context (a post next to it, a 同志, a list of named leaders).
3. A model mention must have the shape of its label, else it is the model's
   noise and dropped: a PERSON is 2–4 Han characters starting with a surname
   of ``kg/lexicon/ner_templates_surnames.txt``, not with a word the rules know
   is no name (``kg/lexicon/nonnames.txt``: 关于, 严格 …), and not ending like
   a place or a body (:data:`NOT_NAME_FINAL`); an ORG ends with one of
   :data:`ORG_ENDINGS`; every span is at least 2 characters.
"""
from __future__ import annotations

import bisect
import importlib.util
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KgError, given, setting
from kg.extract.mentions import NONNAME
from kg.extract.pipeline import Stage, stage_factory
from kg.ingest.document import Document, Mention

# Model tag → mention label. MSRA (NR/NS/NT and the long forms of HanLP's MSRA
# models), OntoNotes (PERSON/GPE/LOC/ORG/DATE), and the labels kg train-ner uses.
LABELS: dict[str, str] = {
    "NR": "PERSON", "PERSON": "PERSON", "PER": "PERSON",
    "NT": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
    "NS": "LOC", "LOCATION": "LOC", "LOC": "LOC", "GPE": "LOC",
    "DATE": "DATE",
}
# What a person's name looks like: 2-4 Han characters (surname + given name).
PERSON_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
# Last characters of organisation names: 委 (市委, 党工委), 局, 组 (巡察组, 党组), 办, 部, 院, 会, 府 (政府),
# 厅, 司 (公司), 室, 所, 队, 站, 社, 校, 处, 馆, 心 (中心), 班 (专班), 团 (集团), 行 (银行), 署, 庭,
# and the places that stand for their governments as inspection targets (镇, 区, 县, 市, 村, 道 of 街道).
ORG_ENDINGS = frozenset("委局组办部院会府厅司室所队站社校处馆心班团行署庭镇区县市村道")
# Last characters no given name has: they end places and bodies (卫滨区 is a district, not a 卫 person).
NOT_NAME_FINAL = frozenset("省市县区镇乡村委局组办部厅府")
# Sentences per model call.
BATCH_SIZE = 64

Token = tuple[str, int]  # (token text, its offset in doc.text)
Predictor = Callable[[list[list[str]]], list[list[tuple[str, str, int, int]]]]


def read_table(name: str) -> list[str]:
    """A lexicon data file's entries: one a line, ``#`` comments and blank lines skipped, duplicates dropped."""
    text = (resources.files("kg") / "lexicon" / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(read_table("ner_templates_surnames.txt"))


def plausible(label: str, text: str) -> bool:
    """The span has the shape of its label (policy 3 of the module docstring)."""
    if len(text) < 2:
        return False
    if label == "PERSON":
        return (bool(PERSON_NAME.fullmatch(text)) and (text[0] in surnames() or text[:2] in surnames())
                and text[-1] not in NOT_NAME_FINAL and not NONNAME.match(text))
    if label == "ORG":
        return text[-1] in ORG_ENDINGS
    return True


def hanlp_home() -> Path:
    """Where HanLP keeps downloaded models: ``$HANLP_HOME`` or ``~/.hanlp`` (read now, not at import)."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def missing_model_message(name: str, expected: Path, url: str) -> str:
    return (f"HanLP model {name} is not installed: looked for {expected} (HANLP_HOME={hanlp_home()}). "
            f"Nothing is downloaded at build time: on a connected machine fetch {url} and put it, unpacked or as "
            f"the .zip, in {expected.parent} (or set HANLP_HOME); or pass {setting('hanlp_model')} a local model "
            f"folder; or train one with `kg train-ner --gold DIR --corpus DIR --out MODEL_DIR`; "
            f"or build without {given('ner', 'hanlp')} (rules only).")


def require_hanlp() -> None:
    """KgError unless HanLP and torch, the optional ``hanlp`` extra, are installed (checked without importing)."""
    missing = [name for name in ("hanlp", "torch") if importlib.util.find_spec(name) is None]
    if missing:
        raise KgError(f"HanLP NER needs the optional HanLP dependencies ({', '.join(missing)} missing): "
                      f"pip install 'xunshi-kg[hanlp]', or build without {given('ner', 'hanlp')} (rules only)")


def resolve_model(name: str) -> str:
    """The local model folder for a path or a HanLP pretrained name; KgError when it is not here.

    Mirrors HanLP's ``get_resource``: name → URL (``hanlp.pretrained.ALL``) →
    ``$HANLP_HOME/<path of the URL>``, unpacked already, or a .zip that HanLP
    unpacks there now (no download).
    """
    require_hanlp()
    if Path(name).exists():
        return str(Path(name))
    import hanlp.pretrained
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    url = hanlp.pretrained.ALL.get(name)
    if url is None:
        if os.sep in name or name.startswith("."):
            raise KgError(f"HanLP model folder {name} does not exist (train one with `kg train-ner`)")
        raise KgError(f"unknown HanLP model {name!r}: neither a folder nor a name in hanlp.pretrained "
                      f"(e.g. MSRA_NER_ELECTRA_SMALL_ZH); or train one with `kg train-ner`")
    url, _, anchor = url.partition("#")
    archive = Path(path_from_url(url, str(hanlp_home())))
    folder, compressed = split_if_compressed(str(archive))
    expected = Path(folder) / anchor.lstrip("/") if anchor else Path(folder)
    if expected.exists():
        return str(expected)
    if compressed and archive.is_file():
        from hanlp.utils.io_util import get_resource

        with offline(name):
            return get_resource(hanlp.pretrained.ALL[name], save_dir=str(hanlp_home()))
    raise KgError(missing_model_message(name, Path(folder), url))


@contextmanager
def offline(name: str) -> Iterator[None]:
    """While loading ``name``, nothing goes to the network: a download fails at once with a KgError.

    Patches HanLP's downloader and its PyPI version check (made when a load
    fails), and sets Hugging Face's offline switches for transformer weights.
    """
    import hanlp.utils.component_util as component_util
    import hanlp.utils.io_util as io_util

    def refuse_download(url: str, save_path: str | None = None, *args: Any, **kwargs: Any) -> str:
        where = Path(save_path or io_util.path_from_url(url, str(hanlp_home())))
        raise KgError(missing_model_message(f"{name} (resource {url})", where.with_suffix(""), url))

    def refuse_version_check(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("offline: no PyPI version check")

    patches = [(io_util, "download", refuse_download),
               (component_util, "get_latest_info_from_pypi", refuse_version_check)]
    saved = [(module, attr, getattr(module, attr)) for module, attr, _ in patches]
    saved_env = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    for module, attr, fn in patches:
        setattr(module, attr, fn)
    os.environ.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    try:
        yield
    finally:
        for module, attr, fn in saved:
            setattr(module, attr, fn)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def load_model(name: str) -> Any:
    """The HanLP component for ``name`` (folder or pretrained name), on CPU with one thread, never downloading."""
    path = resolve_model(name)
    import hanlp
    import torch

    torch.set_num_threads(1)
    with offline(name):
        try:
            return hanlp.load(path, devices=-1, verbose=False)
        except KgError:
            raise
        except Exception as e:  # HanLP raises many kinds; the user needs the model and the reason
            cause = root_cause(e)
            if isinstance(cause, KgError):  # a missing resource the model depends on
                raise cause from None
            raise KgError(f"cannot load HanLP model {name} from {path}: {type(cause).__name__}: {cause}") from e


def root_cause(error: BaseException) -> BaseException:
    """The first error of a chain: HanLP's failure report can itself fail (pkg_resources) and hide it."""
    while error.__context__ is not None:
        error = error.__context__
    return error


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The sentence ``text[start:end]`` as character tokens with their offsets; whitespace left out."""
    return [(c, i) for i, c in enumerate(text[start:end], start) if not c.isspace()]


def model_mentions(doc: Document, predict: Predictor, model: str) -> list[Mention]:
    """Every entity the model finds in the document's sentences, as mentions with offsets in ``doc.text``."""
    sentences = [toks for s in doc.sentences if (toks := tokens(doc.text, s.start, s.end))]
    found: list[Mention] = []
    for i in range(0, len(sentences), BATCH_SIZE):
        batch = sentences[i:i + BATCH_SIZE]
        for toks, entities in zip(batch, predict([[t for t, _ in toks] for toks in batch])):
            for _text, tag, b, e in entities:
                label = LABELS.get(tag.upper())
                if label is None or not 0 <= b < e <= len(toks):
                    continue
                start, end = toks[b][1], toks[e - 1][1] + len(toks[e - 1][0])
                text = doc.text[start:end]
                if not plausible(label, text):
                    continue
                found.append(Mention(start, end, text, label, source="hanlp",
                                     attrs={"needs_context": True, "model": model}))
    return found


def merge(rule_mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """Rule mentions plus the model mentions that overlap none of them, in text order.

    Rule spans sorted by start with a running maximum of their ends: a model
    span overlaps one iff some rule span starting before its end ends after
    its start. O((n + m) log n), for documents with thousands of mentions.
    """
    spans = sorted((m.start, m.end) for m in rule_mentions)
    starts = [s for s, _ in spans]
    max_end = list(accumulate((e for _, e in spans), max))
    kept = []
    for m in found:
        i = bisect.bisect_left(starts, m.end)
        if i == 0 or max_end[i - 1] <= m.start:
            kept.append(m)
    return sorted(rule_mentions + kept, key=lambda m: (m.start, m.end))


@stage_factory("mentions.hanlp")
def hanlp_stage(model: str | None = None) -> Stage:
    """Load the model once; the stage adds its mentions to each document."""
    if not model:
        raise KgError(f"{given('ner', 'hanlp')} needs {setting('hanlp_model')}: a HanLP pretrained name "
                      f"present under {hanlp_home()}, or a folder from `kg train-ner`")
    component = load_model(model)
    label = Path(model).name if Path(model).exists() else model

    def mentions_hanlp(doc: Document) -> Document:
        rules = [m for m in doc.mentions if m.source != "hanlp"]
        doc.mentions = merge(rules, model_mentions(doc, component.predict, label))
        return doc

    return mentions_hanlp
