"""One status strip per panel: busy, where the data came from, or the error with Retry.

Every panel reports loading the same way ("Loading…", "live", "cached 3 h ago",
"failed: why" + Retry), right next to the content it concerns.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.services.lookups import LookupResult
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text

T = TypeVar("T")


class PanelStatus(QWidget):
    retryRequested = Signal()
    authFailed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._busy = QProgressBar(self)
        self._busy.setRange(0, 0)  # indeterminate
        self._busy.setMaximumWidth(80)
        self._busy.setMaximumHeight(10)
        self._busy.setTextVisible(False)
        self._label = QLabel(self)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setWordWrap(True)
        self._retry = QPushButton(self)
        self._words: Callable[[], str] | None = None  # the shown text, in the current language
        self._retry.clicked.connect(self.retryRequested)
        layout.addWidget(self._busy)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._retry)
        self.show_idle()
        live_text(self, self._retranslate)

    def _retranslate(self) -> None:
        self._retry.setText(self.tr("Retry"))
        if self._words is not None:
            self._label.setText(self._words())

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def is_error(self) -> bool:
        return not self._retry.isHidden()

    def show_idle(self, text: str | Callable[[], str] = "") -> None:
        self._busy.hide()
        self._retry.hide()
        self._label.setStyleSheet("")
        self._say(text)

    def _say(self, text: str | Callable[[], str]) -> None:
        """Show `text`; a callable is asked again after a language switch."""
        self._words = text if callable(text) else None
        self._label.setText(text() if callable(text) else text)

    def show_loading(self, text: str | None = None) -> None:
        self._busy.show()
        self._retry.hide()
        self._label.setStyleSheet("color: palette(mid);")
        self._words = None
        self._label.setText(text or self.tr("Loading…"))

    def show_ready(self, text: str | Callable[[], str]) -> None:
        self._busy.hide()
        self._retry.hide()
        self._label.setStyleSheet("color: palette(mid);")
        self._say(text)

    def show_error(self, message: str) -> None:
        self._busy.hide()
        self._retry.show()
        self._label.setStyleSheet("color: #b3261e;")
        self._words = None
        self._label.setText(message)

    async def guard(self, what: Callable[[], Awaitable[T]], loading: str | None = None) -> T | None:
        """Await `what()` showing progress here; on a Kakao/network error show it, return None.

        A 401 also emits `authFailed` so the window can ask for a new token.
        Cancellation propagates untouched (a newer request replaced this one).
        """
        self.show_loading(loading)
        try:
            result = await what()
        except asyncio.CancelledError:
            self.show_idle()
            raise
        except AuthenticationError as exc:
            self.show_error(tr_message(exc.text))
            self.authFailed.emit()
            return None
        except MomentApiError as exc:
            self.show_error(tr_message(exc.text))
            return None
        self.show_ready(lambda: describe_source(result))
        return result


def describe_source(result: object) -> str:
    """'live', 'cached 3 h ago', 'demo data' for a LookupResult, translated; else ''."""
    if not isinstance(result, LookupResult):
        return ""
    return tr_message(result.words(datetime.now().astimezone()))
