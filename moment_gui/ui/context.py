"""What every panel needs: the selection, the lookup service, and one way to run async work.

Panels receive one `AppContext` instead of a handful of arguments, so swapping the lookup
service (demo → live token, another ad account, offline review) reaches all of them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from moment_gui.ui.state import SelectionState

if TYPE_CHECKING:
    from moment_gui.domain.regions import RegionCatalogue
    from moment_gui.services.lookups import LookupService


class AppContext(QObject):
    authExpired = Signal()  # a call got 401: ask for a new token and keep every pick
    lookupsChanged = Signal()  # new LookupService (token, ad account, demo): panels reload
    catalogueChanged = Signal()  # the offline region catalogue was (re)built or loaded
    statusMessage = Signal(str)  # one line for the status bar

    def __init__(
        self,
        state: SelectionState,
        lookups: LookupService,
        catalogue: RegionCatalogue | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._lookups = lookups
        self._catalogue = catalogue
        # Strong references: asyncio keeps only weak ones, a task could vanish mid-flight.
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}
        self._closed = False
        self._refused: asyncio.Future[Any] | None = None

    @property
    def lookups(self) -> LookupService:
        return self._lookups

    def set_lookups(self, lookups: LookupService) -> None:
        self._lookups = lookups
        self.lookupsChanged.emit()

    @property
    def catalogue(self) -> RegionCatalogue | None:
        return self._catalogue

    def set_catalogue(self, catalogue: RegionCatalogue | None) -> None:
        self._catalogue = catalogue
        self.catalogueChanged.emit()

    def spawn(self, coro: Coroutine[Any, Any, Any], key: str | None = None) -> asyncio.Future[Any]:
        """Run `coro` on the loop. A `key` cancels the previous task with the same key
        (a newer search replaces a stale one)."""
        if self._closed:
            # A timer that fires after the window closed (e.g. a debounce) must not start
            # work on a loop that is shutting down.
            coro.close()
            assert self._refused is not None
            return self._refused
        if key is not None and (old := self._keyed.get(key)) is not None and not old.done():
            old.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(self._forget)
        return task

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        for k, t in list(self._keyed.items()):
            if t is task:
                del self._keyed[k]
        if not task.cancelled() and (exc := task.exception()) is not None:
            # Panels handle their own expected errors; anything else is a bug: surface it.
            loop = asyncio.get_event_loop()
            loop.call_exception_handler(
                {"message": "Unhandled error in background task", "exception": exc, "task": task}
            )

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def close(self) -> None:
        """The window closed: cancel everything and refuse new work from late timers."""
        if not self._closed:
            # What late callers get instead of a task: already cancelled, never run.
            self._refused = asyncio.get_event_loop().create_future()
            self._refused.cancel()
        self._closed = True
        self.cancel_all()

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)
