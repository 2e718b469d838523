"""File ▸ Open from Kakao…: ad account → campaign → ad group, each a searchable list.

Widgets only. Choosing a row loads the next list in the background (each list shows its own
loading / count / error with Retry); the campaign's type × goal is shown as soon as it is
known. "Open" asks the round-trip controller to read the ad group (`openRequested`); the
controller reports progress and errors in `status` and closes the dialog when done.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.ui.kakao_list import KakaoList
from moment_gui.ui.widgets.panel_status import PanelStatus

Fetch = Callable[[], Awaitable[Sequence[Any]]]


class OpenFromKakaoDialog(QDialog):
    """Non-modal: the picks stay usable behind it."""

    openRequested = Signal(int, int)  # ad account ID, ad group ID
    accountChosen = Signal(int)
    campaignChosen = Signal(int, int)  # ad account ID, campaign ID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFromKakaoDialog")
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        columns = QHBoxLayout()
        self.accounts = KakaoList("openAccountList", self)
        self.campaigns = KakaoList("openCampaignList", self)
        self.ad_groups = KakaoList("openAdGroupList", self)
        for column in (self.accounts, self.campaigns, self.ad_groups):
            column.view.setMinimumWidth(230)
            columns.addWidget(column, 1)
        layout.addLayout(columns, 1)
        self.campaign_info = QLabel(self)
        self.campaign_info.setObjectName("openCampaignInfo")
        self.campaign_info.setWordWrap(True)
        layout.addWidget(self.campaign_info)
        row = QHBoxLayout()
        self.status = PanelStatus(self)
        self.status.setObjectName("openStatus")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAdGroupButton")
        self.open_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("openCloseButton")
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.accounts.chosen.connect(self._account_chosen)
        self.campaigns.chosen.connect(self._campaign_chosen)
        self.ad_groups.chosen.connect(self._update_enabled)
        self.ad_groups.activated.connect(self._open)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.reject)
        self.status.retryRequested.connect(self._open)
        self._preselect: int | None = None
        self.accounts.loaded.connect(self._select_current)
        self.retranslate()
        self.campaigns.clear(self.tr("Choose an ad account first."))
        self.ad_groups.clear(self.tr("Choose a campaign first."))
        self._update_enabled()
        self.resize(980, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open from Kakao"))
        self.heading.setText(self.tr("Open an ad group from Kakao Moment"))
        self.intro.setText(
            self.tr(
                "Its regions, placements, categories and audiences fill the picker; the campaign "
                "type × goal and placements come from Kakao and stay locked. Everything the "
                "picker does not edit (bid, budget, schedule, …) is kept and written back "
                "unchanged."
            )
        )
        search = self.tr("Search by name or ID")
        self.accounts.set_texts(
            self.tr("1. Ad &account"), search, self.tr("No ad account to choose from.")
        )
        self.campaigns.set_texts(
            self.tr("2. &Campaign"), search, self.tr("This ad account has no campaign.")
        )
        self.ad_groups.set_texts(
            self.tr("3. Ad &group"), search, self.tr("This campaign has no ad group.")
        )
        self.open_button.setText(self.tr("&Open"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the controller fills ----------------------------------------------------------
    @property
    def statuses(self) -> list[PanelStatus]:
        """Every status strip of the dialog (the window connects their 401s)."""
        return [self.accounts.status, self.campaigns.status, self.ad_groups.status, self.status]

    def load_accounts(self, fetch: Fetch, spawn: Callable[..., Any], current: int | None) -> None:
        self._preselect = current
        self.accounts.load(fetch, spawn)

    def _select_current(self) -> None:
        rows = self.accounts.rows
        if not self.accounts.select_id(self._preselect) and len(rows) == 1:
            self.accounts.select_id(rows[0].id)

    def show_campaign(self, text: str) -> None:
        self.campaign_info.setText(text)

    # -- choosing ---------------------------------------------------------------------------
    def _account_chosen(self, account: int) -> None:
        self.campaigns.clear(self.tr("Choose an ad account first."))
        self.ad_groups.clear(self.tr("Choose a campaign first."))
        self.campaign_info.clear()
        if account >= 0:
            self.accountChosen.emit(account)
        self._update_enabled()

    def _campaign_chosen(self, campaign: int) -> None:
        self.ad_groups.clear(self.tr("Choose a campaign first."))
        self.campaign_info.clear()
        account = self.accounts.current_id
        if campaign >= 0 and account is not None:
            self.campaignChosen.emit(account, campaign)
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        ready = self.accounts.current_id is not None and self.ad_groups.current_id is not None
        self.open_button.setEnabled(ready)

    def _open(self, *_: object) -> None:
        account, ad_group = self.accounts.current_id, self.ad_groups.current_id
        if account is not None and ad_group is not None:
            self.openRequested.emit(account, ad_group)
