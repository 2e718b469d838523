"""The installer's smoke test: `moment-gui --self-test` exercises the real demo window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_loads_builds_saves_and_exits_zero(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOMENT_GUI_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "moment_gui", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    assert "saved and re-read" in done.stdout
    assert list(tmp_path.iterdir()) == []  # it used its own temporary home, not ours
