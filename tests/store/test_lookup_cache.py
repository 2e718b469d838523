from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from moment_gui.store.cache import SCHEMA_VERSION, LookupCache, default_cache_path

REGIONS = [{"value": "I1000", "description": "서울특별시 강남구", "depth1Name": "서울특별시"}]


def test_put_then_get_returns_payload_and_fetch_time() -> None:
    cache = LookupCache()
    assert cache.path == default_cache_path()
    when = datetime(2025, 11, 1, 9, 30, tzinfo=UTC)
    cache.put("depth2", {"keyword": "서울"}, None, REGIONS, fetched_at=when)
    hit = cache.get("depth2", {"keyword": "서울"}, None)
    assert hit is not None
    assert hit.payload == REGIONS
    assert hit.fetched_at == when
    assert cache.get("depth2", {"keyword": "부산"}, None) is None


def test_entries_are_kept_per_ad_account() -> None:
    cache = LookupCache()
    cache.put("cohorts", {}, 1, [{"id": 1}])
    cache.put("cohorts", {}, 2, [{"id": 2}])
    assert cache.get("cohorts", {}, 1).payload == [{"id": 1}]  # type: ignore[union-attr]
    assert cache.get("cohorts", {}, 2).payload == [{"id": 2}]  # type: ignore[union-attr]
    assert cache.get("cohorts", {}, 3) is None


def test_param_order_does_not_matter_and_newer_put_replaces() -> None:
    cache = LookupCache()
    cache.put("pixel", {"term": "30", "track": "9"}, 1, ["old"])
    cache.put("pixel", {"track": "9", "term": "30"}, 1, ["new"])
    assert cache.get("pixel", {"term": "30", "track": "9"}, 1).payload == ["new"]  # type: ignore[union-attr]


def test_survives_reopen_and_clear_forgets_everything(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = LookupCache(path)
    cache.put("depth1", {}, None, REGIONS)
    cache.put_catalogue({"regions": REGIONS}, datetime.now(UTC))
    cache.put_progress("catalogue", {"done": ["I1000"]})
    cache.close()
    reopened = LookupCache(path)
    assert reopened.get("depth1", {}, None) is not None
    reopened.clear()
    assert reopened.get("depth1", {}, None) is None
    assert reopened.get_catalogue() is None
    assert reopened.get_progress("catalogue") is None


def test_catalogue_and_progress_round_trip() -> None:
    cache = LookupCache()
    assert cache.get_catalogue() is None
    built = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    cache.put_catalogue({"regions": REGIONS, "source_date": "2025-01-01"}, built)
    assert cache.get_catalogue() == ({"regions": REGIONS, "source_date": "2025-01-01"}, built)
    cache.put_progress("catalogue", {"done": ["a"]})
    cache.put_progress("catalogue", {"done": ["a", "b"]})
    assert cache.get_progress("catalogue") == {"done": ["a", "b"]}
    cache.clear_progress("catalogue")
    assert cache.get_progress("catalogue") is None


def test_naive_fetch_time_is_taken_as_utc() -> None:
    cache = LookupCache()
    cache.put("depth1", {}, None, [], fetched_at=datetime(2025, 1, 1, 12, 0))
    hit = cache.get("depth1", {}, None)
    assert hit is not None and hit.fetched_at.utcoffset() == timedelta(0)


def test_corrupt_file_is_moved_aside_and_a_fresh_cache_works(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = LookupCache(path)
    assert cache.warnings and "fresh" in cache.warnings[0]
    assert (tmp_path / "c.sqlite3.corrupt").exists()
    cache.put("depth1", {}, None, REGIONS)
    assert cache.get("depth1", {}, None) is not None


def test_cache_of_another_schema_version_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE lookups (x)")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    cache = LookupCache(path)
    cache.put("depth1", {}, None, REGIONS)
    assert cache.get("depth1", {}, None) is not None
    assert cache.warnings


def test_file_damaged_while_open_recovers_on_next_call(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = LookupCache(path)
    cache.put("depth1", {}, None, REGIONS)
    cache._conn.execute("DROP TABLE lookups")  # simulates a damaged file under us
    assert cache.get("depth1", {}, None) is None
    cache.put("depth1", {}, None, REGIONS)
    assert cache.get("depth1", {}, None) is not None


def test_demo_catalogue_is_kept_apart_from_the_live_one() -> None:
    cache = LookupCache()
    built = datetime(2025, 1, 2, tzinfo=UTC)
    cache.put_catalogue({"regions": REGIONS}, built)
    cache.put_catalogue({"regions": []}, built, name="demo:regions")
    assert cache.get_catalogue() == ({"regions": REGIONS}, built)
    assert cache.get_catalogue(name="demo:regions") == ({"regions": []}, built)


def test_progress_records_are_found_and_cleared_by_prefix() -> None:
    cache = LookupCache()
    cache.put_progress("build:a", {"n": 1})
    cache.put_progress("build:b", {"n": 2})
    cache.put_progress("other", {"n": 3})
    assert cache.progress_under("build:") == {"build:a": {"n": 1}, "build:b": {"n": 2}}
    cache.clear_progress("build:", prefix=True)
    assert cache.progress_under("build:") == {}
    assert cache.get_progress("other") == {"n": 3}
