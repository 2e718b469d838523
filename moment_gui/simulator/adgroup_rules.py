"""What Kakao checks in a `PUT /adGroups` body, and the error body it answers with.

Kakao's own rules (shared doc §4): at most 1,000 regions (22086), never an area at two levels
(22087), only usable audiences (22406), section categories only for Kakao Bizboard on Kakao
Talk, no Network placement categories for Display x Conversion, message audiences and friend
groups only for message campaigns, nothing both included and excluded. Numbers not published
by Kakao are the simulator's own (errors.py). The first broken rule is answered, in this order.

Written here again rather than imported from domain/: the simulator stands alone, so a
mistake in the app's rules cannot hide the same mistake in its stand-in for Kakao.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from moment_gui.simulator import errors
from moment_gui.simulator.errors import ApiError
from moment_gui.simulator.state import JsonObject, SimulatorState

MAX_REGIONS = 1000
REGION_LISTS = ("locations", "depth2Locations", "depth3Locations")
# The periods the 2021 bodies spell in `trackerTargetingTerms` [observed]; days [unconfirmed].
TRACKER_TERMS = {"ONE_MONTH": 30, "TWO_MONTHS": 60, "THREE_MONTHS": 90, "FOUR_MONTHS": 120}
TERM_MIN, TERM_MAX = 1, 180
MESSAGE_CAMPAIGNS = {("TALK_CHANNEL", "REACH"), ("PERSONAL_MESSAGE", "REACH")}


def bad_body(message: str) -> ApiError:
    return errors.bad_parameter(message)


def check_ad_group(
    state: SimulatorState, account: int, stored: JsonObject, body: JsonObject
) -> None:
    """Raise the ApiError Kakao would answer for `body` replacing `stored`; None if valid."""
    campaign_ref = body.get("campaign")
    if not isinstance(campaign_ref, dict) or campaign_ref.get("id") != stored["campaign"]["id"]:
        raise errors.business_error(400, errors.CAMPAIGN_CHANGED)
    campaign = state.campaign(stored["campaign"]["id"]) or {}
    type_goal = campaign.get("campaignTypeGoal") or {}
    pair = (type_goal.get("campaignType"), type_goal.get("goal"))
    targeting = body.get("targeting", {})
    if not isinstance(targeting, dict):
        raise bad_body("targeting은 객체여야 합니다.")
    _check_regions(state, targeting)
    placements = body.get("placements") or []
    _check_categories(state, body, pair, placements)
    _check_audiences(state, account, targeting, pair)


def _items(container: JsonObject, key: str) -> list[JsonObject]:
    value = container.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise bad_body(f"{key}는 객체의 배열이어야 합니다.")
    return value


def _check_regions(state: SimulatorState, targeting: JsonObject) -> None:
    known = {r["value"] for r in (*state.depth1, *state.depth2, *state.depth3)}
    values: list[str] = []
    for key in REGION_LISTS:
        for item in _items(targeting, key):
            value = item.get("value")
            if not isinstance(value, str) or value not in known:
                raise errors.business_error(400, errors.UNKNOWN_REGION)
            values.append(value)
    if len(set(values)) > MAX_REGIONS:
        raise errors.business_error(400, errors.TOO_MANY_REGIONS)
    if _two_levels(set(values)):
        raise errors.business_error(400, errors.REGION_AT_TWO_LEVELS)


def _two_levels(values: set[str]) -> bool:
    # Keys nest by prefix (shared doc §5): "I" ⊃ "I1000" ⊃ "I10000101".
    for value in values:
        for cut in (1, 5):
            if len(value) > cut and value[:cut] in values:
                return True
    return False


def _codes(body: JsonObject, key: str) -> list[str]:
    value = body.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad_body(f"{key}는 코드 문자열의 배열이어야 합니다.")
    return value


def _check_categories(
    state: SimulatorState, body: JsonObject, pair: tuple[Any, Any], placements: Any
) -> None:
    sections = _codes(body, "sectionCategories")
    serving = _codes(body, "adServingCategories")
    if sections and not (pair[0] == "TALK_BIZ_BOARD" and "KAKAO_TALK" in placements):
        raise errors.business_error(400, errors.SECTION_NOT_ALLOWED)
    if serving and pair == ("DISPLAY", "CONVERSION"):
        raise errors.business_error(400, errors.AD_SERVING_NOT_ALLOWED)
    known_sections = {c["code"] for c in state.section_categories}
    known_serving = {c["code"] for c in state.ad_serving_categories}
    if set(sections) - known_sections or set(serving) - known_serving:
        raise bad_body("존재하지 않는 카테고리 코드입니다.")


def _check_audiences(
    state: SimulatorState, account: int, targeting: JsonObject, pair: tuple[Any, Any]
) -> None:
    seen: dict[tuple[str, str], str] = {}
    for kind, identity, inclusion in _audience_refs(state, account, targeting, pair):
        if inclusion not in ("INCLUDE", "EXCLUDE"):
            raise bad_body("inclusionType은 INCLUDE 또는 EXCLUDE여야 합니다.")
        earlier = seen.setdefault((kind, identity), inclusion)
        if earlier != inclusion:
            raise errors.business_error(400, errors.INCLUDED_AND_EXCLUDED)


def _audience_refs(
    state: SimulatorState, account: int, targeting: JsonObject, pair: tuple[Any, Any]
) -> Iterable[tuple[str, str, Any]]:
    cohorts = {c["id"]: c for c in state.cohorts if c["adAccountId"] == account}
    for item in _items(targeting, "cohortTargetings"):
        cohort = cohorts.get(item.get("cohortId"))
        if cohort is None:
            raise errors.business_error(400, errors.UNKNOWN_AUDIENCE)
        if cohort["status"] != "AVAILABLE":
            raise errors.business_error(400, errors.AUDIENCE_NOT_AVAILABLE)
        if cohort["audienceType"] == "MESSAGE" and pair not in MESSAGE_CAMPAIGNS:
            raise errors.business_error(400, errors.AUDIENCE_NOT_ALLOWED)
        yield "cohort", str(cohort["id"]), item.get("inclusionType")
    files = {f["id"]: f for f in state.customer_files if f["adAccountId"] == account}
    for item in _items(targeting, "customerFileTargetings"):
        file = files.get(item.get("customerFileId"))
        if file is None:
            raise errors.business_error(400, errors.UNKNOWN_AUDIENCE)
        if file["status"] != "COMPLETE" or not file.get("ready"):
            raise errors.business_error(400, errors.AUDIENCE_NOT_AVAILABLE)
        yield "file", str(file["id"]), item.get("inclusionType")
    yield from _tracker_refs(state, account, targeting)
    for key, known in (
        ("talkChannelTargetings", {c["id"] for c in state.talk_channels}),
        ("syncAppTargetings", {p["id"] for p in state.sync_profiles}),
    ):
        for item in _items(targeting, key):
            if item.get("profileId") not in known:
                raise errors.business_error(400, errors.UNKNOWN_AUDIENCE)
            yield key, str(item["profileId"]), item.get("inclusionType")
    groups = {g["id"]: g for g in state.talk_channel_group_files}
    for item in _items(targeting, "talkChannelGroupFileTargetings"):
        group = groups.get(item.get("talkChannelGroupFileId"))
        if group is None:
            raise errors.business_error(400, errors.UNKNOWN_AUDIENCE)
        if pair != ("TALK_CHANNEL", "REACH"):
            raise errors.business_error(400, errors.AUDIENCE_NOT_ALLOWED)
        if group["talkChannelGroupFileStatus"] != "COMPLETE":
            raise errors.business_error(400, errors.AUDIENCE_NOT_AVAILABLE)
        yield "friend_group", str(group["id"]), item.get("inclusionType")


def _tracker_refs(
    state: SimulatorState, account: int, targeting: JsonObject
) -> Iterable[tuple[str, str, Any]]:
    trackers = {t["id"]: t for t in state.trackers if t["adAccountId"] == account}
    for item in _items(targeting, "trackerTargetings"):
        tracker = trackers.get(item.get("trackId"))
        events = tracker["events"] if tracker else []
        event = (item.get("eventCode"), item.get("trackRuleId"))
        if not any((e["eventCode"], e.get("trackRuleId", "*")) == event for e in events):
            raise errors.business_error(400, errors.UNKNOWN_AUDIENCE)
        if not _valid_period(item):
            raise errors.business_error(400, errors.BAD_TRACKER_TERM)
        yield "tracker", f"{item['trackId']}|{event[0]}|{event[1]}", item.get("inclusionType")


def _valid_period(item: JsonObject) -> bool:
    """Either spelling, not both: `term` 1..180 days, or `trackerTargetingTerms` names."""
    term = item.get("term")
    terms = item.get("trackerTargetingTerms")
    if term is not None and terms is not None:
        return False
    if terms is not None:
        return (
            isinstance(terms, list)
            and len(terms) >= 1
            and all(isinstance(t, str) and t in TRACKER_TERMS for t in terms)
        )
    return isinstance(term, int) and not isinstance(term, bool) and TERM_MIN <= term <= TERM_MAX
