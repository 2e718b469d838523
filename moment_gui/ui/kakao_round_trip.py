"""The Kakao round trip in the window: Open from Kakao…, the wire check, Apply to ad group….

`KakaoRoundTrip` (the window's `kakao` controller) drives `services.adgroups.AdGroupService`
over the window's lookups (live or demo): every call runs through `AppContext.spawn` and
reports in the dialog or strip it concerns, so the window never freezes. An opened ad group
fills the picks as one undoable step, locks the campaign bar to the campaign's type × goal
and the ad group's placements (with the source shown), and shows the ad-group strip
(`adGroupBar`: which ad group, wire check, apply, reload). Apply previews from a fresh GET,
asks for confirmation in `ApplyDialog` (opened with `open()`), waits out Kakao's 5-s edit
turn visibly, sends, reads back and says whether Kakao now holds the picks. A refusal is
shown in the dialog and next to the panel it concerns; the picks are never touched by it.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.domain.adgroup import AdGroupOrigin, campaign_context
from moment_gui.domain.diff import SelectionDiff
from moment_gui.message import MessageError
from moment_gui.services.adgroups import (
    AdGroupService,
    ApplyPreview,
    ApplyRefused,
    ChangedOnKakao,
    OpenedAdGroup,
)
from moment_gui.services.lookups import Source
from moment_gui.ui.campaign_bar import campaign_label
from moment_gui.ui.i18n import tr_error, tr_message
from moment_gui.ui.kakao_apply import ApplyDialog
from moment_gui.ui.kakao_open import OpenFromKakaoDialog
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window
from moment_gui.ui.widgets.panel_status import PanelStatus
from moment_gui.ui.wire_check_view import WireCheckDialog

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

PANEL_KEYS = ("regions", "placements", "audiences", "campaign")
T = TypeVar("T")


class AdGroupBar(QFrame):
    """Which live ad group the picks belong to, and what can be done with it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("adGroupBar")
        self.setStyleSheet(
            "QFrame#adGroupBar { background: #e8f0fe; border-bottom: 1px solid #174ea6; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setObjectName("adGroupBarText")
        self.label.setWordWrap(True)
        self.status = PanelStatus(self)
        self.status.setObjectName("adGroupStatus")
        self.wire_button = QPushButton(self)
        self.wire_button.setObjectName("wireCheckButton")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyToAdGroupButton")
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("reloadAdGroupButton")
        self.detach_button = QToolButton(self)
        self.detach_button.setObjectName("detachAdGroupButton")
        self.detach_button.setText("×")
        self.detach_button.setAutoRaise(True)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.status, 1)
        for button in (self.wire_button, self.apply_button, self.reload_button):
            layout.addWidget(button)
        layout.addWidget(self.detach_button)
        self.hide()


