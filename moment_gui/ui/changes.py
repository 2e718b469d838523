"""The sentence that tells a planner what a refresh changed in rows already on screen.

"Cohorts changed since the cached copy: “Spring buyers” can no longer be used (DELETE);
“Site visitors” is now called “Visitors 30d”." At most three facts are named; the rest
are counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from moment_gui.services.changes import Change

MAX_NAMED = 3


def describe_change(change: Change) -> list[str]:
    """One clause per fact that changed, each a whole translated template."""
    name = f"“{change.name}”"
    if change.gone:
        text = QCoreApplication.translate("Changes", "%1 is no longer offered")
        return [text.replace("%1", name)]
    clauses: list[str] = []
    if change.new_state is not None:
        if change.unusable_now:
            text = QCoreApplication.translate("Changes", "%1 can no longer be used (%2)")
        else:
            text = QCoreApplication.translate("Changes", "%1 is now %2")
        clauses.append(text.replace("%1", name).replace("%2", change.new_state))
    if change.new_name is not None:
        text = QCoreApplication.translate("Changes", "%1 is now called %2")
        clauses.append(text.replace("%1", name).replace("%2", f"“{change.new_name}”"))
    if change.new_size is not None or change.old_size is not None:
        text = QCoreApplication.translate("Changes", "%1 now counts %2 (was %3)")
        clauses.append(
            text.replace("%1", name)
            .replace("%2", _count(change.new_size))
            .replace("%3", _count(change.old_size))
        )
    return clauses


def describe_changes(what: str, found: Sequence[Change]) -> str:
    """One sentence for `what` (a list's title); empty when nothing changed."""
    # Items that can no longer be used first: those are the ones the rules will flag.
    ordered = sorted(found, key=lambda c: (not c.unusable_now, c.gone))
    clauses = [clause for change in ordered for clause in describe_change(change)]
    if not clauses:
        return ""
    named, rest = clauses[:MAX_NAMED], len(clauses) - MAX_NAMED
    if rest > 0:
        text = QCoreApplication.translate(
            "Changes", "%1 changed since the cached copy: %2; %3 more."
        )
    else:
        text = QCoreApplication.translate("Changes", "%1 changed since the cached copy: %2.")
    return text.replace("%1", what).replace("%2", "; ".join(named)).replace("%3", str(rest))


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"
