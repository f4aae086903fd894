"""A web page's chrome (breadcrumb, source, time, widgets) is no part of the preamble."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from govinfo_report.readers import read_text
from govinfo_report.readers._layout import chrome_date, page_chrome

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
