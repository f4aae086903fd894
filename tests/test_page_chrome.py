"""A web page around the report: menus, breadcrumb, source and time, widgets and footer.

None of it is part of the report; all of it is said in a note, with its line.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from govinfo_report import example
from govinfo_report.readers import ReadError, read, read_html, read_text
from govinfo_report.readers._layout import chrome_date, page_chrome
from govinfo_report.writers import render_html

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
QIDU = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")
TITLE = "临淄区齐都镇人民政府\n2021年政府信息公开工作年度报告\n"
FIRST = "根据《中华人民共和国政府信息公开条例》规定"


def with_head(*lines: str) -> str:
    """The bundled example with *lines* between its title and its preamble."""
    assert QIDU.startswith(TITLE)
    return TITLE + "".join(line + "\n" for line in lines) + QIDU[len(TITLE) :]


@pytest.mark.parametrize(
    "lines",
    [
        # Glued to the first paragraph, as crawled text has it.
        (
            "当前位置： 首页 > 政务公开 > 年报 临淄区齐都镇人民政府2021年政府信息公开工作年度报告 "
            "来源：齐都镇 时间：2022-01-25 09:30 微信 微博 QQ空间 相关链接： --> ",
        ),
        # Each on a line of its own.
        (
            "您现在的位置：首页 > 信息公开 > 年度报告",
            "信息来源：齐都镇人民政府   发布日期：2022-01-25   浏览次数：1024",
            "【字号：大 中 小】 【打印】 【关闭】",
        ),
        # Glued without spaces.
        ("来源：齐都镇人民政府时间：2022年1月25日【字体：大中小】",),
    ],
    ids=["glued", "lines", "no-spaces"],
)
def test_chrome_is_left_out_and_said(lines: tuple[str, ...]) -> None:
    result = read_text(with_head(*lines))
    report = result.report
    assert report.preamble.startswith(FIRST), report.preamble[:80]
    assert report.publication_date == datetime.date(2022, 1, 25)
    said = [d for d in result.diagnostics if "page chrome" in d.message]
    # Nothing vanishes: every character of the chrome is in what the reader says.
    chrome = "".join("".join(line.split()) for line in lines)
    assert "".join("".join(d.message.split()) for d in said).count("来源") == chrome.count("来源")
    assert all(d.kind == "note" and d.where.startswith("line ") for d in said)
    assert said[0].where == "line 3"


def test_a_preamble_without_chrome_is_kept_whole() -> None:
    report = read_text(QIDU).report
    assert report.preamble.startswith(FIRST)
    assert not [d for d in read_text(QIDU).diagnostics if "page chrome" in d.message]


@pytest.mark.parametrize(
    "line",
    [
        "根据《条例》规定，时间：2022年1月1日起施行。",
        "微信公众号“齐都发布”全年发布信息120条。",
        "收藏家协会来访。",
        "当前位置：首页。本报告根据《条例》编制。",  # crumbs and prose cannot be told apart
    ],
)
def test_prose_is_not_chrome(line: str) -> None:
    assert page_chrome(line, "某县2021年政府信息公开工作年度报告") is None


def test_the_title_ends_a_breadcrumb_even_when_worded_otherwise() -> None:
    chrome = page_chrome("当前位置：首页>年报>某县2021年度政府信息公开工作年度报告 本报告根据…", "")
    assert chrome == ("当前位置：首页>年报>某县2021年度政府信息公开工作年度报告", "本报告根据…")


@pytest.mark.parametrize(
    ("chrome", "date"),
    [
        ("时间：2022-02-08 16:34", datetime.date(2022, 2, 8)),
        ("发布日期：2022年2月8日", datetime.date(2022, 2, 8)),
        ("时间：2022-02-30", None),
        ("来源：本站", None),
    ],
)
def test_chrome_date(chrome: str, date: datetime.date | None) -> None:
    assert chrome_date(chrome) == date


def test_a_long_run_of_chrome_is_read_token_by_token() -> None:
    # Each token is matched once, from where the last one ended: linear in the line.
    line = "来源：本站 " + "微信 " * 20_000 + "　" * 20_000 + "根据《条例》。"
    assert page_chrome(line, "") == (line[: line.index("　")].strip(), "根据《条例》。")


# --- a whole page: menus before the title, chrome after it, a footer under the body ----------

MENU = "<ul>" + "".join(f"<li><a href='/c{i}'>栏目{i}</a></li>" for i in range(60)) + "</ul>"
CRUMB = "<div>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>年度报告</a></div>"
META = (
    "<div>来源：齐都镇 发布时间：2022-01-25 浏览次数：<span>123</span></div>"
    "<div>【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div>"
)
FOOTER = (
    "<div>【打印本页】【关闭窗口】</div>"
    "<div>上一篇：齐都镇2020年政府信息公开工作年度报告</div>"
    "<div>主办单位：临淄区人民政府 版权所有 鲁ICP备12345678号 联系电话：0533-1234567</div>"
)


def page(head: str = MENU + CRUMB) -> str:
    return head + render_html(example()).replace("</h1>", "</h1>" + META) + FOOTER


def test_a_whole_page_reads_as_the_report() -> None:
    result = read(page())
    assert result.form == "html"
    expected = example()
    assert [
        a for a in expected.addresses() if result.report.raw_cell(a) != expected.raw_cell(a)
    ] == []
    assert (result.report.organ, result.report.year) == (expected.organ, expected.year)
    assert result.report.preamble == expected.preamble
    assert result.report.other == expected.other
    assert result.report.publication_date == datetime.date(2022, 1, 25)
    notes = [d.message for d in result.diagnostics if d.kind == "note"]
    assert any("主办单位" in note and "上一篇" in note for note in notes)
    assert any("浏览次数" in note for note in notes)
    assert not result.uncertain


@pytest.mark.parametrize(
    "head",
    ["<h1>", "<article class='x'>", "<!-- a comment -->", "<?xml version='1.0'?>", "<section>"],
)
def test_a_fragment_is_read_as_html_whatever_tag_it_starts_with(head: str) -> None:
    result = read(head + "\n" + MENU + render_html(example()))
    assert result.form == "html"
    assert not result.uncertain


def test_markup_after_a_crawler_header_is_still_html() -> None:
    header = "标题: 临淄区齐都镇人民政府2021年政府信息公开工作年度报告\n发布时间: 2022-01-25\n"
    result = read(header + MENU * 2 + render_html(example()))
    assert result.form == "html"
    assert not result.uncertain  # no "/" read from every </td>


def test_deep_in_a_page_only_a_line_that_is_a_title_is_one() -> None:
    body = render_html(example())
    title = "<h1>临淄区齐都镇人民政府2021年政府信息公开工作年度报告</h1>"
    sentence = "<p>特向社会公开2021年临淄区齐都镇人民政府信息公开工作年度报告。</p>"
    with pytest.raises(ReadError, match="title"):
        read_html(MENU + sentence + body.replace(title, ""))


@pytest.mark.parametrize(
    "line",
    [
        "相关文件可在本网站附件下载",  # no sentence ends right before the widget's words
        "主办单位联席会议召开2次。",  # a word of the prose, not a footer field
    ],
)
def test_prose_in_the_last_section_is_not_a_footer(line: str) -> None:
    text = QIDU.rstrip("\n") + "\n" + line + "\n"
    result = read_text(text)
    assert result.report.other.endswith(line)
    assert not [d for d in result.diagnostics if "footer" in d.message]
