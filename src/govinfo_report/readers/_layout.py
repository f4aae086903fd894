"""The second layer of reading: sections, title, dates and tables, found by label.

Text of any form is searched in a *compact* copy — full-width ASCII folded,
whitespace removed — in which wrapped labels and labels glued to their
numbers read the same as in the format.  Every position in the compact copy
maps back to the original text, so narrative is kept as written and every
diagnostic names a line.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from govinfo_report.model import SINGLE_OTHER_ROW, Layout, Row, Section

__all__ = [
    "SUB_ITEMS",
    "Compact",
    "Found",
    "TableLayout",
    "chrome_date",
    "find_headings",
    "find_row_labels",
    "find_title",
    "leading_title",
    "page_chrome",
    "page_footer",
    "table_layout",
]

# Full-width ASCII and the ideographic space fold to ASCII: NFKC for what matters here,
# one character for one, so positions keep their meaning.
_FOLD: Final = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x201C: '"',
    0x201D: '"',
    0x3001: "、",
}
_FOLD_TABLE: Final = str.maketrans(_FOLD)
_WHITESPACE: Final = re.compile(r"\s+")


@attrs.frozen
class Compact:
    """*text* without whitespace, mapped back to the original.

    Patterns searched in it accept full-width and ASCII forms alike (see
    :func:`wide`), so nothing is folded and positions keep their meaning.
    """

    original: str
    text: str
    runs: tuple[int, ...]  # compact offset where each non-space run starts
    origins: tuple[int, ...]  # original offset of each run
    lines: tuple[int, ...]  # original offsets where lines start

    @classmethod
    def of(cls, original: str) -> Compact:
        """Build the compact copy of *original*."""
        # Whole-string C-level passes: this runs once per document, on every character.
        pieces = _SPACE.split(original)
        widths = list(map(len, pieces))
        gaps = list(map(len, _SPACE.findall(original)))
        runs = [0, *itertools.accumulate(widths[:-1])]
        origins = [0, *itertools.accumulate(map(operator.add, widths[:-1], gaps))]
        # Line starts: each line's length plus its "\n", accumulated (no Python loop).
        starts = [0, *itertools.accumulate(map(_PLUS_ONE, map(len, original.split("\n")[:-1])))]
        return cls(original, "".join(pieces), tuple(runs), tuple(origins), tuple(starts))

    def at(self, position: int) -> int:
        """The original offset of compact *position* (the end maps to the text's end)."""
        if position >= len(self.text):
            return len(self.original)
        run = bisect.bisect_right(self.runs, position) - 1
        return self.origins[run] + position - self.runs[run]

    def line_of(self, position: int) -> int:
        """The 1-based line number of compact *position*."""
        return bisect.bisect_right(self.lines, self.at(position))

    def after(self, position: int) -> int:
        """The original offset just after compact position ``position - 1``.

        Unlike :meth:`at`, it keeps the whitespace that follows a label.
        """
        if position <= 0:
            return 0
        return self.at(position - 1) + 1

    def original_between(self, start: int, end: int) -> str:
        """The original text from just after compact ``start - 1`` up to compact *end*."""
        return self.original[self.after(start) : self.at(end)]


_SPACE: Final = re.compile(r"\s+")
_PLUS_ONE: Final = (1).__add__


def wide(literal: str) -> str:
    """A regular expression for the text *literal*, in full-width or ASCII forms alike.

    ``（`` matches ``(`` too, ``1.`` matches ``1．``, ``“`` any double quote, and
    the separators ``、``, ``，`` and ``,`` match one another (§9 of the spec).

    >>> import re
    >>> bool(re.fullmatch(wide("（七）总计"), "(七)总计"))
    True
    """
    return "".join(_WIDE.get(ch) or re.escape(ch) for ch in literal)


_CLASSES: Final = ("（(", "）)", "：:", "、，,", '“”"', "．.")
_WIDE: Final = {ch: f"[{re.escape(group)}]" for group in _CLASSES for ch in group}


@attrs.frozen
class Found:
    """A label found in the compact text: what, and where (compact offsets)."""

    key: str
    start: int
    end: int


# --- section headings -------------------------------------------------------------

_HEADINGS: Final = (
    (Section.GENERAL, re.compile(r"一、总体情况")),
    (Section.PROACTIVE, re.compile(r"二、(?:行政机关)?主动公开政府信息(?:的)?情况")),
    (Section.REQUESTS, re.compile(r"三、(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况")),
    (
        Section.REVIEW_LITIGATION,
        re.compile(r"四、[^。，]{0,12}?复议、?[^。，]{0,4}?诉讼(?:的)?情况"),
    ),
    (Section.PROBLEMS, re.compile(r"五、[^。，]{0,16}?问题及改进情况")),
    (Section.OTHER, re.compile(r"六、其他需要报告的事项")),
)


def find_headings(compact: Compact) -> list[Found]:
    """The six section headings, each the first match after the one before.

    A heading not found is left out; the caller says so.
    """
    found: list[Found] = []
    position = 0
    for section, pattern in _HEADINGS:
        match = pattern.search(compact.text, position)
        if match is None:
            continue
        found.append(Found(section.value, match.start(), match.end()))
        position = match.end()
    return found


# --- title, organ, year, dates ------------------------------------------------------

_TITLE: Final = re.compile(
    r"([^\n。，；:：]{0,40}?)\s*([0-9]{4})\s*年度?\s*([^\n。，；]{0,30}?)政府信息公开工作(?:年度)?报告"
)
_DATE: Final = re.compile(
    r"(?:发布时间|发布日期|成文日期|日期)[:：]\s*([0-9]{4})[-/年.]([0-9]{1,2})[-/月.]([0-9]{1,2})"
)
_PERIOD: Final = re.compile(
    r"([0-9０-９]{4})\s*年\s*[1１]\s*月\s*[1１]\s*日[^。，；0-9]{0,8}?(?:至|到|—|-|~)\s*"
    r"(?:([0-9０-９]{4})\s*年)?\s*(?:12|１２)\s*月\s*(?:31|３１)\s*日"
)


@attrs.frozen
class Title:
    """What the head of a document says about the report."""

    organ: str
    year: int
    title: str
    line: int


#: How far down a page's menus its title is looked for, in lines.
_MAX_TITLE_LINE: Final = 2000


def find_title(text: str) -> Title | None:
    """The organ and year from the title (the first line that names the annual report).

    A title split over two lines (organ, then year and 报告) is joined.  In the first
    40 lines a title may stand in a longer line (a breadcrumb, a header); further down,
    under a web page's menus, only a line that is a title and nothing else is one.
    """
    lines = text.split("\n")
    for number, line in enumerate(lines[:_MAX_TITLE_LINE], start=1):
        if "报告" not in line:
            continue
        # Runs of whitespace as one space: _TITLE's "\s*" would otherwise scan a long run
        # from every start inside it, in quadratic time.  (The title and the organ keep no
        # whitespace, so nothing read changes.)
        candidate = _WHITESPACE.sub(" ", line.strip().translate(_FOLD_TABLE))
        for prefix in ("标题:", "标题："):
            if candidate.startswith(prefix):
                candidate = candidate[len(prefix) :].strip()
        match = _TITLE.search(candidate)
        if match is None:
            continue
        if number > 40 and (match.start(), match.end()) != (0, len(candidate)):
            # Past the head of the document (under a page's menus), only a line that is a
            # title and nothing else: a sentence naming the report is no title.
            continue
        organ = (match.group(1) + match.group(3)).strip()
        title = candidate[match.start() : match.end()].strip()
        if not organ and number > 1:
            previous = lines[number - 2].strip()
            if previous and len(previous) <= 40 and "报告" not in previous:
                organ = previous
                title = previous + title
        organ = _WHITESPACE.sub("", organ)
        return Title(organ, int(match.group(2)), _WHITESPACE.sub("", title), number)
    return None


def leading_title(line: str) -> tuple[Title, int] | None:
    """The title that *line* starts with, and where it ends in *line*, if it starts with one.

    A page's own title often stands at the head of its first paragraph, glued to it.
    """
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    match = _TITLE.match(stripped.translate(_FOLD_TABLE))
    if match is None or not match.group(1).strip():
        return None
    organ = _WHITESPACE.sub("", match.group(1) + match.group(3))
    title = _WHITESPACE.sub("", match.group())
    return Title(organ, int(match.group(2)), title, 0), offset + match.end()


# A web page's chrome around the body: the breadcrumb, then the title again, its source,
# time and hit count, the font-size and share widgets.  Crawled text keeps it, often glued
# to the first paragraph.
_BREADCRUMB: Final = re.compile(
    r"\s*(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|您所在的位置|所在位置)\s*[:：]"
)
_CHROME_KEYS: Final = (
    r"(?:信息来源|文章来源|来源|发布时间|发布日期|发布机构|更新时间|时间|日期|作者|编辑|"
    r"责任编辑|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|访问次数|字号|字体)"
)
_CHROME_FIELD: Final = re.compile(
    rf"\s*{_CHROME_KEYS}\s*[:：]\s*"
    r"(?:[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"|(?:[大中小](?:\s*[大中小]){0,2})"
    rf"|[^\s:：]{{0,40}}?(?=\s|$|{_CHROME_KEYS}\s*[:：]|[【\[]))"
)
_CHROME_WORD: Final = re.compile(
    r"\s*(?:【[^】\n]{0,12}】|\[[^\]\n]{0,12}\]|分享到[:：]?|微信|微博|QQ空间|朋友圈|"
    r"打印本页|打印|关闭窗口|关闭|收藏本页|收藏|全真版|文字版|文件下载|相关链接[:：]?|-->|<!--)"
)
_CHROME_DATE: Final = re.compile(
    r"(?:时间|日期)\s*[:：]\s*([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})"
)


def _chrome_end(line: str, start: int) -> int:
    """Where the run of page-chrome fields and widgets from *start* of *line* ends."""
    position = start
    while True:
        match = _CHROME_FIELD.match(line, position) or _CHROME_WORD.match(line, position)
        if match is None or match.end() == position:
            return position
        position = match.end()


def page_chrome(line: str, title: str) -> tuple[str, str] | None:
    """A web page's chrome at the head of a preamble *line*, and the text after it.

    The chrome is a breadcrumb (当前位置：…), up to the page's *title* where it is
    repeated, and the source, time, hit count and widgets that follow; or a line of
    such fields and widgets alone.  ``None`` if *line* does not start with chrome.

    >>> chrome, rest = page_chrome(
    ...     "当前位置：首页 > 年报 某县2021年政府信息公开工作年度报告 来源：某县 "
    ...     "时间：2022-01-20 16:34 【字号：大 中 小】 打印 根据《条例》规定，…",
    ...     "某县2021年政府信息公开工作年度报告",
    ... )
    >>> chrome[-39:], rest
    ('来源：某县 时间：2022-01-20 16:34 【字号：大 中 小】 打印', '根据《条例》规定，…')
    >>> page_chrome("来源：本站  浏览次数：312", "")
    ('来源：本站  浏览次数：312', '')
    >>> page_chrome("根据《条例》规定，时间：2022年", "") is None
    True
    """
    crumb = _BREADCRUMB.match(line)
    if crumb is not None:
        start = crumb.end()
        head = line[:300]
        at = head.rfind(title) if title else -1
        if at >= 0:
            start = at + len(title)
        else:
            found = _TITLE.search(head.translate(_FOLD_TABLE), start)
            if found is not None:
                start = found.end()
            elif "。" not in line:
                return line.rstrip(), ""  # a breadcrumb on a line of its own
            else:
                return None  # the body cannot be told from the crumbs
    else:
        start = 0
    end = _chrome_end(line, start)
    if crumb is None and end == 0:
        return None
    if crumb is None and line[end:].strip() and not _CHROME_FIELD.match(line):
        # Widgets before prose are a word of the prose (收藏, 微信 …), not chrome.
        return None
    return line[:end].strip(), line[end:].lstrip()


#: A line that begins a web page's footer (or the links and widgets under the body).
_FOOTER: Final = re.compile(
    r"(?m)^[^\S\n]*+[【\[]?(?:主办(?:单位)?[:：]|承办(?:单位)?[:：]|版权所有|Copyright|©|"
    r"网站标识码|[\u4e00-\u9fff]?ICP备|[\u4e00-\u9fff]?公网安备|技术支持[:：]|网站地图|"
    r"上一篇[:：]|下一篇[:：]|相关链接|相关文章|相关阅读|打印本页|关闭窗口)"
)


_WIDGET: Final = (
    r"(?:附件下载|【?打印本页】?|【?关闭窗口】?|【打印】|【关闭】|【?返回顶部】?|分享到[:：]?)"
)
#: Widgets glued after the last sentence of the body, up to the end of the text.
_TRAILING_WIDGETS: Final = re.compile(
    rf"(?<=[。！？；”）)])[^\S\n]*+({_WIDGET}(?:[^\S\n]*+{_WIDGET})*)\s*+$"
)


def page_footer(compact: Compact, begin: int) -> tuple[int, int] | None:
    r"""Where a web page's footer starts after compact *begin*: compact and original offsets.

    The footer — 主办单位, 版权所有, ICP备 …, or the 上一篇/下一篇 links and print widgets
    under the body — begins a line of its own; ``None`` if there is none.

    >>> text = "六、其他需要报告的事项\n无。\n【打印本页】【关闭窗口】\n版权所有：某县人民政府"
    >>> compact = Compact.of(text)
    >>> at, origin = page_footer(compact, compact.text.index("无"))
    >>> compact.text[at:at + 6], text[origin:origin + 6]
    ('【打印本页】', '【打印本页】')
    """
    start = compact.after(begin)
    match = _FOOTER.search(compact.original, start)
    if match is not None:
        origin = match.start() + len(match.group()) - len(match.group().lstrip())
    else:
        # Crawled text glues the widgets to the last sentence: 无收取信息处理费情况。 附件下载
        match = _TRAILING_WIDGETS.search(compact.original, start)
        if match is None:
            return None
        origin = match.start(1)
    return begin + len(_SPACE.sub("", compact.original[start:origin])), origin


def chrome_date(chrome: str) -> datetime.date | None:
    """The publication date that page chrome states (时间：2022-02-08 16:34), if any."""
    return _date(_CHROME_DATE.search(chrome))


def find_publication_date(text: str) -> datetime.date | None:
    """The publication date a page header states (发布时间: 2022-02-08), if any."""
    return _date(_DATE.search(text, 0, 3000))


def _date(match: re.Match[str] | None) -> datetime.date | None:
    """The date of a match whose groups are year, month and day; None if there is none."""
    if match is None:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None  # 2022-02-30


def find_period(text: str) -> tuple[int, int] | None:
    """The years of the statistical period the text states (1月1日 … 12月31日), if any."""
    match = _PERIOD.search(text)
    if match is None:
        return None
    start = int(match.group(1))
    end = int(match.group(2)) if match.group(2) else start
    return start, end


# --- table rows, by label --------------------------------------------------------------


def _row_pattern(row: Row) -> re.Pattern[str]:
    if row in (Row.OTHER_NO_CORRECTION, Row.OTHER_FEE_UNPAID):
        # Reports truncate these two long labels (§9): a prefix will do.
        return re.compile(f"{wide(row.text[:12])}(?:{wide(row.text[12:])})?")
    if row is Row.WITHHELD_PROHIBITED_BY_LAW:
        # Printed short, too: 「其他法律行政止公开」 (洪泽区, 2023 and 2024).
        return re.compile("其他法律行政(?:法规)?禁?止公开")
    if row is Row.OTHER_MISC:
        # "其他" also heads a column: look for it only with its marker, after （六）.
        return re.compile(r"3[.．、]其他")
    if row is Row.TOTAL_HANDLED:
        return re.compile(r"[（(]七[）)]总计")
    return re.compile(wide(row.text))


#: The label （六）其他处理: the head of the sub-items R3_6_1 … R3_6_3 in the official
#: layout, or a row of its own (``R3_6``) in the single-other one.
_SIXTH: Final = re.compile(r"[（(]六[）)]其他处理")


def _row_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for row in Row:
        if row is Row.OTHER_NO_CORRECTION:
            patterns.append((SINGLE_OTHER_ROW, _SIXTH))
        patterns.append((row.value, _row_pattern(row)))
    return tuple(patterns)


#: The labels searched for in table 三, in printed order, by row key.
_ROW_PATTERNS: Final = _row_patterns()
_MARKER_BEFORE: Final = re.compile(
    r"(?:[1-8][.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$"
)
#: The keys of the three sub-items of （六）其他处理 in the official layout.
SUB_ITEMS: Final = (Row.OTHER_NO_CORRECTION.value, Row.OTHER_FEE_UNPAID.value, Row.OTHER_MISC.value)
# A numbered sub-item under （六）, whatever its text: 「1.」「2、」「3．」 before a word.
_SUB_ITEM_MARKER: Final = re.compile(r"(?<![0-9])[1-3][.．、](?=[^0-9.．、,，])")


def find_row_labels(compact: Compact, start: int, end: int) -> Iterator[Found]:
    """The labels of table 三's rows in order within compact ``[start, end)``.

    Each label starts at its ordinal marker (``1.``, ``（一）``, ``一、``) when
    one stands just before its text.  The label （六）其他处理 is found too, under
    the key ``R3_6`` (:data:`~govinfo_report.model.SINGLE_OTHER_ROW`), wherever
    it stands between （五） and （七）总计: a PDF may print the head of the
    sub-items among them (a label centred on its rows).  Whether it is a row of
    its own or that head is for :func:`table_layout` to say.
    """
    position = start
    text = compact.text
    found: list[Found] = []
    head: Found | None = None
    for key, pattern in _ROW_PATTERNS:
        match = pattern.search(text, position, end)
        if match is None:
            continue
        begin = match.start()
        marker = _MARKER_BEFORE.search(text, max(position, begin - 6), begin)
        if marker is not None:
            begin = marker.start()
        if key == SINGLE_OTHER_ROW:
            # The sub-items are looked for from the same place: not after it.
            head = Found(key, begin, match.end())
            continue
        found.append(Found(key, begin, match.end()))
        position = match.end()
    if head is not None:
        total = next((label for label in found if label.key == _TOTAL), None)
        if total is None or head.start < total.start:
            found.append(head)
            found.sort(key=_START)
    yield from found


_TOTAL: Final = Row.TOTAL_HANDLED.value
_START: Final = operator.attrgetter("start")


@attrs.frozen
class TableLayout:
    """Which rows table 三 prints, as its labels say, and what is contradictory in them.

    *labels* are the labels to read the rows by: those found, less the head
    （六）其他处理 when it stands among its sub-items (it holds no value of its
    own there).  *problem* is set when the labels leave the rows of （六） in
    doubt: numbered sub-items under （六）其他处理 whose labels are none of the
    format's.
    """

    layout: Layout
    labels: tuple[Found, ...]
    problem: str | None = None


def table_layout(compact: Compact, labels: Sequence[Found], end: int) -> TableLayout:
    """The layout of table 三 from the row labels found in it (see :func:`find_row_labels`).

    Official when any of the sub-items 1./2./3. of （六） is found; single-other
    when （六）其他处理 is found with none of them.  Sub-items printed under
    （六）其他处理 whose labels match none of the three (numbered 1./2./3. but
    worded otherwise) are a problem: the layout stays official, so that their
    values are never taken for the single row's.
    """
    keys = [found.key for found in labels]
    subs = [i for i, key in enumerate(keys) if key in SUB_ITEMS]
    if SINGLE_OTHER_ROW not in keys:
        return TableLayout(Layout.OFFICIAL, tuple(labels))  # with neither, rows are missing
    i = keys.index(SINGLE_OTHER_ROW)
    if subs and i > subs[0]:
        # Printed among its sub-items: a label only, and no boundary between rows.
        return TableLayout(Layout.OFFICIAL, (*labels[:i], *labels[i + 1 :]))
    stop = labels[i + 1].start if i + 1 < len(labels) else end
    if _SUB_ITEM_MARKER.search(compact.text, labels[i].end, stop) is not None:
        return TableLayout(
            Layout.OFFICIAL,
            tuple(labels),
            "（六）其他处理 is followed by numbered sub-items whose labels are not the format's",
        )
    return TableLayout(Layout.OFFICIAL if subs else Layout.SINGLE_OTHER, tuple(labels))
