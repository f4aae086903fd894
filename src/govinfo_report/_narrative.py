"""Figures that the narrative of a report states, for comparison with its tables.

Reports repeat some table totals in prose: “全年共收到政府信息公开申请17件”,
“上年结转2件”, “办结69件，1件结转下年度继续办理”, “发生政府信息公开行政复议案件2起”,
or “未发生因政府信息公开被申请行政复议、提起行政诉讼的情况”.
:func:`find_statements` finds every such statement, in text order, as a
:class:`Statement` whose :class:`Topic` names the table cell it should equal.

>>> [(s.topic.value, s.value, s.text) for s in find_statements(
...     "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。")]
[('new_requests', 70, '收到70件申请'), ('handled', 69, '办结69件'),
 ('carried_forward', 1, '1件结转下年度继续办理')]
>>> s, = find_statements("全年共收到政府信息公开申请十七件。")
>>> s.value, s.number_text, s.text, s.start, s.end
(17, '十七', '收到政府信息公开申请十七件', 3, 16)
>>> [(s.topic.value, s.value, s.number_text) for s in find_statements(
...     "本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。")]
[('reviews', 0, '未发生'), ('lawsuits', 0, '未发生')]
>>> find_statements("全年累计报送各类信息340余条，收到依申请公开约20件。")
[]

Precision comes first, because a wrong statement becomes a false finding
against a government agency, while a missed one only loses a check:

* Numbers are read only by :func:`~govinfo_report.numerals.parse_chinese`; a
  number it refuses, a digit-by-digit numeral (``三四件`` is “three or four”)
  or a number split by whitespace makes no statement.
* Approximations make no statement: ``约``, ``近``, ``超过`` before the number
  (no phrasing allows them), ``余``, ``多``, ``左右``, ``以上`` … after it.
* Units: applications are counted in 件, 个, 条, 份 or 宗; review and
  litigation cases in 件, 起, 宗 or 个.  ``人次`` and ``件次`` count people or
  visits, not applications, and make no statement; ``一起`` after 复议/诉讼
  counts only where the clause ends (it also means “together”).
* A statement of none (``未发生…行政复议``, ``无…行政诉讼案件``,
  ``未收到政府信息公开申请``, ``无上年结转申请``) has value 0 and, as its
  ``number_text``, the negation as written (``未发生``, ``无``, ``没有``).
  It must end its clause: ``未发生行政复议纠错`` says nothing about the count.
* Statements of review and litigation count only in a sentence about
  政府信息公开 (or 依申请公开): many reports also count the cases the organ
  decides as a review body.  Handled counts and bare counts (``受理23件``)
  count only after a mention of 申请 in the same sentence.
* Sub-counts make no statement: after ``其中`` in the same clause, after a
  negation (``未``, ``不予``, ``尚未``), for other years (``上年收到``), for
  channels or timing (``当场答复``, ``逾期答复``), and for lawsuits after
  review (``复议后提起行政诉讼``) or without it (``直接提起行政诉讼``).

Whitespace, including PDF line breaks inside a phrase, is ignored between
characters; offsets and texts always refer to the text as given.

Cost: a text is first searched for the single characters 申, 讼, 议, 转 and
延 (a C-speed scan); only the sentences around 申请, 诉讼, 复议, 结转 and 顺延
are examined further, and each number found there is classified by matching
two small patterns anchored at it (the left one on the reversed context), so
no regular expression ever scans a whole text.
"""

from __future__ import annotations

import enum
import re
from typing import Final, TypeAlias

import attrs

from govinfo_report.errors import NumeralError
from govinfo_report.numerals import parse_chinese

__all__ = ["Statement", "Topic", "find_statements"]


class Topic(enum.StrEnum):
    """What a statement counts, and the table cell it should equal."""

    #: 本年新收/收到/受理政府信息公开申请 N 件 → ``R1[TOT]``
    NEW_REQUESTS = "new_requests"
    #: 上年结转 N 件 → ``R2[TOT]``
    CARRIED_OVER = "carried_over"
    #: 办结/办理/答复 N 件 → ``R3_7[TOT]``
    HANDLED = "handled"
    #: 结转下年度(继续办理) N 件 → ``R4[TOT]``
    CARRIED_FORWARD = "carried_forward"
    #: 行政复议 N 件/起 → ``RV.total``
    REVIEWS = "reviews"
    #: 行政诉讼 N 件/起 → ``LD.total + LR.total``
    LAWSUITS = "lawsuits"


