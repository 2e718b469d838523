"""Every lookup the panels need, with the lookup cache behind it.

Live answers are written to the cache; when the network fails (`ServiceUnavailable`, or a
5xx the client gave up on) the last cached answer is returned instead, labelled with its age.
A 401 or a 4xx is never hidden behind old data: the planner must fix the token or the input.
`offline_only=True` (reviewing a saved selection without a connection) answers from the cache
alone.

Stale-while-revalidate, for every row alike: `lookups.cohorts.revalidate()` yields the cached
answer at once (if there is one) and then the network's; offline it stops after the cached
one, which keeps its age. `lookups.cohorts.cached()` is the cached answer alone, never a
request. A row declared with `min_interval_s` (trackers: Kakao allows one call per 5 s) is
never asked more often: a second call inside the interval is answered from the cache, or
waits for the interval when there is nothing cached. `hold_network()` keeps every request
waiting until it is released (the window paints the cached rows first). Two panels asking
the same thing at once (the Talk channels tab and the friend-groups tab both want the
channel list) share one request. `ask_early()` sends a request for an asker still being
built (a cold start's audience tabs), and `on_the_wire()` waits until every request asked
so far has left, so building widgets does not stand between "asked" and "sent".
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, Self, TypeVar, cast, overload

from moment_gui.api.errors import MomentApiError, ServiceUnavailable, UnexpectedResponse
from moment_gui.api.on_the_wire import ON_THE_WIRE
from moment_gui.message import QT_TRANSLATE_NOOP, Message
from moment_gui.services.freshness import freshness
from moment_gui.store.cache import LookupCache

if TYPE_CHECKING:  # the models are imported on the first lookup, after the first paint
    from moment_gui.api import models as m

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R", bound="m.FromJson")  # a model an endpoint answers with
P = ParamSpec("P")

# How long `on_the_wire()` waits at most: requests held, a slow DNS, a proxy's handshake.
WIRE_WAIT_S = 0.05
Flight = tuple[Any, ...]  # what a request asks: (cache key, sorted params, ad account)

NOT_CACHED_MESSAGE = QT_TRANSLATE_NOOP(
    "Lookups",
    "This list was never loaded on this computer, so it cannot be shown offline. "
    "Connect and open it once to keep a copy.",
)


class Source(Enum):
    LIVE = "live"
    CACHE = "cache"
    DEMO = "demo"

    def words(self, now: datetime, fetched_at: datetime | None = None) -> Message:
        """'live', 'cached 3 h ago', 'demo data' — the status strip's words, translatable."""
        return freshness(self.value, now, fetched_at)

    def describe(self, now: datetime, fetched_at: datetime | None = None) -> str:
        return str(self.words(now, fetched_at))


@dataclass(frozen=True)
class LookupResult(Generic[T]):
    items: tuple[T, ...]
    source: Source
    fetched_at: datetime

    def describe(self, now: datetime) -> str:
        return self.source.describe(now, self.fetched_at)

    def words(self, now: datetime) -> Message:
        return self.source.words(now, self.fetched_at)


class NotCached(MomentApiError):
    """Offline review asked for something that was never fetched on this computer."""

    def __init__(self, message: str | Message | None = None) -> None:
        super().__init__(None, message=message or Message.of("Lookups", NOT_CACHED_MESSAGE))


class LookupClient(Protocol):
    """What the service needs of a client (`MomentClient`; tests pass a fake): any lookup by
    its `Endpoint` row. A method named like the endpoint is used instead when the client has
    one: `MomentClient`'s check a request before sending it (a keyword, a term, an ID)."""

    ad_account_id: int | None

    async def lookup(self, endpoint: Any, *args: Any) -> Any: ...


