"""Cell addresses as people read them: row label × column label, in a locale.

``R3_7[BIZ]`` is ``三、本年度办理结果 （七）总计 × 商业企业`` in Chinese.  Every text
comes from the label catalogue, so coordinates read the same as the labels
other tools print, in every locale the catalogue has.  The single （六）其他处理
row of a table printed without its three sub-items (``R3_6``) takes its text
from the 2019 catalogue, the format that prints it so.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

from .editions import Edition
from .i18n import LocaleLike
from .labels import label, label_locale
from .model import SINGLE_OTHER_ROW, AppealGroup, Row, RowGroup
from .proactive import ProactiveLayout, registered

__all__ = ["coordinates", "describe"]

# Table 二 (2021): row key -> block caption id.
_CAPTIONS: Final = {
    "rules": "art20_1",
    "normative_docs": "art20_1",
    "licensing": "art20_5",
    "penalty": "art20_6",
    "coercion": "art20_6",
    "admin_fees": "art20_8",
}


def _candidates(preferred: str) -> Iterator[ProactiveLayout]:
    """The registered layouts, the one named *preferred* (if any) first."""
    layouts = registered()
    for layout in layouts:
        if layout.name == preferred:
            yield layout
    yield from layouts


def _layout_with_row(key: str, preferred: str = "") -> ProactiveLayout | None:
    """The first registered layout of table 二 with the row *key* (2021's, then 2019's…)."""
    for layout in _candidates(preferred):
        if key in layout.row_keys:
            return layout
    return None


def _layout_with_cell(address: str, preferred: str = "") -> ProactiveLayout | None:
    for layout in _candidates(preferred):
        if layout.cell(address) is not None:
            return layout
    return None


_APPLICANTS: Final = frozenset(("NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"))
_SECTIONS: Final = frozenset(
    ("general", "proactive", "requests", "review_litigation", "problems", "other")
)


def _parents(group: RowGroup) -> tuple[RowGroup, ...]:
    """The groups *group* is printed under, outermost first."""
    parent = group.parent
    return () if parent is None else (*_parents(parent), parent)


_SINGLE_OTHER_GROUPS: Final = _parents(RowGroup.OTHER_HANDLING)


def _row(key: str, locale: str) -> str:
    if key == SINGLE_OTHER_ROW:
        # （六）其他处理 as one row stands where its group stands, under the same groups.
        groups = _SINGLE_OTHER_GROUPS
        text = label(f"t3.row.{key}", locale, edition=Edition.FORMAT_2019)
    else:
        row = Row(key)
        groups, text = row.groups, label(f"t3.row.{key}", locale)
    parts = [label(f"t3.group.{group.value}", locale) for group in groups]
    return " ".join([*parts, text])


def _group(key: str, locale: str) -> str:
    text = label(f"t4.group.{key}", locale)
    if AppealGroup(key) is AppealGroup.REVIEW:
        return text
    return f"{label('t4.header.litigation', locale)} {text}"


def _proactive_row(key: str, locale: str, layout: ProactiveLayout | None = None) -> str:
    layout = layout or _layout_with_row(key)
    if layout is None:
        raise KeyError(key)
    block, _ = layout.row(key)
    return (
        f"{layout.label(f't2.caption.{block.key}', locale)} {layout.label(f't2.row.{key}', locale)}"
    )


@functools.cache
def _coordinates(address: str, locale: str, layout: str = "") -> str:
    if address.endswith("]"):
        row, _, column = address[:-1].partition("[")
        return f"{_row(row, locale)} × {label(f't3.column.{column}', locale)}"
    head, _, tail = address.partition(".")
    table_two = _layout_with_cell(address, layout)
    if table_two is not None:
        column_label = table_two.label(f"t2.column.{tail}", locale)
        return f"{_proactive_row(head, locale, table_two)} × {column_label}"
    return f"{_group(head, locale)} × {label(f't4.column.{tail}', locale)}"


def coordinates(address: str, locale: LocaleLike = "zh_CN", *, layout: str = "") -> str:
    """The human coordinates of the cell at *address* in *locale*.

    A cell of table 二 is named with the labels of the registered layout
    *layout* (by name) when it has the cell, else of the first that has it:
    2021's, then 2019's.

    >>> coordinates("R3_7[BIZ]")
    '三、本年度办理结果 （七）总计 × 商业企业'
    >>> coordinates("RV.total", "en")
    'Administrative review × Total'
    >>> coordinates("rules.issued")
    '第二十条第（一）项 规章 × 本年制发件数'
    >>> coordinates("R3_6[NP]")
    '三、本年度办理结果 （六）其他处理 × 自然人'
    >>> coordinates("R3_6[TOT]", "en")
    'III. Outcomes this year (vi) Other handling × Total'
    >>> coordinates("licensing.change")
    '第二十条第（五）项 行政许可 × 本年增/减'
    >>> coordinates("penalty.decisions"), coordinates("penalty.decisions", layout="2019")
    ('第二十条第（六）项 行政处罚 × 本年处理决定数量', '第二十条第（六）项 行政处罚 × 处理决定数量')
    """
    return _coordinates(address, label_locale(locale), layout)


@functools.cache
def _describe(subject: str, locale: str, layout: str = "") -> str:
    if subject in _APPLICANTS:
        return label(f"t3.column.{subject}", locale)
    if subject in _SECTIONS:
        return label(f"section.{subject}", locale)
    table_two = _layout_with_row(subject, layout)
    if table_two is not None:
        return _proactive_row(subject, locale, table_two)
    try:
        if subject in {"RV", "LD", "LR"}:
            return _group(subject, locale)
        if subject.startswith("R") and "[" not in subject:
            return _row(subject, locale)
        if "[" in subject or "." in subject:
            return _coordinates(subject, locale, layout)
    except (KeyError, ValueError):
        pass
    return subject


def describe(subject: str, locale: LocaleLike = "zh_CN", *, layout: str = "") -> str:
    """What a finding's subject (a row, column, group, section or cell) is called in *locale*.

    Subjects that name none of these are returned as they are.

    >>> describe("BIZ"), describe("RV", "en"), describe("R3_7")
    ('商业企业', 'Administrative review', '三、本年度办理结果 （七）总计')
    """
    return _describe(subject, label_locale(locale), layout)
