from __future__ import annotations

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
)
from moment_gui.domain.selection import AudienceKind, Inclusion, RegionLevel, pixel_event_key
from moment_gui.services.picks import (
    category_pick,
    cohort_pick,
    customer_file_pick,
    friend_group_pick,
    pixel_pick,
    region_pick,
    sync_profile_pick,
    talk_channel_pick,
)

INC, EXC = Inclusion.INCLUDE, Inclusion.EXCLUDE


def test_region_picks_keep_level_names_and_unknown_keys() -> None:
    d1 = region_pick(
        Location.from_json({"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"})
    )
    assert (d1.value, d1.level, d1.extra) == ("I", RegionLevel.DEPTH1, ())
    raw2 = {
        "value": "B2233",
        "description": "경기도 성남시 분당구",
        "depth1Name": "경기도",
        "depth2Name": "성남시 분당구",
        "newKakaoField": 7,
    }
    d2 = region_pick(Depth2Location.from_json(raw2))
    assert d2.level is RegionLevel.DEPTH2
    assert d2.depth2_name == "성남시 분당구"
    assert d2.extra == (("newKakaoField", 7),)
    raw3 = {
        "value": "I10000101",
        "description": "서울특별시 강남구",
        "depth1Name": "서울특별시",
        "depth2Name": "강남구",
        "depth3Name": "논현1동",
    }
    d3 = region_pick(Depth3Location.from_json(raw3))
    assert d3.path == ("서울특별시", "강남구", "논현1동")


def test_category_picks_carry_code_and_name() -> None:
    assert (
        category_pick(AdServingCategory.from_json({"code": "IAB16", "name": "Pets"})).code
        == "IAB16"
    )
    assert (
        category_pick(SectionCategory.from_json({"code": "KKO99-1", "name": "기타"})).name == "기타"
    )


def test_cohort_pick_keeps_the_facts_the_rules_need() -> None:
    raw = {
        "id": 17,
        "name": "장바구니 방문자",
        "audienceType": "MESSAGE",
        "status": "SEED_NOT_ENOUGH",
        "populationScore": "1200",
    }
    pick = cohort_pick(CohortAvailable.from_json(raw), EXC)
    assert (pick.kind, pick.key, pick.inclusion) == (AudienceKind.COHORT, "17", EXC)
    assert (pick.label, pick.status, pick.population, pick.audience_type) == (
        "장바구니 방문자",
        "SEED_NOT_ENOUGH",
        1200,
        "MESSAGE",
    )


def test_pixel_pick_keys_by_track_event_and_rule() -> None:
    with_rule = PixelAndSdkEvent.from_json(
        {"eventCode": "PageView", "eventName": "페이지뷰", "trackRuleId": "55", "population": 900}
    )
    pick = pixel_pick("383", with_rule, 30, INC)
    assert pick.key == pixel_event_key("383", "PageView", "55")
    assert (pick.track_id, pick.event_code, pick.track_rule_id, pick.term) == (
        "383",
        "PageView",
        "55",
        30,
    )
    assert pick.population == 900
    all_events = PixelAndSdkEvent.from_json({"eventCode": "*", "eventName": "모든 이벤트"})
    assert pixel_pick("383", all_events, 7, INC).key == "383|*|*"


def test_customer_file_pick_keeps_status_and_ready() -> None:
    raw = {"id": 7, "name": "VIP", "status": "COMPLETE", "ready": False, "populationScore": 300}
    pick = customer_file_pick(CustomerFile.from_json(raw), INC)
    assert (pick.kind, pick.key, pick.status, pick.ready, pick.population) == (
        AudienceKind.CUSTOMER_FILE,
        "7",
        "COMPLETE",
        False,
        300,
    )


def test_channel_and_sync_picks_use_the_profile_id() -> None:
    channel = talk_channel_pick(ChannelProfile.from_json({"id": "_xbHxd", "name": "우리가게"}), INC)
    sync = sync_profile_pick(SyncProfile.from_json({"id": "_XLd", "name": "우리앱"}), EXC)
    assert (channel.kind, channel.key, channel.label) == (
        AudienceKind.TALK_CHANNEL,
        "_xbHxd",
        "우리가게",
    )
    assert (sync.kind, sync.key, sync.inclusion) == (AudienceKind.SYNC_PROFILE, "_XLd", EXC)


def test_friend_group_pick_knows_its_channel_and_friend_count() -> None:
    raw = {
        "id": 1468,
        "name": "단골",
        "profileId": "_xbHxd",
        "talkChannelGroupFileStatus": "WAITING",
        "friendCount": "321",
    }
    pick = friend_group_pick(TalkChannelGroupFile.from_json(raw), INC)
    assert (pick.kind, pick.key, pick.status, pick.population, pick.profile_id) == (
        AudienceKind.FRIEND_GROUP,
        "1468",
        "WAITING",
        321,
        "_xbHxd",
    )


def test_a_kakao_data_category_becomes_a_pick_of_its_list() -> None:
    from moment_gui.api.models import DataCategory
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
    from moment_gui.services.picks import data_category_pick

    named = DataCategory.from_json({"id": "I0101", "name": "모바일게임"})
    unnamed = DataCategory.from_json({"id": "B01"})
    assert data_category_pick(named, DataKind.INTEREST) == DataCategoryPick(
        DataKind.INTEREST, "I0101", "모바일게임"
    )
    assert data_category_pick(unnamed, DataKind.BUSINESS_TYPE).name == "B01"


def test_every_one_list_kind_names_a_plain_per_account_endpoint_of_its_items() -> None:
    """A kinds row's `lookup` is what the re-check fetches and `list_pick` reads."""
    from moment_gui.api.models import ENDPOINTS
    from moment_gui.domain.kinds import AUDIENCES
    from moment_gui.services.picks import simple_kinds

    kinds = simple_kinds()
    assert set(kinds) == {k for k, p in AUDIENCES.items() if p.lookup is not None}
    assert {AudienceKind.COHORT, AudienceKind.CUSTOMER_FILE} <= set(kinds)
    for kind, endpoint in kinds.items():
        assert endpoint is ENDPOINTS[AUDIENCES[kind].lookup]
        assert endpoint.params == () and endpoint.per_account
        fields = endpoint.model.__dataclass_fields__
        assert "id" in fields and "name" in fields  # what list_pick needs
    # Lists that need an argument (events per tracker, groups per channel) have their own.
    assert AudienceKind.PIXEL_EVENT not in kinds and AudienceKind.FRIEND_GROUP not in kinds


def test_list_pick_takes_the_facts_a_model_has_and_leaves_the_others_empty() -> None:
    from moment_gui.services.picks import list_pick

    raw = {"id": 9, "name": "VIP", "status": "COMPLETE", "ready": False, "populationScore": 12}
    f = list_pick(AudienceKind.CUSTOMER_FILE, CustomerFile.from_json(raw), EXC)
    assert (f.kind, f.key, f.label, f.inclusion) == (AudienceKind.CUSTOMER_FILE, "9", "VIP", EXC)
    assert (f.status, f.ready, f.population, f.audience_type) == ("COMPLETE", False, 12, None)
    c = list_pick(
        AudienceKind.TALK_CHANNEL, ChannelProfile.from_json({"id": "_x", "name": "숍"}), INC
    )
    assert (c.key, c.label, c.status, c.ready, c.population) == ("_x", "숍", None, None, None)
