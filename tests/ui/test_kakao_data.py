"""The Kakao data tab (관심사 / 업종) against the in-process simulator: both trees load, filter
the Hangul way, tick parents and children as one undo step each, never keep both levels,
recover from a failed load with Retry, and the problem list's fix resolves a pasted conflict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeView

from moment_gui.domain import kinds
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.rules import RuleId
from moment_gui.ui.context import AppContext
from moment_gui.ui.kakao_data import KakaoDataPanel
from moment_gui.ui.kakao_data.panel import DataCategoryTree
from moment_gui.ui.problems import ProblemList

INTEREST = DataKind.INTEREST
BUSINESS = DataKind.BUSINESS_TYPE


@pytest.fixture
def panel_ctx(qtbot, qloop, sim_ctx) -> Iterator[tuple[KakaoDataPanel, AppContext]]:
    ctx = sim_ctx
    panel = KakaoDataPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    task = ctx.spawn(panel.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    yield panel, ctx
    ctx.cancel_all()


def visible_ids(tree: DataCategoryTree, parent: QModelIndex | None = None) -> list[str]:
    """Every ID shown through the filter, depth first."""
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(tree.proxy.rowCount(parent)):
        index = tree.proxy.index(row, 0, parent)
        out.append(index.data(Qt.ItemDataRole.UserRole))
        out += visible_ids(tree, index)
    return out


def tick(tree: DataCategoryTree, ident: str) -> None:
    """Click the row's check box like a planner would (expanding its parents first)."""
    index = tree.proxy.mapFromSource(tree.model.index_for(ident))
    assert index.isValid(), f"{ident} is not shown"
    view: QTreeView = tree.tree
    up = index.parent()
    while up.isValid():
        view.expand(up)
        up = up.parent()
    view.scrollTo(index)
    rect = view.visualRect(index)
    style = view.style()
    x = rect.left() + style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) // 2 + 3
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))


def state_of(tree: DataCategoryTree, ident: str) -> Qt.CheckState:
    return Qt.CheckState(tree.model.index_for(ident).data(Qt.ItemDataRole.CheckStateRole))


def picked(ctx: AppContext, kind: DataKind) -> list[str]:
    return [c.id for c in ctx.state.selection.data_categories_of(kind)]