@attrs.frozen
class Statement:
    """One figure stated in the narrative.

    ``text[start:end]`` of the searched text is ``text``, the phrase as written
    (it may contain line breaks); ``number_text`` is the number as written, or
    for a statement of none the negation (``未发生``, ``无``, …).
    """

    topic: Topic
    value: int
    text: str
    start: int
    end: int
    number_text: str


# ---------------------------------------------------------------------------
# Patterns
#
# The patterns below use a small subset of the re syntax (literal characters,
# [classes], (?:...) and (?P<name>...) groups with |, and the quantifiers
# ? * + {m,n}), which this section parses so that it can
#
# * reverse them: the words before a number are matched backwards, anchored
#   at the number, on the reversed text (a forward search would try every
#   position, and sre is slow at that);
# * allow whitespace between any two characters (PDF text breaks lines even
#   inside words), without compacting the text and mapping positions back;
# * try each only where the text starts with a character it can start with;
# * write (?:X)? as (?:X|), which sre runs several times faster.


@attrs.frozen
class _Group:
    """A parsed group: its opening, such as ``(?:``, and its alternatives."""

    opener: str
    alternatives: tuple[tuple[tuple[str | _Group, str], ...], ...]


#: Alternatives, each a sequence of (atom, quantifier); an atom is a character,
#: a [class] or a group.
_Parsed: TypeAlias = tuple[tuple[tuple[str | _Group, str], ...], ...]

_QUANTIFIER: Final = re.compile(r"(?:[?*+]|\{\d+(?:,\d*)?\})\??")
_GROUP_OPEN: Final = re.compile(r"\((?:\?:|\?P<\w+>)")
_SPACE: Final = r"\s*"


def _parse(pattern: str) -> _Parsed:
    """Parse ``pattern``, of the subset described above."""
    parsed, end = _parse_from(pattern, 0)
    if end != len(pattern):
        raise ValueError(f"unbalanced ) at {end} in {pattern!r}")
    return parsed


def _parse_from(pattern: str, i: int) -> tuple[_Parsed, int]:
    """Parse alternatives from ``i`` up to an unmatched ``)`` or the end."""
    alternatives: list[tuple[tuple[str | _Group, str], ...]] = []
    sequence: list[tuple[str | _Group, str]] = []
    while i < len(pattern) and pattern[i] != ")":
        char = pattern[i]
        atom: str | _Group
        if char == "|":
            alternatives.append(tuple(sequence))
            sequence = []
            i += 1
            continue
        if char == "[":
            j = pattern.index("]", i + 2) + 1
            atom = pattern[i:j]
        elif char == "(":
            opener = _GROUP_OPEN.match(pattern, i)
            if opener is None:
                raise ValueError(f"unsupported group at {i} in {pattern!r}")
            inner, j = _parse_from(pattern, opener.end())
            if j >= len(pattern):
                raise ValueError(f"unclosed group at {i} in {pattern!r}")
            atom = _Group(opener.group(), inner)
            j += 1
        elif char in "\\?*+{}.^$]":
            raise ValueError(f"unsupported {char!r} at {i} in {pattern!r}")
        else:
            atom, j = char, i + 1
        quantifier = _QUANTIFIER.match(pattern, j)
        if quantifier is not None:
            sequence.append((atom, quantifier.group()))
            i = quantifier.end()
        else:
            sequence.append((atom, ""))
            i = j
    alternatives.append(tuple(sequence))
    return tuple(alternatives), i


def _render(parsed: _Parsed, *, reverse: bool = False, spaces: bool = False) -> str:
    r"""Write ``parsed`` as a pattern, reversed and allowing whitespace if asked.

    >>> _render(_parse("收到(?:政府)?信息[0-9]{1,3}|申请"), reverse=True)
    '[0-9]{1,3}息信(?:府政|)到收|请申'
    >>> _render(_parse("收到(?:政府)?信息"), spaces=True)
    '收\\s*到(?:\\s*政\\s*府|)\\s*信\\s*息'
    """
    return "|".join(_render_alternatives(parsed, reverse=reverse, spaces=spaces))


