"""Crash recovery: unsaved picks are autosaved ~2 s after the last change and offered back.

While the picks are modified, `autosave.json` in `recovery_dir()` holds them (atomic save, no
token: `SavedSelection` has no field for it). A save or a clean exit deletes it. At start an
`autosave.json` left behind means the app did not close normally: it is renamed to
`crashed-….json` (so this session's own autosave cannot overwrite it) and offered in a bar.
moment-gui runs one window per user, so one autosave file is enough.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from moment_gui.domain.document import DocumentError, SavedSelection, load, save
from moment_gui.store.paths import recovery_dir
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window

if TYPE_CHECKING:
    from moment_gui.ui.documents import DocumentController
    from moment_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_NAME = "autosave.json"
CRASHED_PREFIX = "crashed-"
AUTOSAVE_DELAY_MS = 2000


class RecoveryController(QObject):
    restored = Signal()

    def __init__(
        self,
        window: MainWindow,
        ctx: AppContext,
        documents: DocumentController | None = None,
        *,
        folder: Path | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(window)
        self.setObjectName("recoveryController")
        self.window = window
        self.ctx = ctx
        self.documents = documents
        self.folder = folder if folder is not None else recovery_dir()
        self.autosave_path = self.folder / AUTOSAVE_NAME
        self.offered: Path | None = None
        self._write_failed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.autosave_now)
        self.bar = MessageBar(object_name="recoveryBar")
        add_to_window(window, self.bar)
        ctx.state.changed.connect(self._timer.start)  # restart = debounce
        ctx.state.undo_stack.cleanChanged.connect(self._clean_changed)
        window.close_guards.append(self._closing)

    # -- autosave -------------------------------------------------------------------------
    def autosave_now(self) -> None:
        self._timer.stop()
        if not self.ctx.state.is_modified:
            self.discard_autosave()
            return
        doc = SavedSelection(
            selection=self.ctx.state.selection,
            ad_account_id=self.ctx.lookups.ad_account_id,
            saved_at=datetime.now().astimezone(),
            name=self.window.document_name,
        )
        try:
            # Synchronous on purpose: a few kB, and a clean exit must never race a late write.
            save(self.autosave_path, doc)
        except DocumentError as exc:
            if not self._write_failed:  # say it once, not every two seconds
                self.ctx.statusMessage.emit(
                    self.tr("Unsaved work could not be backed up: %1").replace("%1", tr_error(exc))
                )
            self._write_failed = True
            return
        self._write_failed = False

    def discard_autosave(self) -> None:
        _remove_with_backup(self.autosave_path)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
            self.discard_autosave()

    def _closing(self) -> bool:
        # Runs after the unsaved-changes guard agreed: saved or discarded, no crash copy needed.
        self._timer.stop()
        self.discard_autosave()
        return True

    # -- after a crash ----------------------------------------------------------------------
    def start(self) -> Path | None:
        """Offer the newest work a crashed session left behind; returns that file."""
        if self.autosave_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            with suppress(OSError):
                self.autosave_path.replace(self.folder / f"{CRASHED_PREFIX}{stamp}.json")
            _remove(self.autosave_path.with_name(self.autosave_path.name + ".bak"))
        for candidate in self.crashed_files():
            try:
                doc = load(candidate)
            except DocumentError as exc:
                log.warning("unreadable recovery file %s: %s", candidate.name, exc)
                _remove_with_backup(candidate)
                continue
            self._offer(candidate, doc)
            return candidate
        return None

    def crashed_files(self) -> list[Path]:
        """Newest first."""
        files = [p for p in self.folder.glob(f"{CRASHED_PREFIX}*.json") if p.is_file()]
        return sorted(files, key=lambda p: p.name, reverse=True)

    def _offer(self, path: Path, doc: SavedSelection) -> None:
        self.offered = path
        when = _when(doc.saved_at, path)
        text = self.tr(
            "moment-gui did not close normally last time. Restore unsaved work from %1?"
        ).replace("%1", when)
        self.bar.show_message(
            text,
            BarKind.WARNING,
            [
                (self.tr("Restore"), lambda: self.restore(path)),
                (self.tr("Discard"), lambda: self.discard_crashed(path)),
            ],
        )

    def restore(self, path: Path) -> bool:
        try:
            doc = load(path)
        except DocumentError as exc:
            self.bar.show_message(tr_error(exc), BarKind.ERROR)
            return False
        state = self.ctx.state
        state.reset(doc.selection)
        # Restored work is not on disk anywhere the planner chose: show it as unsaved.
        state.undo_stack.resetClean()
        title = self.tr("Recovered selection")
        if self.documents is not None:
            self.documents.forget_path(title)
        else:
            self.window.set_document_name(title)
        self.window.setWindowModified(True)
        self.discard_crashed(path)
        self.autosave_now()  # the restored picks are this session's unsaved work now
        self.restored.emit()
        return True

    def discard_crashed(self, path: Path) -> None:
        _remove_with_backup(path)
        self.bar.hide()
        self.offered = None


def _when(saved_at: datetime | None, path: Path) -> str:
    if saved_at is None:
        with suppress(OSError):
            saved_at = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    if saved_at is None:
        return "?"
    return saved_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _remove(path: Path) -> None:
    with suppress(OSError):  # gone already, or not ours to delete: nothing to do either way
        path.unlink()


def _remove_with_backup(path: Path) -> None:
    _remove(path)
    _remove(path.with_name(path.name + ".bak"))
