"""Year-on-year comparison of two reports: cell changes and repeated narrative.

:func:`compare` gives, for every table cell of the two reports, the change from
the previous report to the current one (absolute and relative, both exact),
and, for every narrative paragraph, whether it was added, removed, changed or
repeated.  :func:`text_similarity` is the measure behind "repeated": the
format names copied, perfunctory reports (内容雷同) as a failing, and a
section 五 that repeats last year's text is the typical case.

>>> import attrs
>>> from govinfo_report import example
>>> previous = example()
>>> current = attrs.evolve(
...     previous,
...     year=2022,
...     problems=previous.problems.replace("2021", "2022"),
...     other="1、2022年，我镇人大代表建议办理3件；政协委员提案办理1件。",
... )
>>> comparison = compare(previous, current)
>>> comparison.previous_year, comparison.current_year, len(comparison.cells)
(2021, 2022, 200)
>>> comparison.repeated_share("problems")
1.0
>>> [(p.status, p.similarity) for p in comparison.paragraphs if p.section == "other"]
[('repeated', 1.0), ('removed', 0.0)]

Only the numbers changed in the paragraph kept in 六, so it counts as repeated:
digits are ignored when texts are compared (see :func:`text_similarity`).

Table 三 may be printed with （六）其他处理 as one row (``R3_6``, the 2019 format)
in one report and with its three sub-items (``R3_6_1`` … ``R3_6_3``) in the
other; then the cells both reports have are compared, and those only one has
are listed apart (:attr:`Comparison.only_in_previous`,
:attr:`Comparison.only_in_current`), never compared with a blank.

Nothing here checks that the two reports are of the same organ or of
consecutive years; the rule book does that.  ``compare(b, a)`` negates every
absolute change of ``compare(a, b)`` and, but for ties between equally
similar paragraphs, swaps added and removed.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, Inexact
from fractions import Fraction
from typing import Final, Literal, TypeAlias, get_args

import attrs

from .errors import GovInfoReportError, InvalidAddressError
from .model import ADDRESSES_BY_LAYOUT, Layout, Report

__all__ = [
    "CHANGED_THRESHOLD",
    "REPEATED_THRESHOLD",
    "SECTIONS",
    "CellChange",
    "Comparison",
    "ParagraphChange",
    "Section",
    "Status",
    "UnknownSectionError",
    "compare",
    "text_similarity",
]

#: The narrative sections compared paragraph by paragraph: the text before
#: 一, section 一、总体情况 (its intro and every sub-section, as one pool),
#: 五、存在的主要问题及改进情况 and 六、其他需要报告的事项.
Section: TypeAlias = Literal["preamble", "general", "problems", "other"]
#: What became of a paragraph from one year to the next.
Status: TypeAlias = Literal["repeated", "changed", "added", "removed"]
#: The section keys, in document order.
SECTIONS: Final[tuple[Section, ...]] = get_args(Section)

#: Paragraphs at least this similar are "repeated": the same text, give or
#: take a few words.  With :func:`text_similarity` a 100-character paragraph
#: with three characters replaced scores about 0.94, one with six about 0.88.
REPEATED_THRESHOLD: Final = 0.9
#: Paragraphs at least this similar (but below :data:`REPEATED_THRESHOLD`)
#: are "changed": one reworded into the other.  Unrelated paragraphs of the
#: same report score up to about 0.26 (measured on the bundled example).
CHANGED_THRESHOLD: Final = 0.5


class UnknownSectionError(GovInfoReportError, KeyError):
    """A section key that is not one of :data:`SECTIONS`.

    >>> str(UnknownSectionError("tables"))
    "'tables' is not a narrative section; choose one of preamble, general, problems, other"
    """

    code = "section.unknown"

    def __init__(self, section: str) -> None:
        self.section = section
        super().__init__(section)

    def __str__(self) -> str:
        return f"{self.section!r} is not a narrative section; choose one of {', '.join(SECTIONS)}"

    def __reduce__(self) -> tuple[type[UnknownSectionError], tuple[str]]:
        return (type(self), (self.section,))


# --- cells --------------------------------------------------------------------


@attrs.frozen
class CellChange:
    """The change of one table cell from the previous report to the current one.

    ``previous`` and ``current`` are the cells' numbers (:meth:`Report.cell`):
    ``None`` for a cell printed blank or with a mark such as ``/``.  Both
    changes are exact.  ``absolute`` is ``current - previous`` (an ``int``, or
    a :class:`~decimal.Decimal` for the fee amount, computed without
    rounding).  ``relative`` is ``(current - previous) / previous`` as a
    :class:`~fractions.Fraction`, for every cell: a ratio of two counts is not
    a finite decimal in general (1/3), and ``Fraction(Decimal)`` is exact too;
    use ``float(change.relative)`` to show it.  Either change is ``None`` when
    a number is missing; ``relative`` is also ``None`` when ``previous`` is 0.

    >>> CellChange.between("R1[TOT]", 4, 6)
    CellChange(address='R1[TOT]', previous=4, current=6, absolute=2, relative=Fraction(1, 2))
    >>> CellChange.between("admin_fees.amount", Decimal("0.10"), Decimal("0.25")).absolute
    Decimal('0.15')
    >>> CellChange.between("R4[NP]", 0, 3).relative is None
    True
    """

    #: The cell address, as in :meth:`Report.addresses`.
    address: str
    #: The number in the previous report, or ``None``.
    previous: int | Decimal | None
    #: The number in the current report, or ``None``.
    current: int | Decimal | None
    #: ``current - previous``, or ``None`` when either is ``None``.
    absolute: int | Decimal | None
    #: ``(current - previous) / previous``, or ``None`` when either is ``None`` or previous is 0.
    relative: Fraction | None

    @classmethod
    def between(
        cls, address: str, previous: int | Decimal | None, current: int | Decimal | None
    ) -> CellChange:
        """The change at *address* from *previous* to *current*, computed."""
        if previous is None or current is None:
            return cls(address, previous, current, None, None)
        absolute = _subtract(current, previous)
        relative = None if previous == 0 else Fraction(absolute) / Fraction(previous)
        return cls(address, previous, current, absolute, relative)

    @property
    def changed(self) -> bool:
        """Whether the numbers differ (a number that appears or disappears counts).

        Blank and marked cells are both ``None`` here: a cell going from blank
        to ``/`` is not a change; compare :meth:`Report.raw_cell` for that.

        >>> CellChange.between("R1[NP]", None, 0).changed
        True
        """
        return self.previous != self.current


def _subtract(current: int | Decimal, previous: int | Decimal) -> int | Decimal:
    """``current - previous`` exactly: Decimal arithmetic is otherwise rounded to 28 digits."""
    if current.__class__ is int and previous.__class__ is int:
        return current - previous
    a, b = Decimal(current), Decimal(previous)
    exponent = min(_exponent(a), _exponent(b))
    digits = max(a.adjusted(), b.adjusted()) - exponent + 2
    context = Context(prec=max(digits, 28), Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[Inexact])
    return context.subtract(a, b)


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # the model admits only finite amounts
    return exponent


# --- narrative ----------------------------------------------------------------


@attrs.frozen
class ParagraphChange:
    """What became of one narrative paragraph from the previous report to the current one.

    ``status`` is ``"repeated"`` when the two paragraphs are at least
    :data:`REPEATED_THRESHOLD` similar, ``"changed"`` when they are at least
    :data:`CHANGED_THRESHOLD` similar (one reworded into the other), and
    ``"added"`` or ``"removed"`` when the paragraph has no counterpart; then
    ``previous`` or ``current`` is ``None`` and ``similarity`` is 0.0.
    Paragraphs are kept as printed, with surrounding whitespace removed.

    >>> ParagraphChange("problems", "added", None, "一是培训不足。", 0.0)
    ParagraphChange(section='problems', status='added', previous=None, current='一是培训不足。',
                    similarity=0.0, heading=None)
    """

    #: The section key, one of :data:`SECTIONS`.
    section: Section
    status: Status
    #: The paragraph in the previous report, or ``None`` if it was added.
    previous: str | None
    #: The paragraph in the current report, or ``None`` if it was removed.
    current: str | None
    #: :func:`text_similarity` of the two paragraphs, 0.0 for added and removed ones.
    similarity: float
    #: The title of the sub-section of 一 the paragraph is in (in the current
    #: report; in the previous one for a removed paragraph); ``None`` for the
    #: intro of 一 and for the other sections.
    heading: str | None = None


@attrs.frozen
class Comparison:
    """The year-on-year view of two reports, built by :func:`compare`.

    ``cells`` has every cell both reports have, in document order: all 200
    (186 when both print （六）其他处理 as one row).  When table 三 is printed in
    different layouts (see :class:`~govinfo_report.Layout`), the cells only
    one report has are listed in ``only_in_previous`` and ``only_in_current``
    instead.  ``paragraphs`` lists the sections in document order and, in
    each, the paragraphs of the current report in their order followed by the
    removed paragraphs in theirs.

    >>> from govinfo_report import example
    >>> same = compare(example(), example())
    >>> same.cell("R1[TOT]").absolute, same.changed_cells(), same.repeated_share()
    (0, (), 1.0)
    >>> same.only_in_previous, same.only_in_current
    ((), ())
    """

    #: The year of the previous report.
    previous_year: int
    #: The year of the current report.
    current_year: int
    #: The organ of the current report.
    organ: str
    #: The changes of the cells both reports have, in document order.
    cells: tuple[CellChange, ...]
    paragraphs: tuple[ParagraphChange, ...]
    #: The addresses of the cells only the previous report has, in document
    #: order: its table 三 is printed in another layout than the current one's.
    only_in_previous: tuple[str, ...] = ()
    #: The addresses of the cells only the current report has, in document order.
    only_in_current: tuple[str, ...] = ()

    @property
    def same_layout(self) -> bool:
        """Whether both reports have the same cells (table 三 in the same layout)."""
        return not (self.only_in_previous or self.only_in_current)

    def cell(self, address: str) -> CellChange:
        """The change of the cell at *address*, such as ``R1[TOT]`` or ``admin_fees.amount``.

        Raises :class:`~govinfo_report.errors.InvalidAddressError` for an unknown
        address, and for one that only one of the reports has (see
        :attr:`only_in_previous` and :attr:`only_in_current`).
        """
        cells = self.cells
        for index in _ADDRESS_INDEXES:
            i = index.get(address)
            if i is not None and i < len(cells) and cells[i].address == address:
                return cells[i]
        for change in cells:  # only for comparisons not built by compare()
            if change.address == address:
                return change
        raise InvalidAddressError(address)

    def changed_cells(self) -> tuple[CellChange, ...]:
        """The cells whose number changed, in document order (see :attr:`CellChange.changed`)."""
        return tuple(change for change in self.cells if change.changed)

    def section(self, section: Section) -> tuple[ParagraphChange, ...]:
        """The paragraph changes of *section*, one of :data:`SECTIONS`."""
        _check_section(section)
        return tuple(p for p in self.paragraphs if p.section == section)

    def repeated_share(self, section: Section | None = None) -> float:
        """The share of the current text of *section* repeated from the previous report.

        Counts characters of the current paragraphs as printed: those of
        paragraphs marked ``"repeated"`` over those of all current paragraphs.
        ``None`` takes all four sections together.  A section without text
        gives 0.0.
        """
        changes = self.paragraphs if section is None else self.section(section)
        total = repeated = 0
        for change in changes:
            if change.current is not None:
                total += len(change.current)
                if change.status == "repeated":
                    repeated += len(change.current)
        return repeated / total if total else 0.0


def _split(previous: Layout, current: Layout) -> tuple[tuple[str, ...], ...]:
    """The addresses both layouts have (in document order), only *previous*, only *current*."""
    before, after = ADDRESSES_BY_LAYOUT[previous], ADDRESSES_BY_LAYOUT[current]
    if previous is current:
        return after, (), ()
    in_before, in_after = frozenset(before), frozenset(after)
    common = tuple(a for a in after if a in in_before)
    only_before = tuple(a for a in before if a not in in_after)
    only_after = tuple(a for a in after if a not in in_before)
    return common, only_before, only_after


#: (common, only in previous, only in current) addresses by the two layouts.
_SPLITS: Final = {(a, b): _split(a, b) for a in Layout for b in Layout}
#: Where each address lies in the cells of a comparison, for each order they may come in.
_ADDRESS_INDEXES: Final = tuple(
    {address: i for i, address in enumerate(addresses)}
    for addresses in dict.fromkeys(split[0] for split in _SPLITS.values())
)


def _check_section(section: str) -> None:
    if section not in SECTIONS:
        raise UnknownSectionError(section)


# --- text similarity ----------------------------------------------------------

_NOT_WORD: Final = re.compile(r"[\W_]+")
_DIGITS: Final = re.compile(r"\d+")
#: A year written in Chinese numerals, such as 二〇二一年.
_CHINESE_YEAR: Final = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")


def _normalise(text: str) -> str:
    """The text as compared: NFKC, letters and digits only, each number as ``0``."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = _NOT_WORD.sub("", text)
    text = _CHINESE_YEAR.sub("0", text)
    return _DIGITS.sub("0", text)


