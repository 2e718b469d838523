"""The vocabulary of selection parts is complete: every part has one row, every row is whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.diff import diff
from moment_gui.domain.fragment_wire import AD_SERVING_KEY, DATA_KEYS, FIELDS, SECTION_KEY
from moment_gui.domain.kakao_data import DataKind
from moment_gui.domain.kinds import PARTS, AudienceKind, Part
from moment_gui.domain.selection import AudiencePick, Inclusion, TargetingSelection

PANELS = {"campaign", "regions", "placements", "audiences", "kakao_data", "demographics"}


def test_every_audience_kind_has_one_row_and_one_wire_entry():
    audience_rows = [p for p in PARTS if p.kind is not None]
    assert [p.kind for p in audience_rows] == list(AudienceKind)  # one each, in enum order
    assert set(kinds.AUDIENCES) == set(FIELDS) == set(AudienceKind)
    for p in audience_rows:
        assert p.key == p.kind.value and p.panel == "audiences"


def test_every_kakao_data_list_has_one_row_keyed_by_its_wire_name():
    data_rows = [p for p in PARTS if p.data_kind is not None]
    assert [p.data_kind for p in data_rows] == list(DataKind)
    for p in data_rows:
        assert p.key == DATA_KEYS[p.data_kind] and p.panel == "kakao_data"
        assert kinds.of_data_kind(p.data_kind) is p


def test_keys_are_unique_and_name_the_wire_for_categories():
    assert len({p.key for p in PARTS}) == len(PARTS)
    assert kinds.AD_SERVING.key == AD_SERVING_KEY and kinds.SECTION.key == SECTION_KEY


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.key)
def test_every_row_is_whole(part: Part):
    assert part.one and part.many and part.panel in PANELS
    assert str(part.noun(1)) == part.one and str(part.noun(2)) == part.many
    assert part.title.context == kinds.CONTEXT == part.noun().context
    assert part.needs_ready is False or part.usable is not None
    if part.same_name_within is not None:
        assert part.same_name_within in AudiencePick.__dataclass_fields__


def test_every_diff_category_is_a_part():
    cohort = AudiencePick(AudienceKind.COHORT, "1", "a", Inclusion.INCLUDE)
    d = diff(TargetingSelection(), TargetingSelection(audiences=(cohort,)))
    assert {c.category for c in d.categories} <= set(kinds.BY_KEY)
    assert kinds.title("no-such-part").render() == "no-such-part"


def test_nouns_are_in_the_korean_catalogue():
    ts = (Path(__file__).parents[2] / "resources/i18n/moment_gui_ko.ts").read_text("utf-8")
    block = re.search(r"<name>Parts</name>(.*?)</context>", ts, re.S)
    assert block is not None
    for p in PARTS:
        for noun in (p.one, p.many):
            source = noun.replace("&", "&amp;")
            assert f"<source>{source}</source>" in block.group(1), noun


def test_usable_statuses_and_campaigns_come_from_the_rows():
    assert kinds.usable_statuses() == {"AVAILABLE", "COMPLETE"}
    cf = kinds.CUSTOMER_FILE
    assert cf.is_usable("COMPLETE", True) is True
    assert cf.is_usable("COMPLETE", False) is False
    assert cf.is_usable("COMPLETE", None) is None
    assert cf.is_usable("WAITING", None) is False
    assert kinds.TALK_CHANNEL.is_usable(None, None) is True
    reach = CampaignContext(CampaignType.TALK_CHANNEL, Goal.REACH)
    conversion = CampaignContext(CampaignType.DISPLAY, Goal.CONVERSION)
    assert kinds.FRIEND_GROUP.allows(reach) and not kinds.FRIEND_GROUP.allows(conversion)
    assert kinds.AD_SERVING.allows(reach) and not kinds.AD_SERVING.allows(conversion)
    assert kinds.SECTION.allows(CampaignContext(CampaignType.TALK_BIZ_BOARD, Goal.REACH))
    assert not kinds.SECTION.allows(reach)
