"""Replace a file's content atomically, the way a planner expects a Save to behave.

At every instant the path holds the complete old or the complete new content (a temporary
sibling is written, flushed and renamed over it). Beyond atomicity:

- the file keeps its permission bits (a 0644 file stays 0644; a new one follows the umask),
- a symlink stays a symlink: the file it points to is replaced, beside itself,
- a temporary sibling left by a save that was killed is removed by the next save of the same
  file. Temporary names carry the writer's process ID, so a save running right now in another
  process (another moment-gui) is never touched; names without one (older versions) go once
  they are more than `ORPHAN_AGE_S` old.

Hand-written: `atomicwrites` is unmaintained and Qt's `QSaveFile` would pull Qt into domain/.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ORPHAN_AGE_S = 60.0


def real_target(path: Path) -> Path:
    """The file a save must replace: symlinks followed (a dangling one names the new file)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_atomic(
    path: Path,
    data: bytes,
    *,
    before_replace: Callable[[Path], None] | None = None,
    make_parents: bool = False,
) -> Path:
    """Write `data` as the new content of `path`; returns the file actually written.

    `before_replace(target)` runs after the new content is safely on disk and before it
    replaces the old (document.save keeps the `.bak` there). Raises OSError.
    """
    target = real_target(path)
    if make_parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    remove_orphans(target)
    mode = _mode_for(target)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        with contextlib.suppress(OSError, NotImplementedError):
            os.chmod(tmp_name, mode)
        if before_replace is not None:
            before_replace(target)
        os.replace(tmp_name, target)
        tmp_name = ""
        fsync_dir(target.parent)
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def copy_aside(target: Path, copy: Path) -> None:
    """Atomically make `copy` hold what `target` holds now (a hard link where possible)."""
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.unlink(tmp)
        try:
            os.link(target, tmp)  # cheap and exact where hard links work
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, copy)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def remove_orphans(target: Path) -> int:
    """Delete temporary siblings of `target` whose writer is gone; returns how many."""
    pattern = re.compile(r"\." + re.escape(target.name) + r"\.(?:bak\.)?(?:(\d+)\.)?[^.]+\.tmp")
    removed = 0
    try:
        candidates = list(target.parent.iterdir())
    except OSError:
        return 0
    for candidate in candidates:
        match = pattern.fullmatch(candidate.name)
        if match is None:
            continue
        pid = int(match.group(1)) if match.group(1) else None
        if not _writer_is_gone(candidate, pid):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed += 1
    return removed


def _writer_is_gone(candidate: Path, pid: int | None) -> bool:
    if pid == os.getpid():
        return False  # this process: a save may be under way in another thread
    if pid is not None and os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # it exists (perhaps another user's): leave its file alone
        return False
    try:
        return time.time() - candidate.stat().st_mtime > ORPHAN_AGE_S
    except OSError:
        return False


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