@attrs.frozen
class _Shingles:
    """The multiset of character bigrams of a normalised text, with start and end marks."""

    key: str
    bigrams: Counter[str]
    size: int

    @classmethod
    def of(cls, key: str) -> _Shingles:
        """The shingles of *key*, a text already normalised."""
        # The marks give every text, even of 0 or 1 character, at least one bigram.
        marked = f"\x02{key}\x03"
        return cls(key, Counter(map(operator.add, marked, marked[1:])), len(marked) - 1)

    def similarity(self, other: _Shingles) -> float:
        """The Dice coefficient of the two bigram multisets: 2|A∩B| / (|A|+|B|)."""
        if self.key == other.key:
            return 1.0
        return 2 * (self.bigrams & other.bigrams).total() / (self.size + other.size)

    def bound(self, other: _Shingles) -> float:
        """An upper bound of :meth:`similarity` from the sizes alone."""
        return 2 * min(self.size, other.size) / (self.size + other.size)


def text_similarity(a: str, b: str) -> float:
    """How similar two texts are, from 0.0 (nothing shared) to 1.0 (the same).

    Both texts are normalised first: NFKC, then only letters and digits are
    kept (whitespace, punctuation and symbols go), then every run of digits,
    and every year in Chinese numerals such as 二〇二一年, becomes ``0``.  So a
    paragraph copied with only its year or its counts updated scores 1.0,
    as does the same text with half-width punctuation.  The score is the
    Dice coefficient of the two multisets of character bigrams
    (``2 × shared / total``, like :meth:`difflib.SequenceMatcher.ratio`), which
    is symmetric, insensitive to the order of sentences, and linear in the
    length of the texts: about 2.6 ms for two texts of 2,000 Chinese characters,
    against 20 ms for ``SequenceMatcher(autojunk=False).ratio()``, which is
    quadratic in the worst case.

    >>> text_similarity("2021年，我镇收到申请0件。", "2022年 我镇收到申请3件")
    1.0
    >>> round(text_similarity("一是培训不足。", "一是宣传不足。"), 2)
    0.57
    >>> text_similarity("", "主动公开")
    0.0
    """
    return _Shingles.of(_normalise(a)).similarity(_Shingles.of(_normalise(b)))


