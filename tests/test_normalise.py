"""kg.extract.normalise: pinyin stripped, Simplified script, half-width ASCII, one whitespace — and a faithful offset map."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract.normalise import (PINYIN_ANNOTATION, half_width, is_traditional, normalise, normalise_text,
                                  strip_glued_pinyin, strip_pinyin, unify_whitespace)
from kg.ingest.document import Document, OffsetMap
from kg.ingest.files import sample_dir

SAMPLES = ["000", "001", "002", "003", "004"]
# Any parenthesised run of Latin letters (with tone marks) right after a Han character: what pinyin looks like.
PINYIN_LEFT = re.compile(r"[\u3400-\u9fff][(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


# --- pinyin ------------------------------------------------------------------------------------------

def test_all_pinyin_of_sample_004_is_stripped(sample_text):
    original = sample_text("004")
    annotations = PINYIN_LEFT.findall(original)
    text, offsets = strip_pinyin(original)
    assert len(annotations) == 186
    assert PINYIN_LEFT.search(text) is None
    assert len(original) - len(text) == sum(len(a) - 1 for a in annotations)
    assert text.startswith("中國雄安官網12月11日電 根據新區黨工委")
    assert offsets.to_original(0, 2) == (0, original.index("國") + 1)


@pytest.mark.parametrize("name", ["000", "001", "002", "003"])
def test_pinyin_stripping_leaves_other_samples_untouched(sample_text, name):
    original = sample_text(name)
    assert strip_pinyin(original)[0] == original


@pytest.mark.parametrize("kept", ["(一)深化思想认识", "（一）深化思想认识", "条例(试行)", "政府和社会资本合作(PPP)项目",
                                  "项目(nb)", "第1(a)项", "(二)", "区委(区政府)", "世界银行(world bank)"])
def test_parenthesised_text_that_is_not_pinyin_survives(kept):
    assert strip_pinyin(kept)[0] == kept


# A page in a reading aid's pinyin mode, each character's syllable glued to it after or before, or spaced off it (the
# neutral tone's unmarked): (page, what it reads once the syllables go). Negative rows: pages with a few Latin words.
GLUED_PINYIN_ROWS = [
    ("6月17日，市shì委wěi第dì二èr巡xún察chá组zǔ向xiàng大dà瑶yáo镇zhèn党dǎng委wěi反fǎn馈kuì巡xún察chá情qíng况kuàng。"
     "组zǔ长zhǎng反fǎn馈kuì了le意yì见jiàn。", "6月17日,市委第二巡察组向大瑶镇党委反馈巡察情况。组长反馈了意见。"),
    ("6yuè月17rì日，shì市wěi委dì第èr二xún巡chá察zǔ组xiàng向dà大yáo瑶zhèn镇dǎng党wěi委fǎn反kuì馈xún巡chá察qíng情"
     "kuàng况。", "6月17日,市委第二巡察组向大瑶镇党委反馈巡察情况。"),
    ("7月8日，省 shěng 委 wěi 第 dì 二 èr 巡 xún 视 shì 组 zǔ 向 xiàng 寻 xún 乌 wū 县 xiàn 反 fǎn 馈 kuì 巡 xún 视 shì "
     "情 qíng 况 kuàng。", "7月8日,省委第二巡视组向寻乌县反馈巡视情况。"),
    ("7月8日，省shěng委wěi第dì二èr巡xún視shì組zǔ向xiàng尋xún烏wū縣xiàn反fǎn饋kuì巡xún視shì情qíng況kuàng。",
     "7月8日,省委第二巡视组向寻乌县反馈巡视情况。"),
]


@pytest.mark.parametrize(("page", "read"), GLUED_PINYIN_ROWS)
def test_pinyin_glued_to_every_character_is_stripped(page: str, read: str) -> None:
    assert normalise_text(page)[0] == read


@pytest.mark.parametrize("kept", [
    "县委第一巡察组进驻县林业局党组。网址：www.gov.cn，邮箱jw@xx.gov.cn，APP下载，微信公众号qingfeng。",
    "巡察组设立举报邮箱xuncha@163.com，热线电话。巡察组组长通报了巡察工作安排，县委书记主持会议并讲话。",
    "雄安(Xióng'ān)新区党工委巡察组进驻，Běijīng 和 Shànghǎi 两地同步开展。",
])
def test_a_page_with_a_few_latin_words_keeps_them(kept: str) -> None:
    assert strip_glued_pinyin(kept)[0] == kept


def test_pinyin_in_full_width_parentheses_is_stripped():
    assert strip_pinyin("黨（dǎng）工委(gōng wěi)")[0] == "黨工委"  # a word's syllables in one bracket: one annotation
    assert strip_pinyin("巡(xún)察(chá)")[0] == "巡察"


# (as reprinted, as read): the spaces after an annotation go with it inside a word or before a mark; a space that
# parts a line's fields or cells, as the line's other spaces do, stays.
PINYIN_SPACE_ROWS = [
    ("中央第六巡視組組(zǔ) 長(zhǎng)王某某主持會議", "中央第六巡視組組長王某某主持會議"),
    ("巡(xún) 視組反饋(kuì) 了意見。", "巡視組反饋了意見。"),
    ("黨委(wěi) ,召開會議", "黨委,召開會議"),
    ("县委第一巡察组(zǔ) 向县教育局党组反馈", "县委第一巡察组向县教育局党组反馈"),
    # a line whose fields or cells are apart by spaces
    ("序号 巡察组(zǔ) 被巡察党组织 巡察时间", "序号 巡察组 被巡察党组织 巡察时间"),
    ("序號 巡察組(zǔ) 被巡察黨組織 巡察時間", "序號 巡察組 被巡察黨組織 巡察時間"),
    ("岚山日报 2024年7月9日 星期二(èr) 第1版", "岚山日报 2024年7月9日 星期二 第1版"),
    ("组长(zhǎng)    李明", "组长    李明"),  # (a run of spaces in a line without a clause mark: a card's cells)
    # a word's syllables in one bracket, half-width or full-width
    ("向豐原市（shì）中級人（rén）民法院（fǎ yuàn）黨組（dǎng zǔ）反饋", "向豐原市中級人民法院黨組反饋"),
    ("省(shěng)委第五巡視組(xún shì zǔ)向省人民醫院(yī yuàn)黨委(dǎng wěi)反饋", "省委第五巡視組向省人民醫院黨委反饋"),
]


@pytest.mark.parametrize(("reprinted", "read"), PINYIN_SPACE_ROWS)
def test_spaces_after_an_annotation(reprinted: str, read: str) -> None:
    assert strip_pinyin(reprinted)[0] == read


# --- script ------------------------------------------------------------------------------------------

def test_traditional_sample_becomes_simplified(sample_text):
    text, _offsets, language = normalise_text(sample_text("004"))
    assert language == "zh-Hant"
    assert text.startswith("中国雄安官网12月11日电 根据新区党工委巡察工作统一部署")
    assert "雄安新区党工委提级交叉巡察组对三县交通运输局、教育局、住房和城乡建设局、综合行政执法局等6个县直部门党组" in text
    assert not set("國黨區縣組織領導監") & set(text)


@pytest.mark.parametrize("name", ["000", "001", "002", "003"])
def test_simplified_samples_keep_their_characters(sample_text, name):
    original = sample_text(name)
    text, _offsets, language = normalise_text(original)
    assert language == "zh-Hans"
    assert not is_traditional(original)
    assert [c for c in text if "\u4e00" <= c <= "\u9fff"] == [c for c in original if "\u4e00" <= c <= "\u9fff"]


# The script a page is written in, judged from the characters only one script writes.
SCRIPTS = [
    ("zh-Hant", "省委第三巡視組向縣委反饋巡視情況。巡視組組長主持會議並講話,縣委書記作表態發言。"),
    ("zh-Hans", "省委第三巡视组向县委反馈巡视情况。巡视组组长主持会议并讲话,县委书记作表态发言。"),
    # padded with characters both scripts write: a table of numerals, a list of shared names
    ("zh-Hant", "巡視組向縣委反饋巡視情況,發現問題。" + "十" * 30_000),
    ("zh-Hans", "巡视组向县委反馈巡视情况,发现问题。" + "十" * 30_000),
    ("zh-Hant", "縣委巡察組對中山大學開展巡察。" + "王明、李平、" * 200),
    # a Simplified body under a Traditional site header: the header must read as Traditional too
    ("zh-Hant", "當前位置:首頁 > 工作動態\n來源:本網 發布時間:2023-11-12\n"
                "确保巡察发现的问题件件有落实,城南中学党支部召开了巡察整改专题组织生活会。"),
    # a Simplified page quoting a name or two in Traditional script
    ("zh-Hans", "省委第三巡视组向县委反馈巡视情况,组长在讲话中引用了《說文》,县委书记作表态发言,表示坚决抓好整改落实。"
                "巡视指出,县委在落实全面从严治党主体责任方面存在差距,基层党组织建设较为薄弱。"),
    ("zh-Hans", "2024年6月1日 12:00 1234567890"),  # no Han character at all
]


@pytest.mark.parametrize(("script", "text"), SCRIPTS, ids=[f"{s}-{i}" for i, (s, _t) in enumerate(SCRIPTS)])
def test_script_of_a_page(script: str, text: str) -> None:
    assert is_traditional(text) == (script == "zh-Hant")


# --- width and whitespace ----------------------------------------------------------------------------

def test_full_width_ascii_forms_become_half_width():
    assert half_width("ＡＢｃ１２３，（一）：；！？％")[0] == "ABc123,(一):;!?%"
    assert half_width("。、“”《》")[0] == "。、“”《》"


def test_the_radical_titles_use_as_a_bar_is_a_bar():
    assert half_width("动态丨区委第三巡察组进驻甲街道｜图文")[0] == "动态|区委第三巡察组进驻甲街道|图文"


def test_whitespace_is_unified():
    text, offsets = unify_whitespace("  根据\u3000\u3000省委部署,\t8月14日 \r\n\u00a0第二行内容  \r第三行\u2028第四行")
    assert text == "根据 省委部署, 8月14日\n第二行内容\n第三行\n第四行"
    assert len(offsets.positions) == len(text) + 1


def test_normalise_stage_fills_the_document(sample_text):
    doc = normalise(Document(id="004", original=sample_text("004")))
    assert doc.language == "zh-Hant"
    start = doc.text.index("雄安新区党工委")
    o_start, o_end = doc.offsets.to_original(start, start + len("雄安新区党工委"))
    assert doc.original[o_start:o_end] == "雄安新區(qū)黨工委"


# --- the offset map ----------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _sample(name: str) -> tuple[str, str, OffsetMap, str]:
    original = next(sample_dir().glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    return (original, *normalise_text(original))


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_mapped_span_normalises_to_the_span(data):
    """For any span of the normalised text (starting and ending on a visible character, as evidence does),
    the original span it maps to normalises to exactly that span."""
    original, text, offsets, language = _sample(data.draw(st.sampled_from(SAMPLES)))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 200)))
    assume(not text[start].isspace() and not text[end - 1].isspace())
    o_start, o_end = offsets.to_original(start, end)
    assert 0 <= o_start < o_end <= len(original)
    assert normalise_text(original[o_start:o_end], traditional=language == "zh-Hant")[0] == text[start:end]


# Pieces real pages are made of: Simplified and Traditional text, pinyin, full-width forms, odd whitespace.
_PIECES = st.sampled_from(["巡察", "國", "黨(dǎng)", "組（zǔ）", "(一)", "（二）", "ＡＢ", "１２", "，", "。", " ", "  ",
                           "\u3000", "\t", "\n", "\r\n", "\u00a0", "\u200b", "a", "(试行)", "發展", "后", "乾隆"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=40), traditional=st.booleans())
def test_offset_map_is_monotonic_and_in_bounds(pieces, traditional):
    original = "".join(pieces)
    text, offsets, _ = normalise_text(original, traditional=traditional)
    positions = offsets.positions
    assert len(positions) == len(text) + 1 and positions[-1] == len(original)
    assert all(a <= b for a, b in zip(positions, positions[1:]))
    for i, ch in enumerate(text):
        if ch.isascii() and ch.isalnum():  # ASCII letters/digits come from the same letter or its full-width form
            assert original[positions[i]] in (ch, chr(ord(ch) + 0xFEE0))


def test_pinyin_pattern_is_anchored_on_a_han_character():
    assert PINYIN_ANNOTATION.search("(guó)") is None
    assert PINYIN_ANNOTATION.search("A(guó)") is None
    assert PINYIN_ANNOTATION.search("國(guó)") is not None


def test_memory_is_a_few_bytes_per_character(sample_text):
    """The offset maps of a large text are arrays of 8 bytes a character, not lists of int objects (36): a
    30 MB file must not take gigabytes to normalise."""
    import tracemalloc

    text = (sample_text("002") + "\n") * 60  # ≈ 200,000 characters, with spaces and breaks to map
    tracemalloc.start()
    try:
        normalised, offsets, _ = normalise_text(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert offsets.positions.itemsize == 8 and len(offsets.positions) == len(normalised) + 1
    assert peak / len(text) < 60, f"{peak / len(text):.0f} bytes a character"
