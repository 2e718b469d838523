"""Two copies of moment-gui share one recovery folder (issue 15, items 5 and 12).

Each session autosaves to its own file under its own session lock: a running copy's work is
never offered as a crash nor deleted by another copy, and a crashed copy's work is offered
exactly once it is gone. A recovery file from a newer version is kept, with the reason shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from moment_gui.domain.document import SavedSelection, dumps, load
from moment_gui.domain.selection import RegionPick, TargetingSelection
from moment_gui.store.paths import recovery_dir
from moment_gui.ui.recovery import CRASHED_PREFIX
from tests.ui.test_recovery import PICKS, Session

OTHER = TargetingSelection(regions=(RegionPick("B", "부산광역시", "부산광역시"),))


@pytest.fixture
def sessions(qloop: object) -> Iterator[list[Session]]:
    made: list[Session] = []
    yield made
    for s in made:
        if shiboken6.isValid(s.window):
            s.window.close_guards.clear()
            s.window.close()
            shiboken6.delete(s.window)


def _new(sessions: list[Session]) -> Session:
    s = Session()
    sessions.append(s)
    return s


def test_a_second_copy_never_offers_or_deletes_the_first_copy_s_live_work(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    first = _new(sessions)
    first.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(first.recovery.autosave_path.exists, timeout=2000)

    second = _new(sessions)
    assert second.recovery.start() is None  # the first copy is running: not a crash
    assert not second.recovery.bar.isVisibleTo(second.window)
    assert load(first.recovery.autosave_path).selection == PICKS
    second.ctx.state.apply(OTHER, "pick")
    qtbot.waitUntil(second.recovery.autosave_path.exists, timeout=2000)

    # The first copy quits cleanly: only its own autosave goes.
    first.recovery._closing()
    assert not first.recovery.autosave_path.exists()
    assert load(second.recovery.autosave_path).selection == OTHER

    # The second copy crashes: its work is offered to the next start, exactly.
    second.crash()
    third = _new(sessions)
    offered = third.recovery.start()
    assert offered is not None and load(offered).selection == OTHER


def test_both_copies_crashing_leaves_both_works_to_offer(
    qtbot: QtBot, sessions: list[Session]
) -> None:
    a, b = _new(sessions), _new(sessions)
    a.ctx.state.apply(PICKS, "pick")
    b.ctx.state.apply(OTHER, "pick")
    qtbot.waitUntil(lambda: a.recovery.autosave_path.exists(), timeout=2000)
    qtbot.waitUntil(lambda: b.recovery.autosave_path.exists(), timeout=2000)
    a.crash()
    b.crash()
    c = _new(sessions)
    assert c.recovery.start() is not None
    crashed = {load(p).selection for p in c.recovery.crashed_files()}
    assert crashed == {PICKS, OTHER}


def test_a_recovery_file_from_a_newer_version_is_kept_with_the_reason(
    sessions: list[Session],
) -> None:
    newer = json.loads(dumps(SavedSelection(PICKS)))
    newer["version"] = 99
    path = recovery_dir() / f"{CRASHED_PREFIX}20990101-000000-000000.json"
    path.write_text(json.dumps(newer), encoding="utf-8")

    s = _new(sessions)
    assert s.recovery.start() is None
    assert path.exists()
    bar = s.recovery.bar
    assert bar.isVisibleTo(s.window)
    assert "newer version" in bar.text and "99" in bar.text and str(path) in bar.text

    again = _new(sessions)  # kept on every start until the planner decides
    again.recovery.start()
    assert path.exists()
    discard = again.recovery.bar.button("Discard")
    assert discard is not None
    discard.click()
    assert not path.exists()


def test_an_older_version_s_single_autosave_is_still_offered(sessions: list[Session]) -> None:
    (recovery_dir() / "autosave.json").write_text(dumps(SavedSelection(PICKS)), encoding="utf-8")
    s = _new(sessions)
    offered = s.recovery.start()
    assert offered is not None and load(offered).selection == PICKS
