"""Population drawn as a bar with the number on it, so planners compare sizes at a glance.

The bar is linear against the largest population in the same list: a file of 100 people next
to a cohort of 180,000 *should* look tiny. Non-zero values get a sliver so they never look
empty; unknown populations show a dash.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

POPULATION_ROLE = Qt.ItemDataRole.UserRole + 20  # int | None: this row's population
POPULATION_MAX_ROLE = Qt.ItemDataRole.UserRole + 21  # int: the largest population in the list

BAR_COLOUR = QColor("#f7c600")  # Kakao-ish yellow, readable with black text
BAR_COLOUR_DISABLED = QColor("#d9d9d9")


def format_population(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def bar_fraction(value: int | None, maximum: int | None) -> float:
    """Share of the full width, 0..1; tiny non-zero values still get a visible sliver."""
    if not value or not maximum or value <= 0 or maximum <= 0:
        return 0.0
    return max(min(value / maximum, 1.0), 0.02)


class PopulationBarDelegate(QStyledItemDelegate):
    """Paints `POPULATION_ROLE` of the index as a horizontal bar with the number in it."""

    MIN_WIDTH = 170

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The item background (selection highlight, alternate rows) stays the style's job.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        value = index.data(POPULATION_ROLE)
        maximum = index.data(POPULATION_MAX_ROLE)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        area = opt.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fraction = bar_fraction(value, maximum)
        if fraction > 0:
            bar = QRect(
                area.left(), area.top(), max(int(area.width() * fraction), 3), area.height()
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR if enabled else BAR_COLOUR_DISABLED)
            painter.drawRoundedRect(bar, 2, 2)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.Text))
        painter.drawText(
            area.adjusted(4, 0, -2, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            format_population(value),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text_width = option.fontMetrics.horizontalAdvance("0,000,000,000") + 16
        return QSize(max(self.MIN_WIDTH, text_width), base.height())
