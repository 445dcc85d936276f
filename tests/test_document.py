"""The Document model: sentence lookup and evidence that quotes the original text."""
from __future__ import annotations

from kg.extract.pipeline import Pipeline
from kg.ingest.document import EVIDENCE_REACH, Document, OffsetMap


def _doc(original: str) -> Document:
    return Pipeline(["normalise", "structure"])(Document(id="t", original=original))


def test_offset_map_composes_into_the_original():
    outer = OffsetMap([0, 2, 3, 4])  # original "a_bc" lost its "_"
    inner = OffsetMap([1, 2, 3])  # then the first char went too
    assert list(outer.compose(inner).positions) == [2, 3, 4]
    assert outer.to_original(0, 2) == (0, 3)


def test_sentence_at_finds_the_enclosing_sentence_and_nothing_between():
    doc = _doc("第一句话。第二句话！\n\n第三句话")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts == ["第一句话。", "第二句话!", "第三句话"]
    second = doc.sentence_at(doc.text.index("第二"))
    assert second is not None and doc.text[second.start:second.end] == "第二句话!"
    assert doc.sentence_at(doc.text.index("\n")) is None


def test_evidence_quotes_the_traditional_original_with_its_pinyin():
    original = "前言。組長李明(míng)向縣委反饋巡察情況。後記。"
    doc = _doc(original)
    start = doc.text.index("李明")
    ev = doc.evidence(start, start + 2)
    assert ev.text == "組長李明(míng)向縣委反饋巡察情況。"
    assert original[ev.start:ev.end] == ev.text


def test_evidence_of_a_sentence_without_end_is_bounded():
    original = "巡察组" * 5000
    doc = _doc(original)
    ev = doc.evidence(6000, 6003)
    assert ev.end - ev.start <= 2 * EVIDENCE_REACH + 3
    assert ev.start <= 6000 and ev.end >= 6003
    assert original[ev.start:ev.end] == ev.text


def test_evidence_without_an_offset_map_uses_the_text_itself():
    doc = Document(id="t", original="甲。乙丙。", text="甲。乙丙。")
    ev = doc.evidence(2, 3)
    assert (ev.start, ev.end, ev.text) == (2, 3, "乙")