@attrs.frozen
class _Paragraph:
    text: str
    heading: str | None
    #: The normalised text.
    key: str


def _paragraphs(report: Report, section: Section) -> list[_Paragraph]:
    """The non-blank paragraphs (lines) of *section*, each stripped, with its sub-section title."""
    if section == "general":
        parts: list[tuple[str, str | None]] = [(report.general.intro, None)]
        parts += [(s.text, s.title) for s in report.general.subsections]
    else:
        parts = [(getattr(report, section), None)]
    return [
        _Paragraph(line, heading, _normalise(line))
        for text, heading in parts
        for line in (raw.strip() for raw in text.split("\n"))
        if line
    ]


def _match(
    section: Section, previous: list[_Paragraph], current: list[_Paragraph]
) -> Iterator[ParagraphChange]:
    """Pair the paragraphs of a section one to one and yield what became of each."""
    partner: dict[int, tuple[int, float]] = {}  # current index -> previous index, similarity
    # Same normalised text first, in order (a repeated paragraph pairs with its first copy).
    unmatched: dict[str, list[int]] = {}
    for j in reversed(range(len(previous))):
        unmatched.setdefault(previous[j].key, []).append(j)
    for i, paragraph in enumerate(current):
        stack = unmatched.get(paragraph.key)
        if stack:
            partner[i] = (stack.pop(), 1.0)
    # Then the most similar remaining pairs, greedily; ties go to the earlier paragraphs.
    # Bigrams are counted only now, for the paragraphs left: most are usually matched.
    taken = {j for j, _ in partner.values()}
    new_left = [(i, _Shingles.of(p.key)) for i, p in enumerate(current) if i not in partner]
    old_left = [(j, _Shingles.of(p.key)) for j, p in enumerate(previous) if j not in taken]
    candidates = []
    for i, new_shingles in new_left:
        for j, old_shingles in old_left:
            if new_shingles.bound(old_shingles) < CHANGED_THRESHOLD:
                continue
            score = new_shingles.similarity(old_shingles)
            if score >= CHANGED_THRESHOLD:
                candidates.append((-score, i, j))
    for negative, i, j in sorted(candidates):
        if i not in partner and j not in taken:
            partner[i] = (j, -negative)
            taken.add(j)
    for i, new in enumerate(current):
        if i in partner:
            j, score = partner[i]
            status: Status = "repeated" if score >= REPEATED_THRESHOLD else "changed"
            yield ParagraphChange(section, status, previous[j].text, new.text, score, new.heading)
        else:
            yield ParagraphChange(section, "added", None, new.text, 0.0, new.heading)
    for j, old in enumerate(previous):
        if j not in taken:
            yield ParagraphChange(section, "removed", old.text, None, 0.0, old.heading)


