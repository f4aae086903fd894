"""Take a screenshot of the example report as a standalone HTML page, for the documentation.

    python scripts/screenshot_example.py                   # write docs/_static/example-html.png
    python scripts/screenshot_example.py other.png         # write elsewhere
    python scripts/screenshot_example.py --chromium /path/to/chromium

The page is ``render_html(example(), standalone=True)``, written to a temporary
file and photographed by headless Chromium with a fresh profile and the network
features off.  The browser is the ``--chromium`` argument, else the ``CHROMIUM``
environment variable, else ``chromium`` on the ``PATH`` (Debian: ``apt-get
install chromium fonts-noto-cjk``; the fonts give the Chinese glyphs).  The
window shows the title, section 一 and tables 二 and 三 with their merged headers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from govinfo_report import example, render_html

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "_static" / "example-html.png"
#: Width and height of the browser window, in CSS pixels.
WINDOW = (1000, 2600)


def find_chromium(given: str | None = None) -> str:
    """The Chromium executable: *given*, else ``$CHROMIUM``, else ``chromium`` on the PATH."""
    name = given or os.environ.get("CHROMIUM") or "chromium"
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(
            f"Chromium not found ({name!r}): install it (apt-get install chromium"
            " fonts-noto-cjk), or pass --chromium or set CHROMIUM"
        )
    return found


def screenshot(html: str, output: Path, chromium: str, window: tuple[int, int] = WINDOW) -> None:
    """Photograph the page *html* into the PNG file *output* with headless *chromium*."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)  # so that a run that writes nothing is noticed
    with tempfile.TemporaryDirectory(prefix="govinfo-screenshot-") as tmp:
        page = Path(tmp) / "example.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(tmp) / "profile"
        profile.mkdir()
        command = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            f"--window-size={window[0]},{window[1]}",
            f"--screenshot={output}",
            page.as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or not output.is_file():
        raise RuntimeError(f"Chromium failed (exit {result.returncode}):\n{result.stderr.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "output", nargs="?", type=Path, default=TARGET, help=f"the PNG file (default: {TARGET})"
    )
    parser.add_argument("--chromium", help="the Chromium executable (default: $CHROMIUM, chromium)")
    args = parser.parse_args(argv)
    try:
        chromium = find_chromium(args.chromium)
        screenshot(render_html(example(), standalone=True), args.output, chromium)
    except (FileNotFoundError, RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
