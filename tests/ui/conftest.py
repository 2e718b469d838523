"""GUI test plumbing: a qasync loop driven by Qt events, so sync tests can use qtbot.waitUntil.

machine-notes: `qtbot.waitUntil` inside an `async def` test deadlocks; instead the loop is
marked running for the whole test (qasync's already_running mode) and Qt's event processing
inside waitUntil drives the asyncio callbacks.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator

import pytest
import qasync
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    # Earlier tests' garbage is frozen (never collected) instead of collected: Qt objects left
    # in reference cycles are destroyed wherever a collection happens to run, and in a worker
    # thread (asyncio.to_thread, the simulator's thread pool) Qt warns "Timers cannot be
    # stopped from another thread" or crashes; an explicit gc.collect() here crashed too
    # (tearing down such a cycle). The app has the same hazard: see docs/robustness.md.
    gc.freeze()
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    for _ in range(100):
        if not pending:
            break
        qapp.processEvents()
        pending = [t for t in pending if not t.done()]
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def _ime_type(widget: QWidget, text: str) -> None:
    """Type Hangul the way an input method delivers it: one committed character at a time.

    QTest cannot press Hangul keys; a committed QInputMethodEvent is what a Korean IME sends
    to the focused widget, so textChanged fires per character as it does for a planner.
    """
    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def ime_type() -> Callable[[QWidget, str], None]:
    """`ime_type(widget, "ㅅㅇ")`: type Hangul into the widget through its input method."""
    return _ime_type


@pytest.fixture
def sim_ctx(sim_state):  # type: ignore[no-untyped-def]
    """An AppContext over the in-process simulator serving this test's `sim_state`.

    One try per request: these tests are about the UI, not backoff.
    """
    import httpx

    from moment_gui.api import MomentClient
    from moment_gui.services.lookups import LookupService, Source
    from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, create_app
    from moment_gui.ui.context import AppContext
    from moment_gui.ui.state import SelectionState

    client = MomentClient(
        DEMO_TOKEN,
        DEMO_AD_ACCOUNT_ID,
        base_url="http://127.0.0.1",
        transport=httpx.ASGITransport(app=create_app(sim_state)),
        retry_attempts=1,
    )
    return AppContext(SelectionState(), LookupService(client, source=Source.DEMO))
