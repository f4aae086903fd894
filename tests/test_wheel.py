"""A wheel built from a clean copy of the project works when installed: catalogues included.

The build runs as pip runs it for users, in an isolated environment with the
build requirements of pyproject.toml, so a missing requirement fails here.
The wheel then goes into a new virtual environment, with its dependencies,
and a separate interpreter checks that messages come out translated.
Both steps need the package index (PyPI or the configured mirror).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from; anything else in the tree must not matter.
SOURCES = ("src", "pyproject.toml", "hatch_build.py", "README.md", "babel.cfg")
# Per step; the whole test takes some 10 s with a warm pip cache.
TIMEOUT = 240

CHECK = """\
import gettext, json, pathlib, sys
import govinfo_report
from govinfo_report import i18n, labels

package = pathlib.Path(govinfo_report.__file__).parent
print(json.dumps({
    "inside": package.is_relative_to(sys.prefix),
    "catalogue_files": sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.suffix in (".po", ".pot", ".mo")
    ),
    "compiled": isinstance(i18n.translator("zh_CN"), gettext.GNUTranslations),
    "zh_CN": i18n.translator("zh_CN").gettext("not a valid report document"),
    "zh_TW": i18n.gettext("invalid report", "zh_TW"),
    "en": i18n.translator("en").gettext("not a valid report document"),
    "en_compiled": isinstance(i18n.translator("en"), gettext.GNUTranslations),
    "label": labels.label("t3.row.R3_3_1", "zh_HK"),
}, ensure_ascii=False))
"""


def _environment() -> dict[str, str]:
    # The test run's own PYTHONPATH (src) must not leak into the build or the check.
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def _run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _copy_sources(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def test_pyproject_builds_with_the_catalogue_hook() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requires = config["build-system"]["requires"]
    assert any(req.replace(" ", "").startswith("babel") for req in requires), requires
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "custom" in wheel.get("hooks", {}), "hatch_build.py is not enabled for wheels"
    assert {"*.po", "*.pot"} <= set(wheel.get("exclude", ()))
    sdist = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert {"hatch_build.py", "babel.cfg"} <= set(sdist)


def test_installed_wheel_has_translated_messages(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    _copy_sources(project)
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", dist, project, cwd=tmp_path)
    (wheel,) = dist.glob("govinfo_report-*.whl")

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "govinfo_report/locale/zh_Hans/LC_MESSAGES/govinfo_report.mo" in names
    assert "govinfo_report/locale/en/LC_MESSAGES/govinfo_report.mo" in names
    assert not [name for name in names if name.endswith((".po", ".pot"))]

    # A bare environment; pip installs into it from outside (pip >= 22.3).
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel, cwd=tmp_path)

    # -I: no PYTHONPATH, no user site, no current directory on sys.path.
    found = json.loads(_run(python, "-I", "-c", CHECK, cwd=tmp_path))
    assert found == {
        "inside": True,
        "catalogue_files": [
            "locale/en/LC_MESSAGES/govinfo_report.mo",
            "locale/zh_Hans/LC_MESSAGES/govinfo_report.mo",
        ],
        "compiled": True,
        "zh_CN": "不是有效的报告文档",
        "zh_TW": "报告无效",
        "en": "not a valid report document",
        "en_compiled": True,
        "label": "1.屬於國家秘密",
    }
