"""Text that follows a live language switch: set it now and again on every LanguageChange.

Widgets that set a label once in their constructor stay English after View ▸ Language ▸
한국어. `live_text(owner, apply)` runs `apply` at once and whenever `owner` is told the
language changed, so a constructor writes its texts exactly once, in a function.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LiveText(QObject):
    def __init__(self, owner: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(owner)
        self._apply = apply
        owner.installEventFilter(self)
        apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply()
        return False


def live_text(owner: QWidget, apply: Callable[[], None]) -> None:
    """Call `apply()` now and after every language switch (while `owner` lives)."""
    _LiveText(owner, apply)
