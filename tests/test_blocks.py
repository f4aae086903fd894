"""The lenient first layer of the readers: every form to a flat list of blocks, and junk."""

from __future__ import annotations

import html
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.readers._blocks import (
    Block,
    Blocks,
    Line,
    Table,
    TableRow,
    blocks_from_html,
    blocks_from_markdown,
    blocks_from_text,
)

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
Reader = Callable[[str], Blocks]
READERS: tuple[Reader, ...] = (blocks_from_text, blocks_from_html, blocks_from_markdown)


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def reader_for(name: str) -> Reader:
    if name.endswith(".html"):
        return blocks_from_html
    if name.endswith(".md"):
        return blocks_from_markdown
    return blocks_from_text


def tables(blocks: Blocks) -> list[Table]:
    return [b for b in blocks.items if isinstance(b, Table)]


def lines(blocks: Blocks) -> list[str]:
    return [b.text for b in blocks.items if isinstance(b, Line)]


def cells(table: Table) -> list[tuple[str, ...]]:
    return [row.cells for row in table.rows]


def all_text(items: tuple[Block, ...]) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, Line):
            out.append(item.text)
        else:
            out.extend(cell for row in item.rows for cell in row.cells)
    return "\n".join(out)


def cjk(text: str) -> Counter[str]:
    return Counter(ch for ch in text if "\u3400" <= ch <= "\u9fff")


# The PDFs are binary: tests/test_read_pdf.py reads them.
CORPUS_FILES = sorted(
    p.name for p in CORPUS.iterdir() if p.name != "README.md" and p.suffix != ".pdf"
)
ZEROS = ("0",) * 7


# ---------------------------------------------------------------------------
# The corpus, form by form


def test_qidu_word_export_has_three_tables() -> None:
    blocks = blocks_from_text(corpus("qidu-2021.txt"))
    two, three, four = tables(blocks)
    assert [len(t.rows) for t in (two, three, four)] == [14, 28, 4]
    assert cells(two)[:4] == [
        ("第二十条", "第 （一） 项"),
        ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
        ("规章", "0", "0", "0"),
        ("行政规范性文件", "0", "0", "0"),
    ]
    assert cells(two)[-1] == ("行政事业性收费", "0")
    assert cells(three)[0] == (
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "申请人情况",
    )
    assert cells(three)[2] == (
        "",
        "",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "",
    )
    assert cells(three)[4] == ("二、上年结转政府信息公开申请数量", *ZEROS)
    assert cells(three)[5] == ("三、本年度办理结果", "（一）予以公开", *ZEROS)
    assert cells(three)[6] == (
        "",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        *ZEROS,
    )
    assert cells(three)[7] == ("", "（三）不予公开", "1．属于国家秘密", *ZEROS)
    assert cells(three)[8] == ("", "", "2．其他法律行政法规禁止公开", *ZEROS)
    assert cells(three)[-1] == ("四、结转下年度继续办理", *ZEROS)
    assert cells(four)[0] == ("行政复议", "行政诉讼")
    assert cells(four)[-1] == ("0",) * 15
    # Text forms have no spans; rows carry the line of their first cell.
    assert all(span == (1, 1) for t in (two, three, four) for r in t.rows for span in r.spans)
    assert (three.line, three.rows[0].line, three.rows[1].line) == (68, 68, 71)
    assert three.rows[1].where == "line 71"


def test_qidu_markers_removed_and_noted() -> None:
    blocks = blocks_from_text(corpus("qidu-2021.txt"))
    assert "[image" not in all_text(blocks.items)
    assert "[bookmark" not in all_text(blocks.items)
    assert "line 9: image marker '[image: 6c36f8e91e2b3f46c241ef691449628]' removed" in blocks.notes
    assert "line 403: bookmark marker '[bookmark: _GoBack]' removed" in blocks.notes
    assert len(blocks.notes) == 6
    assert lines(blocks)[-1] == "2、2021年，我镇无收取信息处理费情况。"
    assert "二、主动公开政府信息情况" in lines(blocks)


