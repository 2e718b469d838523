"""The two views the planner browses with: the region tree and the grouped search results."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from moment_gui.ui.regions.results_model import HighlightRole, Span

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter


def highlighted_html(text: str, spans: list[Span], colour: str) -> str:
    """`text` as HTML with the matched spans in bold."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return f'<span style="color:{colour}">{"".join(out)}</span>'


class HighlightDelegate(QStyledItemDelegate):
    """Paints the row as usual (check box, selection) but its text with matches in bold."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spans = index.data(HighlightRole)
        if not spans:
            super().paint(painter, option, index)
            return
        # Only search results are painted here: PySide builds the Python enums of these
        # classes on their first use, which is kept out of the window's first paint.
        from PySide6.QtGui import QPalette, QTextDocument
        from PySide6.QtWidgets import QStyle

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        doc.setHtml(highlighted_html(text, spans, opt.palette.color(role).name()))
        painter.save()
        top = rect.top() + (rect.height() - doc.size().height()) / 2
        painter.translate(rect.left() + 2, top)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), doc.size().height()))
        painter.restore()


class TreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionTree")
        self.setAccessibleName("regionTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class ResultsView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionResults")
        self.setAccessibleName("regionResults")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemsExpandable(False)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._delegate = HighlightDelegate(self)
        self.setItemDelegate(self._delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        # Categories stay open: the 시/도 rows are headings, not folders.
        self.model().modelReset.connect(self.expandAll)
