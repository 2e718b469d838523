"""Gather today's data for the picks of a saved selection, then let the domain compare.

Only what the selection needs is fetched: the 시/도 list for depth1 picks, a keyword search by
each saved 시/군/구 or 동 name (which also finds the same name under a new key), and each
audience list once (Pixel events per track ID and term, friend groups per channel). A list
that cannot be fetched becomes a "could not check" finding instead of failing the re-check;
only a refused token (401) stops it, because every other list would fail the same way.

A region renamed under its key *and* given a new name at its own level (not just a new 시/도)
cannot be found by its old name; it is reported as no longer offered, which still makes the
planner look at it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from moment_gui.api.errors import AuthenticationError, MomentApiError, ServiceUnavailable
from moment_gui.domain import kinds
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.recheck import DEFAULT_THRESHOLD, CurrentData, RecheckResult, recheck
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionLevel,
    RegionPick,
    TargetingSelection,
)
from moment_gui.services import picks
from moment_gui.services.lookups import LookupResult, LookupService

CONCURRENCY = 4  # region searches in flight at once: polite to the server, still quick


class _Sources:
    """Remembers where each answer came from, for "checked against: live / cached 3 h ago"."""

    def __init__(self) -> None:
        self.results: list[LookupResult[Any]] = []
        self.unreachable = False  # some list failed because the network was not there

    def describe(self, now: datetime) -> str:
        if not self.results:
            return "no data (nothing could be fetched)"
        oldest = min(self.results, key=lambda r: r.fetched_at)
        words = dict.fromkeys(r.describe(now) for r in self.results)
        if len(words) == 1:
            return next(iter(words))
        return f"mixed: {', '.join(words)} (oldest {oldest.describe(now)})"


async def gather_current(
    lookups: LookupService, sel: TargetingSelection, sources: _Sources | None = None
) -> CurrentData:
    sources = sources if sources is not None else _Sources()
    not_checked: dict[str, str] = {}

    async def fetch(category: str, call: Callable[[], Awaitable[LookupResult[Any]]]) -> list[Any]:
        try:
            result = await call()
        except AuthenticationError:
            raise
        except MomentApiError as exc:
            sources.unreachable |= isinstance(exc, ServiceUnavailable)
            not_checked.setdefault(category, exc.plain_message)
            raise _Skip() from None
        sources.results.append(result)
        return list(result.items)

    regions = await _regions(lookups, sel.regions, fetch) if sel.regions else None
    categories: dict[str, dict[str, CategoryPick]] = {}
    for category, picked, call in (
        ("adServingCategories", sel.ad_serving_categories, lookups.ad_serving_categories),
        ("sectionCategories", sel.section_categories, lookups.section_categories),
    ):
        if picked:
            try:
                items = await fetch(category, call)
            except _Skip:
                continue
            categories[category] = {c.code: c for c in map(picks.category_pick, items)}
    audiences = await _audiences(lookups, sel, fetch)
    data: dict[DataKind, dict[str, DataCategoryPick]] = {}
    for data_kind in DataKind:
        if sel.data_categories_of(data_kind):
            fetch_data = partial(lookups.data_categories, data_kind.value)
            try:
                items = await fetch(kinds.of_data_kind(data_kind).key, fetch_data)
            except _Skip:
                continue
            data[data_kind] = {c.id: picks.data_category_pick(c, data_kind) for c in items}
    if "regions" in not_checked:
        regions = None
    return CurrentData(regions, categories, audiences, data, not_checked)


async def recheck_selection(
    lookups: LookupService,
    sel: TargetingSelection,
    threshold: float = DEFAULT_THRESHOLD,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> RecheckResult:
    """Fetch what `sel` needs and compare; raises only AuthenticationError (or cancellation)."""
    sources = _Sources()
    current = await gather_current(lookups, sel, sources)
    checked_at = now()
    findings = recheck(sel, current, threshold)
    offline = sources.unreachable and not sources.results
    return RecheckResult(
        tuple(findings), checked_at, sources.describe(checked_at), threshold, offline=offline
    )


class _Skip(Exception):
    """This list could not be fetched; already recorded as not checked."""


Fetch = Callable[[str, Callable[[], Awaitable[LookupResult[Any]]]], Awaitable[list[Any]]]


async def _regions(
    lookups: LookupService, saved: tuple[RegionPick, ...], fetch: Fetch
) -> dict[str, RegionPick]:
    calls: list[Callable[[], Awaitable[LookupResult[Any]]]] = []
    if any(r.level is RegionLevel.DEPTH1 for r in saved):
        calls.append(lookups.depth1_locations)
    for name in dict.fromkeys(r.depth2_name for r in saved if r.level is RegionLevel.DEPTH2):
        calls.append(partial(lookups.depth2_locations, name or ""))
    for name in dict.fromkeys(r.depth3_name for r in saved if r.level is RegionLevel.DEPTH3):
        calls.append(partial(lookups.depth3_locations, name or ""))
    found: dict[str, RegionPick] = {}
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(call: Callable[[], Awaitable[LookupResult[Any]]]) -> None:
        async with gate:
            try:
                items = await fetch("regions", call)
            except _Skip:
                return
        for loc in items:
            pick = picks.region_pick(loc)
            found[pick.value] = pick

    outcomes = await asyncio.gather(*(one(c) for c in calls), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return found


async def _audiences(
    lookups: LookupService, sel: TargetingSelection, fetch: Fetch
) -> dict[AudienceKind, dict[str, AudiencePick]]:
    out: dict[AudienceKind, dict[str, AudiencePick]] = {}
    kinds = {a.kind for a in sel.audiences}
    inc = Inclusion.INCLUDE  # the inclusion of a current item is irrelevant to the comparison
    for kind, endpoint in picks.simple_kinds().items():
        if kind in kinds:
            try:
                items = await fetch(kind.value, partial(lookups.fetch, endpoint))
            except _Skip:
                continue
            out[kind] = {p.key: p for p in (picks.list_pick(kind, item, inc) for item in items)}
    pixel = sel.audiences_of(AudienceKind.PIXEL_EVENT)
    if pixel:
        found: dict[str, AudiencePick] = {}
        try:
            for track_id, term in dict.fromkeys((a.track_id or "", a.term or 30) for a in pixel):
                events = await fetch(
                    AudienceKind.PIXEL_EVENT.value,
                    partial(lookups.pixel_events, track_id, term),
                )
                for e in events:
                    p = picks.pixel_pick(track_id, e, term, inc)
                    found[p.key] = p
            out[AudienceKind.PIXEL_EVENT] = found
        except _Skip:
            pass
    groups = sel.audiences_of(AudienceKind.FRIEND_GROUP)
    if groups:
        found = {}
        try:
            for profile_id in dict.fromkeys(a.profile_id or "" for a in groups):
                items = await fetch(
                    AudienceKind.FRIEND_GROUP.value,
                    partial(lookups.friend_groups, profile_id),
                )
                for g in items:
                    p = picks.friend_group_pick(g, inc)
                    found[p.key] = p
            out[AudienceKind.FRIEND_GROUP] = found
        except _Skip:
            pass
    return out
