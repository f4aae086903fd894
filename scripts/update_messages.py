"""Extract user-facing messages and bring the translation catalogues up to date.

    python scripts/update_messages.py          # extract -> .pot, then update every .po
    python scripts/update_messages.py --check  # exit 1 if the .pot or a .po is out of date

This is babel's extract -> update workflow, with settled headers and without
line numbers, so that files change only when messages do.  With babel's own
command line, from the repository root:

    pybabel extract -F babel.cfg -c Translators: --project=govinfo_report \
        -o src/govinfo_report/locale/govinfo_report.pot src
    pybabel update -i src/govinfo_report/locale/govinfo_report.pot \
        -d src/govinfo_report/locale -D govinfo_report --no-fuzzy-matching
    pybabel init -i src/govinfo_report/locale/govinfo_report.pot \
        -d src/govinfo_report/locale -D govinfo_report -l zh_Hant    # a new language

Then translate the new entries (a translator removes the ``fuzzy`` flag).  The
English catalogue starts every new entry as its msgid.  Nothing here compiles:
the wheel build does (``hatch_build.py``), and a source checkout compiles the
.po in memory at first use.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
LOCALE_DIR = SOURCE / "govinfo_report" / "locale"
DOMAIN = "govinfo_report"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
MAPPING = ROOT / "babel.cfg"
#: The language the msgids are written in; its catalogue starts each entry as the msgid.
SOURCE_LANGUAGE = "en"
HEADER = """\
# Translations template for govinfo_report.
# Distributed under the same licence as govinfo_report (MIT).
#"""


def extract(source: Path = SOURCE) -> Catalog:
    """Every message marked in the Python files under *source*, in source order."""
    with MAPPING.open(encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)  # type: ignore[no-untyped-call]
    catalog = Catalog(
        project=DOMAIN,
        copyright_holder="The govinfo_report developers",
        header_comment=HEADER,
        charset="utf-8",
        fuzzy=False,
    )
    for filename, lineno, message, comments, context in extract_from_dir(
        str(source),
        method_map,
        options_map,
        keywords=DEFAULT_KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        where = (source.relative_to(ROOT) / filename).as_posix()
        catalog.add(message, None, [(where, lineno)], auto_comments=comments, context=context)
    return catalog


def _read(path: Path, locale: str | None = None) -> Catalog | None:
    if not path.is_file():
        return None
    with path.open("rb") as file:
        return read_po(file, locale=locale, domain=DOMAIN)


def _render(catalog: Catalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, include_lineno=False, ignore_obsolete=True, width=76)
    return buffer.getvalue().decode("utf-8")


def render_template(source: Path = SOURCE) -> str:
    """The text of the .pot for the messages under *source*."""
    template = extract(source)
    old = _read(TEMPLATE)
    # Keep the creation date unless the messages changed.
    if old is not None and _same_messages(old, template):
        template.creation_date = old.creation_date
    return _render(template)


def _same_messages(a: Catalog, b: Catalog) -> bool:
    def key(catalog: Catalog) -> list[tuple[object, ...]]:
        # The .pot keeps no line numbers, so compare the files only.
        return [
            (m.id, m.context, sorted({path for path, _ in m.locations}), m.auto_comments)
            for m in catalog
            if m.id
        ]

    return key(a) == key(b)


def render_catalogue(path: Path, template: Catalog) -> str:
    """The text of the .po at *path* updated from *template*."""
    locale = path.parent.parent.name
    catalog = _read(path, locale)
    if catalog is None:
        raise SystemExit(f"{path} is missing: create it with pybabel init (see this script)")
    before = _render(catalog)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    if locale == SOURCE_LANGUAGE:
        for message in catalog:
            if message.id and not _translated(message.string):
                message.string = message.id
    after = _render(catalog)
    if _body(after) == _body(before):
        return before  # nothing but the dates would change
    catalog.revision_date = datetime.datetime.now(datetime.UTC)
    return _render(catalog)


def _translated(string: str | tuple[str, ...] | list[str] | None) -> bool:
    if isinstance(string, str | None):
        return bool(string)
    return any(string)


def _body(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if not line.startswith(('"POT-Creation', '"PO-Rev'))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    outputs = {TEMPLATE: render_template()}
    template = read_po(io.BytesIO(outputs[TEMPLATE].encode("utf-8")), domain=DOMAIN)
    for path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        outputs[path] = render_catalogue(path, template)
    stale = [
        path
        for path, text in outputs.items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(outputs[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
