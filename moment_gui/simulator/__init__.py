"""A contract-faithful stand-in for Kakao Moment's targeting lookups (ASGI, standalone).

The ASGI app (starlette, httpx) loads on first use (PEP 562): the demo constants and
`SimulatorState` alone stay cheap to import at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from moment_gui.simulator.state import (
    DEMO_AD_ACCOUNT_ID,
    DEMO_TOKEN,
    FaultConfig,
    SimulatorState,
)

if TYPE_CHECKING:
    from moment_gui.simulator.app import create_app, get_state, set_state

_APP_NAMES = frozenset({"create_app", "get_state", "set_state"})


def __getattr__(name: str) -> Any:
    if name not in _APP_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.app"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEMO_AD_ACCOUNT_ID",
    "DEMO_TOKEN",
    "FaultConfig",
    "SimulatorState",
    "create_app",
    "get_state",
    "set_state",
]
