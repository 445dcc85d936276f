"""The HanLP mention stage: offsets, tag sets, rule precedence, offline loading, and no torch without it."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KgError, command_line
from kg.extract.ner_hanlp import merge, model_mentions
from kg.extract.pipeline import Pipeline, get_factory
from kg.ingest.document import Document, Mention

ROOT = Path(__file__).resolve().parents[1]


def structured(text: str) -> Document:
    return Pipeline(["normalise", "structure"])(Document(id="t", original=text))


def predictor_for(entities: dict[str, str]):
    """Stands in for a HanLP model: tags each listed string in the tokens, HanLP's (text, tag, begin, end) form."""

    def predict(batch: list[list[str]]) -> list[list[tuple[str, str, int, int]]]:
        out = []
        for toks in batch:
            joined = "".join(toks)  # character tokens: token index == index in the joined string
            out.append([(name, tag, joined.index(name), joined.index(name) + len(name))
                        for name, tag in entities.items() if name in joined])
        return out

    return predict


def test_token_indices_map_to_offsets_in_the_text_and_tags_map_to_labels():
    doc = structured("8月16日,省委第九巡视组组长 赵凤民向区党工委书记赵东反馈。\n会上，  郝鹏 在大连讲话。")
    found = model_mentions(doc, predictor_for({"赵凤民": "NR", "区党工委": "NT", "郝鹏": "PERSON", "大连": "GPE",
                                               "8月16日": "DATE", "会上": "EVENT"}), "m")
    got = {(m.label, m.text) for m in found}
    assert got == {("PERSON", "赵凤民"), ("ORG", "区党工委"), ("PERSON", "郝鹏"), ("LOC", "大连"), ("DATE", "8月16日")}
    for m in found:
        assert doc.text[m.start:m.end] == m.text
        assert m.source == "hanlp" and m.attrs["needs_context"] is True


def test_spans_without_the_shape_of_their_label_are_dropped():
    doc = structured("长兴岛严格执行中央八项规定精神，芮长春关于卫滨区城管局整改的讲话。")
    entities = {"严格执行中央八项": "NR", "兴岛": "NR", "卫滨区": "NR",  # too long, no surname, ends like a place
                "严格": "NR", "关于卫滨": "NR",  # start with words that are no names (nonnames.txt)
                "于": "NT", "执行中央": "NT",  # 1 character, no organisation ending
                "芮长春": "NR", "区城管局": "NT"}  # name-shaped, org-shaped: kept for the relation stage
    found = model_mentions(doc, predictor_for(entities), "m")
    assert {(m.label, m.text) for m in found} == {("PERSON", "芮长春"), ("ORG", "区城管局")}


def test_rule_mentions_win_every_overlap_and_model_only_mentions_are_kept():
    rules = [Mention(0, 7, "市委第四巡察组", "TEAM"), Mention(0, 2, "市委", "ORG"),  # nested rule spans
             Mention(7, 10, "副组长", "POST"), Mention(10, 13, "方海生", "PERSON")]
    model = [Mention(5, 9, "巡察组副", "ORG", "hanlp"), Mention(10, 13, "方海生", "PERSON", "hanlp"),
             Mention(11, 13, "海生", "PERSON", "hanlp"), Mention(15, 18, "王小军", "PERSON", "hanlp")]
    merged = merge(rules, model)
    assert [(m.text, m.source) for m in merged] == [("市委", "rules"), ("市委第四巡察组", "rules"), ("副组长", "rules"),
                                                     ("方海生", "rules"), ("王小军", "hanlp")]


def test_the_stage_needs_a_model_name():
    with pytest.raises(KgError, match="hanlp_model="):
        get_factory("mentions.hanlp")(model=None)
    with command_line(), pytest.raises(KgError, match="--ner hanlp needs --hanlp-model"):
        get_factory("mentions.hanlp")(model=None)


@pytest.mark.hanlp
@pytest.mark.parametrize("name, message", [("NO_SUCH_MODEL_ZH", "unknown HanLP model"),
                                           ("./no/such/folder", "does not exist")])
def test_an_unknown_name_or_missing_folder_is_a_clear_error(name, message):
    with pytest.raises(KgError, match=message):
        get_factory("mentions.hanlp")(model=name)


@pytest.mark.parametrize("missing", ["hanlp", "torch"])
def test_without_the_hanlp_extra_the_stage_says_how_to_install_it(monkeypatch, missing):
    monkeypatch.setitem(sys.modules, missing, None)  # import of it fails as if not installed
    with pytest.raises(KgError, match=r"pip install 'xunshi-kg\[hanlp\]'.*without ner='hanlp'"):
        get_factory("mentions.hanlp")(model="MSRA_NER_ELECTRA_SMALL_ZH")


@pytest.fixture
def no_network(monkeypatch) -> list:
    """Every connection attempt is recorded and refused."""
    attempts: list = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("network blocked in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.mark.hanlp
def test_a_pretrained_model_not_installed_fails_at_once_saying_what_to_do(tmp_path, monkeypatch, no_network):
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(KgError) as e:
        get_factory("mentions.hanlp")(model="MSRA_NER_ELECTRA_SMALL_ZH")
    message = str(e.value)
    assert "MSRA_NER_ELECTRA_SMALL_ZH" in message
    assert str(tmp_path / "ner") in message  # where it looked, and where to put it
    assert "kg train-ner" in message and "without ner='hanlp'" in message
    assert no_network == []  # never tried: no download, no retry loop


@pytest.mark.hanlp
def test_a_dependency_missing_from_a_present_model_fails_at_once(tmp_path, monkeypatch, no_network):
    from hanlp.pretrained.ner import MSRA_NER_ELECTRA_SMALL_ZH
    from hanlp.utils.io_util import path_from_url

    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    folder = Path(path_from_url(MSRA_NER_ELECTRA_SMALL_ZH, str(tmp_path))).with_suffix("")
    folder.mkdir(parents=True)
    # The model's own config is present, the transformer it is built on is not.
    (folder / "config.json").write_text(json.dumps({
        "classpath": "hanlp.components.ner.transformer_ner.TransformerNamedEntityRecognizer",
        "transformer": "hfl/chinese-electra-180g-small-discriminator", "tagging_scheme": "BMES",
        "char_level": True, "token_key": "token", "crf": False, "max_seq_len": 128}), encoding="utf-8")
    with pytest.raises(KgError) as e:
        get_factory("mentions.hanlp")(model="MSRA_NER_ELECTRA_SMALL_ZH")
    assert "is not installed" in str(e.value) and str(tmp_path) in str(e.value)
    assert no_network == []


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# Prints the neural modules loaded: torch, HanLP's components (which import torch), transformers.
HEAVY = ("print(sorted(m for m in sys.modules\n"
         "             if m == 'torch' or m.startswith(('torch.', 'hanlp.components', 'transformers'))))")


def test_importing_the_cli_and_the_hanlp_modules_loads_no_torch():
    assert run_python(f"import sys, kg.cli, kg.build.builder, kg.extract.ner_hanlp, kg.extract.train_ner\n{HEAVY}") == "[]"


def test_a_rules_build_never_imports_torch_or_hanlp_components():
    code = ("import sys\nfrom kg.build.builder import extract_documents\nfrom kg.ingest.files import sample_dir\n"
            "report = extract_documents([sample_dir()])\nassert len(report.documents) == 5, report.errors\n" + HEAVY)
    assert run_python(code) == "[]"
