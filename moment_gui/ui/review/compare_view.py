"""Side by side: this selection against another saved file or a pasted fragment.

The comparison is domain.diff's SelectionDiff; this view only colours and counts it:
added green, removed red, changed amber, one branch per category with its counts.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain import kinds
from moment_gui.domain.diff import SelectionDiff, diff
from moment_gui.domain.document import DocumentError, load
from moment_gui.domain.fragment import parse_fragment_text
from moment_gui.domain.selection import TargetingSelection
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error, tr_message

ADDED, REMOVED, CHANGED = QColor("#1b7f3b"), QColor("#b3261e"), QColor("#a15c00")


class CompareView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.other: TargetingSelection | None = None
        self.other_name = ""
        self.result: SelectionDiff | None = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Paste a fragment (e.g. what is live today):"), left))
        self.paste = QPlainTextEdit(left)
        self.paste.setObjectName("comparePaste")
        self.paste.setPlaceholderText('{"targeting": {...}, "adServingCategories": [...]}')
        left_layout.addWidget(self.paste, 1)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Compare with pasted"), left)
        self.compare_button.setObjectName("comparePastedButton")
        self.compare_button.clicked.connect(self.compare_pasted)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.message = QLabel(left)
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        left_layout.addWidget(self.message)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("compareTree")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Item"), self.tr("Key")])
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 330)
        splitter.addWidget(left)
        splitter.addWidget(self.tree)
        splitter.setSizes([380, 720])
        layout.addWidget(splitter, 1)
        ctx.state.changed.connect(self.refresh)

    def compare_file(self, path: str) -> bool:
        try:
            doc = load(path)
        except DocumentError as e:
            self._error(tr_error(e))
            return False
        self.compare_with(doc.selection, path)
        return True

    def compare_pasted(self) -> None:
        try:
            other = parse_fragment_text(self.paste.toPlainText(), self.ctx.state.selection.campaign)
        except ValueError as e:  # FragmentError is a ValueError with a plain message
            self._error(self.tr("The pasted text could not be read: %1").replace("%1", tr_error(e)))
            return
        self.compare_with(
            _with_known_facts(other, self.ctx.state.selection), self.tr("the pasted fragment")
        )

    def compare_with(self, other: TargetingSelection, name: str) -> None:
        self.other, self.other_name = other, name
        self.refresh()

    def refresh(self) -> None:
        if self.other is None:
            return
        # Campaign context is not part of a pasted fragment: compare targeting only.
        this = self.ctx.state.selection
        other = self.other if self.other.campaign else self.other.with_campaign(this.campaign)
        self.result = diff(this, other)
        self._show(self.result)

    def _show(self, result: SelectionDiff) -> None:
        self.tree.clear()
        if result.is_empty:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("No differences from %1.").replace("%1", self.other_name))
            return
        total = sum(a + r + c for a, r, c in result.counts().values())
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("%n difference(s) from this selection to %1.", "", total).replace(
                "%1", self.other_name
            )
        )
        for c in result.categories:
            head = QTreeWidgetItem(
                [
                    tr_message(kinds.title(c.category)),
                    f"+{len(c.added)}  −{len(c.removed)}  ~{len(c.changed)}",
                    "",
                ]
            )
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for i in c.added:
                self._row(head, self.tr("Added"), i.label, i.key, ADDED)
            for i in c.removed:
                self._row(head, self.tr("Removed"), i.label, i.key, REMOVED)
            for ch in c.changed:
                what = ", ".join(f"{f}: {a} → {b}" for f, a, b in ch.fields)
                self._row(
                    head, self.tr("Changed: %1").replace("%1", what), ch.label, ch.key, CHANGED
                )
            head.setExpanded(True)

    def _row(
        self, head: QTreeWidgetItem, change: str, label: str, key: str, colour: QColor
    ) -> None:
        item = QTreeWidgetItem(head, [change, label, key])
        for col in range(3):
            item.setForeground(col, QBrush(colour))
        item.setToolTip(0, change)

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)


def _with_known_facts(pasted: TargetingSelection, known: TargetingSelection) -> TargetingSelection:
    """A fragment carries keys and inclusion only: borrow labels and recorded facts from the
    same items here, so only real differences (inclusion, term, added, removed) show."""
    audiences = []
    for a in pasted.audiences:
        mine = known.audience(a.kind, a.key)
        audiences.append(a if mine is None else replace(mine, inclusion=a.inclusion, term=a.term))
    names = {c.code: c for c in (*known.ad_serving_categories, *known.section_categories)}
    return replace(
        pasted,
        audiences=tuple(audiences),
        ad_serving_categories=tuple(names.get(c.code, c) for c in pasted.ad_serving_categories),
        section_categories=tuple(names.get(c.code, c) for c in pasted.section_categories),
    )
