"""Region item models on their own: Qt's model contract, tri-state counts, spans, folding."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from moment_gui.domain.selection import RegionPick
from moment_gui.ui.regions.pick_index import PickIndex
from moment_gui.ui.regions.picked import PickedRegionsModel
from moment_gui.ui.regions.results_model import (
    HighlightRole,
    RegionResultsModel,
    ResultHit,
    path_spans_to_row,
)
from moment_gui.ui.regions.tree_model import RegionTreeModel

SEOUL = RegionPick("I", "서울특별시", "서울특별시")
BUSAN = RegionPick("H", "부산광역시", "부산광역시")
GANGNAM = RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구")
JUNG_SEOUL = RegionPick("I1023", "서울특별시 중구", "서울특별시", "중구")
JUNG_BUSAN = RegionPick("H1014", "부산광역시 중구", "부산광역시", "중구")
NONHYEON1 = RegionPick("I10000105", "서울특별시 강남구", "서울특별시", "강남구", "논현1동")
NONHYEON2 = RegionPick("I10000106", "서울특별시 강남구", "서울특별시", "강남구", "논현2동")


def filled_tree() -> RegionTreeModel:
    model = RegionTreeModel()
    model.set_roots([BUSAN, SEOUL])
    model.set_children(SEOUL, [GANGNAM, JUNG_SEOUL])
    model.set_children(BUSAN, [JUNG_BUSAN])
    model.set_children(GANGNAM, [NONHYEON1, NONHYEON2])
    model.set_children(JUNG_SEOUL, [])
    model.set_children(JUNG_BUSAN, [])
    return model


def check_state(model: RegionTreeModel, pick: RegionPick) -> Qt.CheckState:
    return Qt.CheckState(model.index_for(pick).data(Qt.ItemDataRole.CheckStateRole))


def test_tree_model_passes_qt_model_tester_while_empty_loading_and_filled(qtmodeltester):
    lazy = RegionTreeModel()
    lazy.set_roots([BUSAN, SEOUL])
    qtmodeltester.check(lazy)  # fetches every 시/도: each gets a "Loading…" row
    assert lazy.index(0, 0, lazy.index_for(SEOUL)).data() == "Loading…"
    model = filled_tree()
    model.set_picks(PickIndex.of([NONHYEON1, JUNG_BUSAN]))
    qtmodeltester.check(model)


def test_unloaded_province_asks_for_its_children_once_with_a_loading_row(qtbot):
    model = RegionTreeModel()
    model.set_roots([SEOUL])
    seoul = model.index_for(SEOUL)
    assert model.hasChildren(seoul) and model.canFetchMore(seoul)
    with qtbot.waitSignal(model.fetchRequested) as asked:
        model.fetchMore(seoul)
    assert asked.args == [SEOUL]
    assert not model.canFetchMore(seoul)
    assert model.rowCount(seoul) == 1 and model.pick_at(model.index(0, 0, seoul)) is None
    model.set_children(SEOUL, [GANGNAM])
    assert [model.index(0, 0, seoul).data()] == ["강남구"]


def test_failed_fetch_removes_loading_row_and_allows_asking_again():
    model = RegionTreeModel()
    model.set_roots([SEOUL])
    seoul = model.index_for(SEOUL)
    model.fetchMore(seoul)
    model.fetch_failed(SEOUL)
    assert model.rowCount(seoul) == 0
    assert model.canFetchMore(seoul)


def test_neighbourhoods_never_offer_children():
    model = filled_tree()
    leaf = model.index_for(NONHYEON1)
    assert not model.hasChildren(leaf) and not model.canFetchMore(leaf)


def test_picked_neighbourhood_marks_its_district_and_province_partly_checked():
    model = filled_tree()
    model.set_picks(PickIndex.of([NONHYEON1]))
    assert check_state(model, NONHYEON1) == Qt.CheckState.Checked
    assert check_state(model, GANGNAM) == Qt.CheckState.PartiallyChecked
    assert check_state(model, SEOUL) == Qt.CheckState.PartiallyChecked
    assert check_state(model, NONHYEON2) == Qt.CheckState.Unchecked
    assert check_state(model, BUSAN) == Qt.CheckState.Unchecked


def test_same_named_district_in_another_province_is_not_marked():
    model = filled_tree()
    model.set_picks(PickIndex.of([JUNG_SEOUL]))
    assert check_state(model, JUNG_SEOUL) == Qt.CheckState.Checked
    assert check_state(model, JUNG_BUSAN) == Qt.CheckState.Unchecked
    assert check_state(model, BUSAN) == Qt.CheckState.Unchecked


def test_inside_a_picked_province_rows_show_included_and_cannot_be_ticked_alone():
    model = filled_tree()
    model.set_picks(PickIndex.of([SEOUL]))
    index = model.index_for(NONHYEON1)
    assert check_state(model, NONHYEON1) == Qt.CheckState.Checked
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert "서울특별시" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)


def test_picking_emits_change_for_the_row_its_ancestors_and_its_loaded_descendants(qtbot):
    model = filled_tree()
    changed: list[str] = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.data()))
    model.set_picks(PickIndex.of([GANGNAM]))
    assert set(changed) == {"서울특별시", "강남구", "논현1동", "논현2동"}


def test_ticking_a_row_requests_a_pick_without_changing_the_model(qtbot):
    model = filled_tree()
    with qtbot.waitSignal(model.toggleRequested) as asked:
        model.setData(
            model.index_for(GANGNAM), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert asked.args == [GANGNAM, True]
    assert check_state(model, GANGNAM) == Qt.CheckState.Unchecked


def test_rows_carry_their_region_key_in_user_role():
    model = filled_tree()
    assert model.index_for(JUNG_BUSAN).data(Qt.ItemDataRole.UserRole) == "H1014"


def test_results_model_groups_hits_by_province_and_passes_model_tester(qtmodeltester):
    model = RegionResultsModel()
    model.set_hits([ResultHit(NONHYEON1, ((4, 6),)), ResultHit(JUNG_BUSAN), ResultHit(NONHYEON2)])
    model.set_picks(PickIndex.of([NONHYEON2]))
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(2)]
    assert groups == ["서울특별시", "부산광역시"]
    seoul = model.index(0, 0)
    assert model.rowCount(seoul) == 2
    first = model.index(0, 0, seoul)
    assert first.data() == "강남구 › 논현1동"
    assert first.data(Qt.ItemDataRole.UserRole) == "I10000105"
    assert first.data(HighlightRole) == [(4, 6)]
    assert model.index(1, 0, seoul).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.flags(seoul) & Qt.ItemFlag.ItemIsUserCheckable


def test_catalogue_spans_over_the_full_path_land_on_the_row_text():
    # "서울특별시 › 강남구 › 논현1동": 논현 is at 14..16; the row drops "서울특별시 › ".
    assert path_spans_to_row(NONHYEON1, [(14, 16)]) == ((6, 8),)
    assert path_spans_to_row(NONHYEON1, [(0, 2)]) == ()  # only in the hidden 시/도 prefix
    assert path_spans_to_row(SEOUL, [(0, 2)]) == ((7, 9),)  # "All of 서울특별시"


def test_picked_model_sorts_by_path_and_passes_model_tester(qtmodeltester):
    model = PickedRegionsModel()
    model.set_picks([NONHYEON2, JUNG_BUSAN, NONHYEON1])
    qtmodeltester.check(model)
    rows = [model.index(r, 0).data() for r in range(model.rowCount(QModelIndex()))]
    assert rows == [
        "부산광역시 › 중구",
        "서울특별시 › 강남구 › 논현1동",
        "서울특별시 › 강남구 › 논현2동",
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "H1014"


def test_pick_index_lists_picks_inside_a_region_only():
    index = PickIndex.of([NONHYEON1, JUNG_SEOUL, JUNG_BUSAN])
    assert index.descendants(SEOUL) == [NONHYEON1, JUNG_SEOUL]
    assert index.descendants(GANGNAM) == [NONHYEON1]
    assert index.picked_below(SEOUL) == 2
    assert index.covering(NONHYEON1) is None
