"""Every lookup the panels need, with the lookup cache behind it.

Live answers are written to the cache; when the network fails (`ServiceUnavailable`, or a
5xx the client gave up on) the last cached answer is returned instead, labelled with its age.
A 401 or a 4xx is never hidden behind old data: the planner must fix the token or the input.
`offline_only=True` (reviewing a saved selection without a connection) answers from the cache
alone.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from moment_gui.api.errors import MomentApiError, ServiceUnavailable, UnexpectedResponse
from moment_gui.message import QT_TRANSLATE_NOOP, Message
from moment_gui.store.cache import LookupCache

if TYPE_CHECKING:  # the models are imported on the first lookup, after the first paint
    from moment_gui.api.models import (
        AdServingCategory,
        ChannelProfile,
        CohortAvailable,
        CustomerFile,
        Depth2Location,
        Depth3Location,
        Location,
        PixelAndSdkEvent,
        SectionCategory,
        SyncProfile,
        TalkChannelGroupFile,
        Tracker,
    )

log = logging.getLogger(__name__)

T = TypeVar("T")

NOT_CACHED_MESSAGE = QT_TRANSLATE_NOOP(
    "Lookups",
    "This list was never loaded on this computer, so it cannot be shown offline. "
    "Connect and open it once to keep a copy.",
)


class Source(Enum):
    LIVE = "live"
    CACHE = "cache"
    DEMO = "demo"

    def describe(self, now: datetime, fetched_at: datetime | None = None) -> str:
        """'live', 'cached 3 h ago', 'demo data' — the status strip's words."""
        if self is Source.LIVE:
            return "live"
        if self is Source.DEMO:
            return "demo data"
        if fetched_at is None:
            return "cached"
        return f"cached {_age(now, fetched_at)}"


def _age(now: datetime, then: datetime) -> str:
    if now.tzinfo is None:
        now = now.astimezone()
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    days = seconds // 86400
    return f"{days} day ago" if days == 1 else f"{days} days ago"


@dataclass(frozen=True)
class LookupResult(Generic[T]):
    items: tuple[T, ...]
    source: Source
    fetched_at: datetime

    def describe(self, now: datetime) -> str:
        return self.source.describe(now, self.fetched_at)


class NotCached(MomentApiError):
    """Offline review asked for something that was never fetched on this computer."""

    def __init__(self, message: str | Message | None = None) -> None:
        super().__init__(None, message=message or Message.of("Lookups", NOT_CACHED_MESSAGE))


class LookupClient(Protocol):
    """The part of `MomentClient` the service uses (tests pass a fake)."""

    ad_account_id: int | None

    async def depth1_locations(self) -> Sequence[Location]: ...
    async def depth2_locations(self, keyword: str) -> Sequence[Depth2Location]: ...
    async def depth3_locations(self, keyword: str) -> Sequence[Depth3Location]: ...
    async def ad_serving_categories(self) -> Sequence[AdServingCategory]: ...
    async def section_categories(self) -> Sequence[SectionCategory]: ...
    async def cohorts(self) -> Sequence[CohortAvailable]: ...
    async def pixel_events(self, track_id: str, term: int) -> Sequence[PixelAndSdkEvent]: ...
    async def customer_files(self) -> Sequence[CustomerFile]: ...
    async def talk_channels(self) -> Sequence[ChannelProfile]: ...
    async def sync_profiles(self) -> Sequence[SyncProfile]: ...
    async def friend_groups(self, profile_id: str) -> Sequence[TalkChannelGroupFile]: ...
    async def trackers(self) -> Sequence[Tracker]: ...


