"""The region search field: reports the query including Korean IME pre-edit text.

While a syllable is being composed (강ㄴ → 강남) the composing part is not yet in `text()`;
planners expect results to follow what they see, so `queryChanged` carries committed text
with the pre-edit spliced in at the cursor, and fires only when that visible query changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class RegionSearchBox(QLineEdit):
    queryChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preedit = ""
        self._composing = False
        self._last = ""
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self._emit)

    @property
    def query(self) -> str:
        """What the planner sees in the field right now, composing syllable included."""
        if not self._preedit:
            return self.text()
        text, cursor = self.text(), self.cursorPosition()
        return text[:cursor] + self._preedit + text[cursor:]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # textChanged fires inside super() while the old pre-edit is still stored: hold it.
        self._composing = True
        try:
            super().inputMethodEvent(event)
        finally:
            self._composing = False
        self._preedit = event.preeditString()
        self._emit()

    def _emit(self, *_: object) -> None:
        if self._composing:
            return
        query = self.query
        if query != self._last:
            self._last = query
            self.queryChanged.emit(query)
