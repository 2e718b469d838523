"""Write a file so a crash leaves either the old or the new content, never half of each.

The same writer as a planner's saved selection (`domain.safe_write`): permissions kept,
symlinks written through, temporary files of killed writes cleaned up on the next write.
"""

from __future__ import annotations

from pathlib import Path

from moment_gui.domain.safe_write import write_atomic as _write_atomic


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, flush it to disk, then rename it over `path`."""
    _write_atomic(path, data, make_parents=True)