class LookupService:
    def __init__(
        self,
        client: LookupClient,
        cache: LookupCache | None = None,
        *,
        source: Source = Source.LIVE,
        offline_only: bool = False,
    ) -> None:
        if source is Source.CACHE:
            raise ValueError("source is LIVE or DEMO; CACHE is decided per answer")
        self.client = client
        self.cache = cache
        self.source = source
        self.offline_only = offline_only

    def __repr__(self) -> str:
        return (
            f"LookupService(source={self.source.value}, account={self.ad_account_id}, "
            f"cache={self.cache is not None}, offline_only={self.offline_only})"
        )

    @property
    def ad_account_id(self) -> int | None:
        return self.client.ad_account_id

    @ad_account_id.setter
    def ad_account_id(self, value: int | None) -> None:
        self.client.ad_account_id = value

    def for_account(self, account: int | None) -> LookupService:
        """This service speaking for `account` (a reviewed file names its own ad account),
        sharing the connection and cache; itself when the account is the same or unknown."""
        if account is None or account == self.ad_account_id:
            return self
        client = copy.copy(self.client)  # MomentClient: the same HTTP pool, its own account
        client.ad_account_id = account
        return LookupService(
            client, self.cache, source=self.source, offline_only=self.offline_only
        )

    # -- the lookups -----------------------------------------------------------------
    async def depth1_locations(self) -> LookupResult[Location]:
        from moment_gui.api.models import Location

        return await self._lookup(
            "depth1_locations", {}, False, Location.from_json, self.client.depth1_locations
        )

    async def depth2_locations(self, keyword: str) -> LookupResult[Depth2Location]:
        from moment_gui.api.models import Depth2Location

        return await self._lookup(
            "depth2_locations",
            {"keyword": keyword},
            False,
            Depth2Location.from_json,
            lambda: self.client.depth2_locations(keyword),
        )

    async def depth3_locations(self, keyword: str) -> LookupResult[Depth3Location]:
        from moment_gui.api.models import Depth3Location

        return await self._lookup(
            "depth3_locations",
            {"keyword": keyword},
            False,
            Depth3Location.from_json,
            lambda: self.client.depth3_locations(keyword),
        )

    async def ad_serving_categories(self) -> LookupResult[AdServingCategory]:
        from moment_gui.api.models import AdServingCategory

        return await self._lookup(
            "ad_serving_categories",
            {},
            False,
            AdServingCategory.from_json,
            self.client.ad_serving_categories,
        )

    async def section_categories(self) -> LookupResult[SectionCategory]:
        from moment_gui.api.models import SectionCategory

        return await self._lookup(
            "section_categories",
            {},
            False,
            SectionCategory.from_json,
            self.client.section_categories,
        )

    async def cohorts(self) -> LookupResult[CohortAvailable]:
        from moment_gui.api.models import CohortAvailable

        return await self._lookup(
            "cohorts", {}, True, CohortAvailable.from_json, self.client.cohorts
        )

    async def pixel_events(self, track_id: str, term: int) -> LookupResult[PixelAndSdkEvent]:
        from moment_gui.api.models import PixelAndSdkEvent

        return await self._lookup(
            "pixel_events",
            {"track_id": track_id, "term": str(term)},
            True,
            PixelAndSdkEvent.from_json,
            lambda: self.client.pixel_events(track_id, term),
        )

    async def customer_files(self) -> LookupResult[CustomerFile]:
        from moment_gui.api.models import CustomerFile

        return await self._lookup(
            "customer_files", {}, True, CustomerFile.from_json, self.client.customer_files
        )

    async def talk_channels(self) -> LookupResult[ChannelProfile]:
        from moment_gui.api.models import ChannelProfile

        return await self._lookup(
            "talk_channels", {}, True, ChannelProfile.from_json, self.client.talk_channels
        )

    async def sync_profiles(self) -> LookupResult[SyncProfile]:
        from moment_gui.api.models import SyncProfile

        return await self._lookup(
            "sync_profiles", {}, True, SyncProfile.from_json, self.client.sync_profiles
        )

    async def friend_groups(self, profile_id: str) -> LookupResult[TalkChannelGroupFile]:
        from moment_gui.api.models import TalkChannelGroupFile

        return await self._lookup(
            "friend_groups",
            {"profile_id": profile_id},
            True,
            TalkChannelGroupFile.from_json,
            lambda: self.client.friend_groups(profile_id),
        )

    async def trackers(self) -> LookupResult[Tracker]:
        from moment_gui.api.models import Tracker

        return await self._lookup("trackers", {}, True, Tracker.from_json, self.client.trackers)

    # -- the one path every lookup takes ---------------------------------------------
    async def _lookup(
        self,
        endpoint: str,
        params: Mapping[str, str],
        per_account: bool,
        parse: Callable[[Any], T],
        fetch: Callable[[], Awaitable[Sequence[T]]],
    ) -> LookupResult[T]:
        # Demo answers live under their own names: they must never pass for real data.
        key = f"demo:{endpoint}" if self.source is Source.DEMO else endpoint
        account = self.ad_account_id if per_account else None
        if self.offline_only:
            cached = self._cached(key, params, account, parse)
            if cached is None:
                raise NotCached()
            return cached
        try:
            items = tuple(await fetch())
        except MomentApiError as exc:
            if not _is_network_failure(exc):
                raise
            cached = self._cached(key, params, account, parse)
            if cached is None:
                raise
            log.info("%s unreachable (%s); answering from cache", endpoint, type(exc).__name__)
            return cached
        fetched_at = datetime.now(UTC)
        if self.cache is not None:
            payload = [dict(getattr(item, "raw", {})) for item in items]
            self.cache.put(key, params, account, payload, fetched_at=fetched_at)
        return LookupResult(items, self.source, fetched_at)

    def _cached(
        self,
        key: str,
        params: Mapping[str, str],
        account: int | None,
        parse: Callable[[Any], T],
    ) -> LookupResult[T] | None:
        if self.cache is None:
            return None
        hit = self.cache.get(key, params, account)
        if hit is None or not isinstance(hit.payload, list):
            return None
        return LookupResult(tuple(parse(obj) for obj in hit.payload), Source.CACHE, hit.fetched_at)


def _is_network_failure(exc: MomentApiError) -> bool:
    """Timeouts, dropped connections, server errors, and garbled answers (a captive portal's
    HTML page): old data beats no data. 4xx answers are about the request and are shown."""
    if isinstance(exc, ServiceUnavailable | UnexpectedResponse):
        return True
    status = getattr(exc, "status", None)
    return isinstance(status, int) and status >= 500