def test_shanghai_html_tables_with_spans_and_blanks() -> None:
    blocks = blocks_from_html(corpus("shanghai-bgt-2019.html"))
    assert blocks.notes == ()
    two, three, four = tables(blocks)
    assert [len(t.rows) for t in (two, three, four)] == [18, 26, 4]
    assert two.rows[0].cells == ("第二十条第（一）项",)
    assert two.rows[0].spans == ((1, 5),)
    assert two.rows[1].cells == ("信息内容", "本年新 制作数量", "本年新 公开数量", "对外公开总数量")
    assert two.rows[1].spans == ((1, 1), (1, 1), (1, 2), (1, 1))
    head = three.rows[0]
    assert head.cells[1] == "申请人情况"
    assert head.spans == ((3, 3), (1, 7))
    assert three.rows[1].spans == ((2, 1), (1, 5), (2, 1))
    # A rowspan'd cell appears only in its first row: rows are not grid-expanded.
    outcome = three.rows[5]
    assert outcome.cells[:3] == ("三、本年度办理结果", "（一）予以公开", "258")
    assert outcome.spans[0] == (20, 1)
    assert outcome.cells[-1] == ""  # &nbsp;: blank, not 0
    assert three.rows[8].cells == ("2.其他法律行政法规禁止公开", "", "", "", "", "", "", "")
    assert four.rows[-1].cells == ("5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", "")
    assert four.rows[1].spans[:5] == ((2, 1),) * 5
    # The fragment is one line: locations carry the column.
    assert three.where == "line 1, col 8820 (<table>)"
    assert lines(blocks)[0] == "2019年上海市人民政府办公厅政府信息公开工作年度报告"
    assert lines(blocks)[-1] == "无。"
    assert "四、政府信息公开行政复议、行政诉讼情况" in lines(blocks)  # after a <br />


def test_hongze_markdown_tables_split_at_the_page_break() -> None:
    blocks = blocks_from_markdown(corpus("hongze-2023.md"))
    found = tables(blocks)
    assert [len(t.rows) for t in found] == [22, 7, 17, 9, 4]
    first_part, second_part = found[2], found[3]
    assert first_part.rows[0].cells[3] == "申请人情况"
    assert first_part.rows[-1].cells[2] == "2.没有现成信息需要另行制作"
    assert second_part.rows[0].cells == ("", "", "3.补正后申请内容仍不明确", *ZEROS)
    assert second_part.line == 89
    assert "line 87: page number '- 3 -' removed" in blocks.notes
    assert found[4].rows[1].cells[4] == "总 计"  # spaces inside cells are kept
    assert found[2].rows[6].cells[1] == "（二）部分公开（区分处理的，只计这一情 形，不计其他情形）"
    # One-column "tables" holding narrative are read as lines.
    assert "line 4: one-column table read as lines" in blocks.notes
    text = lines(blocks)
    assert text[:3] == ["洪泽区人民政府", "2023 年政府信息公开工作年度报告", text[2]]
    assert "一、总体情况" in text
    assert "六、其他需要报告的事项" in text
    assert not any(re.fullmatch(r"- \d -", t) for t in text)


@pytest.mark.parametrize("name", ["pingtan-2020.txt", "pingtan-2021.txt", "pingtan-2022.txt"])
def test_pingtan_glued_web_text_is_lines(name: str) -> None:
    blocks = blocks_from_text(corpus(name))
    assert tables(blocks) == []
    assert blocks.notes == ()
    text = lines(blocks)
    assert len(text) == 10
    assert text[0].startswith("标题: 平潭综合实验区")
    assert text[2] == "文号:"  # outer whitespace stripped
    assert "三、收到和处理政府信息公开申请情况" in text[9]


def test_huaian_pdf_text_lines_and_page_numbers() -> None:
    blocks = blocks_from_text(corpus("huaian-2024.pdf.txt"))
    assert tables(blocks) == []
    assert [n for n in blocks.notes if "page number" in n] == [
        f"line {line}: page number '- {page} -' removed"
        for page, line in enumerate((1, 22, 48, 70, 116, 173), 1)
    ]
    text = lines(blocks)
    assert not any(t.startswith("- ") and t.endswith(" -") for t in text)
    # The vertical label 三、本年度办理结果, one character a line, stays as printed.
    start = text.index("三、")
    assert text[start : start + 8] == ["三、", "本", "年", "度", "办", "理", "结", "果"]
    # Wrapped labels stay split; space-separated cells stay on their line.
    assert "（二）部分公开（区分处理的，只计这一情" in text
    assert "形，不计其他情形） 447 7 0 0 0 0 454" in text
    assert "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20" in text


