"""A contract-faithful stand-in for Kakao Moment's targeting lookups (ASGI, standalone)."""

from moment_gui.simulator.app import create_app, get_state, set_state
from moment_gui.simulator.state import (
    DEMO_AD_ACCOUNT_ID,
    DEMO_TOKEN,
    FaultConfig,
    SimulatorState,
)

__all__ = [
    "DEMO_AD_ACCOUNT_ID",
    "DEMO_TOKEN",
    "FaultConfig",
    "SimulatorState",
    "create_app",
    "get_state",
    "set_state",
]