def _render_alternatives(parsed: _Parsed, *, reverse: bool, spaces: bool) -> list[str]:
    """The alternatives of ``parsed``, each written as a pattern."""
    alternatives = []
    for sequence in parsed:
        parts = []
        for index, (atom, quantifier) in enumerate(reversed(sequence) if reverse else sequence):
            space = _SPACE if spaces and index else ""
            if isinstance(atom, _Group):
                inner = _render_alternatives(atom.alternatives, reverse=reverse, spaces=spaces)
                if inner == [""]:
                    parts.append(f"{atom.opener})")  # an empty marker takes no space before it
                elif quantifier == "?" and atom.opener == "(?:":
                    parts.append(f"(?:{'|'.join(space + part for part in inner)}|)")
                else:
                    parts.append(f"{space}{atom.opener}{'|'.join(inner)}){quantifier}")
            elif quantifier == "?" and space:
                parts.append(f"(?:{space}{atom}|)")
            else:
                parts.append(f"{space}{atom}{quantifier}")
        alternatives.append("".join(parts))
    return alternatives


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern``, allowing whitespace between its characters."""
    return re.compile(_render(_parse(pattern), spaces=True))


def _first(parsed: _Parsed, *, reverse: bool = False) -> tuple[frozenset[str], bool]:
    """The characters a match of ``parsed`` can start with, and whether it can be empty."""
    chars: set[str] = set()
    empty = False
    for sequence in parsed:
        for atom, quantifier in reversed(sequence) if reverse else sequence:
            if isinstance(atom, _Group):
                first, nullable = _first(atom.alternatives, reverse=reverse)
            elif atom.startswith("[^"):
                raise ValueError(f"a pattern cannot start with the negated class {atom}")
            elif atom.startswith("["):
                first, nullable = _class_chars(atom[1:-1]), False
            else:
                first, nullable = frozenset(atom), False
            chars |= first
            if not (nullable or quantifier.startswith(("?", "*", "{0"))):
                break
        else:
            empty = True
    return frozenset(chars), empty


def _class_chars(members: str) -> frozenset[str]:
    """The characters of a class's ``members``, such as ``0-9件``."""
    chars: set[str] = set()
    i = 0
    while i < len(members):
        if i + 2 < len(members) and members[i + 1] == "-":
            chars.update(map(chr, range(ord(members[i]), ord(members[i + 2]) + 1)))
            i += 3
        else:
            chars.add(members[i])
            i += 1
    return frozenset(chars)


class _Dispatch:
    """Named patterns, each tried only where the text starts with a character it can start with.

    ``match`` returns the name of the first pattern (in the given order) that
    matches at a position, and the match.
    """

    __slots__ = ("chars", "table")

    def __init__(self, named: tuple[tuple[str, str], ...], *, reverse: bool = False) -> None:
        rendered: list[str] = []
        firsts: list[frozenset[str]] = []
        for name, pattern in named:
            parsed = _parse(pattern)
            first, empty = _first(parsed, reverse=reverse)
            if empty:
                raise ValueError(f"the pattern of {name} can match nothing: {pattern!r}")
            # The empty group closes last, so match.lastgroup names the pattern.
            body = _render(parsed, reverse=reverse, spaces=True)
            rendered.append(f"(?:{body})(?P<{name}__{len(rendered)}>)")
            firsts.append(first)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.table: dict[str, re.Pattern[str]] = {}
        for char in sorted(frozenset().union(*firsts)):
            key = tuple(i for i, first in enumerate(firsts) if char in first)
            if key not in compiled:
                compiled[key] = re.compile("|".join(rendered[i] for i in key))
            self.table[char] = compiled[key]
        #: Every character a match can start with.
        self.chars = frozenset(self.table)

    def match(self, text: str, pos: int, endpos: int) -> tuple[str, re.Match[str]] | None:
        """The name of the first pattern that matches ``text`` at ``pos``, and its match."""
        if pos >= endpos:
            return None
        pattern = self.table.get(text[pos])
        if pattern is None:
            return None
        match = pattern.match(text, pos, endpos)
        if match is None:
            return None
        return (match.lastgroup or "").partition("__")[0], match


# ---------------------------------------------------------------------------
# Phrasings
#
# A count is a number and a unit; the words before the number (the left kinds)
# and after the unit (the right kinds) decide what it counts.

_DIGITS: Final = "0123456789０１２３４５６７８９"
_CHINESE: Final = "零〇○一二三四五六七八九十百千万亿两兩壹贰叁肆伍陆柒捌玖拾佰仟萬億"
_SEPARATORS: Final = ",，.．"
_NUMERALS: Final = frozenset(_DIGITS + _CHINESE)
_ARABIC: Final = frozenset(_DIGITS)
_SCALES: Final = frozenset("十百千万亿拾佰仟萬億")
#: A number, read backwards from the character before its unit.
_NUMBER_BACKWARDS: Final = re.compile(
    rf"\s{{0,2}}(?P<number>[{_DIGITS}{_CHINESE}][{_DIGITS}{_CHINESE}{_SEPARATORS}]{{0,23}})"
)

