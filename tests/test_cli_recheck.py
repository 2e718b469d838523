"""Re-check against the simulator after its data changed, through the service and the command."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from moment_gui.api.client import MomentClient
from moment_gui.cli import main
from moment_gui.demo import DEMO_BASE_URL
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, load, save
from moment_gui.domain.recheck import FindingKind, RecheckResult, accept_all
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.services.lookups import LookupService, Source
from moment_gui.services.recheck import recheck_selection
from moment_gui.simulator import DEMO_TOKEN, SimulatorState, create_app

CAMPAIGN = CampaignContext(CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.DAUM}))


def _region(state: SimulatorState, key: str) -> RegionPick:
    o = state.region(key)
    return RegionPick(
        o["value"], o["description"], o["depth1Name"], o.get("depth2Name"), o.get("depth3Name")
    )


def _selection(state: SimulatorState) -> TargetingSelection:
    """Picks made from the simulator's current data, as the panels would make them."""
    cohort = state.cohorts[0]
    cfile = state.customer_files[0]
    group = state.talk_channel_group_files[0]
    sel = TargetingSelection(campaign=CAMPAIGN).with_regions(
        [_region(state, "A"), _region(state, "A1000"), _region(state, "I10000101")]
    )
    sel = sel.with_audience(
        AudiencePick(
            AudienceKind.COHORT,
            str(cohort["id"]),
            Inclusion.INCLUDE,
            cohort["name"],
            status=cohort["status"],
            population=int(cohort["populationScore"]),
            audience_type=cohort["audienceType"],
        )
    )
    sel = sel.with_audience(
        AudiencePick(
            AudienceKind.CUSTOMER_FILE,
            str(cfile["id"]),
            Inclusion.EXCLUDE,
            cfile["name"],
            status=cfile["status"],
            population=int(cfile["populationScore"]),
            ready=cfile["ready"],
        )
    )
    return sel.with_audience(
        AudiencePick(
            AudienceKind.FRIEND_GROUP,
            str(group["id"]),
            Inclusion.INCLUDE,
            group["name"],
            status=group["talkChannelGroupFileStatus"],
            population=int(group["friendCount"]),
            profile_id=group["profileId"],
        )
    )


def _recheck(
    state: SimulatorState, sel: TargetingSelection, threshold: float = 0.2, retries: int = 4
) -> RecheckResult:
    async def go() -> RecheckResult:
        client = MomentClient(
            DEMO_TOKEN,
            1234,
            base_url=DEMO_BASE_URL,
            transport=httpx.ASGITransport(app=create_app(state)),
            retry_attempts=retries,
        )
        lookups = LookupService(client, source=Source.DEMO)
        try:
            return await recheck_selection(lookups, sel, threshold)
        finally:
            await lookups.client.aclose()

    return asyncio.run(go())


def _kinds(result: RecheckResult) -> set[tuple[FindingKind, str, str]]:
    return {(f.kind, f.category, f.key) for f in result.findings}


def test_selection_made_from_current_data_has_no_findings(sim_state: SimulatorState) -> None:
    result = _recheck(sim_state, _selection(sim_state))
    assert result.findings == ()
    assert result.data_source == "demo data"


