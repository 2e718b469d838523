"""The window's status bar: where the data comes from, what is loading, the last error + Retry.

Being honest about the source (live server, cache and its age, demo simulator) matters more
than anything else here: a planner must never mistake demo data for their own account.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from moment_gui.ui.widgets.busy import busy_bar

ERROR_STYLE = "color: #b3261e;"
Words = str | Callable[[], str]  # a callable is asked again after a language switch
DEMO_STYLE = "background: #fff3cd; color: #6b4e00; border-radius: 3px; padding: 1px 6px;"


class WindowStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.busy = busy_bar(self, width=100)
        self.message = QLabel(self)
        self.message.setObjectName("statusMessage")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("statusRetryButton")
        self.retry_button.clicked.connect(self._retry_clicked)
        self.source = QLabel(self)
        self.source.setObjectName("dataSource")
        self.addWidget(self.busy)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.retry_button)
        self.addPermanentWidget(self.source)
        self._retry: Callable[[], Any] | None = None
        self._source_words: Callable[[], str] | None = None
        self._message_words: Callable[[], str] | None = None
        self.busy.hide()
        self.retry_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        # Texts given as callables follow a language switch (the source badge, "Ready").
        if self._source_words is not None:
            self.source.setText(self._source_words())
        if self._message_words is not None:
            self.message.setText(self._message_words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self.message.text()

    @property
    def is_error(self) -> bool:
        return self.message.styleSheet() == ERROR_STYLE

    def set_source(self, text: Words, demo: bool = False) -> None:
        """'Demo data · built-in simulator', 'Kakao Moment · ad account 1234'.

        Demo is drawn as an amber badge: it must never pass for the planner's own account.
        A callable is asked again after a language switch.
        """
        self._source_words = text if callable(text) else None
        self.source.setText(text() if callable(text) else text)
        self.source.setStyleSheet(DEMO_STYLE if demo else "")

    def clear_message(self) -> None:
        """Forget a message that no longer describes the picks (after undo or redo)."""
        if self.retry_button.isVisible():
            return  # a failed load with its Retry is still true
        self._set("", busy=False, retry=None, style="")

    def show_message(self, text: Words) -> None:
        self._set(text, busy=False, retry=None, style="")

    def show_loading(self, text: str) -> None:
        self._set(text, busy=True, retry=None, style="color: palette(mid);")

    def show_done(self, text: Words) -> None:
        self._set(text, busy=False, retry=None, style="")

    def show_error(self, text: str, retry: Callable[[], Any] | None) -> None:
        self._set(text, busy=False, retry=retry, style=ERROR_STYLE)

    def _set(self, text: Words, busy: bool, retry: Callable[[], Any] | None, style: str) -> None:
        self._message_words = text if callable(text) else None
        self.message.setText(text() if callable(text) else text)
        self.message.setStyleSheet(style)
        self.busy.setVisible(busy)
        self._retry = retry
        self.retry_button.setVisible(retry is not None)

    def _retry_clicked(self) -> None:
        retry, self._retry = self._retry, None
        self.retry_button.hide()
        if retry is not None:
            retry()