_APPLICATION_UNITS: Final = frozenset("件个条份宗")
_CASE_UNITS: Final = frozenset("件起宗个")
#: Characters that end a clause, before or after a phrase.
_BOUNDARY: Final = frozenset("，,。；;：:、（()）|！!？?")

_VERB_NEW: Final = "(?:新收|收到|收悉|接收|接到|受理|共收)"
_OBJ: Final = (
    "(?:(?:政府)?信息公开申请(?:书|表|件)?"
    "|依申请公开(?:政府信息)?(?:申请件|申请书|申请|事项|件)?|公开申请|申请(?:书|表|件)?)"
)
_OBJ_AFTER: Final = "(?:(?:政府)?信息公开申请|依申请公开(?:申请|事项)?|公开申请|申请)"
# 数 alone is no filler: 申请数十件 is “some tens”.
_FILL: Final = (
    "(?:(?:数量|总数|总量|件数|数)(?:为|是|达到|达|共计|合计|总计|累计|共)"
    "|数量|总数|总量|件数|共计|合计|总计|累计|达到|为|是|共|计|达)?"
)
_ADVERB: Final = "(?:已全部|均已|全部|已经|已|均|共|累计)?"
_HANDLE: Final = "(?:办结|答复|办理完毕|办理完成|办理|处理完毕)"
_LAST_YEAR: Final = "(?:上一?年度?|去年|上年底|上年末)"
_NEXT_YEAR: Final = (
    f"(?:(?:至|到|入|进)?(?:下一?年度?|明年|次年)|(?:至|到|入|进)[{_DIGITS}]{{4}}年度?)"
)
_DISCLOSURE: Final = "(?:(?:政府)?信息公开(?:工作)?(?:方面|类)?(?:的)?)?"
_CASE: Final = "(?:被)?(?:申请|提起)?(?:行政)?(?:复议|诉讼)"

#: The words right before a number, in the order they are tried (the first wins).
_LEFT: Final = _Dispatch(
    (
        (
            "pair_each",
            f"{_DISCLOSURE}{_CASE}(?:案件)?(?:、|和|及|与|以及){_CASE}(?:案件)?(?:数量)?"
            "(?:各|均为|均是|都是|均|皆为)(?:有)?",
        ),
        (
            "pair_respectively",
            f"{_DISCLOSURE}{_CASE}(?:案件)?(?:、|和|及|与|以及){_CASE}(?:案件)?(?:数量)?"
            "分别(?:为|是|有)?",
        ),
        ("new_object", f"{_VERB_NEW}(?:了|的)?(?:各类|各项|各种)?{_OBJ}{_FILL}"),
        (
            "new_subject",
            "(?:(?:政府)?信息公开申请|依申请公开(?:申请)?)(?:共|累计|总计|合计)?"
            f"(?:收到|受理|新收)(?:了)?{_FILL}",
        ),
        ("handled_object", f"{_ADVERB}{_HANDLE}(?:了)?(?:各类)?{_OBJ}{_FILL}"),
        (
            "over",
            f"{_LAST_YEAR}(?:遗留)?(?:结转|转结)(?:来|过来|而来)?(?:的)?(?:各类)?{_OBJ}?{_FILL}",
        ),
        ("over", f"结转{_LAST_YEAR}(?:的)?{_OBJ}?{_FILL}"),
        (
            "forward",
            f"(?:结转|转入|顺延|转结){_NEXT_YEAR}(?:继续)?(?:办理|处理|答复)?(?:的)?(?:各类)?"
            f"{_OBJ}?{_FILL}",
        ),
        ("review", f"{_DISCLOSURE}(?:被)?(?:申请)?(?:行政)?复议(?:案件|申请)?{_FILL}"),
        ("lawsuit", f"{_DISCLOSURE}(?:被)?(?:提起)?(?:行政)?诉讼(?:案件)?{_FILL}"),
        ("new_verb", f"{_VERB_NEW}(?:了)?{_FILL}"),
        ("handled", f"{_ADVERB}{_HANDLE}(?:了)?{_FILL}"),
        ("case_verb", "(?:发生了?|出现|涉及)"),
    ),
    reverse=True,
)
#: Words that may begin a clause before its number (另有3件结转下年度), reversed.
_LEAD: Final = re.compile(r"有\s*另|有\s*还|有\s*尚|有\s*仍|有\s*共|中\s*其|余\s*其|余\s*剩|有|共")
#: What may stand right before the number of a statement.
_BEFORE_NUMBER: Final = _LEFT.chars | frozenset("有中余共") | _BOUNDARY

