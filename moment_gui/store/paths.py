"""Where the app keeps its files: config, cache, data and crash-recovery copies.

platformdirs picks the per-OS locations. `MOMENT_GUI_HOME` puts everything under one folder
instead (tests set it per test; a portable install can too). Folders are created on demand.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from moment_gui import APP_NAME

HOME_ENV = "MOMENT_GUI_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings (small JSON). Read at every start."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    """Lookup cache: safe to delete, rebuilt from the server."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "cache")
    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def data_dir() -> Path:
    """Data the user would miss if deleted (not a cache)."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def recovery_dir() -> Path:
    """Autosaved copies of unsaved selections, offered back after a crash."""
    return _ensure(data_dir() / "recovery")
