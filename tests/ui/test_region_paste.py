"""Pasting a list of regions into the Regions panel (against the simulator's region list):
matched lines, an ambiguous "중구" chosen from its candidates, an unmatched line fixed in
place, all added in one undo step; a dropped CP949 .csv; waiting for the offline list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from moment_gui.domain.region_match import MatchStatus
from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
from moment_gui.simulator import SimulatorState
from moment_gui.ui.regions import RegionPanel

LIST = "지역\n서울 강남구 역삼1동\n분당구 정자1동\n중구\n없는동네 123\n해운대구\n"


def catalogue_of(state: SimulatorState) -> RegionCatalogue:
    wire = (*state.depth1, *state.depth2, *state.depth3)
    return RegionCatalogue.from_picks(region_pick_from_json(o) for o in wire)


@pytest.fixture
def panel(qtbot, qloop, sim_ctx, sim_state) -> RegionPanel:
    sim_ctx.set_catalogue(catalogue_of(sim_state))
    panel = RegionPanel(sim_ctx)
    qtbot.addWidget(panel)
    panel.resize(520, 800)
    panel.show()
    yield panel
    sim_ctx.cancel_all()


def statuses(panel: RegionPanel) -> list[MatchStatus]:
    return [r.status for r in panel.paste_list.results]


def names(panel: RegionPanel) -> list[str]:
    return sorted(p.display_path for p in panel.ctx.state.selection.regions)


def edit_line(qtbot, panel: RegionPanel, row: int, text: str) -> None:
    """Double-click the line's cell, replace its text in the editor, press Enter."""
    table = panel.paste_list.table
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.viewport().findChild(QLineEdit)  # the delegate's editor over the cell
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    editor.insert(text)  # Hangul cannot be typed with QTest: the IME's committed text
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, 0).text() == text)  # the commit is queued


def test_the_paste_list_button_opens_the_flow_with_the_clipboard(qtbot, panel) -> None:
    QApplication.clipboard().setText(LIST)
    qtbot.mouseClick(panel.paste_list_button, Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.paste_list
    flow = panel.paste_list
    # The header row "지역" is skipped; the five lines are matched at once.
    assert [r.text for r in flow.results] == [
        "서울 강남구 역삼1동",
        "분당구 정자1동",
        "중구",
        "없는동네 123",
        "해운대구",
    ]
    assert statuses(panel) == [
        MatchStatus.MATCHED,
        MatchStatus.MATCHED,
        MatchStatus.AMBIGUOUS,
        MatchStatus.UNMATCHED,
        MatchStatus.MATCHED,
    ]
    assert flow.table.item(0, 1).text() == "서울특별시 강남구 역삼1동"
    assert flow.summary.text() == "3 matched, 1 ambiguous (choose one), 1 unmatched (edit the line)"
    assert flow.add_button.text() == "&Add 3 regions"


def test_matched_and_chosen_lines_are_added_in_one_undo_step(qtbot, panel) -> None:
    panel.open_paste_list(LIST)
    flow = panel.paste_list
    combo = flow.choice(2)
    assert combo is not None and combo.count() > 3  # "Choose one of N…" + the 중구s
    candidates = [combo.itemText(i) for i in range(1, combo.count())]
    assert "서울특별시 중구" in candidates
    combo.setFocus()
    for _ in range(candidates.index("서울특별시 중구") + 1):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "서울특별시 중구"
    assert flow.add_button.text() == "&Add 4 regions"

    before = panel.ctx.state.undo_stack.count()
    qtbot.mouseClick(flow.add_button, Qt.MouseButton.LeftButton)
    assert panel.ctx.state.undo_stack.count() == before + 1
    assert names(panel) == sorted(
        ["서울특별시 › 강남구 › 역삼1동", "경기도 › 성남시 분당구 › 정자1동", "서울특별시 › 중구",
         "부산광역시 › 해운대구"]
    )  # fmt: skip
    # The unmatched line stays listed to fix; the panel still shows the flow.
    assert [r.text for r in flow.results] == ["없는동네 123"]
    assert panel.pages.currentWidget() is flow

    panel.ctx.state.undo_stack.undo()
    assert names(panel) == []


def test_an_unmatched_line_is_fixed_in_place_and_then_added(qtbot, panel) -> None:
    panel.open_paste_list("없는동네\n해운대구")
    flow = panel.paste_list
    assert statuses(panel) == [MatchStatus.UNMATCHED, MatchStatus.MATCHED]
    edit_line(qtbot, panel, 0, "서울 종로구 청운효자동")
    assert statuses(panel) == [MatchStatus.MATCHED, MatchStatus.MATCHED]
    assert flow.table.item(0, 1).text() == "서울특별시 종로구 청운효자동"
    qtbot.mouseClick(flow.add_button, Qt.MouseButton.LeftButton)
    assert len(panel.ctx.state.selection.regions) == 2
    assert panel.pages.currentIndex() == 0  # nothing left to settle: back to the tree


def test_a_dropped_cp949_csv_is_read_and_matched(qtbot, panel, tmp_path: Path) -> None:
    path = tmp_path / "client-list.csv"
    path.write_bytes("번호,지역,예산\n1,서울 강남구 역삼1동,100\n2,해운대구,50\n".encode("cp949"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = panel.rect().center()
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        event = QDropEvent(
            QPoint(pos.x(), pos.y()).toPointF(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            kind,
        )
        QApplication.sendEvent(panel, event)
        assert event.isAccepted()
    assert statuses(panel) == [MatchStatus.MATCHED, MatchStatus.MATCHED]
    assert [r.pick.display_path for r in panel.paste_list.results if r.pick] == [
        "서울특별시 › 강남구 › 역삼1동",
        "부산광역시 › 해운대구",
    ]


def test_a_binary_file_is_refused_in_plain_words(qtbot, panel, tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(b"\xff\xff\x00\x81\xfe" * 10)
    with qtbot.waitSignal(panel.ctx.statusMessage) as said:
        assert not panel.open_list_file(path)
    assert said.args == ["list.txt is neither UTF-8 nor CP949 (EUC-KR) text."]
    assert panel.pages.currentIndex() == 0


def test_without_the_offline_list_the_flow_waits_then_matches(
    qtbot, qloop, sim_ctx, sim_state
) -> None:
    panel = RegionPanel(sim_ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.open_paste_list("해운대구")
    flow = panel.paste_list
    assert flow.waiting.isVisible() and not flow.match_button.isEnabled()
    assert flow.results == []
    sim_ctx.set_catalogue(catalogue_of(sim_state))
    assert statuses(panel) == [MatchStatus.MATCHED]
    assert not flow.waiting.isVisible()
