"""One status strip per panel: busy, where the data came from, or the error with Retry.

Every panel reports loading the same way ("Loading…", "live", "cached 3 h ago",
"cached 3 h ago · checking for changes…", "failed: why" + Retry), right next to the content
it concerns. `follow()` is the stale-while-revalidate path every panel takes: the cached rows
at once, the fresh ones in place when they land, and what changed said once
(`changesFound`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.services.changes import changes
from moment_gui.services.lookups import LookupResult
from moment_gui.ui.changes import describe_changes
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text

T = TypeVar("T")


class PanelStatus(QWidget):
    retryRequested = Signal()
    authFailed = Signal()
    changesFound = Signal(str)  # one plain sentence: what a refresh changed in shown rows

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
        self._style("")
        self._say(text)

    def _style(self, css: str) -> None:
        """Style the label, unless it already is: each setStyleSheet re-polishes the label,
        and a start moves a dozen strips through loading → refreshing → ready together."""
        if self._label.styleSheet() != css:
            self._label.setStyleSheet(css)

    def _say(self, text: str | Callable[[], str]) -> None:
        """Show `text`; a callable is asked again after a language switch."""
        self._words = text if callable(text) else None
        self._label.setText(text() if callable(text) else text)

    def show_loading(self, text: str | None = None) -> None:
        self._busy.show()
        self._retry.hide()
        self._style("color: palette(mid);")
        self._words = None
        self._label.setText(text or self.tr("Loading…"))

    def show_ready(self, text: str | Callable[[], str]) -> None:
        self._busy.hide()
        self._retry.hide()
        self._style("color: palette(mid);")
        self._say(text)

    def show_refreshing(self, text: str) -> None:
        """Rows from the cache are shown and the network's answer is on its way."""
        self._busy.show()
        self._retry.hide()
        self._style("color: palette(mid);")
        self._words = None
        self._label.setText(self.tr("%1 · checking for changes…").replace("%1", text))

    def show_error(self, message: str) -> None:
        self._busy.hide()
        self._retry.show()
        self._style("color: #b3261e;")
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

    async def follow(
        self,
        answers: AsyncIterator[T],
        show: Callable[[T], None],
        loading: str | None = None,
        what: str = "",
    ) -> T | None:
        """Show each answer of `answers` (a lookup's `revalidate()`) as it comes: the cached one
        at once, marked with its age while the refresh runs, then the fresh one in its place.

        A refresh that changes the name, status or size of a shown item emits
        `changesFound` once with a sentence about `what` ("Engagement cohorts"). Errors are
        shown as `guard()` shows them; rows already shown stay. Returns the last answer shown.
        """
        self.show_loading(loading)
        shown: T | None = None
        try:
            async for answer in answers:
                show(answer)
                if shown is not None and what:
                    found = changes(getattr(shown, "items", ()), getattr(answer, "items", ()))
                    if found:
                        self.changesFound.emit(describe_changes(what, found))
                shown = answer
                self.show_refreshing(describe_source(answer))
        except asyncio.CancelledError:
            if shown is None:
                self.show_idle()
            else:
                last = shown
                self.show_ready(lambda: describe_source(last))
            raise
        except AuthenticationError as exc:
            self.show_error(tr_message(exc.text))
            self.authFailed.emit()
            return None
        except MomentApiError as exc:
            self.show_error(tr_message(exc.text))
            return None
        if shown is None:
            self.show_idle()
        else:
            final = shown
            self.show_ready(lambda: describe_source(final))  # follows a language switch
        return shown


def describe_source(result: object) -> str:
    """'live', 'cached 3 h ago', 'demo data' for a LookupResult, translated; else ''."""
    if not isinstance(result, LookupResult):
        return ""
    return tr_message(result.words(datetime.now().astimezone()))
