"""Re-check a saved selection against current data: what was renamed, withdrawn or changed.

Kakao renames regions under the same key (강원도 → 강원특별자치도), withdraws keys, and
audiences get deleted or shrink between planning and launch. `recheck(sel, current)` compares
every pick with `CurrentData` (gathered by services.recheck from the live service or the
cache) and returns one `Finding` per thing that changed. Each finding carries one fix; nothing
is applied until a planner accepts it, and fixes read the selection they are given, so they
compose in any order ("accept all" is one fold).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from moment_gui.domain import kinds
from moment_gui.domain.recheck_findings import (
    DEFAULT_THRESHOLD,
    Finding,
    FindingKind,
    RecheckResult,
    accept_all,
    quoted,
    say,
)
from moment_gui.domain.recheck_fixes import (
    drop_audience,
    swap_audience,
    swap_category,
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


@dataclass(frozen=True)
class CurrentData:
    """What the service says today. A category missing from a mapping was not fetched."""

    regions: Mapping[str, RegionPick] | None = None  # by key; None: regions not checked
    categories: Mapping[str, Mapping[str, CategoryPick]] = field(default_factory=dict)
    audiences: Mapping[AudienceKind, Mapping[str, AudiencePick]] = field(default_factory=dict)
    not_checked: Mapping[str, str] = field(default_factory=dict)  # category → why


def recheck(
    sel: TargetingSelection, current: CurrentData, threshold: float = DEFAULT_THRESHOLD
) -> list[Finding]:
    """Every difference between the saved picks and `current`, in the selection's order."""
    out: list[Finding] = []
    for category, why in current.not_checked.items():
        m = say("not_checked", category=kinds.title(category), why=why)
        out.append(Finding(FindingKind.NOT_CHECKED, category, "", "", str(m), text=m))
    if current.regions is not None:
        out += _regions(sel.regions, current.regions)
    for category, picks in (
        ("adServingCategories", sel.ad_serving_categories),
        ("sectionCategories", sel.section_categories),
    ):
        if category in current.categories:
            out += _categories(category, picks, current.categories[category])
    for a in sel.audiences:
        now = current.audiences.get(a.kind)
        if now is not None:
            out += _audience(a, now, threshold)
    return out


# -- regions ----------------------------------------------------------------------------
def _regions(saved: Iterable[RegionPick], now: Mapping[str, RegionPick]) -> list[Finding]:
    out: list[Finding] = []
    by_path = {r.path: r for r in now.values()}
    for r in saved:
        cur = now.get(r.value)
        if cur is None:
            out.append(_region_gone(r, by_path.get(r.path)))
        elif (cur.description, cur.path) != (r.description, r.path):
            out.append(
                Finding(
                    FindingKind.RENAMED,
                    "regions",
                    r.value,
                    r.display_path,
                    str(
                        m := say(
                            "region_renamed", key=r.value, new=cur.display_path, old=r.display_path
                        )
                    ),
                    r.display_path,
                    cur.display_path,
                    str(fx := say("fix_update_name")),
                    swap_region(r.value, cur),
                    text=m,
                    fix_text=fx,
                )
            )
    return out


