"""`moment-gui pull` and `push` over real HTTP against the simulator (issue 11): the file,
the wire check, the exact dry-run body, apply and read back, refusals (exit 1 with the detail
code), a change on Kakao since the pull, and exit 2 for usage, file and token problems."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from moment_gui.cli import main
from moment_gui.domain.adgroup import selection_from_ad_group
from moment_gui.domain.adgroup_put import build_put_body
from moment_gui.domain.campaign import CampaignType, Goal
from moment_gui.domain.document import SavedSelection, load, save
from moment_gui.domain.selection import AudienceKind, AudiencePick, Inclusion
from moment_gui.simulator import DEMO_TOKEN
from moment_gui.store.edit_times import EditTimes

GROUP = 800102  # Bizboard x Conversion, 2021 spelling, undocumented keys


@pytest.fixture
def live(sim_server, monkeypatch):
    """The commands' live mode pointed at the simulator over HTTP, with the demo token."""
    monkeypatch.setenv("MOMENT_GUI_BASE_URL", sim_server)
    monkeypatch.setenv("KAKAO_MOMENT_TOKEN", DEMO_TOKEN)
    return sim_server


def pull(tmp_path: Path, group: int = GROUP, *extra: str) -> tuple[int, Path]:
    out = tmp_path / f"group-{group}.json"
    code = main(["pull", "--ad-group", str(group), "--ad-account", "1234", "-o", str(out), *extra])
    return code, out


def test_pull_writes_the_selection_with_its_campaign_and_prints_the_wire_check(
    live, sim_state, tmp_path, capsys
) -> None:
    code, out = pull(tmp_path)
    printed = capsys.readouterr()
    assert code == 0, printed.err
    doc = load(out)
    ctx = doc.selection.campaign
    assert ctx is not None
    assert (ctx.campaign_type, ctx.goal) == (CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION)
    assert doc.ad_account_id == 1234 and doc.origin is not None
    assert doc.origin.as_opened == sim_state.ad_groups[GROUP]
    assert f"Pulled ad group {GROUP}" in printed.out
    assert "trackerTargetingTerms" in printed.out and "creativeOptimization" in printed.out
    assert DEMO_TOKEN not in printed.out + printed.err


def test_pull_failures_are_one_plain_line_and_exit_2(live, tmp_path, capsys, monkeypatch):
    code, _ = pull(tmp_path, 123)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "This ad group does not exist in the ad account" in err and "(detail 91008)" in err
    monkeypatch.setenv("KAKAO_MOMENT_TOKEN", "wrong-token")
    code, _ = pull(tmp_path)
    assert code == 2 and "refused the business token" in capsys.readouterr().err
    monkeypatch.delenv("KAKAO_MOMENT_TOKEN")
    code, _ = pull(tmp_path)
    assert code == 2 and "No business token is stored" in capsys.readouterr().err


def test_pull_without_an_account_asks_for_one(live, tmp_path, capsys) -> None:
    code = main(["pull", "--ad-group", str(GROUP), "-o", str(tmp_path / "x.json")])
    assert code == 2 and "--ad-account" in capsys.readouterr().err


def edit_file(path: Path, change) -> None:
    doc = load(path)
    save(path, dataclasses.replace(doc, selection=change(doc.selection)))


def push(path: Path, *mode: str) -> int:
    return main(["push", str(path), "--ad-group", str(GROUP), *mode])


