"""File-mutation fuzzer (issue 15): every field of a saved file and of a fragment, dropped or
given another JSON type, through every CLI command and through the window.

Not random: the mutations are enumerated. For each field (every object member and list item,
at every depth) of a rich saved selection (three region levels, both category kinds, all six
audience kinds with their facts, a campaign, passthrough) and of a rich ad-group fragment:
"drop" removes it, and each of `TYPE_CHANGES` replaces it with a value of another JSON type.
Default run: drop + one other type per field (the types taken in turn); MOMENT_GUI_STRESS=1:
drop + every other type.

CLI: each mutated saved file goes through `export`, `validate`, `diff` (both ways against the
original), `recheck --offline`, `report` (HTML) and `import` (which must refuse it); each
mutated fragment through `import`, and what it imported through the rest. Every run must end
with exit 0, 1 or 2, stderr without "Traceback", nothing on stdout/stderr with a piece of the
token, and (exit 0 from import) a file that loads.

Window: a sample of the mutated saved files (all of them under stress) is opened with
File ▸ Open's code path, a region is added and the file saved; a mutated fragment is pasted
the same way. Either it opened and the saved file holds exactly the window's picks, or it was
refused with a message and the picks from before are untouched. No exception in any slot
(pytest-qt fails the test on one), no ERROR log.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import os
import random
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from moment_gui.cli import main
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, dumps, load
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)

STRESS = bool(os.environ.get("MOMENT_GUI_STRESS"))
WINDOW_SAMPLE = int(os.environ.get("MOMENT_GUI_WINDOW_MUTATIONS", "0" if STRESS else "60"))
TOKEN = "Xk4Qp9Wz7Lm2Rt8Vb6Nc"
# Another JSON type for each field: the first two are always used, the rest under stress.
TYPE_CHANGES: tuple[tuple[str, Any], ...] = (
    ("null", None),
    ("number", 7),
    ("text", "x"),
    ("true", True),
    ("list", []),
    ("object", {}),
    ("huge", 2**64),
    ("fraction", 1.5),
    ("long-text", "9" * 5000),
)
ADDED = RegionPick("Z9", "제주특별자치도", "제주특별자치도")


def rich_selection() -> TargetingSelection:
    campaign = CampaignContext(
        CampaignType.DISPLAY, Goal.CONVERSION, frozenset({Placement.KAKAO_TALK, Placement.DAUM})
    )
    pixel_key = pixel_event_key("3830610710806837838", "PageView", "*")
    return TargetingSelection(
        campaign=campaign,
        regions=(
            RegionPick("I", "서울특별시", "서울특별시"),
            RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구"),
            RegionPick("I10000101", "서울특별시 강남구", "서울특별시", "강남구", "논현1동"),
        ),
        ad_serving_categories=(CategoryPick("IAB16", "애완동물"),),
        section_categories=(CategoryPick("KKO99-1", "채팅탭"),),
        audiences=(
            AudiencePick(
                AudienceKind.COHORT,
                "17",
                Inclusion.INCLUDE,
                "구매자",
                status="AVAILABLE",
                population=12000,
                audience_type="DISPLAY",
            ),
            AudiencePick(
                AudienceKind.PIXEL_EVENT,
                pixel_key,
                Inclusion.INCLUDE,
                "PageView",
                track_id="3830610710806837838",
                event_code="PageView",
                track_rule_id="*",
                term=30,
                population=500,
            ),
            AudiencePick(
                AudienceKind.CUSTOMER_FILE,
                "9",
                Inclusion.EXCLUDE,
                "VIP",
                ready=True,
                population=800,
            ),
            AudiencePick(AudienceKind.TALK_CHANNEL, "_xbHxd", Inclusion.INCLUDE, "채널"),
            AudiencePick(AudienceKind.SYNC_PROFILE, "_XLd", Inclusion.INCLUDE, "로그인"),
            AudiencePick(
                AudienceKind.FRIEND_GROUP,
                "1468",
                Inclusion.INCLUDE,
                "친구",
                profile_id="_xbHxd",
                extra=(("note", [1, {"a": None}]),),
            ),
        ),
        passthrough_targeting=(("ages", ["20", "25"]), ("ageType", "NOT_ALL")),
        passthrough_top=(("deviceTypes", ["IOS"]),),
    )


def rich_saved() -> dict[str, Any]:
    doc = SavedSelection(rich_selection(), ad_account_id=1234, name="봄 캠페인", notes="메모")
    return json.loads(dumps(doc))  # type: ignore[no-any-return]


def rich_fragment() -> dict[str, Any]:
    return to_fragment(rich_selection())


def _fields(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield (*path, key)
            yield from _fields(value, (*path, key))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield (*path, i)
            yield from _fields(value, (*path, i))


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    return "list" if isinstance(value, list) else "object"


def mutations(original: dict[str, Any], everything: bool) -> Iterator[tuple[str, Any]]:
    """(description, mutated object) for every field: dropped, then other JSON types.

    `everything`: every other type for every field; otherwise one per field, taken in turn
    from the list so that each type still meets fields of every kind.
    """
    for n, path in enumerate(_fields(original)):
        mutated = copy.deepcopy(original)
        parent = mutated
        for step in path[:-1]:
            parent = parent[step]
        where = "/".join(str(p) for p in path)
        del parent[path[-1]]
        yield f"drop {where}", mutated
        own = _kind(_get(original, path))
        changes = [c for c in TYPE_CHANGES if _kind(c[1]) != own or c[0] in ("huge", "long-text")]
        for name, value in changes if everything else [changes[n % len(changes)]]:
            mutated = copy.deepcopy(original)
            parent = mutated
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = copy.deepcopy(value)
            yield f"{where} -> {name}", mutated


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        obj = obj[step]
    return obj


class CliRuns:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.exits: Counter[str] = Counter()
        self.problems: list[str] = []
        self.count = 0

    def run(self, label: str, *argv: str) -> int:
        out, err = io.StringIO(), io.StringIO()
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        except BaseException as exc:
            self.problems.append(f"{label}: {argv[0]} raised {type(exc).__name__}: {exc}")
            return -1
        self.count += 1
        self.exits[f"{argv[0]} {code}"] += 1
        text = out.getvalue() + err.getvalue()
        if code not in (0, 1, 2):
            self.problems.append(f"{label}: {argv[0]} exited {code}")
        if "Traceback" in text:
            self.problems.append(f"{label}: {argv[0]} printed a traceback")
        if any(TOKEN[i : i + 6] in text for i in range(len(TOKEN) - 5)):
            self.problems.append(f"{label}: {argv[0]} printed part of the token")
        return code

    def saved_file_through_every_command(self, label: str, path: Path, original: Path) -> None:
        tmp = str(self.tmp)
        self.run(label, "export", str(path))
        self.run(label, "validate", str(path))
        self.run(label, "diff", str(path), str(original))
        self.run(label, "diff", str(original), str(path))
        self.run(label, "recheck", "--offline", str(path))
        self.run(label, "report", str(path), "-o", f"{tmp}/report.html")
        if self.run(label, "import", str(path), "-o", f"{tmp}/imported.json") == 0:
            self.problems.append(f"{label}: import took a saved file for a fragment")


@pytest.fixture
def token_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("moment_gui.store.secrets.TokenStore.get", lambda self: TOKEN)


@pytest.mark.slow
@pytest.mark.timeout(600 if not STRESS else 3600)
def test_every_field_of_a_saved_file_through_every_command(
    tmp_path: Path, token_stored: None
) -> None:
    runs = CliRuns(tmp_path)
    original = tmp_path / "original.json"
    original.write_text(json.dumps(rich_saved(), ensure_ascii=False), encoding="utf-8")
    files = 0
    for label, mutated in mutations(rich_saved(), STRESS):
        path = tmp_path / "mutated.json"
        path.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
        files += 1
        runs.saved_file_through_every_command(label, path, original)
    assert not runs.problems, runs.problems[:10]
    print(f"\nsaved-file mutations: {files} files, {runs.count} command runs; {dict(runs.exits)}")


@pytest.mark.slow
@pytest.mark.timeout(600 if not STRESS else 3600)
def test_every_field_of_a_fragment_through_import_and_the_rest(
    tmp_path: Path, token_stored: None
) -> None:
    runs = CliRuns(tmp_path)
    original = tmp_path / "original.json"
    original.write_text(json.dumps(rich_saved(), ensure_ascii=False), encoding="utf-8")
    fragments = imported = 0
    for label, mutated in mutations(rich_fragment(), STRESS):
        source = tmp_path / "fragment.json"
        source.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
        fragments += 1
        out = tmp_path / "from-fragment.json"
        out.unlink(missing_ok=True)
        if runs.run(label, "import", str(source), "-o", str(out)) == 0:
            imported += 1
            try:
                load(out)
            except Exception as exc:
                runs.problems.append(f"{label}: import wrote a file that does not load: {exc}")
                continue
            runs.saved_file_through_every_command(label + " (imported)", out, original)
            runs.problems = [p for p in runs.problems if "took a saved file" not in p]
    assert not runs.problems, runs.problems[:10]
    print(
        f"\nfragment mutations: {fragments} fragments ({imported} imported), {runs.count} "
        f"command runs; {dict(runs.exits)}"
    )


@pytest.fixture
def session(qloop: qasync.QEventLoop) -> Iterator[Any]:
    from tests.ui.test_recovery import Session

    s = Session()
    yield s
    if shiboken6.isValid(s.window):
        s.window.close_guards.clear()
        s.window.close()
        shiboken6.delete(s.window)


@pytest.mark.slow
@pytest.mark.timeout(900 if not STRESS else 3600)
def test_mutated_files_and_fragments_in_the_window(
    qtbot: QtBot,
    session: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    docs, state = session.docs, session.ctx.state
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(rich_saved(), ensure_ascii=False), encoding="utf-8")
    assert docs.open_path(baseline)
    saved_to: list[Path] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        target = tmp_path / f"saved-{len(saved_to)}.json"
        saved_to.append(target)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    cases = [("file", m) for m in mutations(rich_saved(), STRESS)]
    cases += [("fragment", m) for m in mutations(rich_fragment(), STRESS)]
    if WINDOW_SAMPLE:
        cases = random.Random(20261201).sample(cases, min(WINDOW_SAMPLE, len(cases)))
    tally: Counter[str] = Counter()
    for what, (label, mutated) in cases:
        before = state.selection
        text = json.dumps(mutated, ensure_ascii=False)
        if what == "file":
            path = tmp_path / "mutated.json"
            path.write_text(text, encoding="utf-8")
            opened = docs.open_path(path)
        else:
            opened = docs.import_fragment_text(text, "paste")
        if not opened:
            assert state.selection == before, f"{label}: a refused {what} changed the picks"
            assert docs.bar.isVisibleTo(session.window) and docs.bar.text, f"{label}: no word"
            tally[f"{what} refused"] += 1
            continue
        state.apply(state.selection.with_regions([ADDED]), "add a region")
        assert docs.save_as() if what == "fragment" else docs.save(), f"{label}: save failed"
        written = docs.path
        assert written is not None
        reread = load(written).selection
        assert reread == state.selection, f"{label}: the saved file lost a pick"
        assert TOKEN not in written.read_text(encoding="utf-8")
        tally[f"{what} opened, changed, saved"] += 1
        # Back to a clean, known state for the next case.
        assert docs.open_path(baseline)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[0].getMessage()
    print(f"\nwindow mutations: {len(cases)} cases; {dict(tally)}")
