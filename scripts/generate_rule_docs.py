"""Write docs/rules.md, the rule catalogue, from the rule book.

python scripts/generate_rule_docs.py
"""

from __future__ import annotations

from pathlib import Path

from govinfo_report.rules import rule_catalogue

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render() -> str:
    """The page's text."""
    zh = {entry["code"]: entry for entry in rule_catalogue("zh_CN")}
    lines = [
        "# Rule catalogue",
        "",
        "Every rule of the rule book, generated from the code by `scripts/generate_rule_docs.py`.",
        "Codes are stable and never reused for another meaning. A rule whose inputs are not all",
        "filled reports a notice with its code followed by `.unassessed` instead of guessing.",
        "",
        "| code | severity | editions | previous year | description | 说明 |",
        "|---|---|---|---|---|---|",
    ]
    for entry in rule_catalogue("en"):
        chinese = zh[entry["code"]]["description"]
        lines.append(
            f"| `{entry['code']}` | {entry['severity']} | {entry['editions']} | "
            f"{entry['needs_previous']} | {_cell(entry['description'])} | {_cell(chinese)} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