def test_huaian_tab_separated_rows_are_tables() -> None:
    blocks = blocks_from_text(corpus("huaian-2024.tabs.txt"))
    two, three, four = tables(blocks)
    assert [len(t.rows) for t in (two, three, four)] == [14, 28, 4]
    assert two.rows[0].cells == ("第二十条 第（一）项", "", "", "")
    assert two.rows[8].cells == ("信息内容", "本年处理决定数量")  # after page number "- 3 -"
    assert three.rows[6].cells == (
        "",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "",
        "447",
        "7",
        *("0",) * 4,
        "454",
    )
    # A label broken by the page break stays in two rows, as printed.
    assert three.rows[15].cells[1:3] == ("（四）无", "1.本机关不掌握相关政府信息")
    assert three.rows[16].cells[1:3] == ("法提供", "2.没有现成信息需要另行制作")
    assert four.rows[-1].cells[-1] == "20"
    assert "line 96: page number '- 4 -' removed" in blocks.notes
    assert "三、收到和处理政府信息公开申请情况" in lines(blocks)  # the heading ends table 二


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_no_text_is_lost(name: str) -> None:
    source = corpus(name)
    blocks = reader_for(name)(source)
    if name.endswith(".html"):
        source = html.unescape(re.sub(r"<[^>]*>", " ", source))
    # Every CJK character of the source is in a block, or quoted in a note.
    noted = cjk("\n".join(blocks.notes))
    assert cjk(all_text(blocks.items)) + noted >= cjk(source)
    assert cjk(all_text(blocks.items)) <= cjk(source)  # and nothing is invented
    if reader_for(name) is blocks_from_text:
        # Text forms: every non-space character, less what the notes quote as removed.
        removed = "".join(re.findall(r"'(.*)' removed", "\n".join(blocks.notes)))
        kept = Counter("".join(all_text(blocks.items).split()))
        assert kept == Counter("".join(source.split())) - Counter("".join(removed.split()))


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_reads_fast(name: str) -> None:
    source, read = corpus(name), reader_for(name)
    read(source)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        read(source)
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[2] < 0.1  # a generous bound: it catches complexity, not noise


# ---------------------------------------------------------------------------
# Text


def test_text_word_export_rows_and_empty_cells() -> None:
    text = "表\n\t甲\t乙\n\t\n\n\t1\n\t\n\t3\n\n\n后记\n"
    blocks = blocks_from_text(text)
    assert lines(blocks) == ["表", "后记"]
    (table,) = tables(blocks)
    assert cells(table) == [("甲", "乙", ""), ("1", "", "3")]
    assert (table.line, table.rows[1].line) == (2, 5)


def test_text_word_cell_of_several_paragraphs() -> None:
    # Word exports a cell's second paragraph without the tab.
    text = (
        "\t（本列数据的勾稽关系为：\n第一项加第二项之和）\n\t申请人情况\n\n"
        "\t自然人\n\t总计\n\n正文\n"
    )
    blocks = blocks_from_text(text)
    (table,) = tables(blocks)
    assert cells(table) == [
        ("（本列数据的勾稽关系为： 第一项加第二项之和）", "申请人情况"),
        ("自然人", "总计"),
    ]
    assert lines(blocks) == ["正文"]


def test_text_word_table_ends_where_tab_separated_rows_begin() -> None:
    blocks = blocks_from_text("\ta\tb\nmore\n\tc\td\n\n\te\tf\nx\ty\nz\tw\n")
    word, tsv = tables(blocks)
    assert cells(word) == [("a", "b more", "c", "d"), ("e", "f")]
    assert cells(tsv) == [("x", "y"), ("z", "w")]
    assert tsv.line == 6


def test_text_tab_indented_paragraphs_are_lines() -> None:
    blocks = blocks_from_text("\t一、总体情况\n\n\t正文第一段。\n\n\t正文第二段。\n")
    assert tables(blocks) == []
    assert lines(blocks) == ["一、总体情况", "正文第一段。", "正文第二段。"]


