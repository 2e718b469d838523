"""requirements/lock.txt pins everything pyproject.toml asks for, within its ranges."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"
FIX = "run `bash scripts/lock.sh` and commit requirements/lock.txt"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)")


def _pins() -> dict[str, set[Version]]:
    pins: dict[str, set[Version]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            pins.setdefault(canonicalize_name(match[1]), set()).add(Version(match[2]))
    return pins


def _wanted() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    tools = (ROOT / "requirements" / "tools.in").read_text(encoding="utf-8").splitlines()
    lines += [t for t in tools if t.strip() and not t.startswith("#")]
    return [Requirement(line) for line in lines]


def test_every_dependency_and_extra_is_pinned_within_its_range():
    pins = _pins()
    problems = []
    for requirement in _wanted():
        versions = pins.get(canonicalize_name(requirement.name))
        if not versions:
            problems.append(f"{requirement.name} is not in the lock")
            continue
        outside = [str(v) for v in versions if not requirement.specifier.contains(v, True)]
        if outside:
            problems.append(f"{requirement} but the lock pins {', '.join(outside)}")
    assert not problems, f"{'; '.join(problems)}: {FIX}"


def test_the_leaking_qt_binding_is_not_pinned():
    # PySide6 6.12.0 leaks slot return values (tests/test_qt_binding.py); the lock must not
    # bring it back even if pyproject's exclusion were dropped by mistake.
    pins = _pins()
    for name in ("pyside6-essentials", "shiboken6"):
        assert pins.get(name), f"{name} missing from the lock"
        assert Version("6.12.0") not in pins[name]
    assert pins["pyside6-essentials"] == pins["shiboken6"], "PySide6 and shiboken6 must match"


def test_the_lock_says_how_to_refresh_it():
    assert "bash scripts/lock.sh" in LOCK.read_text(encoding="utf-8").split("\n", 3)[1]
