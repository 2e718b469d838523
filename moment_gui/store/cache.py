"""The lookup cache: the last answer of every lookup, for offline review and network failures.

One SQLite file (stdlib `sqlite3`, WAL) in `cache_dir()`. The schema version is kept in
`PRAGMA user_version`; a file of another version, or one SQLite cannot read, is moved aside
as `<name>.corrupt` and a fresh cache is created — it is only a cache, so nothing is lost
that the server cannot give again.

Calls are synchronous and meant for the event-loop thread. Measured on the 2-core dev box
(`benchmarks/bench_cache.py`): a put+get of a typical lookup (200 objects) takes ~0.5 ms,
the whole region catalogue (~4,000 regions) ~9 ms, and one `asyncio.to_thread` hop alone
~0.16 ms. Everything stays under one 16 ms frame, and threading would add
`check_same_thread=False` plus a lock for no visible gain, so nothing is offloaded.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from moment_gui.store.paths import cache_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: catalogues stored by name (demo apart from live)
FILE_NAME = "lookups.sqlite3"
CATALOGUE = "regions"  # name of the live region catalogue
_NO_ACCOUNT = 0  # endpoints that are not per ad account (regions, categories)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lookups (
    endpoint   TEXT NOT NULL,
    params     TEXT NOT NULL,
    account    INTEGER NOT NULL,
    payload    TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (endpoint, params, account)
);
CREATE TABLE IF NOT EXISTS catalogue (
    name     TEXT PRIMARY KEY,
    data     TEXT NOT NULL,
    built_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS progress (
    name       TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

T = TypeVar("T")


@dataclass(frozen=True)
class CachedLookup:
    payload: Any
    fetched_at: datetime


def default_cache_path() -> Path:
    return cache_dir() / FILE_NAME


def _params_key(params: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(params.items())), ensure_ascii=False, separators=(",", ":"))


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


class LookupCache:
    """Raw lookup payloads keyed by (endpoint, params, ad account), plus the region catalogue."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_cache_path()
        self._warnings: list[str] = []
        # Opened on first use (the first lookup comes after the window's first paint).
        self._connection: sqlite3.Connection | None = None

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = self._open()
        return self._connection

    @_conn.setter
    def _conn(self, conn: sqlite3.Connection) -> None:
        self._connection = conn

    @property
    def warnings(self) -> list[str]:
        """What went wrong opening the file (it was moved aside); opens it to find out."""
        self._conn  # noqa: B018  # opening is what reports the problem
        return self._warnings

    def __repr__(self) -> str:
        return f"LookupCache({str(self.path)!r})"

    # -- opening and recovery --------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            self._move_aside(exc)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # a lost last write only costs a refetch
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"cache schema version {version}")
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _move_aside(self, exc: Exception) -> None:
        corrupt = self.path.with_name(self.path.name + ".corrupt")
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(str(self.path) + suffix)
        with contextlib.suppress(OSError):
            os.replace(self.path, corrupt)
        message = f"The lookup cache could not be read ({exc}); a fresh one was started."
        log.warning("%s", message)
        self._warnings.append(message)

    def _guarded(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run one operation; if the file went bad under us, start a fresh cache and retry."""
        try:
            return operation(self._conn)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            self._conn.close()
            self._move_aside(exc)
            self._conn = self._connect()
            return operation(self._conn)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # -- lookups ---------------------------------------------------------------------
    def put(
        self,
        endpoint: str,
        params: Mapping[str, str],
        account: int | None,
        payload: Any,
        *,
        fetched_at: datetime | None = None,
    ) -> None:
        row = (
            endpoint,
            _params_key(params),
            account if account is not None else _NO_ACCOUNT,
            json.dumps(payload, ensure_ascii=False),
            _stamp(fetched_at or _now()),
        )
        self._guarded(
            lambda c: c.execute("INSERT OR REPLACE INTO lookups VALUES (?, ?, ?, ?, ?)", row)
        )

    def get(
        self, endpoint: str, params: Mapping[str, str], account: int | None
    ) -> CachedLookup | None:
        if self._connection is None and not self.path.exists():
            return None  # nothing was ever cached here: a look must not create the file
        key = (endpoint, _params_key(params), account if account is not None else _NO_ACCOUNT)
        found = self._guarded(
            lambda c: c.execute(
                "SELECT payload, fetched_at FROM lookups"
                " WHERE endpoint = ? AND params = ? AND account = ?",
                key,
            ).fetchone()
        )
        if found is None:
            return None
        return CachedLookup(json.loads(found[0]), datetime.fromisoformat(found[1]))

    def clear(self) -> None:
        """Forget every lookup, the catalogue and any half-built catalogue."""

        def wipe(c: sqlite3.Connection) -> None:
            with _transaction(c):
                c.execute("DELETE FROM lookups")
                c.execute("DELETE FROM catalogue")
                c.execute("DELETE FROM progress")

        self._guarded(wipe)

    # -- region catalogue ------------------------------------------------------------
    def put_catalogue(
        self, data: Mapping[str, Any], built_at: datetime, *, name: str = CATALOGUE
    ) -> None:
        row = (name, json.dumps(data, ensure_ascii=False), _stamp(built_at))
        self._guarded(lambda c: c.execute("INSERT OR REPLACE INTO catalogue VALUES (?, ?, ?)", row))

    def get_catalogue(self, *, name: str = CATALOGUE) -> tuple[dict[str, Any], datetime] | None:
        found = self._guarded(
            lambda c: c.execute(
                "SELECT data, built_at FROM catalogue WHERE name = ?", (name,)
            ).fetchone()
        )
        if found is None:
            return None
        return json.loads(found[0]), datetime.fromisoformat(found[1])

    # -- progress of long builds (resumption) ----------------------------------------
    def put_progress(self, name: str, data: Mapping[str, Any]) -> None:
        row = (name, json.dumps(data, ensure_ascii=False), _stamp(_now()))
        self._guarded(lambda c: c.execute("INSERT OR REPLACE INTO progress VALUES (?, ?, ?)", row))

    def get_progress(self, name: str) -> dict[str, Any] | None:
        found = self._guarded(
            lambda c: c.execute("SELECT data FROM progress WHERE name = ?", (name,)).fetchone()
        )
        if found is None:
            return None
        data = json.loads(found[0])
        return data if isinstance(data, dict) else None

    def progress_under(self, prefix: str) -> dict[str, dict[str, Any]]:
        """Every progress record whose name starts with `prefix` (one build's steps)."""
        rows = self._guarded(
            lambda c: c.execute(
                "SELECT name, data FROM progress WHERE substr(name, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchall()
        )
        found = {name: json.loads(data) for name, data in rows}
        return {name: data for name, data in found.items() if isinstance(data, dict)}

    def clear_progress(self, name: str, *, prefix: bool = False) -> None:
        """Forget one progress record, or with `prefix=True` all whose name starts with it."""
        if prefix:
            self._guarded(
                lambda c: c.execute(
                    "DELETE FROM progress WHERE substr(name, 1, ?) = ?", (len(name), name)
                )
            )
        else:
            self._guarded(lambda c: c.execute("DELETE FROM progress WHERE name = ?", (name,)))


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
