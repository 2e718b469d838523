"""The planner's preferences: recent files, last ad account, language, window layout.

One small JSON file in `config_dir()`, written atomically. A settings file that cannot be
read never stops the app: defaults are used, the bad file is kept beside it as
`settings.json.corrupt` for a bug report, and `Settings.warnings` says what happened. Nor does
one that cannot be written: `save()` returns False, logs why, and says so once in `warnings`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from moment_gui.store.atomic import write_atomic
from moment_gui.store.paths import config_dir

log = logging.getLogger(__name__)

Language = Literal["auto", "ko", "en"]
LANGUAGES: tuple[Language, ...] = ("auto", "ko", "en")
MAX_RECENT_FILES = 10
MAX_SPLITTER_SIZE = 100_000  # pixels; Qt takes C ints, a 24-digit size would overflow
MAX_ACCOUNT_ID = 2**63 - 1
FILE_NAME = "settings.json"
SCHEMA_VERSION = 1


@dataclass
class Settings:
    """Preferences bound to one JSON file. Change attributes or use the helpers, then `save()`."""

    path: Path
    recent: list[str] = field(default_factory=list)
    last_ad_account_id: int | None = None
    language: Language = "auto"
    window_geometry: bytes | None = None
    window_state: bytes | None = None
    splitter_sizes: dict[str, list[int]] = field(default_factory=dict)
    last_track_id: str | None = None
    region_list_date: str | None = None
    # Last choices per ad account ("live:1234" → {"tracker": "…", "channel": "…"}): the
    # panels ask for their data in the first round trip instead of waiting for the lists.
    choices: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list, compare=False)

    # -- loading and saving ----------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; any problem gives defaults plus a warning, never an error."""
        if path is None:
            try:
                path = config_dir() / FILE_NAME
            except OSError as exc:  # a file where the folder should be, no space, no rights
                path = _unusable_config_path()
                message = (
                    f"Your settings folder cannot be used ({exc.strerror or exc}), so defaults "
                    "are used and changes are not kept."
                )
                log.warning("%s", message)
                return cls(path=path, warnings=[message])
        try:
            if not path.exists():
                return cls(path=path)
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("top level is not an object")
            return cls._from_json(path, raw)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            return cls._recover(path, exc)

    @classmethod
    def _recover(cls, path: Path, exc: Exception) -> Settings:
        corrupt = path.with_name(path.name + ".corrupt")
        with contextlib.suppress(OSError):
            os.replace(path, corrupt)
        message = (
            f"Your settings could not be read ({type(exc).__name__}), so defaults are used. "
            f"The unreadable file was kept as {corrupt.name}."
        )
        log.warning("%s", message)
        return cls(path=path, warnings=[message])

    @classmethod
    def _from_json(cls, path: Path, raw: Mapping[str, Any]) -> Settings:
        # Each field is checked on its own so one bad value loses only that value.
        settings = cls(path=path)
        recent = raw.get("recent_files")
        if isinstance(recent, list):
            settings.recent = [p for p in recent if isinstance(p, str)][:MAX_RECENT_FILES]
        account = raw.get("last_ad_account_id")
        if (
            isinstance(account, int)
            and not isinstance(account, bool)
            and 0 < account <= MAX_ACCOUNT_ID
        ):
            settings.last_ad_account_id = account
        if raw.get("language") in LANGUAGES:
            settings.language = cast(Language, raw["language"])
        settings.window_geometry = _decode_bytes(raw.get("window_geometry"))
        settings.window_state = _decode_bytes(raw.get("window_state"))
        sizes = raw.get("splitter_sizes")
        if isinstance(sizes, dict):
            settings.splitter_sizes = {
                str(name): [int(v) for v in values]
                for name, values in sizes.items()
                if isinstance(values, list)
                and all(_is_size(v) for v in values)
                and len(values) <= 16
            }
        for name in ("last_track_id", "region_list_date"):
            if isinstance(raw.get(name), str):
                setattr(settings, name, raw[name])
        choices = raw.get("choices")
        if isinstance(choices, dict):
            settings.choices = {
                str(scope): {str(k): v for k, v in chosen.items() if isinstance(v, str)}
                for scope, chosen in choices.items()
                if isinstance(chosen, dict)
            }
        return settings

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "recent_files": self.recent[:MAX_RECENT_FILES],
            "last_ad_account_id": self.last_ad_account_id,
            "language": self.language,
            "window_geometry": _encode_bytes(self.window_geometry),
            "window_state": _encode_bytes(self.window_state),
            "splitter_sizes": self.splitter_sizes,
            "last_track_id": self.last_track_id,
            "region_list_date": self.region_list_date,
            "choices": self.choices,
        }

    def save(self) -> bool:
        """Write the file; False (logged, and said once in `warnings`) if the disk refuses.

        Never raises: a full disk or a folder where the file should be must not turn quitting
        (which saves the window layout) into a crash.
        """
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=2)
        try:
            write_atomic(self.path, text.encode("utf-8", errors="replace"))
        except OSError as exc:
            message = (
                f"Your settings could not be saved ({exc.strerror or exc}); they apply "
                "until moment-gui is closed."
            )
            log.warning("%s", message)
            if not any(w.startswith("Your settings could not be saved") for w in self.warnings):
                self.warnings.append(message)
            return False
        return True

    # -- recent files ----------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Most recent first; files that no longer exist are dropped (and forgotten)."""
        existing = [p for p in self.recent if Path(p).is_file()]
        self.recent = existing
        return [Path(p) for p in existing]

    def add_recent_file(self, path: Path | str) -> None:
        key = str(Path(path).expanduser().resolve())
        self.recent = [key, *(p for p in self.recent if p != key)][:MAX_RECENT_FILES]

    def remove_recent_file(self, path: Path | str) -> None:
        key = str(Path(path).expanduser().resolve())
        self.recent = [p for p in self.recent if p != key]

    # -- last choices per ad account -------------------------------------------------
    def recall(self, scope: str, name: str) -> str | None:
        return self.choices.get(scope, {}).get(name)

    def remember(self, scope: str, name: str, value: str) -> None:
        """Keep one choice and write the file (a lost write only costs one round trip)."""
        self.choices.setdefault(scope, {})[name] = value
        try:
            self.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    # -- window layout ---------------------------------------------------------------
    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self.splitter_sizes[name] = [int(s) for s in sizes]


def _is_size(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SPLITTER_SIZE
    )


def _unusable_config_path() -> Path:
    """Somewhere `save()` will fail cleanly (and never write) when the folder is unusable."""
    return Path(os.devnull) / FILE_NAME


def _encode_bytes(value: bytes | None) -> str | None:
    return base64.b64encode(value).decode("ascii") if value is not None else None


def _decode_bytes(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
