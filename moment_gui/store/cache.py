"""The lookup cache: the last answer of every lookup, for offline review and network failures.

One SQLite file (stdlib `sqlite3`, WAL) in `cache_dir()`. The schema version is kept in
`PRAGMA user_version`; a file of another version, or one SQLite cannot read, is moved aside
as `<name>.corrupt` and a fresh cache is created — it is only a cache, so nothing is lost
that the server cannot give again.

The cache never stops a lookup. Three kinds of trouble, three answers:

- *locked* (another process holds the file, SQLITE_BUSY/LOCKED): not corrupt, never moved
  aside. The call waits at most `BUSY_WAIT_S` and then goes on without the cache (a get finds
  nothing, a put is skipped); for `BUSY_BACKOFF_S` after that, calls skip the cache at once,
  so nine panels never add up to seconds of waiting on the UI thread.
- *unusable* (the folder cannot be created, the disk is full, the file is read-only or cannot
  be opened): the cache is switched off for the session.
- *corrupt* (not a database, damaged, another schema): moved aside, a fresh one is started.

The first locked or unusable problem is reported once, through `warnings` and `on_warning`
(a `Message`, for the window's status bar).

Calls are synchronous and meant for the event-loop thread. Measured on the 2-core dev box
(`benchmarks/bench_cache.py`): a put+get of a typical lookup (200 objects) takes ~0.5 ms,
the whole region catalogue (~4,000 regions) ~9 ms, and one `asyncio.to_thread` hop alone
~0.16 ms. Everything stays under one 16 ms frame, and threading would add
`check_same_thread=False` plus a lock for no visible gain, so nothing is offloaded.

A window's lookups are written late, though (`write_late`, set by `app.build_window`):
inside a running event loop `put` keeps the answer in memory (where `get` finds it) and
writes every answer held in one transaction `WRITE_DELAY_S` later, when a start's burst of
answers is over. A cold start's twelve answers land within ~20 ms, and writing each as it
came (opening a new file first: ~4 ms) stood between the answers and the panels showing
them. `flush()` writes at once; `close()`
and the interpreter's exit flush too, so only a crash loses the last answers (a refetch).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import logging
import os
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from moment_gui.message import QT_TRANSLATE_NOOP, Message
from moment_gui.store.paths import cache_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: catalogues stored by name (demo apart from live)
FILE_NAME = "lookups.sqlite3"
CATALOGUE = "regions"  # name of the live region catalogue
_NO_ACCOUNT = 0  # endpoints that are not per ad account (regions, categories)
BUSY_WAIT_S = 0.05  # SQLite's own busy wait per call (the default, 5 s, froze the window)
BUSY_BACKOFF_S = 5.0  # after a locked file, skip the cache this long before trying again
WRITE_DELAY_S = 0.25  # lookups put inside the event loop are written this much later
# SQLite primary result codes (low byte of sqlite_errorcode).
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_UNUSABLE_CODES = {8, 10, 13, 14, 15, 23}  # READONLY, IOERR, FULL, CANTOPEN, PROTOCOL, AUTH

LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "LookupCache",
    "The lookup cache is in use by another program, so lists are loaded without it for now.",
)
UNUSABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "LookupCache",
    "The lookup cache cannot be used ({reason}), so moment-gui works without it until it "
    "is restarted: lists load from Kakao Moment each time and cannot be shown offline.",
)

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
_Key = tuple[str, str, int]  # (endpoint, params, account): a lookup row's primary key


@dataclass(frozen=True)
class CachedLookup:
    payload: Any
    fetched_at: datetime


def default_cache_path() -> Path:
    return cache_dir() / FILE_NAME


def _params_key(params: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(params.items())), ensure_ascii=False, separators=(",", ":"))


def _lookup_key(endpoint: str, params: Mapping[str, str], account: int | None) -> _Key:
    """The primary key of a lookup's row (and of an answer held for writing)."""
    return endpoint, _params_key(params), account if account is not None else _NO_ACCOUNT


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