def compare(previous: Report, current: Report) -> Comparison:
    """Compare *current* with *previous*: every cell's change and every paragraph's fate.

    Paragraphs are the non-blank lines of each narrative section (see
    :data:`SECTIONS`), matched within their section one to one: first those
    whose normalised texts (see :func:`text_similarity`) are equal, then the
    most similar pairs at least :data:`CHANGED_THRESHOLD` similar; the rest are
    added or removed.  The sub-sections of 一 are matched as one pool, so a
    paragraph moved between them, or under a renamed title, is still repeated;
    their titles are not compared.

    >>> from govinfo_report import example
    >>> comparison = compare(example(), example())
    >>> comparison.organ, len(comparison.paragraphs)
    ('临淄区齐都镇人民政府', 13)
    >>> {p.status for p in comparison.paragraphs}
    {'repeated'}

    When the two reports print table 三 in different layouts (（六）其他处理 as one
    row in one of them), the cells both have are compared and the others listed:

    >>> import attrs
    >>> from govinfo_report import ApplicationTable
    >>> single = attrs.evolve(
    ...     example(), applications=ApplicationTable.from_parts({"R1": [3], "R3_6": [3]})
    ... )
    >>> across = compare(single, example())
    >>> len(across.cells), across.only_in_previous[:2], len(across.only_in_current)
    (179, ('R3_6[NP]', 'R3_6[BIZ]'), 21)
    >>> across.cell("R3_7[NP]").absolute, across.same_layout
    (-3, False)
    """
    common, only_in_previous, only_in_current = _SPLITS[
        previous.applications.layout, current.applications.layout
    ]
    cells = tuple(
        CellChange.between(address, previous.cell(address), current.cell(address))
        for address in common
    )
    paragraphs = tuple(
        change
        for section in SECTIONS
        for change in _match(section, _paragraphs(previous, section), _paragraphs(current, section))
    )
    return Comparison(
        previous.year,
        current.year,
        current.organ,
        cells,
        paragraphs,
        only_in_previous,
        only_in_current,
    )