#: The words right after a count's unit, in the order they are tried.
_RIGHT: Final = _Dispatch(
    (
        # Approximations (17件左右), 件次, and 个人 (3个人 counts people).
        ("reject", "(?:左右|上下|以上|以下|以内|有余|之多|余|多|次|人)"),
        (
            "forward",
            f"{_OBJ_AFTER}?(?:(?:按照|根据|依照|依据)(?:《[^《》]{{1,20}}》)?(?:的)?(?:规定)?)?"
            f"(?:需要|需|将|已|均|因故|依法|予以)?(?:结转|转入|顺延){_NEXT_YEAR}"
            "(?:继续)?(?:办理|处理|答复)?",
        ),
        (
            "over",
            f"{_OBJ_AFTER}?(?:为|是|系|属于|属)(?:从)?{_LAST_YEAR}(?:结转|转结)(?:而来)?(?:的)?"
            "(?:申请)?",
        ),
        (
            "handled",
            f"{_OBJ_AFTER}?(?:已全部|均已|全部|已经|已|均)(?:办结|答复|办理完毕|办理完成)",
        ),
        ("review", f"{_DISCLOSURE}(?:被申请)?(?:行政)?复议(?:案件)?"),
        ("lawsuit", f"{_DISCLOSURE}(?:被提起)?(?:行政)?诉讼(?:案件)?"),
        ("object", f"(?:各类)?{_OBJ_AFTER}"),
    )
)
#: The second count of a 分别 form: 分别为2件、1件.
_SECOND: Final = re.compile(
    rf"\s*(?:、|和|及|与|,|，)\s*(?P<number>[{_DIGITS}](?:[{_DIGITS}{_CHINESE}{_SEPARATORS}]{{0,20}}"
    rf"[{_DIGITS}{_CHINESE}])?|[{_CHINESE}]{{1,16}})\s*[件起宗个]"
)
#: Statements of none; the empty group that matched names the kind.
_NONE: Final = _compile(
    "(?P<negation>未发生|没有发生|未出现|没有出现|未产生|没有产生|未收到|没有收到|未接到|没有接到"
    "|未有|未被|没有|无)(?:任何)?(?:"
    f"(?:因|涉及|关于|有关|针对)?{_DISCLOSURE}(?:申请)?(?:而|引起的?|引发的?)?"
    "(?:被)?(?:申请|提起)?(?P<case1>(?:行政)?(?:复议|诉讼))(?:案件)?"
    "(?:(?:、|和|及|与|或|以及)(?:被)?(?:申请|提起)?(?P<case2>(?:行政)?(?:复议|诉讼))(?:案件)?)?"
    "(?:的)?(?:情况|情形|事件|现象|事项)?(?P<none_case>)"
    "|(?:(?:政府)?信息公开申请|依申请公开(?:申请|事项)?)(?P<none_new>)"
    f"|(?:从)?{_LAST_YEAR}(?:遗留)?(?:结转|转结)(?:而来)?(?:的)?(?:(?:政府)?信息公开申请|申请)?"
    "(?P<none_over>)"
    f"|(?:需要?)?(?:结转|顺延|转入){_NEXT_YEAR}(?:继续)?(?:办理|处理|答复)?(?:的)?"
    "(?:(?:政府)?信息公开申请|申请)?(?P<none_forward>))"
)
#: The units of counts, and the first characters of negations.
_TRIGGER: Final = re.compile("[件起宗份个条未无没]")

