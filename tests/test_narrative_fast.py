"""The narrative extractor's fast path agrees exactly with the reference scanner.

:func:`~govinfo_report._narrative.find_raw` reads a text without whitespace by
``_scan_fast`` and ``_count_fast``; :func:`~govinfo_report._narrative._find_reference`
reads every text by ``_scan`` and ``_count_at``.  They must give the same
statements — topic, value, phrase, offsets and number as written — on every
text: the real reports of the corpus, the known phrasings, and generated texts
made of the words statements are made of.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import _narrative, loads
from govinfo_report._narrative import _find_reference, _Raw, find_raw
from govinfo_report.numerals import format_chinese
from tests.test_narrative import CORPUS, NOTHING, PHRASINGS

DATA = Path(__file__).parent / "data"
CORPUS_FILES = sorted(
    path
    for path in (DATA / "corpus").iterdir()
    if path.suffix in {".txt", ".md", ".html"} and path.name != "README.md"
)
GOLDEN = sorted((DATA / "golden").glob("*.json"))


def agree(text: str) -> list[_Raw]:
    found = find_raw(text)
    assert found == _find_reference(text)
    return found


def narrative_texts(path: Path) -> list[str]:
    report = loads(path.read_bytes())
    general = report.general
    return [
        report.preamble,
        general.intro,
        *(subsection.text for subsection in general.subsections),
        report.problems,
        report.other,
    ]


# ---------------------------------------------------------------------------
# Real and known texts


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.stem)
def test_golden_reports(path: Path) -> None:
    texts = narrative_texts(path)
    assert sum(len(agree(text)) for text in texts) > 0
    # With the paragraphs run together, and with line breaks as PDF text has them.
    agree("".join(texts))
    agree("\n".join(texts))


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.name)
def test_corpus_files(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    agree(text)
    lines = text.splitlines()
    for line in lines:
        agree(line)
    # Every line without its whitespace, so that the fast path reads what PDF text states.
    for line in lines:
        agree("".join(line.split()))


@pytest.mark.parametrize("text", [text for text, _ in PHRASINGS + CORPUS] + NOTHING)
def test_known_texts(text: str) -> None:
    agree(text)
    agree("".join(text.split()))
    # A statement cut short at either end, and one read with a sentence before it.
    for cut in range(1, min(len(text), 12)):
        agree(text[cut:])
        agree(text[:-cut])
    agree("其中，" + text)
    agree("收到申请12件。" + text)
    agree("收到申请5件，1件结转下年度继续" + text)


@pytest.mark.parametrize("n", [10**8 + 1, 123456789012, 9876543210987654, 10**16 - 1])
@pytest.mark.parametrize("form", [str, format_chinese, "{:,}".format])
def test_long_numbers(n: int, form: Callable[[int], str]) -> None:
    """Numbers near and over the 24 characters a number is read back over."""
    number = form(n)
    agree(f"收到政府信息公开申请{number}件。")
    agree(f"收到申请{number}{number}件。")
    agree(f"共{number}件结转下年度。")


@pytest.mark.parametrize("gap", range(0, 160, 3))
def test_window_edges(gap: int) -> None:
    """Counts near the edges of the windows around 申请, in short texts and long ones."""
    filler = "我镇" * (gap // 2) + "我" * (gap % 2)
    agree(f"上年结转3件，{filler}申请")
    agree(f"申请{filler}，另有2件结转下年度。")
    agree(f"上年结转3件，{filler}申请{filler}，另有2件结转下年度。")


def test_words_before_a_phrase_are_read_after_the_last_statement_only() -> None:
    # 继续 blocks 办结3件, but it ends the statement before (结转下年度继续), which 办结 follows.
    assert [raw[1] for raw in agree("收到申请5件，1件结转下年度继续办结3件。")] == [5, 1, 3]


def test_the_fast_path_reads_texts_without_whitespace(monkeypatch: pytest.MonkeyPatch) -> None:
    """And the reference reads the others: each path is exercised by the texts above."""
    spaceless = "全年共收到政府信息公开申请17件，办结15件，另有2件结转下年度继续办理。"
    spaced = "全年共收到政府信息公开申请 17 件。"

    def refuse(*args: object) -> object:
        raise AssertionError("the reference scanner read a text without whitespace")

    monkeypatch.setattr(_narrative, "_scan", refuse)
    assert [raw[1] for raw in find_raw(spaceless)] == [17, 15, 2]
    with pytest.raises(AssertionError):
        find_raw(spaced)


def test_printable_text_without_a_space_has_no_whitespace() -> None:
    """What the fast path assumes of ``text.isprintable() and " " not in text``."""
    whitespace = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]
    assert whitespace
    assert all(char == " " or not char.isprintable() for char in whitespace)
    # The reference finds whitespace with \s, which is str.isspace.
    assert all(_narrative._WHITESPACE.fullmatch(char) for char in whitespace)


def test_what_texts_are_not_scanned() -> None:
    """What _find assumes: the anchors are 申请, 诉讼 and 复议; the triggers are its characters."""
    anchors = {partner + char for char, offset, partner in _narrative._ANCHORS if offset == -1}
    assert anchors == {"申请", "诉讼", "复议"}
    assert len(_narrative._ANCHORS) == 3
    assert _narrative._TRIGGER.pattern == "[件起宗份个条未无没]"


# ---------------------------------------------------------------------------
# Generated texts

#: The words statements are made of, the punctuation around them, and numbers in every form.
WORDS = [
    "申请", "政府信息公开申请", "依申请公开", "信息公开", "政府", "复议", "行政复议", "诉讼",
    "行政诉讼", "案件", "收到", "受理", "新收", "共收", "接到", "办结", "答复", "办理", "办理完毕",
    "已全部", "均已", "上年结转", "上一年度结转的", "结转下年度", "结转至下一年度", "顺延到下年度",
    "继续办理", "另有", "其中", "共", "有", "余", "为", "数量为", "共计", "分别为", "各", "均为",
    "和", "、", "及", "发生", "出现", "涉及", "被申请", "提起", "未发生", "没有", "无", "未收到",
    "未被", "的情况", "网上", "按期", "当场", "不予", "尚未", "人次", "左右", "余件", "件次",
    "申请人", "结果维持", "第三十条", "《条例》", "，", "。", "；", "：", "（", "）", "、", ",",
    ".", "约", "近", "超过", "一起", "起", "件", "个", "条", "份", "宗", "继续", "结转下年度继续",
    "予以公开", "部分公开", "予以公开及部分公开", "公开和部分公开", "同意公开", "不予公开",
    "无法提供", "不予处理", "其他处理", "申请中", "中，", "占",
]  # fmt: skip
#: The endings before a phrase that block it, and the characters numbers are written with.
BLOCKING = sorted({ending for endings in _narrative._BLOCKED.values() for ending in endings})
NUMBER_CHARS = "".join(sorted(_narrative._NUMBER_CHARS))
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**5).map(str),
    st.integers(min_value=0, max_value=10**5).map(format_chinese),
    st.integers(min_value=0, max_value=10**5).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=99).map(lambda n: str(n).translate(FULLWIDTH)),
    st.integers(min_value=10**15, max_value=10**18).map(str),
    st.sampled_from(["0017", "三四", "十几", "1.5", "1,2", "，3", "一"]),
    # Runs longer than the 24 characters a number is read back over.
    st.text(alphabet=NUMBER_CHARS, min_size=1, max_size=30),
    st.integers(min_value=10**18, max_value=10**30).map(str),
    st.integers(min_value=10**8, max_value=10**16 - 1).map(format_chinese),
)
WHITESPACE = st.sampled_from([" ", "\n", "\u3000", "  "])


@st.composite
def narrative(draw: st.DrawFn, *, spaced: bool) -> str:
    """A text of statement words, numbers and units; with whitespace between some if asked."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(WORDS),
                st.sampled_from(BLOCKING),
                NUMBERS,
                NUMBERS.map(lambda n: n + "件"),
            ),
            max_size=40,
        )
    )
    if not spaced:
        return "".join(parts)
    text = ""
    for part in parts:
        text += part + (draw(WHITESPACE) if draw(st.integers(0, 5)) == 0 else "")
    return text


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(narrative(spaced=False))
def test_generated_texts_without_whitespace(text: str) -> None:
    agree(text)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(narrative(spaced=True))
def test_generated_texts_with_whitespace(text: str) -> None:
    agree(text)


#: Characters statements are made of, in any order.
CHARACTERS = st.text(
    alphabet=st.sampled_from(
        list("申请复议诉讼结转顺延收到受理办结答复件起宗份个条未无没发生行政信息公开政府上下年度")
        + list("另有其中共为是各均分别0123456789０十百千万两零一，。、；（）,.约余多人次")
    ),
    max_size=120,
)


@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(CHARACTERS, st.text(max_size=120)))
def test_any_text(text: str) -> None:
    agree(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_corpus_texts_edited(data: st.DataObject) -> None:
    """A real report's text with a few characters replaced, inserted or removed."""
    texts = [text for path in GOLDEN for text in narrative_texts(path) if "请" in text]
    text = list(data.draw(st.sampled_from(texts)))
    for _ in range(data.draw(st.integers(0, 6))):
        if not text:
            break
        i = data.draw(st.integers(0, len(text) - 1))
        edit = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        char = data.draw(st.sampled_from(list("申请复议诉讼件起个，。1０二 \n其中未年")))
        if edit == "replace":
            text[i] = char
        elif edit == "insert":
            text.insert(i, char)
        else:
            del text[i]
    agree("".join(text))
