"""Crafted files through the headless commands (issue 15): exit 2 and one plain line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moment_gui.cli import main
from moment_gui.domain.document import SavedSelection, dumps
from moment_gui.domain.selection import TargetingSelection


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"hello": 1}', "not an ad-group fragment"),
        ("{}", "not an ad-group fragment"),
        (dumps(SavedSelection(TargetingSelection())), "saved moment-gui selection"),
    ],
)
def test_import_refuses_json_that_is_not_a_fragment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(source), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and captured.err.count("\n") == 1
    assert "Saved" not in captured.out and not out.exists()


def _crafted(tmp_path: Path, change: str) -> Path:
    obj = json.loads(dumps(SavedSelection(TargetingSelection(), ad_account_id=1234)))
    obj["selection"]["audiences"] = [
        {"kind": "cohort", "key": "17", "inclusion": "INCLUDE", "label": "buyers"}
    ]
    if change == "string key":
        obj["selection"]["audiences"][0]["key"] = "seventeen"
    elif change == "huge account":
        obj["adAccountId"] = 2**63
    elif change == "year 1":
        obj["savedAt"] = "0001-01-01T00:00:00+14:00"
    elif change == "surrogate":
        obj["name"] = "\udc80"
    path = tmp_path / f"{change.replace(' ', '-')}.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


@pytest.mark.parametrize("change", ["string key", "huge account", "year 1", "surrogate"])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "{f}"],
        ["validate", "{f}"],
        ["diff", "{f}", "{f}"],
        ["recheck", "--offline", "{f}"],
        ["report", "{f}", "-o", "{tmp}/r.html"],
    ],
)
def test_crafted_files_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str, command: list[str]
) -> None:
    path = _crafted(tmp_path, change)
    argv = [a.replace("{f}", str(path)).replace("{tmp}", str(tmp_path)) for a in command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and err.count("\n") == 1 and "Traceback" not in err
