"""A monkey at the demo window: random clicks on checkable rows, tab switches, search typing,
term slider moves, undo/redo and copy. Nothing may raise; memory growth is reported.
Actions: 300 by default, 3,000 with MOMENT_GUI_STRESS=1 (or MOMENT_GUI_MONKEY_ACTIONS=N)."""

from __future__ import annotations

import logging
import os
import random
from collections import Counter
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.ui.audiences.pixel import TERM_SETTLE_MS

ACTIONS = int(
    os.environ.get(
        "MOMENT_GUI_MONKEY_ACTIONS", "3000" if os.environ.get("MOMENT_GUI_STRESS") else "300"
    )
)
CHECKABLE_VIEWS = (
    "regionTree",
    "regionResults",
    "adServingCategoryList",
    "sectionCategoryList",
    "cohortList",
    "pixelEventList",
    "customerFileList",
    "talkChannelList",
    "syncProfileList",
    "friendGroupList",
)
SEARCHES = ("서울", "ㄱㄴ", "강남", "부산 중구", "해운대구", "ㅎ", "", "zz\x00", "세종", "중")


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _toggle_random_row(rng: random.Random, view: QAbstractItemView) -> bool:
    model: QAbstractItemModel = view.model()
    rows = model.rowCount()
    if rows == 0:
        return False
    index = model.index(rng.randrange(rows), 0)
    if not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
        return False
    state = model.data(index, Qt.ItemDataRole.CheckStateRole)
    new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked.value else Qt.CheckState.Checked
    model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
    return True


@pytest.mark.slow
@pytest.mark.timeout(120 + ACTIONS // 10)
def test_random_ui_actions_never_raise(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(7)
    window = create_demo_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.start_loading().done, timeout=15000)
    views = {n: window.findChild(QAbstractItemView, n) for n in CHECKABLE_VIEWS}
    tab_widgets = [w for w in window.findChildren(QTabWidget) if w.count() > 1]
    slider = window.findChild(QWidget, "termSlider")
    undo = window.ctx.state.undo_stack
    done: Counter[str] = Counter()
    rss_before = _rss_mib()
    try:
        for step in range(ACTIONS):
            action = rng.choice(
                ["toggle", "toggle", "tab", "search", "slider", "undo", "redo", "copy"]
            )
            if action == "toggle":
                view = views[rng.choice(CHECKABLE_VIEWS)]
                if view is None or not _toggle_random_row(rng, view):
                    action = "toggle (nothing to tick)"
            elif action == "tab":
                tabs = rng.choice(tab_widgets)
                tabs.setCurrentIndex(rng.randrange(tabs.count()))
            elif action == "search":
                window.region_panel.search_box.setText(rng.choice(SEARCHES))
            elif action == "slider":
                slider.setValue(rng.randint(1, 180))  # type: ignore[attr-defined]
            elif action == "undo":
                undo.undo()
            elif action == "redo":
                undo.redo()
            else:
                window.preview.copy_fragment()
            done[action] += 1
            QApplication.processEvents()
            if step % 25 == 24:  # let debounced searches and reloads actually run now and then
                qtbot.wait(rng.choice([0, 50, 450]))
        qtbot.wait(TERM_SETTLE_MS + 450)
        qtbot.waitUntil(lambda: not window.ctx.busy, timeout=15000)
    finally:
        window.close_guards.clear()
        window.close()
    rss_after = _rss_mib()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors[0].getMessage()
    assert sum(done.values()) == ACTIONS
    print(
        f"monkey: {ACTIONS} actions {dict(done)}; RSS {rss_before:.0f} → {rss_after:.0f} MiB "
        f"({rss_after - rss_before:+.1f}); {undo.count()} undo steps; no exception"
    )
