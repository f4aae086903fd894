"""User-facing messages in the reader's language, through gettext.

Messages are written in English (the msgids) and translated by the catalogues
``govinfo_report/locale/<locale>/LC_MESSAGES/govinfo_report.mo``: ``zh_Hans``
(Chinese in simplified script, for ``zh``, ``zh_CN``, ``zh_SG`` … and, until a
``zh_Hant`` catalogue exists, for ``zh_TW`` and ``zh_HK`` too) and ``en``.
Wheels ship the compiled ``.mo`` files; in a source checkout the ``.po`` file
is compiled in memory on first use.  A locale with no catalogue gets the
English msgids unchanged, as gettext does.

The library speaks English unless told otherwise, so that messages and logs
do not change with the environment: pass a locale, or set one for a block
with :func:`use_locale`.  The command line uses :func:`environment_locale`.

>>> translator("zh_CN").gettext("not a valid report document")
'不是有效的报告文档'
>>> gettext("invalid report", "en_GB")
'invalid report'
>>> with use_locale("zh-TW"):
...     gettext("invalid report")
'报告无效'
>>> negotiate_locale("zh_HK", ["zh_Hans", "zh_Hant", "en"])
'zh_Hant'

Locales are babel :class:`~babel.Locale` objects or identifiers such as
``zh_CN``, ``zh-Hant-TW`` or ``en``; a malformed identifier raises
:class:`InvalidLocaleError`.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext as _gettext
import io
import os
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Final, TypeAlias

import babel
import babel.core

from .errors import GovInfoReportError

__all__ = [
    "DOMAIN",
    "N_",
    "InvalidLocaleError",
    "LocaleLike",
    "current_locale",
    "environment_locale",
    "gettext",
    "message_locales",
    "negotiate_locale",
    "ngettext",
    "parse_locale",
    "translator",
    "use_locale",
]

#: The gettext domain: the catalogues are named ``govinfo_report.po``/``.mo``.
DOMAIN: Final = "govinfo_report"

#: A locale: a babel :class:`~babel.Locale` or an identifier such as ``zh_CN`` or ``zh-Hant``.
LocaleLike: TypeAlias = str | babel.Locale

_MAX_IDENTIFIER: Final = 64
# The environment variables gettext reads, in the order it reads them.
_ENVIRONMENT: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current: contextvars.ContextVar[LocaleLike | None] = contextvars.ContextVar(
    "govinfo_report_message_locale", default=None
)


class InvalidLocaleError(GovInfoReportError, ValueError):
    """A locale identifier that is malformed, or a value that is no locale at all.

    >>> parse_locale("zh_CN_")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govinfo_report.i18n.InvalidLocaleError: 'zh_CN_' is not a locale identifier such as ...
    """

    code = "locale.invalid"


def _split(locale: str) -> tuple[str, str | None, str | None]:
    """(language, territory, script) of a well-formed identifier, or InvalidLocaleError."""
    if not isinstance(locale, str):
        raise InvalidLocaleError(
            f"a locale must be a str or a babel Locale, not {type(locale).__name__} {locale!r}"
        )
    text = locale.strip().replace("-", "_")
    try:
        if not text or len(text) > _MAX_IDENTIFIER or not text.isascii():
            raise ValueError(text)
        # Accepts an encoding or modifier as the environment gives them: zh_CN.UTF-8.
        parts = babel.core.parse_locale(text)
        if not 2 <= len(parts[0]) <= 3:
            raise ValueError(text)  # ISO 639 languages have 2 or 3 letters
    except ValueError:
        raise InvalidLocaleError(
            f"{locale!r} is not a locale identifier such as zh_CN, zh-Hant or en"
        ) from None
    return parts[0], parts[1], parts[2]


def parse_locale(locale: LocaleLike) -> babel.Locale:
    """The babel :class:`~babel.Locale` for *locale*, with its likely script filled in.

    Hyphens may stand for underscores.  Raises :class:`InvalidLocaleError` for a
    malformed identifier, and babel's :class:`~babel.UnknownLocaleError` for a
    well-formed one that CLDR has no data for.

    >>> parse_locale("zh-TW")
    Locale('zh', territory='TW', script='Hant')
    >>> parse_locale(babel.Locale("en")).english_name
    'English'
    """
    if isinstance(locale, babel.Locale):
        return locale
    _split(locale)
    return babel.Locale.parse(locale.strip().replace("-", "_"))


def _identify(locale: LocaleLike) -> tuple[str, str | None]:
    """(language, script) of *locale*; CLDR's likely script when it names none."""
    if isinstance(locale, babel.Locale):
        return _script(locale.language, locale.territory, locale.script)
    if not isinstance(locale, str):
        _split(locale)  # raises InvalidLocaleError, even for an unhashable value
    return _identify_text(locale)