_LEFT_TOPICS: Final = {
    "pair_each": (Topic.REVIEWS, Topic.LAWSUITS),
    "pair_respectively": (Topic.REVIEWS, Topic.LAWSUITS),
    "new_object": (Topic.NEW_REQUESTS,),
    "new_subject": (Topic.NEW_REQUESTS,),
    "new_verb": (Topic.NEW_REQUESTS,),
    "handled_object": (Topic.HANDLED,),
    "handled": (Topic.HANDLED,),
    "over": (Topic.CARRIED_OVER,),
    "forward": (Topic.CARRIED_FORWARD,),
    "review": (Topic.REVIEWS,),
    "lawsuit": (Topic.LAWSUITS,),
}
#: What a count that begins its clause counts, by the words after it.
_RIGHT_TOPICS: Final = {
    "forward": (Topic.CARRIED_FORWARD,),
    "over": (Topic.CARRIED_OVER,),
    "handled": (Topic.HANDLED,),
    "review": (Topic.REVIEWS,),
    "lawsuit": (Topic.LAWSUITS,),
}
_NONE_TOPICS: Final = {
    "none_new": (Topic.NEW_REQUESTS,),
    "none_over": (Topic.CARRIED_OVER,),
    "none_forward": (Topic.CARRIED_FORWARD,),
}
_CASE_TOPICS: Final = frozenset({Topic.REVIEWS, Topic.LAWSUITS})

# The words before a phrase that turn it into something else.
_NEGATED_1: Final = frozenset("未不无没非")
_NEGATED_2: Final = frozenset({"不予", "未予", "无法", "没有"})
_OTHER_YEAR: Final = ("上年", "去年", "同期", "前年", "往年", "上年度", "上一年", "去年度")
_NOT_ALL_HANDLED_1: Final = frozenset("待需将可")
_NOT_ALL_HANDLED_2: Final = frozenset(
    {
        "逾期", "超期", "延期", "当场", "当面", "现场", "书面", "网上", "在线", "电话",
        "口头", "继续", "正在", "尚在", "部分", "先行", "线上", "线下",
    }
)  # fmt: skip

# ---------------------------------------------------------------------------
# Where to look
#
# A text is searched only for the single characters 请, 讼, 议, 结 and 延:
# str.find of one character runs at memory speed when, as here, the low byte
# of the character is rare in CJK text.  Around each 申请, 诉讼, 复议, 结转 or
# 顺延 found, a window is scanned for units and negations.

#: (anchor character, offset of its partner, partner).
_ANCHORS: Final = (
    ("请", -1, "申"),
    ("讼", -1, "诉"),
    ("议", -1, "复"),
    ("结", 1, "转"),
    ("延", -1, "顺"),
)
#: A window reaches this far back from an anchor…
_WINDOW_BACK: Final = 80
#: …and this far ahead of it.  Anchors closer than _SKIP to one just found are
#: not looked for: the window of the first covers theirs.
_WINDOW_AHEAD: Final = 160
_SKIP: Final = 60
#: How far back the sentence of a phrase is looked for.
_SENTENCE_SPAN: Final = 200
#: How far after a unit its words are looked for.
_RIGHT_SPAN: Final = 64


def find_statements(text: str) -> list[Statement]:
    r"""Every statement of a count in ``text``, in text order.

    >>> [(s.topic.value, s.value) for s in find_statements(
    ...     "政府信息公开行政复议 351\n件，其中结果维持 72 件；政府信息公开行政诉讼 46 件。")]
    [('reviews', 351), ('lawsuits', 46)]
    >>> find_statements("2021年，我镇人大代表建议办理0件；政协委员提案办理0件。")
    []
    """
    found: list[Statement] = []
    for lo, hi in _windows(text):
        _scan(text, lo, hi, found)
    if len(found) > 1:
        found.sort(key=_start)
    return found


def _start(statement: Statement) -> int:
    return statement.start


def _windows(text: str) -> list[tuple[int, int]]:
    """The windows around anchors, as sorted, disjoint (start, end) pairs."""
    anchors: list[int] = []
    for char, offset, partner in _ANCHORS:
        i = text.find(char)
        while i >= 0:
            if text.startswith(partner, i + offset):
                anchors.append(i)
                i = text.find(char, i + _SKIP)
            else:
                i = text.find(char, i + 1)
    if not anchors:
        return []
    anchors.sort()
    windows: list[tuple[int, int]] = []
    lo = anchors[0] - _WINDOW_BACK
    hi = anchors[0] + _SKIP + _WINDOW_AHEAD
    for i in anchors:
        if i - _WINDOW_BACK > hi:
            windows.append((lo if lo > 0 else 0, hi))
            lo = i - _WINDOW_BACK
        hi = i + _SKIP + _WINDOW_AHEAD
    windows.append((lo if lo > 0 else 0, hi if hi < len(text) else len(text)))
    return windows


#: A phrase found: its kind, topics, start and end, and the spans of its
#: numbers (of the negation, for a statement of none).
_Found: TypeAlias = tuple[str, tuple[Topic, ...], int, int, tuple[tuple[int, int], ...]]


