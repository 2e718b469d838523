"""Saved selections: a versioned JSON file a planner can reopen, diff and review offline.

The file never holds the business token (there is no field for it). `load` raises only
`DocumentError` with a plain sentence and never changes anything on disk; `save` is atomic and
keeps the previous file as `<name>.bak`. The format is described in docs/file-format.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from moment_gui.domain.document_format import (
    FORMAT,
    UPGRADERS,
    VERSION,
    SavedSelection,
    dumps,
    loads,
)
from moment_gui.domain.safe_write import copy_aside, write_atomic
from moment_gui.domain.selection_codec import DocumentError, NewerVersionError, document_error
from moment_gui.message import QT_TRANSLATE_NOOP, Message

__all__ = [
    "FORMAT",
    "UPGRADERS",
    "VERSION",
    "DocumentError",
    "NewerVersionError",
    "SavedSelection",
    "dumps",
    "load",
    "loads",
    "save",
]


def save(path: str | os.PathLike[str], doc: SavedSelection) -> None:
    """Write atomically: at every instant `path` holds the complete old or new file.

    The file keeps its permissions, a symlink keeps pointing at it, and temporary files left
    by an interrupted save of the same file are cleaned up (see `safe_write`).
    Raises DocumentError (with the OSError as its cause) when the disk refuses.
    """
    name = Path(path).name
    # A lone surrogate cannot be written as UTF-8; loading refuses them, so none should be
    # here, but a Save must never fail on one: it is written as "?".
    data = dumps(doc).encode("utf-8", errors="replace")
    try:
        write_atomic(Path(path), data, before_replace=_keep_backup)
    except OSError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "Could not save {name}: {reason}"),
            name=name,
            reason=Message.verbatim(str(e.strerror or e)),
        ) from e


def _keep_backup(target: Path) -> None:
    """Make `<name>.bak` the current file before it is replaced; the .bak swap is atomic too."""
    if target.exists():
        copy_aside(target, target.with_name(target.name + ".bak"))


def load(path: str | os.PathLike[str]) -> SavedSelection:
    """Read a saved selection; raises only DocumentError; never writes anything."""
    target = Path(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "There is no file at {path}"), path=str(target)
        ) from None
    except IsADirectoryError:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "{path} is a folder, not a saved selection"),
            path=str(target),
        ) from None
    except PermissionError:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "moment-gui is not allowed to read {path}"),
            path=str(target),
        ) from None
    except OSError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "Could not read {path}: {reason}"),
            path=str(target),
            reason=Message.verbatim(str(e.strerror or e)),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: it is not UTF-8 text (bad byte at position {position})",
            ),
            position=e.start,
        ) from None
    return loads(text)
