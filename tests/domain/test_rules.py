"""Every rule of shared doc §4 fires when it should, stays quiet otherwise, and its fixes work."""

from __future__ import annotations

from dataclasses import replace

import pytest

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.rules import (
    MAX_REGIONS,
    MESSAGES,
    Problem,
    RuleId,
    Severity,
    check,
    has_errors,
)
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)

INC, EXC = Inclusion.INCLUDE, Inclusion.EXCLUDE
SEOUL = RegionPick("I", "서울특별시", "서울특별시")
GANGNAM = RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구")
GANGDONG = RegionPick("I1001", "서울특별시 강동구", "서울특별시", "강동구")
NONHYEON = RegionPick("I10000101", "서울특별시 강남구", "서울특별시", "강남구", "논현1동")
BUNDANG = RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구")


def ctx(t: CampaignType, g: Goal, *placements: Placement) -> CampaignContext:
    return CampaignContext(t, g, frozenset(placements))


DISPLAY_CONV = ctx(CampaignType.DISPLAY, Goal.CONVERSION)
DISPLAY_VISIT = ctx(CampaignType.DISPLAY, Goal.VISITING)
BIZBOARD_TALK = ctx(CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION, Placement.KAKAO_TALK)
CHANNEL_REACH = ctx(CampaignType.TALK_CHANNEL, Goal.REACH)
MESSAGE_REACH = ctx(CampaignType.PERSONAL_MESSAGE, Goal.REACH)


def cohort(
    key: str,
    inclusion: Inclusion = INC,
    status: str | None = "AVAILABLE",
    audience_type: str | None = "DISPLAY",
    label: str | None = None,
) -> AudiencePick:
    return AudiencePick(
        AudienceKind.COHORT,
        key,
        inclusion,
        label or f"cohort {key}",
        status=status,
        audience_type=audience_type,
    )


def rules_of(problems: list[Problem]) -> list[RuleId]:
    return [p.rule for p in problems]


def only(problems: list[Problem], rule: RuleId) -> Problem:
    found = [p for p in problems if p.rule is rule]
    assert len(found) == 1, problems
    return found[0]


def sel(campaign: CampaignContext | None = DISPLAY_VISIT, **kw: object) -> TargetingSelection:
    return TargetingSelection(campaign=campaign, **kw)  # type: ignore[arg-type]


def test_a_clean_selection_has_no_problems():
    s = sel(regions=(SEOUL, BUNDANG), audiences=(cohort("1"),))
    assert check(s) == []
    assert not has_errors(check(s))


def test_without_a_campaign_one_info_replaces_the_campaign_rules():
    s = sel(
        None,
        section_categories=(CategoryPick("KKO99-1", "채팅탭"),),
        audiences=(cohort("1", audience_type="MESSAGE"),),
    )
    problems = check(s)
    assert rules_of(problems) == [RuleId.NO_CAMPAIGN]
    assert problems[0].severity is Severity.INFO and problems[0].area is kinds.CAMPAIGN
    assert not has_errors(problems)


def test_a_campaign_the_api_cannot_create_is_an_error():
    p = only(check(sel(ctx(CampaignType.VIDEO, Goal.REACH))), RuleId.CAMPAIGN_NOT_CREATABLE)
    assert p.severity is Severity.ERROR and "Video · Reach" in p.message
    assert "VIDEO" not in p.message and "REACH" not in p.message  # the app's words, not enums


# -- section categories ---------------------------------------------------------------
SECTION = (CategoryPick("KKO99-1", "채팅탭에만 노출"),)


def test_section_categories_are_fine_for_bizboard_on_kakao_talk():
    assert check(sel(BIZBOARD_TALK, section_categories=SECTION)) == []


@pytest.mark.parametrize(
    ("campaign", "severity", "words"),
    [
        (DISPLAY_VISIT, Severity.ERROR, "only for Kakao Bizboard"),
        (
            ctx(CampaignType.TALK_BIZ_BOARD, Goal.VISITING, Placement.DAUM),
            Severity.ERROR,
            "Kakao Talk placement, which is not ticked",
        ),
        (ctx(CampaignType.TALK_BIZ_BOARD, Goal.VISITING), Severity.WARNING, "make sure"),
    ],
)
def test_section_categories_elsewhere_are_flagged(campaign, severity, words):
    p = only(check(sel(campaign, section_categories=SECTION)), RuleId.SECTION_CATEGORIES)
    assert p.severity is severity and words in p.message and "채팅탭에만 노출" in p.message
    assert p.items == ("KKO99-1",) and p.area is kinds.SECTION
    assert p.fixes[0].apply(sel(campaign, section_categories=SECTION)).section_categories == ()


