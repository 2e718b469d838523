"""Autosave of unsaved picks and their offer back after a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.demo import make_demo_lookups
from moment_gui.domain.document import load
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.store.paths import recovery_dir
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.documents import DocumentController
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.recovery import AUTOSAVE_NAME, AUTOSAVE_PREFIX, RecoveryController
from moment_gui.ui.state import SelectionState

PICKS = TargetingSelection(
    regions=(RegionPick("I1", "서울특별시 강남구", "서울특별시", "강남구"),),
    audiences=(AudiencePick(AudienceKind.CUSTOMER_FILE, "9", Inclusion.EXCLUDE, "VIP 고객"),),
)


class QuietPanel(QWidget):
    async def load(self) -> None:
        return None


class Session:
    """One window with its document and recovery controllers, as the app wires them."""

    def __init__(self) -> None:
        self.ctx = AppContext(SelectionState(), make_demo_lookups())
        keys = ("regions", "placements", "audiences")
        factories = {k: (lambda c, p: QuietPanel(p)) for k in keys}
        self.window = MainWindow(self.ctx, Settings.load(), panel_factories=factories)
        self.docs = DocumentController(self.window, self.ctx, self.window.settings)
        self.recovery = RecoveryController(self.window, self.ctx, self.docs, delay_ms=50)

    def crash(self) -> None:
        """The window vanishes without closeEvent: what a killed process leaves behind.

        A killed process also stops holding its session lock (the OS closes its files and its
        PID is gone); in one test process that has to be played by releasing it.
        """
        self.recovery.release_session()
        shiboken6.delete(self.window)


@pytest.fixture
def sessions(qloop: object) -> Iterator[list[Session]]:
    made: list[Session] = []
    yield made
    for s in made:
        if shiboken6.isValid(s.window):
            s.window.close_guards.clear()
            s.window.close()
            shiboken6.delete(s.window)


def _new(sessions: list[Session]) -> Session:
    s = Session()
    sessions.append(s)
    return s


class _Autosave:
    """The autosave of the one session that has one (each session writes its own file),
    looked up each time it is asked, as `qtbot.waitUntil(_autosave().exists)` needs."""

    def path(self) -> Path:
        found = sorted(recovery_dir().glob(f"{AUTOSAVE_PREFIX}*.json"))
        assert len(found) <= 1, found
        return found[0] if found else recovery_dir() / f"{AUTOSAVE_PREFIX}none.json"

    def exists(self) -> bool:
        return self.path().exists()

    def read_text(self, encoding: str) -> str:
        return self.path().read_text(encoding=encoding)

    def write_text(self, text: str, encoding: str) -> None:
        # What an older version left behind: its single autosave file.
        (recovery_dir() / AUTOSAVE_NAME).write_text(text, encoding=encoding)

    def __fspath__(self) -> str:
        return str(self.path())


def _autosave() -> _Autosave:
    return _Autosave()


def test_unsaved_picks_are_autosaved_after_a_pause_without_the_token(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    s = _new(sessions)
    s.ctx.state.apply(PICKS, "pick")
    assert not _autosave().exists()  # debounced, not written on every click
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    assert load(_autosave()).selection == PICKS
    assert "demo-token" not in _autosave().read_text(encoding="utf-8")


def test_undoing_back_to_the_saved_state_removes_the_autosave(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    s = _new(sessions)
    s.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    s.ctx.state.undo_stack.undo()
    assert not _autosave().exists()


def test_saving_removes_the_autosave(
    qtbot: QtBot, sessions: list[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _new(sessions)
    s.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    target = tmp_path / "kept.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert s.docs.save()
    assert not _autosave().exists()
    assert not list(recovery_dir().glob("*.json"))


def test_a_clean_exit_removes_the_autosave_and_nothing_is_offered_next_time(
    qtbot: QtBot, sessions: list[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _new(sessions)
    s.window.show()
    s.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(discard.value))
    assert s.window.close()
    assert not _autosave().exists()
    assert _new(sessions).recovery.start() is None


def test_after_a_crash_a_new_window_offers_and_restores_exactly_the_picks(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    first = _new(sessions)
    first.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    first.crash()

    second = _new(sessions)
    assert second.recovery.start() is not None
    bar = second.recovery.bar
    assert bar.isVisibleTo(second.window)
    assert "Restore unsaved work from" in bar.text
    restore = bar.button("Restore")
    assert restore is not None
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert second.ctx.state.selection == PICKS
    assert second.ctx.state.is_modified  # unsaved until the planner saves it somewhere
    assert second.window.windowTitle().startswith("Recovered selection[*]")
    assert not bar.isVisibleTo(second.window)
    # The restored work is protected by this session's autosave now, not the crash copy.
    assert [p.name for p in recovery_dir().glob("*.json")] == [second.recovery.autosave_path.name]


def test_new_edits_before_answering_never_overwrite_the_crash_copy(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    first = _new(sessions)
    first.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    first.crash()
    second = _new(sessions)
    offered = second.recovery.start()
    assert offered is not None
    second.ctx.state.apply(TargetingSelection(regions=(RegionPick("B", "부산", "부산"),)), "x")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    assert load(offered).selection == PICKS


def test_discarding_the_offer_deletes_the_crash_copy(qtbot: QtBot, sessions: list[Session]) -> None:
    first = _new(sessions)
    first.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(_autosave().exists, timeout=2000)
    first.crash()
    second = _new(sessions)
    offered = second.recovery.start()
    assert offered is not None
    discard = second.recovery.bar.button("Discard")
    assert discard is not None
    discard.click()
    assert not offered.exists()
    assert second.ctx.state.selection == TargetingSelection()
    assert _new(sessions).recovery.start() is None


def test_an_unreadable_recovery_file_is_dropped_quietly(sessions: list[Session]) -> None:
    _autosave().write_text("{ not json", encoding="utf-8")
    s = _new(sessions)
    assert s.recovery.start() is None
    assert not s.recovery.bar.isVisibleTo(s.window)
    assert not list(recovery_dir().glob("*.json"))
