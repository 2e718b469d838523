"""The small pieces every "working on it / here is what happened" row is made of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget


def busy_bar(parent: QWidget, width: int = 90, height: int = 12) -> QProgressBar:
    """An indeterminate progress bar without text, hidden until the work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setMaximumWidth(width)
    bar.setMaximumHeight(height)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def result_label(parent: QWidget, name: str) -> QLabel:
    """A label for an outcome sentence: wrapped, plain text (an answer's words are never
    read as markup) and selectable, so a planner can copy an error to a colleague."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
