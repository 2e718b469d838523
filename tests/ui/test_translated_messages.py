"""With 한국어 installed, sentences built below ui/ (rule problems, fix labels, API errors) read
in Korean: the problem list and the panel error strips translate their `Message`s."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.domain.rules import RuleId
from moment_gui.domain.selection import RegionPick
from moment_gui.simulator import SimulatorState
from moment_gui.ui.i18n import qm_path
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.widgets.panel_status import PanelStatus

SEOUL = RegionPick("I", "서울특별시", "서울특별시")
GANGNAM = RegionPick("I1", "서울특별시 강남구", "서울특별시", "강남구")
TOKEN_REJECTED_KO = "비즈니스 토큰이 거부되었거나 만료되었습니다. 새 토큰을 입력하세요."


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(qm_path("ko")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def open_window(qtbot: QtBot, world: SimulatorState | None = None) -> MainWindow:
    window = create_demo_window(world=world)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=15000)
    return window


def test_a_region_picked_at_two_levels_is_explained_and_fixed_in_korean(
    qtbot: QtBot, qloop: qasync.QEventLoop, korean: None
) -> None:
    window = open_window(qtbot)
    state = window.ctx.state
    state.apply(state.selection.with_regions([SEOUL, GANGNAM]), "two levels")
    problems = window.problems
    row = next(i for i, p in enumerate(problems.problems) if p.rule is RuleId.REGION_AT_TWO_LEVELS)
    shown = problems.list.item(row).text()
    assert shown == (
        "서울특별시 전체와 그 안의 지역 1곳(서울특별시 강남구)이 함께 선택되었습니다. "
        "같은 지역을 두 단계로 선택하면 카카오가 거부합니다."
    )
    # English stays the CLI's and the logs' language.
    assert problems.problems[row].message.startswith("서울특별시 is picked together with 1 area")
    problems.list.setCurrentRow(row)
    assert problems.fix_button.text().endswith("서울특별시만 남기기")
    problems.apply_fix(problems.problems[row])
    assert state.undo_stack.undoText() == "서울특별시만 남기기"
    assert [r.value for r in state.selection.regions] == ["I"]
    window.close()


def test_a_revoked_token_is_explained_in_korean_in_the_panel_strip(
    qtbot: QtBot, qloop: qasync.QEventLoop, sim_state: SimulatorState, korean: None
) -> None:
    sim_state.valid_tokens.clear()
    window = open_window(qtbot, sim_state)
    strips = [s for s in window.findChildren(PanelStatus) if s.is_error]
    assert strips, "no panel showed the 401"
    assert {s.text for s in strips} == {TOKEN_REJECTED_KO}
    window.close()


def test_one_kakao_data_category_inside_another_reads_right_in_korean(korean: None) -> None:
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
    from moment_gui.domain.rules import check
    from moment_gui.domain.selection import TargetingSelection
    from moment_gui.ui.i18n import tr_message

    game = DataCategoryPick(DataKind.INTEREST, "I01", "게임")
    puzzle = DataCategoryPick(DataKind.INTEREST, "I0101", "퍼즐")
    sel = TargetingSelection().with_data_categories([game, puzzle])
    (problem,) = [p for p in check(sel) if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]
    assert tr_message(problem.text).startswith("“게임”와(과) 그 안의 카테고리 1개(“퍼즐”)가")
    assert tr_message(problem.fixes[1].text) == "“퍼즐”만 남기기"
