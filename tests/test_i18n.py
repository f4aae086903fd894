"""Messages through gettext: catalogues, locale negotiation, the message locale, fallbacks."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
import threading
from pathlib import Path
from types import ModuleType

import babel
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from govinfo_report import i18n
from govinfo_report.errors import GovInfoReportError
from govinfo_report.i18n import (
    InvalidLocaleError,
    current_locale,
    environment_locale,
    message_locales,
    negotiate_locale,
    ngettext,
    parse_locale,
    translator,
    use_locale,
)

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "src" / "govinfo_report" / "locale"
TEMPLATE = LOCALE_DIR / "govinfo_report.pot"

EPILOG = """\
examples:
  govinfo-report check report.html       read a published report: does it tie out?
  govinfo-report check 2022.txt --previous 2021.txt --locale en
  govinfo-report read report.html        the report as JSON (several files: JSON Lines)
  govinfo-report read *.txt --format csv > cells.csv
  govinfo-report render report.json --format docx -o report.docx
  govinfo-report batch corpus/ --out results.jsonl --summary summary.csv -j 4
  govinfo-report example                 print the bundled example report as JSON
  govinfo-report json report.json        check a JSON report and print it in canonical form
  govinfo-report schema > report.schema.json
  govinfo-report rules --locale en       the rule catalogue

exit codes: 0 success (no error-level findings), 1 error-level findings,
2 usage error, 3 unreadable input.
"""
EPILOG_ZH = """\
示例：
  govinfo-report check report.html       读取已发布的报告，检查勾稽关系
  govinfo-report check 2022.txt --previous 2021.txt --locale en
  govinfo-report read report.html        以 JSON 输出报告（多个文件时为 JSON Lines）
  govinfo-report read *.txt --format csv > cells.csv
  govinfo-report render report.json --format docx -o report.docx
  govinfo-report batch corpus/ --out results.jsonl --summary summary.csv -j 4
  govinfo-report example                 以 JSON 输出内置的示例报告
  govinfo-report json report.json        检查 JSON 报告，并以规范形式输出
  govinfo-report schema > report.schema.json
  govinfo-report rules --locale en       规则目录

