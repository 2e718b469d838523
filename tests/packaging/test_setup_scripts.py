"""scripts/lib/venv.sh: which Python makes .venv, and pip skipped when nothing changed.

pip itself is replaced by a stand-in that records its command lines (the real install is what
`bash scripts/test.sh` does on every CI run); everything else is the real script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIB = ROOT / "scripts" / "lib" / "venv.sh"
BASH = shutil.which("bash") or "/bin/bash"


def _bash(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, "-c", f"set -euo pipefail; . '{LIB}'; {script}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A project whose .venv/bin/python logs pip calls and runs anything else for real."""
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "lock.txt").write_text("httpx==0.28.1\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    log = tmp_path / "pip.log"
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = -m ] && [ "$2" = pip ]; then echo "$*" >> "{log}"; exit 0; fi\n'
        f'exec "{sys.executable}" "$@"\n',
        encoding="utf-8",
    )
    python.chmod(0o755)
    return tmp_path, log


def _pip_calls(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_a_second_run_skips_pip_until_the_lock_or_the_extras_change(tmp_path):
    project, log = _project(tmp_path)
    first = _bash("ensure_venv test build; command -v python", project)
    assert first.returncode == 0, first.stderr
    calls = _pip_calls(log)
    assert len(calls) == 2, calls
    assert "-c requirements/lock.txt setuptools" in calls[0]
    assert "-c requirements/lock.txt --no-build-isolation -e .[test,build]" in calls[1]
    assert first.stdout.strip().endswith(".venv/bin/python"), "the venv comes first on PATH"

    for extras in ("test build", "test", "app", ""):  # all installed already: no pip at all
        again = _bash(f"ensure_venv {extras}", project)
        assert again.returncode == 0, again.stderr
    assert len(_pip_calls(log)) == 2

    _bash("ensure_venv data", project)  # an extra not installed yet
    assert _pip_calls(log)[-1].endswith("-e .[data]")
    assert len(_pip_calls(log)) == 4

    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "[tool.ruff]\nline-length = 99\n")
    _bash("ensure_venv test", project)  # a tool's settings changed: nothing to install
    assert len(_pip_calls(log)) == 4

    pyproject.write_text(pyproject.read_text() + "[project.scripts]\nx = 'x:main'\n")
    _bash("ensure_venv test", project)  # the project's own metadata changed: install again
    assert len(_pip_calls(log)) == 6

    (project / "requirements" / "lock.txt").write_text("httpx==0.28.2\n", encoding="utf-8")
    _bash("ensure_venv test", project)  # a new lock: install again
    assert len(_pip_calls(log)) == 8


def test_the_first_python_on_path_that_can_make_a_venv_is_chosen(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    old = bin_dir / "python3"  # first on PATH but too old (or without venv): skipped
    old.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    old.chmod(0o755)
    good = bin_dir / "python3.11"
    good.symlink_to(sys.executable)
    path = f"{bin_dir}:/nonexistent"
    out = _bash("find_base_python", tmp_path, PATH=f"{path}:{os.path.dirname(sys.executable)}")
    assert out.returncode == 0, out.stderr
    chosen = out.stdout.strip()
    assert chosen != str(old)
    assert chosen in {str(good), "/usr/bin/python3"}  # /usr/bin/python3 is tried before 3.11

    pinned = _bash("find_base_python", tmp_path, MOMENT_GUI_PYTHON=str(good))
    assert pinned.stdout.strip() == str(good)
    refused = _bash("find_base_python", tmp_path, MOMENT_GUI_PYTHON=str(old))
    assert refused.returncode == 1 and "not a Python >= 3.11" in refused.stderr
