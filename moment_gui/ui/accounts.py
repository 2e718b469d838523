"""Choosing the ad account from the list the business token may use, not by typing a number.

`AccountStep` is the second step of the connect dialog (after the token is checked) and the
whole of Connection ▸ Choose ad account…: every account on every page, searchable by name or
ID, ON/OFF shown, the remembered one preselected; "Use this account" (or a double-click)
asks the session to check and switch.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from moment_gui.ui.kakao_list import KakaoList, KakaoRow
from moment_gui.ui.widgets.busy import busy_bar, result_label

ERROR_STYLE = "color: #b3261e;"
SUCCESS_STYLE = "color: #1e6b34;"


class AccountStep(QWidget):
    useRequested = Signal(int)  # the ad account ID to check and use

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountStep")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = KakaoList("adAccountList", self)
        self.list.view.setMinimumHeight(180)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.busy = busy_bar(self)
        self.result = result_label(self, "accountResult")
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useAccountButton")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self._use)
        row.addWidget(self.busy)
        row.addWidget(self.result, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.remembered: int | None = None
        self.list.chosen.connect(self._update_enabled)
        self.list.loaded.connect(self._preselect)
        self.list.activated.connect(self._activated)
        self.retranslate()
        self._update_enabled()

    def retranslate(self) -> None:
        self.list.set_texts(
            self.tr("&Ad account"),
            self.tr("Search by name or ID"),
            self.tr("This business token may use no ad account yet."),
        )
        self.use_button.setText(self.tr("&Use this account"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the session shows -----------------------------------------------------------
    def set_accounts(self, accounts: Sequence[KakaoRow], remembered: int | None) -> None:
        self.remembered = remembered
        self.list.set_rows(accounts)

    def load(
        self,
        fetch: Callable[[], Awaitable[Sequence[KakaoRow]]],
        spawn: Callable[..., Any],
        remembered: int | None,
    ) -> None:
        """List in the background (the list's strip shows loading, or the error + Retry)."""
        self.remembered = remembered
        self.show_result("")
        self.list.clear()
        self.list.load(fetch, spawn)

    def _preselect(self) -> None:
        rows = self.list.rows
        if not self.list.select_id(self.remembered) and len(rows) == 1:
            self.list.select_id(rows[0].id)
        self.show_result("")
        self.list.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_busy(self, text: str) -> None:
        self.busy.show()
        self._result(text, "color: palette(mid);")
        self._update_enabled()

    def show_error(self, text: str) -> None:
        self.busy.hide()
        self._result(text, ERROR_STYLE)
        self._update_enabled()

    def show_result(self, text: str) -> None:
        self.busy.hide()
        self._result(text, SUCCESS_STYLE)
        self._update_enabled()

    @property
    def result_text(self) -> str:
        return self.result.text()

    def _result(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)

    # -- choosing ---------------------------------------------------------------------------
    def _update_enabled(self, *_: object) -> None:
        self.use_button.setEnabled(self.list.current_id is not None and self.busy.isHidden())

    def _use(self) -> None:
        account = self.list.current_id
        if account is not None and self.busy.isHidden():
            self.useRequested.emit(account)

    def _activated(self, account: int) -> None:
        if self.busy.isHidden():
            self.useRequested.emit(account)
