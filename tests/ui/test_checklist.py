"""The reusable checklist: filter, select all/none as one action, locks that keep picks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from moment_gui.ui.widgets.checklist import KEY_ROLE, CheckItem, CheckListModel, ChecklistWidget
from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel
from moment_gui.ui.widgets.population_bar import bar_fraction, format_population

ITEMS = [
    CheckItem("IAB1", "예술·엔터테인먼트", "IAB1"),
    CheckItem("IAB2", "자동차", "IAB2"),
    CheckItem("IAB3", "비즈니스", "IAB3"),
    CheckItem("OLD", "없어진 분류", "OLD", usable=False, reason="Not in the list"),
]


def _widget(qtbot) -> tuple[ChecklistWidget, list[tuple[tuple[str, ...], bool]]]:
    w = ChecklistWidget("testList")
    qtbot.addWidget(w)
    w.model.set_items(ITEMS)
    w.resize(400, 300)
    w.show()
    emitted: list[tuple[tuple[str, ...], bool]] = []
    w.checkedChanged.connect(lambda keys, checked: emitted.append((keys, checked)))
    return w, emitted


def _click_check(qtbot, w: ChecklistWidget, key: str) -> None:
    row = w.model.row_of(key)
    assert row is not None
    idx = w.proxy.mapFromSource(w.model.index(row, 0))
    opt = QStyleOptionViewItem()
    w.view.initViewItemOption(opt)
    w.view.itemDelegateForIndex(idx).initStyleOption(opt, idx)
    opt.rect = w.view.visualRect(idx)
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    rect = w.view.style().subElementRect(element, opt, w.view)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_checklist_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = CheckListModel()
    model.set_items(ITEMS)
    model.set_checked({"IAB2"})
    qtmodeltester.check(model)


def test_rows_carry_their_api_key_in_user_role() -> None:
    model = CheckListModel()
    model.set_items(ITEMS)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(4)] == ["IAB1", "IAB2", "IAB3", "OLD"]


def test_clicking_a_check_box_emits_one_action_for_that_key(qtbot) -> None:
    w, emitted = _widget(qtbot)
    _click_check(qtbot, w, "IAB2")
    assert emitted == [(("IAB2",), True)]
    assert w.model.checked_keys() == {"IAB2"}


def test_select_all_ticks_every_usable_filtered_row_in_one_emission(qtbot) -> None:
    w, emitted = _widget(qtbot)
    qtbot.keyClicks(w.filter, "IAB")
    assert w.proxy.rowCount() == 3
    qtbot.mouseClick(w.select_all, Qt.MouseButton.LeftButton)
    assert emitted == [(("IAB1", "IAB2", "IAB3"), True)]
    qtbot.mouseClick(w.select_none, Qt.MouseButton.LeftButton)
    assert emitted[1] == (("IAB1", "IAB2", "IAB3"), False)


def test_filter_matches_names_and_codes(qtbot) -> None:
    w, _ = _widget(qtbot)
    w.filter.setText("자동")  # QTest cannot type Hangul keys
    assert [w.proxy.index(r, 0).data(KEY_ROLE) for r in range(w.proxy.rowCount())] == ["IAB2"]
    w.filter.clear()
    qtbot.keyClicks(w.filter, "iab3")
    assert w.proxy.rowCount() == 1


def test_unusable_row_cannot_be_ticked(qtbot) -> None:
    w, emitted = _widget(qtbot)
    _click_check(qtbot, w, "OLD")
    assert emitted == []
    assert w.model.set_keys_checked(["OLD"], True) == ()
    assert "OLD" not in w.model.checked_keys()


def test_locked_list_keeps_ticked_rows_visible_and_lets_them_be_unticked(qtbot) -> None:
    w, emitted = _widget(qtbot)
    w.model.set_checked({"IAB1"})
    w.set_locked("Section categories can be chosen only for Kakao Bizboard")
    assert w.reason.isVisible() and "Kakao Bizboard" in w.reason.text()
    assert not w.select_all.isEnabled()
    _click_check(qtbot, w, "IAB2")  # locked: cannot add
    assert emitted == []
    idx = w.model.index(0, 0)
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    _click_check(qtbot, w, "IAB1")  # but can remove
    assert emitted == [(("IAB1",), False)]
    w.set_locked(None)
    assert not w.reason.isVisible()


def test_set_checked_from_outside_emits_nothing(qtbot) -> None:
    w, emitted = _widget(qtbot)
    w.model.set_checked({"IAB1", "IAB3"})
    assert emitted == []
    assert "2 of 4" in w.count.text()


def test_add_missing_appends_only_unknown_keys() -> None:
    model = CheckListModel()
    model.set_items(ITEMS[:2])
    model.add_missing([CheckItem("IAB1", "dup"), CheckItem("GONE", "gone", usable=False)])
    assert model.rowCount() == 3
    assert model.item(0).label == "예술·엔터테인먼트"


def test_focus_keys_clears_a_hiding_filter_and_selects_the_rows(qtbot) -> None:
    w, _ = _widget(qtbot)
    w.filter.setText("자동")  # QTest cannot type Hangul keys
    w.focus_keys(["IAB3"])
    assert w.filter.text() == ""
    selected = [i.data(KEY_ROLE) for i in w.view.selectionModel().selectedIndexes()]
    assert selected == ["IAB3"]


def test_population_numbers_and_bar_fractions() -> None:
    assert format_population(None) == "—"
    assert format_population(1530000) == "1,530,000"
    assert bar_fraction(None, 100) == 0.0
    assert bar_fraction(50, 100) == 0.5
    assert bar_fraction(1, 1_000_000) == 0.02  # tiny but visible
    assert bar_fraction(200, 100) == 1.0


def test_click_outside_rows_does_nothing(qtbot) -> None:
    w, emitted = _widget(qtbot)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 290))
    assert emitted == []


# -- Hangul-aware filtering (shared with the audience tables) ---------------------------


def _shown(w: ChecklistWidget) -> list[str]:
    return [w.proxy.index(r, 0).data(KEY_ROLE) for r in range(w.proxy.rowCount())]


def test_filter_matches_choseong_and_half_typed_syllables(qtbot, ime_type) -> None:
    w, _ = _widget(qtbot)
    ime_type(w.filter, "ㅈㄷ")  # 초성 of 자동차
    assert _shown(w) == ["IAB2"]
    w.filter.clear()
    ime_type(w.filter, "비즈닛")  # 비즈니스 with the ㅅ still on the syllable being typed
    assert _shown(w) == ["IAB3"]
    w.filter.clear()
    assert len(_shown(w)) == len(ITEMS)


def test_filter_still_narrows_select_all_to_the_rows_shown(qtbot, ime_type) -> None:
    w, emitted = _widget(qtbot)
    ime_type(w.filter, "ㅇㅅ")  # 예술·엔터테인먼트 only
    qtbot.mouseClick(w.select_all, Qt.MouseButton.LeftButton)
    assert emitted == [(("IAB1",), True)]


def test_hangul_filter_proxy_checks_the_chosen_column_and_role(qtmodeltester) -> None:
    source = QStandardItemModel(0, 2)
    for name, code in (("식음료", "IAB8"), ("애완동물", "IAB16"), ("Food", "X1")):
        source.appendRow([QStandardItem(name), QStandardItem(code)])
    proxy = HangulFilterProxyModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.setFilterKeyColumn(-1)
    proxy.set_query("iab1")  # any column, Latin without regard to case
    assert shown() == ["애완동물"]
    proxy.set_query("ㅇㅇㄷ")
    assert shown() == ["애완동물"]
    proxy.setFilterKeyColumn(1)  # codes only: no name matches any more
    assert shown() == []
    proxy.set_query("  ")  # blank: everything
    assert shown() == ["식음료", "애완동물", "Food"]
    proxy.setFilterKeyColumn(0)
    proxy.set_query("FOO")
    assert shown() == ["Food"] and proxy.query_text == "FOO"
