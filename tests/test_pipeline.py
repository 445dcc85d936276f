"""Stages registered by name and chained: rule and model stages swap without touching callers."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import DEFAULT_PIPELINE, Pipeline, get_factory, pipeline_for, stage, stage_factory
from kg.ingest.document import Document


def test_default_pipeline_runs_the_data_path_in_order():
    assert DEFAULT_PIPELINE == ("normalise", "structure", "mentions.rules", "relations", "findings", "repeats",
                                "resolve")
    doc = Pipeline()(Document(id="t", original="2021年3月1日至4月30日，市委第三巡察组对某某县委开展了常规巡察。"))
    assert [t.ordinal for t in doc.facts.teams] == [3]
    assert doc.facts.inspections and doc.facts.inspections[0].start == "2021-03-01"


def test_hanlp_option_adds_the_model_stage_right_after_the_rule_mentions():
    names = pipeline_for("hanlp")
    assert names.index("mentions.hanlp") == names.index("mentions.rules") + 1
    assert set(names) - {"mentions.hanlp"} == set(DEFAULT_PIPELINE)
    with pytest.raises(ValueError, match="unknown NER option"):
        pipeline_for("spacy")


def test_unknown_stage_names_the_known_ones():
    with pytest.raises(KeyError, match="normalise"):
        get_factory("no-such-stage")


def test_registered_stages_and_factories_chain_with_their_config():
    @stage("test.upper")
    def upper(doc: Document) -> Document:
        doc.text = doc.original.upper()
        return doc

    @stage_factory("test.suffix")
    def make_suffix(suffix: str = "!"):
        def add(doc: Document) -> Document:
            doc.text += suffix
            return doc

        return add

    run = Pipeline(["test.upper", "test.suffix"], {"test.suffix": {"suffix": "?"}})
    assert run(Document(id="t", original="abc")).text == "ABC?"
