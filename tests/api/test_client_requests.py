"""What the client puts on the wire for each endpoint, and what it refuses to send."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from moment_gui.api import MomentClient, RequestRejected

pytestmark = pytest.mark.anyio

V4 = "/openapi/v4"

# (client call, path, query, needs ad account header)
ENDPOINTS: list[tuple[str, Callable[[MomentClient], Awaitable[Any]], str, dict[str, str], bool]] = [
    ("depth1", lambda c: c.depth1_locations(), f"{V4}/targetings/location/depth1", {}, False),
    (
        "depth2",
        lambda c: c.depth2_locations("서울"),
        f"{V4}/targetings/location/depth2",
        {"keyword": "서울"},
        False,
    ),
    (
        "depth3",
        lambda c: c.depth3_locations("논현"),
        f"{V4}/targetings/location/depth3",
        {"keyword": "논현"},
        False,
    ),
    (
        "adServing",
        lambda c: c.ad_serving_categories(),
        f"{V4}/targetings/placement/adServingCategories",
        {},
        False,
    ),
    (
        "section",
        lambda c: c.section_categories(),
        f"{V4}/targetings/placement/sectionCategories",
        {},
        False,
    ),
    ("cohorts", lambda c: c.cohorts(), f"{V4}/adGroups/targetings/cohort/availables", {}, True),
    (
        "pixel",
        lambda c: c.pixel_events("3830610710806837838", 30),
        f"{V4}/adGroups/targetings/trackers/eventCreatables/3830610710806837838",
        {"term": "30"},
        True,
    ),
    (
        "customerFiles",
        lambda c: c.customer_files(),
        f"{V4}/adGroups/targetings/customerFiles/availables",
        {},
        True,
    ),
    (
        "talkChannels",
        lambda c: c.talk_channels(),
        f"{V4}/adGroups/targetings/talkChannels/availables",
        {},
        True,
    ),
    (
        "syncProfiles",
        lambda c: c.sync_profiles(),
        f"{V4}/adGroups/targetings/syncProfiles/availables",
        {},
        True,
    ),
    (
        "friendGroups",
        lambda c: c.friend_groups("_Xxju"),
        f"{V4}/adGroups/targetings/talkChannelGroupFiles/availables",
        {"profileId": "_Xxju"},
        True,
    ),
    ("trackers", lambda c: c.trackers(), f"{V4}/trackers/rights", {}, True),
]


@pytest.mark.parametrize(
    ("call", "path", "query", "per_account"),
    [e[1:] for e in ENDPOINTS],
    ids=[e[0] for e in ENDPOINTS],
)
async def test_each_endpoint_sends_path_params_token_and_account_header(
    kit: Any,
    call: Callable[[MomentClient], Awaitable[Any]],
    path: str,
    query: dict[str, str],
    per_account: bool,
) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        assert await call(client) == []
    (request,) = fake.requests
    assert request.method == "GET"
    assert request.url.host == "apis.moment.kakao.com" and request.url.scheme == "https"
    assert request.url.path == path
    assert dict(request.url.params) == query
    assert request.headers["Authorization"] == f"Bearer {kit.token}"
    assert request.headers.get("adAccountId") == ("1234" if per_account else None)


@pytest.mark.parametrize(
    "call",
    [e[1] for e in ENDPOINTS if e[4]],
    ids=[e[0] for e in ENDPOINTS if e[4]],
)
async def test_per_account_endpoints_refuse_to_send_without_an_ad_account(
    kit: Any, call: Callable[[MomentClient], Awaitable[Any]]
) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake, ad_account_id=None) as client:
        with pytest.raises(RequestRejected, match="ad account"):
            await call(client)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.depth2_locations(""), "시/군/구"),
        (lambda c: c.depth2_locations("   \t"), "시/군/구"),
        (lambda c: c.depth3_locations(" "), "동/읍/면"),
        (lambda c: c.depth2_locations("강" * 101), "at most 100 characters"),
        (lambda c: c.depth3_locations("x" * 60_000), "at most 100 characters"),
        (lambda c: c.pixel_events("383", 0), "1 to 180"),
        (lambda c: c.pixel_events("383", 181), "1 to 180"),
        (lambda c: c.pixel_events("383", True), "1 to 180"),
        (lambda c: c.pixel_events("383", "30"), "1 to 180"),
        (lambda c: c.pixel_events("383", 30.0), "1 to 180"),
        (lambda c: c.pixel_events("", 30), "track ID"),
        (lambda c: c.pixel_events("  ", 30), "track ID"),
        (lambda c: c.friend_groups(""), "Kakao Talk Channel"),
    ],
)
async def test_requests_kakao_would_reject_are_refused_before_sending(
    kit: Any, call: Callable[[MomentClient], Awaitable[Any]], message: str
) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        with pytest.raises(RequestRejected, match=message) as caught:
            await call(client)
    assert caught.value.status is None
    assert fake.requests == []


async def test_term_limits_themselves_are_allowed(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        await client.pixel_events("383", 1)
        await client.pixel_events("383", 180)
    assert [r.url.params["term"] for r in fake.requests] == ["1", "180"]


@pytest.mark.parametrize("token", ["", "   ", "has space", "토큰", "line\nbreak"])
async def test_an_empty_or_unsendable_token_is_refused_before_sending(kit: Any, token: str) -> None:
    fake = kit.fake(kit.json(200, []))
    async with MomentClient(token, 1234, transport=fake.transport) as client:
        with pytest.raises(RequestRejected, match="token"):
            await client.depth1_locations()
    assert fake.requests == []


async def test_pasted_token_whitespace_and_keyword_whitespace_are_trimmed(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with MomentClient(f"  {kit.token}\n", transport=fake.transport) as client:
        await client.depth2_locations("  강원 ")
    (request,) = fake.requests
    assert request.headers["Authorization"] == f"Bearer {kit.token}"
    assert request.url.params["keyword"] == "강원"


async def test_track_id_cannot_escape_its_path_segment(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        await client.pixel_events("../../trackers/rights", 7)
    assert fake.requests[0].url.raw_path.startswith(
        b"/openapi/v4/adGroups/targetings/trackers/eventCreatables/..%2F..%2F"
    )


async def test_a_new_token_is_used_from_the_next_request_on(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        await client.depth1_locations()
        client.set_token("new-token")
        await client.depth1_locations()
    assert [r.headers["Authorization"] for r in fake.requests] == [
        f"Bearer {kit.token}",
        "Bearer new-token",
    ]


async def test_changing_the_ad_account_changes_the_header(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        client.ad_account_id = 777
        await client.cohorts()
    assert fake.requests[0].headers["adAccountId"] == "777"


@pytest.mark.parametrize("value", [True, "1234", 12.0])
def test_ad_account_id_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        MomentClient("t", value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "base_url",
    [
        "http://apis.moment.kakao.com",
        "http://10.0.0.1:8765",
        "http://127.0.0.1.evil.example",
        "ftp://127.0.0.1",
        "apis.moment.kakao.com",
        "https://",
    ],
)
def test_base_url_must_be_https_unless_loopback(base_url: str) -> None:
    with pytest.raises(ValueError):
        MomentClient("t", base_url=base_url)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://apis.moment.kakao.com",
        "http://127.0.0.1:8765",
        "http://127.3.2.1",
        "http://localhost:9000",
        "http://[::1]:8765",
    ],
)
async def test_https_and_loopback_http_base_urls_are_accepted(base_url: str) -> None:
    async with MomentClient("t", base_url=base_url) as client:
        assert client.base_url == base_url.rstrip("/")


async def test_async_with_closes_the_http_client(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake) as client:
        pass
    assert client.is_closed


def test_timeout_and_retry_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="timeout"):
        MomentClient("t", timeout=0)
    with pytest.raises(ValueError, match="retry_attempts"):
        MomentClient("t", retry_attempts=0)


async def test_every_request_carries_the_configured_timeout(kit: Any) -> None:
    fake = kit.fake(kit.json(200, []))
    async with kit.client(fake, timeout=2.5) as client:
        await client.depth1_locations()
    assert fake.requests[0].extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }
