from __future__ import annotations

import json
from pathlib import Path

from moment_gui.store.paths import config_dir
from moment_gui.store.settings import MAX_RECENT_FILES, Settings


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("{}", encoding="utf-8")
    return path


def test_fresh_install_gives_defaults_without_warnings() -> None:
    settings = Settings.load()
    assert settings.path == config_dir() / "settings.json"
    assert settings.language == "auto"
    assert settings.recent_files() == []
    assert settings.warnings == []


def test_every_preference_survives_save_and_load(tmp_path: Path) -> None:
    settings = Settings.load()
    settings.add_recent_file(_touch(tmp_path, "a.json"))
    settings.last_ad_account_id = 1234
    settings.language = "ko"
    settings.window_geometry = b"\x01\xd9\xd0\xcb\x00\x03"
    settings.window_state = bytes(range(256))
    settings.set_splitter_sizes("main", [300, 900])
    settings.last_track_id = "3830610710806837838"
    settings.region_list_date = "2025-11-01"
    settings.save()

    again = Settings.load()
    assert again == settings
    raw = json.loads(settings.path.read_text(encoding="utf-8"))
    assert isinstance(raw["window_state"], str)  # bytes are stored as base64 text


def test_recent_files_most_recent_first_deduplicated_and_capped(tmp_path: Path) -> None:
    settings = Settings.load()
    files = [_touch(tmp_path, f"{i}.json") for i in range(MAX_RECENT_FILES + 3)]
    for f in files:
        settings.add_recent_file(f)
    settings.add_recent_file(files[5])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == files[5].resolve()
    assert recent[1] == files[-1].resolve()
    assert len(set(recent)) == len(recent)


def test_recent_files_that_disappeared_are_dropped_on_read(tmp_path: Path) -> None:
    settings = Settings.load()
    kept, gone = _touch(tmp_path, "kept.json"), _touch(tmp_path, "gone.json")
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    settings.save()
    gone.unlink()
    assert Settings.load().recent_files() == [kept.resolve()]


def test_corrupt_settings_give_defaults_keep_the_file_and_warn() -> None:
    path = config_dir() / "settings.json"
    path.write_text('{"language": "ko", "recent_fi', encoding="utf-8")
    settings = Settings.load()
    assert settings.language == "auto"
    assert len(settings.warnings) == 1
    assert "settings.json.corrupt" in settings.warnings[0]
    assert (config_dir() / "settings.json.corrupt").read_text(encoding="utf-8").startswith('{"lang')
    settings.save()  # the next save writes a healthy file again
    assert Settings.load().warnings == []


def test_bad_single_values_are_ignored_not_fatal() -> None:
    path = config_dir() / "settings.json"
    bad = {"language": "fr", "last_ad_account_id": "x", "window_geometry": "***", "recent_files": 3}
    path.write_text(json.dumps(bad), encoding="utf-8")
    settings = Settings.load()
    assert (settings.language, settings.last_ad_account_id) == ("auto", None)
    assert settings.window_geometry is None
    assert settings.warnings == []


def test_save_leaves_no_temporary_files_behind() -> None:
    settings = Settings.load()
    settings.language = "en"
    settings.save()
    settings.save()
    assert sorted(p.name for p in config_dir().iterdir()) == ["settings.json"]
