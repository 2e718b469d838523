"""Review mode: a saved selection as a client would read it, with re-check and compare.

Everything on the Review tab comes from the file (names, statuses, populations as saved), so
it opens on a train with no network and no token. Re-check and Compare change nothing until
the planner accepts a finding; accepted changes are undoable here (Ctrl+Z).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moment_gui import __version__
from moment_gui.domain.document import DocumentError, SavedSelection, load, save
from moment_gui.domain.report_model import ReportModel, build_report
from moment_gui.report.html import as_saved_text, render_html, report_title
from moment_gui.services.lookups import LookupService
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error
from moment_gui.ui.review.compare_view import CompareView
from moment_gui.ui.review.recheck_view import RecheckView
from moment_gui.ui.state import SelectionState

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

_BANNER_STYLE = (
    "QLabel { background: #fff4d6; color: #5c3d00; border-bottom: 1px solid #e6cf8f;"
    " padding: 6px 10px; font-weight: bold; }"
)


class ReviewWindow(QMainWindow):
    """`editor` is the main window the reviewed picks can be handed to ("Open in editor");
    when it shares `ctx.state` (reviewing the editor's own picks) there is nothing to hand."""

    def __init__(
        self,
        ctx: AppContext,
        doc: SavedSelection,
        parent: QWidget | None = None,
        *,
        editor: MainWindow | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.doc = doc
        self.path = path  # the file shown, once opened from or saved to one
        self.editor = editor
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(central)
        self.banner.setObjectName("reviewBanner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_details(central))
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("reviewTabs")
        self.summary = QTextBrowser(self.tabs)
        self.summary.setObjectName("reviewSummary")
        self.summary.setOpenLinks(False)
        self.recheck = RecheckView(ctx, self.tabs)
        self.compare = CompareView(ctx, self.tabs)
        self.tabs.addTab(self.summary, self.tr("Review"))
        self.tabs.addTab(self.recheck, self.tr("Re-check"))
        self.tabs.addTab(self.compare, self.tr("Compare"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_toolbar()
        ctx.state.changed.connect(self.refresh)
        # `changed` fires inside the undo push, before the stack knows it is no longer clean.
        ctx.state.undo_stack.cleanChanged.connect(self.refresh)
        self.recheck.finished.connect(self.refresh)
        self.resize(1100, 800)
        self.refresh()

    def _build_details(self, parent: QWidget) -> QWidget:
        """Title and notes the client report shows; saved in the file with Save As."""
        box = QWidget(parent)
        form = QFormLayout(box)
        form.setContentsMargins(10, 6, 10, 0)
        self.title_edit = QLineEdit(self.doc.name, box)
        self.title_edit.setObjectName("reviewTitle")
        self.title_edit.setAccessibleName("reviewTitle")
        self.title_edit.setClearButtonEnabled(True)
        self.title_edit.textEdited.connect(self._details_edited)
        self.notes_edit = QPlainTextEdit(self.doc.notes, box)
        self.notes_edit.setObjectName("reviewNotes")
        self.notes_edit.setAccessibleName("reviewNotes")
        self.notes_edit.setTabChangesFocus(True)  # Tab leaves the notes: keyboard-only use
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.notes_edit.textChanged.connect(self._details_edited)
        self.title_label = QLabel(box)
        self.title_label.setBuddy(self.title_edit)
        self.notes_label = QLabel(box)
        self.notes_label.setBuddy(self.notes_edit)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.notes_label, self.notes_edit)
        self._details_changed = False
        self._retranslate_details()
        return box

    def _retranslate_details(self) -> None:
        self.title_label.setText(self.tr("&Title:"))
        self.notes_label.setText(self.tr("&Notes:"))
        self.title_edit.setPlaceholderText(self.tr("A title for the client report"))
        self.notes_edit.setPlaceholderText(
            self.tr("Notes for the client, shown under the title in the report")
        )

    def _details_edited(self) -> None:
        name, notes = self.title_edit.text().strip(), self.notes_edit.toPlainText().strip()
        if (name, notes) == (self.doc.name, self.doc.notes):
            return
        self.doc = replace(self.doc, name=name, notes=notes)
        self._details_changed = True
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_details()
            self.refresh()  # the summary is the report, in the language now installed
        super().changeEvent(event)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Review"))
        bar.setObjectName("reviewToolbar")
        bar.setMovable(False)
        self.save_as_action = bar.addAction(self.tr("Save As…"))
        self.save_as_action.setObjectName("reviewSaveAsAction")
        self.save_as_action.setToolTip(
            self.tr("Save the reviewed picks, accepted changes included")
        )
        self.save_as_action.triggered.connect(self._ask_save_as)
        # Toolbars take no keyboard focus: every action also has a shortcut (README Keyboard).
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.open_in_editor_action = bar.addAction(self.tr("Open in editor"))
        self.open_in_editor_action.setObjectName("reviewOpenInEditorAction")
        self.open_in_editor_action.setToolTip(
            self.tr("Continue editing these picks in the main window (one undo step there)")
        )
        self.open_in_editor_action.triggered.connect(self.open_in_editor)
        self.open_in_editor_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.open_in_editor_action.setVisible(self._hands_over())
        bar.addSeparator()
        self.export_action = bar.addAction(self.tr("Export report…"))
        self.export_action.triggered.connect(self._ask_export)
        self.export_action.setShortcut(QKeySequence("Ctrl+P"))  # like Print: a PDF or HTML
        self.compare_file_action = bar.addAction(self.tr("Compare with file…"))
        self.compare_file_action.triggered.connect(self._ask_compare_file)
        self.compare_file_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        bar.addSeparator()
        stack = self.ctx.state.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)

    # -- content -----------------------------------------------------------------------
    def report_model(self) -> ReportModel:
        doc = replace(self.doc, selection=self.ctx.state.selection)
        return build_report(
            doc,
            generated_at=datetime.now().astimezone(),
            app_version=__version__,
            recheck=self.recheck.result,
        )

    def refresh(self) -> None:

        model = self.report_model()
        changed = self.ctx.state.is_modified or self._details_changed
        title = report_title(model) + (" *" if changed else "")
        self.setWindowTitle(self.tr("%1 — review — moment-gui").replace("%1", title))
        if self.doc.saved_at is None:
            text = self.tr("Current selection, not saved yet")
        else:
            text = self.tr("%1 — names, statuses and populations from the file")
            text = text.replace("%1", as_saved_text(model))
        if self.ctx.state.is_modified:
            text += self.tr(" · changed since (accepted re-check findings)")
        self.banner.setText(text)
        scroll = self.summary.verticalScrollBar().value()
        self.summary.setHtml(render_html(model, embed_font=False))
        self.summary.verticalScrollBar().setValue(scroll)

    # -- save and hand over ------------------------------------------------------------
    def _owns_state(self) -> bool:
        """False when reviewing the editor's own picks: then its history is the editor's."""
        return self.editor is None or self.editor.ctx.state is not self.ctx.state

    def _hands_over(self) -> bool:
        return self.editor is not None and self._owns_state()

    def save_as(self, path: Path | str) -> bool:
        """Write the reviewed picks with the file's name, notes, account and region-list date."""
        path = Path(path)
        doc = replace(
            self.doc,
            selection=self.ctx.state.selection,
            saved_at=datetime.now().astimezone(),
            app_version=__version__,
            upgraded_from=None,
        )
        try:
            save(path, doc)
        except DocumentError as e:
            self.statusBar().showMessage(self.tr("Could not save: %1").replace("%1", tr_error(e)))
            return False
        self.doc, self.path = doc, path
        self._details_changed = False
        if self._owns_state():  # a shared history belongs to the editor's file, not this one
            self.ctx.state.mark_saved()
        self.refresh()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def _ask_save_as(self) -> None:
        suggested = self.path or Path.home() / f"{report_title(self.report_model())}.json"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save reviewed selection"),
            str(suggested),
            self.tr("Selections (*.json);;All files (*)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".json":
                target = target.with_name(target.name + ".json")
            self.save_as(target)

    def open_in_editor(self) -> None:
        """Hand the reviewed picks to the main window and bring it forward.

        An empty, unchanged editor takes the file's picks without history (like opening the
        file); accepted changes on top are one undo step there, so they stay unsaved work.
        A busy editor gets the reviewed picks as one undo step ("Undo" gives its picks back).
        """
        editor = self.editor
        if editor is None:
            return
        target = editor.ctx.state
        reviewed = self.ctx.state.selection
        if self._hands_over():
            name = self.doc.name or (self.path.name if self.path is not None else "")
            text = self.tr("Open reviewed selection “%1”").replace("%1", name)
            if target.selection.is_empty and not target.is_modified:
                target.reset(self.doc.selection)  # the file as saved: nothing to undo to
            target.apply(reviewed, text)
            editor.ctx.statusMessage.emit(self.tr("Opened the reviewed selection in the editor"))
        if editor.isMinimized():
            editor.showNormal()
        editor.show()
        editor.raise_()
        editor.activateWindow()

    # -- export and compare ------------------------------------------------------------
    def export_report(self, path: str) -> None:
        """Write PDF or HTML (from the extension); errors go to the banner's status line."""
        from moment_gui.report import write_report

        try:
            fmt = write_report(self.report_model(), path)
        except (OSError, ValueError) as e:
            self.statusBar().showMessage(self.tr("Could not export: %1").replace("%1", tr_error(e)))
            return
        message = self.tr("Wrote the %1 report to %2").replace("%1", fmt.upper())
        self.statusBar().showMessage(message.replace("%2", path))

    def _ask_export(self) -> None:
        suggested = str(Path.home() / f"{report_title(self.report_model())}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), suggested, self.tr("PDF (*.pdf);;HTML (*.html)")
        )
        if path:
            self.export_report(path)

    def _ask_compare_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Compare with"), "", self.tr("Selections (*.json);;All files (*)")
        )
        if path and self.compare.compare_file(path):
            self.tabs.setCurrentWidget(self.compare)


def open_for_review(
    path: str,
    lookups: LookupService,
    parent: QWidget | None = None,
    editor: MainWindow | None = None,
) -> ReviewWindow:
    """A review window over a saved file, with its own undo history; DocumentError if bad.

    With `editor`, "Open in editor" hands the reviewed picks to that main window."""
    doc = load(path)
    state = SelectionState()
    state.reset(doc.selection)
    # Re-check asks for the ad account the file was saved from, not the window's current one.
    ctx = AppContext(state, lookups.for_account(doc.ad_account_id))
    window = ReviewWindow(ctx, doc, parent, editor=editor, path=Path(path))
    ctx.setParent(window)
    return window


__all__ = ["DocumentError", "ReviewWindow", "open_for_review"]
