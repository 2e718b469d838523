"""The diff shows exactly what a reviewer needs: added, removed and changed picks per category."""

from __future__ import annotations

from dataclasses import replace

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.diff import diff
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)

SEOUL = RegionPick("I", "서울특별시", "서울특별시")
GANGNAM = RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구")
COHORT = AudiencePick(
    AudienceKind.COHORT, "1", Inclusion.INCLUDE, "first", status="AVAILABLE", population=100
)
PIXEL = AudiencePick(
    AudienceKind.PIXEL_EVENT,
    pixel_event_key("383", "PageView", "*"),
    Inclusion.INCLUDE,
    "visit",
    track_id="383",
    event_code="PageView",
    track_rule_id="*",
    term=30,
)
BASE = TargetingSelection(
    campaign=CampaignContext(CampaignType.DISPLAY, Goal.VISITING),
    regions=(SEOUL,),
    ad_serving_categories=(CategoryPick("IAB16", "애완동물"),),
    audiences=(COHORT, PIXEL),
    passthrough_targeting=(("someNewKey", ["20-24"]),),
)


def test_identical_selections_have_an_empty_diff():
    d = diff(BASE, BASE)
    assert d.is_empty and d.counts() == {} and d.render() == "No differences."


def test_added_removed_and_changed_are_reported_per_category():
    after = replace(
        BASE.without_regions(["I"]).with_regions([GANGNAM]),
        audiences=(
            replace(COHORT, status="DELETE", population=0),
            replace(PIXEL, term=7, inclusion=Inclusion.EXCLUDE),
        ),
        section_categories=(CategoryPick("KKO99-1", "채팅탭"),),
        passthrough_targeting=(("someNewKey", ["25-29"]),),
    )
    d = diff(BASE, after)
    assert d.counts() == {
        "regions": (1, 1, 0),
        "sectionCategories": (1, 0, 0),
        "cohort": (0, 0, 1),
        "pixel_event": (0, 0, 1),
        "passthrough": (0, 0, 1),
    }
    regions = d.category("regions")
    assert [i.key for i in regions.added] == ["I1000"]
    assert [i.label for i in regions.removed] == ["서울특별시"]
    cohort = d.category("cohort").changed[0]
    assert ("status", "AVAILABLE", "DELETE") in cohort.fields
    assert ("population", 100, 0) in cohort.fields
    pixel = d.category("pixel_event").changed[0]
    assert {f for f, _, _ in pixel.fields} == {"term", "inclusion"}
    text = d.render()
    assert "Regions: +1 -1 ~0" in text and "  + 서울특별시 › 강남구 [I1000]" in text
    assert "  ~ visit [383|PageView|*]" in text and "term: 30 → 7" in text
    assert "inclusion: INCLUDE → EXCLUDE" in text
    assert not d.is_empty and d.category("customer_file").is_empty


def test_a_changed_campaign_shows_as_removed_and_added():
    after = BASE.with_campaign(CampaignContext(CampaignType.DISPLAY, Goal.CONVERSION))
    c = diff(BASE, after).category("campaign")
    assert [i.key for i in c.removed] == ["DISPLAY:VISITING"]
    assert [i.key for i in c.added] == ["DISPLAY:CONVERSION"]
    assert diff(BASE.with_campaign(None), BASE).category("campaign").added


def test_a_renamed_label_counts_as_changed():
    after = BASE.with_audience(replace(COHORT, label="renamed"))
    ch = diff(BASE, after).category("cohort").changed[0]
    assert ch.label == "renamed" and ch.fields == (("label", "first", "renamed"),)


def test_duplicate_keys_from_a_pasted_fragment_stay_visible():
    twice = replace(BASE, audiences=(PIXEL, replace(PIXEL, term=7)))
    d = diff(BASE, twice)
    assert [i.key for i in d.category("pixel_event").added] == ["383|PageView|*#2"]


def test_long_values_are_shortened_in_the_text():
    after = replace(BASE, passthrough_top=(("memo", "x" * 100),))
    assert "…" not in diff(BASE, after).render()  # added items show their key only
    longer = replace(BASE, passthrough_targeting=(("someNewKey", ["y" * 100]),))
    assert "…" in diff(BASE, longer).render()


def test_export_then_import_differs_in_nothing_but_facts_a_fragment_cannot_carry():
    from moment_gui.domain.fragment import from_fragment, to_fragment

    sel = replace(
        BASE,
        audiences=(
            COHORT,
            PIXEL,
            AudiencePick(
                AudienceKind.CUSTOMER_FILE, "7", Inclusion.EXCLUDE, "VIP 고객",
                status="COMPLETE", population=1200, ready=True,
            ),
            AudiencePick(
                AudienceKind.FRIEND_GROUP, "9", Inclusion.INCLUDE, "VIP 친구",
                status="COMPLETE", population=50, profile_id="55",
            ),
        ),
        section_categories=(CategoryPick("KKO99-1", "채팅탭에만 노출"),),
    )  # fmt: skip
    imported = from_fragment(to_fragment(sel), sel.campaign)
    assert imported != sel  # names, statuses and populations were lost on the way…
    d = diff(sel, imported)
    assert d.is_empty, d.render()  # …and that is not a change to the targeting
    assert diff(imported, sel).is_empty


def test_a_real_status_change_still_counts_when_both_sides_know_it():
    gone = replace(COHORT, status="DELETED")
    d = diff(BASE, replace(BASE, audiences=(gone, PIXEL)))
    assert d.category("cohort").changed[0].fields == (("status", "AVAILABLE", "DELETED"),)
