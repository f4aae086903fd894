"""Statements of counts in report narratives: known phrasings, real reports, junk.

The real sentences below are copied, as published, from the reports in the
shared corpus (qidu-2021, pingtan-2020/2021/2022, hongze-2023/2024,
huaian-2024, shanghai-bgt-2019); the tests do not read the corpus.
"""

from __future__ import annotations

import itertools
import re
import time

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import _narrative
from govinfo_report._narrative import Statement, Topic, find_statements
from govinfo_report.numerals import format_chinese, parse_chinese

NEW = Topic.NEW_REQUESTS
OVER = Topic.CARRIED_OVER
HANDLED = Topic.HANDLED
FORWARD = Topic.CARRIED_FORWARD
REVIEWS = Topic.REVIEWS
LAWSUITS = Topic.LAWSUITS
GRANTED = Topic.GRANTED
PARTLY = Topic.PARTLY_GRANTED
GRANTED_OR_PARTLY = Topic.GRANTED_OR_PARTLY
WITHHELD = Topic.WITHHELD
UNAVAILABLE = Topic.UNAVAILABLE
NOT_PROCESSED = Topic.NOT_PROCESSED
OTHER_HANDLING = Topic.OTHER_HANDLING

#: (topic, value, the phrase as written, the number as written)
Found = tuple[Topic, int, str, str]


def found(text: str) -> list[Found]:
    """The statements of ``text``, after checking what every statement promises."""
    statements = find_statements(text)
    for statement in statements:
        assert text[statement.start : statement.end] == statement.text
        assert statement.number_text in statement.text
        assert statement.value >= 0
    assert [s.start for s in statements] == sorted(s.start for s in statements)
    return [(s.topic, s.value, s.text, s.number_text) for s in statements]


# ---------------------------------------------------------------------------
# Known phrasings: every topic, number form and unit, and the statements of none.

