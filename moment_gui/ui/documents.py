"""File ▸ New / Open / Open Recent / Save / Save As, pasting a fragment, and dropping files.

Opening replaces the picks without undo history (`state.reset`); pasting is one undoable step
that keeps the campaign context. Nothing here ever writes the business token: a
`SavedSelection` has no field for it. Files are small, so reads and the atomic save run
synchronously; this also lets the close guard know whether "Save" really succeeded.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from moment_gui.domain.document import FORMAT, DocumentError, SavedSelection, load, save
from moment_gui.domain.fragment import FragmentError, parse_fragment_text
from moment_gui.domain.selection import TargetingSelection
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FILE_SUFFIX = ".json"


class DocumentController(QObject):
    """Owns which file the window shows; every file action of the File menu goes through it."""

    documentOpened = Signal(str)  # path of the file that now holds the picks
    documentSaved = Signal(str)

    def __init__(self, window: MainWindow, ctx: AppContext, settings: Settings | None) -> None:
        super().__init__(window)
        self.setObjectName("documentController")
        self.window = window
        self.ctx = ctx
        self.settings = settings
        self._path: Path | None = None
        self._name = ""  # from the opened file: kept when saving it again
        self._notes = ""
        self.bar = MessageBar(object_name="documentBar")
        add_to_window(window, self.bar)
        self._build_actions()
        window.close_guards.append(self.confirm_discard)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        ctx.state.stepped.connect(self._history_stepped)
        self.retranslate()

    def _history_stepped(self) -> None:
        """After undo/redo an error about an earlier import no longer applies."""
        if not self.bar.isHidden() and self.bar.kind is BarKind.ERROR:
            self.bar.hide()

    # -- building ------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        menu = w.file_menu
        before = w.quit_action
        # New, Open, Open Recent, then Open for review… when it is there; saving; then Quit.
        opens_before = w.review_open_action or before
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_selection)
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = QMenu(w)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        # Not StandardKey.SaveAs: it has no binding on Windows.
        self.save_as_action = self._action(QKeySequence("Ctrl+Shift+S"), self.save_as)
        menu.insertActions(opens_before, [self.new_action, self.open_action])
        menu.insertMenu(opens_before, self.recent_menu)
        if opens_before is before:
            menu.insertSeparator(before)
        menu.insertActions(before, [self.save_action, self.save_as_action])
        menu.insertSeparator(before)
        self.paste_action = self._action(QKeySequence("Ctrl+Shift+V"), self.paste_fragment)
        edit = w.edit_menu
        anchor = _action_after(edit, w.copy_targeting_action)
        if anchor is None:
            edit.addAction(self.paste_action)
        else:
            edit.insertAction(anchor, self.paste_action)

    def _action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(_returning_none(slot))
        return action

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New selection"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.paste_action.setText(self.tr("&Paste fragment"))

    # -- what the window shows -------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    def _set_path(self, path: Path | None, name: str = "", notes: str = "") -> None:
        self._path = path
        self._name = name
        self._notes = notes
        self.window.set_document_name(path.name if path is not None else "")

    def forget_path(self, title: str = "") -> None:
        """The picks no longer belong to a file (restored after a crash, new selection)."""
        self._path = None
        self._name = self._notes = ""
        self.window.set_document_name(title)

    def snapshot(self) -> SavedSelection:
        """The current picks as a document, with the facts needed to review them later."""
        lookups = self.ctx.lookups
        return SavedSelection(
            selection=self.ctx.state.selection,
            ad_account_id=lookups.ad_account_id,
            saved_at=datetime.now().astimezone(),
            region_list_date=self.settings.region_list_date if self.settings else None,
            name=self._name,  # the planner's title; a file name is not one (issue 12.3)
            notes=self._notes,
        )

    def show_error(self, text: str) -> None:
        self.bar.show_message(text, BarKind.ERROR)

    # -- unsaved changes ---------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current picks may be replaced: saved, discarded, or unchanged."""
        if not self.ctx.state.is_modified:
            return True
        name = self._path.name if self._path else self.tr("the untitled selection")
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to %1?").replace("%1", name))
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        # Called from menu slots and closeEvent, never from a coroutine, so exec() is safe.
        answer = buttons(box.exec())
        box.deleteLater()
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # -- new / open ----------------------------------------------------------------------
    def new_selection(self) -> None:
        if not self.confirm_discard():
            return
        # The campaign is chosen per campaign, not per ad group: keep it for the next one.
        campaign = self.ctx.state.selection.campaign
        self.ctx.state.reset(TargetingSelection(campaign=campaign))
        self.forget_path()
        self.bar.hide()

    def open_dialog(self) -> None:
        start = str(self._path.parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open selection"), start, self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path | str) -> bool:
        """Open a saved selection; a bad file leaves the current picks untouched."""
        path = Path(path)
        try:
            doc = load(path)
        except DocumentError as exc:
            self.show_error(tr_error(exc))
            if self.settings is not None and not path.exists():
                self.settings.remove_recent_file(path)
                self._save_settings()
            return False
        if not self.confirm_discard():
            return False
        self.ctx.state.reset(doc.selection)
        self._set_path(path, doc.name, doc.notes)
        self._remember(path)
        self.bar.hide()
        if doc.upgraded_from is not None:
            self.bar.show_message(
                self.tr("This file was saved by an older version; it is upgraded when you save.")
            )
        self.ctx.statusMessage.emit(self.tr("Opened %1").replace("%1", path.name))
        self.documentOpened.emit(str(path))
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files() if self.settings is not None else []
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(_returning_none(partial(self.open_path, path)))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        if self.settings is not None:
            self.settings.recent = []
            self._save_settings()

    def _remember(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.add_recent_file(path)
            self._save_settings()

    def _save_settings(self) -> None:
        try:
            assert self.settings is not None
            self.settings.save()
        except OSError as exc:  # losing the recent list is no reason to stop the planner
            log.warning("could not save settings: %s", type(exc).__name__)

    # -- save ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        suggested = str(self._path) if self._path else self.tr("selection") + FILE_SUFFIX
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save selection"), suggested, self._file_filter()
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        return self._write(target)

    def _write(self, path: Path) -> bool:
        doc = self.snapshot()
        try:
            save(path, doc)
        except DocumentError as exc:
            self.show_error(tr_error(exc))
            return False
        self._path = path
        self._name = doc.name
        self.ctx.state.mark_saved()
        self.window.set_document_name(path.name)
        self._remember(path)
        self.ctx.statusMessage.emit(self.tr("Saved %1").replace("%1", path.name))
        self.documentSaved.emit(str(path))
        return True

    def _file_filter(self) -> str:
        return self.tr("Saved selections (*.json);;All files (*)")

    # -- paste and drop --------------------------------------------------------------------
    def paste_fragment(self) -> bool:
        """Paste replaces every pick: with picks in the window, ask first (in the bar)."""
        text = QGuiApplication.clipboard().text()
        return self.import_fragment_text(text, self.tr("Paste fragment"), ask=True)

    def import_fragment_text(self, text: str, undo_text: str, ask: bool = False) -> bool:
        """Replace the picks with a fragment's as one undoable step; keep the campaign.

        With `ask`, a selection that has picks is replaced only after "Replace" in the bar
        (False until then)."""
        state = self.ctx.state
        try:
            new = parse_fragment_text(text, state.selection.campaign)
        except FragmentError as exc:
            self.show_error(
                self.tr("Could not import the fragment: %1").replace("%1", tr_error(exc))
            )
            return False
        if ask and not state.selection.is_empty and new != state.selection:
            count = len(state.selection.regions) + len(state.selection.audiences)
            count += len(state.selection.ad_serving_categories)
            count += len(state.selection.section_categories)
            question = self.tr(
                "Paste replaces the %n pick(s) in the window with the fragment's. Undo "
                "(Ctrl+Z) brings them back.",
                "",
                count,
            )
            self.bar.show_message(
                question,
                BarKind.WARNING,
                [
                    (self.tr("&Use the fragment"), lambda: self._replace(new, undo_text)),
                    (self.tr("Keep my pick&s"), self.bar.hide),
                ],
            )
            self.bar.buttons[0].setObjectName("pasteReplaceButton")
            self.bar.buttons[1].setObjectName("pasteKeepButton")
            self.bar.buttons[0].setFocus()
            return False
        return self._replace(new, undo_text)

    def _replace(self, new: TargetingSelection, undo_text: str) -> bool:
        state = self.ctx.state
        self.bar.hide()
        state.apply(new, undo_text)
        # English has no catalogue, so each count phrase is one whole text per case ("1 region").
        n, m = len(new.regions), len(new.audiences)
        regions = self.tr("%n region", "", n) if n == 1 else self.tr("%n regions", "", n)
        audiences = self.tr("%n audience", "", m) if m == 1 else self.tr("%n audiences", "", m)
        summary = self.tr("Imported %1 and %2").replace("%1", regions).replace("%2", audiences)
        self.ctx.statusMessage.emit(summary)
        return True

    def open_dropped(self, path: Path) -> bool:
        """A saved selection opens; any other JSON is read as an ad-group fragment."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.show_error(
                self.tr("Could not read %1: %2")
                .replace("%1", path.name)
                .replace("%2", tr_error(exc))
            )
            return False
        if _is_saved_selection(text):
            return self.open_path(path)
        return self.import_fragment_text(
            text, self.tr("Import fragment from %1").replace("%1", path.name)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if _dropped_json(event.mimeData().urls()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = _dropped_json(event.mimeData().urls())
            if path is not None:
                event.acceptProposedAction()
                # After the drop returns: the unsaved-changes prompt must not run inside it.
                QTimer.singleShot(0, self, _returning_none(lambda: self.open_dropped(path)))
                return True
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)


def _returning_none(slot: Callable[[], object]) -> Callable[..., None]:
    """A slot that drops `slot`'s result: PySide6 6.12.0 releases a slot's return value once
    too often, and doing so to True/False/None crashes the interpreter sooner or later."""

    def run(*_: object) -> None:
        slot()

    return run


def _dropped_json(urls: list[QUrl]) -> Path | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None


def _is_saved_selection(text: str) -> bool:
    """A saved selection (even a damaged one) names its format; a fragment never does."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        return f'"{FORMAT}"' in text
    return isinstance(obj, dict) and "format" in obj


def _action_after(menu: QMenu, action: QAction) -> QAction | None:
    actions = menu.actions()
    if action not in actions:
        return None
    i = actions.index(action)
    return actions[i + 1] if i + 1 < len(actions) else None
