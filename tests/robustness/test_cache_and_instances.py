"""Two copies of the app and a cache another process holds (issue 15, items 5, 6, 7).

- A second moment-gui *process* (really started, really SIGKILLed) shares the recovery
  folder: while it runs its autosave is neither offered nor deleted; once it is killed its
  picks are offered exactly.
- The lookup cache held exclusively by another process: the demo window loads every panel
  live, says so once in a bar, never moves the file aside, and Reload never stalls the event
  loop for long (the longest gap between 10 ms timer ticks is measured and printed; before,
  nine 5 s SQLite busy waits froze it for 45 s).
- Cache and settings folders that are files: the window loads without a cache, says so, and
  quits cleanly (saving the layout fails quietly).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.domain.document import load
from moment_gui.store.cache import FILE_NAME, LookupCache
from moment_gui.store.paths import cache_dir, recovery_dir
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.widgets.message_bar import MessageBar
from moment_gui.ui.widgets.panel_status import PanelStatus

REPO = Path(__file__).resolve().parents[2]

CHILD_SESSION = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from tests.ui.test_recovery import PICKS, Session
    s = Session()
    s.ctx.state.apply(PICKS, "the other copy's picks")
    s.recovery.autosave_now()
    print(s.recovery.autosave_path, flush=True)
    time.sleep(600)
    """
)

HOLD_CACHE = textwrap.dedent(
    """
    import sqlite3, sys, time
    holder = sqlite3.connect(sys.argv[1], isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT OR REPLACE INTO lookups VALUES ('x', '{}', 0, '[]', '2025-01-01')")
    print("locked", flush=True)
    time.sleep(600)
    """
)


def _child(script: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line, "the child process did not start"
    return child, line


@pytest.fixture
def windows(qloop: qasync.QEventLoop) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for w in made:
        if shiboken6.isValid(w):
            w.close_guards.clear()
            w.close()


class _StallMeter:
    """The longest time the Qt event loop went without running a 10 ms timer."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest_ms = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest_ms = max(self.longest_ms, now - self.last)
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


def _load(window: MainWindow, qtbot: QtBot) -> tuple[float, int]:
    meter = _StallMeter()
    started = time.perf_counter()
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=60_000)
    meter.stop()
    return time.perf_counter() - started, meter.longest_ms


@pytest.mark.timeout(180)
def test_a_second_running_process_keeps_its_autosave_until_it_is_killed(
    qloop: qasync.QEventLoop,
) -> None:
    from tests.ui.test_recovery import PICKS, Session

    child, autosave = _child(CHILD_SESSION)
    try:
        theirs = Path(autosave)
        assert load(theirs).selection == PICKS
        mine = Session()
        assert mine.recovery.start() is None, "a running copy's work was offered as a crash"
        assert theirs.exists()
        mine.recovery._closing()  # this copy quits cleanly: the other's autosave stays
        assert theirs.exists()
        shiboken6.delete(mine.window)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    after = Session()
    offered = after.recovery.start()
    assert offered is not None and load(offered).selection == PICKS
    after.recovery._closing()
    shiboken6.delete(after.window)
    print(f"\ntwo instances: live copy's autosave kept; after SIGKILL offered {offered.name}")


@pytest.mark.timeout(180)
def test_a_cache_locked_by_another_process_in_the_window(
    qtbot: QtBot, windows: list[MainWindow], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    path = cache_dir() / FILE_NAME
    seed = LookupCache(path)
    seed.put("warm", {}, None, [1])
    seed.close()
    holder, _ = _child(HOLD_CACHE, str(path))
    try:
        window = create_demo_window()
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        loads = [_load(window, qtbot) for _ in range(3)]  # the first load and two Reloads
        bar = window.findChild(MessageBar, "cacheBar")
        assert bar is not None and bar.isVisibleTo(window)
        assert "in use by another program" in bar.text
        failed = [s.text for s in window.findChildren(PanelStatus) if s.is_error]
        assert failed == [], failed
        assert path.exists() and not path.with_name(path.name + ".corrupt").exists()
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not errors, errors[0].getMessage()
        # Reloads only: the first load also pays for first-time imports and catalogue
        # building (1-3 s here without any lock, depending on the machine's load).
        longest = max(stall for _, stall in loads[1:])
        assert longest < 2000, f"the event loop stalled {longest} ms on Reload"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    print(
        "\nlocked cache: loads "
        + ", ".join(f"{t:.1f} s (longest stall {s} ms)" for t, s in loads)
        + f"; bar said: {bar.text!r}"
    )


@pytest.mark.timeout(180)
def test_unwritable_cache_and_settings_folders_in_the_window(
    qtbot: QtBot, windows: list[MainWindow], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    home = Path(os.environ["MOMENT_GUI_HOME"])
    for name in ("cache", "config"):
        (home / name).write_text("a file where the folder should be")
    window = create_demo_window()
    windows.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    elapsed, stall = _load(window, qtbot)
    bar = window.findChild(MessageBar, "cacheBar")
    assert bar is not None and bar.isVisibleTo(window) and "cannot be used" in bar.text
    assert [s.text for s in window.findChildren(PanelStatus) if s.is_error] == []
    window.close_guards.clear()
    assert window.close()  # saving the layout fails quietly; no OSError out of closeEvent
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[0].getMessage()
    assert recovery_dir().is_dir()
    print(
        f"\nunwritable cache+settings: load {elapsed:.1f} s, longest stall {stall} ms; "
        f"bar said: {bar.text!r}"
    )
