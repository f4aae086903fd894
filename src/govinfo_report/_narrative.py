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
* Outcomes of table 三 (``予以公开12件``, ``不予公开1件``, ``无法提供3件`` …) count
  only with 申请 said in their sentence or shortly before it (organs also decide the
  disclosure of their own documents), and not for a part (``收到的17件申请中，…``).
* Sub-counts make no statement: after ``其中`` in the same clause, after a
  negation (``未``, ``不予``, ``尚未``), for other years (``上年收到``), for
  channels or timing (``网上收到``, ``当场答复``, ``按期答复``), and for lawsuits after
  review (``复议后提起行政诉讼``) or without it (``直接提起行政诉讼``).

Whitespace, including PDF line breaks inside a phrase, is ignored between
characters; offsets and texts always refer to the text as given.

Cost: the whole text is searched only for the single characters 请, 讼 and
议, which str.find does at memory speed; windows around 申请, 诉讼 and 复议
are scanned for units and negations; each number found there is classified
by two small patterns anchored at it (the words before it matched backwards,
on the reversed text), so that no pattern ever searches the text position by
position.  A count said far (over about 120 characters) from any of these words
is not looked at: carried counts (上年结转, 结转下年度) are found in the
sentence about applications that reports state them in.  A text without
whitespace — most paragraphs but those of PDF text — is read by a fast path
that leaves out the handling of whitespace and reads the commonest ending of a
count (its clause ends with the unit) at once; the tests hold it to the
reference scanner, which reads every text, on real and generated texts.
"""

from __future__ import annotations

import enum
import re
from operator import itemgetter
from typing import Final, TypeAlias

import attrs

from govinfo_report.errors import NumeralError
from govinfo_report.numerals import parse_chinese

__all__ = ["Statement", "Topic", "find_raw", "find_statements"]


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
    #: 予以公开 N 件 → ``R3_1[TOT]``
    GRANTED = "granted"
    #: 部分公开 N 件 → ``R3_2[TOT]``
    PARTLY_GRANTED = "partly_granted"
    #: 予以公开及部分公开 N 件 → ``R3_1[TOT] + R3_2[TOT]``
    GRANTED_OR_PARTLY = "granted_or_partly"
    #: 不予公开 N 件 → the rows of （三）不予公开
    WITHHELD = "withheld"
    #: 无法提供 N 件 → the rows of （四）无法提供
    UNAVAILABLE = "unavailable"
    #: 不予处理 N 件 → the rows of （五）不予处理
    NOT_PROCESSED = "not_processed"
    #: 其他处理 N 件 → the rows of （六）其他处理
    OTHER_HANDLING = "other_handling"


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


#: A statement as the scanner finds it: the fields of :class:`Statement`, in order.
_Raw: TypeAlias = tuple[Topic, int, str, int, int, str]

#: The setters of the slots of :class:`Statement`, in the order of its fields.
_SLOT_SETTERS: Final = tuple(
    getattr(Statement, field.name).__set__ for field in attrs.fields(Statement)
)


def _statement(topic: Topic, value: int, text: str, start: int, end: int, number: str) -> Statement:
    """``Statement(topic, value, text, start, end, number)``, made faster.

    The ``__init__`` of a frozen attrs class sets each field through
    ``object.__setattr__``; setting the slots directly takes a third less time.
    """
    statement: Statement = object.__new__(Statement)
    set_topic, set_value, set_text, set_start, set_end, set_number = _SLOT_SETTERS
    set_topic(statement, topic)
    set_value(statement, value)
    set_text(statement, text)
    set_start(statement, start)
    set_end(statement, end)
    set_number(statement, number)
    return statement


# ---------------------------------------------------------------------------
# Patterns
#
# The patterns below use a small subset of the re syntax (literal characters,
# [classes], (?:...) and (?P<name>...) groups with |, and the quantifiers
# ? * + {m,n}), which this section parses so that it can
#
# * reverse them: the words before a number are matched backwards, anchored
#   at the number, on their context reversed and stripped of whitespace (a
#   forward search would try every position, and sre is slow at that);
# * allow whitespace between any two characters of the patterns matched on
#   the text itself (the words after a unit, negations): PDF text breaks
#   lines even inside words;
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

    __slots__ = ("chars", "names", "table")

    def __init__(
        self, named: tuple[tuple[str, str], ...], *, reverse: bool = False, spaces: bool = True
    ) -> None:
        rendered: list[str] = []
        firsts: list[frozenset[str]] = []
        for name, pattern in named:
            parsed = _parse(pattern)
            first, empty = _first(parsed, reverse=reverse)
            if empty:
                raise ValueError(f"the pattern of {name} can match nothing: {pattern!r}")
            # The empty group closes last, so match.lastgroup names the pattern.
            body = _render(parsed, reverse=reverse, spaces=spaces)
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
        #: The name of each pattern, by the name of the group that ends it.
        self.names = {f"{name}__{i}": name for i, (name, _) in enumerate(named)}

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
_NUMBER_CHARS: Final = frozenset(_DIGITS + _CHINESE + _SEPARATORS)
#: Chinese digits without a unit such as 十 or 百: a numeral written digit by digit.
_DIGIT_BY_DIGIT: Final = re.compile("[零〇○一二三四五六七八九两兩壹贰叁肆伍陆柒捌玖]+")
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
# Not 结转至2022年: without the year of the report, 2021年结转至2022年 could be
# carried over (in the report on 2022) or carried forward (in that on 2021).
_NEXT_YEAR: Final = "(?:至|到|入|进)?(?:下一?年度?|明年|次年)"
_DISCLOSURE: Final = "(?:(?:政府)?信息公开(?:工作)?(?:方面|类)?(?:的)?)?"
_CASE: Final = "(?:被)?(?:申请|提起)?(?:行政)?(?:复议|诉讼)"
_OUTCOME: Final = f"(?:的)?(?:申请)?{_FILL}"

#: The words right before a number, in the order they are tried (the first wins).
_LEFT_PATTERNS: Final = (
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
    # The outcomes of table 三: the pair before its parts (the first pattern wins).
    ("granted_or_partly", f"(?:予以)?公开(?:及|和|与|、|或|以及)(?:予以)?部分公开{_OUTCOME}"),
    ("partly_granted", f"(?:予以)?部分公开{_OUTCOME}"),
    ("granted", f"(?:予以|同意|准予)公开{_OUTCOME}"),
    ("withheld", f"不予公开{_OUTCOME}"),
    ("unavailable", f"无法提供{_OUTCOME}"),
    ("not_processed", f"不予处理{_OUTCOME}"),
    ("other_handling", f"其他处理{_OUTCOME}"),
    ("new_verb", f"{_VERB_NEW}(?:了|的)?{_FILL}"),
    ("handled", f"{_ADVERB}{_HANDLE}(?:了)?{_FILL}"),
    ("case_verb", "(?:发生了?|出现|涉及)"),
)
#: Matched backwards on the context with whitespace removed.
_LEFT: Final = _Dispatch(_LEFT_PATTERNS, reverse=True, spaces=False)
_LEFT_KIND: Final = _LEFT.names
#: Words that may begin a clause before its number (另有3件结转下年度), reversed.
_LEAD: Final = re.compile("有另|有还|有尚|有仍|有共|中其|余其|余剩|有|共")
#: What may stand right before the number of a statement.
_BEFORE_NUMBER: Final = _LEFT.chars | frozenset("有中余共") | _BOUNDARY

#: The words right after a count's unit, in the order they are tried.
_RIGHT_PATTERNS: Final = (
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
#: Matched forwards on the text, whitespace allowed between characters.
_RIGHT: Final = _Dispatch(_RIGHT_PATTERNS)
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

# ---------------------------------------------------------------------------
# Where to look
#
# A text is searched only for the single characters 请, 讼 and 议: str.find of
# one character runs at memory speed (it looks for the low byte of the
# character; 结 and 转 of 结转 are not used, as text is full of 结果 and of
# characters whose high byte is 转's low byte).  Around each 申请, 诉讼 or 复议
# found, a window is scanned for units and negations.  Carried counts (上年结转,
# 结转下年度, 顺延) are found in the windows of the 申请 they are said with.

#: (anchor character, offset of its partner, partner).
_ANCHORS: Final = (("请", -1, "申"), ("讼", -1, "诉"), ("议", -1, "复"))
#: A window reaches this far back from an anchor…
_WINDOW_BACK: Final = 32
#: …and this far ahead of it.  Anchors closer than _SKIP to one just found are
#: not looked for: the window of the first covers theirs.
_WINDOW_AHEAD: Final = 100
_SKIP: Final = 24
#: How far before a number, and after a unit, its words are looked for.
_LEFT_SPAN: Final = 40
_RIGHT_SPAN: Final = 64
#: How far back the sentence of a phrase is looked for.
_SENTENCE_SPAN: Final = 200
_WHITESPACE: Final = re.compile(r"\s")


def find_statements(text: str) -> list[Statement]:
    r"""Every statement of a count in ``text``, in text order.

    >>> [(s.topic.value, s.value) for s in find_statements(
    ...     "政府信息公开行政复议 351\n件，其中结果维持 72 件；政府信息公开行政诉讼 46 件。")]
    [('reviews', 351), ('lawsuits', 46)]
    >>> find_statements("2021年，我镇人大代表建议办理0件；政协委员提案办理0件。")
    []
    """
    return [_statement(*raw) for raw in find_raw(text)]


def find_raw(text: str) -> list[_Raw]:
    """:func:`find_statements` as plain tuples of the fields of :class:`Statement`.

    For the narrative rule, which compares values and rarely needs a whole statement.

    >>> find_raw("本年度上年结转申请2件。")
    [(<Topic.CARRIED_OVER: 'carried_over'>, 2, '上年结转申请2件', 3, 11, '2')]
    """
    return _find(text, True)


def _find_reference(text: str) -> list[_Raw]:
    """:func:`find_raw` without the fast path: every text read by :func:`_scan`.

    The reference that the fast path must agree with exactly; the tests compare them.
    """
    return _find(text, False)


def _find(text: str, fast: bool) -> list[_Raw]:
    """The statements of ``text``: by the fast path where it applies if ``fast``.

    Without ``fast``, every text is read by the reference scanner as it always was.
    """
    if not fast:
        windows = _windows(text)
    elif not _may_state(text):
        return []
    else:
        # A short text is one window: every anchor in it is within _WINDOW_BACK of its start.
        windows = [(0, len(text))] if len(text) <= _WINDOW_BACK + 1 else _windows(text)
    if not windows:
        return []
    found: list[_Raw] = []
    done = 0
    backwards = text[::-1]
    # No character of a printable text is whitespace but the ASCII space.
    if fast and text.isprintable() and " " not in text:
        for lo, hi in windows:
            done = _scan_fast(text, backwards, lo, hi, done, found)
    else:
        for lo, hi in windows:
            done = _scan(text, backwards, lo, hi, done, found)
    if len(found) > 1:
        found.sort(key=_start)
    return found


def _may_state(text: str) -> bool:
    """Whether ``text`` has an anchor and a character of _TRIGGER, without which it states nothing.

    Most texts have no anchor (_ANCHORS: 申请, 诉讼, 复议), so no window.  Looking for
    one character is much quicker than for two, which only the texts with it need.
    """
    return (
        ("请" in text and "申请" in text)
        or ("讼" in text and "诉讼" in text)
        or ("议" in text and "复议" in text)
    ) and (
        "件" in text
        or "个" in text
        or "条" in text
        or "起" in text
        or "宗" in text
        or "份" in text
        or "未" in text
        or "无" in text
        or "没" in text
    )


_start: Final = itemgetter(3)


def _windows(text: str) -> list[tuple[int, int]]:
    """The windows around anchors, as sorted, disjoint (start, end) pairs."""
    anchors: list[int] = []
    for char, offset, partner in _ANCHORS:
        i = text.find(char)
        while i >= 0:
            if i + offset >= 0 and text.startswith(partner, i + offset):
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


def _scan(text: str, backwards: str, lo: int, hi: int, done: int, found: list[_Raw]) -> int:
    """Append the statements of the window ``text[lo:hi]`` to ``found``.

    ``backwards`` is ``text`` reversed.  No phrase may reach back before
    ``done``, the end of the last statement; return the end of the last
    statement now.
    """
    for trigger in _TRIGGER.finditer(text, lo, hi):
        pos = trigger.start()
        if pos < done:
            continue
        if text[pos] in "未无没":
            statements = _none_at(text, pos)
        else:
            end = pos
            while end and pos - end < 2 and text[end - 1].isspace():
                end -= 1
            if not end or text[end - 1] not in _NUMERALS:
                continue  # the usual case: 文件, 条例, 个人
            statements = _count_at(text, backwards, pos, end, done)
        if statements:
            found.extend(statements)
            done = statements[-1][4]
    return done


# ---------------------------------------------------------------------------
# The fast path: a text without whitespace
#
# Most paragraphs have none (PDF text, with its line breaks, is the exception), and
# then much of the work of _scan and _count_at is not needed: no whitespace to skip
# between a number and its words, no context to strip of it.  _scan_fast and
# _count_fast are _scan and _count_at with that work left out, and with the common
# end of a count — the clause ends with its unit — read at once; whatever else they
# meet, they leave to _classify, as _count_at does.  The tests check on generated and
# real texts that find_raw and _find_reference agree exactly.


def _scan_fast(text: str, backwards: str, lo: int, hi: int, done: int, found: list[_Raw]) -> int:
    """:func:`_scan` for a text without whitespace."""
    for trigger in _TRIGGER.finditer(text, lo, hi):
        pos = trigger.start()
        if pos < done:
            continue
        if text[pos] in "未无没":
            statements = _none_at(text, pos)
        elif pos and text[pos - 1] in _NUMERALS:
            statements = _count_fast(text, backwards, pos, done)
        else:
            continue  # the usual case: 文件, 条例, 个人
        if statements:
            found.extend(statements)
            done = statements[-1][4]
    return done


def _count_fast(text: str, backwards: str, unit: int, done: int) -> list[_Raw] | None:
    """:func:`_count_at` for a text without whitespace; the number ends right before ``unit``."""
    start = unit - 1
    floor = unit - 24 if unit > 24 else 0
    while start > floor and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    while text[start] in _SEPARATORS:
        start += 1
    before = text[start - 1] if start else ""
    if before and before not in _BEFORE_NUMBER:
        return None  # 结果维持72件, 第三十条, and most other numbers
    if before in _SEPARATORS and text[start - 2 : start - 1] in _NUMERALS:
        return None  # 1,234

    # The words before the number, matched backwards in place.
    size = len(text)
    left_from = start - _LEFT_SPAN if start - _LEFT_SPAN > done else done
    at, stop = size - start, size - left_from
    pattern = _LEFT.table.get(before)
    match = pattern.match(backwards, at, stop) if pattern is not None else None
    if match is not None:
        kind = _LEFT_KIND[match.lastgroup or ""]
        phrase_start = size - match.end()
    else:
        kind = "lead"
        lead = _LEAD.match(backwards, at, stop)
        phrase_start = size - lead.end() if lead is not None else start
    prev = text[phrase_start - 3 if phrase_start - 3 > left_from else left_from : phrase_start]
    if kind == "lead" and prev[-1:] not in _BOUNDARY and (prev or left_from > 0):
        return None  # a number that neither begins its clause nor follows words that count

    # The common end: the clause ends with the unit, after a number of ASCII digits.
    after = unit + 1
    char = text[after : after + 1]
    number = text[start:unit]
    if (
        (char and char not in _BOUNDARY)
        or kind not in _KINDS_BEFORE
        or not (number.isdigit() and number.isascii() and len(number) <= 16)
    ):
        return _classify(text, unit, start, number, kind, phrase_start, prev)
    topics, units, blocked, needs = _KINDS[kind]
    if text[unit] not in units:
        return None
    if prev and (prev[-1:] in blocked or prev[-2:] in blocked or prev in blocked):
        return None
    if needs and not _context_allows(text, phrase_start, after, kind, needs):
        return None
    return [(topics[0], int(number), text[phrase_start:after], phrase_start, after, number)]


# ---------------------------------------------------------------------------
# The reference: any text


def _count_at(text: str, backwards: str, unit: int, end: int, done: int) -> list[_Raw] | None:
    """The statements made by the count whose unit is at ``unit``, if any.

    The number ends at ``end``; ``backwards`` is ``text`` reversed.
    """
    # The number, read backwards, and the character before it.
    start = end - 1
    floor = end - 24 if end > 24 else 0
    while start > floor and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    while text[start] in _SEPARATORS:
        start += 1
    words_end = start  # the words before the number end here, or a space or two before
    before = text[start - 1] if start else ""
    if before.isspace():
        words_end -= 1
        before = text[words_end - 1] if words_end else ""
        if before.isspace():
            words_end -= 1
            before = text[words_end - 1] if words_end else ""
    if before and before not in _BEFORE_NUMBER:
        return None  # 结果维持72件, 第三十条, 3 119, and most other numbers
    if before in _SEPARATORS and text[words_end - 2 : words_end - 1] in _NUMERALS:
        return None  # 1, 234

    # The words before the number, matched backwards without whitespace: on
    # ``backwards[at:stop]``, the context reversed, unless it has whitespace.
    left_from = words_end - _LEFT_SPAN if words_end - _LEFT_SPAN > done else done
    spaced = _WHITESPACE.search(text, left_from, words_end) is not None
    if spaced:
        backwards = "".join(text[left_from:words_end].split())[::-1]
        at, stop = 0, len(backwards)
    else:
        at, stop = len(text) - words_end, len(text) - left_from
    pattern = _LEFT.table.get(before)
    match = pattern.match(backwards, at, stop) if pattern is not None else None
    if match is not None:
        kind = _LEFT_KIND[match.lastgroup or ""]
        length = match.end() - at
    else:
        kind = "lead"
        lead = _LEAD.match(backwards, at, stop)
        length = lead.end() - at if lead is not None else 0
    # The characters before the phrase.
    prev_end = at + length + 3
    prev = backwards[at + length : prev_end if prev_end < stop else stop][::-1]
    if kind == "lead" and prev[-1:] not in _BOUNDARY and (prev or left_from > 0):
        return None  # a number that neither begins its clause nor follows words that count
    phrase_start = words_end - length
    if spaced and _WHITESPACE.search(text, phrase_start, words_end):
        phrase_start = words_end  # a line break inside the words: count them back
        while length:
            phrase_start -= 1
            if not text[phrase_start].isspace():
                length -= 1
    return _classify(text, unit, start, text[start:end], kind, phrase_start, prev)


def _classify(
    text: str, unit: int, start: int, number: str, kind: str, phrase_start: int, prev: str
) -> list[_Raw] | None:
    """The statements of a count, from the words before its number and after its unit.

    ``number`` starts at ``start``, its unit is at ``unit``; ``kind`` names the
    words before it (``lead`` for none that count), which start at
    ``phrase_start`` right after ``prev``.
    """
    # The words after the unit.
    after = phrase_end = right_end = unit + 1
    char = text[after : after + 1]
    if char.isspace():
        char = text[after : after + 4].lstrip()[:1]
    if not char or char in _BOUNDARY:
        right_kind = "end"
    else:
        right = _RIGHT.match(text, text.find(char, after), after + _RIGHT_SPAN)
        if right is None:
            right_kind = ""
        else:
            right_kind, match = right
            if right_kind == "reject":
                return None  # 17件左右, 件次, 3个人
            right_end = match.end()

    number_first = kind == "lead" or kind == "case_verb"
    if number_first:
        # The number begins its clause (or follows 发生): its meaning follows it.
        if right_kind not in _RIGHT_KINDS or (
            kind == "case_verb" and right_kind != "review" and right_kind != "lawsuit"
        ):
            return None
        kind = right_kind
        phrase_end = right_end
    elif kind == "new_verb":
        if right_kind == "object":
            if text[right_end : right_end + 3].lstrip()[:1] == "人":
                return None  # 3件申请人
            phrase_end = right_end
        elif right_kind != "end":
            return None
    elif kind == "handled":
        if right_kind != "end":
            return None
    elif kind == "pair_each" or kind == "pair_respectively":
        review = text.find("复议", phrase_start, start)
        lawsuit = text.find("诉讼", phrase_start, start)
        if review < 0 or lawsuit < 0:
            return None
        if lawsuit < review:
            kind += "_reversed"

    topics, units, blocked, needs = _KINDS[kind]
    unit_char = text[unit]
    if unit_char not in units:
        return None
    if unit_char == "起" and number == "一" and right_kind != "end" and not number_first:
        return None  # 复议一起 may be “together”; 发生一起复议案件 is one case
    if prev and (prev[-1:] in blocked or prev[-2:] in blocked or prev in blocked):
        return None
    if needs and not _context_allows(text, phrase_start, phrase_end, kind, needs):
        return None
    if number.isdigit() and number.isascii() and len(number) <= 16:
        value = int(number)  # what parse_chinese gives, faster
    else:
        try:
            value = parse_chinese(number)
        except NumeralError:
            return None
    if not number.isascii() and len(number) > 1 and _DIGIT_BY_DIGIT.fullmatch(number):
        return None  # 三四件 is “three or four”, not 34
    if len(topics) == 1:
        return [(topics[0], value, text[phrase_start:phrase_end], phrase_start, phrase_end, number)]
    if kind.startswith("pair_respectively"):
        second = _SECOND.match(text, unit + 1, unit + 1 + _RIGHT_SPAN)
        other = second.group("number") if second is not None else ""
        other_value = _value(other)
        if second is None or other_value is None:
            return None
        phrase_end = second.end()
        words = text[phrase_start:phrase_end]
        return [
            (topics[0], value, words, phrase_start, phrase_end, number),
            (topics[1], other_value, words, phrase_start, phrase_end, other),
        ]
    words = text[phrase_start:phrase_end]
    return [(topic, value, words, phrase_start, phrase_end, number) for topic in topics]


def _none_at(text: str, pos: int) -> list[_Raw] | None:
    """The statements of none made by the negation at ``pos``, if any."""
    match = _NONE.match(text, pos, pos + _RIGHT_SPAN)
    if match is None:
        return None
    end = match.end()
    after = text[end : end + 3].lstrip()[:1]
    if (after and after not in _BOUNDARY) or end == pos + _RIGHT_SPAN:
        return None  # 未发生行政复议纠错 is not 未发生行政复议
    kind = match.lastgroup or ""
    if kind == "none_case":
        first, second = match.group("case1"), match.group("case2")
        kind = "none_review" if "复议" in first else "none_lawsuit"
        if second is not None:
            if ("复议" in second) == (kind == "none_review"):
                return None
            kind += "_pair"
    topics, _, _, needs = _KINDS[kind]
    if needs and not _context_allows(text, pos, end, kind, needs):
        return None
    words, negation = text[pos:end], text[pos : match.end("negation")]
    return [(topic, 0, words, pos, end, negation) for topic in topics]


def _context_allows(text: str, start: int, end: int, kind: str, needs: str) -> bool:
    """Whether the sentence around the phrase ``text[start:end]`` has what it ``needs``."""
    floor = start - _SENTENCE_SPAN if start > _SENTENCE_SPAN else 0
    sentence = text.rfind("。", floor, start) + 1 or floor
    if needs != "disclosure!":
        part = text.find("其中", sentence, start)
        if part >= 0 and text.find("；", part, start) < 0 and text.find(";", part, start) < 0:
            return False  # a part of a count stated before
    if needs[0] == "d":
        # Many organs also count the reviews they decide: only disclosure cases count here.
        return (
            text.find("信息公开", sentence, end) >= 0 or text.find("依申请", sentence, start) >= 0
        )
    if needs == "request":
        return text.find("申请", sentence, end) >= 0
    if needs == "applications":
        if text.find("中，", sentence, start) >= 0 or text.find("中,", sentence, start) >= 0:
            return False  # 收到的17件申请中，予以公开10件: the outcomes of a part
        # 予以公开35件 says an outcome of requests only near them: it may also count
        # documents whose disclosure was decided (公文公开属性审核，不予公开12件).
        return text.find("申请", floor, end) >= 0
    return True


def _value(number: str) -> int | None:
    """The value of ``number``, or None if it is not exactly one count."""
    if not number.isascii() and _DIGIT_BY_DIGIT.fullmatch(number) and len(number) > 1:
        return None  # 三四件 is “three or four”, not 34
    try:
        return parse_chinese(number)
    except NumeralError:
        return None


# ---------------------------------------------------------------------------
# What each kind of phrase counts, in what units, and what it needs.

_NEW, _OVER, _HANDLED = Topic.NEW_REQUESTS, Topic.CARRIED_OVER, Topic.HANDLED
_FORWARD, _REVIEWS, _LAWSUITS = Topic.CARRIED_FORWARD, Topic.REVIEWS, Topic.LAWSUITS

#: The topics of each kind of phrase (named after its words before the number,
#: or after the unit for a number that begins its clause).
_TOPICS: Final[dict[str, tuple[Topic, ...]]] = {
    "new_object": (_NEW,),
    "new_subject": (_NEW,),
    "new_verb": (_NEW,),
    "handled_object": (_HANDLED,),
    "handled": (_HANDLED,),
    "over": (_OVER,),
    "forward": (_FORWARD,),
    "review": (_REVIEWS,),
    "lawsuit": (_LAWSUITS,),
    "pair_each": (_REVIEWS, _LAWSUITS),
    "pair_each_reversed": (_LAWSUITS, _REVIEWS),
    "pair_respectively": (_REVIEWS, _LAWSUITS),
    "pair_respectively_reversed": (_LAWSUITS, _REVIEWS),
    "none_review": (_REVIEWS,),
    "none_lawsuit": (_LAWSUITS,),
    "none_review_pair": (_REVIEWS, _LAWSUITS),
    "none_lawsuit_pair": (_LAWSUITS, _REVIEWS),
    "none_new": (_NEW,),
    "none_over": (_OVER,),
    "none_forward": (_FORWARD,),
    "granted": (Topic.GRANTED,),
    "partly_granted": (Topic.PARTLY_GRANTED,),
    "granted_or_partly": (Topic.GRANTED_OR_PARTLY,),
    "withheld": (Topic.WITHHELD,),
    "unavailable": (Topic.UNAVAILABLE,),
    "not_processed": (Topic.NOT_PROCESSED,),
    "other_handling": (Topic.OTHER_HANDLING,),
}
#: The kinds that state how many requests had an outcome of table 三.
_OUTCOME_KINDS: Final = frozenset(
    {
        "granted", "partly_granted", "granted_or_partly", "withheld", "unavailable",
        "not_processed", "other_handling",
    }
)  # fmt: skip
#: The kinds of words before a number that _count_fast reads itself when the clause ends with
#: the unit: not ``lead`` and ``case_verb`` (only words after the number say what it counts),
#: nor the pairs of 复议 and 诉讼; _classify reads those.
_KINDS_BEFORE: Final = frozenset(
    {
        "new_object", "new_subject", "new_verb", "handled_object", "handled", "over", "forward",
        "review", "lawsuit",
    }
)  # fmt: skip
#: The kinds of words after a number that begins its clause which say what it counts.
_RIGHT_KINDS: Final = frozenset({"forward", "over", "handled", "review", "lawsuit"})
_CASE_KINDS: Final = frozenset(
    kind for kind, topics in _TOPICS.items() if topics[0] in (_REVIEWS, _LAWSUITS)
)
_UNITS: Final = {
    kind: _CASE_UNITS if kind in _CASE_KINDS else _APPLICATION_UNITS for kind in _TOPICS
}
#: What the sentence of a phrase needs: a mention of disclosure (``disclosure``,
#: and no 其中 before it unless ``disclosure!``), of 申请 (``request``), of 申请 in it
#: or the text shortly before it (``applications``: outcomes), or only no 其中 before it
#: (``part``); carried counts and 未收到申请 need nothing.
_NEEDS: Final = {
    kind: (
        "disclosure!"
        if kind.startswith("none_") and kind in _CASE_KINDS
        else "disclosure"
        if kind in _CASE_KINDS
        else ""
        if kind in ("over", "forward", "none_new", "none_over", "none_forward")
        else "request"
        if kind in ("handled", "new_verb")
        else "applications"
        if kind in _OUTCOME_KINDS
        else "part"
    )
    for kind in _TOPICS
}
#: The endings (of up to three characters, whitespace removed) of the text
#: before a phrase that turn it into something else.
_NEGATIONS: Final = frozenset({"未", "不", "无", "没", "非", "不予", "未予", "无法", "没有"})
#: Other years (上年收到), and channels (网上收到 counts a part).
_NOT_ALL_NEW: Final = frozenset(
    {
        "上年", "去年", "同期", "前年", "往年", "上年度", "上一年", "去年度", "网上", "在线",
        "线上", "线下", "当面", "现场", "书面", "信函", "邮寄", "邮件", "传真", "电话",
    }
)  # fmt: skip
#: Timing and channels (按期答复 may count a part), and what is not done yet.
_NOT_ALL_HANDLED: Final = frozenset(
    {
        "待", "需", "将", "可", "逾期", "超期", "延期", "按期", "按时", "如期", "当场", "当面",
        "现场", "书面", "网上", "在线", "电话", "口头", "继续", "正在", "尚在", "部分", "先行",
        "线上", "线下",
    }
)  # fmt: skip
_BLOCKED: Final = {
    kind: _NEGATIONS
    | (_NOT_ALL_NEW if topics[0] is _NEW else frozenset())
    | (_NOT_ALL_HANDLED if topics[0] is _HANDLED else frozenset())
    # 复议后提起行政诉讼 and 直接提起行政诉讼 count only a part of the lawsuits.
    | (frozenset({"后", "直接"}) if topics[0] is _LAWSUITS else frozenset())
    for kind, topics in _TOPICS.items()
}
#: Everything about a kind of phrase: (topics, units, blocked endings, needs).
_KINDS: Final = {
    kind: (topics, _UNITS[kind], _BLOCKED[kind], _NEEDS[kind]) for kind, topics in _TOPICS.items()
}
