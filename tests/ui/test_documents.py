"""File ▸ Open/Save/Save As/Recent, paste, drag and drop, unsaved-changes prompt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.demo import make_demo_lookups
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, load, save
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.documents import DocumentController
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.state import SelectionState
from moment_gui.ui.widgets.message_bar import BarKind

CAMPAIGN = CampaignContext(CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.DAUM}))
SEOUL = RegionPick("I", "서울특별시", "서울특별시")
GANGNAM = RegionPick("I1", "서울특별시 강남구", "서울특별시", "강남구")
COHORT = AudiencePick(
    AudienceKind.COHORT, "77", Inclusion.INCLUDE, "봄 세일 방문자", status="AVAILABLE"
)
PICKS = TargetingSelection(campaign=CAMPAIGN, regions=(SEOUL, GANGNAM), audiences=(COHORT,))


class QuietPanel(QWidget):
    """Stands in for a real panel: these tests are about files, not lookups."""

    async def load(self) -> None:
        return None


def _placeholder(ctx: AppContext, parent: QWidget) -> QWidget:
    return QuietPanel(parent)


class Harness:
    def __init__(self, qtbot: QtBot) -> None:
        self.settings = Settings.load()
        self.ctx = AppContext(SelectionState(), make_demo_lookups())
        # Panels are other people's subject; placeholders keep these tests about files.
        factories = {k: _placeholder for k in ("regions", "placements", "audiences")}
        self.window = MainWindow(self.ctx, self.settings, panel_factories=factories)
        # Not qtbot.addWidget: it closes the window before fixtures end, which would prompt.
        self.docs = DocumentController(self.window, self.ctx, self.settings)
        self.answers: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    @property
    def state(self) -> SelectionState:
        return self.ctx.state


@pytest.fixture
def h(qtbot: QtBot, qloop: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    harness = Harness(qtbot)

    def answer(box: QMessageBox) -> int:
        # An unexpected prompt would block the test run forever: fail instead.
        assert harness.answers, f"unexpected prompt: {box.text()}"
        harness.asked.append(box.text())
        return int(harness.answers.pop(0).value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    yield harness
    harness.window.close_guards.clear()  # closing at teardown must not prompt
    harness.window.close()
    shiboken6.delete(harness.window)  # now, while the selection state it watches still exists


def _choose_save_path(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _drag_enter(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDragEnterEvent(
        QPoint(200, 200),  # QDragEnterEvent takes an integer point (QPointF fails on 6.11)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _drop(window: MainWindow, path: Path) -> None:
    # As in a real drag: Qt delivers the drop only to the widget that accepted the enter.
    assert _drag_enter(window, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def test_save_as_then_open_round_trips_every_pick_with_its_label(
    h: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h.state.apply(PICKS, "pick")
    _choose_save_path(monkeypatch, tmp_path / "spring")  # no suffix typed: .json is added
    h.docs.save_as_action.trigger()
    saved = tmp_path / "spring.json"
    assert saved.exists()
    assert not h.state.is_modified
    assert h.window.windowTitle() == "spring.json[*] — moment-gui"
    raw = json.loads(saved.read_text(encoding="utf-8"))
    assert raw["adAccountId"] == 1234
    assert raw["appVersion"]
    assert "봄 세일 방문자" in saved.read_text(encoding="utf-8")

    h.state.reset(TargetingSelection())
    assert h.docs.open_path(saved)
    assert h.state.selection == PICKS
    assert h.state.selection.audiences[0].label == "봄 세일 방문자"
    assert h.state.undo_stack.count() == 0  # opening is not an undoable edit
    assert not h.window.isWindowModified()


def test_saving_an_existing_file_keeps_the_previous_version_as_bak(
    h: Harness, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection(regions=(SEOUL,))))
    assert h.docs.open_path(path)
    h.state.apply(PICKS, "more")
    h.docs.save_action.trigger()  # a known path: no dialog
    assert load(path).selection == PICKS
    backup = load(tmp_path / "plan.json.bak")
    assert backup.selection.regions == (SEOUL,)


def test_modified_marker_follows_edits_undo_and_save(h: Harness, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection()))
    h.docs.open_path(path)
    assert not h.window.isWindowModified()
    h.state.apply(PICKS, "pick")
    assert h.window.isWindowModified()
    h.state.undo_stack.undo()
    assert not h.window.isWindowModified()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "moment-gui.selection", "version": 1,', "ends unexpectedly at line 1"),
        ('{"format": "moment-gui.selection", "version": 99}', "newer version of moment-gui"),
        ('{"format": "something-else"}', "not a moment-gui selection"),
        ('{"format": "moment-gui.selection",\n "version": 1 "x": 2}', "line 2, column"),
    ],
)
def test_unreadable_file_shows_its_plain_message_and_keeps_the_current_picks(
    h: Harness, tmp_path: Path, content: str, expected: str
) -> None:
    h.state.apply(PICKS, "pick")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert not h.docs.open_path(bad)
    assert expected in h.docs.bar.text
    assert h.docs.bar.isVisibleTo(h.window)
    assert h.state.selection == PICKS
    assert h.state.is_modified  # still this session's unsaved work
    assert h.asked == []  # nothing was about to be replaced, so no prompt


def test_pasting_a_fragment_replaces_picks_as_one_undo_step_and_keeps_campaign(
    h: Harness,
) -> None:
    h.state.apply(TargetingSelection(campaign=CAMPAIGN, regions=(SEOUL,)), "before")
    before = h.state.selection
    steps = h.state.undo_stack.count()
    fragment = {
        "targeting": {
            "locations": [{"value": "B", "description": "부산광역시", "depth1Name": "부산광역시"}],
            "cohortTargetings": [{"cohortId": 5, "inclusionType": "EXCLUDE"}],
            "someNewKey": ["15-19"],
        },
        "name": "my ad group",
    }
    QGuiApplication.clipboard().setText(json.dumps(fragment, ensure_ascii=False))
    h.docs.paste_action.trigger()
    assert h.state.selection == before  # picks in the window: asked first, in the bar
    replace_button = h.docs.bar.findChild(QPushButton, "pasteReplaceButton")
    assert replace_button is not None and "1 pick" in h.docs.bar.text
    replace_button.click()
    sel = h.state.selection
    assert h.state.undo_stack.count() == steps + 1
    assert sel.campaign == CAMPAIGN
    assert [r.value for r in sel.regions] == ["B"]
    assert sel.passthrough_targeting == (("someNewKey", ["15-19"]),)
    assert sel.passthrough_top == (("name", "my ad group"),)
    h.state.undo_stack.undo()
    assert h.state.selection == before


def test_malformed_paste_shows_line_and_column_and_changes_nothing(h: Harness) -> None:
    h.state.apply(PICKS, "pick")
    steps = h.state.undo_stack.count()
    QGuiApplication.clipboard().setText('{\n  "targeting": {\n    "locations": [}\n}')
    assert not h.docs.paste_fragment()
    assert "line 3, column 19" in h.docs.bar.text
    assert h.docs.bar.isVisibleTo(h.window)
    assert h.state.selection == PICKS
    assert h.state.undo_stack.count() == steps


def test_dropping_a_saved_selection_opens_it(h: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dropped.json"
    save(path, SavedSelection(PICKS))
    _drop(h.window, path)
    qtbot.waitUntil(lambda: h.state.selection == PICKS)
    assert h.docs.path == path
    assert h.window.windowTitle().startswith("dropped.json")


def test_dropping_a_fragment_file_imports_it_like_a_paste(
    h: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    h.state.apply(TargetingSelection(campaign=CAMPAIGN), "campaign")
    path = tmp_path / "from-kakao.json"
    seoul = {"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}
    fragment = {"targeting": {"locations": [seoul]}}
    path.write_text(json.dumps(fragment), encoding="utf-8")
    _drop(h.window, path)
    qtbot.waitUntil(lambda: [r.value for r in h.state.selection.regions] == ["I"])
    assert h.state.selection.campaign == CAMPAIGN
    assert "from-kakao.json" in h.state.undo_stack.undoText()
    assert h.docs.path is None  # imported picks, not an opened document


def test_drag_of_a_non_json_file_is_not_accepted(h: Harness, tmp_path: Path) -> None:
    assert not _drag_enter(h.window, tmp_path / "photo.png")


def test_recent_files_list_newest_first_and_open_from_the_menu(h: Harness, tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.json"
        save(path, SavedSelection(TargetingSelection(regions=(RegionPick(name, name, name),))))
        assert h.docs.open_path(path)
        paths.append(path)
    h.docs.recent_menu.aboutToShow.emit()
    entries = [a for a in h.docs.recent_menu.actions() if a.data()]
    assert [Path(a.data()).name for a in entries] == ["c.json", "b.json", "a.json"]
    assert Settings.load().recent[:3] == [str(p.resolve()) for p in reversed(paths)]
    entries[2].trigger()
    assert h.state.selection.regions[0].value == "a"


def test_recent_files_keep_at_most_ten(h: Harness, tmp_path: Path) -> None:
    for i in range(12):
        path = tmp_path / f"f{i}.json"
        save(path, SavedSelection(TargetingSelection()))
        h.docs.open_path(path)
    h.docs.recent_menu.aboutToShow.emit()
    entries = [a for a in h.docs.recent_menu.actions() if a.data()]
    assert len(entries) == 10
    assert Path(entries[0].data()).name == "f11.json"


def test_close_with_unsaved_changes_cancel_keeps_the_window_open(h: Harness, qtbot: QtBot) -> None:
    h.window.show()
    h.state.apply(PICKS, "pick")
    h.answers.append(QMessageBox.StandardButton.Cancel)
    assert not h.window.close()
    assert h.window.isVisible()
    assert "untitled selection" in h.asked[0]
    h.answers.append(QMessageBox.StandardButton.Discard)
    assert h.window.close()


def test_close_with_unsaved_changes_save_writes_the_file_first(h: Harness, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection()))
    h.docs.open_path(path)
    h.window.show()
    h.state.apply(PICKS, "pick")
    h.answers.append(QMessageBox.StandardButton.Save)
    assert h.window.close()
    assert load(path).selection == PICKS
    assert "plan.json" in h.asked[0]


def test_save_prompt_whose_save_dialog_is_cancelled_does_not_close(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h.window.show()
    h.state.apply(PICKS, "pick")
    _choose_save_path(monkeypatch, "")
    h.answers.append(QMessageBox.StandardButton.Save)
    assert not h.window.close()
    assert h.state.selection == PICKS


def test_opening_another_file_over_unsaved_work_asks_first(h: Harness, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    save(other, SavedSelection(TargetingSelection(regions=(GANGNAM,))))
    h.state.apply(PICKS, "pick")
    h.answers.append(QMessageBox.StandardButton.Cancel)
    assert not h.docs.open_path(other)
    assert h.state.selection == PICKS
    h.answers.append(QMessageBox.StandardButton.Discard)
    assert h.docs.open_path(other)
    assert h.state.selection.regions == (GANGNAM,)


def test_new_selection_asks_then_starts_empty_in_the_same_campaign(h: Harness) -> None:
    h.state.apply(PICKS, "pick")
    h.answers.append(QMessageBox.StandardButton.Discard)
    h.docs.new_action.trigger()
    assert h.state.selection == TargetingSelection(campaign=CAMPAIGN)
    assert not h.state.is_modified
    assert h.window.windowTitle().startswith("Untitled selection")


def test_file_menu_offers_the_document_actions_before_quit(h: Harness) -> None:
    texts = [a.text() for a in h.window.file_menu.actions() if a.text()]
    assert texts[:5] == ["&New selection", "&Open…", "Open &Recent", "&Save", "Save &As…"]
    assert texts[-1] == "&Quit"
    assert h.docs.paste_action in h.window.edit_menu.actions()
    assert h.docs.paste_action.shortcut().toString() == "Ctrl+Shift+V"


def test_paste_over_picks_asks_and_keep_my_picks_changes_nothing(h: Harness) -> None:
    h.state.apply(PICKS, "pick")
    steps = h.state.undo_stack.count()
    QGuiApplication.clipboard().setText(json.dumps({"targeting": {"locations": []}}))
    assert not h.docs.paste_fragment()
    assert h.docs.bar.isVisibleTo(h.window) and "Paste replaces" in h.docs.bar.text
    keep = h.docs.bar.findChild(QPushButton, "pasteKeepButton")
    keep.click()
    assert h.state.selection == PICKS and h.state.undo_stack.count() == steps
    assert not h.docs.bar.isVisibleTo(h.window)


def test_paste_into_an_empty_selection_does_not_ask(h: Harness) -> None:
    fragment = {
        "targeting": {
            "locations": [{"value": "B", "description": "부산광역시", "depth1Name": "부산광역시"}]
        }
    }
    QGuiApplication.clipboard().setText(json.dumps(fragment, ensure_ascii=False))
    assert h.docs.paste_fragment()
    assert [r.value for r in h.state.selection.regions] == ["B"]


def test_undo_clears_the_imported_message_and_an_old_import_error(h: Harness) -> None:
    fragment = {
        "targeting": {
            "locations": [{"value": "B", "description": "부산광역시", "depth1Name": "부산광역시"}]
        }
    }
    QGuiApplication.clipboard().setText(json.dumps(fragment, ensure_ascii=False))
    assert h.docs.paste_fragment()
    assert h.window.status.text == "Imported 1 region and 0 audiences"
    QGuiApplication.clipboard().setText("{ not json")
    assert not h.docs.paste_fragment()
    assert h.docs.bar.isVisibleTo(h.window) and h.docs.bar.kind is BarKind.ERROR
    h.state.undo_stack.undo()
    assert h.window.status.text == ""
    assert not h.docs.bar.isVisibleTo(h.window)
