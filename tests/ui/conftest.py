"""GUI test plumbing: a qasync loop driven by Qt events, so sync tests can use qtbot.waitUntil.

machine-notes: `qtbot.waitUntil` inside an `async def` test deadlocks; instead the loop is
marked running for the whole test (qasync's already_running mode) and Qt's event processing
inside waitUntil drives the asyncio callbacks.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtWidgets import QApplication


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
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
