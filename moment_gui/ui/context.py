"""What every panel needs: the selection, the lookup service, and one way to run async work.

Panels receive one `AppContext` instead of a handful of arguments, so swapping the lookup
service (demo → live token, another ad account, offline review) reaches all of them.
It also remembers the planner's last choices per ad account (the tracker, the Kakao Talk
channel: `recall`/`remember`, kept in the settings) and gathers what refreshes changed into
one status message (`report_changes`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from moment_gui.ui.state import SelectionState

if TYPE_CHECKING:
    from moment_gui.domain.regions import RegionCatalogue
    from moment_gui.services.lookups import LookupService


class ChoiceMemory(Protocol):
    """Where last choices are kept (`store.settings.Settings`)."""

    def recall(self, scope: str, name: str) -> str | None: ...
    def remember(self, scope: str, name: str, value: str) -> None: ...


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
        memory: ChoiceMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._lookups = lookups
        self._catalogue = catalogue
        self._memory = memory
        self._changes: list[str] = []
        self._changes_held = False
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

    # -- last choices per ad account ---------------------------------------------------
    def _scope(self) -> str:
        lookups = self._lookups
        return f"{lookups.source.value}:{lookups.ad_account_id or '-'}"

    def recall(self, name: str) -> str | None:
        """The last `name` ("tracker", "channel") chosen in this ad account, if any."""
        return self._memory.recall(self._scope(), name) if self._memory is not None else None

    def remember(self, name: str, value: str) -> None:
        if self._memory is not None and self.recall(name) != value:
            self._memory.remember(self._scope(), name, value)

    # -- what refreshes changed, said once -----------------------------------------------
    def report_changes(self, sentence: str) -> None:
        """One panel's sentence about what a refresh changed; gathered and said once."""
        if not sentence:
            return
        self._changes.append(sentence)
        if not self._changes_held and len(self._changes) == 1:
            QTimer.singleShot(0, self, self._say_changes)

    def hold_changes(self) -> None:
        """Gather sentences until `take_changes()` (the window says them after loading)."""
        self._changes_held = True

    def take_changes(self) -> str:
        self._changes_held = False
        text, self._changes = " ".join(self._changes), []
        return text

    def _say_changes(self) -> None:
        if not self._changes_held and self._changes:
            self.statusMessage.emit(self.take_changes())

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