def test_text_lone_tabbed_line_is_a_line() -> None:
    blocks = blocks_from_text("前文\n关于\t某事\n后文")
    assert tables(blocks) == []
    assert lines(blocks) == ["前文", "关于\t某事", "后文"]


def test_text_page_numbers_in_their_forms() -> None:
    kept = ["17", "4/12", "- 4 - 续", "第四页", "2021-2022", "-", "——", "第 4 页的说明"]
    dropped = [
        "- 4 -",
        "-4-",
        "— 12 —",
        "－３－",
        "第 4 页",
        "第4页/共12页",
        "共 9 页 第 3 页",
        "Page 2",
    ]
    blocks = blocks_from_text("\n".join(kept + dropped))
    assert lines(blocks) == kept
    assert len(blocks.notes) == len(dropped)
    assert blocks.notes[0] == "line 9: page number '- 4 -' removed"


def test_text_markers_only_of_known_kinds() -> None:
    text = "[image: a.png]甲[注: 保留][bookmark: x]\n\t[image: 1]\t0\n\n\t乙\t1\n"
    blocks = blocks_from_text(text)
    assert lines(blocks) == ["甲[注: 保留]"]
    assert cells(tables(blocks)[0]) == [("", "0"), ("乙", "1")]
    assert len(blocks.notes) == 3


def test_text_line_endings_bom_and_form_feeds() -> None:
    blocks = blocks_from_text("\ufeff甲\r\n\r\n乙\r丙\n\f- 2 -\n\u3000\u3000丁\u3000")
    assert [(b.text, b.line) for b in blocks.items if isinstance(b, Line)] == [
        ("甲", 1),
        ("乙", 3),
        ("丙", 4),
        ("丁", 6),
    ]
    assert blocks.notes == ("line 5: page number '- 2 -' removed",)


# Lines without tabs, markers or CR/LF; any other character, page numbers included.
line_text = st.text(
    alphabet=st.characters(blacklist_characters="\t\r\n["),  # surrogates are excluded anyway
    max_size=30,
)
plain_line = st.text(alphabet="甲乙丙一二、（）0123456789 .,:\u3000\xa0abc", max_size=30)


@given(st.lists(plain_line, max_size=30))
def test_text_keeps_every_plain_line(raw: list[str]) -> None:
    blocks = blocks_from_text("\n".join(raw))
    expected = [(s.strip(), n) for n, s in enumerate(raw, 1) if s.strip()]
    assert [(b.text, b.line) for b in blocks.items if isinstance(b, Line)] == expected
    assert blocks.notes == ()


@settings(max_examples=300)
@given(st.lists(line_text, max_size=30))
def test_text_keeps_every_line_but_noted_page_numbers(raw: list[str]) -> None:
    blocks = blocks_from_text("\n".join(raw))
    assert all(isinstance(b, Line) for b in blocks.items)
    dropped = {
        int(m.group(1))
        for m in (re.match(r"line (\d+): page number", n) for n in blocks.notes)
        if m
    }
    expected = [s.strip() for n, s in enumerate(raw, 1) if s.strip() and n not in dropped]
    assert lines(blocks) == expected
    assert all(len(raw[n - 1].strip()) <= 40 for n in dropped)


# ---------------------------------------------------------------------------
# HTML


def test_html_paragraphs_breaks_and_entities() -> None:
    page = (
        "<div>甲<br>乙<span>丙</span>&amp;丁</div>\n<p>\n  戊  己\n</p>"
        "<h2>&lt;标题&gt;</h2>戊&nbsp;"
    )
    blocks = blocks_from_html(page)
    assert lines(blocks) == ["甲", "乙丙&丁", "戊 己", "<标题>", "戊"]
    assert blocks.items[2].where == "line 2, col 4 (<p>)"
    assert blocks.items[3].where == "line 4, col 9 (<h2>)"  # where its text begins


def test_html_cells_join_paragraphs_with_spaces() -> None:
    page = (
        "<table><tr><td><p>商业</p><p>企业</p></td><td>本年新<br/>制作  数量</td></tr>\n"
        "<tr><th> 1 </th><td>\xa0</td></tr></table>"
    )
    (table,) = tables(blocks_from_html(page))
    assert cells(table) == [("商业 企业", "本年新 制作 数量"), ("1", "")]
    assert table.rows[1].line == 2


