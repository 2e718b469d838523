"""Lookups put inside the event loop are written together, a moment later: a cold start's
answers reach the panels without a disk write (or a new file's creation) between them."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from moment_gui.store import cache as cache_module
from moment_gui.store.cache import LookupCache

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_inside_the_loop_a_put_is_read_back_at_once_and_written_after_the_burst(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lookups.sqlite3"
    cache = LookupCache(path)
    cache.write_late = True  # a window's cache

    async def burst() -> None:
        cache.put("cohorts", {}, 7, [{"id": 1, "name": "봄"}], fetched_at=AT)
        cache.put("trackers", {}, 7, [{"id": "t"}], fetched_at=AT)
        assert not path.exists(), "written (and the file made) while answers were landing"
        seen = cache.get("cohorts", {}, 7)
        assert seen is not None and seen.payload == [{"id": 1, "name": "봄"}]
        assert seen.fetched_at == AT
        seen.payload.append("changed by a reader")  # a copy, as a read from the file gives
        assert cache.get("cohorts", {}, 7).payload == [{"id": 1, "name": "봄"}]  # type: ignore[union-attr]
        await asyncio.sleep(cache_module.WRITE_DELAY_S + 0.2)
        other = LookupCache(path)  # another window, or the next start
        assert other.get("cohorts", {}, 7) is not None
        assert other.get("trackers", {}, 7) is not None
        other.close()

    asyncio.run(burst())
    cache.close()


def test_close_and_flush_write_what_is_held(tmp_path: Path) -> None:
    path = tmp_path / "lookups.sqlite3"
    cache = LookupCache(path)
    cache.write_late = True

    async def put_then_close() -> None:
        cache.put("cohorts", {}, 7, [{"id": 1}], fetched_at=AT)
        cache.flush()
        assert LookupCache(path).get("cohorts", {}, 7) is not None
        cache.put("trackers", {}, 7, [{"id": "t"}], fetched_at=AT)
        cache.close()  # the window closes right after an answer landed
        assert LookupCache(path).get("trackers", {}, 7) is not None

    asyncio.run(put_then_close())


def test_outside_an_event_loop_a_put_is_written_at_once(tmp_path: Path) -> None:
    path = tmp_path / "lookups.sqlite3"
    cache = LookupCache(path)
    cache.write_late = True
    cache.put("cohorts", {}, 7, [{"id": 1}], fetched_at=AT)  # a worker thread
    assert LookupCache(path).get("cohorts", {}, 7) is not None


def test_a_command_line_cache_writes_each_lookup_at_once_even_inside_its_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lookups.sqlite3"

    async def one_run() -> None:  # `moment-gui recheck`: its next run may start right after
        LookupCache(path).put("cohorts", {}, 7, [{"id": 1}], fetched_at=AT)
        assert LookupCache(path).get("cohorts", {}, 7) is not None

    asyncio.run(one_run())


def test_clear_forgets_what_is_held_too(tmp_path: Path) -> None:
    cache = LookupCache(tmp_path / "lookups.sqlite3")
    cache.write_late = True

    async def put_then_clear() -> None:
        cache.put("cohorts", {}, 7, [{"id": 1}], fetched_at=AT)
        cache.clear()
        assert cache.get("cohorts", {}, 7) is None
        cache.flush()
        assert cache.get("cohorts", {}, 7) is None

    asyncio.run(put_then_clear())