@functools.lru_cache(maxsize=256)
def _identify_text(locale: str) -> tuple[str, str | None]:
    return _script(*_split(locale))


def _script(language: str, territory: str | None, script: str | None) -> tuple[str, str | None]:
    if script is None:
        # CLDR knows that zh_TW and zh_HK are written in Hant, and zh and zh_SG in Hans.
        likely = babel.core.get_global("likely_subtags")
        guess = (territory and likely.get(f"{language}_{territory}")) or likely.get(language)
        if guess:
            script = babel.core.parse_locale(guess)[2]
    return language, script


def negotiate_locale(
    locale: LocaleLike, available: Iterable[str], *, default: str | None = None
) -> str | None:
    """The first of *available* that suits *locale*, else *default*.

    *available* holds identifiers such as ``zh_Hans``, ``zh_Hant`` and ``en``.
    One suits when its language is that of *locale* and, if it names a script,
    the script too (``zh_TW`` is written in Hant, ``zh`` and ``zh_CN`` in Hans).
    Failing that, one of the same language in another script suits.  A
    well-formed identifier that CLDR does not know (``xx``) gets *default*;
    a malformed one raises :class:`InvalidLocaleError`.

    >>> negotiate_locale("zh_CN", ["en", "zh_Hant", "zh_Hans"])
    'zh_Hans'
    >>> negotiate_locale("zh_TW", ["en", "zh_Hans"]), negotiate_locale("en_GB", ["en"])
    ('zh_Hans', 'en')
    >>> negotiate_locale("fr", ["en", "zh_Hans"], default="zh_Hans")
    'zh_Hans'
    """
    # Messages and labels ask for the same few locales thousands of times in a batch.
    try:
        return _cached_negotiate(locale, tuple(available), default)
    except TypeError:  # an unhashable locale: _identify says what is wrong with it
        return _negotiate(locale, tuple(available), default)


def _negotiate(locale: LocaleLike, available: tuple[str, ...], default: str | None) -> str | None:
    language, script = _identify(locale)
    same_language: list[tuple[int, str]] = []
    for candidate in available:
        their_language, _, their_script = _split(candidate)
        if their_language != language:
            continue
        if their_script is None or their_script == script:
            rank = 0 if their_script == script else 1
        else:
            rank = 2
        same_language.append((rank, candidate))
    if not same_language:
        return default
    return min(same_language, key=lambda pair: pair[0])[1]


# --- catalogues -----------------------------------------------------------------


@functools.cache
def message_locales() -> tuple[str, ...]:
    """The locales that have a message catalogue, sorted.

    >>> message_locales()
    ('en', 'zh_Hans')
    """
    root = resources.files(__package__) / "locale"
    if not root.is_dir():
        return ()
    found = []
    for folder in root.iterdir():
        messages = folder / "LC_MESSAGES"
        if any((messages / f"{DOMAIN}{suffix}").is_file() for suffix in (".mo", ".po")):
            found.append(folder.name)
    return tuple(sorted(found))


