"""The rule catalogue: every rule's code, severity, editions and description.

>>> entries = rule_catalogue("en")
>>> entries[0]["code"], entries[0]["severity"]
('table.T3-A', 'error')
"""

from __future__ import annotations

from govinfo_report.i18n import LocaleLike

from .registry import RULES, RuleBook

__all__ = ["rule_catalogue"]


def rule_catalogue(
    locale: LocaleLike = "zh_CN", *, rules: RuleBook | None = None
) -> list[dict[str, str]]:
    """One entry per rule, in rule order: code, severity, editions, description."""
    return [
        {
            "code": item.code,
            "severity": item.severity.value,
            "editions": ", ".join(sorted(edition.value for edition in item.editions)),
            "needs_previous": "yes" if item.needs_previous else "no",
            "description": item.description(locale),
        }
        for item in (RULES if rules is None else rules)
    ]
