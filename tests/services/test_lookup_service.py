from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from moment_gui.api.errors import (
    AuthenticationError,
    MomentApiError,
    RequestRejected,
    ServiceUnavailable,
)
from moment_gui.services.lookups import LookupResult, LookupService, NotCached, Source
from moment_gui.store.cache import LookupCache

ALL_LOOKUPS: list[tuple[str, tuple[Any, ...]]] = [
    ("depth1_locations", ()),
    ("depth2_locations", ("서울",)),
    ("depth3_locations", ("강남구",)),
    ("ad_serving_categories", ()),
    ("section_categories", ()),
    ("cohorts", ()),
    ("pixel_events", ("3830610710806837838", 30)),
    ("customer_files", ()),
    ("talk_channels", ()),
    ("sync_profiles", ()),
    ("friend_groups", ("_xbHxd",)),
    ("trackers", ()),
]


def call(service: LookupService, name: str, args: tuple[Any, ...]) -> LookupResult[Any]:
    return asyncio.run(getattr(service, name)(*args))


@pytest.mark.parametrize(("name", "args"), ALL_LOOKUPS)
def test_live_answer_is_cached_and_served_when_network_fails(fake_client, name, args) -> None:
    cache = LookupCache()
    service = LookupService(fake_client, cache)
    live = call(service, name, args)
    assert live.source is Source.LIVE
    assert live.items

    fake_client.failure = ServiceUnavailable()
    fallback = call(service, name, args)
    assert fallback.source is Source.CACHE
    assert fallback.items == live.items
    assert abs(fallback.fetched_at - live.fetched_at) < timedelta(seconds=1)


def test_network_failure_without_cache_reraises(fake_client) -> None:
    fake_client.failure = ServiceUnavailable()
    with pytest.raises(ServiceUnavailable):
        call(LookupService(fake_client, LookupCache()), "cohorts", ())
    with pytest.raises(ServiceUnavailable):
        call(LookupService(fake_client), "cohorts", ())


def test_server_error_after_retries_falls_back_to_cache(fake_client) -> None:
    service = LookupService(fake_client, LookupCache())
    call(service, "section_categories", ())
    fake_client.failure = MomentApiError(500, -1)
    assert call(service, "section_categories", ()).source is Source.CACHE


@pytest.mark.parametrize(
    "failure",
    [AuthenticationError(401, -401), MomentApiError(400, -2), RequestRejected("blank keyword")],
)
def test_rejected_token_or_request_is_never_hidden_behind_cache(fake_client, failure) -> None:
    service = LookupService(fake_client, LookupCache())
    call(service, "cohorts", ())
    fake_client.failure = failure
    with pytest.raises(type(failure)):
        call(service, "cohorts", ())


def test_per_account_lookups_are_cached_per_account(fake_client) -> None:
    service = LookupService(fake_client, LookupCache())
    call(service, "cohorts", ())
    service.ad_account_id = 999
    assert fake_client.ad_account_id == 999  # forwarded to the client
    fake_client.failure = ServiceUnavailable()
    with pytest.raises(ServiceUnavailable):
        call(service, "cohorts", ())  # account 999 never fetched: no borrowed data
    service.ad_account_id = 1234
    assert call(service, "cohorts", ()).source is Source.CACHE


def test_region_lookups_are_shared_across_accounts(fake_client) -> None:
    service = LookupService(fake_client, LookupCache())
    call(service, "depth1_locations", ())
    service.ad_account_id = 999
    fake_client.failure = ServiceUnavailable()
    assert call(service, "depth1_locations", ()).source is Source.CACHE


def test_offline_only_answers_from_cache_and_never_calls_the_client(fake_client) -> None:
    cache = LookupCache()
    call(LookupService(fake_client, cache), "customer_files", ())
    calls_before = len(fake_client.calls)
    offline = LookupService(fake_client, cache, offline_only=True)
    assert call(offline, "customer_files", ()).source is Source.CACHE
    with pytest.raises(NotCached) as caught:
        call(offline, "talk_channels", ())
    assert "offline" in caught.value.plain_message
    assert len(fake_client.calls) == calls_before


def test_demo_answers_are_labelled_and_cached_apart_from_live(fake_client) -> None:
    cache = LookupCache()
    demo = LookupService(fake_client, cache, source=Source.DEMO)
    assert call(demo, "depth1_locations", ()).source is Source.DEMO
    offline_live = LookupService(fake_client, cache, offline_only=True)
    with pytest.raises(NotCached):
        call(offline_live, "depth1_locations", ())


def test_cached_payload_is_parsed_back_into_models(fake_client) -> None:
    cache = LookupCache()
    live = call(LookupService(fake_client, cache), "depth2_locations", ("서울",))
    stored = cache.get("depth2_locations", {"keyword": "서울"}, None)
    assert stored is not None
    assert stored.payload == [dict(item.raw) for item in live.items]
    offline = call(
        LookupService(fake_client, cache, offline_only=True), "depth2_locations", ("서울",)
    )
    assert [i.value for i in offline.items] == [i.value for i in live.items]
    assert all(i.depth1_name == "서울특별시" for i in offline.items)


def test_source_describes_itself_in_plain_words() -> None:
    now = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)
    assert Source.LIVE.describe(now) == "live"
    assert Source.DEMO.describe(now) == "demo data"
    assert Source.CACHE.describe(now, now - timedelta(hours=3, minutes=10)) == "cached 3 h ago"
    assert Source.CACHE.describe(now, now - timedelta(minutes=5)) == "cached 5 min ago"
    assert Source.CACHE.describe(now, now - timedelta(days=2)) == "cached 2 days ago"
    result = LookupResult((), Source.CACHE, now - timedelta(days=1, hours=1))
    local_now = now.astimezone()  # the UI passes local time; the age is the same
    assert result.describe(local_now) == "cached 1 day ago"


def test_repr_shows_no_client_internals(fake_client) -> None:
    text = repr(LookupService(fake_client))
    assert "source=live" in text and "account=1234" in text