class Lookup(Generic[P, R]):
    """One `api.models.Endpoint` as a typed attribute of `LookupService`.

    The attribute's name is the endpoint's name; everything else (parameters, per account,
    rate limit, model) comes from the endpoint row, read on the first lookup (the models load
    after the first paint). Reading the row from a service gives a `BoundLookup`, as
    `service.of(endpoint)` does for an endpoint without an attribute.
    """

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Lookup() as {self.name}"

    @property
    def endpoint(self) -> m.Endpoint[P, R]:
        from moment_gui.api import models

        found: m.Endpoint[P, R] = models.ENDPOINTS[self.name]
        return found

    @overload
    def __get__(self, service: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, service: LookupService, owner: type | None = None) -> BoundLookup[P, R]: ...
    def __get__(
        self, service: LookupService | None, owner: type | None = None
    ) -> Self | BoundLookup[P, R]:
        if service is None:
            return self
        return BoundLookup(service, self.endpoint)


class BoundLookup(Generic[P, R]):
    """One endpoint read from a service: call it like the client method it names."""

    def __init__(self, service: LookupService, endpoint: m.Endpoint[P, R]) -> None:
        self._service = service
        self.endpoint = endpoint
        self.__name__ = self.__qualname__ = endpoint.name

    def __repr__(self) -> str:
        return f"<lookup {self.endpoint.name} of {self._service!r}>"

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Awaitable[LookupResult[R]]:
        """The network's answer (the cached one when the network fails)."""
        return self._service.fetch(self.endpoint, *args, **kwargs)

    def cached(self, *args: P.args, **kwargs: P.kwargs) -> LookupResult[R] | None:
        """The cached answer, or None; never sends anything."""
        return self._service.cached(self.endpoint, *args, **kwargs)

    def revalidate(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[LookupResult[R]]:
        """The cached answer at once (if any), then the network's (see the module)."""
        return self._service.revalidate(self.endpoint, *args, **kwargs)

    def ask_early(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Send the request now for an asker still to come (see `LookupService.ask_early`)."""
        self._service.ask_early(self.endpoint, *args, **kwargs)


class LookupService:
    """Every lookup the panels need, one `Lookup` row each; the cache behind all of them.

    `client` is a `MomentClient` (or a fake); `connect` makes one on the first request
    instead (the demo: httpx and the simulator load after the window's first paint).
    """

    # -- the endpoints with an attribute (the `api.models.Endpoint` of the same name); any
    # other endpoint is `service.of(endpoint)`: a new list needs no line here ------------------
    depth1_locations: Lookup[[], m.Location] = Lookup()
    depth2_locations: Lookup[[str], m.Depth2Location] = Lookup()
    depth3_locations: Lookup[[str], m.Depth3Location] = Lookup()
    ad_serving_categories: Lookup[[], m.AdServingCategory] = Lookup()
    section_categories: Lookup[[], m.SectionCategory] = Lookup()
    data_categories: Lookup[[str], m.DataCategory] = Lookup()
    cohorts: Lookup[[], m.CohortAvailable] = Lookup()
    pixel_events: Lookup[[str, int], m.PixelAndSdkEvent] = Lookup()
    customer_files: Lookup[[], m.CustomerFile] = Lookup()
    talk_channels: Lookup[[], m.ChannelProfile] = Lookup()
    sync_profiles: Lookup[[], m.SyncProfile] = Lookup()
    friend_groups: Lookup[[str], m.TalkChannelGroupFile] = Lookup()
    trackers: Lookup[[], m.Tracker] = Lookup()

    def __init__(
        self,
        client: LookupClient | None = None,
        cache: LookupCache | None = None,
        *,
        source: Source = Source.LIVE,
        offline_only: bool = False,
        connect: Callable[[], LookupClient] | None = None,
    ) -> None:
        if source is Source.CACHE:
            raise ValueError("source is LIVE or DEMO; CACHE is decided per answer")
        if (client is None) == (connect is None):
            raise ValueError("give a client or a way to connect one, not both")
        self._client = client
        self._connect = connect
        self._account: int | None = None  # until a deferred client is made
        self.cache = cache
        self.source = source
        self.offline_only = offline_only
        self._held: asyncio.Future[None] | None = None  # see hold_network()
        self._last_request: dict[str, float] = {}  # rate-limited rows: monotonic time sent
        self._limits: dict[str, asyncio.Lock] = {}
        # Requests under way, by what they ask: a second asker awaits the first one's answer.
        self._inflight: dict[Flight, asyncio.Future[Any]] = {}
        self._askers: dict[asyncio.Future[Any], int] = {}
        self._early: set[Flight] = set()  # asked by ask_early(), not yet taken by an asker
        self._unsent: set[asyncio.Future[Any]] = set()  # asked, not yet on the wire
        self._all_left: asyncio.Event | None = None  # set while _unsent is empty

    @classmethod
    def rows(cls) -> tuple[Lookup[Any, Any], ...]:
        """Every attribute row, in declaration order."""
        return tuple(v for v in vars(cls).values() if isinstance(v, Lookup))

    @staticmethod
    def endpoints() -> tuple[m.Endpoint[Any, Any], ...]:
        """Every endpoint the service serves (`api.models.ENDPOINTS`), in declaration order."""
        from moment_gui.api import models

        return tuple(models.ENDPOINTS.values())

    def of(self, endpoint: m.Endpoint[P, R]) -> BoundLookup[P, R]:
        """Any endpoint, bound to this service: `lookups.of(CUSTOMER_FILES).revalidate()`."""
        return BoundLookup(self, endpoint)

    def __repr__(self) -> str:
        return (
            f"LookupService(source={self.source.value}, account={self.ad_account_id}, "
            f"cache={self.cache is not None}, offline_only={self.offline_only})"
        )

    @property
    def client(self) -> LookupClient:
        if self._client is None:
            assert self._connect is not None
            self._client = self._connect()
            if self._account is not None:
                self._client.ad_account_id = self._account
        return self._client

    @property
    def opened_client(self) -> LookupClient | None:
        """The client if one was made (a deferred one is not made just to be closed)."""
        return self._client

    @property
    def ad_account_id(self) -> int | None:
        if self._client is None:
            return self._account
        return self._client.ad_account_id

    @ad_account_id.setter
    def ad_account_id(self, value: int | None) -> None:
        if self._client is None:
            self._account = value
        else:
            self._client.ad_account_id = value

    def for_account(self, account: int | None) -> LookupService:
        """This service speaking for `account` (a reviewed file names its own ad account),
        sharing the connection and cache; itself when the account is the same or unknown."""
        if account is None or account == self.ad_account_id:
            return self

        def connect() -> LookupClient:
            if self._client is None:  # not connected yet: a client of its own
                assert self._connect is not None
                client = self._connect()
            else:  # MomentClient: the same HTTP pool, its own account
                client = copy.copy(self._client)
            client.ad_account_id = account
            return client

        return LookupService(
            cache=self.cache, source=self.source, offline_only=self.offline_only, connect=connect
        )

    async def aclose(self) -> None:
        """Close the client's connections, if a client was made."""
        close = getattr(self._client, "aclose", None)
        if close is not None:
            await close()

    @property
    def network_held(self) -> bool:
        """True while `hold_network()` keeps requests waiting."""
        return self._held is not None and not self._held.done()

    def hold_network(self) -> Callable[[], None]:
        """Keep every request waiting until the returned function is called (cached answers
        are still given at once). Calling it twice, or holding again, is harmless."""
        if self._held is None or self._held.done():
            self._held = asyncio.get_event_loop().create_future()
        held = self._held

        def release() -> None:
            if not held.done():
                held.set_result(None)

        return release

    # -- the one path every lookup takes ---------------------------------------------
    def _where(
        self, endpoint: m.Endpoint[Any, Any], values: Mapping[str, Any]
    ) -> tuple[str, dict[str, str], int | None]:
        params = {name: str(value) for name, value in values.items()}
        # Demo answers live under their own names: they must never pass for real data.
        key = f"demo:{endpoint.name}" if self.source is Source.DEMO else endpoint.name
        account = self.ad_account_id if endpoint.per_account else None
        return key, params, account

    def cached(
        self, endpoint: m.Endpoint[Any, R], *args: Any, **kwargs: Any
    ) -> LookupResult[R] | None:
        """The cached answer for this call, or None (no cache, never fetched, unreadable)."""
        key, params, account = self._where(endpoint, endpoint.bind(args, kwargs))
        try:
            return self._cached(key, params, account, endpoint.parse)
        except Exception:  # a cache that cannot be read only means "nothing to show yet"
            log.warning("cached %s could not be read", endpoint.name, exc_info=True)
            return None

    async def revalidate(
        self, endpoint: m.Endpoint[Any, R], *args: Any, **kwargs: Any
    ) -> AsyncIterator[LookupResult[R]]:
        """Stale-while-revalidate: the cached answer first, then the network's.

        When the network fails after a cached answer was given, nothing more is yielded (the
        cached one stands, with its age); errors about the request itself (401, 4xx) are
        raised after it. Offline-only services give the cached answer alone.
        """
        values = endpoint.bind(args, kwargs)
        # An early request's answer is the first one: the cache may hold it already, but as
        # this call's own fresh answer, not as an old one to be refreshed.
        early = self._flight(*self._where(endpoint, values)) in self._early
        first = None if early else self.cached(endpoint, *args, **kwargs)
        if first is not None:
            yield first
        if self.offline_only:
            if first is None:
                raise NotCached()
            return
        try:
            fresh = await self.fetch(endpoint, *args, **kwargs)
        except MomentApiError as exc:
            if first is not None and _is_network_failure(exc):
                log.info("%s not refreshed (%s)", endpoint.name, type(exc).__name__)
                return
            raise
        if first is not None and fresh.fetched_at == first.fetched_at:
            return  # no request was made (rate limit) or the same cached answer came back
        yield fresh

    async def fetch(
        self, endpoint: m.Endpoint[Any, R], *args: Any, **kwargs: Any
    ) -> LookupResult[R]:
        values = endpoint.bind(args, kwargs)
        key, params, account = self._where(endpoint, values)
        if self.offline_only:
            cached = self._cached(key, params, account, endpoint.parse)
            if cached is None:
                raise NotCached()
            return cached
        flight = self._flight(key, params, account)
        shared = self._inflight.get(flight)
        if shared is None:
            shared = self._start(flight, endpoint, values)
        elif flight in self._early:  # asked early for this asker: taken now
            self._early.discard(flight)
            if shared.done():  # landed before its asker came
                del self._inflight[flight]
                return cast("LookupResult[R]", shared.result())
        self._askers[shared] += 1
        try:
            return await asyncio.shield(shared)
        except asyncio.CancelledError:
            if not shared.done() and self._askers.get(shared) == 1:
                shared.cancel()  # nobody else wants it
            raise
        finally:
            if shared in self._askers:
                self._askers[shared] -= 1

    @staticmethod
    def _flight(key: str, params: Mapping[str, str], account: int | None) -> Flight:
        return (key, tuple(sorted(params.items())), account)

    def _start(
        self, flight: Flight, endpoint: m.Endpoint[Any, Any], values: Mapping[str, Any]
    ) -> asyncio.Future[Any]:
        """Send one request, shared by everyone asking the same thing while it is under way."""
        key, params, account = self._where(endpoint, values)
        shared = asyncio.ensure_future(self._fetch(endpoint, values, key, params, account))
        self._inflight[flight] = shared
        self._askers[shared] = 0
        self._unsent.add(shared)
        if self._all_left is not None:
            self._all_left.clear()
        shared.add_done_callback(lambda done: self._landed(flight, done))
        return shared

    def ask_early(self, endpoint: m.Endpoint[Any, Any], *args: Any, **kwargs: Any) -> None:
        """Send this request now, for an asker still being built (a panel's tab): the next
        `fetch` or `revalidate` of the same thing takes its answer, even one that landed
        before it asked. `forget_early()` drops what no asker took. Offline: nothing."""
        if self.offline_only:
            return
        values = endpoint.bind(args, kwargs)
        flight = self._flight(*self._where(endpoint, values))
        if flight in self._inflight:
            return
        self._start(flight, endpoint, values)
        self._early.add(flight)

    def forget_early(self) -> None:
        """Drop early requests no asker took: cancelled if still under way."""
        for flight in self._early:
            shared = self._inflight.pop(flight, None)
            if shared is not None and not shared.done() and not self._askers.get(shared):
                shared.cancel()
        self._early.clear()

    async def on_the_wire(self, timeout: float = WIRE_WAIT_S) -> None:
        """Return once every request asked so far has left (its headers are written; one
        that failed, waited for a rate limit, or was answered from the cache counts as
        left), or after `timeout` seconds (held requests never leave by themselves)."""
        if not self._unsent:
            return
        if self._all_left is None:
            self._all_left = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._all_left.wait()

    def _left(self, request: asyncio.Future[Any]) -> None:
        self._unsent.discard(request)
        if not self._unsent and self._all_left is not None:
            self._all_left.set()

    def _landed(self, flight: Flight, done: asyncio.Future[Any]) -> None:
        self._left(done)
        # An early answer waits for the asker it was sent for (taken in fetch()).
        if self._inflight.get(flight) is done and flight not in self._early:
            del self._inflight[flight]
        self._askers.pop(done, None)
        if not done.cancelled():
            done.exception()  # retrieved: every asker has seen it raised already

    async def _fetch(
        self,
        endpoint: m.Endpoint[Any, R],
        values: Mapping[str, Any],
        key: str,
        params: Mapping[str, str],
        account: int | None,
    ) -> LookupResult[R]:
        this = asyncio.current_task()
        if this is not None:
            ON_THE_WIRE.set(lambda: self._left(this))  # this task's context only
        if self._held is not None and not self._held.done():
            await asyncio.shield(self._held)
        if endpoint.min_interval_s:
            async with self._limits.setdefault(endpoint.name, asyncio.Lock()):
                recent = self._recent(endpoint, key, params, account)
                if recent is not None:
                    return recent
                return await self._request(endpoint, values, key, params, account)
        return await self._request(endpoint, values, key, params, account)

    def _recent(
        self, endpoint: m.Endpoint[Any, R], key: str, params: Mapping[str, str], account: int | None
    ) -> LookupResult[R] | None:
        """Inside a rate-limited row's interval: the cached answer if it is that recent.

        Without one, waiting is the caller's part (`_request` sleeps out the interval)."""
        try:
            cached = self._cached(key, params, account, endpoint.parse)
        except Exception:  # an unreadable cache: ask the server (after the interval)
            cached = None
        if cached is None:
            return None
        age = (datetime.now(UTC) - cached.fetched_at).total_seconds()
        if 0 <= age < endpoint.min_interval_s:
            log.info("%s asked again within %.0f s: the cached answer", endpoint.name, age)
            return cached
        return None

    async def _request(
        self,
        endpoint: m.Endpoint[Any, R],
        values: Mapping[str, Any],
        key: str,
        params: Mapping[str, str],
        account: int | None,
    ) -> LookupResult[R]:
        if endpoint.min_interval_s:
            last = self._last_request.get(endpoint.name)
            if last is not None:
                wait = endpoint.min_interval_s - (time.monotonic() - last)
                if wait > 0:
                    await asyncio.sleep(wait)
            self._last_request[endpoint.name] = time.monotonic()
        try:
            args = [values[p] for p in endpoint.params]
            checked = getattr(self.client, endpoint.name, None)  # checks before sending
            answer = await (checked(*args) if checked else self.client.lookup(endpoint, *args))
            items: tuple[R, ...] = tuple(answer)
        except MomentApiError as exc:
            if not _is_network_failure(exc):
                raise
            cached = self._cached(key, params, account, endpoint.parse)
            if cached is None:
                raise
            log.info("%s unreachable (%s); answering from cache", endpoint.name, type(exc).__name__)
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
        parse: Callable[[Any], R],
    ) -> LookupResult[R] | None:
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