def _compiled(folder: Traversable) -> bytes:
    """The .mo data of the catalogue in *folder*: its .mo file, else its .po compiled."""
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        return compiled.read_bytes()
    # A source checkout or an editable install: the build hook has not run.
    # (Imported here: babel.messages costs as much to import as the rest of babel.)
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (folder / f"{DOMAIN}.po").open("rb") as source:
        catalog = read_po(source, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


@functools.cache
def _load(name: str) -> _gettext.NullTranslations:
    """The translations of the packaged catalogue *name*, loaded once."""
    folder = resources.files(__package__) / "locale" / name / "LC_MESSAGES"
    return _gettext.GNUTranslations(io.BytesIO(_compiled(folder)))


_SOURCE_LANGUAGE: Final = _gettext.NullTranslations()


def translator(locale: LocaleLike) -> _gettext.NullTranslations:
    """The gettext translations for *locale*; one shared object per catalogue.

    A locale with no catalogue gets :class:`~gettext.NullTranslations`, which
    returns the English msgids unchanged.

    >>> translator("zh_Hans_CN") is translator("zh")
    True
    >>> translator("fr").gettext("invalid input")
    'invalid input'
    """
    name = negotiate_locale(locale, message_locales())
    return _SOURCE_LANGUAGE if name is None else _load(name)


_cached_negotiate: Final = functools.lru_cache(maxsize=256)(_negotiate)


# --- the message locale in effect ---------------------------------------------------


def current_locale() -> LocaleLike | None:
    """The locale :func:`use_locale` set for this context, or ``None`` for English.

    >>> current_locale() is None
    True
    """
    return _current.get()


@contextlib.contextmanager
def use_locale(locale: LocaleLike | None) -> Iterator[None]:
    """Show messages in *locale* inside the ``with`` block (``None``: English).

    The setting is a context variable, so threads and asyncio tasks keep their own.

    >>> with use_locale("zh_CN"):
    ...     gettext("invalid input")
    '输入无效'
    """
    if locale is not None:
        _identify(locale)  # refuse a malformed locale here, not at the first message
    token = _current.set(locale)
    try:
        yield
    finally:
        _current.reset(token)


def environment_locale() -> str | None:
    """The locale the environment asks messages in, as gettext reads it.

    The first set of ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``
    and ``LANG``; ``None`` if none is set, or for ``C`` and ``POSIX``, or if
    the value is malformed.

    >>> import os
    >>> saved = {name: os.environ.pop(name, None) for name in _ENVIRONMENT}
    >>> os.environ["LANG"] = "zh_CN.UTF-8"
    >>> environment_locale()
    'zh_CN'
    >>> os.environ["LANG"] = "C.UTF-8"
    >>> environment_locale() is None
    True
    >>> for name, value in saved.items():
    ...     _ = os.environ.pop(name, None) if value is None else os.environ.update({name: value})
    """
    for name in _ENVIRONMENT:
        value = os.environ.get(name, "").split(":")[0]
        if not value:
            continue
        identifier = value.split(".")[0].split("@")[0]
        if identifier in ("C", "POSIX"):
            return None
        try:
            _split(identifier)
        except InvalidLocaleError:
            return None
        return identifier
    return None


def gettext(message: str, locale: LocaleLike | None = None) -> str:
    """*message* translated into *locale*, by default the one :func:`use_locale` set.

    >>> gettext("invalid input", "zh"), gettext("invalid input")
    ('输入无效', 'invalid input')
    """
    if locale is None:
        locale = _current.get()
        if locale is None:
            return message
    return translator(locale).gettext(message)


def ngettext(singular: str, plural: str, n: int, locale: LocaleLike | None = None) -> str:
    """The singular or plural form for *n*, translated as :func:`gettext` does.

    >>> ngettext("{summary} ({count} problem):", "{summary} ({count} problems):", 2)
    '{summary} ({count} problems):'
    """
    if locale is None:
        locale = _current.get()
        if locale is None:
            return singular if n == 1 else plural
    return translator(locale).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark *message* for extraction, to be translated later by :func:`gettext`.

    >>> N_("invalid input")
    'invalid input'
    """
    return message
