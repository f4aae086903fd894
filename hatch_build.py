"""Hatchling build hook: compile the message catalogues (.po) into the wheel as .mo.

The .mo files are written to a temporary folder and mapped into the wheel, so
the source tree stays clean and a wheel never ships a stale catalogue.  The
wheel leaves out the .po and .pot sources (see ``pyproject.toml``).  Editable
installs skip this: at run time ``govinfo_report.i18n`` compiles a .po that has
no .mo beside it.  A catalogue with errors (a placeholder missing from a
translation, say) fails the build.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "govinfo_report"
DOMAIN = "govinfo_report"


def compile_catalogues(locale_dir: Path, target: Path) -> dict[str, str]:
    """Compile every ``<locale>/LC_MESSAGES/*.po`` under *locale_dir* into *target*.

    Returns {path of a .mo written: its path inside the wheel}.
    """
    sources = sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))
    if not sources:
        raise RuntimeError(f"no message catalogues (.po) found under {locale_dir}")
    mapping: dict[str, str] = {}
    for source in sources:
        relative = source.relative_to(locale_dir).with_suffix(".mo")
        with source.open("rb") as file:
            catalog = read_po(file, locale=relative.parts[0], domain=source.stem)
        problems = [
            f"{source}: {message.id!r}: {error}"
            for message, errors in catalog.check()
            for error in errors
        ]
        if problems:
            raise RuntimeError("broken message catalogue:\n" + "\n".join(problems))
        compiled = target / relative
        compiled.parent.mkdir(parents=True, exist_ok=True)
        with compiled.open("wb") as file:
            write_mo(file, catalog)
        mapping[str(compiled)] = f"{PACKAGE}/locale/{relative.as_posix()}"
    return mapping


class CustomBuildHook(BuildHookInterface[BuilderConfig]):
    """Add the compiled catalogues to wheels."""

    PLUGIN_NAME = "custom"
    _temporary: str | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogues before the wheel is written."""
        if self.target_name != "wheel" or version == "editable":
            return
        self._temporary = tempfile.mkdtemp(prefix=f"{PACKAGE}-mo-")
        locale_dir = Path(self.root) / "src" / PACKAGE / "locale"
        mapping = compile_catalogues(locale_dir, Path(self._temporary))
        build_data["force_include"].update(mapping)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary .mo files once the wheel is written."""
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None
