"""A non-modal strip across the top of the window: one message, a few buttons, a close ×.

Used for what must not block the planner (a bad paste, "restore unsaved work?", an expired
token): unlike a message box, the picks stay clickable while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)


class BarKind(Enum):
    INFO = ("#e8f0fe", "#174ea6")
    WARNING = ("#fef7e0", "#7a4d00")
    ERROR = ("#fce8e6", "#a50e0e")


BarAction = tuple[str, Callable[[], Any]]


class MessageBar(QFrame):
    """Hidden until `show_message`; a button click runs its callback and closes the bar."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, object_name: str = "messageBar") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names may contain "<"
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setObjectName(f"{object_name}Close")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self._layout.addWidget(self.close_button)
        self.kind = BarKind.INFO
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == text), None)

    def show_message(
        self, text: str, kind: BarKind = BarKind.INFO, actions: Sequence[BarAction] = ()
    ) -> None:
        self.kind = kind
        background, foreground = kind.value
        # Scoped to this frame's objectName so child buttons keep the platform look.
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; "
            f"border-bottom: 1px solid {foreground}; }}"
            f"QLabel#{self.label.objectName()} {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        for old in self._buttons:
            self._layout.removeWidget(old)
            old.deleteLater()
        self._buttons = []
        for i, (label, callback) in enumerate(actions):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            self._layout.insertWidget(1 + i, button)
            self._buttons.append(button)
        self.show()

    def _run(self, callback: Callable[[], Any]) -> None:
        self.hide()
        callback()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def add_to_window(window: QMainWindow, bar: QWidget) -> None:
    """Put `bar` at the top of the window's central area (above the campaign bar)."""
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if isinstance(layout, QBoxLayout):
        bar.setParent(central)
        layout.insertWidget(0, bar)
    else:
        # No box layout to join: float it at the top instead of losing the message.
        bar.setParent(window)
        bar.move(0, window.menuBar().height())
