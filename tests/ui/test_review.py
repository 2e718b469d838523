"""Review window: offline review from the file alone, re-check acceptance with undo, compare."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import httpx
import pypdf
import pytest

from moment_gui.api.client import MomentClient
from moment_gui.demo import make_demo_lookups
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, save
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
    assert "Open for &review…" in file_texts
    tools = [a.text() for a in window.tools_menu.actions()]
    assert {"&Re-check against current data…", "&Compare…"} <= set(tools)
