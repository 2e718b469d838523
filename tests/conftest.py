"""Test-wide guards: offscreen Qt, no real keychain, no network beyond loopback."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

_real_connect = socket.socket.connect
_LOOPBACK = ("127.", "::1", "localhost")


def _loopback_only_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(_LOOPBACK):
        raise RuntimeError(f"test tried to reach {host!r}: only loopback is allowed")
    return _real_connect(self, address)  # type: ignore[arg-type]


socket.socket.connect = _loopback_only_connect  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own config/cache/data dirs: nothing touches the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MOMENT_GUI_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    yield home


@pytest.fixture(autouse=True)
def _no_recent_ad_group_edit():
    """The process-wide 5-s edit pacing starts afresh per test: one test's apply never makes
    the next wait (the tests of the limit itself use their own EditPacer)."""
    from moment_gui.api.pacing import EDIT_PACER

    EDIT_PACER.forget()
    yield
    EDIT_PACER.forget()


# --- Kakao Moment simulator (moment_gui.simulator) -----------------------------------------


@pytest.fixture
def sim_state():
    """A fresh demo SimulatorState per test: mutate it freely, nothing leaks to other tests."""
    from moment_gui.simulator import SimulatorState

    return SimulatorState.demo()


@pytest.fixture(scope="session")
def _sim_session_server():
    """One uvicorn server for the whole session; each test swaps in its own state."""
    from moment_gui.simulator import create_app
    from moment_gui.simulator.server import run_in_thread

    app = create_app()
    base_url, stop = run_in_thread(app)
    yield app, base_url
    stop()


@pytest.fixture
def sim_server(_sim_session_server, sim_state):
    """Base URL `http://127.0.0.1:<port>` serving this test's `sim_state` over real HTTP."""
    from moment_gui.simulator import SimulatorState, set_state

    app, base_url = _sim_session_server
    set_state(app, sim_state)
    yield base_url
    set_state(app, SimulatorState())  # an empty world: a late request from this test finds nothing
