"""What a rule check reports: severity, rule name, the part of the selection, problem and fixes.

rules.py decides what is wrong; this module is the vocabulary it answers in, plus the
selection edits its one-click fixes make.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from moment_gui.domain.kinds import Part
from moment_gui.domain.selection import AudienceKind, AudiencePick, Inclusion, TargetingSelection
from moment_gui.message import Message


class Severity(StrEnum):
    ERROR = "ERROR"  # Kakao would reject the ad group
    WARNING = "WARNING"  # might be rejected; could not be verified
    INFO = "INFO"


class RuleId(StrEnum):
    """Stable rule names; the Kakao detail code leads where one exists."""

    NO_CAMPAIGN = "no-campaign"
    CAMPAIGN_NOT_CREATABLE = "campaign-not-creatable"
    SECTION_CATEGORIES = "section-categories"
    AD_SERVING_CATEGORIES = "ad-serving-categories"
    COHORT_AUDIENCE_TYPE = "cohort-audience-type"
    FRIEND_GROUPS_NOT_ALLOWED = "friend-groups-not-allowed"
    AUDIENCE_NOT_AVAILABLE = "22406-audience-not-available"
    AUDIENCE_NOT_VERIFIED = "audience-not-verified"
    TOO_MANY_REGIONS = "22086-too-many-regions"
    REGION_AT_TWO_LEVELS = "22087-region-at-two-levels"
    INCLUDED_AND_EXCLUDED = "included-and-excluded"
    TERM_OUT_OF_RANGE = "term-out-of-range"
    DATA_CATEGORY_AT_TWO_LEVELS = "data-category-at-two-levels"
    DEMOGRAPHIC_NOTHING_CHOSEN = "demographic-nothing-chosen"


@dataclass(frozen=True)
class Fix:
    text: Message  # the label; ui/ shows it translated
    apply: Callable[[TargetingSelection], TargetingSelection]

    @property
    def label(self) -> str:
        """English, for the CLI and logs."""
        return str(self.text)


@dataclass(frozen=True)
class Problem:
    rule: RuleId
    severity: Severity
    text: Message  # the sentence; ui/ shows it translated
    items: tuple[str, ...]
    area: Part  # the part of the selection the problem is about (its row says the panel)
    fixes: tuple[Fix, ...] = ()

    @property
    def message(self) -> str:
        """English, for the CLI and logs."""
        return str(self.text)


def remove_audiences_fix(picks: Iterable[AudiencePick], what: Message) -> Fix:
    identities = frozenset(a.identity for a in picks)

    def apply(s: TargetingSelection) -> TargetingSelection:
        # By identity, so the fix still works on an equal selection rebuilt since the check.
        kept = tuple(a for a in s.audiences if a.identity not in identities)
        return replace(s, audiences=kept)

    return Fix(what, apply)


def item_keys(picks: Iterable[AudiencePick]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.key for a in picks))


def drop_regions(values: tuple[str, ...], sel: TargetingSelection) -> TargetingSelection:
    return sel.without_regions(values)


def drop_inclusion(
    identity: tuple[AudienceKind, str], inclusion: Inclusion, sel: TargetingSelection
) -> TargetingSelection:
    kept = tuple(
        a for a in sel.audiences if not (a.identity == identity and a.inclusion is inclusion)
    )
    return replace(sel, audiences=kept)
