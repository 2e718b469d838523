"""Re-check a saved selection against current data: what was renamed, withdrawn or changed.

Kakao renames regions under the same key (강원도 → 강원특별자치도), withdraws keys, and
audiences get deleted or shrink between planning and launch. `recheck(sel, current)` compares
every pick with `CurrentData` (gathered by services.recheck from the live service or the
cache) and returns one `Finding` per thing that changed. Each finding carries one fix; nothing
is applied until a planner accepts it, and fixes read the selection they are given, so they
compose in any order ("accept all" is one fold).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

from moment_gui.domain import kinds
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.recheck_findings import (
    DEFAULT_THRESHOLD,
    Finding,
    FindingKind,
    RecheckResult,
    accept_all,
    quoted,
    say,
)
from moment_gui.domain.recheck_findings import (
    Fix as FixFn,
)
from moment_gui.domain.recheck_fixes import (
    drop_audience,
    swap_audience,
    swap_category,
    swap_data_category,
    swap_region,
    update_audience,
)
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import Message

__all__ = [
    "DEFAULT_THRESHOLD",
    "CurrentData",
    "Finding",
    "FindingKind",
    "RecheckResult",
    "accept_all",
    "recheck",
]

Found = Callable[..., Finding]  # Finding with the item's category, key and label filled in


@dataclass(frozen=True)
class CurrentData:
    """What the service says today. A category missing from a mapping was not fetched."""

    regions: Mapping[str, RegionPick] | None = None  # by key; None: regions not checked
    categories: Mapping[str, Mapping[str, CategoryPick]] = field(default_factory=dict)
    audiences: Mapping[AudienceKind, Mapping[str, AudiencePick]] = field(default_factory=dict)
    data: Mapping[DataKind, Mapping[str, DataCategoryPick]] = field(default_factory=dict)
    not_checked: Mapping[str, str] = field(default_factory=dict)  # category → why


def recheck(
    sel: TargetingSelection, current: CurrentData, threshold: float = DEFAULT_THRESHOLD
) -> list[Finding]:
    """Every difference between the saved picks and `current`, in the selection's order."""
    out: list[Finding] = []
    for category, why in current.not_checked.items():
        m = say("not_checked", category=kinds.title(category), why=why)
        out.append(Finding(FindingKind.NOT_CHECKED, category, "", "", m))
    if current.regions is not None:
        out += _regions(sel.regions, current.regions)
    for category, picks in (
        (kinds.AD_SERVING.key, sel.ad_serving_categories),
        (kinds.SECTION.key, sel.section_categories),
    ):
        if category in current.categories:
            out += _categories(category, picks, current.categories[category])
    for a in sel.audiences:
        now = current.audiences.get(a.kind)
        if now is not None:
            out += _audience(a, now, threshold)
    for data_kind, offered in current.data.items():
        out += _data_categories(data_kind, sel.data_categories_of(data_kind), offered)
    return out


# -- regions ----------------------------------------------------------------------------
def _regions(saved: Iterable[RegionPick], now: Mapping[str, RegionPick]) -> list[Finding]:
    out: list[Finding] = []
    by_path = {r.path: r for r in now.values()}
    for r in saved:
        cur = now.get(r.value)
        found = partial(Finding, category=kinds.REGIONS.key, key=r.value, label=r.display_path)
        if cur is None:
            out.append(_region_gone(r, by_path.get(r.path), found))
        elif (cur.description, cur.path) != (r.description, r.path):
            out.append(
                found(
                    kind=FindingKind.RENAMED,
                    text=say(
                        "region_renamed", key=r.value, new=cur.display_path, old=r.display_path
                    ),
                    before=r.display_path,
                    after=cur.display_path,
                    fix_text=say("fix_update_name"),
                    fix=swap_region(r.value, cur),
                )
            )
    return out


def _region_gone(r: RegionPick, same_name: RegionPick | None, found: Found) -> Finding:
    if same_name is None:
        return found(
            kind=FindingKind.GONE,
            text=say("region_gone", name=r.display_path, key=r.value),
            before=r.value,
            fix_text=say("fix_remove"),
            fix=lambda s: s.without_regions([r.value]),
        )
    return found(
        kind=FindingKind.GONE,
        text=say("region_moved", name=r.display_path, key=r.value, new=same_name.value),
        before=r.value,
        after=same_name.value,
        fix_text=say("fix_use", key=same_name.value),
        fix=swap_region(r.value, same_name),
        replacement_key=same_name.value,
    )


# -- placement categories -----------------------------------------------------------------
def _categories(
    category: str, saved: Iterable[CategoryPick], now: Mapping[str, CategoryPick]
) -> list[Finding]:
    out: list[Finding] = []
    by_name = {c.name: c for c in now.values()}
    what = kinds.part(category).noun()
    for c in saved:
        cur = now.get(c.code)
        found = partial(Finding, category=category, key=c.code, label=c.name)
        if cur is not None and cur.name != c.name:
            out.append(
                found(
                    kind=FindingKind.RENAMED,
                    text=say("renamed", what=what, key=c.code, new=cur.name, old=c.name),
                    before=c.name,
                    after=cur.name,
                    fix_text=say("fix_update_name"),
                    fix=swap_category(category, c.code, cur),
                )
            )
        elif cur is None:
            alt = by_name.get(c.name)
            fix = swap_category(category, c.code, alt)
            out.append(_gone(found, what, c.name, c.code, alt.code if alt else None, fix))
    return out


