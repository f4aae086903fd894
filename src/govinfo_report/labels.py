"""The label catalogue: every heading, caption, header, row, column and note of the format.

Each :class:`Label` has a stable dotted id, the official text in simplified
script (``zh_Hans``), the same text in traditional script (``zh_Hant``) and an
English rendering (``en``).  A numbered label stores its level and number, not
a marker string: the marker is written per locale, ``一、`` ``（一）`` ``1.`` in
Chinese (as the format prints them) and ``I.`` ``(i)`` ``1.`` in English, where
Chinese numerals become Roman numerals and Arabic ones stay Arabic.

>>> label("t3.row.R3_3_1")
'1.属于国家秘密'
>>> label("t3.group.G3_3", "zh_TW"), label("t3.group.G3_3", "en")
('（三）不予公開', '(iii) Not disclosed')
>>> label("section.requests", "en-GB")
'III. Requests for government information received and handled'
>>> get_label("t2.column.amount").texts["zh_Hans"]
'本年收费金额（单位：万元）'

Ids are ``section.<key>`` for the six section headings, and
``t2.``/``t3.``/``t4.`` followed by ``caption``, ``header``, ``column``,
``row``, ``group`` or ``note`` and the key the format reference uses
(``t3.row.R3_3_1``, ``t3.column.NP``, ``t4.group.RV``, ``t4.column.maintain``).
Ids are promises: they are never renamed or reused.

Locales are negotiated by :func:`label_locale`: Traditional-script Chinese
(``zh_TW``, ``zh_HK``, ``zh_Hant``) gets ``zh_Hant``, English (``en``,
``en_US``, ``en_GB`` …) gets ``en``, and everything else, other Chinese and
languages the catalogue has no texts for, gets the official ``zh_Hans``.
The traditional texts are a character-by-character conversion of the
official text; the vocabulary (信息, not 資訊) and the punctuation are kept.

Texts come from the model's enums where they carry them (:class:`~govinfo_report.model.Row`,
:class:`~govinfo_report.model.RowGroup`, :class:`~govinfo_report.model.Applicant`,
:class:`~govinfo_report.model.AppealGroup`, :class:`~govinfo_report.model.AppealOutcome`),
so the two can never disagree.  The catalogue is kept per :class:`~govinfo_report.Edition`:
the 2019 edition (国办公开办函〔2019〕60号) has its own table 二 (22 cells, with
``t2.column.change`` 本年增/减 and the 政府集中采购 block) and a single row
``t3.row.R3_6`` （六）其他处理; its other labels are those of 2021.

>>> label("t3.row.R3_6", edition="2019"), label("t2.column.change", "en", edition="2019")
('（六）其他处理', 'Change this year (+/-)')
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final, Literal, TypeAlias

import attrs

from .editions import Edition
from .errors import GovInfoReportError
from .i18n import LocaleLike, negotiate_locale
from .model import AppealGroup, AppealOutcome, Applicant, Row, RowGroup
from .numerals import format_chinese, format_marker, parse_marker

__all__ = [
    "LABELS",
    "LOCALES",
    "Label",
    "LabelLocale",
    "UnknownLabelError",
    "catalogue",
    "get_label",
    "iter_labels",
    "label",
    "label_locale",
]

#: A locale the catalogue has texts for.
LabelLocale: TypeAlias = Literal["zh_Hans", "zh_Hant", "en"]
#: The locales of every label, the official one first.
LOCALES: Final[tuple[LabelLocale, ...]] = ("zh_Hans", "zh_Hant", "en")

_ID: Final = re.compile(r"[a-z][a-z0-9]*(\.[A-Za-z0-9_]+)+")
_ROMAN: Final = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


class UnknownLabelError(GovInfoReportError, LookupError):
    """A label id, or an edition, that the catalogue does not have.

    >>> get_label("t3.row.R3_3_9")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govinfo_report.labels.UnknownLabelError: no label 't3.row.R3_3_9' in the 2021 ...
    """

    code = "label.unknown"


def _roman(n: int) -> str:
    """*n* (1 ≤ n < 4000) in Roman numerals."""
    parts = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


def _check_text(instance: Label, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise ValueError(f"label {attribute.name} must be non-empty trimmed text, not {value!r}")


def _check_id(instance: Label, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError(f"{value!r} is not a dotted label id such as 't3.row.R1'")


@attrs.frozen
class Label:
    """One label of the format, in every locale of the catalogue.

    *level* 1, 2 or 3 and *number* place a numbered label in the numbering
    (``（三）`` is level 2, number 3); both are ``None`` for a label without
    a marker.

    >>> row = get_label("t3.row.R3_2")
    >>> row.marker(), row.marker("en"), row.text("en")[:16]
    ('（二）', '(ii)', 'Partly disclosed')
    >>> str(get_label("t4.column.maintain"))
    '结果维持'
    """

    id: str = attrs.field(validator=_check_id)
    #: The official text, in simplified script, without its marker.
    zh_hans: str = attrs.field(validator=_check_text)
    #: The official text in traditional script, without its marker.
    zh_hant: str = attrs.field(validator=_check_text)
    #: The English text, without its marker.
    en: str = attrs.field(validator=_check_text)
    level: int | None = attrs.field(default=None, kw_only=True)
    number: int | None = attrs.field(default=None, kw_only=True)
    edition: Edition = attrs.field(
        default=Edition.FORMAT_2021, kw_only=True, validator=attrs.validators.instance_of(Edition)
    )

    def __attrs_post_init__(self) -> None:
        if (self.level is None) != (self.number is None):
            raise ValueError(f"label {self.id}: give both level and number, or neither")
        if self.number is not None and (self.level not in (1, 2, 3) or not 1 <= self.number < 4000):
            raise ValueError(f"label {self.id}: no marker of level {self.level} {self.number}")

    @property
    def texts(self) -> Mapping[LabelLocale, str]:
        """The texts without marker, by locale."""
        return {"zh_Hans": self.zh_hans, "zh_Hant": self.zh_hant, "en": self.en}

    def text(self, locale: LocaleLike = "zh_Hans") -> str:
        """The text in *locale*, without its marker."""
        return self.texts[label_locale(locale)]

    def marker(self, locale: LocaleLike = "zh_Hans") -> str:
        """The marker in *locale*, such as ``（二）`` or ``(ii)``; empty if unnumbered."""
        return _marker(self.level, self.number, label_locale(locale))

    def format(self, locale: LocaleLike = "zh_Hans") -> str:
        """The full label in *locale*: marker and text.

        >>> get_label("t3.row.R4").format("zh_Hant")
        '四、結轉下年度繼續辦理'
        """
        key = label_locale(locale)
        marker = _marker(self.level, self.number, key)
        text = self.texts[key]
        if not marker:
            return text
        return f"{marker} {text}" if key == "en" else marker + text

    def __str__(self) -> str:
        return self.format()


def _marker(level: int | None, number: int | None, locale: LabelLocale) -> str:
    if level is None or number is None:
        return ""
    if locale == "en":
        if level == 1:
            return f"{_roman(number)}."
        if level == 2:
            return f"({_roman(number).lower()})"
        return f"{number}."
    # The format prints sub-items with an ASCII point: 1.属于国家秘密.
    return format_marker(level, number, fullwidth=level != 3)


def label_locale(locale: LocaleLike) -> LabelLocale:
    """The catalogue locale that serves *locale*; ``zh_Hans`` for any it has no texts for.

    Raises :class:`~govinfo_report.i18n.InvalidLocaleError` for a malformed identifier.

    >>> [label_locale(x) for x in ("zh_CN", "zh-HK", "zh_Hant", "en_US", "fr", "zh")]
    ['zh_Hans', 'zh_Hant', 'zh_Hant', 'en', 'zh_Hans', 'zh_Hans']
    """
    found = negotiate_locale(locale, LOCALES, default="zh_Hans")
    for key in LOCALES:  # narrows str to LabelLocale
        if found == key:
            return key
    raise AssertionError(found)  # pragma: no cover - negotiate_locale returns one of LOCALES


# --- the 2021 edition -------------------------------------------------------------

# (key, zh_Hans, zh_Hant, en) of the section headings, numbered 一、 to 六、 in order.
_SECTIONS_2021: Final = (
    ("general", "总体情况", "總體情況", "Overview"),
    (
        "proactive",
        "主动公开政府信息情况",
        "主動公開政府信息情況",
        "Proactive disclosure of government information",
    ),
    (
        "requests",
        "收到和处理政府信息公开申请情况",
        "收到和處理政府信息公開申請情況",
        "Requests for government information received and handled",
    ),
    (
        "review_litigation",
        "政府信息公开行政复议、行政诉讼情况",
        "政府信息公開行政複議、行政訴訟情況",
        "Administrative reviews and lawsuits over government information disclosure",
    ),
    (
        "problems",
        "存在的主要问题及改进情况",
        "存在的主要問題及改進情況",
        "Main problems and improvements",
    ),
    ("other", "其他需要报告的事项", "其他需要報告的事項", "Other matters to report"),
)

# Table 二: the items of 条例第二十条 that the blocks cite, by block key.
_T2_BLOCKS: Final = (("art20_1", 1), ("art20_5", 5), ("art20_6", 6), ("art20_8", 8))
_T2_UNIT: Final = ("（单位：万元）", "（單位：萬元）", "(unit: 10,000 yuan)")
_T2_COLUMNS: Final = (
    ("content", "信息内容", "信息內容", "Information"),
    ("issued", "本年制发件数", "本年制發件數", "Issued this year"),
    ("repealed", "本年废止件数", "本年廢止件數", "Repealed this year"),
    ("in_force", "现行有效件数", "現行有效件數", "Currently in force"),
    ("decisions", "本年处理决定数量", "本年處理決定數量", "Decisions this year"),
    # The unit note N3 is appended to this one.
    ("amount", "本年收费金额", "本年收費金額", "Fees collected this year"),
)
_T2_ROWS: Final = (
    ("rules", "规章", "規章", "Rules"),
    ("normative_docs", "行政规范性文件", "行政規範性文件", "Administrative normative documents"),
    ("licensing", "行政许可", "行政許可", "Administrative licensing"),
    ("penalty", "行政处罚", "行政處罰", "Administrative penalties"),
    ("coercion", "行政强制", "行政強制", "Administrative coercion"),
    ("admin_fees", "行政事业性收费", "行政事業性收費", "Administrative and institutional fees"),
)

# Table 三: (zh_Hant, en) of the texts that the model's enums give in zh_Hans.
_T3_NOTE_N1: Final = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）",
    "(In each column, item I plus item II equals item III plus item IV)",
)
_T3_NOTE_N2: Final = (
    "（區分處理的，只計這一情形，不計其他情形）",
    "(if redacted, count here only, not under any other outcome)",
)
_T3_HEADERS: Final = (
    ("applicants", "申请人情况", "申請人情況", "Applicants"),
    (
        "organisations",
        "法人或其他组织",
        "法人或其他組織",
        "Legal persons and other organisations",
    ),
)
_T3_COLUMNS: Final[dict[Applicant, tuple[str, str]]] = {
    Applicant.NATURAL_PERSON: ("自然人", "Natural persons"),
    Applicant.COMMERCIAL: ("商業企業", "Commercial enterprises"),
    Applicant.RESEARCH: ("科研機構", "Research institutions"),
    Applicant.NONPROFIT: ("社會公益組織", "Non-profit organisations"),
    Applicant.LEGAL_SERVICE: ("法律服務機構", "Legal service providers"),
    Applicant.OTHER: ("其他", "Other"),
    Applicant.TOTAL: ("總計", "Total"),
}
_T3_GROUPS: Final[dict[RowGroup, tuple[str, str]]] = {
    RowGroup.OUTCOMES: ("本年度辦理結果", "Outcomes this year"),
    RowGroup.WITHHELD: ("不予公開", "Not disclosed"),
    RowGroup.UNAVAILABLE: ("無法提供", "Cannot be provided"),
    RowGroup.NOT_PROCESSED: ("不予處理", "Not processed"),
    RowGroup.OTHER_HANDLING: ("其他處理", "Other handling"),
}
# R3_2 is composed of its text and note N2, in every locale.
_T3_ROWS: Final[dict[Row, tuple[str, str]]] = {
    Row.NEW_REQUESTS: ("本年新收政府信息公開申請數量", "New requests received this year"),
    Row.CARRIED_OVER: ("上年結轉政府信息公開申請數量", "Requests carried over from last year"),
    Row.GRANTED: ("予以公開", "Disclosed"),
    Row.PARTLY_GRANTED: ("部分公開", "Partly disclosed"),
    Row.WITHHELD_STATE_SECRET: ("屬於國家秘密", "State secrets"),
    Row.WITHHELD_PROHIBITED_BY_LAW: (
        "其他法律行政法規禁止公開",
        "Disclosure prohibited by other laws or administrative regulations",
    ),
    Row.WITHHELD_SECURITY_STABILITY: (
        "危及“三安全一穩定”",
        "Would endanger national, public or economic security, or social stability",
    ),
    Row.WITHHELD_THIRD_PARTY: (
        "保護第三方合法權益",
        "Protection of third parties' lawful rights and interests",
    ),
    Row.WITHHELD_INTERNAL_AFFAIRS: (
        "屬於三類內部事務信息",
        "Internal affairs information (three kinds)",
    ),
    Row.WITHHELD_PROCESS_INFO: ("屬於四類過程性信息", "Process information (four kinds)"),
    Row.WITHHELD_ENFORCEMENT_FILES: (
        "屬於行政執法案卷",
        "Administrative law-enforcement case files",
    ),
    Row.WITHHELD_ADMIN_INQUIRY: ("屬於行政查詢事項", "Administrative inquiry matters"),
    Row.UNAVAILABLE_NOT_HELD: ("本機關不掌握相關政府信息", "Information not held by this agency"),
    Row.UNAVAILABLE_NEEDS_CREATION: (
        "沒有現成信息需要另行製作",
        "No existing information; it would have to be created",
    ),
    Row.UNAVAILABLE_UNCLEAR: ("補正後申請內容仍不明確", "Request still unclear after amendment"),
    Row.NOT_PROCESSED_PETITION: ("信訪舉報投訴類申請", "Petitions, reports and complaints"),
    Row.NOT_PROCESSED_DUPLICATE: ("重複申請", "Repeated requests"),
    Row.NOT_PROCESSED_PUBLICATION: ("要求提供公開出版物", "Requests for published materials"),
    Row.NOT_PROCESSED_EXCESSIVE: (
        "無正當理由大量反覆申請",
        "Numerous repeated requests without good reason",
    ),
    Row.NOT_PROCESSED_CONFIRMATION: (
        "要求行政機關確認或重新出具已獲取信息",
        "Requests to confirm or reissue information already obtained",
    ),
    Row.OTHER_NO_CORRECTION: (
        "申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請",
        "Applicant did not amend the request in time without good reason; no longer processed",
    ),
    Row.OTHER_FEE_UNPAID: (
        "申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請",
        "Applicant did not pay the notified fee in time; no longer processed",
    ),
    Row.OTHER_MISC: ("其他", "Other"),
    Row.TOTAL_HANDLED: ("總計", "Total"),
    Row.CARRIED_FORWARD: ("結轉下年度繼續辦理", "Carried over to next year"),
}
_T4_LITIGATION: Final = ("行政诉讼", "行政訴訟", "Administrative litigation")
_T4_GROUPS: Final[dict[AppealGroup, tuple[str, str]]] = {
    AppealGroup.REVIEW: ("行政複議", "Administrative review"),
    AppealGroup.DIRECT_LITIGATION: ("未經複議直接起訴", "Lawsuits without prior review"),
    AppealGroup.LITIGATION_AFTER_REVIEW: ("複議後起訴", "Lawsuits after review"),
}
_T4_COLUMNS: Final[dict[AppealOutcome, tuple[str, str]]] = {
    AppealOutcome.MAINTAINED: ("結果維持", "Upheld"),
    AppealOutcome.CORRECTED: ("結果糾正", "Corrected"),
    AppealOutcome.OTHER: ("其他結果", "Other outcome"),
    AppealOutcome.PENDING: ("尚未審結", "Pending"),
    AppealOutcome.TOTAL: ("總計", "Total"),
}


def _numbered(
    id: str, marked: str, zh_hant: str, en: str, edition: Edition = Edition.FORMAT_2021
) -> Label:
    """The label *id* whose official text *marked* starts with its marker."""
    level, number, text = parse_marker(marked)
    return Label(id, text, zh_hant, en, level=level, number=number, edition=edition)


def _labels_2021() -> Iterator[Label]:
    """The 2021 labels, table by table, in the order the format prints them."""
    for number, (key, zh_hans, zh_hant, en) in enumerate(_SECTIONS_2021, 1):
        yield Label(f"section.{key}", zh_hans, zh_hant, en, level=1, number=number)

    columns = {key: texts for key, *texts in _T2_COLUMNS}
    rows = {key: texts for key, *texts in _T2_ROWS}
    unit_hans, unit_hant, unit_en = _T2_UNIT
    block_columns = (("content", "issued", "repealed", "in_force"), ("decisions",), (), ("amount",))
    block_rows = (("rules", "normative_docs"), ("licensing",), ("penalty", "coercion"))
    for (block, item), column_keys, row_keys in zip(
        _T2_BLOCKS, block_columns, (*block_rows, ("admin_fees",)), strict=True
    ):
        cited = format_marker(2, item)
        yield Label(
            f"t2.caption.{block}",
            f"第{format_chinese(20)}条第{cited}项",
            f"第{format_chinese(20)}條第{cited}項",
            f"Article 20, item ({item})",
        )
        for key in column_keys:
            zh_hans, zh_hant, en = columns[key]
            if key == "amount":
                zh_hans, zh_hant, en = zh_hans + unit_hans, zh_hant + unit_hant, f"{en} {unit_en}"
            yield Label(f"t2.column.{key}", zh_hans, zh_hant, en)
        for key in row_keys:
            yield Label(f"t2.row.{key}", *rows[key])
    yield Label("t2.note.N3", *_T2_UNIT)

    yield from _table_three(Edition.FORMAT_2021)
    yield from _table_four(Edition.FORMAT_2021)


def _table_three(edition: Edition) -> Iterator[Label]:
    """The labels of table 三: the same in both editions but for （六）, one row in 2019."""
    yield Label("t3.note.N1", *_T3_NOTE_N1, edition=edition)
    headers = {key: texts for key, *texts in _T3_HEADERS}
    yield Label("t3.header.applicants", *headers["applicants"], edition=edition)
    for column in Applicant:
        if column is Applicant.COMMERCIAL:  # 法人或其他组织 spans 商业企业 … 其他
            yield Label("t3.header.organisations", *headers["organisations"], edition=edition)
        yield Label(
            f"t3.column.{column.value}", column.label, *_T3_COLUMNS[column], edition=edition
        )
    printed_groups: set[RowGroup] = set()
    note_hans = ""
    for row in Row:
        if edition is Edition.FORMAT_2019 and RowGroup.OTHER_HANDLING in row.groups:
            # 2019: （六）其他处理 is one row of its own, R3_6, without sub-items.
            if row is Row.OTHER_NO_CORRECTION:
                group = RowGroup.OTHER_HANDLING
                yield _numbered("t3.row.R3_6", group.label, *_T3_GROUPS[group], edition)
            continue
        for group in row.groups:
            if group not in printed_groups:
                printed_groups.add(group)
                yield _numbered(f"t3.group.{group.value}", group.label, *_T3_GROUPS[group], edition)
        zh_hant, en = _T3_ROWS[row]
        if row is Row.PARTLY_GRANTED:
            # The enum's text is 部分公开 followed by note N2.
            note_hans = row.text[row.text.index("（") :]
            zh_hant, en = zh_hant + _T3_NOTE_N2[0], f"{en} {_T3_NOTE_N2[1]}"
        yield _numbered(f"t3.row.{row.value}", row.label, zh_hant, en, edition)
    yield Label("t3.note.N2", note_hans, *_T3_NOTE_N2, edition=edition)


def _table_four(edition: Edition) -> Iterator[Label]:
    """The labels of table 四, the same in both editions."""
    for appeal in AppealGroup:
        yield Label(f"t4.group.{appeal.value}", appeal.label, *_T4_GROUPS[appeal], edition=edition)
        if appeal is AppealGroup.REVIEW:  # 行政诉讼 spans the two kinds of lawsuit
            yield Label("t4.header.litigation", *_T4_LITIGATION, edition=edition)
    for outcome in AppealOutcome:
        yield Label(
            f"t4.column.{outcome.value}", outcome.label, *_T4_COLUMNS[outcome], edition=edition
        )


# --- the 2019 edition -------------------------------------------------------------

# The section headings as the 2019 reports print them (format-2019.md §2): as in 2021,
# but 五 names 政府信息公开工作.
_SECTIONS_2019: Final = tuple(
    (
        "problems",
        "政府信息公开工作存在的主要问题及改进情况",
        "政府信息公開工作存在的主要問題及改進情況",
        "Main problems in government information disclosure and improvements",
    )
    if key == "problems"
    else (key, zh_hans, zh_hant, en)
    for key, zh_hans, zh_hant, en in _SECTIONS_2021
)
# Table 二 (format-2019.md §3): five blocks, 22 value cells.
_T2_BLOCKS_2019: Final = (
    ("art20_1", 1, ("content", "new_made", "new_published", "published_total"),
     ("rules", "normative_docs")),
    ("art20_5", 5, ("content", "prev_items", "change", "decisions"),
     ("licensing", "other_services")),
    ("art20_6", 6, ("content", "prev_items", "change", "decisions"), ("penalty", "coercion")),
    ("art20_8", 8, ("content", "prev_items", "change"), ("admin_fees",)),
    ("art20_9", 9, ("content", "items", "amount"), ("central_procurement",)),
)  # fmt: skip
_T2_COLUMNS_2019: Final = (
    ("content", "信息内容", "信息內容", "Information"),
    ("new_made", "本年新制作数量", "本年新製作數量", "Newly made this year"),
    ("new_published", "本年新公开数量", "本年新公開數量", "Newly published this year"),
    ("published_total", "对外公开总数量", "對外公開總數量", "Published in total"),
    ("prev_items", "上一年项目数量", "上一年項目數量", "Items the year before"),
    ("change", "本年增/减", "本年增/減", "Change this year (+/-)"),
    ("decisions", "处理决定数量", "處理決定數量", "Decisions"),
    ("items", "采购项目数量", "採購項目數量", "Procurement items"),
    ("amount", "采购总金额", "採購總金額", "Total procurement amount"),
)
_T2_ROWS_2019: Final = (
    ("rules", "规章", "規章", "Rules"),
    ("normative_docs", "规范性文件", "規範性文件", "Normative documents"),
    ("licensing", "行政许可", "行政許可", "Administrative licensing"),
    (
        "other_services",
        "其他对外管理服务事项",
        "其他對外管理服務事項",
        "Other external management and service matters",
    ),
    ("penalty", "行政处罚", "行政處罰", "Administrative penalties"),
    ("coercion", "行政强制", "行政強制", "Administrative coercion"),
    ("admin_fees", "行政事业性收费", "行政事業性收費", "Administrative and institutional fees"),
    ("central_procurement", "政府集中采购", "政府集中採購", "Centralised government procurement"),
)


def _labels_2019() -> Iterator[Label]:
    """The 2019 labels, table by table, in the order the format prints them."""
    edition = Edition.FORMAT_2019
    for number, (key, zh_hans, zh_hant, en) in enumerate(_SECTIONS_2019, 1):
        yield Label(f"section.{key}", zh_hans, zh_hant, en, level=1, number=number, edition=edition)
    columns = {key: texts for key, *texts in _T2_COLUMNS_2019}
    rows = {key: texts for key, *texts in _T2_ROWS_2019}
    printed: set[str] = set()
    for block, item, column_keys, row_keys in _T2_BLOCKS_2019:
        cited = format_marker(2, item)
        yield Label(
            f"t2.caption.{block}",
            f"第{format_chinese(20)}条第{cited}项",
            f"第{format_chinese(20)}條第{cited}項",
            f"Article 20, item ({item})",
            edition=edition,
        )
        for key in column_keys:
            if key not in printed:  # a header shared by blocks is one label
                printed.add(key)
                yield Label(f"t2.column.{key}", *columns[key], edition=edition)
        for key in row_keys:
            yield Label(f"t2.row.{key}", *rows[key], edition=edition)
    yield from _table_three(edition)
    yield from _table_four(edition)


def _build(labels: Iterator[Label]) -> Mapping[str, Label]:
    table: dict[str, Label] = {}
    for item in labels:
        if item.id in table:
            raise AssertionError(f"label id {item.id} is defined twice")  # pragma: no cover
        table[item.id] = item
    return MappingProxyType(table)


_CATALOGUES: Final[Mapping[Edition, Mapping[str, Label]]] = {
    Edition.FORMAT_2019: _build(_labels_2019()),
    Edition.FORMAT_2021: _build(_labels_2021()),
}

#: The labels of the 2021 edition by id, in printed order.
LABELS: Final = _CATALOGUES[Edition.FORMAT_2021]


def catalogue(edition: Edition | str = Edition.FORMAT_2021) -> Mapping[str, Label]:
    """The labels of *edition* by id, in the order the format prints them.

    >>> len(catalogue("2021")), catalogue() is LABELS
    (73, True)
    """
    try:
        return _CATALOGUES[Edition(edition)]
    except (KeyError, ValueError):
        raise UnknownLabelError(f"no label catalogue for the {edition} edition yet") from None


def iter_labels(edition: Edition | str = Edition.FORMAT_2021) -> Iterator[Label]:
    """Every label of *edition*, in the order the format prints them.

    >>> [item.id for item in iter_labels()][:3]
    ['section.general', 'section.proactive', 'section.requests']
    """
    return iter(catalogue(edition).values())


def get_label(id: str, *, edition: Edition | str = Edition.FORMAT_2021) -> Label:
    """The label *id* of *edition*.

    >>> get_label("t4.group.LD").en
    'Lawsuits without prior review'
    """
    labels = catalogue(edition)
    found = labels.get(id) if isinstance(id, str) else None
    if found is None:
        close = difflib.get_close_matches(str(id), labels, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise UnknownLabelError(f"no label {id!r} in the {Edition(edition)} edition{hint}")
    return found


def label(
    id: str, locale: LocaleLike = "zh_Hans", *, edition: Edition | str = Edition.FORMAT_2021
) -> str:
    """The full label *id* in *locale*, marker included.

    >>> label("section.general"), label("section.general", "en")
    ('一、总体情况', 'I. Overview')
    >>> label("t3.column.NP", "zh_Hant_TW"), label("t2.caption.art20_5", "en_US")
    ('自然人', 'Article 20, item (5)')
    """
    return get_label(id, edition=edition).format(locale)