def _scan(text: str, lo: int, hi: int, found: list[Statement]) -> None:
    """Append the statements of the window ``text[lo:hi]`` to ``found``."""
    backwards = ""  # the window reversed, made when first needed
    done = lo  # the end of the last statement: no phrase reaches back over it
    for trigger in _TRIGGER.finditer(text, lo, hi):
        pos = trigger.start()
        if pos < done:
            continue
        phrase: _Found | None
        if text[pos] in "未无没":
            phrase = _none_at(text, pos)
        else:
            before = text[pos - 1] if pos else ""
            if before not in _NUMERALS and not before.isspace():
                continue  # the usual case: 文件, 条例, 个人
            if not backwards:
                backwards = text[lo:hi][::-1]
            phrase = _count_at(text, backwards, lo, hi, pos, done)
        if phrase is None:
            continue
        statements = _statements(text, phrase)
        if statements:
            found.extend(statements)
            done = phrase[3]


def _count_at(text: str, backwards: str, lo: int, hi: int, unit: int, done: int) -> _Found | None:
    """The phrase made by the count whose unit is at ``unit``, if any.

    ``backwards`` is ``text[lo:hi]`` reversed: ``text[i]`` is ``backwards[hi - 1 - i]``.
    """
    number = _NUMBER_BACKWARDS.match(backwards, hi - unit)
    if number is None:
        return None
    left = number.end()
    while backwards[left - 1] in _SEPARATORS:
        left -= 1
    start, end = hi - left, hi - number.start("number")
    before = "".join(backwards[left : left + 8].split())
    if before:
        if before[0] in _SEPARATORS:
            if before[1:2] in _NUMERALS and before[1:2]:
                return None  # 1, 234 with a space
        elif before[0] not in _BEFORE_NUMBER:
            return None  # 结果维持72件, 第三十条, 3 119, a number longer than a count

    # The words before the number, matched backwards.
    pos = left
    while pos < len(backwards) and backwards[pos].isspace():
        pos += 1
    hit = _LEFT.match(backwards, pos, hi - done)
    if hit is not None:
        kind, match = hit
        left = match.end()
    else:
        kind = "lead"
        lead = _LEAD.match(backwards, pos, hi - done)
        if lead is not None:
            left = lead.end()
    phrase_start = hi - left
    # The three characters before the phrase, whitespace removed.
    prev = "".join(backwards[left : left + 8].split())[:3][::-1]

    # The words after the unit.
    after = phrase_end = right_end = unit + 1
    while after < len(text) and text[after].isspace():
        after += 1
    right_kind = ""
    if after == len(text) or text[after] in _BOUNDARY:
        right_kind = "end"
    else:
        hit = _RIGHT.match(text, after, after + _RIGHT_SPAN)
        if hit is not None:
            right_kind, match = hit
            right_end = match.end()
            if right_kind == "reject" or (
                right_kind == "object" and text[right_end : right_end + 3].lstrip()[:1] == "人"
            ):
                return None  # 17件左右, 件次, 3个人, 3件申请人

    topics: tuple[Topic, ...]
    if kind == "lead":
        # The number begins its clause: its meaning follows it.
        if prev[-1:] not in _BOUNDARY and (prev or lo > 0):
            return None
        topics = _RIGHT_TOPICS.get(right_kind, ())
        if not topics:
            return None
        phrase_end, kind = right_end, right_kind
    elif kind == "case_verb":
        if right_kind not in ("review", "lawsuit"):
            return None
        topics = _RIGHT_TOPICS[right_kind]
        phrase_end, kind = right_end, right_kind
    elif kind == "new_verb":
        if right_kind == "object":
            phrase_end = right_end
        elif right_kind != "end":
            return None
        topics = _LEFT_TOPICS[kind]
    elif kind == "handled" and right_kind != "end":
        return None
    elif kind.startswith("pair"):
        review = text.find("复议", phrase_start, start)
        lawsuit = text.find("诉讼", phrase_start, start)
        if review < 0 or lawsuit < 0:
            return None
        topics = (
            (Topic.REVIEWS, Topic.LAWSUITS) if review < lawsuit else (Topic.LAWSUITS, Topic.REVIEWS)
        )
    else:
        topics = _LEFT_TOPICS[kind]

    unit_char = text[unit]
    topic = topics[0]
    if unit_char not in (_CASE_UNITS if topic in _CASE_TOPICS else _APPLICATION_UNITS):
        return None
    if (
        unit_char == "起"
        and text[start:end] == "一"
        and right_kind != "end"
        and kind in _LEFT_TOPICS
    ):
        return None  # 复议一起 may be “together”; 发生一起复议案件 is one case
    if prev and not _prev_allows(prev, topic):
        return None
    if kind == "pair_respectively":
        second = _SECOND.match(text, unit + 1, unit + 1 + _RIGHT_SPAN)
        if second is None:
            return None
        numbers = ((start, end), (second.start("number"), second.end("number")))
        return kind, topics, phrase_start, second.end(), numbers
    return kind, topics, phrase_start, phrase_end, ((start, end),)


