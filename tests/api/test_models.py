"""The models read the seed's own sample answers, in every date and count format it uses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from moment_gui.api import (
    AdServingCategory,
    ChannelProfile,
    CohortAvailable,
    CustomerFile,
    Depth2Location,
    Depth3Location,
    Location,
    MomentApiError,
    PixelAndSdkEvent,
    SectionCategory,
    SyncProfile,
    TalkChannelGroupFile,
    Tracker,
    UnexpectedResponse,
)
from moment_gui.api._parse import loads_lenient, parse_count, parse_date
from moment_gui.api.models import parse_list

# Verbatim from the seed, trailing commas included.
SEED_DEPTH1 = """[
{
"value": "A",
"description": "강원도",
"depth1Name": "강원도",
},
{
"value": "B",
"description": "경기도",
"depth1Name": "경기도",
},
]"""

SEED_DEPTH3 = """[
{
"value": "I10000101",
"description": "서울특별시 강남구",
"depth1Name": "서울특별시",
"depth2Name": "강남구",
"depth3Name" : "논현1동"
}
]"""

SEED_COHORTS = """[
{
"adAccountId": 1234,
"id": 1,
"audienceType": "DISPLAY",
"name": "first_ad_response_target",
"baseAds": [
{
"campaign": {
"id": 5678,
"name": "first_campaign",
"campaignTypeGoal": {
"campaignType": "DISPLAY",
"goal": "VISITING"
}
},
"adGroup": {
"id": 9012,
"name": "first_ad_group"
},
"operation": "MINUS",
"firstIndicator": "OPEN",
"secondIndicator": "CLICK"
}
],
"collectDuration": 90,
"status": "AVAILABLE",
"createdDate": "2018-02-07 10:46:12",
"lastModifiedDate": "2020-07-07 19:15:38"
}
]"""

SEED_PIXEL = """[
{
"lastEventDate": "2019.10.16 19:36",
"eventCode": "*",
"eventName": "모든 이벤트",
"trackRuleId": "*",
"population": 15300000
},
{
"trackRule": {
"trackRuleId": "*",
"trackId": "3830610710806837838",
"eventCode": "PageView",
"name": "visit",
"ruleSetStr": "[]"
},
"lastEventDate": "2019.10.16 19:36",
"eventCode": "PageView",
"eventName": "visit",
"trackRuleId": "*",
"population": 15290918
}
]"""

SEED_CUSTOMER_FILES = """[
{
"id": 1,
"adAccountId": 1234,
"name": "first_customer file",
"adidListKey": "123456789abcdefghijklmn",
"status": "COMPLETE",
"populationScore": 100,
"ready": true,
"createdDate": "2020-01-01 00:00",
"lastModifyRequestDate": "2020-01-01 00:00"
}
]"""

SEED_FRIEND_GROUPS = """[
{
"id": 1468,
"profileId": "_Xxju",
"name": "test",
"talkChannelGroupFileStatus": "COMPLETE",
"fileType": "MESSAGE_RETARGET",
"groupKey": "bd7d86fc21464e46969f18a83857e0c2",
"createdDate": "2022-07-25T16:12:43",
"populationUpdateDate": "2022-07-25T16:50:30"
},
{
"id": 528,
"profileId": "_Xxju",
"name": "multiple_message_ad_group",
"talkChannelGroupFileStatus": "COMPLETE",
"fileType": "MESSAGE_RETARGET",
"groupKey": "422b3f1e3a7b4e4db0a5285000ef9150",
"createdDate": "2020-08-10T15:28:05"
}
]"""


def test_seed_depth1_sample_with_trailing_commas_parses() -> None:
    regions = parse_list(Location, loads_lenient(SEED_DEPTH1), "regions")
    assert regions == [Location("A", "강원도", "강원도"), Location("B", "경기도", "경기도")]
    assert regions[0].raw == {"value": "A", "description": "강원도", "depth1Name": "강원도"}


def test_depth3_keeps_the_whole_object_in_raw_for_the_export() -> None:
    (dong,) = parse_list(Depth3Location, loads_lenient(SEED_DEPTH3), "regions")
    assert (dong.value, dong.depth2_name, dong.depth3_name) == ("I10000101", "강남구", "논현1동")
    assert dong.raw["depth3Name"] == "논현1동"
    assert "raw" not in repr(dong)


def test_seed_cohort_sample_reads_base_ads_and_space_separated_dates() -> None:
    (cohort,) = parse_list(CohortAvailable, loads_lenient(SEED_COHORTS), "cohorts")
    assert cohort.id == 1 and cohort.ad_account_id == 1234 and cohort.audience_type == "DISPLAY"
    assert cohort.created_date == datetime(2018, 2, 7, 10, 46, 12)
    assert cohort.last_modified_date == datetime(2020, 7, 7, 19, 15, 38)
    assert cohort.population_score is None  # not in the sample: defaulted, not a KeyError
    (base_ad,) = cohort.base_ads
    assert base_ad.campaign is not None and base_ad.campaign.goal == "VISITING"
    assert base_ad.campaign.campaign_type == "DISPLAY"
    assert base_ad.ad_group is not None and base_ad.ad_group.id == 9012
    assert (base_ad.operation, base_ad.first_indicator, base_ad.second_indicator) == (
        "MINUS",
        "OPEN",
        "CLICK",
    )


def test_seed_pixel_sample_reads_dotted_dates_and_the_all_events_entry_without_rule() -> None:
    all_events, page_view = parse_list(PixelAndSdkEvent, loads_lenient(SEED_PIXEL), "events")
    assert all_events.event_code == "*" and all_events.track_rule is None
    assert all_events.last_event_date == datetime(2019, 10, 16, 19, 36)
    assert all_events.population == 15_300_000
    assert page_view.track_rule is not None
    assert page_view.track_rule.track_id == "3830610710806837838"
    assert page_view.track_rule.rule_set_str == "[]"


def test_seed_customer_file_sample_reads_minute_dates_and_ready_flag() -> None:
    (file,) = parse_list(CustomerFile, loads_lenient(SEED_CUSTOMER_FILES), "files")
    assert file.created_date == datetime(2020, 1, 1, 0, 0)
    assert file.ready is True and file.population_score == 100 and file.status == "COMPLETE"
    assert file.adid_list_key == "123456789abcdefghijklmn"


def test_seed_friend_group_sample_reads_iso_dates_and_missing_update_date() -> None:
    first, last = parse_list(TalkChannelGroupFile, loads_lenient(SEED_FRIEND_GROUPS), "groups")
    assert first.created_date == datetime(2022, 7, 25, 16, 12, 43)
    assert first.population_update_date == datetime(2022, 7, 25, 16, 50, 30)
    assert last.population_update_date is None
    assert first.friend_count is None and first.app_id is None
    assert first.file_type == "MESSAGE_RETARGET" and first.profile_id == "_Xxju"


def test_counts_sent_as_strings_become_ints() -> None:
    file = CustomerFile.from_json({"id": "7", "populationScore": "100", "ready": "true"})
    assert (file.id, file.population_score, file.ready) == (7, 100, True)
    group = TalkChannelGroupFile.from_json({"id": 1, "friendCount": "1,234", "appId": "99"})
    assert (group.friend_count, group.app_id) == (1234, 99)
    assert CohortAvailable.from_json({"id": 1, "populationScore": "15300000"}).population_score == (
        15_300_000
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-01T00:00:00", datetime(2020, 1, 1)),
        ("2018-02-07 10:46:12", datetime(2018, 2, 7, 10, 46, 12)),
        ("2020-01-01 00:00", datetime(2020, 1, 1)),
        ("2019.10.16 19:36", datetime(2019, 10, 16, 19, 36)),
        ("2022-07-25T16:12:43", datetime(2022, 7, 25, 16, 12, 43)),
        ("not a date", None),
        ("", None),
    ],
)
def test_every_seed_date_format_parses(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_unparseable_counts_become_none_not_errors() -> None:
    assert [parse_count(v) for v in ("lots", None, True, [1], "12.0")] == [
        None,
        None,
        None,
        None,
        12,
    ]


def test_unknown_fields_are_ignored_but_kept_in_raw() -> None:
    region = Depth2Location.from_json(
        {
            "value": "I1000",
            "description": "서울특별시 강남구",
            "depth1Name": "서울특별시",
            "depth2Name": "강남구",
            "newField": {"x": 1},
        }
    )
    assert region.raw["newField"] == {"x": 1}
    assert region == Depth2Location("I1000", "서울특별시 강남구", "서울특별시", "강남구")


@pytest.mark.parametrize(
    ("model", "obj"),
    [
        (Location, {"description": "강원도"}),
        (Depth2Location, {"value": None}),
        (Depth3Location, {"value": ""}),
        (AdServingCategory, {"name": "애완동물"}),
        (SectionCategory, {"code": ["KKO99-1"]}),
        (CohortAvailable, {"name": "no id"}),
        (CohortAvailable, {"id": "one"}),
        (PixelAndSdkEvent, {"eventName": "visit"}),
        (CustomerFile, {"id": True}),
        (ChannelProfile, {"name": "no id"}),
        (SyncProfile, {}),
        (TalkChannelGroupFile, {"id": 1.5}),
        (Tracker, {"name": "no id"}),
    ],
)
def test_missing_identity_field_is_an_unexpected_shape_not_a_key_error(
    model: Any, obj: dict[str, object]
) -> None:
    with pytest.raises(MomentApiError, match="unexpected response shape"):
        model.from_json(obj)


def test_an_object_where_a_list_is_expected_is_an_unexpected_shape() -> None:
    with pytest.raises(UnexpectedResponse, match="Expected a list"):
        parse_list(Location, {"value": "A"}, "regions")
    with pytest.raises(UnexpectedResponse, match="Expected an object"):
        parse_list(Location, ["A"], "regions")


def test_tracker_id_is_read_from_id_or_track_id() -> None:
    assert Tracker.from_json({"id": 383, "name": "픽셀"}).id == "383"
    assert Tracker.from_json({"trackId": "3830610710806837838", "name": "픽셀"}).id == (
        "3830610710806837838"
    )


def test_trailing_comma_repair_never_touches_commas_inside_names() -> None:
    assert loads_lenient('[{"name": "a, }b",},]') == [{"name": "a, }b"}]


def test_truncated_json_still_fails() -> None:
    with pytest.raises(ValueError):
        loads_lenient('[{"value": "A",')
