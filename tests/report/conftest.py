"""A saved selection with Hangul in every category, as a planner would hand it to a client."""

from __future__ import annotations

from datetime import datetime

import pytest

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)


@pytest.fixture
def saved_doc() -> SavedSelection:
    sel = TargetingSelection(
        campaign=CampaignContext(
            CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.DAUM, Placement.NETWORK})
        ),
        regions=(
            RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구"),
            RegionPick("I10000105", "서울특별시 강남구", "서울특별시", "강남구", "논현1동"),
            RegionPick("A", "강원특별자치도", "강원특별자치도"),
            RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구"),
        ),
        ad_serving_categories=(CategoryPick("IAB1", "예술·엔터테인먼트"),),
        audiences=(
            AudiencePick(
                AudienceKind.COHORT, "1", Inclusion.INCLUDE, "봄 세일 광고 클릭자",
                status="AVAILABLE", population=182000, audience_type="DISPLAY",
            ),
            AudiencePick(
                AudienceKind.CUSTOMER_FILE, "7", Inclusion.EXCLUDE, "VIP 고객 전화번호",
                status="COMPLETE", population=1200, ready=True,
            ),
            AudiencePick(
                AudienceKind.PIXEL_EVENT, "383|Purchase|*", Inclusion.INCLUDE, "구매 완료",
                population=5400, track_id="383", event_code="Purchase", track_rule_id="*", term=30,
            ),
        ),
    )  # fmt: skip
    return SavedSelection(
        sel,
        ad_account_id=1234,
        saved_at=datetime(2026, 3, 2, 10, 30).astimezone(),
        region_list_date="2024-01-18",
        name="봄 세일 캠페인",
        notes="고객 미팅용 검토본",
    )