class LookupCache:
    """Raw lookup payloads keyed by (endpoint, params, ad account), plus the region catalogue."""

    def __init__(self, path: Path | None = None) -> None:
        self._warnings: list[str] = []
        # Told the first time the cache is locked or unusable (the window's status bar).
        self.on_warning: Callable[[Message], None] | None = None
        self._disabled: str | None = None
        self._busy_until = 0.0
        self._said: set[str] = set()
        # Opened on first use (the first lookup comes after the window's first paint).
        self._connection: sqlite3.Connection | None = None
        # Lookups put but not yet written (see the module), by their key.
        self._unwritten: dict[_Key, tuple[Any, datetime]] = {}
        self._write_timer: asyncio.TimerHandle | None = None
        # Hold lookups put inside the event loop for WRITE_DELAY_S (a window's cache); the
        # command line writes each at once, as its next run may start right after.
        self.write_late = False
        if path is None:
            try:
                path = default_cache_path()
            except OSError as exc:  # a file where the cache folder should be, no space, …
                path = Path(os.devnull)
                self._disable(exc)
        self.path = path

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
        """What went wrong (moved aside, locked, unusable); opens the file to find out."""
        self._guarded(lambda c: None, None)
        return self._warnings

    @property
    def is_disabled(self) -> bool:
        """True once the cache was found unusable; every call then skips it."""
        return self._disabled is not None

    def __repr__(self) -> str:
        return f"LookupCache({str(self.path)!r})"

    # -- opening and recovery --------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_WAIT_S)
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

    def _guarded(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        """Run one operation, or answer `default` when the cache cannot take part now.

        A file that went bad under us is moved aside and the operation retried on a fresh one;
        a locked file is waited for briefly and skipped; an unusable one switches the cache off.
        """
        if self._disabled is not None or time.monotonic() < self._busy_until:
            return default
        try:
            return operation(self._conn)
        except OSError as exc:
            self._disable(exc)
            return default
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                self._busy(exc)
                return default
            if _is_unusable(exc):
                self._disable(exc)
                return default
            damage = exc
        # Corrupt: start afresh once; anything going wrong with the fresh one switches it off.
        try:
            self.close()
            self._move_aside(damage)
            self._conn = self._open()
            return operation(self._conn)
        except (OSError, sqlite3.DatabaseError) as again:
            self.close()
            if isinstance(again, sqlite3.DatabaseError) and _is_busy(again):
                self._busy(again)
            else:
                self._disable(again)
            return default

    def _busy(self, exc: Exception) -> None:
        self._busy_until = time.monotonic() + BUSY_BACKOFF_S
        log.info("lookup cache locked by another process (%s); skipping it for now", exc)
        self._say(Message.of("LookupCache", LOCKED_MESSAGE))

    def _disable(self, exc: Exception) -> None:
        reason = (str(exc.strerror or exc) if isinstance(exc, OSError) else str(exc)) or type(
            exc
        ).__name__
        self._disabled = reason
        self.close()
        log.warning("lookup cache switched off: %s", reason)
        self._say(self.disabled_message())

    def disabled_message(self) -> Message:
        """Why the cache is switched off (`is_disabled`), as the planner is told."""
        return Message.of(
            "LookupCache", UNUSABLE_MESSAGE, reason=Message.verbatim(self._disabled or "?")
        )

    def _say(self, message: Message) -> None:
        """Each kind of problem once per session (not once per panel and call)."""
        if message.template in self._said:
            return
        self._said.add(message.template)
        self._warnings.append(str(message))
        if self.on_warning is not None:
            self.on_warning(message)

    def close(self) -> None:
        self.flush()
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
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
        key = _lookup_key(endpoint, params, account)
        self._unwritten[key] = (payload, fetched_at or _now())
        try:
            loop = asyncio.get_running_loop() if self.write_late else None
        except RuntimeError:  # no event loop (a worker thread): written now
            loop = None
        if loop is None:
            self.flush()
            return
        if self._write_timer is None:
            self._write_timer = loop.call_later(WRITE_DELAY_S, self.flush)
            _UNFLUSHED.add(self)

    def flush(self) -> None:
        """Write the lookups `put` is holding, in one transaction."""
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None
        _UNFLUSHED.discard(self)
        if not self._unwritten:
            return
        held, self._unwritten = self._unwritten, {}
        rows = [
            (*key, json.dumps(payload, ensure_ascii=False), _stamp(at))
            for key, (payload, at) in held.items()
        ]

        def write(c: sqlite3.Connection) -> None:
            with _transaction(c):
                c.executemany("INSERT OR REPLACE INTO lookups VALUES (?, ?, ?, ?, ?)", rows)

        self._guarded(write, None)

    def get(
        self, endpoint: str, params: Mapping[str, str], account: int | None
    ) -> CachedLookup | None:
        key = _lookup_key(endpoint, params, account)
        held = self._unwritten.get(key)
        if held is not None:  # a copy, as a read from the file would give
            payload, at = held
            return CachedLookup(json.loads(json.dumps(payload)), datetime.fromisoformat(_stamp(at)))
        if self._connection is None and not self.path.exists():
            return None  # nothing was ever cached here: a look must not create the file
        found = self._guarded(
            lambda c: c.execute(
                "SELECT payload, fetched_at FROM lookups"
                " WHERE endpoint = ? AND params = ? AND account = ?",
                key,
            ).fetchone(),
            None,
        )
        if found is None:
            return None
        return CachedLookup(json.loads(found[0]), datetime.fromisoformat(found[1]))

    def clear(self) -> None:
        """Forget every lookup, the catalogue and any half-built catalogue."""
        self._unwritten.clear()

        def wipe(c: sqlite3.Connection) -> None:
            with _transaction(c):
                c.execute("DELETE FROM lookups")
                c.execute("DELETE FROM catalogue")
                c.execute("DELETE FROM progress")

        self._guarded(wipe, None)

    # -- region catalogue ------------------------------------------------------------
    def put_catalogue(
        self, data: Mapping[str, Any], built_at: datetime, *, name: str = CATALOGUE
    ) -> None:
        row = (name, json.dumps(data, ensure_ascii=False), _stamp(built_at))
        self._guarded(
            lambda c: c.execute("INSERT OR REPLACE INTO catalogue VALUES (?, ?, ?)", row), None
        )

    def get_catalogue(self, *, name: str = CATALOGUE) -> tuple[dict[str, Any], datetime] | None:
        found = self._guarded(
            lambda c: c.execute(
                "SELECT data, built_at FROM catalogue WHERE name = ?", (name,)
            ).fetchone(),
            None,
        )
        if found is None:
            return None
        return json.loads(found[0]), datetime.fromisoformat(found[1])

    # -- progress of long builds (resumption) ----------------------------------------
    def put_progress(self, name: str, data: Mapping[str, Any]) -> None:
        row = (name, json.dumps(data, ensure_ascii=False), _stamp(_now()))
        self._guarded(
            lambda c: c.execute("INSERT OR REPLACE INTO progress VALUES (?, ?, ?)", row), None
        )

    def get_progress(self, name: str) -> dict[str, Any] | None:
        found = self._guarded(
            lambda c: c.execute("SELECT data FROM progress WHERE name = ?", (name,)).fetchone(),
            None,
        )
        if found is None:
            return None
        data = json.loads(found[0])
        return data if isinstance(data, dict) else None

    def progress_under(self, prefix: str) -> dict[str, dict[str, Any]]:
        """Every progress record whose name starts with `prefix` (one build's steps)."""
        rows: list[tuple[str, str]] = self._guarded(
            lambda c: c.execute(
                "SELECT name, data FROM progress WHERE substr(name, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchall(),
            [],
        )
        found = {name: json.loads(data) for name, data in rows}
        return {name: data for name, data in found.items() if isinstance(data, dict)}

    def clear_progress(self, name: str, *, prefix: bool = False) -> None:
        """Forget one progress record, or with `prefix=True` all whose name starts with it."""
        if prefix:
            self._guarded(
                lambda c: c.execute(
                    "DELETE FROM progress WHERE substr(name, 1, ?) = ?", (len(name), name)
                ),
                None,
            )
        else:
            self._guarded(lambda c: c.execute("DELETE FROM progress WHERE name = ?", (name,)), None)


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_busy(exc: sqlite3.Error) -> bool:
    code = _code(exc)
    if code is not None:
        return code in _BUSY_CODES
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_unusable(exc: sqlite3.Error) -> bool:
    code = _code(exc)
    if code is not None:
        return code in _UNUSABLE_CODES
    text = str(exc).lower()
    return any(w in text for w in ("unable to open", "readonly", "disk is full", "disk i/o"))


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# Caches holding lookups not yet written: written when the interpreter exits normally.
_UNFLUSHED: weakref.WeakSet[LookupCache] = weakref.WeakSet()


@atexit.register
def _flush_at_exit() -> None:
    for cache in list(_UNFLUSHED):
        with contextlib.suppress(Exception):  # exiting: nothing is left to tell
            cache.flush()
