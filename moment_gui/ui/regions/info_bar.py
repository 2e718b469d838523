"""An inline, non-modal question: a message and a few buttons, shown inside the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class InfoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "InfoBar { background: #fff4d6; border: 1px solid #e0c068; border-radius: 4px; }"
        )
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self._label, 1)
        self._buttons: dict[str, QPushButton] = {}
        self.hide()

    @property
    def message(self) -> str:
        return self._label.text()

    def set_message(self, text: str) -> None:
        self._label.setText(text)

    def add_action(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self._buttons[name] = button
        return button

    def set_action_text(self, name: str, text: str) -> None:
        self._buttons[name].setText(text)

    def button(self, name: str) -> QPushButton:
        return self._buttons[name]
