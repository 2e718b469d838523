"""The cache and settings under pressure (issue 15, items 6, 7, 10, 14): a cache locked by
another process, folders that cannot be written, damaged settings, private folders."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from moment_gui.message import Message
from moment_gui.store import cache as cache_module
from moment_gui.store import paths
from moment_gui.store.cache import LookupCache
from moment_gui.store.settings import Settings

ROWS = [{"value": "I", "description": "서울특별시"}]


def _hold_exclusively(path: Path) -> sqlite3.Connection:
    """What another process does when it keeps the cache to itself (a second copy, a backup
    tool, a sync client): the file is locked for reading and writing."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT OR REPLACE INTO lookups VALUES ('x', '{}', 0, '[]', '2025-01-01')")
    return holder


def test_a_locked_cache_is_skipped_quickly_and_never_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "lookups.sqlite3"
    first = LookupCache(path)
    first.put("depth1", {}, None, ROWS)
    first.close()
    holder = _hold_exclusively(path)
    try:
        cache = LookupCache(path)
        said: list[Message] = []
        cache.on_warning = said.append
        started = time.perf_counter()
        for _ in range(9):  # nine panels reloading
            assert cache.get("depth1", {}, None) is None
            cache.put("depth1", {}, None, ROWS)
        elapsed = time.perf_counter() - started
        assert elapsed < 1.0, f"{elapsed:.2f} s of waiting on a locked cache"
        assert path.exists() and not path.with_name(path.name + ".corrupt").exists()
        assert len(said) == 1 and "in use by another program" in str(said[0])
        assert len(cache.warnings) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    cache._busy_until = 0.0  # the back-off (BUSY_BACKOFF_S) is over
    hit = cache.get("depth1", {}, None)
    assert hit is not None and hit.payload == ROWS


def test_a_locked_cache_opened_fresh_is_not_treated_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "lookups.sqlite3"
    first = LookupCache(path)
    first.put("depth1", {}, None, ROWS)
    first.close()
    holder = _hold_exclusively(path)
    try:
        before = sorted(p.name for p in tmp_path.iterdir())
        cache = LookupCache(path)
        assert cache.get_catalogue() is None
        assert cache.progress_under("x") == {}
        assert sorted(p.name for p in tmp_path.iterdir()) == before
        assert not cache.is_disabled
    finally:
        holder.close()


@pytest.mark.parametrize("where", ["folder is a file", "file is a folder"])
def test_an_unusable_cache_location_runs_without_the_cache_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MOMENT_GUI_HOME", str(home))
    if where == "folder is a file":
        (home / "cache").write_text("not a folder")
    else:
        (home / "cache" / cache_module.FILE_NAME).mkdir(parents=True)
    cache = LookupCache()
    said: list[Message] = []
    cache.on_warning = said.append
    for _ in range(5):
        cache.put("depth1", {}, None, ROWS)
        assert cache.get("depth1", {}, None) is None
        cache.put_catalogue({"x": 1}, cache_module._now())
        assert cache.get_catalogue() is None
        cache.clear()
    assert cache.is_disabled
    warnings = cache.warnings
    assert len(warnings) == 1 and "cannot be used" in warnings[0]
    assert len(said) <= 1  # said before on_warning was set when the folder itself failed


def test_a_full_disk_switches_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = LookupCache(tmp_path / "c.sqlite3")
    cache.put("depth1", {}, None, ROWS)

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    real = cache._conn
    monkeypatch.setattr(cache, "_connection", _Failing(real, full))
    cache.put("depth1", {}, None, ROWS)
    assert cache.is_disabled and (tmp_path / "c.sqlite3").exists()
    assert not (tmp_path / "c.sqlite3.corrupt").exists()


class _Failing:
    def __init__(self, real: sqlite3.Connection, fail: object) -> None:
        self.real, self.execute = real, fail

    def close(self) -> None:
        self.real.close()


# -- settings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"splitter_sizes": {"main": [100, 100000000000000000000000]}}',
        '{"splitter_sizes": {"main": [-5, 10]}}',
        '{"last_ad_account_id": 100000000000000000000000}',
    ],
    ids=["nested-100000", "24-digit-splitter", "negative-splitter", "24-digit-account"],
)
def test_damaged_settings_never_stop_the_app(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings = Settings.load(path)
    assert settings.splitter_sizes.get("main") is None
    assert settings.last_ad_account_id is None


def test_settings_in_an_unusable_folder_load_defaults_and_save_returns_false(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config").write_text("a file where the folder should be")
    monkeypatch.setenv("MOMENT_GUI_HOME", str(home))
    settings = Settings.load()
    assert settings.warnings and "cannot be used" in settings.warnings[0]
    settings.language = "ko"
    assert settings.save() is False
    assert settings.save() is False  # never raises, however often the layout is saved


def test_settings_save_on_a_refusing_disk_returns_false_and_warns_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # a folder where the file should be
    settings = Settings(path=path)
    assert settings.save() is False and settings.save() is False
    assert len([w for w in settings.warnings if "could not be saved" in w]) == 1


# -- private folders -------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_app_folders_are_private_even_under_a_022_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOMENT_GUI_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "cache").mkdir(parents=True, mode=0o755)
    os.chmod(tmp_path / "home" / "cache", 0o755)  # created wide by an older version
    old = os.umask(0o022)
    try:
        folders = [paths.config_dir(), paths.cache_dir(), paths.data_dir(), paths.recovery_dir()]
    finally:
        os.umask(old)
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_settings_json_written_by_save_is_still_valid_json(tmp_path: Path) -> None:
    settings = Settings(path=tmp_path / "s.json")
    settings.set_splitter_sizes("main", [10, 20])
    assert settings.save() is True
    assert json.loads((tmp_path / "s.json").read_text())["splitter_sizes"] == {"main": [10, 20]}