# -- Network categories ---------------------------------------------------------------
NETWORK = (CategoryPick("IAB16", "애완동물"), CategoryPick("IAB8", "IAB8"))


def test_network_categories_are_rejected_for_display_conversion_only():
    assert check(sel(DISPLAY_VISIT, ad_serving_categories=NETWORK)) == []
    s = sel(DISPLAY_CONV, ad_serving_categories=NETWORK)
    p = only(check(s), RuleId.AD_SERVING_CATEGORIES)
    assert p.items == ("IAB16", "IAB8") and "애완동물 (IAB16), IAB8" in p.message
    assert p.area is kinds.AD_SERVING
    fixed = p.fixes[0].apply(s)
    assert fixed.ad_serving_categories == () and check(fixed) == []


# -- cohort audience type -------------------------------------------------------------
@pytest.mark.parametrize(
    ("campaign", "good", "bad"),
    [
        (CHANNEL_REACH, "MESSAGE", "DISPLAY"),
        (MESSAGE_REACH, "MESSAGE", "DISPLAY"),
        (DISPLAY_VISIT, "DISPLAY", "MESSAGE"),
        (BIZBOARD_TALK, "DISPLAY", "MESSAGE"),
        (ctx(CampaignType.VIDEO, Goal.VIEW), "DISPLAY", "MESSAGE"),
    ],
)
def test_cohort_audience_type_must_fit_the_campaign(campaign, good, bad):
    s = sel(campaign, audiences=(cohort("1", audience_type=good), cohort("2", audience_type=bad)))
    p = only(check(s), RuleId.COHORT_AUDIENCE_TYPE)
    assert p.items == ("2",) and f"needs {good.title()}" in p.message and "cohort 2" in p.message
    fixed = p.fixes[0].apply(s)
    assert [a.key for a in fixed.audiences] == ["1"] and check(fixed) == []


def test_cohort_of_unknown_type_is_not_called_a_mismatch():
    s = sel(CHANNEL_REACH, audiences=(cohort("1", audience_type=None),))
    assert RuleId.COHORT_AUDIENCE_TYPE not in rules_of(check(s))


# -- availability ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pick", "state"),
    [
        (cohort("1", status="SEED_NOT_ENOUGH"), "SEED_NOT_ENOUGH"),
        (cohort("1", status="DELETE"), "DELETE"),
        (
            AudiencePick(
                AudienceKind.CUSTOMER_FILE, "5", INC, "file", status="WAITING", ready=False
            ),
            "WAITING",
        ),
        (
            AudiencePick(
                AudienceKind.CUSTOMER_FILE, "5", INC, "file", status="COMPLETE", ready=False
            ),
            "not ready",
        ),
        (AudiencePick(AudienceKind.FRIEND_GROUP, "9", INC, "group", status="ERROR"), "ERROR"),
    ],
)
def test_unusable_audiences_are_errors_naming_their_state(pick, state):
    s = sel(
        CHANNEL_REACH if pick.kind is AudienceKind.FRIEND_GROUP else DISPLAY_VISIT,
        audiences=(pick,),
    )
    p = only(check(s), RuleId.AUDIENCE_NOT_AVAILABLE)
    assert p.severity is Severity.ERROR and state in p.message and pick.label in p.message
    assert p.items == (pick.key,)
    assert p.fixes[0].apply(s).audiences == ()


@pytest.mark.parametrize(
    "pick",
    [
        cohort("1", status=None, audience_type=None),
        AudiencePick(AudienceKind.CUSTOMER_FILE, "5", INC, "5"),
        AudiencePick(AudienceKind.CUSTOMER_FILE, "5", INC, "5", status="COMPLETE"),
        AudiencePick(AudienceKind.FRIEND_GROUP, "9", INC, "9"),
    ],
)
def test_audiences_of_unknown_status_are_warnings_not_errors(pick):
    campaign = CHANNEL_REACH if pick.kind is AudienceKind.FRIEND_GROUP else DISPLAY_VISIT
    problems = check(sel(campaign, audiences=(pick,)))
    p = only(problems, RuleId.AUDIENCE_NOT_VERIFIED)
    assert p.severity is Severity.WARNING and "could not be verified" in p.message
    assert not has_errors(problems)


