"""Accounts, campaigns and ad groups over real HTTP against the simulator (issue 11): paging,
lists, the raw ad group, the PUT with Kakao's refusals, the 5-second edit limit on both sides,
and error envelopes that arrive with HTTP 200."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import httpx
import pytest

from moment_gui.api import AuthenticationError, MomentApiError, MomentClient, RequestRejected
from moment_gui.api.pacing import EditPacer
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState

pytestmark = pytest.mark.anyio

SHOWN_GROUP = 800102  # Bizboard x Conversion, the 2021 spelling and undocumented keys


def sim_client(base_url: str, pacer: EditPacer | None = None, **kwargs: Any) -> MomentClient:
    return MomentClient(
        DEMO_TOKEN,
        DEMO_AD_ACCOUNT_ID,
        base_url=base_url,
        retry_wait_initial=0.0,
        retry_wait_max=0.0,
        timeout=5.0,
        edit_pacer=pacer if pacer is not None else EditPacer(),
        **kwargs,
    )


def paths(state: SimulatorState, prefix: str) -> list[str]:
    return [f"{r.method} {r.path}?{r.query}" for r in state.requests if r.path.startswith(prefix)]


# --- accounts, campaigns, ad groups ---------------------------------------------------------


async def test_every_page_of_ad_accounts_is_listed(sim_server: str, sim_state) -> None:
    async with sim_client(sim_server) as client:
        first = await client.ad_accounts_page(0, 10)
        everything = await client.all_ad_accounts(size=10)
    assert (first.page, first.size, first.total_pages, first.total_elements) == (0, 10, 3, 23)
    assert not first.is_last and len(first.accounts) == 10
    assert [a.id for a in everything] == [a["id"] for a in sim_state.ad_accounts]
    assert everything[0].name == "모먼트 데모 광고계정" and everything[0].member_type == "MASTER"
    asked = paths(sim_state, "/openapi/v4/adAccounts/pages")
    assert len(asked) == 4  # page 0 alone, then pages 0, 1, 2
    assert all("config=ON%2COFF" in p for p in asked)
    assert any("page=2&size=10" in p for p in asked)


async def test_account_paging_stops_on_an_empty_page(kit) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        # A server that claims more pages than it has must not loop forever.
        return kit.json(200, {"content": [], "page": 5, "size": 10, "totalPages": 99})

    fake = kit.fake(answer)
    async with kit.client(fake) as client:
        assert await client.all_ad_accounts() == []
    assert len(fake.requests) == 1


async def test_campaigns_carry_every_creatable_type_and_goal(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        listed = await client.campaigns()
        details = [await client.campaign(c.id) for c in listed]
    pairs = {(c.campaign_type, c.goal) for c in details}
    assert ("PERSONAL_MESSAGE", "REACH") in pairs
    assert pairs == {
        ("TALK_BIZ_BOARD", "CONVERSION"),
        ("TALK_BIZ_BOARD", "VISITING"),
        ("DISPLAY", "CONVERSION"),
        ("DISPLAY", "VISITING"),
        ("VIDEO", "VIEW"),
        ("TALK_CHANNEL", "REACH"),
        ("PERSONAL_MESSAGE", "REACH"),
    }
    assert {c.config for c in listed} == {"ON", "OFF"}


async def test_other_accounts_are_asked_per_request_without_switching(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        other = await client.campaigns(ad_account_id=5678)
        mine = await client.campaigns()
        assert client.ad_account_id == DEMO_AD_ACCOUNT_ID
    assert [c.id for c in other] == [709001]
    assert 709001 not in {c.id for c in mine}


async def test_ad_groups_of_a_campaign_and_the_whole_ad_group(sim_server, sim_state) -> None:
    async with sim_client(sim_server) as client:
        groups = await client.ad_groups(700101)
        group = await client.ad_group(SHOWN_GROUP)
    assert [g.id for g in groups] == [800101, 800102]
    assert group.campaign_id == 700101 and group.placements == ("KAKAO_TALK",)
    # raw is the body as sent: same keys in the same order, nested values intact.
    assert json.dumps(group.raw, ensure_ascii=False) == json.dumps(
        sim_state.ad_groups[SHOWN_GROUP], ensure_ascii=False
    )
    assert group.raw["creativeOptimization"] == {"mode": "AUTO", "weights": {"a": 0.7, "b": 0.3}}


async def test_ad_groups_without_a_campaign_are_refused_before_sending(sim_server, sim_state):
    async with sim_client(sim_server) as client:
        with pytest.raises(RequestRejected):
            await client.ad_groups(0)
    assert not paths(sim_state, "/openapi/v4/adGroups")
    # The simulator answers Kakao's -813 to a client that sends it anyway.
    answer = httpx.get(
        f"{sim_server}/openapi/v4/adGroups",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": "1234"},
    )
    assert answer.status_code == 400 and answer.json()["code"] == -813


async def test_no_permission_on_an_ad_account_is_a_plain_sentence(sim_server) -> None:
    async with sim_client(sim_server) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.campaigns(ad_account_id=4321)
    assert caught.value.detail_code == 9004
    assert caught.value.plain_message.startswith(
        "Your business token has no permission on this ad account."
    )


# --- error envelopes with HTTP 200 -----------------------------------------------------------


async def test_a_200_answer_carrying_an_error_envelope_is_an_error(sim_server, sim_state):
    sim_state.faults.errors_as_200 = 1
    async with sim_client(sim_server) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.campaigns(ad_account_id=4321)
        assert await client.campaigns()  # the next answer is ordinary again
    assert (caught.value.status, caught.value.code, caught.value.detail_code) == (200, -813, 9004)
    assert "no permission" in caught.value.plain_message


async def test_every_endpoint_reads_the_envelope_in_one_place(kit) -> None:
    envelope = {"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 22406}}
    fake = kit.fake(kit.json(200, envelope))
    async with kit.client(fake) as client:
        for call in (client.cohorts(), client.depth1_locations(), client.ad_group(1)):
            with pytest.raises(MomentApiError) as caught:
                await call
            assert caught.value.detail_code == 22406 and caught.value.status == 200


async def test_an_envelope_with_the_token_error_code_asks_for_a_new_token(kit) -> None:
    fake = kit.fake(kit.json(200, {"code": -401, "msg": "invalid token"}))
    async with kit.client(fake) as client:
        with pytest.raises(AuthenticationError):
            await client.campaigns()


async def test_code_zero_and_lookups_with_a_code_field_are_answers(kit) -> None:
    fake = kit.fake(kit.json(200, {"code": 0, "id": 7, "name": "x", "config": "ON"}))
    async with kit.client(fake) as client:
        assert (await client.campaign(7)).id == 7


# --- PUT: refusals, the edit limit ------------------------------------------------------------


def edited(state: SimulatorState, change) -> dict[str, Any]:
    body = copy.deepcopy(state.ad_groups[SHOWN_GROUP])
    change(body)
    return body


_DONGS: list[dict[str, Any]] = SimulatorState.demo().depth3


def too_many_regions(body: dict[str, Any]) -> None:
    body["targeting"]["depth3Locations"] = copy.deepcopy(_DONGS[:1001])


def two_levels(body: dict[str, Any]) -> None:
    body["targeting"]["depth2Locations"] = [{"value": "I1000", "description": "서울특별시 강남구"}]


def waiting_cohort(body: dict[str, Any]) -> None:
    body["targeting"]["cohortTargetings"] = [{"cohortId": 7, "inclusionType": "INCLUDE"}]


def section_off_bizboard(body: dict[str, Any]) -> None:
    body["placements"] = ["DAUM"]
    body["sectionCategories"] = ["KKO99-1"]


def included_and_excluded(body: dict[str, Any]) -> None:
    body["targeting"]["cohortTargetings"] = [
        {"cohortId": 1, "inclusionType": "INCLUDE"},
        {"cohortId": 1, "inclusionType": "EXCLUDE"},
    ]


def unknown_period(body: dict[str, Any]) -> None:
    body["targeting"]["trackerTargetings"][0]["trackerTargetingTerms"] = ["ONE_YEAR"]


def message_cohort(body: dict[str, Any]) -> None:
    body["targeting"]["cohortTargetings"] = [{"cohortId": 5, "inclusionType": "INCLUDE"}]


@pytest.mark.parametrize(
    ("change", "detail", "sentence"),
    [
        (too_many_regions, 22086, "at most 1,000 regions"),
        (two_levels, 22087, "at two levels"),
        (waiting_cohort, 22406, "not ready to use"),
        (section_off_bizboard, 91001, "Section categories can only be used"),
        (included_and_excluded, 91004, "both included and excluded"),
        (unknown_period, 91007, "targeting period"),
        (message_cohort, 91003, "this campaign type and goal cannot use"),
    ],
)
async def test_kakao_refusals_come_with_their_detail_code_and_a_plain_sentence(
    sim_server, sim_state, change, detail, sentence
) -> None:
    before = copy.deepcopy(sim_state.ad_groups[SHOWN_GROUP])
    async with sim_client(sim_server) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.update_ad_group(edited(sim_state, change))
    assert (caught.value.status, caught.value.code, caught.value.detail_code) == (400, -813, detail)
    assert sentence in caught.value.plain_message
    assert sim_state.ad_groups[SHOWN_GROUP] == before  # nothing stored


async def test_a_put_stores_the_body_as_sent_and_answers_it(sim_server, sim_state) -> None:
    body = edited(sim_state, lambda b: b["targeting"].update(ages=["40"]))
    async with sim_client(sim_server) as client:
        answer = await client.update_ad_group(body)
    stored = sim_state.ad_groups[SHOWN_GROUP]
    assert answer is not None and answer.raw == stored
    assert stored["targeting"]["ages"] == ["40"]
    assert stored["lastModifiedDate"] != body["lastModifiedDate"]
    sent = sim_state.edits[-1].body.decode("utf-8")
    assert "강남구" in sent  # Hangul goes out as UTF-8, as Kakao sends it
    assert json.loads(sent) == body


async def test_the_server_refuses_a_second_edit_within_five_seconds(sim_server, sim_state):
    unpaced = EditPacer(interval=0.0)
    body = sim_state.ad_groups[SHOWN_GROUP]
    async with sim_client(sim_server, unpaced) as client:
        await client.update_ad_group(copy.deepcopy(body))
        with pytest.raises(MomentApiError) as caught:
            await client.update_ad_group(copy.deepcopy(body))
    assert (caught.value.status, caught.value.detail_code) == (429, 91010)
    assert "once every 5 seconds" in caught.value.plain_message
    assert [e.status for e in sim_state.edits] == [200, 429]


async def test_the_client_waits_its_turn_instead_of_being_refused(sim_server, sim_state):
    pacer = EditPacer()  # Kakao's 5 s, for real: the one slow test of this file
    body = sim_state.ad_groups[SHOWN_GROUP]
    async with sim_client(sim_server, pacer) as client:
        started = time.monotonic()
        await client.update_ad_group(copy.deepcopy(body))
        await client.update_ad_group(copy.deepcopy(body))
        took = time.monotonic() - started
    assert [e.status for e in sim_state.edits] == [200, 200]
    assert sim_state.edits[1].at - sim_state.edits[0].at >= 5.0
    assert took >= 5.0 and pacer.waited[0] == 0.0 and pacer.waited[1] > 4.0


async def test_a_put_without_an_id_is_refused_before_sending(sim_server, sim_state) -> None:
    async with sim_client(sim_server) as client:
        with pytest.raises(RequestRejected):
            await client.update_ad_group({"name": "no id"})
    assert not sim_state.edits


async def test_the_token_never_appears_in_put_errors(kit, caplog) -> None:
    fake = kit.fake(
        kit.error(400, -813, 91099, f"bad token {kit.token}"),
    )
    async with kit.client(fake) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.update_ad_group({"id": 1})
    assert kit.token not in str(caught.value) and kit.token not in repr(caught.value)
    assert kit.token not in caplog.text
    assert fake.requests[0].method == "PUT"