class KakaoRoundTrip(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("kakaoRoundTrip")
        self.window = window
        self.ctx = window.ctx
        self.opened: OpenedAdGroup | None = None
        self.origin: AdGroupOrigin | None = None
        self.preview: ApplyPreview | None = None
        self.open_dialog: OpenFromKakaoDialog | None = None
        self.apply_dialog: ApplyDialog | None = None
        self.wire_dialog: WireCheckDialog | None = None
        self.refusal_bars: dict[str, MessageBar] = {}
        self._tabs_column: QVBoxLayout | None = None
        self.bar = AdGroupBar()
        add_to_window(window, self.bar)
        self.bar.wire_button.clicked.connect(self._wire_clicked)
        self.bar.apply_button.clicked.connect(self._apply_clicked)
        self.bar.reload_button.clicked.connect(self._reload_clicked)
        self.bar.detach_button.clicked.connect(self._detach_clicked)
        self.bar.status.retryRequested.connect(self._reload_clicked)
        self.bar.status.authFailed.connect(self.ctx.authExpired)
        self._build_actions()
        self.ctx.state.replaced.connect(self.detach)  # New, Open…, a restored file
        window.installEventFilter(self)
        self.retranslate()
        self._update_actions()

    # -- menus -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.open_action = QAction(w)
        self.open_action.setObjectName("openFromKakaoAction")
        self.open_action.triggered.connect(self._open_clicked)
        self.apply_action = QAction(w)
        self.apply_action.setObjectName("applyToAdGroupAction")
        self.apply_action.triggered.connect(self._apply_clicked)
        self.wire_action = QAction(w)
        self.wire_action.setObjectName("wireCheckAction")
        self.wire_action.triggered.connect(self._wire_clicked)
        documents = w.documents
        anchor = documents.save_action if documents is not None else w.quit_action
        w.file_menu.insertActions(anchor, [self.open_action, self.apply_action])
        w.file_menu.insertSeparator(anchor)
        w.tools_menu.addAction(self.wire_action)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open from &Kakao…"))
        self.apply_action.setText(self.tr("Appl&y to ad group…"))
        self.wire_action.setText(self.tr("&Wire check of the opened ad group…"))
        self.bar.apply_button.setText(self.tr("&Apply to ad group…"))
        self.bar.reload_button.setText(self.tr("Re&load"))
        self.bar.detach_button.setToolTip(self.tr("Stop working on this ad group"))
        self._update_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _update_actions(self) -> None:
        opened = self.origin is not None
        self.apply_action.setEnabled(opened)
        self.wire_action.setEnabled(opened)

    def service(self) -> AdGroupService:
        return AdGroupService.of(self.ctx.lookups)

    # Slots return None: PySide6 6.12.0 over-releases a slot's return value.
    def _open_clicked(self, *_: object) -> None:
        self.show_open()

    def _apply_clicked(self, *_: object) -> None:
        self.show_apply()

    def _wire_clicked(self, *_: object) -> None:
        self.show_wire_check()

    def _reload_clicked(self, *_: object) -> None:
        self.reload()

    def _detach_clicked(self, *_: object) -> None:
        self.detach()

    # -- open --------------------------------------------------------------------------------
    def show_open(self) -> OpenFromKakaoDialog:
        if self.open_dialog is None:
            self.open_dialog = OpenFromKakaoDialog(self.window)
            self.open_dialog.accountChosen.connect(self._load_campaigns)
            self.open_dialog.campaignChosen.connect(self._load_ad_groups)
            self.open_dialog.openRequested.connect(self._open_requested)
            for status in self.open_dialog.statuses:
                status.authFailed.connect(self.ctx.authExpired)
        dialog = self.open_dialog
        current = self.origin.ad_account_id if self.origin else self.ctx.lookups.ad_account_id
        service = self.service()
        dialog.status.show_idle()
        dialog.load_accounts(service.ad_accounts, self.ctx.spawn, current)
        _bring_forward(dialog)
        return dialog

    def _load_campaigns(self, account: int) -> None:
        assert self.open_dialog is not None
        service = self.service()
        self.open_dialog.campaigns.load(lambda: service.campaigns(account), self.ctx.spawn)

    def _load_ad_groups(self, account: int, campaign_id: int) -> None:
        dialog = self.open_dialog
        assert dialog is not None
        service = self.service()

        async def ad_groups_and_campaign() -> list[object]:
            rows, campaign = await asyncio.gather(
                service.ad_groups(account, campaign_id),
                service.client.campaign(campaign_id, ad_account_id=account),
            )
            dialog.show_campaign(self._campaign_words(campaign.campaign_type, campaign.goal))
            return list(rows)

        dialog.ad_groups.load(ad_groups_and_campaign, self.ctx.spawn)

    def _campaign_words(self, campaign_type: str | None, goal: str | None) -> str:
        ctx = campaign_context(campaign_type, goal)
        if ctx is None:
            text = self.tr("Campaign type × goal on Kakao: %1 × %2 (not known to this app)")
            return text.replace("%1", str(campaign_type)).replace("%2", str(goal))
        label = campaign_label(ctx.campaign_type, ctx.goal)
        return self.tr("Campaign type × goal on Kakao: %1").replace("%1", label)

    def _open_requested(self, account: int, ad_group_id: int) -> None:
        assert self.open_dialog is not None
        self.ctx.spawn(self._open(account, ad_group_id), key="kakao.open")

    async def _open(self, account: int, ad_group_id: int) -> None:
        dialog = self.open_dialog
        assert dialog is not None
        loading = self.tr("Opening ad group %1…").replace("%1", str(ad_group_id))
        service = self.service()
        opened = await _guarded(dialog.status, lambda: service.open(account, ad_group_id), loading)
        if opened is None:
            return
        undo = self.tr("Open ad group %1 from Kakao").replace("%1", opened.ad_group.name)
        self._take(opened, undo)
        dialog.status.show_idle()
        dialog.hide()

    def reload(self) -> None:
        if self.origin is not None:
            self.ctx.spawn(self._reload(self.origin), key="kakao.open")

    async def _reload(self, origin: AdGroupOrigin) -> None:
        loading = self.tr("Reading ad group %1 from Kakao…").replace("%1", origin.name)
        opened = await _guarded(
            self.bar.status,
            lambda: self.service().open(origin.ad_account_id, origin.ad_group_id),
            loading,
        )
        if opened is None:
            return
        undo = self.tr("Reload ad group %1 from Kakao").replace("%1", opened.ad_group.name)
        self._take(opened, undo)
        self.bar.status.show_ready(self.tr("Reloaded from Kakao"))
        if self.apply_dialog is not None and self.apply_dialog.isVisible():
            self.show_apply()  # the confirmation now compares with the reloaded ad group

    def _take(self, opened: OpenedAdGroup, undo_text: str) -> None:
        """The picks become the opened ad group's (one undoable step)."""
        self._switch_account(opened.ad_account_id)
        self.opened, self.origin = opened, opened.origin
        self.ctx.state.apply(opened.selection, undo_text)
        self._clear_refusals()
        self._update_bar()
        self._update_actions()
        if self.wire_dialog is not None and self.wire_dialog.isVisible():
            self.show_wire_check()
        self.ctx.statusMessage.emit(
            self.tr("Opened ad group %1 from Kakao").replace("%1", opened.ad_group.name)
        )

    def _switch_account(self, account: int) -> None:
        """An ad group of another account: the panels list that account's audiences."""
        lookups = self.ctx.lookups
        if lookups.ad_account_id == account:
            return
        lookups.ad_account_id = account
        settings = self.window.settings
        if settings is not None and lookups.source is Source.LIVE:
            settings.last_ad_account_id = account
            settings.save()
            self.window.status.set_source(
                self.tr("Kakao Moment · ad account %1").replace("%1", str(account))
            )
        self.ctx.set_lookups(lookups)  # the panels reload for the account

    def detach(self) -> None:
        """The picks no longer belong to the ad group (New, Open…, or ×)."""
        self.opened = self.origin = self.preview = None
        self._clear_refusals()
        self._update_bar()
        self._update_actions()

    def _update_bar(self) -> None:
        opened = self.opened
        campaign_bar = self.window.campaign_bar
        if opened is None:
            self.bar.hide()
            campaign_bar.set_locked(None)
            return
        group, campaign = opened.ad_group, opened.campaign
        self.bar.label.setText(
            self.tr("Ad group %1 (ID %2) in campaign %3 · ad account %4, opened from Kakao at %5")
            .replace("%1", group.name)
            .replace("%2", str(group.id))
            .replace("%3", campaign.name)
            .replace("%4", str(opened.ad_account_id))
            .replace("%5", opened.opened_at.strftime("%H:%M"))
        )
        findings = len(opened.wire_check.findings)
        self.bar.wire_button.setText(self.tr("&Wire check (%1)").replace("%1", str(findings)))
        self.bar.show()
        campaign_bar.set_locked(
            self.tr("Locked to Kakao: campaign %1, ad group %2")
            .replace("%1", campaign.name)
            .replace("%2", group.name)
        )

    # -- wire check -----------------------------------------------------------------------------
    def show_wire_check(self) -> WireCheckDialog | None:
        opened = self.opened
        if opened is None:
            return None
        if self.wire_dialog is None:
            self.wire_dialog = WireCheckDialog(self.window)
        self.wire_dialog.show_check(opened.ad_group.name, opened.wire_check, opened.ad_group.raw)
        _bring_forward(self.wire_dialog)
        return self.wire_dialog

    # -- apply ------------------------------------------------------------------------------------
    def show_apply(self) -> ApplyDialog | None:
        origin = self.origin
        if origin is None:
            self.ctx.statusMessage.emit(
                self.tr("Open an ad group from Kakao first (File ▸ Open from Kakao…).")
            )
            return None
        if self.apply_dialog is None:
            self.apply_dialog = ApplyDialog(self.window)
            self.apply_dialog.applyRequested.connect(self._apply_requested)
            self.apply_dialog.reloadRequested.connect(self._reload_clicked)
        dialog = self.apply_dialog
        dialog.show_preview(origin.name, _empty_diff(), (), {})
        dialog.apply_button.setEnabled(False)
        dialog.summary.clear()
        dialog.show_busy(self.tr("Reading the ad group from Kakao to compare…"))
        if not dialog.isVisible():
            dialog.open()  # window-modal, never exec(): the loop keeps running
        self.ctx.spawn(self._preview(origin), key="kakao.apply")
        return dialog

    async def _preview(self, origin: AdGroupOrigin) -> None:
        dialog = self.apply_dialog
        assert dialog is not None
        picks = self.ctx.state.selection
        try:
            preview = await self.service().preview_apply(origin, picks)
        except AuthenticationError as exc:
            dialog.show_error(tr_message(exc.text))
            self.ctx.authExpired.emit()
            return
        except (MomentApiError, MessageError, ValueError) as exc:
            dialog.show_error(tr_error(exc))
            dialog.apply_button.setEnabled(False)
            return
        self.preview = preview
        dialog.show_preview(origin.name, preview.changes, preview.changed_on_kakao, preview.body)

    def _apply_requested(self, replace_changes: bool) -> None:
        if self.preview is not None:
            self.ctx.spawn(self._apply(self.preview, replace_changes), key="kakao.apply")

    async def _apply(self, preview: ApplyPreview, replace_changes: bool) -> None:
        dialog = self.apply_dialog
        assert dialog is not None
        service = self.service()
        account = preview.origin.ad_account_id
        while (wait := service.edit_wait(account)) > 0.05:
            dialog.show_busy(
                self.tr(
                    "Waiting %1 s: Kakao allows one edit of an ad group every 5 seconds…"
                ).replace("%1", str(math.ceil(wait)))
            )
            await asyncio.sleep(min(1.0, wait))
        dialog.show_busy(self.tr("Sending the change to Kakao and reading it back…"))
        try:
            result = await service.apply(preview, replace_changes=replace_changes)
        except ChangedOnKakao as exc:
            await self._preview(preview.origin)
            dialog.show_error(tr_error(exc))
            return
        except ApplyRefused as exc:
            dialog.show_error(self._refusal_text(exc))
            self._show_refusal(exc)
            return
        except AuthenticationError as exc:
            dialog.show_error(tr_message(exc.text))
            self.ctx.authExpired.emit()
            return
        except (MomentApiError, MessageError, ValueError) as exc:
            dialog.show_error(tr_error(exc))
            return
        self.opened, self.origin, self.preview = result.read_back, result.read_back.origin, None
        self._clear_refusals()
        self._update_bar()
        if result.matches:
            text = self.tr("Applied. Kakao read back exactly these picks.")
        else:
            text = self.tr(
                "Applied, but Kakao reads back differently (%1). Your picks are kept; reload to "
                "see what Kakao holds."
            ).replace("%1", result.mismatch.render().replace("\n", "; "))
        dialog.show_done(text, result.matches)
        self.ctx.statusMessage.emit(text)

    def _refusal_text(self, exc: ApplyRefused) -> str:
        code = exc.detail_code if exc.detail_code is not None else exc.error.status
        return (
            self.tr(
                "Kakao refused the change (detail %1): %2. Nothing was changed on Kakao; "
                "your picks are kept."
            )
            .replace("%1", str(code))
            .replace("%2", tr_message(exc.error.text).rstrip("."))
        )

    def _show_refusal(self, exc: ApplyRefused) -> None:
        """The refusal next to the panel it concerns (the window's top strip otherwise)."""
        key = exc.panel if exc.panel in PANEL_KEYS else "window"
        bar = self.refusal_bars.get(key) or self._refusal_bar(key)
        panel = self.window.panel_by_key.get(key)
        if panel is not None and self.window.tabs.indexOf(panel) >= 0:
            self.window.tabs.setCurrentWidget(panel)
        bar.show_message(
            self._refusal_text(exc),
            BarKind.ERROR,
            [(self.tr("Apply again…"), self.show_apply)],
        )

    def _refusal_bar(self, key: str) -> MessageBar:
        w = self.window
        bar = MessageBar(object_name=f"refusalBar_{key}")
        panel = w.panel_by_key.get(key) if key != "campaign" else None
        if panel is not None and w.tabs.indexOf(panel) >= 0:
            # Placements and audiences share the tab widget: the strip goes right above it.
            self._above_tabs().insertWidget(0, bar)
        elif panel is not None and isinstance(panel.layout(), QBoxLayout):
            cast(QBoxLayout, panel.layout()).insertWidget(0, bar)
        else:
            add_to_window(w, bar)
        self.refusal_bars[key] = bar
        return bar

    def _above_tabs(self) -> QBoxLayout:
        """A column holding the panel tabs, made on first use in the tabs' place."""
        if self._tabs_column is None:
            tabs = self.window.tabs
            splitter = self.window.splitter
            column = QWidget(self.window)  # kept alive; the splitter adopts it below
            column.setObjectName("panelTabsColumn")
            column.setMinimumWidth(tabs.minimumWidth())
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            splitter.replaceWidget(splitter.indexOf(tabs), column)
            layout.addWidget(tabs, 1)
            tabs.show()
            self._tabs_column = layout
        return self._tabs_column

    def _clear_refusals(self) -> None:
        for bar in self.refusal_bars.values():
            bar.hide()


async def _guarded(status: PanelStatus, what: Callable[[], Awaitable[T]], loading: str) -> T | None:
    """`status.guard`, and a malformed ad group (a MessageError) shown the same way."""
    try:
        return await status.guard(what, loading)
    except MessageError as exc:
        status.show_error(tr_error(exc))
        return None


def _bring_forward(dialog: QDialog) -> None:
    dialog.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen has no stacking
        dialog.raise_()
        dialog.activateWindow()


def _empty_diff() -> SelectionDiff:
    return SelectionDiff(())