def _gone(found: Found, what: Message, name: str, key: str, alt: str | None, fix: FixFn) -> Finding:
    """An item no longer offered; `alt` is the key its name has now, if any."""
    if alt is None:
        text = say("gone", what=what, name=name, key=key)
        return found(
            kind=FindingKind.GONE, text=text, before=key, fix_text=say("fix_remove"), fix=fix
        )
    return found(
        fix=fix,
        kind=FindingKind.GONE,
        text=say("moved", what=what, name=name, key=key, new=alt),
        before=key,
        after=alt,
        fix_text=say("fix_use", key=alt),
        replacement_key=alt,
    )


# -- Kakao data (관심사 / 업종) -------------------------------------------------------------
def _data_categories(
    data_kind: DataKind, saved: Iterable[DataCategoryPick], now: Mapping[str, DataCategoryPick]
) -> list[Finding]:
    """Renamed or withdrawn categories. A pick named by its ID (pasted from a fragment) has no
    name to compare: learning the name is not a change."""
    out: list[Finding] = []
    part = kinds.of_data_kind(data_kind)
    by_name = {c.name: c for c in now.values()}
    what = part.noun()
    for c in saved:
        cur = now.get(c.id)
        found = partial(Finding, category=part.key, key=c.id, label=c.name)
        if cur is not None and cur.name != c.name and c.name != c.id:
            out.append(
                found(
                    kind=FindingKind.RENAMED,
                    text=say("renamed", what=what, key=c.id, new=cur.name, old=c.name),
                    before=c.name,
                    after=cur.name,
                    fix_text=say("fix_update_name"),
                    fix=swap_data_category(data_kind, c.id, cur),
                )
            )
        elif cur is None:
            alt = by_name.get(c.name) if c.name != c.id else None
            fix = swap_data_category(data_kind, c.id, alt)
            out.append(_gone(found, what, c.name, c.id, alt.id if alt else None, fix))
    return out


# -- audiences ---------------------------------------------------------------------------
def _audience(a: AudiencePick, now: Mapping[str, AudiencePick], threshold: float) -> list[Finding]:
    cur = now.get(a.key)
    what = kinds.of_kind(a.kind).noun()
    found = partial(Finding, category=a.kind.value, key=a.key, label=a.label)
    if cur is None:
        alt = next((c for c in now.values() if _same_name(a, c)), None)
        fix = drop_audience(a.kind, a.key) if alt is None else swap_audience(a.kind, a.key, alt)
        return [_gone(found, what, quoted(a.label), a.key, alt.key if alt else None, fix)]
    out: list[Finding] = []
    if cur.label != a.label:
        out.append(
            found(
                kind=FindingKind.RENAMED,
                text=say(
                    "renamed", what=what, key=a.key, new=quoted(cur.label), old=quoted(a.label)
                ),
                before=a.label,
                after=cur.label,
                fix_text=say("fix_update_name"),
                fix=update_audience(a.kind, a.key, label=cur.label),
            )
        )
    before, after = _state(a), _state(cur)
    if after is not None and before != after:  # no status today (channels, profiles): no news
        usable = _usable(cur)
        out.append(
            found(
                kind=FindingKind.STATUS_CHANGED,
                text=say(
                    "status" if usable else "status_unusable",
                    what=what,
                    name=quoted(cur.label),
                    before=before or say("unknown"),
                    after=after,
                ),
                before=before,
                after=after,
                fix_text=say("fix_update_status" if usable else "fix_remove"),
                fix=update_audience(a.kind, a.key, status=cur.status, ready=cur.ready)
                if usable
                else drop_audience(a.kind, a.key),
            )
        )
    if _moved(a.population, cur.population, threshold):
        out.append(_population(a, cur, what, found))
    return out


def _population(a: AudiencePick, cur: AudiencePick, what: Message, found: Found) -> Finding:
    assert a.population is not None and cur.population is not None
    # growth from zero has no percentage
    change: str | Message = (
        f"{(cur.population - a.population) / a.population:+.0%}" if a.population else say("new")
    )
    text = say(
        "population",
        what=what,
        name=quoted(cur.label),
        before=f"{a.population:,}",
        after=f"{cur.population:,}",
        change=change,
    )
    return found(
        kind=FindingKind.POPULATION_CHANGED,
        text=text,
        before=a.population,
        after=cur.population,
        fix_text=say("fix_update_population"),
        fix=update_audience(a.kind, a.key, population=cur.population),
    )


def _same_name(saved: AudiencePick, cur: AudiencePick) -> bool:
    within = kinds.of_kind(saved.kind).same_name_within  # e.g. the same Pixel & SDK track
    if cur.label != saved.label:
        return False
    return within is None or getattr(cur, within) == getattr(saved, within)


def _state(a: AudiencePick) -> str | None:
    part = kinds.of_kind(a.kind)
    if part.needs_ready and a.status == part.usable and a.ready is False:
        return f"{a.status} (not ready)"
    return a.status


def _usable(a: AudiencePick) -> bool:
    return a.status is None or kinds.of_kind(a.kind).is_usable(a.status, a.ready) is not False


def _moved(before: int | None, after: int | None, threshold: float) -> bool:
    if before is None or after is None or before == after:
        return False
    if before == 0:
        return True
    return abs(after - before) > threshold * before
