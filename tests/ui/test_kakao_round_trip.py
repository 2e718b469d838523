"""The Kakao round trip in the real window, against the simulator over real HTTP.

File ▸ Open from Kakao… (account → campaign → ad group), a region and a cohort changed with
the real panels, File ▸ Apply to ad group…, the confirmation, and what Kakao holds afterwards;
the same with Kakao refusing, with the ad group changed on Kakao meanwhile, and the wire check.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moment_gui.api import client as client_module
from moment_gui.api.pacing import EditPacer
from moment_gui.app import attach_controllers, build_window
from moment_gui.domain.campaign import CampaignType, Goal, Placement
from moment_gui.domain.kinds import AudienceKind
from moment_gui.services.connection import BASE_URL_ENV, Connection
from moment_gui.simulator import SimulatorState
from moment_gui.store.settings import Settings
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.kakao_round_trip import KakaoRoundTrip
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.regions import RegionPanel
from tests.ui.test_audiences import click_check
from tests.ui.test_region_panel import child, tick

TOKEN = "live-token-round-trip-5e1d"
ACCOUNT = 1234
CAMPAIGN = 700104  # 디스플레이 방문 캠페인 (DISPLAY × VISITING)
AD_GROUP = 800107


@pytest.fixture
def window(
    qtbot: QtBot,
    qloop: object,
    sim_server: str,
    sim_state: SimulatorState,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setenv(BASE_URL_ENV, sim_server)
    # One pacer per test: the 5-s turn of another test's edit must not slow this one.
    monkeypatch.setattr(client_module, "EDIT_PACER", EditPacer())
    sim_state.valid_tokens.add(TOKEN)
    lookups = Connection().live(TOKEN, ACCOUNT)
    w = build_window(lookups, "Kakao Moment · ad account 1234", Settings.load())
    attach_controllers(w, demo=True)  # demo=True: no welcome dialog (a token is in use)
    w.resize(1280, 720)
    w.show()
    loaded = w.start_loading()
    qtbot.waitUntil(loaded.done, timeout=20000)
    yield w
    w.close_guards.clear()
    w.close()  # cancels its tasks; let them finish before the widgets go
    qtbot.waitUntil(lambda: not w.ctx.busy, timeout=5000)
    shiboken6.delete(w)


def kakao(w: MainWindow) -> KakaoRoundTrip:
    assert w.kakao is not None
    return w.kakao


def open_ad_group(qtbot: QtBot, w: MainWindow, ad_group: int = AD_GROUP) -> None:
    """File ▸ Open from Kakao…, choose account, campaign and ad group, click Open."""
    assert "Open from &Kakao…" in [a.text() for a in w.file_menu.actions()]
    kakao(w).open_action.trigger()
    dialog = kakao(w).open_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.accounts.current_id == ACCOUNT, timeout=10000)
    qtbot.waitUntil(lambda: len(dialog.campaigns.rows) > 0, timeout=10000)
    assert dialog.campaigns.select_id(CAMPAIGN)
    qtbot.waitUntil(lambda: len(dialog.ad_groups.rows) > 0, timeout=10000)
    assert "Display · Visit" in dialog.campaign_info.text()
    assert not dialog.open_button.isEnabled()
    assert dialog.ad_groups.select_id(ad_group)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: kakao(w).origin is not None, timeout=10000)


def region_panel(w: MainWindow) -> RegionPanel:
    assert isinstance(w.region_panel, RegionPanel)
    return w.region_panel


def cohort_tab(w: MainWindow) -> AudienceListTab:
    return next(t for t in w.findChildren(AudienceListTab) if t.kind is AudienceKind.COHORT)


def change_a_region_and_a_cohort(qtbot: QtBot, w: MainWindow) -> None:
    w.tabs.setCurrentWidget(w.audience_panel)
    tab = cohort_tab(w)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    before = len(w.ctx.state.selection.audiences)
    click_check(qtbot, tab, "2")  # include cohort 2 (봄 → 앱 설치 전환 고객)
    assert len(w.ctx.state.selection.audiences) == before + 1
    panel = region_panel(w)
    qtbot.waitUntil(lambda: panel.tree_model.rowCount() > 0, timeout=10000)
    tick(panel, child(panel, "경기도"))
    assert "B" in {r.value for r in w.ctx.state.selection.regions}


def apply_dialog_ready(qtbot: QtBot, w: MainWindow):  # type: ignore[no-untyped-def]
    kakao(w).apply_action.trigger()
    dialog = kakao(w).apply_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(
        lambda: dialog.apply_button.isEnabled() or "#b3261e" in dialog.outcome.styleSheet(),
        timeout=10000,
    )
    assert dialog.apply_button.isEnabled(), dialog.outcome.text()
    return dialog


def tree_rows(dialog) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    rows: dict[str, list[str]] = {}
    for i in range(dialog.tree.topLevelItemCount()):
        head = dialog.tree.topLevelItem(i)
        rows[head.text(0)] = [head.text(1)] + [
            f"{head.child(j).text(0)} {head.child(j).text(2)}" for j in range(head.childCount())
        ]
    return rows


# -- open --------------------------------------------------------------------------------------


def test_open_from_kakao_fills_the_picker_and_locks_the_campaign_with_its_source(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    assert not kakao(w).apply_action.isEnabled()
    open_ad_group(qtbot, w)
    sel = w.ctx.state.selection
    raw = sim_state.ad_groups[AD_GROUP]
    assert sel.campaign is not None
    assert (sel.campaign.campaign_type, sel.campaign.goal) == (
        CampaignType.DISPLAY,
        Goal.VISITING,
    )
    assert sel.campaign.placements == frozenset(Placement(p) for p in raw["placements"])
    expected_regions = {
        loc["value"]
        for key in ("locations", "depth2Locations", "depth3Locations")
        for loc in raw["targeting"].get(key, [])
    }
    assert {r.value for r in sel.regions} == expected_regions
    assert {a.key for a in sel.audiences if a.kind is AudienceKind.COHORT} == {"1", "3"}
    bar = w.campaign_bar
    assert bar.is_locked and not bar.combo.isEnabled()
    assert not any(b.isEnabled() for b in bar.placement_boxes.values())
    assert "디스플레이 방문 캠페인" in bar.locked_note.text()
    assert kakao(w).bar.isVisible() and str(AD_GROUP) in kakao(w).bar.label.text()
    assert kakao(w).apply_action.isEnabled()
    # Keys the picker does not edit are kept in the selection, to be written back.
    assert "lookalikeTargetings" in w.preview.text and "bidAmount" in w.preview.text
    w.ctx.state.undo_stack.undo()  # the open is one undoable step
    assert w.ctx.state.selection.regions == ()


def test_a_failed_list_says_why_next_to_it_and_retry_loads_it(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    sim_state.valid_tokens.discard(TOKEN)
    kakao(w).open_action.trigger()
    dialog = kakao(w).open_dialog
    assert dialog is not None
    status = dialog.accounts.status
    qtbot.waitUntil(lambda: status.is_error, timeout=10000)
    assert "rejected or has expired" in status.text
    sim_state.valid_tokens.add(TOKEN)
    qtbot.mouseClick(status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.accounts.rows) > 0, timeout=10000)
    assert not status.is_error


def test_the_wire_check_lists_other_spellings_and_unknown_keys_with_raw_json(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    open_ad_group(qtbot, w, AD_GROUP + 1)  # the second of each campaign: other spellings
    opened = kakao(w).opened
    assert opened is not None and opened.wire_check.findings
    assert f"({len(opened.wire_check.findings)})" in kakao(w).bar.wire_button.text()
    qtbot.mouseClick(kakao(w).bar.wire_button, Qt.MouseButton.LeftButton)
    dialog = kakao(w).wire_dialog
    assert dialog is not None and dialog.isVisible()
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("trackerTargetingTerms" in t for t in texts), texts
    assert any(t.startswith("Unknown key") for t in texts), texts
    assert dialog.finding_raw.toPlainText().strip()
    whole = json.loads(dialog.whole.toPlainText())
    assert whole == sim_state.ad_groups[AD_GROUP + 1]


# -- apply -------------------------------------------------------------------------------------


def test_open_change_a_region_and_a_cohort_apply_confirm_and_kakao_holds_them(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    open_ad_group(qtbot, w)
    before = copy.deepcopy(sim_state.ad_groups[AD_GROUP])
    change_a_region_and_a_cohort(qtbot, w)
    dialog = apply_dialog_ready(qtbot, w)
    assert dialog.windowModality() != Qt.WindowModality.NonModal  # open(), never exec()
    assert "1 added" in dialog.summary.text() or "2 added" in dialog.summary.text()
    rows = tree_rows(dialog)
    assert any("Regions" in k for k in rows) and any("Cohorts" in k for k in rows), rows
    assert sim_state.edits == []  # nothing sent before the confirmation
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=15000)
    assert "Applied. Kakao read back exactly these picks." in dialog.outcome.text()
    after = sim_state.ad_groups[AD_GROUP]
    targeting = after["targeting"]
    assert {"value": "B", "description": "경기도", "depth1Name": "경기도"} in targeting["locations"]
    assert {c["cohortId"] for c in targeting["cohortTargetings"]} == {1, 2, 3}
    for key in ("lookalikeTargetings", "ufoInterests", "ages"):  # untouched, as Kakao sent them
        assert targeting[key] == before["targeting"][key]
    for key in ("bidAmount", "schedule", "deviceTypes"):
        assert after.get(key) == before.get(key)
    assert len(sim_state.edits) == 1
    # The next apply waits out Kakao's 5-second turn and says so.
    click_check(qtbot, cohort_tab(w), "4")
    kakao(w).apply_action.trigger()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    seen: list[str] = []
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    def done() -> bool:
        seen.append(dialog.outcome.text())
        return dialog.busy.isHidden()

    qtbot.waitUntil(done, timeout=15000)
    assert any(t.startswith("Waiting ") and " s:" in t for t in seen), seen[:3]
    assert "Applied." in dialog.outcome.text()
    assert len(sim_state.edits) == 2


def test_a_refusal_is_shown_next_to_its_panel_and_every_pick_is_kept(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    open_ad_group(qtbot, w)
    before = copy.deepcopy(sim_state.ad_groups[AD_GROUP])
    change_a_region_and_a_cohort(qtbot, w)
    picks = w.ctx.state.selection
    cohort = next(c for c in sim_state.cohorts if c["id"] == 2)
    cohort["status"] = "WAITING"  # on Kakao the cohort is no longer usable
    dialog = apply_dialog_ready(qtbot, w)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=15000)
    assert "Kakao refused the change (detail 22406)" in dialog.outcome.text()
    assert "not ready to use" in dialog.outcome.text()
    bar = kakao(w).refusal_bars["audiences"]
    assert bar.isVisible() and bar.parentWidget() is w.tabs.parentWidget()  # right above it
    assert w.tabs.currentWidget() is w.audience_panel
    assert "22406" in bar.text
    assert w.ctx.state.selection == picks  # nothing picked is lost
    assert sim_state.ad_groups[AD_GROUP] == before  # nothing changed on Kakao
    # Fixing it and applying again works from the same dialog.
    cohort["status"] = "AVAILABLE"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Applied." in dialog.outcome.text(), timeout=15000)
    assert not bar.isVisible()


def test_a_change_on_kakao_since_opening_is_said_and_reload_is_offered(
    qtbot: QtBot, window: MainWindow, sim_state: SimulatorState
) -> None:
    w = window
    open_ad_group(qtbot, w)
    change_a_region_and_a_cohort(qtbot, w)
    sim_state.change_ad_group(AD_GROUP, lambda g: g.update(bidAmount=999))
    dialog = apply_dialog_ready(qtbot, w)
    assert dialog.kakao_warning.isVisible()
    assert "changed this ad group on Kakao" in dialog.kakao_warning.text()
    assert "bidAmount" in dialog.kakao_warning.text()
    assert dialog.reload_button.isVisible()
    assert dialog.apply_button.text() == "Apply &anyway"
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.kakao_warning.isVisible(), timeout=10000)
    opened = kakao(w).opened
    assert opened is not None and opened.ad_group.raw["bidAmount"] == 999
    w.ctx.state.undo_stack.undo()  # the planner's picks come back after the reload
    assert "B" in {r.value for r in w.ctx.state.selection.regions}


def test_the_demo_does_the_whole_round_trip_without_a_token(
    qtbot: QtBot, qloop: object, sim_state: SimulatorState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moment_gui.app import create_demo_window

    monkeypatch.setattr(client_module, "EDIT_PACER", EditPacer())
    w = create_demo_window(Settings.load(), world=sim_state)
    attach_controllers(w, demo=True)
    w.show()
    try:
        open_ad_group(qtbot, w)
        sel = w.ctx.state.selection
        emptied = sel.without_regions(sel.region_values())  # goes to Kakao as []
        w.ctx.state.apply(emptied, "remove every region")
        dialog = apply_dialog_ready(qtbot, w)
        assert "Regions" in next(iter(tree_rows(dialog))), dialog.outcome.text()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Applied." in dialog.outcome.text(), timeout=15000)
        targeting = sim_state.ad_groups[AD_GROUP]["targeting"]
        assert targeting["locations"] == [] and targeting["depth2Locations"] == []
        assert json.loads(sim_state.edits[-1].body)["targeting"]["depth3Locations"] == []
    finally:
        w.close_guards.clear()
        w.close()
        qtbot.waitUntil(lambda: not w.ctx.busy, timeout=5000)
        shiboken6.delete(w)
