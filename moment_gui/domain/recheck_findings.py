"""What a re-check reports: finding kinds, their sentences, and the result as a whole.

recheck.py compares; this module says what it found, in whole translatable sentences
(context "Recheck"), and folds accepted fixes into a selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from moment_gui.domain.selection import TargetingSelection
from moment_gui.message import QT_TRANSLATE_NOOP, Message

DEFAULT_THRESHOLD = 0.2  # a population moving more than ±20% is worth a look

Fix = Callable[[TargetingSelection], TargetingSelection]

# The findings' sentences and fix labels, whole per case (Korean word order differs).
SAY: dict[str, str] = {
    "not_checked": QT_TRANSLATE_NOOP("Recheck", "Could not check {category}: {why}"),
    "region_renamed": QT_TRANSLATE_NOOP("Recheck", "Region {key} is now {new} (saved as {old})"),
    "region_gone": QT_TRANSLATE_NOOP("Recheck", "Region {name} ({key}) is no longer offered"),
    "region_moved": QT_TRANSLATE_NOOP(
        "Recheck", "Region {name} is no longer offered as {key}; the same name is now {new}"
    ),
    "renamed": QT_TRANSLATE_NOOP("Recheck", "{what} {key} is now called {new} (saved as {old})"),
    "gone": QT_TRANSLATE_NOOP("Recheck", "{what} {name} ({key}) is no longer offered"),
    "moved": QT_TRANSLATE_NOOP(
        "Recheck", "{what} {name} ({key}) is no longer offered; the same name is now {new}"
    ),
    "status": QT_TRANSLATE_NOOP("Recheck", "{what} {name} was {before} and is now {after}"),
    "status_unusable": QT_TRANSLATE_NOOP(
        "Recheck",
        "{what} {name} was {before} and is now {after}: it can no longer be targeted",
    ),
    "unknown": QT_TRANSLATE_NOOP("Recheck", "unknown"),
    "population": QT_TRANSLATE_NOOP(
        "Recheck", "{what} {name} population {before} → {after} ({change})"
    ),
    "new": QT_TRANSLATE_NOOP("Recheck", "new"),
    "fix_update_name": QT_TRANSLATE_NOOP("Recheck", "Update the name"),
    "fix_remove": QT_TRANSLATE_NOOP("Recheck", "Remove it"),
    "fix_use": QT_TRANSLATE_NOOP("Recheck", "Use {key} instead"),
    "fix_update_status": QT_TRANSLATE_NOOP("Recheck", "Update the saved status"),
    "fix_update_population": QT_TRANSLATE_NOOP("Recheck", "Update the saved population"),
}


def say(which: str, /, **args: object) -> Message:
    return Message.of("Recheck", SAY[which], **args)


class FindingKind(StrEnum):
    RENAMED = "renamed"  # same key, new name
    GONE = "gone"  # key no longer offered (maybe the same name under a new key)
    STATUS_CHANGED = "status-changed"
    POPULATION_CHANGED = "population-changed"
    NOT_CHECKED = "not-checked"  # the current list could not be fetched


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    category: str  # a kinds.Part key: "regions", "adServingCategories", "cohort", …
    key: str
    label: str  # the name as saved
    text: Message  # one plain sentence for the planner; ui/ shows it translated
    before: str | int | None = None
    after: str | int | None = None
    fix_text: Message | None = None  # what the fix does, as a button says it
    fix: Fix | None = field(default=None, compare=False, repr=False)
    replacement_key: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.text, str):  # a sentence that needs no translation
            object.__setattr__(self, "text", Message.verbatim(self.text))

    @property
    def message(self) -> str:
        """English, for the CLI, logs and reports."""
        return str(self.text)

    @property
    def fix_label(self) -> str:
        return str(self.fix_text) if self.fix_text is not None else ""

    def apply(self, sel: TargetingSelection) -> TargetingSelection:
        return self.fix(sel) if self.fix is not None else sel


@dataclass(frozen=True)
class RecheckResult:
    findings: tuple[Finding, ...]
    checked_at: datetime
    data_source: str  # "live", "cached 3 h ago", "demo data"
    threshold: float = DEFAULT_THRESHOLD
    offline: bool = False  # nothing could be fetched or found in the cache: nothing checked

    @property
    def needs_attention(self) -> bool:
        return bool(self.findings)

    @property
    def changes(self) -> tuple[Finding, ...]:
        """Real findings: what changed since saving (not the lists that could not be checked)."""
        return tuple(f for f in self.findings if f.kind is not FindingKind.NOT_CHECKED)

    @property
    def not_checked(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind is FindingKind.NOT_CHECKED)

    def render(self) -> str:
        """Plain text for `moment-gui recheck`, one line per finding."""
        if not self.findings:
            return "Everything is current."
        return "\n".join(f"{f.kind.value}: {f.message}" for f in self.findings)


def accept_all(sel: TargetingSelection, findings: Iterable[Finding]) -> TargetingSelection:
    for f in findings:
        sel = f.apply(sel)
    return sel


def quoted(label: str) -> str:
    return f"“{label}”"
