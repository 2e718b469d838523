"""Kakao allows one ad-group create/edit per 5 seconds [docs]: wait for it, never get refused.

One `EditPacer` per process (`EDIT_PACER`) is shared by every client, so two windows or a
window and a background task editing the same ad account still take turns. The turn is
counted from the *end* of the previous edit: Kakao saw that request before it answered, so
the next one, sent at least `interval` after the answer, arrives at least `interval` later.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from contextlib import asynccontextmanager

EDIT_INTERVAL_S = 5.0


class EditPacer:
    """Serialises edits per key and keeps `interval` seconds between them."""

    def __init__(
        self,
        interval: float = EDIT_INTERVAL_S,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if interval < 0:
            raise ValueError("interval must not be negative")
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._last_done: dict[Hashable, float] = {}
        self._locks: dict[tuple[int, Hashable], asyncio.Lock] = {}
        self.waited: list[float] = []  # seconds each turn waited: for tests and benchmarks

    def wait_needed(self, key: Hashable) -> float:
        """Seconds an edit for `key` would wait if it started now."""
        last = self._last_done.get(key)
        if last is None:
            return 0.0
        return max(0.0, last + self.interval - self._clock())

    def forget(self) -> None:
        """Drop every remembered edit (tests: each starts with no recent edit)."""
        self._last_done.clear()
        self._locks.clear()

    @asynccontextmanager
    async def turn(self, key: Hashable) -> AsyncIterator[None]:
        """Wait for `key`'s turn, run the edit, and start the next interval when it ends."""
        # asyncio locks belong to one event loop; a CLI run or a test may bring a new one.
        loop_key = (id(asyncio.get_running_loop()), key)
        lock = self._locks.setdefault(loop_key, asyncio.Lock())
        async with lock:
            wait = self.wait_needed(key)
            self.waited.append(wait)
            if wait > 0:
                await self._sleep(wait)
            try:
                yield
            finally:
                self._last_done[key] = self._clock()


EDIT_PACER = EditPacer()
