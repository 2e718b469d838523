"""Review window: offline review from the file alone, re-check acceptance with undo, compare."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import httpx
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from moment_gui.api.client import MomentClient
from moment_gui.demo import make_demo_lookups
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, load, save
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.services.lookups import LookupService
from moment_gui.simulator import SimulatorState
from moment_gui.store.cache import LookupCache
from moment_gui.ui.review import open_for_review
from moment_gui.ui.review.window import ReviewWindow


def _selection(state: SimulatorState) -> TargetingSelection:
    c0, c1 = state.cohorts[0], state.cohorts[1]
    cohorts = tuple(
        AudiencePick(
            AudienceKind.COHORT, str(c["id"]), inc, c["name"], status=c["status"],
            population=int(c["populationScore"]), audience_type=c["audienceType"],
        )
        for c, inc in ((c0, Inclusion.INCLUDE), (c1, Inclusion.EXCLUDE))
    )  # fmt: skip
    return TargetingSelection(
        campaign=CampaignContext(CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.DAUM})),
        regions=(
            RegionPick("A", "강원도", "강원도"),  # saved before Kakao renamed it
            RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구"),
        ),
        ad_serving_categories=(CategoryPick("IAB1", "예술·엔터테인먼트"),),
        audiences=cohorts,
    )


@pytest.fixture
def saved_file(tmp_path: Path, sim_state: SimulatorState) -> Path:
    path = tmp_path / "plan.moment.json"
    doc = SavedSelection(
        _selection(sim_state),
        ad_account_id=1234,
        saved_at=datetime(2026, 3, 2, 10, 30).astimezone(),
        name="봄 세일 캠페인",
    )
    save(path, doc)
    return path


def _no_network_lookups() -> LookupService:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"review mode sent a request: {request.url.path}")

    client = MomentClient("unused", 1234, transport=httpx.MockTransport(refuse))
    return LookupService(client, LookupCache(), offline_only=True)


def test_review_opens_from_the_file_alone_with_no_network_and_no_token(
    qtbot, qloop, saved_file: Path
) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.show()
    assert "As saved on 2026-03-02 10:30" in window.banner.text()
    text = window.summary.toPlainText()
    for expected in ("강원도", "서울특별시", "강남구", "예술·엔터테인먼트", "Exclude", "182,000"):
        assert expected in text
    assert "Regions — 2 in 2 시/도" in text
    assert not window.ctx.state.is_modified


def test_offline_recheck_with_nothing_cached_says_so_without_sending(
    qtbot, qloop, saved_file: Path
) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.recheck.start()
    qtbot.waitUntil(lambda: window.recheck.result is not None, timeout=5000)
    kinds = {f.kind.value for f in window.recheck.open_findings}
    assert kinds == {"not-checked"}
    assert not window.recheck.accept_all_button.isEnabled()


def test_recheck_with_no_network_says_offline_nothing_checked_without_long_retries(
    qtbot, qloop, saved_file: Path
) -> None:
    tries: list[str] = []

    def no_network(request: httpx.Request) -> httpx.Response:
        tries.append(request.url.path)
        raise httpx.ConnectError("Name or service not known", request=request)

    # The app's own retry policy (4 attempts, backoff), not a test-shortened one.
    client = MomentClient("token", 1234, transport=httpx.MockTransport(no_network))
    window = open_for_review(str(saved_file), LookupService(client, LookupCache()))
    qtbot.addWidget(window)
    window.show()
    window.recheck.start()
    qtbot.waitUntil(lambda: window.recheck.result is not None, timeout=5000)
    # The two region searches run side by side, two tries each; every later list (categories,
    # cohorts) fails at once instead of waiting through its own retries.
    assert len(tries) == 4
    assert window.recheck.result.offline
    assert window.recheck.status.text.startswith("Offline: nothing checked")
    assert window.recheck.open_findings == [] and window.recheck.tree.topLevelItemCount() == 0


def test_recheck_counts_only_real_changes_and_uses_the_files_ad_account(
    qtbot, qloop, sim_state: SimulatorState, saved_file: Path
) -> None:
    lookups = make_demo_lookups(state=sim_state)
    lookups.ad_account_id = None  # the window has no account chosen; the file names 1234
    window = open_for_review(str(saved_file), lookups)
    qtbot.addWidget(window)
    window.recheck.start()
    qtbot.waitUntil(lambda: window.recheck.result is not None, timeout=10000)
    result = window.recheck.result
    assert result.not_checked == ()  # no "Choose an ad account first"
    assert result.changes
    status = window.recheck.status.text
    assert f"{len(result.changes)} change" in status and "could not be checked" not in status
    assert lookups.ad_account_id is None  # the editor's account is left alone


def _recheck(qtbot, sim_state: SimulatorState, saved_file: Path) -> ReviewWindow:
    window = open_for_review(str(saved_file), make_demo_lookups(state=sim_state))
    qtbot.addWidget(window)
    window.show()
    window.recheck.start()
    qtbot.waitUntil(lambda: window.recheck.result is not None, timeout=10000)
    return window


def test_accepting_one_finding_is_one_undo_step(
    qtbot, qloop, sim_state: SimulatorState, saved_file: Path
) -> None:
    sim_state.cohorts[1]["status"] = "DELETE"
    window = _recheck(qtbot, sim_state, saved_file)
    by_key = {(f.category, f.key): f for f in window.recheck.open_findings}
    assert set(by_key) == {("regions", "A"), ("cohort", str(sim_state.cohorts[1]["id"]))}
    state = window.ctx.state
    before = state.selection
    assert window.recheck.tree.topLevelItemCount() == 2
    window.recheck.tree.setCurrentItem(window.recheck.tree.topLevelItem(0))
    window.recheck.accept_selected()
    assert state.selection.regions[0].description == "강원특별자치도"
    assert state.undo_stack.count() == 1 and len(window.recheck.open_findings) == 1
    assert "changed since" in window.banner.text()
    state.undo_stack.undo()
    assert state.selection == before


def test_accept_all_is_a_single_undo_step(
    qtbot, qloop, sim_state: SimulatorState, saved_file: Path
) -> None:
    sim_state.cohorts[1]["status"] = "DELETE"
    sim_state.cohorts[0]["populationScore"] = 10
    window = _recheck(qtbot, sim_state, saved_file)
    assert len(window.recheck.open_findings) == 3
    window.recheck.accept_all_button.click()
    sel = window.ctx.state.selection
    assert [a.key for a in sel.audiences] == [str(sim_state.cohorts[0]["id"])]
    assert sel.audiences[0].population == 10
    assert window.ctx.state.undo_stack.count() == 1
    assert window.recheck.open_findings == []
    assert "Re-check" in window.summary.toPlainText()  # the report shows the re-check


def test_compare_with_a_pasted_fragment_counts_and_colours_each_change(
    qtbot, qloop, saved_file: Path, sim_state: SimulatorState
) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    live = _selection(sim_state).without_regions(["I1000"])
    live = live.with_regions([RegionPick("B", "경기도", "경기도")])
    window.compare.paste.setPlainText(json.dumps(to_fragment(live), ensure_ascii=False))
    window.compare.compare_button.click()
    tree = window.compare.tree
    heads = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    regions = heads["Regions"]
    assert regions.text(1) == "+1  −1  ~0"
    rows = {regions.child(i).text(2): regions.child(i) for i in range(regions.childCount())}
    assert rows["B"].text(0) == "Added" and rows["I1000"].text(0) == "Removed"
    assert rows["B"].foreground(0).color().name() == "#1b7f3b"
    assert rows["I1000"].foreground(0).color().name() == "#b3261e"
    assert "2 difference" in window.compare.message.text()


def test_compare_reports_an_unreadable_paste_plainly(qtbot, qloop, saved_file: Path) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.compare.paste.setPlainText("{not json")
    window.compare.compare_button.click()
    assert window.compare.message.text().startswith("The pasted text could not be read")
    assert window.compare.tree.topLevelItemCount() == 0


def test_export_from_the_review_window_writes_the_pdf(
    qtbot, qloop, saved_file: Path, tmp_path: Path
) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    out = tmp_path / "client.pdf"
    window.export_report(str(out))
    assert "강원도" in pypdf.PdfReader(out).pages[0].extract_text()
    assert "Wrote the PDF report" in window.statusBar().currentMessage()


def test_main_window_offers_review_recheck_and_compare(qtbot, qloop) -> None:
    from moment_gui.app import create_demo_window

    window = create_demo_window()
    qtbot.addWidget(window)
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert "Open for re&view…" in file_texts
    tools = [a.text() for a in window.tools_menu.actions()]
    assert {"&Re-check against current data…", "&Compare…"} <= set(tools)


# -- Save As and Open in editor ----------------------------------------------------------


# Bringing the editor forward calls raise(), which the offscreen test platform only logs.
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)


def _editor(qtbot, sim_state: SimulatorState):
    """A bare main window (panels built, nothing loaded) with the review actions installed."""
    from moment_gui.ui.context import AppContext
    from moment_gui.ui.main_window import MainWindow
    from moment_gui.ui.review_menu import install_review_actions
    from moment_gui.ui.state import SelectionState

    main = MainWindow(AppContext(SelectionState(), make_demo_lookups(state=sim_state)))
    qtbot.addWidget(main)
    install_review_actions(main)
    return main


def _review_from_menu(qtbot, monkeypatch, main, saved_file: Path) -> ReviewWindow:
    """File ▸ Open for review…, answering the file dialog with `saved_file`."""
    from moment_gui.ui import review as review_module

    monkeypatch.setattr(
        review_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved_file), "")
    )
    action = next(a for a in main.file_menu.actions() if a.text() == "Open for re&view…")
    action.trigger()
    window = main.findChild(ReviewWindow)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _accept_all_findings(qtbot, window: ReviewWindow) -> None:
    window.recheck.start()
    qtbot.waitUntil(lambda: window.recheck.result is not None, timeout=10000)
    assert window.recheck.open_findings
    qtbot.mouseClick(window.recheck.accept_all_button, Qt.MouseButton.LeftButton)


def _click_action(qtbot, window: ReviewWindow, action) -> None:
    button = window.findChild(QToolBar, "reviewToolbar").widgetForAction(action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_save_as_writes_the_reviewed_picks_with_the_files_facts_and_a_new_time(
    qtbot, qloop, monkeypatch, sim_state: SimulatorState, saved_file: Path, tmp_path: Path
) -> None:
    main = _editor(qtbot, sim_state)
    window = _review_from_menu(qtbot, monkeypatch, main, saved_file)
    window.show()
    _accept_all_findings(qtbot, window)  # 강원도 → 강원특별자치도
    assert window.ctx.state.is_modified
    original = saved_file.read_bytes()
    from moment_gui.ui.review import window as window_module

    target = tmp_path / "reviewed"  # no suffix typed: .json is added
    monkeypatch.setattr(
        window_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    _click_action(qtbot, window, window.save_as_action)

    written = load(tmp_path / "reviewed.json")
    assert written.selection == window.ctx.state.selection
    assert written.selection.regions[0].description == "강원특별자치도"
    assert (written.name, written.ad_account_id) == ("봄 세일 캠페인", 1234)
    assert written.saved_at is not None and written.saved_at > datetime(2026, 3, 2).astimezone()
    assert saved_file.read_bytes() == original  # the reviewed file itself is untouched
    assert not window.ctx.state.is_modified and "changed since" not in window.banner.text()
    assert written.saved_at.strftime("%Y-%m-%d %H:%M") in window.banner.text()
    assert main.ctx.state.selection.is_empty  # nothing leaked into the editor


def test_save_as_that_fails_says_why_and_keeps_the_changes_unsaved(
    qtbot, qloop, sim_state: SimulatorState, saved_file: Path, tmp_path: Path
) -> None:
    window = _recheck(qtbot, sim_state, saved_file)
    window.recheck.accept_all()
    assert not window.save_as(tmp_path / "no-such-folder" / "x.json")
    assert window.statusBar().currentMessage().startswith("Could not save")
    assert window.ctx.state.is_modified


@OFFSCREEN_RAISE
def test_open_in_editor_hands_the_picks_to_a_busy_editor_as_one_undo_step(
    qtbot, qloop, monkeypatch, sim_state: SimulatorState, saved_file: Path
) -> None:
    main = _editor(qtbot, sim_state)
    main.ctx.state.apply(TargetingSelection(regions=(RegionPick("B", "경기도", "경기도"),)), "pick")
    mine = main.ctx.state.selection
    window = _review_from_menu(qtbot, monkeypatch, main, saved_file)
    window.show()
    main.showMinimized()
    _accept_all_findings(qtbot, window)
    reviewed = window.ctx.state.selection

    _click_action(qtbot, window, window.open_in_editor_action)

    state = main.ctx.state
    assert state.selection == reviewed
    assert state.undo_stack.count() == 2 and state.is_modified
    assert "Open reviewed selection" in state.undo_stack.undoText()
    assert main.isVisible() and not main.isMinimized()
    state.undo_stack.undo()
    assert state.selection == mine  # one undo gives the editor's own picks back
    assert window.ctx.state.selection == reviewed  # the review window keeps its picks


@OFFSCREEN_RAISE
def test_open_in_editor_on_an_empty_editor_opens_the_file_and_keeps_accepted_changes_undoable(
    qtbot, qloop, monkeypatch, sim_state: SimulatorState, saved_file: Path
) -> None:
    main = _editor(qtbot, sim_state)
    window = _review_from_menu(qtbot, monkeypatch, main, saved_file)
    _accept_all_findings(qtbot, window)
    window.open_in_editor_action.trigger()  # the review window was never shown

    state = main.ctx.state
    assert state.selection == window.ctx.state.selection
    assert state.undo_stack.count() == 1 and state.is_modified  # accepted changes: unsaved
    state.undo_stack.undo()
    assert state.selection == load(saved_file).selection  # not back to an empty window
    assert state.undo_stack.count() == 1


@OFFSCREEN_RAISE
def test_open_in_editor_without_changes_is_like_opening_the_file(
    qtbot, qloop, monkeypatch, sim_state: SimulatorState, saved_file: Path
) -> None:
    main = _editor(qtbot, sim_state)
    window = _review_from_menu(qtbot, monkeypatch, main, saved_file)
    window.open_in_editor_action.trigger()
    state = main.ctx.state
    assert state.selection == load(saved_file).selection
    assert state.undo_stack.count() == 0 and not state.is_modified


def test_reviewing_the_editors_own_picks_offers_no_hand_over_and_save_as_keeps_it_unsaved(
    qtbot, qloop, sim_state: SimulatorState, tmp_path: Path
) -> None:
    from moment_gui.ui.review import review_current

    main = _editor(qtbot, sim_state)
    main.ctx.state.apply(_selection(sim_state), "picks")
    window = review_current(main)
    qtbot.addWidget(window)
    assert not window.open_in_editor_action.isVisible()
    assert window.save_as(tmp_path / "copy.json")
    assert load(tmp_path / "copy.json").selection == main.ctx.state.selection
    assert main.ctx.state.is_modified  # a copy elsewhere does not save the editor's file


def test_title_and_notes_are_edited_in_review_saved_in_the_file_and_shown_in_the_report(
    qtbot, qloop, saved_file: Path, tmp_path: Path
) -> None:
    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.show()
    assert window.title_edit.text() == "봄 세일 캠페인"
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "Client plan A")
    window.notes_edit.setFocus()
    qtbot.keyClicks(window.notes_edit, "For the Tuesday meeting")
    assert "Client plan A *" in window.windowTitle()
    summary = window.summary.toHtml()
    assert "Client plan A" in summary and "For the Tuesday meeting" in summary
    target = tmp_path / "copy.json"
    assert window.save_as(target)
    saved = load(target)
    assert (saved.name, saved.notes) == ("Client plan A", "For the Tuesday meeting")
    assert "*" not in window.windowTitle()


def test_review_and_its_summary_follow_the_ui_language(qtbot, qloop, qapp, saved_file) -> None:
    from moment_gui.ui.i18n import LanguageSwitcher

    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.show()
    assert "Summary" in window.summary.toPlainText()
    languages = qapp.findChild(LanguageSwitcher) or LanguageSwitcher(qapp)
    try:
        assert languages.apply("ko")
        qtbot.waitUntil(lambda: "요약" in window.summary.toPlainText(), timeout=2000)
        assert "Summary" not in window.summary.toPlainText()
        assert "저장 기준" in window.banner.text()
        assert window.title_label.text() == "제목(&T):"
    finally:
        languages.apply("en")
    qtbot.waitUntil(lambda: "Summary" in window.summary.toPlainText(), timeout=2000)


def test_review_save_as_and_export_work_from_the_keyboard(
    qtbot, qloop, saved_file: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog

    window = open_for_review(str(saved_file), _no_network_lookups())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window shortcuts answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.title_edit.setFocus()
    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.is_file() and "봄 세일 캠페인" in target.read_text(encoding="utf-8")
    copy = tmp_path / "copy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.title_edit, Qt.Key.Key_S, shift_ctrl)
    assert load(copy).name == "봄 세일 캠페인"
