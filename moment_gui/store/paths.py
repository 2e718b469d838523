"""Where the app keeps its files: config, cache, data and crash-recovery copies.

platformdirs picks the per-OS locations. `MOMENT_GUI_HOME` puts everything under one folder
instead (tests set it per test; a portable install can too). Folders are created on demand,
private to the user (0700 on POSIX, also when they already existed wider): the cache holds
audience names and populations, the recovery folder unsaved plans. A folder that cannot be
created raises OSError; store/ callers go on without it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import platformdirs

from moment_gui import APP_NAME

HOME_ENV = "MOMENT_GUI_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


PRIVATE = 0o700


def _ensure(path: Path) -> Path:
    path.mkdir(mode=PRIVATE, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, PRIVATE)
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
