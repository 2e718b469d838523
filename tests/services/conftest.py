"""A small fake `MomentClient` for service tests: answers from the demo data files, counts
calls and in-flight requests, and fails on demand."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moment_gui.api.models import (
    AdServingCategory,
    ChannelProfile,
    CohortAvailable,
    CustomerFile,
    DataCategory,
    Depth2Location,
    Depth3Location,
    Location,
    PixelAndSdkEvent,
    SectionCategory,
    SyncProfile,
    TalkChannelGroupFile,
    Tracker,
)

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"


class FakeClient:
    def __init__(self, ad_account_id: int | None = 1234) -> None:
        self.ad_account_id = ad_account_id
        self.regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.failure: Exception | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0
        self.cohort_rows: list[dict[str, Any]] = [
            {
                "id": 1,
                "name": "장바구니 방문자",
                "audienceType": "DISPLAY",
                "status": "AVAILABLE",
                "populationScore": "1200",
                "adAccountId": ad_account_id,
            },
        ]

    async def _answer(
        self, name: str, args: tuple[Any, ...], build: Callable[[], list[Any]]
    ) -> list[Any]:
        self.calls.append((name, args))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            if self.failure is not None:
                raise self.failure
            return build()
        finally:
            self.in_flight -= 1

    async def depth1_locations(self) -> list[Location]:
        return await self._answer(
            "depth1", (), lambda: [Location.from_json(o) for o in self.regions["depth1"]]
        )

    async def depth2_locations(self, keyword: str) -> list[Depth2Location]:
        def hits() -> list[Depth2Location]:
            rows = self.regions["depth2"]
            return [Depth2Location.from_json(o) for o in rows if keyword in o["description"]]

        return await self._answer("depth2", (keyword,), hits)

    async def depth3_locations(self, keyword: str) -> list[Depth3Location]:
        def hits() -> list[Depth3Location]:
            rows = self.regions["depth3"]
            return [
                Depth3Location.from_json(o)
                for o in rows
                if keyword in o["depth2Name"] or keyword in o["depth3Name"]
            ]

        return await self._answer("depth3", (keyword,), hits)

    async def ad_serving_categories(self) -> list[AdServingCategory]:
        return await self._answer(
            "ad_serving",
            (),
            lambda: [AdServingCategory.from_json({"code": "IAB16", "name": "Pets"})],
        )

    async def section_categories(self) -> list[SectionCategory]:
        return await self._answer(
            "section", (), lambda: [SectionCategory.from_json({"code": "KKO99-1", "name": "기타"})]
        )

    async def cohorts(self) -> list[CohortAvailable]:
        return await self._answer(
            "cohorts", (), lambda: [CohortAvailable.from_json(o) for o in self.cohort_rows]
        )

    async def pixel_events(self, track_id: str, term: int) -> list[PixelAndSdkEvent]:
        row = {"eventCode": "*", "eventName": "모든 이벤트", "population": 500}
        return await self._answer(
            "pixel", (track_id, term), lambda: [PixelAndSdkEvent.from_json(row)]
        )

    async def customer_files(self) -> list[CustomerFile]:
        row = {"id": 7, "name": "VIP", "status": "COMPLETE", "ready": True, "populationScore": 300}
        return await self._answer("customer_files", (), lambda: [CustomerFile.from_json(row)])

    async def talk_channels(self) -> list[ChannelProfile]:
        row = {"id": "_xbHxd", "name": "우리가게"}
        return await self._answer("talk_channels", (), lambda: [ChannelProfile.from_json(row)])

    async def sync_profiles(self) -> list[SyncProfile]:
        row = {"id": "_XLd", "name": "우리앱"}
        return await self._answer("sync_profiles", (), lambda: [SyncProfile.from_json(row)])

    async def friend_groups(self, profile_id: str) -> list[TalkChannelGroupFile]:
        row = {
            "id": 1468,
            "name": "단골",
            "profileId": profile_id,
            "talkChannelGroupFileStatus": "COMPLETE",
            "friendCount": 321,
        }
        return await self._answer(
            "friend_groups", (profile_id,), lambda: [TalkChannelGroupFile.from_json(row)]
        )

    async def data_categories(self, category_type: str) -> list[DataCategory]:
        rows = [{"id": "I01", "name": "게임"}, {"id": "I0101", "name": "모바일게임"}]
        return await self._answer(
            "data_categories", (category_type,), lambda: [DataCategory.from_json(o) for o in rows]
        )

    async def trackers(self) -> list[Tracker]:
        row = {"id": "3830610710806837838", "name": "우리 픽셀"}
        return await self._answer("trackers", (), lambda: [Tracker.from_json(row)])


@pytest.fixture
def fake_client() -> FakeClient:
    return FakeClient()