退出码：0 成功（无错误级问题），1 有错误级问题，
2 用法错误，3 无法读取输入。
"""

# Every message of the catalogues, and its Chinese.
MESSAGES: list[tuple[str, str]] = [
    ("invalid input", "输入无效"),
    ("not a valid report document", "不是有效的报告文档"),
    ("invalid report", "报告无效"),
    ("{address} is not a cell address of this report", "{address} 不是本报告的单元格地址"),
    (
        "政府信息公开工作年度报告 as data: read, check and write annual reports.",
        "政府信息公开工作年度报告的数据化处理：读取、检查和输出年度报告。",
    ),
    (EPILOG, EPILOG_ZH),
    ("print a bundled example report as JSON", "以 JSON 输出一份内置的示例报告"),
    ("one line instead of indented", "输出为一行，不缩进"),
    ("validate JSON reports and print them canonically", "验证 JSON 报告，并以规范形式输出"),
    ("a JSON report, or - for stdin", "JSON 报告文件；- 表示标准输入"),
    ("print the JSON Schema of the report document", "输出报告文档的 JSON Schema"),
]
PROBLEMS = ("{summary} ({count} problem):", "{summary} ({count} problems):")


@pytest.mark.parametrize(("message", "chinese"), MESSAGES)
@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hans", "zh_Hans_CN", "zh", "zh-CN", "zh_TW"])
def test_chinese(message: str, chinese: str, locale: str) -> None:
    assert translator(locale).gettext(message) == chinese
    assert i18n.gettext(message, locale) == chinese


@pytest.mark.parametrize(("message", "chinese"), MESSAGES)
@pytest.mark.parametrize("locale", ["en", "en_US", "en_GB", babel.Locale("en")])
def test_english(message: str, chinese: str, locale: str | babel.Locale) -> None:
    assert translator(locale).gettext(message) == message


def test_plurals() -> None:
    for count in (0, 1, 2, 5):
        expected = PROBLEMS[0] if count == 1 else PROBLEMS[1]
        assert ngettext(*PROBLEMS, count, "zh_CN") == "{summary}（{count} 个问题）："
        assert ngettext(*PROBLEMS, count, "en") == expected
        assert ngettext(*PROBLEMS, count) == expected


def test_catalogues_are_real_and_shared() -> None:
    assert message_locales() == ("en", "zh_Hans")
    zh = translator("zh_CN")
    assert isinstance(zh, gettext.GNUTranslations)
    assert isinstance(translator("en"), gettext.GNUTranslations)
    assert zh is translator("zh_Hans") is translator(babel.Locale.parse("zh_Hans_CN"))
    assert zh.info()["language"] == "zh_Hans"
    assert translator("en_GB") is translator("en")


@pytest.mark.parametrize("locale", ["fr", "de_DE", "ja", "xx", babel.Locale("ru")])
def test_locales_without_a_catalogue_get_english(locale: str | babel.Locale) -> None:
    t = translator(locale)
    assert not isinstance(t, gettext.GNUTranslations)
    assert t.gettext("invalid report") == "invalid report"


@pytest.mark.parametrize(
    "locale", ["", "zh-", "zh_CN_", "!!", "中文", "c", "zh_" + "X" * 70, 3, None, b"zh", ["zh"]]
)
def test_bad_locales_raise(locale: object) -> None:
    for call in (translator, parse_locale, lambda x: i18n.gettext("invalid input", x)):
        if locale is None and call is not translator and call is not parse_locale:
            continue  # gettext(message, None) means the current locale
        with pytest.raises(InvalidLocaleError) as info:
            call(locale)  # type: ignore[arg-type]
        assert isinstance(info.value, GovInfoReportError)
        assert isinstance(info.value, ValueError)
    if locale is not None:
        with pytest.raises(InvalidLocaleError), use_locale(locale):  # type: ignore[arg-type]
            pass


# ---------------------------------------------------------------------------
# Negotiation and parsing


NEGOTIATION: list[tuple[str, list[str], str | None]] = [
    ("zh_CN", ["en", "zh_Hant", "zh_Hans"], "zh_Hans"),
    ("zh", ["zh_Hant", "zh_Hans"], "zh_Hans"),
    ("zh_TW", ["zh_Hans", "zh_Hant"], "zh_Hant"),
    ("zh_HK", ["zh_Hans", "en"], "zh_Hans"),
    ("zh_Hant", ["en", "zh"], "zh"),
    ("zh_Hant_HK", ["zh_Hans", "zh_Hant_HK"], "zh_Hant_HK"),
    ("en_GB", ["zh_Hans", "en"], "en"),
    ("en-US", ["en"], "en"),
    ("fr_FR", ["en", "zh_Hans"], None),
    ("xx", ["en"], None),
]


@pytest.mark.parametrize(("locale", "available", "expected"), NEGOTIATION)
def test_negotiate_locale(locale: str, available: list[str], expected: str | None) -> None:
    assert negotiate_locale(locale, available) == expected
    assert negotiate_locale(locale, available, default="zz") == (expected or "zz")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zh-CN", babel.Locale("zh", "CN", script="Hans")),
        ("zh_TW", babel.Locale("zh", "TW", script="Hant")),
        ("en", babel.Locale("en")),
        (" en_GB ", babel.Locale("en", "GB")),
    ],
)
def test_parse_locale(text: str, expected: babel.Locale) -> None:
    assert parse_locale(text) == expected


def test_parse_locale_refuses_what_cldr_does_not_know() -> None:
    with pytest.raises(babel.UnknownLocaleError):
        parse_locale("xx")


# ---------------------------------------------------------------------------
# The message locale in effect


def test_english_unless_told() -> None:
    assert current_locale() is None
    assert i18n.gettext("invalid report") == "invalid report"


def test_use_locale_nests_and_restores() -> None:
    with use_locale("zh_CN"):
        assert current_locale() == "zh_CN"
        assert i18n.gettext("invalid report") == "报告无效"
        with use_locale("en"):
            assert i18n.gettext("invalid report") == "invalid report"
        with use_locale(None):
            assert i18n.gettext("invalid report") == "invalid report"
        assert i18n.gettext("invalid report") == "报告无效"
    assert current_locale() is None
    with pytest.raises(RuntimeError), use_locale("zh"):
        raise RuntimeError
    assert current_locale() is None


def test_use_locale_is_per_thread() -> None:
    seen: list[str] = []
    with use_locale("zh_CN"):
        thread = threading.Thread(target=lambda: seen.append(i18n.gettext("invalid report")))
        thread.start()
        thread.join()
    assert seen == ["invalid report"]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, None),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en_GB"),
        ({"LC_ALL": "en_GB.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
        ({"LANGUAGE": "", "LANG": "zh_HK.Big5"}, "zh_HK"),
        ({"LANG": "de_DE@euro"}, "de_DE"),
        ({"LANG": "not a locale"}, None),
    ],
)
def test_environment_locale(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str | None
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert environment_locale() == expected


# ---------------------------------------------------------------------------
# The catalogue files


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=None if path.suffix == ".pot" else path.parts[-3])


def _ids(catalog: Catalog) -> list[object]:
    return [message.id for message in catalog if message.id]


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("locale", ["zh_Hans", "en"])
def test_catalogue_files(locale: str) -> None:
    template = _read(TEMPLATE)
    catalog = _read(LOCALE_DIR / locale / "LC_MESSAGES" / "govinfo_report.po")
    assert _ids(catalog) == _ids(template)
    assert not catalog.fuzzy
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {message.id!r}"
        for string in strings:
            assert isinstance(string, str)
            assert isinstance(ids[0], str)
            assert _placeholders(string) == _placeholders(ids[0])
        if locale == "en":
            assert strings == ids
    assert list(catalog.check()) == []


def test_template_holds_the_known_messages() -> None:
    template = _ids(_read(TEMPLATE))
    for message, _ in MESSAGES:
        assert message in template
    assert PROBLEMS in template


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_template_holds_exactly_the_messages_marked_in_the_source() -> None:
    extracted = {message.id for message in _load_script("update_messages").extract() if message.id}
    template = {message.id for message in _read(TEMPLATE) if message.id}
    assert extracted == template, "run: python scripts/update_messages.py"


def test_every_message_has_a_chinese_translation() -> None:
    catalogue = _read(
        ROOT / "src" / "govinfo_report" / "locale" / "zh_Hans" / "LC_MESSAGES" / "govinfo_report.po"
    )
    for message in catalogue:
        if message.id:
            assert message.string, message.id
            assert "fuzzy" not in message.flags, message.id
            assert message.string != message.id or not any(
                c.isascii() and c.isalpha() for c in str(message.string)
            ), f"not translated: {message.id!r}"


# ---------------------------------------------------------------------------
# Loading: a .mo where there is one, else the .po compiled in memory


def _write_catalogue(folder: Path, translation: str, *, compiled: bool) -> None:
    catalog = Catalog(locale="zh_Hans", domain="govinfo_report")
    catalog.add("invalid report", translation)
    if compiled:
        with (folder / "govinfo_report.mo").open("wb") as file:
            write_mo(file, catalog)
    else:
        from babel.messages.pofile import write_po

        with (folder / "govinfo_report.po").open("wb") as file:
            write_po(file, catalog)


def test_a_po_without_mo_is_compiled(tmp_path: Path) -> None:
    _write_catalogue(tmp_path, "从 po", compiled=False)
    t = gettext.GNUTranslations(io.BytesIO(i18n._compiled(tmp_path)))
    assert t.gettext("invalid report") == "从 po"


def test_a_mo_is_preferred(tmp_path: Path) -> None:
    _write_catalogue(tmp_path, "从 mo", compiled=True)
    catalog = Catalog(locale="zh_Hans", domain="govinfo_report")
    catalog.add("invalid report", "从 po")
    from babel.messages.pofile import write_po

    with (tmp_path / "govinfo_report.po").open("wb") as file:
        write_po(file, catalog)
    t = gettext.GNUTranslations(io.BytesIO(i18n._compiled(tmp_path)))
    assert t.gettext("invalid report") == "从 mo"