def test_html_spans_invalid_and_clamped() -> None:
    page = (
        "<table><tr><td rowspan='2' colspan=\"3\">a</td><td ROWSPAN=x>b</td>"
        "<td colspan=0>c</td><td colspan='2px'>d</td><td rowspan=99999999>e</td></tr>"
        "<tr><td>f</td><td>g</td></tr></table>"
    )
    blocks = blocks_from_html(page)
    assert tables(blocks)[0].rows[0].spans == ((2, 3), (1, 1), (1, 1), (1, 2), (65534, 1))
    assert len(blocks.notes) == 4
    assert all("rowspan" in n or "colspan" in n for n in blocks.notes)


def test_html_drops_head_script_style_comments_images() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>年报 标题</title><style>td{x:1}</style></head>"
        "<body><script>document.write('<table><tr><td>1</td></tr></table>')</script>"
        "<!-- <table><tr><td>2</td><td>3</td></tr></table> --><p>正文<img src=a.png alt=图></p>"
        "</body></html>"
    )
    blocks = blocks_from_html(page)
    assert blocks.items == (Line("正文", 1, blocks.items[0].where),)
    notes = "\n".join(blocks.notes)
    assert "<title> removed: '年报 标题'" in notes
    for what in ("<style> elements", "<script> elements", "comments", "images"):
        assert f"{what} removed (1)" in notes


def test_html_broken_markup_is_tolerated() -> None:
    page = (
        "<p>前文</td></tr></table><table><tr><td>甲<td>乙<tr><td>1<td>2"
        "<td>3</tr>x<tr><td>4</table><p>后文<td>单元"
    )
    blocks = blocks_from_html(page)
    assert lines(blocks) == ["前文", "x", "后文", "单元"]
    (table,) = tables(blocks)
    assert cells(table) == [("甲", "乙"), ("1", "2", "3"), ("4",)]
    notes = "\n".join(blocks.notes)
    assert "stray </td> ignored" in notes
    assert "stray </table> ignored" in notes
    assert "text outside table cells: 'x'" in notes
    assert "<td> outside a table read as text" in notes


def test_html_unclosed_table_and_rows_without_tr() -> None:
    blocks = blocks_from_html("<table><td>a</td><td>b</td><tr><td>c<td>d")
    (table,) = tables(blocks)
    assert cells(table) == [("a", "b"), ("c", "d")]
    assert any("outside a row" in n for n in blocks.notes)
    assert any("unclosed <table>" in n for n in blocks.notes)


def test_html_layout_tables_are_read_as_text() -> None:
    data = "<table><tr><td>规章</td><td>0</td></tr><tr><td>行政许可</td><td>5</td></tr></table>"
    page = f"<table><tr><td><p>一、总体情况</p><p>正文</p>{data}<p>五、问题</p></td></tr></table>"
    blocks = blocks_from_html(page)
    assert [type(b).__name__ for b in blocks.items] == ["Line", "Line", "Table", "Line"]
    assert lines(blocks) == ["一、总体情况", "正文", "五、问题"]
    assert cells(tables(blocks)[0]) == [("规章", "0"), ("行政许可", "5")]
    assert any("table read as text (it holds tables)" in n for n in blocks.notes)
    # One column, or a cell of narrative, is layout too.
    one = blocks_from_html(
        "<table><tr><td><p>甲</p><p>乙</p></td></tr><tr><td>丙</td></tr></table>"
    )
    assert lines(one) == ["甲", "乙", "丙"]
    long = "<p>" + "很长的叙述。" * 40 + "</p>"
    narrative = blocks_from_html(f"<table><tr><td>导航</td><td>{long * 3}</td></tr></table>")
    assert tables(narrative) == []
    assert len(lines(narrative)) == 4


def test_html_quoted_gt_in_attribute_and_odd_markup() -> None:
    page = "<p title='a>b'>甲</p><p onclick=\"if(x>1)y()\">乙</p>< 丙 <3 <<p>丁</p><?php x ?>"
    assert lines(blocks_from_html(page)) == ["甲", "乙", "< 丙 <3 <", "丁"]