def test_both_trees_load_the_demo_lists_nested_by_id(panel_ctx, sim_state) -> None:
    panel, _ = panel_ctx
    interests = panel.trees[INTEREST]
    assert interests.tree.objectName() == "interestTree"
    assert interests.status.text == "demo data"
    assert interests.model.category_count == len(sim_state.data_categories["INTEREST"])
    business = panel.trees[BUSINESS]
    assert business.model.category_count == len(sim_state.data_categories["BUSINESS_TYPE"])
    # Top level: the 3-character IDs only; "I0101" sits under "I01", "I010101" under "I0101".
    top = [
        interests.model.index(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(interests.model.rowCount())
    ]
    assert top and all(len(i) == 3 for i in top)
    game = interests.model.index_for("I01")
    mobile = interests.model.index_for("I0101")
    assert mobile.parent() == game
    assert interests.model.index_for("I010101").parent() == mobile
    assert game.data() == "게임"


def test_filter_matches_chosung_and_keeps_the_parents(qtbot, panel_ctx, ime_type) -> None:
    panel, _ = panel_ctx
    tree = panel.trees[INTEREST]
    ime_type(tree.filter, "ㅍㅈ")  # 퍼즐, typed as 초성
    shown = visible_ids(tree)
    assert "I010102" in shown  # 퍼즐
    assert shown[:2] == ["I01", "I0101"]  # its parents stay, so the planner sees where it is
    assert "I02" not in shown
    assert tree.tree.isExpanded(tree.proxy.mapFromSource(tree.model.index_for("I0101")))
    tree.filter.clear()
    assert len(visible_ids(tree)) == tree.model.category_count


def test_ticking_a_child_then_its_parent_asks_and_keep_parent_is_one_undo(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    tree = panel.trees[INTEREST]
    tick(tree, "I010101")
    tick(tree, "I010102")
    assert picked(ctx, INTEREST) == ["I010101", "I010102"]
    assert state_of(tree, "I0101") == Qt.CheckState.PartiallyChecked
    assert state_of(tree, "I01") == Qt.CheckState.PartiallyChecked
    assert ctx.state.undo_stack.count() == 2

    tick(tree, "I01")  # the parent of both: Kakao takes one level, so the tab asks
    assert tree.conflict_bar.isVisible()
    assert "2" in tree.conflict_bar.message
    assert picked(ctx, INTEREST) == ["I010101", "I010102"]  # nothing changed yet
    qtbot.mouseClick(tree.conflict_bar.button("interestTreeKeepParent"), Qt.MouseButton.LeftButton)
    assert picked(ctx, INTEREST) == ["I01"]
    assert not tree.conflict_bar.isVisible()
    # Inside a picked category: shown included, not tickable on its own.
    assert state_of(tree, "I010101") == Qt.CheckState.Checked
    assert not tree.model.flags(tree.model.index_for("I010101")) & Qt.ItemFlag.ItemIsUserCheckable
    ctx.state.undo_stack.undo()
    assert picked(ctx, INTEREST) == ["I010101", "I010102"]


def test_keep_the_ones_inside_leaves_the_picks(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    tree = panel.trees[BUSINESS]
    tick(tree, "B010101")
    tick(tree, "B01")
    inner = tree.model.index_for("B010101").data()
    # One category inside: said in the singular, and the button names it.
    assert "a picked category inside it (" + inner + ")" in tree.conflict_bar.message
    assert "categories" not in tree.conflict_bar.message.split(".")[0]
    assert tree.conflict_bar.button("businessTypeTreeKeepInside").text() == "Keep " + inner
    qtbot.mouseClick(
        tree.conflict_bar.button("businessTypeTreeKeepInside"), Qt.MouseButton.LeftButton
    )
    assert picked(ctx, BUSINESS) == ["B010101"]
    assert not tree.conflict_bar.isVisible()


def test_unticking_and_clear_are_undoable(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    tree = panel.trees[BUSINESS]
    tick(tree, "B0101")
    tick(tree, "B02")
    assert tree.count.text() == f"2 picked of {tree.model.category_count} categories"
    tick(tree, "B0101")
    assert picked(ctx, BUSINESS) == ["B02"]
    qtbot.mouseClick(tree.clear_button, Qt.MouseButton.LeftButton)
    assert picked(ctx, BUSINESS) == []
    ctx.state.undo_stack.undo()
    assert picked(ctx, BUSINESS) == ["B02"]


def test_a_pasted_parent_with_children_is_a_problem_fixed_in_one_click(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    problems = ProblemList(ctx)
    qtbot.addWidget(problems)
    pasted = ctx.state.selection.with_data_categories(
        [
            DataCategoryPick(INTEREST, "I01", "I01"),  # a fragment carries IDs only
            DataCategoryPick(INTEREST, "I0101", "I0101"),
        ]
    )
    ctx.state.apply(pasted, "paste")
    tree = panel.trees[INTEREST]
    assert state_of(tree, "I01") == Qt.CheckState.Checked
    rule = [p for p in problems.problems if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]
    assert len(rule) == 1 and rule[0].area is kinds.INTERESTS
    qtbot.mouseClick(problems.fix_button, Qt.MouseButton.LeftButton)  # "Keep …" the parent
    assert picked(ctx, INTEREST) == ["I01"]
    assert not any(p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS for p in problems.problems)
    # Show in panel selects the category the problem names.
    panel.focus_items(kinds.INTERESTS, ("I01",))
    assert tree.tree.currentIndex().data(Qt.ItemDataRole.UserRole) == "I01"


def test_a_failed_load_says_why_next_to_the_tree_and_retry_loads(
    qtbot, qloop, sim_ctx, sim_state
) -> None:
    sim_state.faults.error_rate = 1.0
    panel = KakaoDataPanel(sim_ctx)
    qtbot.addWidget(panel)
    panel.show()
    task = sim_ctx.spawn(panel.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    tree = panel.trees[INTEREST]
    assert tree.status.is_error and tree.status.text
    assert tree.model.category_count == 0
    sim_state.faults.error_rate = 0.0
    qtbot.mouseClick(tree.status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree.model.category_count > 0, timeout=10_000)
    assert not tree.status.is_error
    sim_ctx.cancel_all()


def test_a_pick_kakao_no_longer_lists_stays_visible_and_can_be_unticked(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    gone = DataCategoryPick(INTEREST, "I99", "사라진 관심사")
    ctx.state.apply(ctx.state.selection.with_data_categories([gone]), "open")
    tree = panel.trees[INTEREST]
    index = tree.model.index_for("I99")
    assert index.isValid() and state_of(tree, "I99") == Qt.CheckState.Checked
    assert "not in the list" in index.data(Qt.ItemDataRole.ToolTipRole)
    tick(tree, "I99")
    assert picked(ctx, INTEREST) == []
    assert not tree.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable  # never ticked again