def _region_gone(r: RegionPick, same_name: RegionPick | None) -> Finding:
    if same_name is None:
        return Finding(
            FindingKind.GONE,
            "regions",
            r.value,
            r.display_path,
            str(m := say("region_gone", name=r.display_path, key=r.value)),
            r.value,
            None,
            str(fx := say("fix_remove")),
            lambda s: s.without_regions([r.value]),
            text=m,
            fix_text=fx,
        )
    return Finding(
        FindingKind.GONE,
        "regions",
        r.value,
        r.display_path,
        str(m := say("region_moved", name=r.display_path, key=r.value, new=same_name.value)),
        r.value,
        same_name.value,
        str(fx := say("fix_use", key=same_name.value)),
        swap_region(r.value, same_name),
        same_name.value,
        text=m,
        fix_text=fx,
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
        if cur is not None and cur.name != c.name:
            out.append(
                Finding(
                    FindingKind.RENAMED,
                    category,
                    c.code,
                    c.name,
                    str(m := say("renamed", what=what, key=c.code, new=cur.name, old=c.name)),
                    c.name,
                    cur.name,
                    str(fx := say("fix_update_name")),
                    swap_category(category, c.code, cur),
                    text=m,
                    fix_text=fx,
                )
            )
        elif cur is None:
            alt = by_name.get(c.name)
            if alt is None:
                m = say("gone", what=what, name=c.name, key=c.code)
                fix = swap_category(category, c.code, None)
                out.append(
                    Finding(
                        FindingKind.GONE,
                        category,
                        c.code,
                        c.name,
                        str(m),
                        c.code,
                        None,
                        str(fx := say("fix_remove")),
                        fix,
                        text=m,
                        fix_text=fx,
                    )
                )
            else:
                out.append(
                    Finding(
                        FindingKind.GONE,
                        category,
                        c.code,
                        c.name,
                        str(m := say("moved", what=what, name=c.name, key=c.code, new=alt.code)),
                        c.code,
                        alt.code,
                        str(fx := say("fix_use", key=alt.code)),
                        swap_category(category, c.code, alt),
                        alt.code,
                        text=m,
                        fix_text=fx,
                    )
                )
    return out


# -- audiences ---------------------------------------------------------------------------
def _audience(a: AudiencePick, now: Mapping[str, AudiencePick], threshold: float) -> list[Finding]:
    cur = now.get(a.key)
    what = kinds.of_kind(a.kind).noun()
    if cur is None:
        alt = next((c for c in now.values() if _same_name(a, c)), None)
        if alt is None:
            m = say("gone", what=what, name=quoted(a.label), key=a.key)
            return [
                Finding(
                    FindingKind.GONE,
                    a.kind.value,
                    a.key,
                    a.label,
                    str(m),
                    a.key,
                    None,
                    str(fx := say("fix_remove")),
                    drop_audience(a.kind, a.key),
                    text=m,
                    fix_text=fx,
                )
            ]
        return [
            Finding(
                FindingKind.GONE,
                a.kind.value,
                a.key,
                a.label,
                str(m := say("moved", what=what, name=quoted(a.label), key=a.key, new=alt.key)),
                a.key,
                alt.key,
                str(fx := say("fix_use", key=alt.key)),
                swap_audience(a.kind, a.key, alt),
                alt.key,
                text=m,
                fix_text=fx,
            )
        ]
    out: list[Finding] = []
    if cur.label != a.label:
        out.append(
            Finding(
                FindingKind.RENAMED,
                a.kind.value,
                a.key,
                a.label,
                str(
                    m := say(
                        "renamed", what=what, key=a.key, new=quoted(cur.label), old=quoted(a.label)
                    )
                ),
                a.label,
                cur.label,
                str(fx := say("fix_update_name")),
                update_audience(a.kind, a.key, label=cur.label),
                text=m,
                fix_text=fx,
            )
        )
    before, after = _state(a), _state(cur)
    if after is not None and before != after:  # no status today (channels, profiles): no news
        usable = _usable(cur)
        m = say(
            "status" if usable else "status_unusable",
            what=what,
            name=quoted(cur.label),
            before=before or say("unknown"),
            after=after,
        )
        fx = say("fix_update_status" if usable else "fix_remove")
        out.append(
            Finding(
                FindingKind.STATUS_CHANGED,
                a.kind.value,
                a.key,
                a.label,
                str(m),
                before,
                after,
                str(fx),
                update_audience(a.kind, a.key, status=cur.status, ready=cur.ready)
                if usable
                else drop_audience(a.kind, a.key),
                text=m,
                fix_text=fx,
            )
        )
    if _moved(a.population, cur.population, threshold):
        assert a.population is not None and cur.population is not None
        # growth from zero has no percentage
        change: str | Message = (
            f"{(cur.population - a.population) / a.population:+.0%}" if a.population else say("new")
        )
        out.append(
            Finding(
                FindingKind.POPULATION_CHANGED,
                a.kind.value,
                a.key,
                a.label,
                str(
                    m := say(
                        "population",
                        what=what,
                        name=quoted(cur.label),
                        before=f"{a.population:,}",
                        after=f"{cur.population:,}",
                        change=change,
                    )
                ),
                a.population,
                cur.population,
                str(fx := say("fix_update_population")),
                update_audience(a.kind, a.key, population=cur.population),
                text=m,
                fix_text=fx,
            )
        )
    return out


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
