"""Crafted or damaged files (issue 15, items 8, 9, 11, 13, 14, 15): refused in plain words at
load, never a traceback later in export, diff, recheck, report or Save; saving keeps the file's
mode and symlink and cleans up after killed saves."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from moment_gui.domain.document import (
    DocumentError,
    NewerVersionError,
    SavedSelection,
    dumps,
    load,
    loads,
    save,
)
from moment_gui.domain.fragment import FragmentError, parse_fragment_text, to_fragment
from moment_gui.domain.safe_write import remove_orphans
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)


def _saved(**changes: Any) -> dict[str, Any]:
    sel = TargetingSelection(
        regions=(RegionPick("I", "서울특별시", "서울특별시"),),
        audiences=(AudiencePick(AudienceKind.COHORT, "17", Inclusion.INCLUDE, "buyers"),),
    )
    obj = json.loads(dumps(SavedSelection(sel, ad_account_id=1234, name="plan")))
    obj.update(changes)
    return obj


def _with_audience_key(kind: str, key: str) -> str:
    obj = _saved()
    obj["selection"]["audiences"][0].update(kind=kind, key=key)
    return json.dumps(obj)


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("cohort", "abc"),
        ("cohort", "17.5"),
        ("cohort", "١٢"),  # Arabic-Indic digits: int() reads them, Kakao would not
        ("customer_file", " 1"),
        ("friend_group", "9" * 20),
        ("friend_group", "1" * 5000),
        ("pixel_event", "only-one-part"),
    ],
)
def test_a_key_that_cannot_be_exported_is_refused_at_load(kind: str, key: str) -> None:
    with pytest.raises(DocumentError, match=r"is not a .* ID"):
        loads(_with_audience_key(kind, key))


def test_keys_that_fit_the_wire_still_load_and_export() -> None:
    doc = loads(_with_audience_key("cohort", str(2**63 - 1)))
    assert to_fragment(doc.selection)["targeting"]["cohortTargetings"][0]["cohortId"] == 2**63 - 1


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "moment-gui.selection", "version": 1, "adAccountId": 1' + "0" * 4400 + "}",
        '{"targeting": {"cohortTargetings": [{"cohortId": 1' + "0" * 4400 + "}]}}",
    ],
)
def test_integers_over_python_s_digit_limit_are_plain_errors(text: str) -> None:
    with pytest.raises(DocumentError, match="impossibly long"):
        loads(text)
    with pytest.raises(FragmentError, match="too long"):
        parse_fragment_text(text)


@pytest.mark.parametrize("account", [2**63, -(2**63) - 1, 10**30])
def test_an_account_id_beyond_64_bits_is_refused(account: int) -> None:
    with pytest.raises(DocumentError, match="adAccountId is not a whole number"):
        loads(json.dumps(_saved(adAccountId=account)))


def test_an_id_beyond_64_bits_in_a_fragment_is_refused() -> None:
    with pytest.raises(FragmentError, match="needs a whole number"):
        parse_fragment_text(json.dumps({"cohortTargetings": [{"cohortId": 2**64}]}))


@pytest.mark.parametrize(
    "saved_at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00"]
)
def test_dates_that_overflow_in_local_time_are_refused(saved_at: str) -> None:
    with pytest.raises(DocumentError, match="savedAt"):
        loads(json.dumps(_saved(savedAt=saved_at)))


def test_a_lone_surrogate_is_refused_by_load_and_paste() -> None:
    text = json.dumps(_saved(name="\ud800 plan"))  # json.dumps writes it as \ud800
    assert "\\ud800" in text
    with pytest.raises(DocumentError, match="surrogate"):
        loads(text)
    with pytest.raises(FragmentError, match="surrogate"):
        parse_fragment_text('{"targeting": {}, "name": "\\udc00"}')


def test_save_never_fails_on_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection(), name="a\udfffb"))
    assert load(path).name == "a?b"


def test_a_newer_version_is_its_own_error_type() -> None:
    with pytest.raises(NewerVersionError) as caught:
        loads(json.dumps(_saved(version=99)))
    assert caught.value.version == 99 and "newer version" in str(caught.value)


@pytest.mark.parametrize(
    ("obj", "words"),
    [
        ({"hello": 1}, "not an ad-group fragment"),
        ({}, "not an ad-group fragment"),
        (None, "saved moment-gui selection"),  # filled in below
    ],
)
def test_json_that_is_not_a_fragment_is_refused(obj: Any, words: str) -> None:
    text = json.dumps(_saved() if obj is None else obj)
    with pytest.raises(FragmentError, match=words):
        parse_fragment_text(text)


@pytest.mark.parametrize(
    "obj",
    [
        {"targeting": {}},
        {"ages": ["20"], "ageType": "NOT_ALL"},
        {"adServingCategories": ["IAB1"]},
        {"locations": []},
    ],
)
def test_fragments_without_picks_are_still_fragments(obj: Any) -> None:
    parse_fragment_text(json.dumps(obj))


# -- saving: mode, symlinks, orphans ---------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o644, 0o600, 0o664])
def test_save_keeps_the_file_s_permissions(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection(), name="one"))
    os.chmod(path, mode)
    save(path, SavedSelection(TargetingSelection(), name="two"))
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert load(path).name == "two"


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save(tmp_path / "new.json", SavedSelection(TargetingSelection()))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_save_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "plan.json"
    real.parent.mkdir()
    save(real, SavedSelection(TargetingSelection(), name="one"))
    link = tmp_path / "plan-link.json"
    link.symlink_to(real)
    save(link, SavedSelection(TargetingSelection(), name="two"))
    assert link.is_symlink() and load(real).name == "two"
    assert (real.parent / "plan.json.bak").exists()
    assert not (tmp_path / "plan-link.json.bak").exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="process IDs checked with kill(pid, 0)")
def test_temp_files_of_dead_writers_are_removed_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(path, SavedSelection(TargetingSelection(), name="one"))
    dead, alive = _dead_pid(), os.getppid()
    orphan = tmp_path / f".plan.json.{dead}.abc123.tmp"
    orphan_bak = tmp_path / f".plan.json.bak.{dead}.def456.tmp"
    live = tmp_path / f".plan.json.{alive}.ghi789.tmp"
    old_style = tmp_path / ".plan.json.zz11yy.tmp"
    fresh_old_style = tmp_path / ".plan.json.qq22ww.tmp"
    other_file = tmp_path / f".other.json.{dead}.abc123.tmp"
    for p in (orphan, orphan_bak, live, old_style, fresh_old_style, other_file):
        p.write_bytes(b"x" * 1000)
    long_ago = time.time() - 3600
    os.utime(old_style, (long_ago, long_ago))
    save(path, SavedSelection(TargetingSelection(), name="two"))
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    assert left == sorted([live.name, fresh_old_style.name, other_file.name])
    assert remove_orphans(path) == 0
