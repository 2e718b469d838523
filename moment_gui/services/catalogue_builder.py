"""Build the offline region catalogue by cascading Kakao's region searches.

Kakao has no "list every region" endpoint: depth2 and depth3 are keyword searches. So the
builder asks depth2 once per 시/도 (keyword = its name) and depth3 once per 시/군/구
(keyword = the depth2 name, e.g. "수원시 장안구"), and keeps only results whose parents
match exactly — a search for "중구" answers 중구 of every city.

About 270 requests, so: at most `concurrency` in flight; `progress(done, total)` after each
(the total grows once the 시/군/구 are known); every finished search is saved in the cache,
so a build that was cancelled or failed resumes where it stopped. Saved progress older than
`MAX_PROGRESS_AGE`, or from another data source (demo vs live), is discarded.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from moment_gui.api.models import Depth2Location, Depth3Location, Location
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.services.lookups import LookupService, Source
from moment_gui.services.picks import region_pick
from moment_gui.services.regions import children_in, children_of, region_path
from moment_gui.store.cache import CATALOGUE, LookupCache

MAX_PROGRESS_AGE = timedelta(days=1)
T = TypeVar("T")
Progress = Callable[[int, int], None]


def catalogue_name(source: Source) -> str:
    """Cache name of the catalogue built from `source`: demo data never replaces live data."""
    return f"demo:{CATALOGUE}" if source is Source.DEMO else CATALOGUE


def _progress_prefix(source: Source) -> str:
    return f"{catalogue_name(source)}:build:"


async def build_catalogue(
    lookups: LookupService,
    *,
    concurrency: int = 4,
    progress: Progress | None = None,
    cache: LookupCache | None = None,
) -> RegionCatalogue:
    """Every 시/도, 시/군/구 and 동/읍/면 the server knows, saved to the cache when complete."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    build = _Build(lookups, cache if cache is not None else lookups.cache, concurrency, progress)
    return await build.run()


@dataclass
class _Build:
    lookups: LookupService
    cache: LookupCache | None
    concurrency: int
    report: Progress | None
    done: int = 0
    total: int = 1
    saved: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prefix = _progress_prefix(self.lookups.source)
        self.limit = asyncio.Semaphore(self.concurrency)

    async def run(self) -> RegionCatalogue:
        self._load_saved()
        depth1 = await self._depth1()
        self.total = 1 + len(depth1)
        depth2_lists = await _all_or_none(self._depth2(d1) for d1 in depth1)
        depth2 = _unique(d2 for group in depth2_lists for d2 in group)
        self.total += len(depth2)
        self._tell()
        depth3_lists = await _all_or_none(self._depth3(d2) for d2 in depth2)
        depth3 = _unique(d3 for group in depth3_lists for d3 in group)

        built_at = datetime.now(UTC)
        regions: list[Location | Depth2Location | Depth3Location] = [*depth1, *depth2, *depth3]
        picks = [region_pick(r) for r in regions]
        # Indexing ~3,800 regions for Hangul search takes ~0.25 s of pure Python: in a worker
        # thread the Qt loop keeps painting (the GIL is shared every 5 ms).
        catalogue = await asyncio.to_thread(RegionCatalogue.from_picks, picks, built_at)
        if self.cache is not None:
            name = catalogue_name(self.lookups.source)
            self.cache.put_catalogue(catalogue.to_json(), built_at, name=name)
            self.cache.clear_progress(self.prefix, prefix=True)
        return catalogue

    # -- the three levels ------------------------------------------------------------
    async def _depth1(self) -> tuple[Location, ...]:
        return await self._search("depth1", self.lookups.depth1_locations, Location.from_json)

    async def _depth2(self, parent: Location) -> tuple[Depth2Location, ...]:
        path = region_path(parent)
        found = await self._search(
            f"d2:{parent.value}", lambda: children_of(self.lookups, path), Depth2Location.from_json
        )
        return children_in(path, found)  # progress saved by an older version kept every hit

    async def _depth3(self, parent: Depth2Location) -> tuple[Depth3Location, ...]:
        path = region_path(parent)
        found = await self._search(
            f"d3:{parent.value}", lambda: children_of(self.lookups, path), Depth3Location.from_json
        )
        return children_in(path, found)

    async def _search(
        self,
        step: str,
        fetch: Callable[[], Awaitable[Any]],
        parse: Callable[[Any], T],
    ) -> tuple[T, ...]:
        """One search: from saved progress if this step finished before, else live + saved."""
        saved = self.saved.get(self.prefix + step)
        if saved is not None:
            items = tuple(parse(obj) for obj in saved["items"])
        else:
            async with self.limit:
                result = await fetch()
            items = tuple(result.items)
            self._save(step, [dict(getattr(i, "raw", {})) for i in items])
        self.done += 1
        self._tell()
        return items

    # -- progress --------------------------------------------------------------------
    def _load_saved(self) -> None:
        if self.cache is None:
            return
        records = self.cache.progress_under(self.prefix)
        started = records.get(self.prefix + "started", {}).get("at")
        fresh = isinstance(started, str) and (
            datetime.now(UTC) - datetime.fromisoformat(started) < MAX_PROGRESS_AGE
        )
        if fresh:
            self.saved = {k: v for k, v in records.items() if isinstance(v.get("items"), list)}
            return
        self.cache.clear_progress(self.prefix, prefix=True)
        self.cache.put_progress(self.prefix + "started", {"at": datetime.now(UTC).isoformat()})

    def _save(self, step: str, items: list[dict[str, Any]]) -> None:
        if self.cache is not None:
            self.cache.put_progress(self.prefix + step, {"items": items})

    def _tell(self) -> None:
        if self.report is not None:
            self.report(self.done, self.total)


async def _all_or_none(coros: Iterable[Awaitable[T]]) -> list[T]:
    """Run all; on the first failure (or our own cancellation) cancel the rest and re-raise
    that one error, not an ExceptionGroup, so callers can catch `MomentApiError`."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    seen: set[str] = set()
    out: list[T] = []
    for item in items:
        key = str(getattr(item, "value", item))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)
