"""The label catalogue: official texts, traditional script, English, markers, ids, locales."""

from __future__ import annotations

import importlib.util
import pickle
import re
import unicodedata
from pathlib import Path
from types import ModuleType

import attrs
import babel
import pytest

from govinfo_report import labels
from govinfo_report.editions import Edition
from govinfo_report.errors import GovInfoReportError
from govinfo_report.i18n import InvalidLocaleError
from govinfo_report.labels import (
    LABELS,
    LOCALES,
    Label,
    UnknownLabelError,
    catalogue,
    get_label,
    iter_labels,
    label,
    label_locale,
)
from govinfo_report.model import AppealGroup, AppealOutcome, Applicant, Row, RowGroup

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Known answers: every label of the 2021 format, typed from the specification
# (format-2021.md §2–§6), independently of the enums the catalogue reads.

OFFICIAL: list[tuple[str, str]] = [
    ("section.general", "一、总体情况"),
    ("section.proactive", "二、主动公开政府信息情况"),
    ("section.requests", "三、收到和处理政府信息公开申请情况"),
    ("section.review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    ("section.problems", "五、存在的主要问题及改进情况"),
    ("section.other", "六、其他需要报告的事项"),
    ("t2.caption.art20_1", "第二十条第（一）项"),
    ("t2.column.content", "信息内容"),
    ("t2.column.issued", "本年制发件数"),
    ("t2.column.repealed", "本年废止件数"),
    ("t2.column.in_force", "现行有效件数"),
    ("t2.row.rules", "规章"),
    ("t2.row.normative_docs", "行政规范性文件"),
    ("t2.caption.art20_5", "第二十条第（五）项"),
    ("t2.column.decisions", "本年处理决定数量"),
    ("t2.row.licensing", "行政许可"),
    ("t2.caption.art20_6", "第二十条第（六）项"),
    ("t2.row.penalty", "行政处罚"),
    ("t2.row.coercion", "行政强制"),
    ("t2.caption.art20_8", "第二十条第（八）项"),
    ("t2.column.amount", "本年收费金额（单位：万元）"),
    ("t2.row.admin_fees", "行政事业性收费"),
    ("t2.note.N3", "（单位：万元）"),
    ("t3.note.N1", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
    ("t3.header.applicants", "申请人情况"),
    ("t3.column.NP", "自然人"),
    ("t3.header.organisations", "法人或其他组织"),
    ("t3.column.BIZ", "商业企业"),
    ("t3.column.RES", "科研机构"),
    ("t3.column.NGO", "社会公益组织"),
    ("t3.column.LAW", "法律服务机构"),
    ("t3.column.OTH", "其他"),
    ("t3.column.TOT", "总计"),
    ("t3.row.R1", "一、本年新收政府信息公开申请数量"),
    ("t3.row.R2", "二、上年结转政府信息公开申请数量"),
    ("t3.group.G3", "三、本年度办理结果"),
    ("t3.row.R3_1", "（一）予以公开"),
    ("t3.row.R3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("t3.group.G3_3", "（三）不予公开"),
    ("t3.row.R3_3_1", "1.属于国家秘密"),
    ("t3.row.R3_3_2", "2.其他法律行政法规禁止公开"),
    ("t3.row.R3_3_3", "3.危及“三安全一稳定”"),
    ("t3.row.R3_3_4", "4.保护第三方合法权益"),
    ("t3.row.R3_3_5", "5.属于三类内部事务信息"),
    ("t3.row.R3_3_6", "6.属于四类过程性信息"),
    ("t3.row.R3_3_7", "7.属于行政执法案卷"),
    ("t3.row.R3_3_8", "8.属于行政查询事项"),
    ("t3.group.G3_4", "（四）无法提供"),
    ("t3.row.R3_4_1", "1.本机关不掌握相关政府信息"),
    ("t3.row.R3_4_2", "2.没有现成信息需要另行制作"),
    ("t3.row.R3_4_3", "3.补正后申请内容仍不明确"),
    ("t3.group.G3_5", "（五）不予处理"),
    ("t3.row.R3_5_1", "1.信访举报投诉类申请"),
    ("t3.row.R3_5_2", "2.重复申请"),
    ("t3.row.R3_5_3", "3.要求提供公开出版物"),
    ("t3.row.R3_5_4", "4.无正当理由大量反复申请"),
    ("t3.row.R3_5_5", "5.要求行政机关确认或重新出具已获取信息"),
    ("t3.group.G3_6", "（六）其他处理"),
    ("t3.row.R3_6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    (
        "t3.row.R3_6_2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    ("t3.row.R3_6_3", "3.其他"),
    ("t3.row.R3_7", "（七）总计"),
    ("t3.row.R4", "四、结转下年度继续办理"),
    ("t3.note.N2", "（区分处理的，只计这一情形，不计其他情形）"),
    ("t4.group.RV", "行政复议"),
    ("t4.header.litigation", "行政诉讼"),
    ("t4.group.LD", "未经复议直接起诉"),
    ("t4.group.LR", "复议后起诉"),
    ("t4.column.maintain", "结果维持"),
    ("t4.column.correct", "结果纠正"),
    ("t4.column.other", "其他结果"),
    ("t4.column.pending", "尚未审结"),
    ("t4.column.total", "总计"),
]


@pytest.mark.parametrize(("id", "text"), OFFICIAL)
def test_official_text(id: str, text: str) -> None:
    assert label(id) == text
    assert label(id, "zh_CN") == text
    assert get_label(id).format() == text


def test_the_catalogue_is_exactly_the_known_labels_in_printed_order() -> None:
    assert [item.id for item in iter_labels()] == [id for id, _ in OFFICIAL]
    assert list(LABELS) == [id for id, _ in OFFICIAL]
    assert len(LABELS) == 73


TRADITIONAL: list[tuple[str, str]] = [
    ("section.general", "一、總體情況"),
    ("section.review_litigation", "四、政府信息公開行政複議、行政訴訟情況"),
    ("t2.caption.art20_8", "第二十條第（八）項"),
    ("t2.column.content", "信息內容"),
    ("t2.column.issued", "本年制發件數"),
    ("t2.column.amount", "本年收費金額（單位：萬元）"),
    ("t2.row.admin_fees", "行政事業性收費"),
    ("t3.note.N1", "（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）"),
    ("t3.column.NGO", "社會公益組織"),
    ("t3.row.R3_2", "（二）部分公開（區分處理的，只計這一情形，不計其他情形）"),
    ("t3.row.R3_3_1", "1.屬於國家秘密"),
    ("t3.row.R3_3_3", "3.危及“三安全一穩定”"),
    ("t3.row.R3_4_2", "2.沒有現成信息需要另行製作"),
    ("t3.row.R3_5_2", "2.重複申請"),
    ("t3.row.R3_5_4", "4.無正當理由大量反覆申請"),
    ("t3.row.R3_5_5", "5.要求行政機關確認或重新出具已獲取信息"),
    (
        "t3.row.R3_6_2",
        "2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請",
    ),
    ("t3.row.R4", "四、結轉下年度繼續辦理"),
    ("t4.group.LD", "未經複議直接起訴"),
    ("t4.column.pending", "尚未審結"),
]


@pytest.mark.parametrize(("id", "text"), TRADITIONAL)
def test_traditional_script(id: str, text: str) -> None:
    assert label(id, "zh_Hant") == text
    assert label(id, "zh_TW") == text


ENGLISH: list[tuple[str, str]] = [
    ("section.general", "I. Overview"),
    ("section.other", "VI. Other matters to report"),
    ("t2.caption.art20_1", "Article 20, item (1)"),
    ("t2.column.amount", "Fees collected this year (unit: 10,000 yuan)"),
    ("t2.row.normative_docs", "Administrative normative documents"),
    ("t3.column.NP", "Natural persons"),
    ("t3.row.R1", "I. New requests received this year"),
    ("t3.group.G3", "III. Outcomes this year"),
    ("t3.row.R3_1", "(i) Disclosed"),
    ("t3.group.G3_6", "(vi) Other handling"),
    ("t3.row.R3_7", "(vii) Total"),
    ("t3.row.R3_3_8", "8. Administrative inquiry matters"),
    ("t3.row.R4", "IV. Carried over to next year"),
    ("t4.group.LR", "Lawsuits after review"),
    ("t4.column.maintain", "Upheld"),
]


@pytest.mark.parametrize(("id", "text"), ENGLISH)
def test_english(id: str, text: str) -> None:
    assert label(id, "en") == text


# ---------------------------------------------------------------------------
# One source of truth: the enums of the model.


def test_every_row_and_group_of_table_three_matches_the_model() -> None:
    for row in Row:
        item = get_label(f"t3.row.{row.value}")
        assert item.format() == row.label
        assert (item.marker(), item.text()) == (row.marker, row.text)
    for group in RowGroup:
        item = get_label(f"t3.group.{group.value}")
        assert item.format() == group.label
        assert (item.marker(), item.text()) == (group.marker, group.text)


def test_every_column_and_group_of_tables_three_and_four_matches_the_model() -> None:
    for column in Applicant:
        assert label(f"t3.column.{column.value}") == column.label
    for group in AppealGroup:
        assert label(f"t4.group.{group.value}") == group.label
    for outcome in AppealOutcome:
        assert label(f"t4.column.{outcome.value}") == outcome.label


def test_composed_labels_are_their_parts_in_every_locale() -> None:
    row, note = get_label("t3.row.R3_2"), get_label("t3.note.N2")
    column, unit = get_label("t2.column.amount"), get_label("t2.note.N3")
    for locale in LOCALES:
        joint = " " if locale == "en" else ""
        assert row.text(locale).endswith(joint + note.text(locale))
        assert column.text(locale).endswith(joint + unit.text(locale))


# ---------------------------------------------------------------------------
# Markers


MARKERS: list[tuple[str, str, str]] = [
    ("section.proactive", "二、", "II."),
    ("section.problems", "五、", "V."),
    ("t3.row.R2", "二、", "II."),
    ("t3.row.R3_2", "（二）", "(ii)"),
    ("t3.group.G3_4", "（四）", "(iv)"),
    ("t3.row.R3_3_7", "7.", "7."),
    ("t3.row.R3_6_3", "3.", "3."),
    ("t3.column.TOT", "", ""),
    ("t2.caption.art20_6", "", ""),
]


@pytest.mark.parametrize(("id", "chinese", "english"), MARKERS)
def test_markers(id: str, chinese: str, english: str) -> None:
    item = get_label(id)
    assert item.marker() == item.marker("zh_Hant") == chinese
    assert item.marker("en") == english
    assert item.format("en") == (f"{english} {item.en}" if english else item.en)


def test_numbered_labels_are_exactly_the_sections_rows_and_groups() -> None:
    numbered = {item.id for item in iter_labels() if item.level is not None}
    expected = {id for id, _ in OFFICIAL if id.startswith(("section.", "t3.row.", "t3.group."))}
    assert numbered == expected


@pytest.mark.parametrize(
    ("number", "roman"),
    [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (3999, "MMMCMXCIX")],
)
def test_roman_numerals(number: int, roman: str) -> None:
    assert labels._roman(number) == roman


# ---------------------------------------------------------------------------
# Ids and texts


ID_PATTERN = re.compile(
    r"section\.[a-z_]+|t2\.(caption|column|row|note)\.[A-Za-z0-9_]+"
    r"|t3\.(header|column|row|group|note)\.[A-Za-z0-9_]+|t4\.(header|group|column)\.[A-Za-z]+"
    r"|t[234]\.note\.N[0-9]+"
)


@pytest.mark.parametrize("item", list(LABELS.values()), ids=list(LABELS))
def test_ids_and_texts_are_regular(item: Label) -> None:
    assert ID_PATTERN.fullmatch(item.id)
    assert item.edition is Edition.FORMAT_2021
    for text in item.texts.values():
        assert text == text.strip()
        assert unicodedata.normalize("NFC", text) == text
    # Traditional script is the official text converted character by character.
    assert len(item.zh_hant) == len(item.zh_hans)
    for simplified, traditional in zip(item.zh_hans, item.zh_hant, strict=True):
        if not unicodedata.category(simplified).startswith("Lo"):
            assert traditional == simplified
    assert item.zh_hant != item.zh_hans or not set(item.zh_hans) & set("们开总处报说复计数")
    # English is plain ASCII: no full-width punctuation slipped in.
    assert item.en.isascii()
    assert not re.search(r"[\u4e00-\u9fff]", item.en)


def test_labels_are_frozen_hashable_and_pickle() -> None:
    item = get_label("t3.row.R3_3_1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        item.en = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(item)) == item
    assert len({*LABELS.values()}) == len(LABELS)
    assert str(item) == "1.属于国家秘密"
    with pytest.raises(TypeError):
        LABELS["x"] = item  # type: ignore[index]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": "T3.row.R1"}, "dotted label id"),
        ({"id": "t3"}, "dotted label id"),
        ({"en": ""}, "non-empty"),
        ({"zh_hans": " 规章"}, "trimmed"),
        ({"level": 2}, "both level and number"),
        ({"number": 2}, "both level and number"),
        ({"level": 4, "number": 1}, "no marker"),
        ({"level": 1, "number": 0}, "no marker"),
        ({"edition": "2021"}, "must be <enum 'Edition'>"),
    ],
)
def test_label_validation(kwargs: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"id": "t2.row.rules", "zh_hans": "规章", "zh_hant": "規章"}
    fields["en"] = "Rules"
    fields.update(kwargs)
    with pytest.raises((ValueError, TypeError), match=message):
        Label(**fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Locales


NEGOTIATION: list[tuple[str | babel.Locale, str]] = [
    ("zh_Hans", "zh_Hans"),
    ("zh_CN", "zh_Hans"),
    ("zh_Hans_CN", "zh_Hans"),
    ("zh-CN", "zh_Hans"),
    ("zh-hans-cn", "zh_Hans"),
    ("zh", "zh_Hans"),
    ("zh_SG", "zh_Hans"),
    ("zh_TW", "zh_Hant"),
    ("zh_HK", "zh_Hant"),
    ("zh_MO", "zh_Hant"),
    ("zh_Hant", "zh_Hant"),
    ("zh-Hant-TW", "zh_Hant"),
    ("zh_Hans_HK", "zh_Hans"),
    ("zh_XX", "zh_Hans"),
    ("en", "en"),
    ("en_US", "en"),
    ("en_GB", "en"),
    ("en-AU", "en"),
    ("en_US.UTF-8", "en"),
    (babel.Locale("en", "GB"), "en"),
    (babel.Locale.parse("zh_TW"), "zh_Hant"),
    (babel.Locale("zh"), "zh_Hans"),
    # No texts in these locales: the official text.
    ("fr", "zh_Hans"),
    ("ja_JP", "zh_Hans"),
    ("xx", "zh_Hans"),
    (babel.Locale("de"), "zh_Hans"),
]


@pytest.mark.parametrize(("locale", "expected"), NEGOTIATION)
def test_locale_negotiation(locale: str | babel.Locale, expected: str) -> None:
    assert label_locale(locale) == expected
    assert label("t3.group.G3_3", locale) == get_label("t3.group.G3_3").format(expected)


BAD_LOCALES: list[object] = [
    "",
    " ",
    "zh-",
    "zh_CN_",
    "zh__CN",
    "!!",
    "中文",
    "c",
    "x" * 70,
    12,
    None,
]


@pytest.mark.parametrize("locale", BAD_LOCALES)
def test_bad_locales_raise(locale: object) -> None:
    with pytest.raises(InvalidLocaleError) as info:
        label("section.general", locale)  # type: ignore[arg-type]
    assert isinstance(info.value, GovInfoReportError)
    assert isinstance(info.value, ValueError)
    assert info.value.code == "locale.invalid"


# ---------------------------------------------------------------------------
# Lookups


@pytest.mark.parametrize("id", ["t3.row.R9", "t3.row.r1", "section", "", "t5.row.R1"])
def test_unknown_ids_raise(id: str) -> None:
    with pytest.raises(UnknownLabelError) as info:
        get_label(id)
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, GovInfoReportError)
    assert info.value.code == "label.unknown"
    with pytest.raises(UnknownLabelError):
        label(id, "en")


def test_unknown_ids_suggest_a_close_one() -> None:
    with pytest.raises(UnknownLabelError, match=r"did you mean 't3\.row\.R3_3_1'"):
        get_label("t3.rows.R3_3_1")


@pytest.mark.parametrize("id", [None, 1, ("t3.row.R1",)])
def test_non_string_ids_raise(id: object) -> None:
    with pytest.raises(UnknownLabelError):
        get_label(id)  # type: ignore[arg-type]


def test_editions() -> None:
    assert catalogue() is catalogue(Edition.FORMAT_2021) is catalogue("2021") is LABELS
    assert get_label("t3.row.R1", edition="2021") is LABELS["t3.row.R1"]
    assert catalogue(Edition.FORMAT_2019) is catalogue("2019") is not LABELS
    with pytest.raises(UnknownLabelError, match=r"no label 't3\.row\.R3_6_1' in the 2019 edition"):
        label("t3.row.R3_6_1", edition=Edition.FORMAT_2019)
    with pytest.raises(UnknownLabelError, match="2021 edition"):
        label("t2.column.change")  # 2019 only
    with pytest.raises(UnknownLabelError, match="2030"):
        list(iter_labels("2030"))


# ---------------------------------------------------------------------------
# The 2019 edition (format-2019.md §2–§5), written out independently of the code

OFFICIAL_2019 = [
    ("section.general", "一、总体情况"),
    ("section.proactive", "二、主动公开政府信息情况"),
    ("section.requests", "三、收到和处理政府信息公开申请情况"),
    ("section.review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    ("section.problems", "五、政府信息公开工作存在的主要问题及改进情况"),
    ("section.other", "六、其他需要报告的事项"),
    ("t2.caption.art20_1", "第二十条第（一）项"),
    ("t2.column.content", "信息内容"),
    ("t2.column.new_made", "本年新制作数量"),
    ("t2.column.new_published", "本年新公开数量"),
    ("t2.column.published_total", "对外公开总数量"),
    ("t2.row.rules", "规章"),
    ("t2.row.normative_docs", "规范性文件"),
    ("t2.caption.art20_5", "第二十条第（五）项"),
    ("t2.column.prev_items", "上一年项目数量"),
    ("t2.column.change", "本年增/减"),
    ("t2.column.decisions", "处理决定数量"),
    ("t2.row.licensing", "行政许可"),
    ("t2.row.other_services", "其他对外管理服务事项"),
    ("t2.caption.art20_6", "第二十条第（六）项"),
    ("t2.row.penalty", "行政处罚"),
    ("t2.row.coercion", "行政强制"),
    ("t2.caption.art20_8", "第二十条第（八）项"),
    ("t2.row.admin_fees", "行政事业性收费"),
    ("t2.caption.art20_9", "第二十条第（九）项"),
    ("t2.column.items", "采购项目数量"),
    ("t2.column.amount", "采购总金额"),
    ("t2.row.central_procurement", "政府集中采购"),
]


def test_the_2019_catalogue_is_exactly_the_known_labels_in_printed_order() -> None:
    labels = catalogue("2019")
    assert list(labels)[: len(OFFICIAL_2019)] == [id for id, _ in OFFICIAL_2019]
    for id, text in OFFICIAL_2019:
        assert labels[id].format() == text, id
    # Tables 三 and 四 are those of 2021, except （六）: one row R3_6 instead of a group
    # of three; 23 rows of values in all.
    table_three = [id for id in labels if id.startswith(("t3.", "t4."))]
    expected = [
        id
        for id in LABELS
        if id.startswith(("t3.", "t4."))
        and id not in ("t3.group.G3_6", "t3.row.R3_6_1", "t3.row.R3_6_2", "t3.row.R3_6_3")
    ]
    expected.insert(expected.index("t3.row.R3_7"), "t3.row.R3_6")
    assert table_three == expected
    assert labels["t3.row.R3_6"].format() == "（六）其他处理"
    assert labels["t3.row.R3_6"].format("en") == "(vi) Other handling"
    assert sum(1 for id in labels if id.startswith("t3.row.")) == 23
    for id in expected:
        if id != "t3.row.R3_6":
            assert labels[id].texts == LABELS[id].texts, id
    assert len(labels) == len(OFFICIAL_2019) + len(expected)


@pytest.mark.parametrize("item", list(catalogue("2019").values()), ids=list(catalogue("2019")))
def test_2019_ids_and_texts_are_regular(item: Label) -> None:
    assert ID_PATTERN.fullmatch(item.id)
    assert item.edition is Edition.FORMAT_2019
    assert len(item.zh_hant) == len(item.zh_hans)
    for simplified, traditional in zip(item.zh_hans, item.zh_hant, strict=True):
        if not unicodedata.category(simplified).startswith("Lo"):
            assert traditional == simplified
    assert item.en.isascii()
    assert item.format("zh_TW") == item.marker("zh_TW") + item.zh_hant


# ---------------------------------------------------------------------------
# The generated reference page


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_label_page_is_up_to_date() -> None:
    script = _load_script("generate_label_docs")
    committed = (ROOT / "docs" / "labels.md").read_text(encoding="utf-8")
    assert committed == script.render(), "run: python scripts/generate_label_docs.py"
    page_2021, page_2019 = committed.split("\n## The 2019 edition")
    for id, text in OFFICIAL:
        assert f"| `{id}` | {text} |" in page_2021
    for id, text in OFFICIAL_2019:
        assert f"| `{id}` | {text} |" in page_2019
