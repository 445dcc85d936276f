"""kg train-ner: BIO data from gold files, texts and templates; a trained model finds unseen people."""
from __future__ import annotations

import contextlib
import io
import random
import shutil
from pathlib import Path

import pytest

from kg.build.builder import extract_documents
from kg.cli import main
from kg.errors import KgError
from kg.extract.ner_hanlp import read_table
from kg.extract.pipeline import Pipeline
from kg.extract.train_ner import (TemplateGenerator, corpus_sentences, gold_names, label_text, spans, write_tsv)
from kg.ingest.document import Document

# The project's held-out genre set (tests/genre): 25 texts with gold in the shared schema, in the repository.
GENRE = Path(__file__).resolve().parent / "genre"
GOLD, CORPUS = GENRE / "gold", GENRE / "corpus"
# Sentences of the genre with people the training data never contains.
UNSEEN = {"组长李建华指出，要切实抓好巡察整改。": {"李建华"}, "市委书记张伟主持会议。": {"张伟"}}


def tagged(sentence: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """(entity text, label) pairs of a labelled sentence."""
    chars = "".join(c for c, _ in sentence)
    return {(chars[b:e], label) for b, e, label in spans([t for _, t in sentence])}


def test_gold_names_labels_people_and_every_kind_of_organisation_alias():
    names = gold_names([GOLD / "g02_province_city.gold.json"])
    assert names["周立群"] == names["黄文斌"] == names["郑凯"] == "PERSON"
    assert names["省委第五巡视组"] == names["省委巡视组"] == names["巡视组"] == "ORG"  # team aliases
    assert names["宜昌市委"] == "ORG"  # target alias
    assert names["省委巡视办"] == "ORG"  # a person's organisation, nowhere else in the gold


def test_label_text_prefers_the_longest_name_and_never_overlaps():
    names = {"市委": "ORG", "市委第四巡察组": "ORG", "方海生": "PERSON"}
    text = "市委第四巡察组副组长方海生传达了市委书记的讲话"
    tags = label_text(text, names)
    found = {(text[b:e], label) for b, e, label in spans(tags)}
    assert found == {("市委第四巡察组", "ORG"), ("方海生", "PERSON"), ("市委", "ORG")}


def test_spans_reads_bio_including_a_stray_inside_tag():
    assert spans(["B-PERSON", "I-PERSON", "O", "I-ORG", "I-ORG", "B-LOC"]) == {
        (0, 2, "PERSON"), (3, 5, "ORG"), (5, 6, "LOC")}


def test_corpus_sentences_are_normalised_so_traditional_names_match_the_gold():
    sentences = corpus_sentences(CORPUS, GOLD)
    found = set().union(*(tagged(s) for s in sentences))
    assert ("方志强", "PERSON") in found and ("省委第四巡视组", "ORG") in found  # 方志強, 省委第四巡視組 in g17
    assert ("宋建国", "PERSON") in found and ("城南街道党工委", "ORG") in found  # Traditional with pinyin in g19
    assert ("雷振华", "PERSON") in found  # in the HTML page g20, read like a build
    assert not any(c.isspace() for s in sentences for c, _ in s)


def test_missing_gold_or_text_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no NAME.gold.json"):
        corpus_sentences(CORPUS, tmp_path)
    shutil.copy(GOLD / "g02_province_city.gold.json", tmp_path)
    with pytest.raises(KgError, match="no text g02_province_city.txt"):
        corpus_sentences(tmp_path, tmp_path)


def test_templates_fill_names_from_the_tables_and_label_them():
    surnames = set(read_table("ner_templates_surnames.txt"))
    posts = set(read_table("ner_templates_posts.txt"))
    generator = TemplateGenerator(random.Random(7))
    sentences = [generator.sentence() for _ in range(300)]
    entities = set().union(*(tagged(s) for s in sentences))
    people = {text for text, label in entities if label == "PERSON"}
    assert len(people) > 100
    assert all(p[0] in surnames or p[:2] in surnames for p in people)
    assert {label for _, label in entities} == {"PERSON", "ORG", "LOC"}
    assert not any(text in posts for text, _ in entities)  # posts are context, not entities
    assert not any("{" in c for s in sentences for c, _ in s)


def test_write_tsv_is_hanlps_tagging_format(tmp_path):
    path = write_tsv([[("张", "B-PERSON"), ("伟", "I-PERSON")], [("好", "O")]], tmp_path / "x.tsv")
    assert path.read_text(encoding="utf-8") == "张\tB-PERSON\n伟\tI-PERSON\n\n好\tO\n\n"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> tuple[Path, str]:
    """A small model trained through the CLI from the genre set plus template sentences; its printed report."""
    out = tmp_path_factory.mktemp("ner") / "model"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        code = main(["train-ner", "--gold", str(GOLD), "--corpus", str(CORPUS), "--out", str(out),
                     "--templates", "1500", "--epochs", "5"])
    assert code == 0
    return out, printed.getvalue()


def training_text(model: Path) -> str:
    """The characters of the model's training sentences, one sentence a line."""
    lines = (model / "data" / "train.tsv").read_text(encoding="utf-8").split("\n")
    return "".join(line.split("\t")[0] if line else "\n" for line in lines)


def people_found(stage_config: dict, text: str) -> set[str]:
    pipeline = Pipeline(["normalise", "structure", "mentions.hanlp"], {"mentions.hanlp": stage_config})
    doc = pipeline(Document(id="unseen", original=text))
    return {m.text for m in doc.mentions if m.label == "PERSON" and m.source == "hanlp"}


@pytest.mark.slow
@pytest.mark.hanlp
def test_trained_model_finds_people_it_never_saw(model_dir):
    out, report = model_dir
    assert "PERSON" in report and "F1" in report and f"--hanlp-model {out}" in report
    for sentence, people in UNSEEN.items():
        assert not any(p in training_text(out) for p in people)
        assert people_found({"model": str(out)}, sentence) == people


# A feedback report with rare surnames (芮, 訾) next to common ones; none of these people is in the training data.
UNSEEN_REPORT = """市委第二巡察组向市教育局党组反馈巡察情况
近日，市委第二巡察组向市教育局党组反馈巡察情况。巡察组组长欧阳明辉主持会议，市教育局党组书记、局长芮长春作表态发言。
欧阳明辉指出，市教育局党组要切实扛起整改主体责任。芮长春表示，坚决抓好反馈问题整改落实。
副组长訾晓东，市委巡察办副主任栾红霞出席会议。
"""


@pytest.mark.slow
@pytest.mark.hanlp
def test_a_build_with_the_model_finds_every_person_of_an_unseen_report(model_dir, tmp_path):
    people = {"欧阳明辉", "芮长春", "訾晓东", "栾红霞"}
    assert not any(p in training_text(model_dir[0]) for p in people)
    path = tmp_path / "report.txt"
    path.write_text(UNSEEN_REPORT, encoding="utf-8")
    report = extract_documents([path], ner="hanlp", hanlp_model=str(model_dir[0]))
    assert {p.name for p in report.documents[0].facts.people} == people


@pytest.mark.slow
@pytest.mark.hanlp
@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_pretrained_name_loads_from_hanlp_home_when_present(model_dir, tmp_path, monkeypatch, form):
    from hanlp.pretrained.ner import MSRA_NER_ELECTRA_SMALL_ZH
    from hanlp.utils.io_util import path_from_url

    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    archive = Path(path_from_url(MSRA_NER_ELECTRA_SMALL_ZH, str(tmp_path)))
    folder = archive.with_suffix("")
    shutil.copytree(model_dir[0], folder, ignore=shutil.ignore_patterns("data"))  # stands in for the download
    if form == "zip":  # downloaded but not unpacked yet: unpacked on first use, without network
        shutil.make_archive(str(folder), "zip", folder)
        shutil.rmtree(folder)
    sentence, people = next(iter(UNSEEN.items()))
    assert people_found({"model": "MSRA_NER_ELECTRA_SMALL_ZH"}, sentence) == people
