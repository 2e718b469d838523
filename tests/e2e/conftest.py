"""End-to-end tests share the GUI tests' qasync loop fixture (one definition, in tests/ui)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_e2e_ui_conftest", Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_ui_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui_conftest)

qloop = _ui_conftest.qloop