PHRASINGS: list[tuple[str, list[Found]]] = [
    # 本年新收 → R1
    ("全年共收到政府信息公开申请17件。", [(NEW, 17, "收到政府信息公开申请17件", "17")]),
    (
        "本年度新收政府信息公开申请数量为120件。",
        [(NEW, 120, "新收政府信息公开申请数量为120件", "120")],
    ),
    ("受理依申请公开事项35件。", [(NEW, 35, "受理依申请公开事项35件", "35")]),
    ("本年度共接收信息公开申请8件。", [(NEW, 8, "接收信息公开申请8件", "8")]),
    ("政府信息公开申请共受理21件。", [(NEW, 21, "政府信息公开申请共受理21件", "21")]),
    ("全年共收到19件政府信息公开申请。", [(NEW, 19, "收到19件政府信息公开申请", "19")]),
    (
        "依申请公开方面，全年共受理23件，均已按时答复。",
        [(NEW, 23, "受理23件", "23")],
    ),
    (
        "收到政府信息公开申请20件，其中当面申请5件、网上申请15件。",
        [(NEW, 20, "收到政府信息公开申请20件", "20")],
    ),
    (
        "共收到政府信息公开申请17件，涉及12个部门。",
        [(NEW, 17, "收到政府信息公开申请17件", "17")],
    ),
    ("收到的17件申请中，予以公开10件。", [(NEW, 17, "收到的17件申请", "17")]),
    # 上年结转 → R2
    (
        "新收政府信息公开申请9件，上年结转2件。",
        [(NEW, 9, "新收政府信息公开申请9件", "9"), (OVER, 2, "上年结转2件", "2")],
    ),
    (
        "上一年度结转的政府信息公开申请3件已全部办结。",
        [(OVER, 3, "上一年度结转的政府信息公开申请3件", "3")],
    ),
    (
        "共办理政府信息公开申请25件，其中2件为上年结转。",
        [(HANDLED, 25, "共办理政府信息公开申请25件", "25"), (OVER, 2, "其中2件为上年结转", "2")],
    ),
    # 办结/答复/办理 → R3_7
    (
        "收到申请45件，已全部办结45件。",
        [(NEW, 45, "收到申请45件", "45"), (HANDLED, 45, "已全部办结45件", "45")],
    ),
    ("共答复政府信息公开申请805件。", [(HANDLED, 805, "共答复政府信息公开申请805件", "805")]),
    (
        "受理政府信息公开申请20件，18件已办结，2件结转下年度。",
        [
            (NEW, 20, "受理政府信息公开申请20件", "20"),
            (HANDLED, 18, "18件已办结", "18"),
            (FORWARD, 2, "2件结转下年度", "2"),
        ],
    ),
    # 结转下年度 → R4
    (
        "依申请公开办结10件，结转下年度继续办理3件。",
        [(HANDLED, 10, "办结10件", "10"), (FORWARD, 3, "结转下年度继续办理3件", "3")],
    ),
    ("依申请公开方面，另有3件顺延至下年度答复。", [(FORWARD, 3, "另有3件顺延至下年度答复", "3")]),
    ("1件申请结转至下一年度办理。", [(FORWARD, 1, "1件申请结转至下一年度办理", "1")]),
    # 行政复议 → RV.total; 行政诉讼 → LD.total + LR.total
    ("发生政府信息公开行政复议案件2起。", [(REVIEWS, 2, "政府信息公开行政复议案件2起", "2")]),
    (
        "因政府信息公开被提起行政诉讼1件。",
        [(LAWSUITS, 1, "政府信息公开被提起行政诉讼1件", "1")],
    ),
    (
        "本年度共发生2起政府信息公开行政复议案件。",
        [(REVIEWS, 2, "发生2起政府信息公开行政复议案件", "2")],
    ),
    (
        "全年发生一起政府信息公开行政复议案件。",
        [(REVIEWS, 1, "发生一起政府信息公开行政复议案件", "一")],
    ),
    ("本年度政府信息公开行政复议一起。", [(REVIEWS, 1, "政府信息公开行政复议一起", "一")]),
    (
        "涉及政府信息公开的行政复议、行政诉讼案件各1件。",
        [
            (REVIEWS, 1, "政府信息公开的行政复议、行政诉讼案件各1件", "1"),
            (LAWSUITS, 1, "政府信息公开的行政复议、行政诉讼案件各1件", "1"),
        ],
    ),
    (
        "政府信息公开行政诉讼、行政复议案件均为0件。",
        [
            (LAWSUITS, 0, "政府信息公开行政诉讼、行政复议案件均为0件", "0"),
            (REVIEWS, 0, "政府信息公开行政诉讼、行政复议案件均为0件", "0"),
        ],
    ),
    (
        "政府信息公开行政复议和行政诉讼案件分别为2件、1件。",
        [
            (REVIEWS, 2, "政府信息公开行政复议和行政诉讼案件分别为2件、1件", "2"),
            (LAWSUITS, 1, "政府信息公开行政复议和行政诉讼案件分别为2件、1件", "1"),
        ],
    ),
    # Number forms
    ("全年共收到政府信息公开申请１７件。", [(NEW, 17, "收到政府信息公开申请１７件", "１７")]),
    ("全年共收到政府信息公开申请1,234件。", [(NEW, 1234, "收到政府信息公开申请1,234件", "1,234")]),
    (
        "全年共收到政府信息公开申请1，234件。",
        [(NEW, 1234, "收到政府信息公开申请1，234件", "1，234")],
    ),
    ("全年共收到政府信息公开申请十七件。", [(NEW, 17, "收到政府信息公开申请十七件", "十七")]),
    (
        "全年共收到政府信息公开申请一百二十件。",
        [(NEW, 120, "收到政府信息公开申请一百二十件", "一百二十")],
    ),
    (
        "全年共收到政府信息公开申请一千零一件。",
        [(NEW, 1001, "收到政府信息公开申请一千零一件", "一千零一")],
    ),
    ("全年共收到政府信息公开申请两件。", [(NEW, 2, "收到政府信息公开申请两件", "两")]),
    ("全年共收到政府信息公开申请零件。", [(NEW, 0, "收到政府信息公开申请零件", "零")]),
    ("全年共收到政府信息公开申请壹拾柒件。", [(NEW, 17, "收到政府信息公开申请壹拾柒件", "壹拾柒")]),
    ("全年共收到政府信息公开申请1.2万件。", [(NEW, 12000, "收到政府信息公开申请1.2万件", "1.2万")]),
    (
        "全年共收到政府信息公开申请3万5千件。",
        [(NEW, 35000, "收到政府信息公开申请3万5千件", "3万5千")],
    ),
    # Units
    ("全年共收到政府信息公开申请3个。", [(NEW, 3, "收到政府信息公开申请3个", "3")]),
    ("受理依申请公开事项12条。", [(NEW, 12, "受理依申请公开事项12条", "12")]),
    ("全年共收到政府信息公开申请表5份。", [(NEW, 5, "收到政府信息公开申请表5份", "5")]),
    ("全年共收到政府信息公开申请2宗。", [(NEW, 2, "收到政府信息公开申请2宗", "2")]),
    ("发生政府信息公开行政复议案件1宗。", [(REVIEWS, 1, "政府信息公开行政复议案件1宗", "1")]),
    # Statements of none: value 0, the negation as the number
    (
        "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。",
        [
            (REVIEWS, 0, "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", "未发生"),
            (LAWSUITS, 0, "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", "未发生"),
        ],
    ),
    (
        "本年度无政府信息公开行政复议、行政诉讼案件。",
        [
            (REVIEWS, 0, "无政府信息公开行政复议、行政诉讼案件", "无"),
            (LAWSUITS, 0, "无政府信息公开行政复议、行政诉讼案件", "无"),
        ],
    ),
    (
        "本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼。",
        [
            (REVIEWS, 0, "没有因政府信息公开工作被申请行政复议或提起行政诉讼", "没有"),
            (LAWSUITS, 0, "没有因政府信息公开工作被申请行政复议或提起行政诉讼", "没有"),
        ],
    ),
    (
        "本机关在政府信息公开工作中未被申请行政复议。",
        [(REVIEWS, 0, "未被申请行政复议", "未被")],
    ),
    (
        "政府信息公开方面未发生行政复议案件，发生行政诉讼1件。",
        [(REVIEWS, 0, "未发生行政复议案件", "未发生"), (LAWSUITS, 1, "行政诉讼1件", "1")],
    ),
    ("本年度未收到政府信息公开申请。", [(NEW, 0, "未收到政府信息公开申请", "未收到")]),
    ("本年度无上年结转申请。", [(OVER, 0, "无上年结转申请", "无")]),
    ("全部办结，没有结转下年度的申请。", [(FORWARD, 0, "没有结转下年度的申请", "没有")]),
    # Whitespace, even a line break inside the words, as PDF text has it
    (
        "全年共受理政府\n信息公开申请 17 件。",
        [(NEW, 17, "受理政府\n信息公开申请 17 件", "17")],
    ),
    ("政府信息公开行政复议 351\n件。", [(REVIEWS, 351, "政府信息公开行政复议 351\n件", "351")]),
    # The outcomes of table 三, near a mention of the requests
    (
        "办结政府信息公开申请20件。予以公开12件，部分公开2件，不予公开1件，无法提供3件，"
        "不予处理1件，其他处理1件。",
        [
            (HANDLED, 20, "办结政府信息公开申请20件", "20"),
            (GRANTED, 12, "予以公开12件", "12"),
            (PARTLY, 2, "部分公开2件", "2"),
            (WITHHELD, 1, "不予公开1件", "1"),
            (UNAVAILABLE, 3, "无法提供3件", "3"),
            (NOT_PROCESSED, 1, "不予处理1件", "1"),
            (OTHER_HANDLING, 1, "其他处理1件", "1"),
        ],
    ),
    (
        "答复申请9件，同意公开的申请为五件，公开和部分公开七件。",
        [
            (HANDLED, 9, "答复申请9件", "9"),
            (GRANTED, 5, "同意公开的申请为五件", "五"),
            (GRANTED_OR_PARTLY, 7, "公开和部分公开七件", "七"),
        ],
    ),
    # An outcome of a part, of documents, or far from any request: no statement
    ("收到的17件申请中，予以公开10件。", [(NEW, 17, "收到的17件申请", "17")]),
    ("办结申请20件，其中予以公开12件。", [(HANDLED, 20, "办结申请20件", "20")]),
    ("依申请公开工作规范。" + "公文公开属性源头认定工作扎实推进。" * 12 + "不予公开12件。", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_phrasings(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------
# Real reports, as published

CORPUS: list[tuple[str, list[Found]]] = [
    ("2021年度我镇收到依申请公开0件。", [(NEW, 0, "收到依申请公开0件", "0")]),  # qidu-2021
    (
        "4.认真办理依申请公开2020年全区各级行政机关共受理政府信息公开申请21件，"
        "受理的申请件已按规定在法定期限内予以答复。",  # pingtan-2020
        [(NEW, 21, "受理政府信息公开申请21件", "21")],
    ),
    (
        "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。",  # pingtan-2021
        [
            (NEW, 70, "收到70件申请", "70"),
            (HANDLED, 69, "办结69件", "69"),
            (FORWARD, 1, "1件结转下年度继续办理", "1"),
        ],
    ),
    (
        "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，"
        "均在法定期限内予以答复，办结率100%。",  # pingtan-2022
        [(NEW, 75, "收到政府信息公开申请75件", "75")],
    ),
    (
        "2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。",
        [(LAWSUITS, 1, "行政诉讼案件1件", "1"), (REVIEWS, 2, "行政复议案件2件", "2")],
    ),
    (
        "| 依申请公开受理渠。2023 年全区受理政府信息公开申请 21 件， |\n| 均在法定期限答复。 |",
        [(NEW, 21, "受理政府信息公开申请 21 件", "21")],  # hongze-2023.md
    ),
    (
        "申请答复工作规范高效。2024 年，区政府办代表区政府受理政府\n"
        "信息公开申请 17 件，均已在法定期限内予以答复。",  # hongze-2024
        [(NEW, 17, "受理政府\n信息公开申请 17 件", "17")],
    ),
    (
        "2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，"
        "另有 103 件顺延到下年度\n答复），均在法定期限内予以答复。政府信息公开行政复议 351\n件，"
        "其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；"
        "政府信息公开行政诉讼 46 件，其中结果维持 25\n件，结果纠正 5 件，其他结果 9 件，"
        "尚未审结 7 件。",  # huaian-2024
        [
            (NEW, 3119, "受理政府信息公开申请 3119 件", "3119"),
            (HANDLED, 3050, "答\n复 3050 件", "3050"),
            (OVER, 34, "上年度结转申请 34 件", "34"),
            (FORWARD, 103, "另有 103 件顺延到下年度\n答复", "103"),
            (REVIEWS, 351, "政府信息公开行政复议 351\n件", "351"),
            (LAWSUITS, 46, "政府信息公开行政诉讼 46 件", "46"),
        ],
    ),
    (
        "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；"
        "答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），"
        "均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；"
        "因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。"
        "信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，"
        "维护了市政府依法行政、公开透明的良好形象。",  # shanghai-bgt-2019
        [
            (NEW, 859, "受理政府信息公开申请859件", "859"),
            (HANDLED, 805, "答复政府信息公开申请805件", "805"),
            (OVER, 18, "上年度结转申请18件", "18"),
            (FORWARD, 72, "另有72件申请按照《条例》顺延到下年度答复", "72"),
            (GRANTED_OR_PARTLY, 258, "予以公开及部分公开258件", "258"),
            (WITHHELD, 35, "不予公开35件", "35"),
            (UNAVAILABLE, 265, "无法提供265件", "265"),
            (NOT_PROCESSED, 158, "不予处理158件", "158"),
            (OTHER_HANDLING, 0, "其他处理0件", "0"),
            (REVIEWS, 7, "信息公开类行政复议7件", "7"),
            (LAWSUITS, 9, "诉讼9件", "9"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORPUS)
def test_real_reports(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------
# No statement: a wrong one would be a false finding against an agency.

NOTHING = [
    # Real sentences (qidu-2021, pingtan-2020, pingtan-2022, hongze-2023/2024)
    "全年累计报送各类信息340余条。其中镇政府信息公开指南1篇，镇政府信息公开年报1篇，"
    "业务工作、法规公文等其他信息300余条",
    "1、2021年，我镇人大代表建议办理0件；政协委员提案办理0件。",
    "本报告中所列数据从2021年1月1日截止到2021年12月31日。如对本报告有疑问，"
    "请与齐都镇人民政府党政办公室联系（地址：临淄区齐都路232号，电话：0533-7830243)。",
    "组织开展19期《问政平潭之有事你说》，上线部门22家，收到群众诉求348件，现场解决162件，"
    "跟进解决186件，办结率100%。",
    "三是加强行政复议、行政诉讼案件的处理工作。",
    "2023 年，我区在政 |\n| 府网站平台主动公开政府信息 1136 条。 |",
    "各行政机关答复的方式、格式、不予公开依据等更加规范，有效\n降低行政复议、行政诉讼发生率和纠错率。",
    # Years, dates, phone numbers, articles, percentages
    "2021年政府信息公开工作年度报告，依申请公开部分。",
    "依申请公开咨询电话：0533-7830243，2021年1月1日起受理申请。",
    "根据《条例》第三十条规定，补正后申请内容仍不明确的，不再处理。",
    "政府信息公开申请办结率100%，答复率达到98.5%。",
    "政府信息公开申请数量较去年回落12.3%。",
    # Counts of other things
    "主动公开政府信息1136条，依申请公开工作有序开展。",
    "全区共办理行政复议案件120件，办结率100%。",  # as a review body, not about disclosure
    "依申请公开信息12条。",
    "受理依申请公开咨询120人次。",
    "收到政府信息公开申请17件次。",
    "共收到3个申请人提出的政府信息公开申请。",
    "收到申请后，办理人大代表建议3件。",
    # Approximations
    "全年共收到政府信息公开申请约20件。",
    "全年共收到政府信息公开申请近20件。",
    "全年共收到政府信息公开申请20余件。",
    "全年共收到政府信息公开申请20多件。",
    "全年共收到政府信息公开申请20件左右。",
    "全年共收到政府信息公开申请100件以上。",
    "全年共收到政府信息公开申请超过100件。",
    "全年共收到政府信息公开申请数十件。",
    "全年共收到政府信息公开申请十几件。",
    "全年共收到政府信息公开申请三四件。",
    # Numbers split by whitespace, which could be two numbers
    "全年共收到政府信息公开申请3 119件。",
    "全年共收到政府信息公开申请1, 234件。",
    # Parts of counts, negations, other years, explicit years
    "网上收到政府信息公开申请12件。",
    "按期答复政府信息公开申请200件，延期答复5件。",
    "2020年结转至2021年的申请2件。",
    "收到政府信息公开申请后，在20个工作日内予以答复。",
    "与上年受理的15件相比有所增加，依申请公开工作平稳。",
    "其中网上收到政府信息公开申请15件。",
    "不予受理政府信息公开申请3件。",
    "上年收到政府信息公开申请12件，本年度有所增加。",
    "去年同期收到政府信息公开申请12件。",
    "逾期答复政府信息公开申请2件。",
    "当场答复政府信息公开申请5件。",
    "尚未办结政府信息公开申请2件。",
    "因政府信息公开复议后提起行政诉讼2件。",
    "政府信息公开申请人直接提起行政诉讼2件。",
    # Statements of none that say nothing about the count
    "本年度未发生政府信息公开行政复议纠错案件。",
    "本年度未发生政府信息公开行政复议被撤销的情况。",
    "未发生行政复议、行政诉讼败诉的情况，政府信息公开工作平稳。",
    "本年度未收到政府信息公开申请人的投诉。",
    # 一起 as “together”
    "政府信息公开行政复议工作与行政诉讼一起研究部署。",
    # No anchor at all
    "",
    "本机关全年发布信息2428条。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_statement(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------------------
# Properties

#: Filler that can neither make a statement nor change the inserted one.
FILLER = st.text(
    alphabet=st.sampled_from(
        list("我镇区县市局的工作情况方面本年度了进推动加强规范，。、；：xyzXYZ0123456789 \n")
    ),
    max_size=60,
)
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def written(n: int, form: str) -> str:
    if form == "chinese":
        return format_chinese(n)
    if form == "grouped":
        return f"{n:,}"
    if form == "fullwidth":
        return str(n).translate(FULLWIDTH)
    return str(n)


@given(
    FILLER,
    st.integers(min_value=0, max_value=10**8),
    st.sampled_from(["arabic", "chinese", "grouped", "fullwidth"]),
    FILLER,
)
def test_inserted_statement_is_found(before: str, n: int, form: str, after: str) -> None:
    number = written(n, form)
    phrase = f"收到政府信息公开申请{number}件"
    statements = find_statements(before + phrase + after)
    assert statements == [Statement(NEW, n, phrase, len(before), len(before) + len(phrase), number)]


#: (words before the phrase, the phrase with a place for the number, its topic)
TEMPLATES = [
    ("", "收到政府信息公开申请{}件", NEW),
    ("申请，", "上年结转{}件", OVER),
    ("申请，", "结转下年度继续办理{}件", FORWARD),
    ("", "政府信息公开行政复议{}起", REVIEWS),
    ("", "政府信息公开行政诉讼{}件", LAWSUITS),
]


@given(
    FILLER,
    st.lists(
        st.tuples(
            st.sampled_from(TEMPLATES),
            st.integers(min_value=0, max_value=99999),
            st.sampled_from(["arabic", "chinese"]),
            FILLER,
        ),
        max_size=5,
    ),
)
def test_several_statements_in_order(
    before: str, parts: list[tuple[tuple[str, str, Topic], int, str, str]]
) -> None:
    text = before
    expected = []
    for (context, template, topic), n, form, filler in parts:
        text += context
        phrase = template.format(written(n, form))
        start = len(text)
        expected.append(Statement(topic, n, phrase, start, start + len(phrase), written(n, form)))
        text += phrase + "。" + filler
    assert find_statements(text) == expected


#: Text made of the words statements are made of, in any order.
DOMAIN = st.text(
    alphabet=st.sampled_from(
        list("申请复议诉讼结转顺延收到受理办结答复件起宗份个条未无没发生行政信息公开政府上下年度")
        + list("0123456789十百千万两零一，。、；（）其中约余多 \n")
    ),
    max_size=200,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(DOMAIN, st.text(max_size=200)))
def test_any_text(text: str) -> None:
    """Never an exception; every statement is where it says, with the value of its number."""
    for statement in find_statements(text):
        assert text[statement.start : statement.end] == statement.text
        assert statement.number_text
        assert statement.number_text in statement.text
        if statement.number_text[0] in _narrative._NUMERALS:
            assert parse_chinese(statement.number_text) == statement.value
        else:  # a statement of none, which begins with its negation
            assert statement.value == 0
            assert statement.text.startswith(statement.number_text)


def test_statement_is_frozen() -> None:
    statement = find_statements("全年共收到政府信息公开申请17件。")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        statement.value = 18  # type: ignore[misc]
    assert {topic.value for topic in Topic} == {
        "new_requests",
        "carried_over",
        "handled",
        "carried_forward",
        "reviews",
        "lawsuits",
        "granted",
        "partly_granted",
        "granted_or_partly",
        "withheld",
        "unavailable",
        "not_processed",
        "other_handling",
    }


def test_fast_paths_agree_with_the_general_ones() -> None:
    """Arabic numbers read without parse_chinese, contexts read in place, quick statements."""
    assert find_statements("全年共收到政府信息公开申请12345678901234567件。") == []
    assert found("全年共收到政府信息公开申请0017件。") == [
        (NEW, 17, "收到政府信息公开申请0017件", "0017")
    ]
    assert found("上年结转申请 3\n件，办结\n 5件，另有2件结转下年度。") == [
        (OVER, 3, "上年结转申请 3\n件", "3"),
        (HANDLED, 5, "办结\n 5件", "5"),
        (FORWARD, 2, "另有2件结转下年度", "2"),
    ]
    statement = find_statements("全年共收到政府信息公开申请17件。")[0]
    assert statement == Statement(NEW, 17, "收到政府信息公开申请17件", 3, 16, "17")
    assert attrs.asdict(statement) == attrs.asdict(Statement(*attrs.astuple(statement)))
    assert hash(statement) == hash(Statement(NEW, 17, "收到政府信息公开申请17件", 3, 16, "17"))


def test_long_adversarial_texts_are_quick() -> None:
    """No pattern backtracks badly: each text below takes far less than a second."""
    texts = [
        "政府信息公开申请" * 1000 + "1件",
        "申请" + "1" * 5000 + "件",
        "依申请公开" + "一二三四五六七八九十" * 500 + "件",
        ("收到政府信息公开申请17件，" * 300),
        "未发生" + "行政复议、" * 2000,
        "诉讼" + " " * 5000 + "1件",
    ]
    for text in texts:
        began = time.perf_counter()
        find_statements(text)
        assert time.perf_counter() - began < 1.0


# ---------------------------------------------------------------------------
# The pattern machinery: reversal and dispatch by first character


@pytest.mark.parametrize(("kind", "pattern"), _narrative._LEFT_PATTERNS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_left_patterns_reverse(kind: str, pattern: str, data: st.DataObject) -> None:
    """The reversed pattern matches exactly the reversed texts, and dispatch finds it."""
    parsed = _narrative._parse(pattern)
    forward = re.compile(_narrative._render(parsed))
    backward = re.compile(_narrative._render(parsed, reverse=True))
    words = data.draw(st.from_regex(forward, fullmatch=True))
    assert backward.fullmatch(words[::-1])
    assert _narrative._LEFT.match(words[::-1], 0, len(words)) is not None


@pytest.mark.parametrize(("kind", "pattern"), _narrative._RIGHT_PATTERNS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_right_patterns_allow_whitespace(kind: str, pattern: str, data: st.DataObject) -> None:
    """Whitespace between any two characters does not change what matches."""
    words = data.draw(
        st.from_regex(re.compile(_narrative._render(_narrative._parse(pattern))), fullmatch=True)
    )
    # A line break between any two characters, but not inside a number or a title.
    spaced = words[:1]
    for a, b in itertools.pairwise(words):
        inside = (a.isdigit() and b.isdigit()) or "《" in words
        spaced += b if inside else "\n" + b
    hit = _narrative._RIGHT.match(spaced, 0, len(spaced))
    assert hit is not None
    assert hit[1].end() == len(spaced) or hit[0] != kind


def test_render() -> None:
    parsed = _narrative._parse("收到(?:政府)?信息[0-9]{1,3}|申请")
    assert _narrative._render(parsed) == "收到(?:政府|)信息[0-9]{1,3}|申请"
    assert _narrative._render(parsed, reverse=True) == "[0-9]{1,3}息信(?:府政|)到收|请申"
    assert _narrative._first(parsed) == (frozenset("收申"), False)
    assert _narrative._first(parsed, reverse=True) == (frozenset("0123456789请"), False)


@pytest.mark.parametrize("pattern", ["a(b", "a)b", "a.b", r"a\d", "(?=a)b", "[^a]b"])
def test_unsupported_patterns(pattern: str) -> None:
    with pytest.raises(ValueError, match=r"unsupported|unbalanced|unclosed|negated"):
        _narrative._first(_narrative._parse(pattern))


def test_an_anchor_at_the_start_has_no_partner_at_the_end() -> None:
    # 讼 first and 诉 last: str.startswith(partner, -1) would look at the last character.
    assert _narrative._windows("讼收到申请3件诉") == [(0, 8)]  # the window of 申请 only
    assert _narrative._windows("讼，收到3件。诉") == []
