"""A live ad group in the picker: open it, compare it, and tell what changed where.

Opening reads the whole ad group (as Kakao sent it) into a `TargetingSelection`: regions,
placement and section categories and audiences become picks; everything else (bid, budget,
schedule, ages, lookalikes, keys nobody documents) rides along as passthrough, untouched. The
campaign type x goal comes from the campaign, the placements from the ad group.

`AdGroupOrigin` remembers where a selection came from and the ad group *as opened*, so an
apply can tell whether someone changed it on Kakao in between (`kakao_changes`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.diff import (
    CategoryDiff,
    DiffItem,
    ItemChange,
    SelectionDiff,
    demographic_entries,
)
from moment_gui.domain.fragment import from_fragment
from moment_gui.domain.fragment_wire import DATA_KEYS, FIELDS, TARGETING_KEY
from moment_gui.domain.kakao_data import DataCategoryPick
from moment_gui.domain.selection import AudiencePick, TargetingSelection

# Server-kept fields that move on every save, even one that changed nothing we send.
VOLATILE_KEYS = frozenset({"lastModifiedDate"})


@dataclass(frozen=True)
class AdGroupOrigin:
    """Where a selection was opened from, and the ad group exactly as it was then."""

    ad_account_id: int
    ad_group_id: int
    campaign_id: int | None
    name: str
    opened_at: datetime
    as_opened: Mapping[str, Any]


def campaign_context(
    campaign_type: str | None, goal: str | None, placements: Iterable[str] = ()
) -> CampaignContext | None:
    """The picker's campaign context from Kakao's spellings; None if a name is not ours."""
    try:
        ctx_type, ctx_goal = CampaignType(campaign_type or ""), Goal(goal or "")
    except ValueError:
        return None
    known = frozenset(Placement(p) for p in placements if p in Placement.__members__)
    return CampaignContext(ctx_type, ctx_goal, known)


def selection_from_ad_group(
    ad_group: Mapping[str, Any], campaign: CampaignContext | None
) -> TargetingSelection:
    """The whole ad group as picks + passthrough (raises FragmentError when malformed)."""
    if TARGETING_KEY not in ad_group:
        # Without it the reader would take the whole ad group for a bare `targeting` object.
        ad_group = {**ad_group, TARGETING_KEY: {}}
    return from_fragment(ad_group, campaign)


# -- comparing picks ------------------------------------------------------------------------
Entry = tuple[str, tuple[tuple[str, Any], ...]]  # label, wire facts


def picker_diff(before: TargetingSelection, after: TargetingSelection) -> SelectionDiff:
    """Added / removed / changed per list, by what reaches Kakao: keys, inclusion, term.

    Unlike `diff.diff` this ignores labels, statuses and populations (a live ad group has
    none of them), so "changed" always means a change Kakao would see.
    """
    categories: list[CategoryDiff] = []
    pairs: list[tuple[str, dict[str, Entry], dict[str, Entry]]] = [
        ("regions", _regions(before), _regions(after)),
        ("adServingCategories", _codes(before, True), _codes(after, True)),
        ("sectionCategories", _codes(before, False), _codes(after, False)),
    ]
    for kind in FIELDS:
        pairs.append(
            (
                kind.value,
                _audiences(before.audiences_of(kind)),
                _audiences(after.audiences_of(kind)),
            )
        )
    for data_kind, key in DATA_KEYS.items():
        pairs.append(
            (
                key,
                _ids(before.data_categories_of(data_kind)),
                _ids(after.data_categories_of(data_kind)),
            )
        )
    pairs.append((kinds.DEMOGRAPHICS.key, _demographics(before), _demographics(after)))
    for name, old, new in pairs:
        found = _compare(name, old, new)
        if not found.is_empty:
            categories.append(found)
    return SelectionDiff(tuple(categories))


def _regions(sel: TargetingSelection) -> dict[str, Entry]:
    return {r.value: (r.display_path or r.description or r.value, ()) for r in sel.regions}


def _codes(sel: TargetingSelection, ad_serving: bool) -> dict[str, Entry]:
    picks = sel.ad_serving_categories if ad_serving else sel.section_categories
    return {c.code: (c.name or c.code, ()) for c in picks}


def _audiences(picks: Iterable[AudiencePick]) -> dict[str, Entry]:
    return {
        a.key: (a.label or a.key, (("inclusion", a.inclusion.value), ("term", a.term)))
        for a in picks
    }


def _ids(picks: Iterable[DataCategoryPick]) -> dict[str, Entry]:
    return {c.id: (c.name or c.id, ()) for c in picks}


def _demographics(sel: TargetingSelection) -> dict[str, Entry]:
    entries = demographic_entries(sel)
    return {key: (label, tuple(facts.items())) for key, (label, facts) in entries.items()}


def _compare(name: str, old: dict[str, Entry], new: dict[str, Entry]) -> CategoryDiff:
    added = tuple(DiffItem(k, new[k][0]) for k in new if k not in old)
    removed = tuple(DiffItem(k, old[k][0]) for k in old if k not in new)
    changed = []
    for key in new:
        if key in old and old[key][1] != new[key][1]:
            fields = tuple(
                (field, before, after)
                for (field, before), (_, after) in zip(old[key][1], new[key][1], strict=True)
                if before != after
            )
            changed.append(ItemChange(key, new[key][0], fields))
    return CategoryDiff(name, added, removed, tuple(changed))


def read_back_diff(sent: Mapping[str, Any], read_back: Mapping[str, Any]) -> SelectionDiff:
    """What Kakao kept differently from what was sent (empty: the apply took exactly)."""
    return picker_diff(
        selection_from_ad_group(sent, None), selection_from_ad_group(read_back, None)
    )


# -- has it changed on Kakao ----------------------------------------------------------------
def kakao_changes(opened: Mapping[str, Any], fresh: Mapping[str, Any]) -> tuple[str, ...]:
    """Keys that differ between the ad group as opened and as it is now (`targeting.x` for
    parts of the targeting); empty when nobody changed anything but `lastModifiedDate`."""
    out: list[str] = []
    for key in _union(opened, fresh):
        if key in VOLATILE_KEYS:
            continue
        a, b = opened.get(key, _MISSING), fresh.get(key, _MISSING)
        if key == TARGETING_KEY and isinstance(a, Mapping) and isinstance(b, Mapping):
            out += [
                f"{key}.{k}"
                for k in _union(a, b)
                if _differs(a.get(k, _MISSING), b.get(k, _MISSING))
            ]
        elif _differs(a, b):
            out.append(key)
    return tuple(out)


_MISSING = object()


def _union(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    return [*a, *(k for k in b if k not in a)]


def _differs(a: object, b: object) -> bool:
    if a is _MISSING or b is _MISSING:
        return a is not b
    # JSON text, not ==: 1, 1.0 and true are equal in Python but not on the wire.
    return json.dumps(a, sort_keys=True) != json.dumps(b, sort_keys=True)