def test_usable_customer_files_and_friend_groups_pass():
    s = sel(
        CHANNEL_REACH,
        audiences=(
            AudiencePick(AudienceKind.CUSTOMER_FILE, "5", INC, "f", status="COMPLETE", ready=True),
            AudiencePick(AudienceKind.FRIEND_GROUP, "9", INC, "g", status="COMPLETE"),
            AudiencePick(AudienceKind.TALK_CHANNEL, "_x", INC, "ch"),
        ),
    )
    assert check(s) == []


def test_many_unusable_items_are_summarised_in_one_line():
    picks = tuple(cohort(str(i), status="DELETE") for i in range(8))
    p = only(check(sel(audiences=picks)), RuleId.AUDIENCE_NOT_AVAILABLE)
    assert "and 3 more" in p.message and len(p.items) == 8 and "\n" not in p.message


# -- friend groups --------------------------------------------------------------------
def test_friend_groups_only_for_talk_channel_reach():
    group = AudiencePick(AudienceKind.FRIEND_GROUP, "9", INC, "VIP", status="COMPLETE")
    assert check(sel(CHANNEL_REACH, audiences=(group,))) == []
    for campaign in (MESSAGE_REACH, DISPLAY_VISIT):
        s = sel(campaign, audiences=(group,))
        p = only(check(s), RuleId.FRIEND_GROUPS_NOT_ALLOWED)
        assert "“VIP”" in p.message and p.area is kinds.FRIEND_GROUP
        assert p.fixes[0].apply(s).audiences == ()


# -- regions --------------------------------------------------------------------------
def test_more_than_a_thousand_regions_is_error_22086():
    many = tuple(RegionPick(f"X{i}", f"place {i}", f"도 {i}") for i in range(MAX_REGIONS + 1))
    p = only(check(sel(regions=many)), RuleId.TOO_MANY_REGIONS)
    assert p.rule.value.startswith("22086") and "1,001 regions" in p.message
    assert check(sel(regions=many[:MAX_REGIONS])) == []


def test_an_area_with_its_own_children_is_error_22087_with_both_fixes():
    s = sel(regions=(SEOUL, GANGNAM, BUNDANG, GANGDONG, NONHYEON))
    p = only(check(s), RuleId.REGION_AT_TWO_LEVELS)
    assert p.rule.value.startswith("22087") and p.area is kinds.REGIONS
    assert p.items == ("I", "I1000", "I1001", "I10000101")
    assert "서울특별시 is picked together with 3 areas" in p.message
    assert "서울특별시 강남구 논현1동" in p.message
    keep_parent, keep_children = p.fixes
    assert keep_parent.label == "Keep 서울특별시"
    assert keep_children.label == "Keep the 3 picks inside it"
    assert [r.value for r in keep_parent.apply(s).regions] == ["I", "B2233"]
    after = keep_children.apply(s)
    assert [r.value for r in after.regions] == ["I1000", "B2233", "I1001", "I10000101"]
    # the 강남구 + 논현1동 conflict that was inside is reported next
    inner = only(check(after), RuleId.REGION_AT_TWO_LEVELS)
    assert inner.items == ("I1000", "I10000101")


def test_an_area_with_one_area_inside_it_says_so_in_the_singular():
    p = only(check(sel(regions=(SEOUL, GANGNAM))), RuleId.REGION_AT_TWO_LEVELS)
    assert "서울특별시 is picked together with 1 area inside it (" in p.message
    assert "areas" not in p.message and "area(s)" not in p.message


def test_same_names_in_different_provinces_are_not_ancestors():
    busan_junggu = RegionPick("H1000", "부산광역시 중구", "부산광역시", "중구")
    seoul_junggu_dong = RegionPick("I20000101", "서울특별시 중구", "서울특별시", "중구", "소공동")
    assert check(sel(regions=(busan_junggu, seoul_junggu_dong))) == []


