"""When this computer last edited an ad group, per server and ad account, across processes.

Kakao allows one ad-group edit per 5 seconds [docs]. Within one process `api.pacing` keeps the
turns; two `moment-gui push` runs in a row are two processes, so the time of the last edit is
also kept in a small file (`cache_dir()/ad-group-edits.json`, wall-clock seconds) that the next
run waits on. A missing or damaged file means "no edit recently": it never blocks anything.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from moment_gui.store.paths import cache_dir

FILE_NAME = "ad-group-edits.json"
KEEP_S = 3600.0  # older entries are dropped on the next write


class EditTimes:
    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else cache_dir() / FILE_NAME

    @staticmethod
    def key(base_url: str, ad_account_id: int) -> str:
        return f"{base_url.rstrip('/')}#{ad_account_id}"

    def _read(self) -> dict[str, float]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {
            k: float(v)
            for k, v in raw.items()
            if isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
        }

    def wait_needed(self, key: str, interval: float) -> float:
        """Seconds to wait before editing under `key` (0 when the last edit is long past)."""
        last = self._read().get(key)
        if last is None:
            return 0.0
        return min(interval, max(0.0, last + interval - self._clock()))

    def record(self, key: str) -> None:
        """Remember an edit under `key` now; a disk that refuses is not worth failing over."""
        now = self._clock()
        times = {k: v for k, v in self._read().items() if now - v < KEEP_S}
        times[key] = now
        with suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".edits.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(times, f)
                os.replace(tmp, self.path)
            except OSError:
                with suppress(OSError):
                    os.unlink(tmp)