def test_html_pre_keeps_its_lines() -> None:
    blocks = blocks_from_html("<pre>规章  0  0\n行政许可 5\n</pre><p>后</p>")
    assert lines(blocks) == ["规章  0  0", "行政许可 5", "后"]


def test_html_byte_order_mark_is_not_text() -> None:
    assert lines(blocks_from_html("\ufeff<p>甲</p>")) == ["甲"]


def test_html_text_in_head_begins_the_body() -> None:
    assert lines(blocks_from_html("<head><meta charset=utf-8>报告正文<p>二")) == ["报告正文", "二"]


# ---------------------------------------------------------------------------
# Markdown


def test_markdown_pipe_tables_and_escapes() -> None:
    text = "规章 | 0\n---|:--:\n`行政\\|许可` | **5**\n\n| a | b |\n| - | - |\n| c \\| d | |"
    blocks = blocks_from_markdown(text)
    first, second = tables(blocks)
    assert cells(first) == [("规章", "0"), ("行政|许可", "5")]
    assert cells(second) == [("a", "b"), ("c | d", "")]
    assert second.line == 5


def test_markdown_dash_rows_are_data_after_the_delimiter() -> None:
    blocks = blocks_from_markdown("| 行政复议 | 总计 |\n|---|---|\n| - | - |\n| 1 | 1 |")
    assert cells(tables(blocks)[0]) == [("行政复议", "总计"), ("-", "-"), ("1", "1")]
    headerless = blocks_from_markdown("|---|---|\n| 规章 | 0 |\n| 许可 | 5 |")
    assert cells(tables(headerless)[0]) == [("规章", "0"), ("许可", "5")]


def test_markdown_unclosed_html_table_ends_at_a_blank_line() -> None:
    blocks = blocks_from_markdown(
        "<table><tr><td>甲</td><td>1</td>\n<tr><td>乙<td>2\n\n# 后文\n正文"
    )
    assert cells(tables(blocks)[0]) == [("甲", "1"), ("乙", "2")]
    assert lines(blocks) == ["后文", "正文"]


def test_markdown_inline_markup_to_text() -> None:
    text = (
        "# 一、总体情况 #\n> **二、**主动*公开*\n- 项目：[链接文字](http://x/y_z) 与 `代码`\n"
        "1. 本机关不掌握\n甲<br>乙<br/>丙\n__强调__ snake_case_name \\*星\\* 注*\n***\n"
        "![图片](a.png)<https://www.gov.cn>"
    )
    blocks = blocks_from_markdown(text)
    assert lines(blocks) == [
        "一、总体情况",
        "二、主动公开",
        "项目：链接文字 与 代码",
        "1. 本机关不掌握",
        "甲",
        "乙",
        "丙",
        "强调 snake_case_name *星* 注*",
        "https://www.gov.cn",
    ]
    assert blocks.notes == ("line 8: image '![图片](a.png)' removed",)


def test_markdown_grid_table() -> None:
    text = (
        "+------+-----+\n| 信息 | 本年 |\n| 内容 | 件数 |\n+======+=====+\n| 规章 | 0   |\n"
        "+------+-----+\n后文"
    )
    blocks = blocks_from_markdown(text)
    (table,) = tables(blocks)
    assert cells(table) == [("信息 内容", "本年 件数"), ("规章", "0")]
    assert lines(blocks) == ["后文"]


def test_markdown_raw_html_table_comments_and_fences() -> None:
    text = (
        "前文<!-- 隐藏\n注释 -->\n<table>\n<tr><td rowspan=2>甲</td><td>1</td></tr>\n"
        '<tr><td colspan="2">2</td></tr>\n</table>\n```\n| 不是 | 表 |\n```\n'
    )
    blocks = blocks_from_markdown(text)
    (table,) = tables(blocks)
    assert table.rows[0].spans == ((2, 1), (1, 1))
    assert (table.line, table.rows[1].line) == (3, 5)
    assert lines(blocks) == ["前文", "| 不是 | 表 |"]
    assert blocks.notes == ("comments removed (1): line 1",)


# ---------------------------------------------------------------------------
# Junk: never raises, stays bounded