def _prev_allows(prev: str, topic: Topic) -> bool:
    """Whether the characters ``prev`` just before a phrase let it count."""
    last, pair = prev[-1], prev[-2:]
    if last in _NEGATED_1 or pair in _NEGATED_2:
        return False
    if topic is Topic.NEW_REQUESTS:
        return not prev.endswith(_OTHER_YEAR)
    if topic is Topic.HANDLED:
        return last not in _NOT_ALL_HANDLED_1 and pair not in _NOT_ALL_HANDLED_2
    if topic is Topic.LAWSUITS:
        return last != "后" and pair != "直接"
    return True


def _none_at(text: str, pos: int) -> _Found | None:
    """The phrase of none made by the negation at ``pos``, if any."""
    match = _NONE.match(text, pos, pos + _RIGHT_SPAN)
    if match is None:
        return None
    end = match.end()
    after = text[end : end + 3].lstrip()[:1]
    if after and after not in _BOUNDARY:
        return None  # 未发生行政复议纠错 is not 未发生行政复议
    if end == pos + _RIGHT_SPAN:
        return None  # too long to be sure where it ends
    kind = match.lastgroup or ""
    topics: tuple[Topic, ...]
    if kind == "none_case":
        first, second = match.group("case1"), match.group("case2")
        topics = (Topic.REVIEWS if "复议" in first else Topic.LAWSUITS,)
        if second is not None:
            other = Topic.REVIEWS if "复议" in second else Topic.LAWSUITS
            if other is topics[0]:
                return None
            topics += (other,)
    else:
        topics = _NONE_TOPICS[kind]
    return kind, topics, pos, end, ((pos, match.end("negation")),)


def _statements(text: str, phrase: _Found) -> list[Statement] | None:
    """The statements of ``phrase``, if its sentence lets it count and its numbers read."""
    kind, topics, start, end, numbers = phrase
    if not _context_allows(text, start, end, kind, topics[0]):
        return None
    words = text[start:end]
    if kind.startswith("none"):
        negation = text[numbers[0][0] : numbers[0][1]]
        return [Statement(topic, 0, words, start, end, negation) for topic in topics]
    statements = []
    for topic, (first, last) in zip(topics, numbers * len(topics), strict=False):
        number = text[first:last]
        value = _value(number)
        if value is None:
            return None
        statements.append(Statement(topic, value, words, start, end, number))
    return statements


def _context_allows(text: str, start: int, end: int, kind: str, topic: Topic) -> bool:
    """Whether the sentence around the phrase ``text[start:end]`` lets it count."""
    if topic is Topic.CARRIED_OVER or topic is Topic.CARRIED_FORWARD:
        return True
    floor = start - _SENTENCE_SPAN if start > _SENTENCE_SPAN else 0
    sentence = text.rfind("。", floor, start) + 1 or floor
    if kind == "none_case":
        return _about_disclosure(text, sentence, start, end)
    if kind == "none_new":
        return True
    part = text.find("其中", sentence, start)
    if part >= 0 and text.find("；", part, start) < 0 and text.find(";", part, start) < 0:
        return False  # a part of a count stated before
    if topic in _CASE_TOPICS:
        return _about_disclosure(text, sentence, start, end)
    if kind == "handled" or kind == "new_verb":
        return text.find("申请", sentence, end) >= 0
    return True


def _about_disclosure(text: str, sentence: int, start: int, end: int) -> bool:
    """Whether a sentence is about disclosure: many organs also count the reviews they decide."""
    return text.find("信息公开", sentence, end) >= 0 or text.find("依申请", sentence, start) >= 0


def _value(number: str) -> int | None:
    """The value of ``number``, or None if it is not exactly one count."""
    if len(number) > 1 and not (_ARABIC.intersection(number) or _SCALES.intersection(number)):
        return None  # digit by digit: 三四件 is “three or four”
    try:
        return parse_chinese(number)
    except NumeralError:
        return None
