"""The built-in demo: a real `MomentClient` talking to the simulator inside this process.

Lives outside the layers because it joins two of them that must not know each other
(services use the client; the simulator stands alone). Nothing leaves the process: the
client's transport is the simulator's ASGI app.
"""

from __future__ import annotations

import httpx

from moment_gui.api.client import MomentClient
from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState, create_app
from moment_gui.store.cache import LookupCache

DEMO_BASE_URL = "http://127.0.0.1"  # never contacted: ASGITransport answers in-process


def make_demo_client(state: SimulatorState | None = None) -> MomentClient:
    """A client on the demo data (or on `state`, for tests that mutate the world)."""
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
    return LookupService(make_demo_client(state), cache, source=Source.DEMO)
