"""Region search: local hits on every keystroke, the server only after a pause.

The catalogue answers within a keystroke (초성, half-typed syllables, IME pre-edit). Kakao is
asked (depth2 and depth3 in parallel) only once typing pauses for `DEBOUNCE_MS`, and only for
a query it can answer: not blank (75029/75528) and not ending in a lone jamo mid-syllable.
Every new keystroke cancels the pending or in-flight request, so stale answers never land.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from moment_gui.domain.selection import RegionPick
from moment_gui.services.picks import region_pick
from moment_gui.ui.context import AppContext
from moment_gui.ui.regions.results_model import (
    RegionResultsModel,
    ResultHit,
    path_spans_to_row,
    row_text,
    spans_of,
)
from moment_gui.ui.widgets.panel_status import PanelStatus, describe_source

DEBOUNCE_MS = 400
LOCAL_LIMIT = 100
_TASK_KEY = "regions-search"


def has_lone_jamo(query: str) -> bool:
    """Compatibility jamo (ㄱ…ㅣ): a 초성 query or a syllable still being typed."""
    return any("\u3131" <= ch <= "\u318e" for ch in query)


class RegionSearch(QObject):
    failed = Signal()  # the server search failed; `retry()` asks again
    serverSearchStarted = Signal(str)  # for benchmarks and tests: one per request pair

    def __init__(
        self,
        ctx: AppContext,
        results: RegionResultsModel,
        status: PanelStatus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results = results
        self.status = status
        self.query = ""
        self.local_ms: list[float] = []  # time of each local search, for the benchmark
        self._local: list[ResultHit] = []
        self._task: asyncio.Future[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask_server)

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self._cancel()
        if not self.query:
            self._local = []
            self.results.set_hits([])
            return
        self._local = self._local_hits(self.query)
        self.results.set_hits(self._local)
        if not has_lone_jamo(self.query):
            self._timer.start()

    def refresh(self) -> None:
        """The data source changed: search again for the same query."""
        self.set_query(self.query)

    def retry(self) -> None:
        self._ask_server()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or (self._task is not None and not self._task.done())

    def _cancel(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def _local_hits(self, query: str) -> list[ResultHit]:
        catalogue = self.ctx.catalogue
        if catalogue is None:
            return []
        started = time.perf_counter()
        found = catalogue.search(query, LOCAL_LIMIT)
        self.local_ms.append((time.perf_counter() - started) * 1000)
        return [ResultHit(h.pick, path_spans_to_row(h.pick, h.spans)) for h in found]

    def _ask_server(self) -> None:
        if not self.query or has_lone_jamo(self.query):
            return
        self.serverSearchStarted.emit(self.query)
        self._task = self.ctx.spawn(self._server_search(self.query), key=_TASK_KEY)

    async def _server_search(self, query: str) -> None:
        lookups = self.ctx.lookups

        async def both() -> tuple[Any, Any]:
            return await asyncio.gather(
                lookups.depth2_locations(query), lookups.depth3_locations(query)
            )

        loading = self.tr("Searching Kakao for “%1”…").replace("%1", query)
        found = await self.status.guard(both, loading=loading)
        if found is None:
            self.failed.emit()
            return
        depth2, depth3 = found
        self.status.show_ready(lambda: describe_source(depth2))
        if query != self.query:
            return  # typed on while the answer was on its way
        server = [region_pick(loc) for loc in (*depth2.items, *depth3.items)]
        self.results.set_hits(self._merge(query, server))

    def _merge(self, query: str, server: list[RegionPick]) -> list[ResultHit]:
        """Local hits first (ranked, highlighted), then server-only hits in path order."""
        seen = {h.pick.value for h in self._local}
        extra = sorted(
            {p.value: p for p in server if p.value not in seen}.values(),
            key=lambda p: (p.level, p.path),
        )
        return self._local + [ResultHit(p, spans_of(query, row_text(p))) for p in extra]
