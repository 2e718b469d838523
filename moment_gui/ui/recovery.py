"""Crash recovery: unsaved picks are autosaved ~2 s after the last change and offered back.

While the picks are modified, this session's own `autosave-<session>.json` in `recovery_dir()`
holds them (atomic save, no token: `SavedSelection` has no field for it). A save or a clean exit
deletes it, and only it.

Several copies of moment-gui may run at once (two plans side by side): each session has its
own autosave file and holds `session-<session>.lock` (a `QLockFile`) while it runs. At start,
an autosave whose session lock is free (its process is gone; Qt checks the PID) means that
session did not close normally: the file is renamed to `crashed-….json` (so no autosave can
overwrite it) and offered in a bar. An autosave whose lock is held belongs to a copy that is
running now and is left alone. (The alternative, one instance per user forwarding files to the
first window, would forbid comparing two plans in two windows.) `autosave.json`, the single
file of older versions, is treated as crashed.

A recovery file saved by a newer version of moment-gui cannot be opened here; it is kept, and
the bar says why. Other unreadable recovery files are deleted (logged).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from moment_gui.domain.document import (
    DocumentError,
    NewerVersionError,
    SavedSelection,
    load,
    save,
)
from moment_gui.store.paths import recovery_dir
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window

if TYPE_CHECKING:
    from moment_gui.ui.documents import DocumentController
    from moment_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_NAME = "autosave.json"  # the single autosave of older versions
AUTOSAVE_PREFIX = "autosave-"
LOCK_PREFIX = "session-"
CRASHED_PREFIX = "crashed-"
AUTOSAVE_DELAY_MS = 2000
_SESSION_FILE = re.compile(r"autosave-(?P<session>[0-9a-f-]+)\.json")


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
        self.folder = folder if folder is not None else _recovery_dir_or_none()
        self.session = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.autosave_path = self._folder / f"{AUTOSAVE_PREFIX}{self.session}.json"
        self._lock = self._hold_session_lock()
        self.offered: Path | None = None
        self.kept_newer: list[Path] = []
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

    @property
    def _folder(self) -> Path:
        # No usable recovery folder: autosaves fail (said once) instead of the window failing.
        return self.folder if self.folder is not None else Path(os.devnull)

    def _hold_session_lock(self) -> QLockFile | None:
        if self.folder is None:
            return None
        lock = QLockFile(str(self.folder / f"{LOCK_PREFIX}{self.session}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):
            log.warning("could not take the recovery session lock (%s)", lock.error())
            return None
        return lock

    def release_session(self) -> None:
        """Give up this session's lock (at a clean exit; tests, to play a killed process)."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
            self.discard_autosave()

    def _closing(self) -> bool:
        # Runs after the unsaved-changes guard agreed: saved or discarded, no crash copy needed.
        self._timer.stop()
        self.discard_autosave()
        self.release_session()
        return True

    # -- after a crash ----------------------------------------------------------------------
    def start(self) -> Path | None:
        """Offer the newest work a crashed session left behind; returns that file.

        Autosaves of copies running now are never touched; a recovery file from a newer
        version is kept and the bar says why it cannot be opened.
        """
        if self.folder is None:
            return None
        for autosave in self._abandoned_autosaves():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            with suppress(OSError):
                autosave.replace(self.folder / f"{CRASHED_PREFIX}{stamp}-{autosave.stem}.json")
            _remove(autosave.with_name(autosave.name + ".bak"))
        for candidate in self.crashed_files():
            try:
                doc = load(candidate)
            except NewerVersionError as exc:
                log.warning("recovery file %s is from a newer version: kept", candidate.name)
                self.kept_newer.append(candidate)
                self._say_kept(candidate, exc)
                continue
            except DocumentError as exc:
                log.warning("unreadable recovery file %s: %s", candidate.name, exc)
                _remove_with_backup(candidate)
                continue
            self._offer(candidate, doc)
            return candidate
        return None

    def _abandoned_autosaves(self) -> list[Path]:
        """Autosaves whose session is over without a clean exit (its lock is free)."""
        assert self.folder is not None
        found = []
        for path in self.folder.glob(f"{AUTOSAVE_PREFIX}*.json"):
            match = _SESSION_FILE.fullmatch(path.name)
            if match is None or match["session"] == self.session:
                continue
            lock = QLockFile(str(self.folder / f"{LOCK_PREFIX}{match['session']}.lock"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):  # free, or stale and taken over: that session is gone
                found.append(path)
                lock.unlock()
        legacy = self.folder / AUTOSAVE_NAME
        if legacy.exists():
            found.append(legacy)
        return found

    def _say_kept(self, path: Path, exc: NewerVersionError) -> None:
        text = self.tr(
            "Unsaved work from a newer version of moment-gui (format version %1) is kept in "
            "%2. This version cannot open it; update moment-gui to restore it."
        )
        self.bar.show_message(
            text.replace("%1", str(exc.version)).replace("%2", str(path)),
            BarKind.WARNING,
            [(self.tr("Discard"), lambda: self.discard_crashed(path))],
        )

    def crashed_files(self) -> list[Path]:
        """Newest first."""
        if self.folder is None:
            return []
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


def _recovery_dir_or_none() -> Path | None:
    try:
        return recovery_dir()
    except OSError as exc:  # a file where the folder should be, a full disk, no rights
        log.warning("no recovery folder (%s): unsaved work is not backed up", exc)
        return None


def _remove(path: Path) -> None:
    with suppress(OSError):  # gone already, or not ours to delete: nothing to do either way
        path.unlink()


def _remove_with_backup(path: Path) -> None:
    _remove(path)
    _remove(path.with_name(path.name + ".bak"))
