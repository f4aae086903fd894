"""Write the packaged JSON Schema from the model: python scripts/generate_schema.py."""

from __future__ import annotations

import json
from pathlib import Path

from govinfo_report.schema import json_schema

TARGET = Path(__file__).resolve().parent.parent / "src" / "govinfo_report" / "report.schema.json"


def render() -> str:
    """The schema file's text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
