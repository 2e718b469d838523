"""Audience tabs against the in-process simulator: loading, Include/Exclude, unusable rows,
the Pixel term, friend groups per channel, errors with Retry, and every model's contract."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from moment_gui.domain import kinds
from moment_gui.domain.selection import AudienceKind, Inclusion, TargetingSelection
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID
from moment_gui.ui.audiences import AudiencePanel
from moment_gui.ui.audiences.inclusion import segment_rects
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.context import AppContext
from moment_gui.ui.widgets.checklist import KEY_ROLE


@pytest.fixture
def loaded(qtbot, qloop, sim_ctx) -> Iterator[tuple[AudiencePanel, AppContext]]:
    ctx = sim_ctx
    panel = AudiencePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    done = ctx.spawn(panel.load())
    qtbot.waitUntil(done.done, timeout=10_000)
    yield panel, ctx
    ctx.cancel_all()


def wait_loaded(qtbot, tab: AudienceListTab) -> None:
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)


def keys_of(tab: AudienceListTab) -> list[str]:
    return [tab.model.row(r).key for r in range(tab.model.rowCount())]


def view_index(tab: AudienceListTab, key: str, column: int = 0):
    """The view index of `key`, on the tab brought to front (a hidden tab takes no clicks)."""
    panel = tab.parentWidget()
    while not isinstance(panel, AudiencePanel):
        panel = panel.parentWidget()
    panel.setCurrentWidget(tab)
    row = tab.model.row_of(key)
    assert row is not None, key
    idx = tab.proxy.mapFromSource(tab.model.index(row, column))
    tab.view.scrollTo(idx)
    return idx


def click_check(qtbot, tab: AudienceListTab, key: str) -> None:
    view: QTreeView = tab.view
    idx = view_index(tab, key)
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    view.itemDelegateForIndex(idx).initStyleOption(opt, idx)
    opt.rect = view.visualRect(idx)
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    rect = view.style().subElementRect(element, opt, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_inclusion(qtbot, tab: AudienceListTab, key: str, inclusion: Inclusion) -> None:
    idx = view_index(tab, key, tab.model.inclusion_column)
    include, exclude = segment_rects(tab.view.visualRect(idx))
    pos = (include if inclusion is Inclusion.INCLUDE else exclude).center()
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def first_key_with(tab: AudienceListTab, usable: bool) -> str:
    for r in range(tab.model.rowCount()):
        if tab.model.row(r).usable is usable:
            return tab.model.row(r).key
    raise AssertionError(f"no row with usable={usable}")


# -- loading -------------------------------------------------------------------------


def test_every_tab_loads_the_demo_data(loaded, sim_state) -> None:
    panel, _ = loaded
    mine = DEMO_AD_ACCOUNT_ID
    expect = {
        AudienceKind.COHORT: {str(c["id"]) for c in sim_state.cohorts if c["adAccountId"] == mine},
        AudienceKind.CUSTOMER_FILE: {
            str(f["id"]) for f in sim_state.customer_files if f["adAccountId"] == mine
        },
        AudienceKind.TALK_CHANNEL: {c["id"] for c in sim_state.talk_channels},
        AudienceKind.SYNC_PROFILE: {p["id"] for p in sim_state.sync_profiles},
    }
    for kind, keys in expect.items():
        assert set(keys_of(panel.tab(kind))) == keys, kind
        assert panel.tab(kind).status.text == "demo data"
    pixel = panel.tab(AudienceKind.PIXEL_EVENT)
    first_tracker = sim_state.trackers[0]
    assert pixel.track_id == str(first_tracker["id"])
    assert len(keys_of(pixel)) == len(first_tracker["events"])
    groups = panel.tab(AudienceKind.FRIEND_GROUP)
    first_channel = sim_state.talk_channels[0]["id"]
    wanted = {
        g["id"] for g in sim_state.talk_channel_group_files if g["profileId"] == first_channel
    }
    assert {int(k) for k in keys_of(groups)} == wanted


def test_rows_carry_the_api_key_in_user_role_and_object_names_match(loaded) -> None:
    panel, _ = loaded
    cohorts = panel.tab(AudienceKind.COHORT)
    assert cohorts.view.objectName() == "cohortList" == cohorts.view.accessibleName()
    assert cohorts.model.index(0, 0).data(KEY_ROLE) == cohorts.model.row(0).key
    assert panel.objectName() == "audienceTabs"


# -- include / exclude ---------------------------------------------------------------


def test_ticking_a_cohort_includes_it_with_the_facts_seen(qtbot, loaded, sim_state) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.COHORT)
    key = first_key_with(tab, usable=True)
    click_check(qtbot, tab, key)
    pick = ctx.state.selection.audience(AudienceKind.COHORT, key)
    assert pick is not None and pick.inclusion is Inclusion.INCLUDE
    raw = next(c for c in sim_state.cohorts if str(c["id"]) == key)
    assert pick.label == raw["name"] and pick.status == raw["status"]
    assert panel.tabText(panel.indexOf(tab)) == "Cohorts (1)"


def test_exclude_segment_picks_as_excluded_and_switching_is_one_step(qtbot, loaded) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.CUSTOMER_FILE)
    key = first_key_with(tab, usable=True)
    click_inclusion(qtbot, tab, key, Inclusion.EXCLUDE)
    assert ctx.state.selection.audience(AudienceKind.CUSTOMER_FILE, key).inclusion is (
        Inclusion.EXCLUDE
    )
    click_inclusion(qtbot, tab, key, Inclusion.INCLUDE)
    assert ctx.state.selection.audience(AudienceKind.CUSTOMER_FILE, key).inclusion is (
        Inclusion.INCLUDE
    )
    assert ctx.state.undo_stack.count() == 2
    ctx.state.undo_stack.undo()
    row = tab.model.row_of(key)
    assert tab.model.index(row, tab.model.inclusion_column).data() == "Exclude"


def test_clicking_the_active_segment_again_removes_the_pick(qtbot, loaded) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.TALK_CHANNEL)
    key = keys_of(tab)[0]
    click_inclusion(qtbot, tab, key, Inclusion.INCLUDE)
    assert ctx.state.selection.audience(AudienceKind.TALK_CHANNEL, key) is not None
    click_inclusion(qtbot, tab, key, Inclusion.INCLUDE)
    assert ctx.state.selection.audience(AudienceKind.TALK_CHANNEL, key) is None


def test_keyboard_minus_excludes_every_selected_row_as_one_step(qtbot, loaded) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.SYNC_PROFILE)
    panel.setCurrentWidget(tab)
    keys = keys_of(tab)[:2]
    tab.focus_keys(keys)
    qtbot.keyClick(tab.view, Qt.Key.Key_Minus)
    picks = ctx.state.selection.audiences_of(AudienceKind.SYNC_PROFILE)
    assert {p.key for p in picks} == set(keys)
    assert all(p.inclusion is Inclusion.EXCLUDE for p in picks)
    assert ctx.state.undo_stack.count() == 1
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert ctx.state.selection.audiences_of(AudienceKind.SYNC_PROFILE) == ()


def test_unusable_rows_cannot_be_ticked_and_say_why(qtbot, loaded) -> None:
    panel, ctx = loaded
    for kind in (AudienceKind.COHORT, AudienceKind.CUSTOMER_FILE):
        tab = panel.tab(kind)
        key = first_key_with(tab, usable=False)
        click_check(qtbot, tab, key)
        click_inclusion(qtbot, tab, key, Inclusion.INCLUDE)
        assert ctx.state.selection.audience(kind, key) is None
        row = tab.model.row_of(key)
        assert "Not usable" in tab.model.row(row).reason
        assert tab.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Not usable")
        assert not tab.model.flags(tab.model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_cohort_too_small_reads_in_plain_words(loaded, sim_state) -> None:
    panel, _ = loaded
    tab = panel.tab(AudienceKind.COHORT)
    small = next(c for c in sim_state.cohorts if c["status"] == "SEED_NOT_ENOUGH")
    row = tab.model.row_of(str(small["id"]))
    status_text = tab.model.index(row, 2).data()
    assert status_text == "Not usable: status SEED_NOT_ENOUGH (audience too small)"


def test_a_pick_the_list_no_longer_offers_stays_visible(qtbot, loaded, sim_state) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.COHORT)
    key = first_key_with(tab, usable=True)
    click_check(qtbot, tab, key)
    sim_state.cohorts = [c for c in sim_state.cohorts if str(c["id"]) != key]
    tab.reload()
    qtbot.waitUntil(lambda: tab.status.text == "demo data" and not ctx.busy, timeout=10_000)
    row = tab.model.row_of(key)
    assert row is not None and "not in the list" in tab.model.row(row).reason
    click_check(qtbot, tab, key)  # removing it is still allowed
    assert ctx.state.selection.audience(AudienceKind.COHORT, key) is None


def test_focus_items_switches_tab_and_selects_the_rows(loaded) -> None:
    panel, _ = loaded
    tab = panel.tab(AudienceKind.CUSTOMER_FILE)
    usable = [k for k in keys_of(tab) if tab.model.row(tab.model.row_of(k)).usable]
    key = usable[-1]
    panel.focus_items(kinds.CUSTOMER_FILE, (key,))
    assert panel.currentWidget() is tab
    assert tab.selected_keys() == [key]


def test_picks_from_a_loaded_file_show_as_ticked(loaded) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.TALK_CHANNEL)
    key = keys_of(tab)[1]
    row = tab.model.row_of(key)
    pick = tab.model.row(row).make_pick(Inclusion.EXCLUDE)
    ctx.state.reset(TargetingSelection(audiences=(pick,)))
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert tab.model.index(row, tab.model.inclusion_column).data() == "Exclude"


# -- models --------------------------------------------------------------------------


def test_every_audience_model_passes_qt_model_tester(qtmodeltester, loaded) -> None:
    panel, ctx = loaded
    tab = panel.tab(AudienceKind.COHORT)
    ctx.state.apply(
        ctx.state.selection.with_audience(tab.model.row(0).make_pick(Inclusion.INCLUDE)), "x"
    )
    for tab in panel.tabs.values():
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)


# -- filtering ------------------------------------------------------------------------


def test_cohort_filter_finds_a_korean_name_by_its_choseong(qtbot, loaded, sim_state, ime_type):
    panel, _ = loaded
    tab = panel.tab(AudienceKind.COHORT)
    wanted = next(c for c in sim_state.cohorts if c["name"] == "봄 세일 광고 클릭자")
    ime_type(tab.filter, "ㅂㅅㅇ")  # 봄 세일 …, spaces not typed
    shown = [tab.proxy.index(r, 0).data(KEY_ROLE) for r in range(tab.proxy.rowCount())]
    assert shown == [str(wanted["id"])]
    tab.filter.clear()
    ime_type(tab.filter, "봄 셍")  # 세일 half typed: the IME still shows ㅇ under 세
    shown = {
        tab.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(tab.proxy.rowCount())
    }
    assert "봄 세일 광고 클릭자" in shown
    assert len(shown) < tab.model.rowCount()


def test_usable_audiences_are_listed_before_unusable_ones(loaded) -> None:
    panel, _ = loaded
    tab = panel.tab(AudienceKind.COHORT)
    usable = [tab.model.row(i).usable for i in range(tab.model.rowCount())]
    assert True in usable and False in usable
    assert usable == sorted(usable, reverse=True)


# -- what the campaign cannot use is greyed before it is picked (issue 12 item 5) ----


def _set_campaign(ctx: AppContext, t, g) -> None:  # type: ignore[no-untyped-def]
    from moment_gui.domain.campaign import CampaignContext

    ctx.state.apply(ctx.state.selection.with_campaign(CampaignContext(t, g)), "campaign")


def _usable_cohort_of_type(tab: AudienceListTab, audience_type: str) -> str:
    for r in range(tab.model.rowCount()):
        row = tab.model.row(r)
        if row.usable and row.make_pick(Inclusion.INCLUDE).audience_type == audience_type:
            return row.key
    raise AssertionError(f"no usable {audience_type} cohort")


def test_message_cohorts_are_greyed_with_the_reason_under_bizboard(qtbot, loaded) -> None:
    from moment_gui.domain.campaign import CampaignType, Goal

    panel, ctx = loaded
    tab = panel.tab(AudienceKind.COHORT)
    message_key = _usable_cohort_of_type(tab, "MESSAGE")
    display_key = _usable_cohort_of_type(tab, "DISPLAY")
    _set_campaign(ctx, CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION)
    row = tab.model.row_of(message_key)
    status = tab.model.index(row, tab.model.inclusion_column - 1).data()
    assert status == "Kakao Bizboard · Conversion needs Display cohorts; this is a Message cohort."
    assert "TALK_BIZ_BOARD" not in status and status != "Available"
    assert not tab.model.flags(tab.model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled
    click_check(qtbot, tab, message_key)
    click_inclusion(qtbot, tab, message_key, Inclusion.INCLUDE)
    assert ctx.state.selection.audience(AudienceKind.COHORT, message_key) is None
    click_check(qtbot, tab, display_key)  # a Display cohort is still fine
    assert ctx.state.selection.audience(AudienceKind.COHORT, display_key) is not None
    _set_campaign(ctx, CampaignType.TALK_CHANNEL, Goal.REACH)  # now the other way round
    assert tab.model.flags(tab.model.index(tab.model.row_of(message_key), 0)) & (
        Qt.ItemFlag.ItemIsEnabled
    )
    assert "needs Message cohorts" in tab.model.index(
        tab.model.row_of(display_key), tab.model.inclusion_column - 1
    ).data()


def test_friend_groups_are_greyed_unless_the_campaign_is_talk_channel_reach(qtbot, loaded) -> None:
    from moment_gui.domain.campaign import CampaignType, Goal

    panel, ctx = loaded
    tab = panel.tab(AudienceKind.FRIEND_GROUP)
    wait_loaded(qtbot, tab)
    key = first_key_with(tab, usable=True)
    _set_campaign(ctx, CampaignType.DISPLAY, Goal.VISITING)
    index = tab.model.index(tab.model.row_of(key), 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Only Kakao Talk Channel · Reach campaigns can target friend groups."
    )
    click_check(qtbot, tab, key)
    assert ctx.state.selection.audience(AudienceKind.FRIEND_GROUP, key) is None
    _set_campaign(ctx, CampaignType.TALK_CHANNEL, Goal.REACH)
    click_check(qtbot, tab, key)
    assert ctx.state.selection.audience(AudienceKind.FRIEND_GROUP, key) is not None


def test_every_audience_tab_and_pick_is_reachable_with_the_keyboard(qtbot, loaded) -> None:
    panel, ctx = loaded
    panel.setCurrentIndex(0)
    panel.tab(AudienceKind.COHORT).view.setFocus()
    seen = []
    for _ in range(panel.count()):
        tab = panel.currentWidget()
        seen.append(tab.kind)
        wait_loaded(qtbot, tab)
        key = first_key_with(tab, usable=True)
        view = tab.view
        view.setFocus()
        view.setCurrentIndex(view_index(tab, key))
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        assert ctx.state.selection.audience(tab.kind, key).inclusion is Inclusion.INCLUDE
        qtbot.keyClick(view, Qt.Key.Key_Minus)
        assert ctx.state.selection.audience(tab.kind, key).inclusion is Inclusion.EXCLUDE
        qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert set(seen) == set(AudienceKind)