def test_dry_run_prints_the_exact_body_and_sends_nothing(live, sim_state, tmp_path, capsys):
    _, out = pull(tmp_path)
    edit_file(out, lambda s: s.without_audience(AudienceKind.SYNC_PROFILE, "_XLd"))
    capsys.readouterr()
    assert push(out, "--dry-run") == 0
    printed = capsys.readouterr()
    body = json.loads(printed.out)
    fresh = sim_state.ad_groups[GROUP]
    expected = build_put_body(fresh, load(out).selection, fresh)
    assert json.dumps(body, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    assert body["targeting"]["syncAppTargetings"] == []
    assert "Kakao Login profiles +0 −1" in printed.err and "Nothing was sent." in printed.err
    assert not sim_state.edits


def test_push_applies_reads_back_and_reports_a_match(live, sim_state, tmp_path, capsys):
    _, out = pull(tmp_path)
    pick = AudiencePick(AudienceKind.COHORT, "17", Inclusion.EXCLUDE, "비즈보드 장기 반응")
    edit_file(out, lambda s: s.with_audience(pick))
    capsys.readouterr()
    assert push(out, "--yes") == 0
    printed = capsys.readouterr().out
    assert "now holds exactly these picks" in printed
    assert sim_state.ad_groups[GROUP]["targeting"]["cohortTargetings"] == [
        {"cohortId": 17, "inclusionType": "EXCLUDE"}
    ]
    assert [e.status for e in sim_state.edits] == [200]


def test_a_refusal_exits_1_with_the_detail_code_and_its_sentence(live, sim_state, tmp_path, capsys):
    _, out = pull(tmp_path)
    waiting = AudiencePick(AudienceKind.COHORT, "7", Inclusion.INCLUDE, "신규 캠페인 반응자")
    edit_file(out, lambda s: s.with_audience(waiting))
    capsys.readouterr()
    assert push(out, "--yes") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("Kakao refused the change (detail 22406): An audience that is not ready")


def test_a_change_on_kakao_since_the_pull_stops_the_push_unless_forced(
    live, sim_state, tmp_path, capsys
) -> None:
    _, out = pull(tmp_path)
    sim_state.change_ad_group(GROUP, lambda g: g.update(bidAmount=300))
    capsys.readouterr()
    assert push(out, "--yes") == 1
    assert "changed on Kakao since" in capsys.readouterr().err
    assert not sim_state.edits
    assert push(out, "--yes", "--force") == 0
    assert sim_state.ad_groups[GROUP]["bidAmount"] == 300  # their change outside the picks stays


def test_picks_made_elsewhere_apply_against_the_ad_group_as_it_is(live, sim_state, tmp_path):
    other = sim_state.ad_groups[800101]
    sel = selection_from_ad_group(other, None).without_audience(AudienceKind.COHORT, "3")
    path = tmp_path / "copied.json"
    save(path, SavedSelection(sel, ad_account_id=1234))  # no origin: not pulled from GROUP
    assert push(path, "--yes") == 0
    stored = sim_state.ad_groups[GROUP]
    assert stored["targeting"]["cohortTargetings"] == [{"cohortId": 1, "inclusionType": "INCLUDE"}]
    assert stored["name"] == "비즈보드 전환 캠페인 · 강남 리타게팅"  # the target's own fields


def test_usage_and_file_problems_exit_2(live, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["push", str(tmp_path / "x.json"), "--ad-group", "1", "--dry-run", "--yes"])
    assert usage.value.code == 2
    assert push(tmp_path / "missing.json", "--yes") == 2
    assert capsys.readouterr().err.count("\n") >= 1


def test_edit_times_make_a_second_run_wait_for_kakaos_turn(tmp_path) -> None:
    now = [1000.0]
    times = EditTimes(tmp_path / "edits.json", clock=lambda: now[0])
    key = EditTimes.key("http://127.0.0.1:1/", 1234)
    assert times.wait_needed(key, 5.0) == 0.0
    times.record(key)
    now[0] += 1.5
    assert times.wait_needed(key, 5.0) == pytest.approx(3.5)
    assert times.wait_needed(EditTimes.key("http://127.0.0.1:1", 99), 5.0) == 0.0
    (tmp_path / "edits.json").write_text("not json", encoding="utf-8")
    assert times.wait_needed(key, 5.0) == 0.0  # a damaged file never blocks


def test_demo_pull_and_dry_run_push_as_a_planner_runs_them(tmp_path) -> None:
    env = {**os.environ, "MOMENT_GUI_HOME": str(tmp_path / "home")}
    env.pop("KAKAO_MOMENT_TOKEN", None)
    out = tmp_path / "demo.json"
    started = time.monotonic()
    pulled = subprocess.run(
        [
            sys.executable,
            "-m",
            "moment_gui",
            "pull",
            "--demo",
            "--ad-group",
            "800101",
            "--ad-account",
            "1234",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert pulled.returncode == 0, pulled.stderr
    pushed = subprocess.run(
        [
            sys.executable,
            "-m",
            "moment_gui",
            "push",
            str(out),
            "--demo",
            "--ad-group",
            "800101",
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert pushed.returncode == 0, pushed.stderr
    assert json.loads(pushed.stdout)["id"] == 800101
    for text in (pulled.stdout, pulled.stderr, pushed.stdout, pushed.stderr):
        assert DEMO_TOKEN not in text
    assert time.monotonic() - started < 120
