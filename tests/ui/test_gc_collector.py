"""Garbage that holds Qt objects is collected on the GUI thread, never in a worker thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from moment_gui.ui.gc_collector import GuiThreadCollector, install_gc_collector


class _Cycle:
    """A reference cycle holding a QObject with a running timer, as a closure over a widget
    would; records the thread its finaliser ran in."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen
        self.qobject = QObject()
        self.timer = QTimer(self.qobject)
        self.timer.start(60_000)

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


class _PlainCycle:
    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_in_worker(n: int = 20_000) -> list[list[int]]:
    """Containers made (and kept) in a worker thread: each counts towards generation 0."""
    keep: list[list[int]] = []
    worker = threading.Thread(target=lambda: keep.extend([i] for i in range(n)), name="worker")
    worker.start()
    worker.join()
    return keep


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    c = GuiThreadCollector(qapp, interval_ms=10)
    yield c
    c.uninstall()


def test_without_the_collector_a_worker_thread_collects_cycles() -> None:
    # The hazard itself, shown with a plain Python cycle (a Qt one could crash the run).
    assert gc.isenabled() or pytest.skip("automatic collection is off in this process")
    gc.collect()
    seen: list[str] = []
    _PlainCycle(seen)
    kept = _allocate_in_worker()
    assert seen == ["worker"]
    assert len(kept) == 20_000


def test_a_cycle_holding_a_qobject_is_collected_on_the_gui_thread(
    collector: GuiThreadCollector, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()
    seen: list[str] = []
    _Cycle(seen)
    kept = _allocate_in_worker()  # passes every threshold: automatic collection would run there
    assert seen == []
    before = collector.collections
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [threading.main_thread().name]
    assert len(kept) == 20_000
    assert collector.collections > before


def test_collects_only_when_a_threshold_is_passed(collector: GuiThreadCollector) -> None:
    gc.collect()
    assert collector.check() == 0  # nothing allocated since: no collection
    assert collector.collections == 0


def test_install_is_idempotent_and_uninstall_restores_automatic_collection(
    qapp: QApplication,
) -> None:
    enabled = gc.isenabled()
    first = install_gc_collector(qapp)
    try:
        assert install_gc_collector(qapp) is first
        assert not gc.isenabled()
    finally:
        first.uninstall()
    assert gc.isenabled() == enabled
