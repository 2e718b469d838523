"""Where the shipped demo data lives, and its parsed (cached) contents."""

from __future__ import annotations

import copy
import functools
import json
import sys
from pathlib import Path
from typing import Any

import moment_gui


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle, or beside the package in the repo."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates.append(Path(moment_gui.__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "data" / "regions.json").is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"demo data not found (looked in {searched})")


@functools.cache
def _load(name: str) -> dict[str, Any]:
    # Parsing 3,500 regions takes tens of ms: do it once per process, copy per state.
    path = resources_dir() / "data" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def demo_regions() -> dict[str, Any]:
    """A private copy of regions.json: callers may mutate it freely."""
    data = _load("regions.json")
    # Region objects are flat (strings only): copying each dict is a deep copy, 5x faster.
    copied = {key: [dict(item) for item in data[key]] for key in ("depth1", "depth2", "depth3")}
    return {"meta": copy.deepcopy(data["meta"]), **copied}


def demo_audiences() -> dict[str, Any]:
    """A private deep copy of audiences.json: callers may mutate it freely."""
    return copy.deepcopy(_load("audiences.json"))


def demo_data_categories() -> dict[str, list[dict[str, Any]]]:
    """A private copy of data_categories.json by type ("INTEREST", "BUSINESS_TYPE")."""
    data = _load("data_categories.json")
    return {key: [dict(item) for item in items] for key, items in data.items() if key != "meta"}
