"""The built-in demo: the same `LookupService` as live, over the simulator in this process.

Lives outside the layers because it joins two of them that must not know each other
(services use the client; the simulator stands alone). Nothing leaves the process: the
client's transport is the simulator's ASGI app.

The client is made on the first request (`LookupService(connect=...)`): httpx, starlette and
the demo data cost ~0.3 s, which the window spends painting first instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator.state import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState
from moment_gui.store.cache import LookupCache

if TYPE_CHECKING:
    from moment_gui.api.client import MomentClient
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


def make_demo_lookups(
    cache: LookupCache | None = None, state: SimulatorState | None = None
) -> LookupService:
    """Lookups labelled "demo data"; cached under demo names so they never pass for live."""
    lookups = LookupService(
        cache=cache, source=Source.DEMO, connect=lambda: make_demo_client(state)
    )
    lookups.ad_account_id = DEMO_AD_ACCOUNT_ID
    return lookups


def demo_catalogue() -> RegionCatalogue:
    """The demo region list (the simulator's regions) as a catalogue, without any request."""
    from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
    from moment_gui.simulator.data import demo_regions

    data = demo_regions()
    picks = (region_pick_from_json(o) for key in ("depth1", "depth2", "depth3") for o in data[key])
    source_date = data["meta"].get("sourceDate")
    return RegionCatalogue(picks, source_date=None if source_date is None else str(source_date))