def test_depth1_renamed_under_the_same_key_is_reported_for_it_and_its_children(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    # The planner saved while Kakao still said 강원도; today the same keys say 강원특별자치도.
    old = TargetingSelection(campaign=CAMPAIGN).with_regions(
        [
            RegionPick("A", "강원도", "강원도"),
            RegionPick("A1000", "강원도 강릉시", "강원도", "강릉시"),
        ]
    )
    result = _recheck(sim_state, old)
    assert _kinds(result) == {
        (FindingKind.RENAMED, "regions", "A"),
        (FindingKind.RENAMED, "regions", "A1000"),
    }
    fixed = accept_all(old, result.findings)
    assert [r.description for r in fixed.regions] == ["강원특별자치도", "강원특별자치도 강릉시"]
    assert fixed.regions == sel.regions[:2]


def test_region_renamed_in_the_simulator_is_offered_a_label_update(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    dong = sim_state.region("I10000101")
    dong["depth1Name"] = "서울시"
    (finding,) = _recheck(sim_state, sel).findings
    assert (finding.kind, finding.key, finding.after) == (
        FindingKind.RENAMED,
        "I10000101",
        f"서울시 › {dong['depth2Name']} › {dong['depth3Name']}",
    )
    assert finding.apply(sel).regions[-1].depth1_name == "서울시"


def test_deleted_cohort_is_reported_gone_and_the_fix_removes_it(sim_state: SimulatorState) -> None:
    sel = _selection(sim_state)
    key = str(sim_state.cohorts.pop(0)["id"])
    (finding,) = _recheck(sim_state, sel).findings
    assert (finding.kind, finding.category, finding.key) == (FindingKind.GONE, "cohort", key)
    assert finding.replacement_key is None
    assert finding.apply(sel).audience(AudienceKind.COHORT, key) is None


def test_cohort_no_longer_available_is_a_status_change_that_offers_removal(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    sim_state.cohorts[0]["status"] = "SEED_NOT_ENOUGH"
    (finding,) = _recheck(sim_state, sel).findings
    assert (finding.kind, finding.before, finding.after) == (
        FindingKind.STATUS_CHANGED,
        "AVAILABLE",
        "SEED_NOT_ENOUGH",
    )
    assert finding.fix_label == "Remove it"


def test_customer_file_gone_to_delete_or_not_ready_is_reported(sim_state: SimulatorState) -> None:
    sel = _selection(sim_state)
    sim_state.customer_files[0]["status"] = "DELETE"
    (finding,) = _recheck(sim_state, sel).findings
    assert (finding.kind, finding.category, finding.after) == (
        FindingKind.STATUS_CHANGED,
        "customer_file",
        "DELETE",
    )
    sim_state.customer_files[0].update(status="COMPLETE", ready=False)
    (finding,) = _recheck(sim_state, sel).findings
    assert finding.after == "COMPLETE (not ready)"


def test_friend_group_gone_from_its_channel_is_reported(sim_state: SimulatorState) -> None:
    sel = _selection(sim_state)
    sim_state.talk_channel_group_files.pop(0)
    kinds = _kinds(_recheck(sim_state, sel))
    assert {(k, c) for k, c, _ in kinds} == {(FindingKind.GONE, "friend_group")}


def test_population_change_beyond_the_threshold_is_reported_and_smaller_ones_are_not(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    saved = int(sim_state.cohorts[0]["populationScore"])
    sim_state.cohorts[0]["populationScore"] = int(saved * 1.15)
    assert _recheck(sim_state, sel).findings == ()
    assert len(_recheck(sim_state, sel, threshold=0.1).findings) == 1
    sim_state.cohorts[0]["populationScore"] = int(saved * 0.5)
    (finding,) = _recheck(sim_state, sel).findings
    assert (finding.kind, finding.before, finding.after) == (
        FindingKind.POPULATION_CHANGED,
        saved,
        int(saved * 0.5),
    )
    assert "-50%" in finding.message
    updated = finding.apply(sel).audiences_of(AudienceKind.COHORT)[0]
    assert updated.population == int(saved * 0.5)


def test_key_gone_with_the_same_name_under_a_new_key_offers_the_replacement(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    sim_state.cohorts[0]["id"] = 9001
    sim_state.region("I10000101")["value"] = "I10000199"
    result = _recheck(sim_state, sel)
    by_key = {f.key: f for f in result.findings}
    cohort, region = by_key[str(_selection_cohort_key(sel))], by_key["I10000101"]
    assert (cohort.kind, cohort.replacement_key) == (FindingKind.GONE, "9001")
    assert (region.kind, region.replacement_key) == (FindingKind.GONE, "I10000199")
    fixed = accept_all(sel, result.findings)
    assert [a.key for a in fixed.audiences_of(AudienceKind.COHORT)] == ["9001"]
    assert fixed.audiences_of(AudienceKind.COHORT)[0].inclusion is Inclusion.INCLUDE
    assert [r.value for r in fixed.regions][-1] == "I10000199"


def _selection_cohort_key(sel: TargetingSelection) -> str:
    return sel.audiences_of(AudienceKind.COHORT)[0].key


def test_a_list_that_fails_is_not_checked_rather_than_failing_everything(
    sim_state: SimulatorState,
) -> None:
    sel = _selection(sim_state)
    sim_state.faults.error_rate = 1.0
    result = _recheck(sim_state, sel, retries=1)
    assert {f.kind for f in result.findings} == {FindingKind.NOT_CHECKED}
    assert {f.category for f in result.findings} >= {"regions", "cohort"}


# -- the command ------------------------------------------------------------------------
def _save(tmp_path: Path, sel: TargetingSelection) -> Path:
    path = tmp_path / "plan.moment.json"
    save(path, SavedSelection(sel, ad_account_id=1234, saved_at=datetime(2026, 3, 2, 10, 30)))
    return path


def test_command_exits_0_when_everything_is_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _save(tmp_path, _selection(SimulatorState.demo()))
    assert main(["recheck", str(path), "--demo"]) == 0
    out = capsys.readouterr().out
    assert "Saved on 2026-03-02 10:30" in out and "Everything is current." in out


def test_command_against_a_live_server_reports_changes_and_exits_1(
    tmp_path: Path,
    sim_state: SimulatorState,
    sim_server: str,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    path = _save(tmp_path, _selection(sim_state))
    sim_state.customer_files[0]["status"] = "DELETE"
    sim_state.region("A")["description"] = sim_state.region("A")["depth1Name"] = "강원특별도"
    monkeypatch.setenv("MOMENT_GUI_BASE_URL", sim_server)
    monkeypatch.setattr("moment_gui.store.secrets.TokenStore.get", lambda self: DEMO_TOKEN)
    assert main(["recheck", str(path)]) == 1
    out, err = capfd.readouterr()
    assert "renamed: Region A is now 강원특별도" in out
    assert "status-changed: Customer file" in out and "DELETE" in out
    assert DEMO_TOKEN not in out + err
    assert load(path).selection == _selection(SimulatorState.demo())  # nothing was changed


def test_command_offline_answers_from_the_cache_the_live_run_filled(
    tmp_path: Path,
    sim_state: SimulatorState,
    sim_server: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _save(tmp_path, _selection(sim_state))
    monkeypatch.setenv("MOMENT_GUI_BASE_URL", sim_server)
    monkeypatch.setattr("moment_gui.store.secrets.TokenStore.get", lambda self: DEMO_TOKEN)
    assert main(["recheck", str(path), "--offline"]) == 1  # nothing cached yet
    assert "not-checked" in capsys.readouterr().out
    assert main(["recheck", str(path)]) == 0
    sim_state.cohorts.clear()  # offline must not see this: it never asks the server
    assert main(["recheck", str(path), "--offline"]) == 0
    assert "cached" in capsys.readouterr().out


def test_command_without_a_stored_token_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _save(tmp_path, _selection(SimulatorState.demo()))
    assert main(["recheck", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No business token is stored" in err


def test_command_on_a_damaged_file_exits_2_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "moment-gui.selection", "version": 1, "selection": ', "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "moment_gui", "recheck", str(bad), "--demo"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.strip().startswith("The file is damaged")


def test_kakao_data_renamed_withdrawn_or_unnamed_in_the_simulator(
    sim_state: SimulatorState,
) -> None:
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind

    interests = sim_state.data_categories["INTEREST"]
    kept, renamed, withdrawn = interests[0], interests[1], interests[2]
    sel = _selection(sim_state).with_data_categories(
        [
            DataCategoryPick(DataKind.INTEREST, kept["id"], kept["name"]),
            DataCategoryPick(DataKind.INTEREST, renamed["id"], renamed["name"]),
            DataCategoryPick(DataKind.INTEREST, withdrawn["id"], withdrawn["name"]),
            # Pasted from a fragment: named by its ID; learning the name is not a change.
            DataCategoryPick(DataKind.BUSINESS_TYPE, "B01", "B01"),
        ]
    )
    assert _recheck(sim_state, sel).findings == ()
    old_name = renamed["name"]
    renamed["name"] = "새 이름"
    sim_state.data_categories["INTEREST"].remove(withdrawn)
    result = _recheck(sim_state, sel)
    by_kind = {f.kind: f for f in result.findings}
    assert set(by_kind) == {FindingKind.RENAMED, FindingKind.GONE}
    assert by_kind[FindingKind.RENAMED].category == "ufoInterests"
    assert (by_kind[FindingKind.RENAMED].before, by_kind[FindingKind.RENAMED].after) == (
        old_name,
        "새 이름",
    )
    assert by_kind[FindingKind.GONE].key == withdrawn["id"]
    fixed = accept_all(sel, result.findings)
    assert [(c.id, c.name) for c in fixed.data_categories_of(DataKind.INTEREST)] == [
        (kept["id"], kept["name"]),
        (renamed["id"], "새 이름"),
    ]
