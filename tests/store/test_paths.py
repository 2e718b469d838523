from __future__ import annotations

from pathlib import Path

import pytest

from moment_gui.store import paths


def test_every_folder_lives_under_moment_gui_home_and_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOMENT_GUI_HOME", str(tmp_path / "portable"))
    found = [paths.config_dir(), paths.cache_dir(), paths.data_dir(), paths.recovery_dir()]
    for folder in found:
        assert folder.is_dir()
        assert folder.is_relative_to(tmp_path / "portable")
    assert len(set(found)) == 4


def test_without_override_platformdirs_locations_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MOMENT_GUI_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert paths.config_dir() == tmp_path / "xdg-config" / "moment-gui"
    assert paths.cache_dir() == tmp_path / "xdg-cache" / "moment-gui"
