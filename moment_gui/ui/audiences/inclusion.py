"""The "Use as" cell: two segments, Include | Exclude, the active one filled in colour.

Clicking a segment picks the row that way (or switches it); clicking the active segment
again removes the pick. The same actions are on the context menu and on the keys + − Del.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from moment_gui.domain.selection import Inclusion
from moment_gui.ui.audiences.model import (
    EXCLUDE_COLOUR,
    INCLUDE_COLOUR,
    INCLUSION_ROLE,
    USABLE_ROLE,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def segment_rects(rect: QRect) -> tuple[QRect, QRect]:
    """(Include, Exclude) rectangles inside a cell; tests click their centres."""
    area = rect.adjusted(4, 3, -4, -3)
    half = area.width() // 2
    return (
        QRect(area.left(), area.top(), half, area.height()),
        QRect(area.left() + half, area.top(), area.width() - half, area.height()),
    )


class InclusionDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        current = index.data(INCLUSION_ROLE) or ""
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled) and (
            bool(index.data(USABLE_ROLE)) or bool(current)
        )
        if not enabled:
            # No buttons to tempt; the status column and the tooltip give the full reason.
            disabled = opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            painter.save()
            painter.setPen(disabled)
            painter.drawText(opt.rect, int(Qt.AlignmentFlag.AlignCenter), self.tr("Not usable"))
            painter.restore()
            return
        include_rect, exclude_rect = segment_rects(opt.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, value, colour, label in (
            (include_rect, Inclusion.INCLUDE, INCLUDE_COLOUR, self.tr("Include")),
            (exclude_rect, Inclusion.EXCLUDE, EXCLUDE_COLOUR, self.tr("Exclude")),
        ):
            self._paint_segment(painter, opt, rect, colour, label, current == value)
        painter.restore()

    def _paint_segment(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        colour: QColor,
        label: str,
        active: bool,
    ) -> None:
        muted = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(1, 0, -1, 0)
        if active:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(inner, 3, 3)
            painter.setPen(QColor("white"))
            font = QFont(opt.font)  # a copy: the inactive segment keeps the normal weight
            font.setBold(True)
            painter.setFont(font)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(muted)
            painter.drawRoundedRect(inner, 3, 3)
            painter.setFont(opt.font)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), label)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        metrics = option.fontMetrics
        width = 2 * max(metrics.horizontalAdvance(self.tr(w)) for w in ("Include", "Exclude"))
        return QSize(width + 40, max(base.height(), metrics.height() + 8))

    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        include_rect, exclude_rect = segment_rects(option.rect)
        pos = event.position().toPoint()
        if include_rect.contains(pos):
            clicked = Inclusion.INCLUDE
        elif exclude_rect.contains(pos):
            clicked = Inclusion.EXCLUDE
        else:
            return False
        current = index.data(INCLUSION_ROLE) or ""
        # Clicking the active segment again takes the pick away, like a toggle button.
        value = "" if current == clicked.value else clicked.value
        index.model().setData(index, value, INCLUSION_ROLE)
        return True


class PickedNameDelegate(QStyledItemDelegate):
    """The name cell: an excluded pick shows a red ✕ in its box, not the ✓ of an included one,
    so the list reads the way the fragment will (the check state still means "picked")."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.data(INCLUSION_ROLE) != Inclusion.EXCLUDE.value:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.checkState = Qt.CheckState.Unchecked
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        mark = box.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(EXCLUDE_COLOUR)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawLine(mark.topLeft(), mark.bottomRight())
        painter.drawLine(mark.topRight(), mark.bottomLeft())
        painter.restore()
