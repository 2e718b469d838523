"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
generation's count passes its threshold: `asyncio.to_thread` (the SQLite cache, the region
catalogue), httpx/anyio threads, the simulator's server thread. A Qt object that sits in a
reference cycle is then destroyed in that thread, and Qt warns "Timers cannot be stopped from
another thread" or crashes. So automatic collection is switched off and a timer on the GUI
thread runs it instead, generation by generation, when the same thresholds are passed (the
pattern of pyqtgraph's `GarbageCollector`). Collection then only ever happens on the GUI
thread, between events.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

CHECK_INTERVAL_MS = 500  # how often the counts are looked at (cheap: three integers)


class GuiThreadCollector(QObject):
    """Owns garbage collection while it is installed: `gc.disable()` + a GUI-thread timer."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("GuiThreadCollector")
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.collections = 0  # how many collections this timer ran (tests read it)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; objects freed."""
        if QThread.currentThread() is not self.thread():  # never: a timer fires in its thread
            return 0
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self._thresholds
        freed = 0
        if c0 > t0:
            generation = 0
            if c1 > t1:
                generation = 1
                if c2 > t2:
                    generation = 2
            freed = gc.collect(generation)
            self.collections += 1
        return freed

    def uninstall(self) -> None:
        """Stop the timer and give collection back to Python (as it was before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        self.setParent(None)


def install_gc_collector(app: QCoreApplication | None = None) -> GuiThreadCollector:
    """The app's one collector (made on first call, child of the application)."""
    app = app if app is not None else QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_gc_collector needs a QCoreApplication")
    existing = app.findChild(GuiThreadCollector, "GuiThreadCollector")
    if isinstance(existing, GuiThreadCollector):
        gc.disable()
        return existing
    return GuiThreadCollector(app)
