"""The fix each re-check finding carries: a function of the selection, run only when accepted.

Every fix reads the selection it is given (not the one that was checked), so fixes compose in
any order and "accept all" is one fold.
"""

from __future__ import annotations

from dataclasses import replace

from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.recheck_findings import Fix
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    RegionPick,
    TargetingSelection,
)


def swap_region(key: str, new: RegionPick) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        if key != new.value and new.value in s.region_values():
            return s.without_regions([key])  # the new key is already picked: just drop the old
        return replace(s, regions=tuple(new if r.value == key else r for r in s.regions))

    return fix


def swap_category(category: str, code: str, new: CategoryPick | None) -> Fix:
    attr = "ad_serving_categories" if category == "adServingCategories" else "section_categories"

    def fix(s: TargetingSelection) -> TargetingSelection:
        picks: tuple[CategoryPick, ...] = getattr(s, attr)
        taken = {c.code for c in picks if c.code != code}
        out = tuple(
            new if c.code == code and new is not None else c
            for c in picks
            if c.code != code or (new is not None and new.code not in taken)
        )
        if attr == "ad_serving_categories":
            return replace(s, ad_serving_categories=out)
        return replace(s, section_categories=out)

    return fix


def swap_data_category(kind: DataKind, ident: str, new: DataCategoryPick | None) -> Fix:
    """Replace (or, with None, drop) one Kakao data pick; a replacement already picked is
    not doubled."""

    def fix(s: TargetingSelection) -> TargetingSelection:
        taken = {c.identity for c in s.data_categories if c.identity != (kind, ident)}
        out = tuple(
            new if c.identity == (kind, ident) and new is not None else c
            for c in s.data_categories
            if c.identity != (kind, ident) or (new is not None and new.identity not in taken)
        )
        return replace(s, data_categories=out)

    return fix


def update_audience(kind: AudienceKind, key: str, **facts: object) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        a = s.audience(kind, key)
        return s if a is None else s.with_audience(replace(a, **facts))  # type: ignore[arg-type]

    return fix


def drop_audience(kind: AudienceKind, key: str) -> Fix:
    return lambda s: s.without_audience(kind, key)


def swap_audience(kind: AudienceKind, key: str, new: AudiencePick) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        old = s.audience(kind, key)
        if old is None:
            return s
        if s.audience(kind, new.key) is not None:
            return s.without_audience(kind, key)
        swapped = replace(new, inclusion=old.inclusion, term=old.term if old.term else new.term)
        out = tuple(swapped if a.identity == old.identity else a for a in s.audiences)
        return replace(s, audiences=out)

    return fix
