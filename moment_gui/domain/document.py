"""Saved selections: a versioned JSON file a planner can reopen, diff and review offline.

The file never holds the business token (there is no field for it). `load` raises only
`DocumentError` with a plain sentence and never changes anything on disk; `save` is atomic and
keeps the previous file as `<name>.bak`. The format is described in docs/file-format.md.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

from moment_gui.domain.document_format import (
    FORMAT,
    UPGRADERS,
    VERSION,
    SavedSelection,
    dumps,
    loads,
)
from moment_gui.domain.selection_codec import DocumentError, document_error
from moment_gui.message import QT_TRANSLATE_NOOP, Message

__all__ = [
    "FORMAT",
    "UPGRADERS",
    "VERSION",
    "DocumentError",
    "SavedSelection",
    "dumps",
    "load",
    "loads",
    "save",
]


def save(path: str | os.PathLike[str], doc: SavedSelection) -> None:
    """Write atomically: at every instant `path` holds the complete old or new file.

    Raises DocumentError (with the OSError as its cause) when the disk refuses.
    """
    target = Path(path)
    data = dumps(doc).encode("utf-8")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            _keep_backup(target)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "Could not save {name}: {reason}"),
            name=target.name,
            reason=Message.verbatim(str(e.strerror or e)),
        ) from e
    finally:
        if tmp_name is not None:
            with suppress(OSError):
                os.unlink(tmp_name)


def _keep_backup(target: Path) -> None:
    """Make `<name>.bak` the current file before it is replaced; the .bak swap is atomic too."""
    bak = target.with_name(target.name + ".bak")
    fd, tmp_bak = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.unlink(tmp_bak)
        try:
            os.link(target, tmp_bak)  # cheap and exact where hard links work
        except OSError:
            shutil.copy2(target, tmp_bak)
        os.replace(tmp_bak, bak)
    finally:
        with suppress(OSError):
            os.unlink(tmp_bak)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


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
