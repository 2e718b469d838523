"""The built-in demo: a real `MomentClient` talking to the simulator inside this process.

Lives outside the layers because it joins two of them that must not know each other
(services use the client; the simulator stands alone). Nothing leaves the process: the
client's transport is the simulator's ASGI app.

The client is made on the first request (`DemoClient`): httpx, starlette and the demo data
cost ~0.3 s, which the window spends painting first instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator.state import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState
from moment_gui.store.cache import LookupCache

if TYPE_CHECKING:
    from moment_gui.api.client import MomentClient
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
    from moment_gui.domain.regions import RegionCatalogue

DEMO_BASE_URL = "http://127.0.0.1"  # never contacted: ASGITransport answers in-process


def make_demo_client(state: SimulatorState | None = None) -> MomentClient:
    """A client on the demo data (or on `state`, for tests that mutate the world)."""
    import httpx

    from moment_gui.api.client import MomentClient
    from moment_gui.simulator.app import create_app

    app = create_app(state if state is not None else SimulatorState.demo())
    return MomentClient(
        DEMO_TOKEN,
        DEMO_AD_ACCOUNT_ID,
        base_url=DEMO_BASE_URL,
        transport=httpx.ASGITransport(app=app),
    )


class DemoClient:
    """`make_demo_client(state)`, made on the first request; the same calls as the client."""

    def __init__(self, state: SimulatorState | None = None) -> None:
        self._state = state
        self._client: MomentClient | None = None
        self._ad_account_id: int | None = DEMO_AD_ACCOUNT_ID

    @property
    def client(self) -> MomentClient:
        if self._client is None:
            self._client = make_demo_client(self._state)
            self._client.ad_account_id = self._ad_account_id
        return self._client

    @property
    def ad_account_id(self) -> int | None:
        return self._ad_account_id

    @ad_account_id.setter
    def ad_account_id(self, value: int | None) -> None:
        self._ad_account_id = value
        if self._client is not None:
            self._client.ad_account_id = value

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def depth1_locations(self) -> Sequence[Location]:
        return await self.client.depth1_locations()

    async def depth2_locations(self, keyword: str) -> Sequence[Depth2Location]:
        return await self.client.depth2_locations(keyword)

    async def depth3_locations(self, keyword: str) -> Sequence[Depth3Location]:
        return await self.client.depth3_locations(keyword)

    async def ad_serving_categories(self) -> Sequence[AdServingCategory]:
        return await self.client.ad_serving_categories()

    async def section_categories(self) -> Sequence[SectionCategory]:
        return await self.client.section_categories()

    async def data_categories(self, category_type: str) -> Sequence[DataCategory]:
        return await self.client.data_categories(category_type)

    async def cohorts(self) -> Sequence[CohortAvailable]:
        return await self.client.cohorts()

    async def pixel_events(self, track_id: str, term: int) -> Sequence[PixelAndSdkEvent]:
        return await self.client.pixel_events(track_id, term)

    async def customer_files(self) -> Sequence[CustomerFile]:
        return await self.client.customer_files()

    async def talk_channels(self) -> Sequence[ChannelProfile]:
        return await self.client.talk_channels()

    async def sync_profiles(self) -> Sequence[SyncProfile]:
        return await self.client.sync_profiles()

    async def friend_groups(self, profile_id: str) -> Sequence[TalkChannelGroupFile]:
        return await self.client.friend_groups(profile_id)

    async def trackers(self) -> Sequence[Tracker]:
        return await self.client.trackers()


def make_demo_lookups(
    cache: LookupCache | None = None, state: SimulatorState | None = None
) -> LookupService:
    """Lookups labelled "demo data"; cached under demo names so they never pass for live."""
    return LookupService(DemoClient(state), cache, source=Source.DEMO)


def demo_catalogue() -> RegionCatalogue:
    """The demo region list (the simulator's regions) as a catalogue, without any request."""
    from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
    from moment_gui.simulator.data import demo_regions

    data = demo_regions()
    picks = (region_pick_from_json(o) for key in ("depth1", "depth2", "depth3") for o in data[key])
    source_date = data["meta"].get("sourceDate")
    return RegionCatalogue(picks, source_date=None if source_date is None else str(source_date))