JUNK_SIZE = 200_000
JUNK = {
    "lt": "<" * JUNK_SIZE,
    "unclosed tags": "<a" * JUNK_SIZE,
    "unclosed quotes": '<a b="' * JUNK_SIZE,
    "quoted gt": "<a b='>" * JUNK_SIZE,
    "comment": "<!--" + "x" * JUNK_SIZE,
    "marked section": "<![x" * JUNK_SIZE,
    "end tags": "</" * JUNK_SIZE,
    "entities": "&#" * JUNK_SIZE,
    "nested tables": "<table><tr><td>x" * (JUNK_SIZE // 16),
    "nested divs": "<div>" * JUNK_SIZE,
    "stray cells": "<td>x</td></tr>" * (JUNK_SIZE // 15),
    "script tables": "<script>" + "<table><tr><td>1</td><td>2</td></tr>" * (JUNK_SIZE // 40),
    "tabs": "\t" * JUNK_SIZE,
    "tab lines": "\tx\n" * (JUNK_SIZE // 3),
    "continued cells": "\ta\nT\n" * (JUNK_SIZE // 5) + "x\ty\n",
    "pipes": "|" * JUNK_SIZE,
    "markdown": "**[a](b_`|" * (JUNK_SIZE // 10),
    "markers": "[image:" * JUNK_SIZE,
    "comments": "<!--x-->\n" * (JUNK_SIZE // 9),
    "spaces": "\u3000\xa0\x0b\x0c\x1c\u2028" * JUNK_SIZE,
}


@pytest.mark.parametrize("name", sorted(JUNK))
@pytest.mark.parametrize("read", READERS, ids=lambda r: r.__name__)
def test_junk_never_raises_and_is_bounded(name: str, read: Reader) -> None:
    start = time.perf_counter()
    blocks = read(JUNK[name])
    assert time.perf_counter() - start < 10  # quadratic work would take hours here
    assert isinstance(blocks, Blocks)
    assert len(blocks.notes) <= 201 + 10  # capped, plus grouped notes


def test_junk_script_with_table_text_yields_no_table() -> None:
    blocks = blocks_from_html(JUNK["script tables"])
    assert blocks.items == ()
    assert any("unclosed <script>" in n for n in blocks.notes)


def test_junk_deeply_nested_tables_are_capped() -> None:
    blocks = blocks_from_html("<table><tr><td>x" * 100 + "y")
    assert any("nested over 32 deep" in n for n in blocks.notes)
    assert all_text(blocks.items).count("x") == 100
    assert "y" in all_text(blocks.items)


@pytest.mark.parametrize("read", READERS, ids=lambda r: r.__name__)
def test_random_bytes_never_raise(read: Reader) -> None:
    rng = random.Random(20240601)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(2000)))
        read(data.decode("utf-8", "replace"))
        read(data.decode("latin-1"))
        alphabet = "<>/!-?'\"=&;# \n\tatdrpbleh|*_`[]()\\:表"
        read("".join(rng.choice(alphabet) for _ in range(3000)))


@settings(max_examples=200)
@given(st.text(alphabet="<>/!-?'\"=&;#\n\t tdrpablehsy|*_`[]()\\:甲0", max_size=200))
def test_any_text_reads_in_every_form(text: str) -> None:
    for read in READERS:
        blocks = read(text)
        for item in blocks.items:
            assert isinstance(item, Line | Table)
            if isinstance(item, Line):
                assert item.text
                assert item.text == item.text.strip()
            else:
                assert all(isinstance(row, TableRow) for row in item.rows)
                assert all(len(row.cells) == len(row.spans) for row in item.rows)


@pytest.mark.parametrize("read", READERS, ids=lambda r: r.__name__)
def test_two_megabyte_document(read: Reader) -> None:
    name = {
        blocks_from_text: "huaian-2024.pdf.txt",
        blocks_from_html: "shanghai-bgt-2019.html",
        blocks_from_markdown: "hongze-2023.md",
    }[read]
    source = corpus(name)
    document = "\n".join([source] * (2_000_000 // len(source) + 1))
    start = time.perf_counter()
    blocks = read(document)
    assert time.perf_counter() - start < 10
    assert len(blocks.items) > 1000
