"""The ad-group round trip over real HTTP against the simulator (issue 11, "Done when"):
open → edit → apply → read back equal, emptied lists sent as [], unknown keys kept
byte-for-byte, both Pixel period spellings, refusals per detail code with their panel,
200-with-error answers, and a change made on Kakao between open and apply."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from moment_gui.api.client import MomentClient
from moment_gui.api.errors import MomentApiError
from moment_gui.api.pacing import EditPacer
from moment_gui.domain.campaign import CampaignType, Goal
from moment_gui.domain.selection import AudienceKind, AudiencePick, Inclusion, RegionPick
from moment_gui.services.adgroups import (
    AdGroupService,
    ApplyRefused,
    ChangedOnKakao,
    OpenedAdGroup,
)
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState

T = TypeVar("T")
ACCOUNT = DEMO_AD_ACCOUNT_ID
FIRST = 800107  # Display x Visiting: regions at three levels, `term` spelling
SECOND = 800108  # the same campaign's 2021-spelled ad group with undocumented keys


def run(base_url: str, work: Callable[[AdGroupService], Awaitable[T]]) -> T:
    async def go() -> T:
        client = MomentClient(
            DEMO_TOKEN,
            ACCOUNT,
            base_url=base_url,
            retry_wait_initial=0.0,
            retry_wait_max=0.0,
            edit_pacer=EditPacer(),  # a fresh turn per test: tests do not wait for each other
        )
        async with client:
            return await work(AdGroupService(client))

    return asyncio.run(go())


def put_bodies(state: SimulatorState) -> list[dict[str, Any]]:
    return [json.loads(e.body) for e in state.edits]


def text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_accounts_campaigns_and_ad_groups_are_listed(sim_server: str) -> None:
    async def work(service: AdGroupService) -> tuple[Any, Any, Any]:
        accounts = await service.ad_accounts()
        campaigns = await service.campaigns(ACCOUNT)
        groups = await service.ad_groups(ACCOUNT, campaigns[3].id)
        return accounts, campaigns, groups

    accounts, campaigns, groups = run(sim_server, work)
    assert len(accounts) == 23 and accounts[0].id == ACCOUNT
    assert len(campaigns) == 8
    assert [g.id for g in groups] == [FIRST, SECOND]


def test_opening_fills_the_picks_with_the_campaign_and_placements_from_kakao(sim_server) -> None:
    opened = run(sim_server, lambda s: s.open(ACCOUNT, FIRST))
    ctx = opened.selection.campaign
    assert ctx is not None and (ctx.campaign_type, ctx.goal) == (
        CampaignType.DISPLAY,
        Goal.VISITING,
    )
    assert {p.value for p in ctx.placements} == {"KAKAO_TALK", "DAUM", "NETWORK"}
    assert {r.level for r in opened.selection.regions} == {1, 2, 3}
    assert [c.code for c in opened.selection.ad_serving_categories] == ["IAB16", "IAB8"]
    assert opened.origin.as_opened == opened.ad_group.raw
    top = dict(opened.selection.passthrough_top)
    assert top["bidAmount"] == 180 and "schedule" in top


def test_open_edit_apply_and_the_read_back_matches(sim_server, sim_state) -> None:
    async def work(service: AdGroupService) -> tuple[OpenedAdGroup, Any, Any]:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection.without_regions([opened.selection.regions[0].value])
        picks = picks.with_regions([RegionPick("K", "인천광역시", "인천광역시")])
        picks = picks.without_audience(AudienceKind.COHORT, "3")
        picks = picks.with_audience(
            AudiencePick(AudienceKind.COHORT, "16", Inclusion.INCLUDE, "영상 완주 + 앱 전환")
        )
        preview = await service.preview_apply(opened.origin, picks)
        result = await service.apply(preview)
        return opened, preview, result

    _opened, preview, result = run(sim_server, work)
    assert preview.has_changes and preview.changed_on_kakao == ()
    assert preview.changes.counts() == {"regions": (1, 1, 0), "cohort": (1, 1, 0)}
    assert result.matches, result.mismatch.render()
    stored = sim_state.ad_groups[FIRST]
    cohorts = stored["targeting"]["cohortTargetings"]
    assert cohorts == [
        {"cohortId": 1, "inclusionType": "INCLUDE"},
        {"cohortId": 16, "inclusionType": "INCLUDE"},
    ]
    assert "K" in {r["value"] for r in stored["targeting"]["locations"]}
    assert put_bodies(sim_state) == [preview.body]
    # The read back is the new baseline: applying it again changes nothing on Kakao.
    assert result.read_back.ad_group.raw == stored


def test_an_emptied_list_is_sent_as_an_empty_list_and_stays_empty(sim_server, sim_state):
    async def work(service: AdGroupService) -> Any:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection
        for a in picks.audiences_of(AudienceKind.CUSTOMER_FILE):
            picks = picks.without_audience(a.kind, a.key)
        picks = picks.without_ad_serving_categories(["IAB16", "IAB8"])
        return await service.apply(await service.preview_apply(opened.origin, picks))

    result = run(sim_server, work)
    sent = put_bodies(sim_state)[0]
    assert sent["targeting"]["customerFileTargetings"] == []
    assert sent["adServingCategories"] == []
    assert sim_state.ad_groups[FIRST]["targeting"]["customerFileTargetings"] == []
    assert result.matches
    assert not result.read_back.selection.audiences_of(AudienceKind.CUSTOMER_FILE)


def test_unknown_keys_at_both_levels_are_kept_byte_for_byte(sim_server, sim_state) -> None:
    before = json.loads(json.dumps(sim_state.ad_groups[SECOND]))

    async def work(service: AdGroupService) -> Any:
        opened = await service.open(ACCOUNT, SECOND)
        picks = opened.selection.without_audience(AudienceKind.SYNC_PROFILE, "_XLd")
        return await service.apply(await service.preview_apply(opened.origin, picks))

    assert run(sim_server, work).matches
    sent_text = sim_state.edits[0].body.decode("utf-8")
    after = sim_state.ad_groups[SECOND]
    for key in ("frequencyCap", "creativeOptimization", "schedule", "deviceTypes", "bidAmount"):
        assert text(after[key]) == text(before[key])
        assert f'"{key}":{json.dumps(before[key], ensure_ascii=False, separators=(",", ":"))}' in (
            sent_text
        )
    for key in ("audienceExpansion", "ages", "genders"):
        assert text(after["targeting"][key]) == text(before["targeting"][key])
    # Kakao's order of keys, top and targeting, is kept too.
    assert list(after) == list(before)
    assert [k for k in after["targeting"]] == [k for k in before["targeting"]]
    # The untouched Pixel items went back exactly as sent: ids, names and period spelling.
    assert text(after["targeting"]["trackerTargetings"]) == text(
        before["targeting"]["trackerTargetings"]
    )


def test_both_pixel_period_spellings_are_read_from_live_ad_groups(sim_server) -> None:
    async def work(service: AdGroupService) -> tuple[OpenedAdGroup, OpenedAdGroup]:
        return await service.open(ACCOUNT, FIRST), await service.open(ACCOUNT, SECOND)

    by_days, by_names = run(sim_server, work)
    assert [a.term for a in by_days.selection.audiences_of(AudienceKind.PIXEL_EVENT)] == [30]
    assert [a.term for a in by_names.selection.audiences_of(AudienceKind.PIXEL_EVENT)] == [30, 90]
    assert by_days.wire_check.is_clean is False  # createdDate etc. are not in our table
    spelled = [f.path for f in by_names.wire_check.findings if f.kind.value == "other_spelling"]
    assert spelled == ["targeting.trackerTargetings[].trackerTargetingTerms"]


def test_a_changed_period_goes_back_in_the_ad_groups_own_spelling(sim_server, sim_state):
    async def work(service: AdGroupService) -> Any:
        opened = await service.open(ACCOUNT, SECOND)
        pixel = opened.selection.audiences_of(AudienceKind.PIXEL_EVENT)[0]
        picks = opened.selection.with_audience(dataclasses.replace(pixel, term=60))
        return await service.apply(await service.preview_apply(opened.origin, picks))

    assert run(sim_server, work).matches
    item = sim_state.ad_groups[SECOND]["targeting"]["trackerTargetings"][0]
    assert item["trackerTargetingTerms"] == ["TWO_MONTHS"] and "term" not in item


def region_pick(state: SimulatorState, value: str) -> RegionPick:
    r = state.region(value)
    return RegionPick(r["value"], r["description"], r["depth1Name"], r.get("depth2Name"))


@pytest.mark.parametrize(
    ("edit", "detail", "panel"),
    [
        ("two_levels", 22087, "regions"),
        ("too_many", 22086, "regions"),
        ("waiting_cohort", 22406, "audiences"),
        ("message_cohort", 91003, "audiences"),
    ],
)
def test_refusals_name_their_detail_code_and_panel_and_keep_the_picks(
    sim_server, sim_state, edit, detail, panel
) -> None:
    before = json.loads(json.dumps(sim_state.ad_groups[FIRST]))

    async def work(service: AdGroupService) -> tuple[Any, ApplyRefused]:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection
        if edit == "two_levels":
            picks = picks.with_regions([region_pick(sim_state, "I")])  # 서울 + its 구
        elif edit == "too_many":
            dongs = sim_state.depth3[200:1201]
            picks = picks.with_regions(
                RegionPick(
                    d["value"], d["description"], d["depth1Name"], d["depth2Name"], d["depth3Name"]
                )
                for d in dongs
            )
        else:
            cohort = "7" if edit == "waiting_cohort" else "5"
            picks = picks.with_audience(
                AudiencePick(AudienceKind.COHORT, cohort, Inclusion.INCLUDE, "x")
            )
        preview = await service.preview_apply(opened.origin, picks)
        with pytest.raises(ApplyRefused) as caught:
            await service.apply(preview)
        return picks, caught.value

    picks, refusal = run(sim_server, work)
    assert (refusal.detail_code, refusal.panel) == (detail, panel)
    assert refusal.one_line().startswith(f"Kakao refused the change (detail {detail}): ")
    assert sim_state.ad_groups[FIRST] == before  # Kakao kept the ad group as it was
    assert picks.regions and picks.audiences  # nothing the planner picked is lost


def test_a_refusal_that_arrives_with_http_200_is_a_refusal(sim_server, sim_state) -> None:
    async def work(service: AdGroupService) -> ApplyRefused:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection.with_audience(
            AudiencePick(AudienceKind.COHORT, "7", Inclusion.INCLUDE, "대기")
        )
        preview = await service.preview_apply(opened.origin, picks)
        sim_state.faults.errors_as_200 = 1
        with pytest.raises(ApplyRefused) as caught:
            await service.apply(preview)
        return caught.value

    refusal = run(sim_server, work)
    assert (refusal.error.status, refusal.detail_code) == (200, 22406)


def test_a_change_on_kakao_between_open_and_apply_is_noticed(sim_server, sim_state) -> None:
    sim_state.change_after_next_read(FIRST, lambda g: g.update(bidAmount=250))

    async def work(service: AdGroupService) -> tuple[Any, ChangedOnKakao]:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection.without_audience(AudienceKind.COHORT, "3")
        preview = await service.preview_apply(opened.origin, picks)
        with pytest.raises(ChangedOnKakao) as caught:
            await service.apply(preview)
        return preview, caught.value

    preview, changed = run(sim_server, work)
    assert preview.changed_on_kakao == ("bidAmount",)
    assert changed.paths == ("bidAmount",) and "bidAmount" in str(changed)
    assert not sim_state.edits  # nothing sent


def test_applying_anyway_keeps_the_other_persons_change_outside_the_picks(sim_server, sim_state):
    sim_state.change_after_next_read(FIRST, lambda g: g.update(bidAmount=250))

    async def work(service: AdGroupService) -> Any:
        opened = await service.open(ACCOUNT, FIRST)
        picks = opened.selection.without_audience(AudienceKind.COHORT, "3")
        preview = await service.preview_apply(opened.origin, picks)
        return await service.apply(preview, replace_changes=True)

    assert run(sim_server, work).matches
    stored = sim_state.ad_groups[FIRST]
    assert stored["bidAmount"] == 250
    assert stored["targeting"]["cohortTargetings"] == [{"cohortId": 1, "inclusionType": "INCLUDE"}]


def test_a_change_between_preview_and_apply_stops_the_apply(sim_server, sim_state) -> None:
    async def work(service: AdGroupService) -> ChangedOnKakao:
        opened = await service.open(ACCOUNT, FIRST)
        preview = await service.preview_apply(opened.origin, opened.selection)
        sim_state.change_ad_group(
            FIRST,
            lambda g: g["targeting"]["cohortTargetings"].append(
                {"cohortId": 2, "inclusionType": "INCLUDE"}
            ),
        )
        with pytest.raises(ChangedOnKakao) as caught:
            await service.apply(preview, replace_changes=True)
        return caught.value

    assert run(sim_server, work).paths == ("targeting.cohortTargetings",)
    assert not sim_state.edits


def test_no_permission_on_the_account_is_a_plain_error(sim_server) -> None:
    async def work(service: AdGroupService) -> MomentApiError:
        with pytest.raises(MomentApiError) as caught:
            await service.campaigns(4321)
        return caught.value

    assert run(sim_server, work).detail_code == 9004


def test_the_demo_lookups_and_the_round_trip_share_one_simulated_world() -> None:
    from moment_gui.demo import make_demo_lookups

    state = SimulatorState.demo()
    lookups = make_demo_lookups(state=state)
    service = AdGroupService.of(lookups)

    async def work() -> OpenedAdGroup:
        try:
            opened = await service.open(ACCOUNT, FIRST)
            cohorts = await lookups.cohorts()
            assert {c.id for c in cohorts.items} >= {1, 3}
            return opened
        finally:
            await lookups.aclose()

    opened = asyncio.run(work())
    assert opened.ad_group.raw == state.ad_groups[FIRST]
    asked = [r.path for r in state.requests]
    assert f"/openapi/v4/adGroups/{FIRST}" in asked
    assert "/openapi/v4/adGroups/targetings/cohort/availables" in asked


def test_opened_picks_get_todays_names_and_statuses_without_changing_the_wire() -> None:
    from moment_gui.demo import make_demo_lookups
    from moment_gui.domain.fragment import to_fragment
    from moment_gui.services.adgroups import describe_picks

    state = SimulatorState.demo()
    lookups = make_demo_lookups(state=state)
    service = AdGroupService.of(lookups)

    async def work() -> tuple[OpenedAdGroup, Any, Any]:
        try:
            first = await service.open(ACCOUNT, FIRST)
            channel = await service.open(ACCOUNT, 800111)  # Talk Channel x Reach: a friend group
            return (
                first,
                await describe_picks(lookups, first.selection),
                await describe_picks(lookups, channel.selection),
            )
        finally:
            await lookups.aclose()

    opened, named, channel_named = asyncio.run(work())
    cohorts = {a.key: a for a in named.audiences_of(AudienceKind.COHORT)}
    assert cohorts["1"].label == "봄 세일 광고 클릭자" and cohorts["1"].status == "AVAILABLE"
    assert cohorts["3"].population is not None
    assert named.ad_serving_categories[0].name == "애완동물"
    assert to_fragment(named) == to_fragment(opened.selection)  # what reaches Kakao is the same
    group = channel_named.audiences_of(AudienceKind.FRIEND_GROUP)[0]
    assert (group.key, group.profile_id, group.status) == ("1317", "_xbHxd", "COMPLETE")
    assert group.label == "모먼트 스토어 메시지 재방문"