# -- contradictions -------------------------------------------------------------------
def pixel(term: int | None, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        AudienceKind.PIXEL_EVENT,
        pixel_event_key("383", "PageView", "*"),
        inclusion,
        "visit",
        track_id="383",
        event_code="PageView",
        track_rule_id="*",
        term=term,
    )


def test_the_same_pixel_event_under_two_terms_with_opposite_inclusion_contradicts():
    s = sel(audiences=(pixel(30, INC), pixel(7, EXC)))
    p = only(check(s), RuleId.INCLUDED_AND_EXCLUDED)
    assert p.area is kinds.PIXEL_EVENT and "“visit” is both included and excluded" in p.message
    keep_in, keep_out = p.fixes
    assert [a.inclusion for a in keep_in.apply(s).audiences] == [INC]
    assert [a.term for a in keep_out.apply(s).audiences] == [7]


def test_same_id_in_different_kinds_is_not_a_contradiction():
    s = sel(
        audiences=(
            cohort("1"),
            AudiencePick(AudienceKind.CUSTOMER_FILE, "1", EXC, "f", status="COMPLETE", ready=True),
        )
    )
    assert check(s) == []


def test_same_friend_group_included_and_excluded_contradicts():
    g = AudiencePick(AudienceKind.FRIEND_GROUP, "9", INC, "VIP", status="COMPLETE")
    s = sel(
        CHANNEL_REACH,
        audiences=(g, AudiencePick(AudienceKind.FRIEND_GROUP, "9", EXC, "VIP", status="COMPLETE")),
    )
    assert only(check(s), RuleId.INCLUDED_AND_EXCLUDED).items == ("9",)


# -- term -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("term", "bad"), [(0, True), (1, False), (180, False), (181, True), (None, False)]
)
def test_pixel_term_must_be_1_to_180_days(term, bad):
    problems = check(sel(audiences=(pixel(term, INC),)))
    assert (RuleId.TERM_OUT_OF_RANGE in rules_of(problems)) is bad


def test_every_message_template_is_used_by_a_rule():
    import inspect

    from moment_gui.domain import rules

    source = inspect.getsource(rules)
    for key in MESSAGES:
        assert source.count(f'"{key}"') >= 2, key


def test_no_rule_sentence_shows_raw_campaign_enums():
    campaigns = [
        (CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION),
        (CampaignType.DISPLAY, Goal.CONVERSION),
    ]
    for t, g in campaigns:
        picks = TargetingSelection(
            campaign=ctx(t, g),
            ad_serving_categories=(CategoryPick("IAB16", "Pets"),),
            section_categories=(CategoryPick("KKO99-1", "Chat"),),
            audiences=(
                AudiencePick(AudienceKind.FRIEND_GROUP, "9", Inclusion.INCLUDE, "VIP",
                             status="COMPLETE"),
            ),
        )  # fmt: skip
        for p in check(picks):
            assert t.value not in p.message and f"x {g.value}" not in p.message, p.message


def test_network_categories_with_the_network_placement_off_are_a_warning_with_a_fix():
    ticked = ctx(CampaignType.DISPLAY, Goal.VISITING, Placement.DAUM)
    pets = (CategoryPick("IAB16", "Pets"),)
    picks = TargetingSelection(campaign=ticked, ad_serving_categories=pets)
    p = only(check(picks), RuleId.AD_SERVING_CATEGORIES)
    assert p.severity is Severity.WARNING and "Network placement" in p.message
    assert not p.fixes[0].apply(picks).ad_serving_categories
    on = replace(picks, campaign=replace(ticked, placements=frozenset({Placement.NETWORK})))
    assert not [q for q in check(on) if q.rule is RuleId.AD_SERVING_CATEGORIES]
    unknown = replace(picks, campaign=replace(ticked, placements=frozenset()))
    assert not [q for q in check(unknown) if q.rule is RuleId.AD_SERVING_CATEGORIES]


def test_one_pick_inside_a_parent_is_named_not_counted():
    seoul = RegionPick("I", "서울특별시", "서울특별시")
    gangnam = RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구")
    p = only(check(TargetingSelection(regions=(seoul, gangnam))), RuleId.REGION_AT_TWO_LEVELS)
    labels = [f.label for f in p.fixes]
    assert "Keep 강남구 instead" in labels
    assert not any("the 1 picks" in label for label in labels)
