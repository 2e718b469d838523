"""Saved selections reopen exactly, never hold a token, save atomically and fail in plain words."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moment_gui.domain import document
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.document import (
    FORMAT,
    VERSION,
    DocumentError,
    SavedSelection,
    dumps,
    load,
    loads,
    save,
)
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


def full_selection() -> TargetingSelection:
    campaign = CampaignContext(
        CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION, frozenset({Placement.KAKAO_TALK})
    )
    return TargetingSelection(
        campaign=campaign,
        regions=(
            RegionPick("I", "서울특별시", "서울특별시"),
            RegionPick(
                "I10000101",
                "서울특별시 강남구",
                "서울특별시",
                "강남구",
                "논현1동",
                extra=(("code", [1, {"a": None}]),),
            ),
        ),
        ad_serving_categories=(CategoryPick("IAB16", "애완동물"),),
        section_categories=(CategoryPick("KKO99-1", "채팅탭에만 노출"),),
        audiences=(
            AudiencePick(
                AudienceKind.COHORT,
                "1",
                Inclusion.INCLUDE,
                "첫 반응 타겟",
                status="AVAILABLE",
                population=1200,
                audience_type="DISPLAY",
            ),
            AudiencePick(
                AudienceKind.CUSTOMER_FILE,
                "7",
                Inclusion.EXCLUDE,
                "고객",
                status="COMPLETE",
                population=100,
                ready=True,
            ),
            AudiencePick(
                AudienceKind.PIXEL_EVENT,
                pixel_event_key("383", "PageView", "*"),
                Inclusion.INCLUDE,
                "visit",
                population=15_290_918,
                track_id="383",
                event_code="PageView",
                track_rule_id="*",
                term=30,
                extra=(("weight", 2),),
            ),
            AudiencePick(
                AudienceKind.FRIEND_GROUP,
                "1468",
                Inclusion.INCLUDE,
                "test",
                status="COMPLETE",
                population=42,
                profile_id="_Xxju",
            ),
        ),
        passthrough_targeting=(("someNewKey", ["20-24"]), ("lookalikeTargetings", [{"id": 1}])),
        passthrough_top=(("name", "광고그룹"),),
    )


def full_doc() -> SavedSelection:
    return SavedSelection(
        full_selection(),
        ad_account_id=1234,
        saved_at=datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
        app_version="0.1.0",
        region_list_date="2025-02-01",
        name="봄 캠페인",
        notes="강남 위주\n두 번째 줄",
    )


def test_a_saved_selection_reopens_exactly():
    doc = full_doc()
    again = loads(dumps(doc))
    assert again == doc
    assert again.upgraded_from is None
    assert to_fragment(again.selection) == to_fragment(doc.selection)


def test_the_file_shape_is_the_documented_one():
    obj = json.loads(dumps(full_doc()))
    assert list(obj) == [
        "format",
        "version",
        "savedAt",
        "appVersion",
        "adAccountId",
        "regionListDate",
        "name",
        "notes",
        "campaign",
        "selection",
    ]
    assert obj["format"] == FORMAT and obj["version"] == VERSION
    assert obj["campaign"] == {
        "type": "TALK_BIZ_BOARD",
        "goal": "CONVERSION",
        "placements": ["KAKAO_TALK"],
    }
    assert obj["selection"]["audiences"][0] == {
        "kind": "cohort",
        "key": "1",
        "inclusion": "INCLUDE",
        "label": "첫 반응 타겟",
        "status": "AVAILABLE",
        "population": 1200,
        "audienceType": "DISPLAY",
    }
    assert "서울특별시" in dumps(full_doc())  # Korean stays readable, not \\u escapes


def test_the_saved_file_never_holds_a_token():
    text = dumps(full_doc())
    assert "token" not in text.lower() and "bearer" not in text.lower()
    smuggled = json.loads(text)
    smuggled["token"] = "secret-business-token"
    assert "secret-business-token" not in dumps(loads(json.dumps(smuggled)))


def test_missing_saved_at_is_filled_when_saving():
    doc = SavedSelection(TargetingSelection())
    assert loads(dumps(doc)).saved_at is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"hello": 1}', "This file is not a moment-gui selection"),
        ("[1, 2]", "This file is not a moment-gui selection"),
        (
            json.dumps({"format": FORMAT, "version": 3}),
            "This file was saved by a newer version of moment-gui (format version 3); "
            "update the app to open it",
        ),
        (json.dumps({"format": FORMAT, "version": "1"}), "format version is missing"),
        (json.dumps({"format": FORMAT, "version": True}), "format version is missing"),
        (
            '{\n "format": "moment-gui.selection",\n "version": 1,\n "selection": {',
            "The file is damaged: the JSON ends unexpectedly at line 4",
        ),
        ('{"format": 1 2}', "at line 1, column 14"),
        ('{"format": NaN}', "NaN is not a number"),
    ],
)
def test_unreadable_text_gives_one_plain_sentence(text: str, message: str):
    with pytest.raises(DocumentError) as info:
        loads(text)
    assert message in str(info.value)


def _v1(**changes: Any) -> str:
    obj = json.loads(dumps(full_doc()))
    for path, value in changes.items():
        target = obj
        *parents, last = path.split("__")
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(obj)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"selection": []}, "selection is not an object"),
        ({"selection__regions": {}}, "regions is not a list"),
        ({"selection__regions__0": "I"}, "region 1 is not an object"),
        ({"selection__regions__1__value": 5}, "region 2 has no value"),
        ({"selection__regions__1__depth2Name": None}, "depth3Name without a depth2Name"),
        ({"selection__audiences__0__kind": "robot"}, "unknown value 'robot'"),
        ({"selection__audiences__0__inclusion": None}, "audience 1 inclusion"),
        ({"selection__audiences__0__population": "many"}, "population has the wrong type"),
        ({"selection__audiences__0__population": True}, "population has the wrong type"),
        ({"selection__audiences__1__extra": [1]}, "extra is not an object"),
        ({"selection__sectionCategories__0": {"code": "K"}}, "has no name"),
        ({"campaign__goal": "WIN"}, "campaign goal has an unknown value"),
        ({"campaign__placements": "KAKAO_TALK"}, "placements is not a list"),
        ({"adAccountId": "1234"}, "adAccountId is not a whole number"),
        ({"savedAt": "yesterday"}, "is not a date"),
        ({"name": 3}, "name is not text"),
    ],
)
def test_damaged_documents_say_what_is_wrong(changes: dict[str, Any], words: str):
    with pytest.raises(DocumentError) as info:
        loads(_v1(**changes))
    assert words in str(info.value) and str(info.value).startswith("The file is damaged")


# -- upgrades -------------------------------------------------------------------------
V0 = {
    "format": FORMAT,
    "version": 0,
    "savedAt": "2024-11-02T10:00:00+09:00",
    "account": 1234,
    "campaign": "DISPLAY:VISITING",
    "name": "old plan",
    "fragment": {
        "targeting": {
            "locations": [{"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}],
            "cohortTargetings": [{"cohortId": 1, "inclusionType": "INCLUDE"}],
            "ages": ["20-24"],
        },
        "adServingCategories": ["IAB16"],
    },
    "labels": {"cohort:1": "first_ad_response_target"},
}


def test_a_version_0_file_is_upgraded_on_load():
    doc = loads(json.dumps(V0))
    assert doc.upgraded_from == 0
    assert doc.ad_account_id == 1234 and doc.name == "old plan"
    assert doc.selection.campaign == CampaignContext(CampaignType.DISPLAY, Goal.VISITING)
    assert doc.selection.audiences[0].label == "first_ad_response_target"
    assert to_fragment(doc.selection) == V0["fragment"]
    assert loads(dumps(doc)) == doc  # and is saved as version 1 from then on
    assert json.loads(dumps(doc))["version"] == VERSION


@pytest.mark.parametrize(
    "bad",
    [{"fragment": {"targeting": []}}, {"campaign": "DISPLAY:NOPE"}, {"labels": []}],
)
def test_a_damaged_version_0_file_is_a_document_error(bad: dict[str, Any]):
    with pytest.raises(DocumentError):
        loads(json.dumps({**V0, **bad}))


# -- files ----------------------------------------------------------------------------
def test_save_then_load_and_the_previous_file_becomes_bak(tmp_path: Path):
    path = tmp_path / "plan.json"
    first = full_doc()
    save(path, first)
    assert load(path) == first and not (tmp_path / "plan.json.bak").exists()
    second = SavedSelection(TargetingSelection(), name="second")
    save(path, second)
    assert load(path) == SavedSelection(
        TargetingSelection(), name="second", saved_at=load(path).saved_at
    )
    assert load(tmp_path / "plan.json.bak") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]


def test_backup_exists_before_the_new_file_replaces_the_old(tmp_path, monkeypatch):
    path = tmp_path / "plan.json"
    save(path, full_doc())
    old_bytes = path.read_bytes()
    real_replace = os.replace
    seen: list[tuple[bytes, bytes]] = []

    def spying_replace(src, dst):
        if Path(dst) == path:
            seen.append((path.read_bytes(), (tmp_path / "plan.json.bak").read_bytes()))
        return real_replace(src, dst)

    monkeypatch.setattr(document.os, "replace", spying_replace)
    save(path, SavedSelection(TargetingSelection()))
    assert seen == [(old_bytes, old_bytes)]


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_a_failed_save_leaves_the_old_file_and_no_litter(tmp_path, monkeypatch, failing):
    path = tmp_path / "plan.json"
    save(path, full_doc())
    before = path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class FullFile:
            def __init__(self, *a: Any, **k: Any) -> None:
                self._f = real_fdopen(*a, **k)

            def __enter__(self) -> FullFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self._f.close()

            def write(self, data: bytes) -> None:
                self._f.write(data[:10])
                disk_full()

        monkeypatch.setattr(document.os, "fdopen", FullFile)
    elif failing == "replace":
        real_replace = os.replace
        monkeypatch.setattr(
            document.os,
            "replace",
            lambda s, d: disk_full() if Path(d) == path else real_replace(s, d),
        )
    else:
        monkeypatch.setattr(document.os, "fsync", disk_full)
    with pytest.raises(DocumentError, match=r"Could not save plan\.json: No space left"):
        save(path, SavedSelection(TargetingSelection(), name="new"))
    assert path.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} <= {"plan.json", "plan.json.bak"}


def test_backup_falls_back_to_copying_where_hard_links_fail(tmp_path, monkeypatch):
    path = tmp_path / "plan.json"
    save(path, full_doc())

    def no_links(*a: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(document.os, "link", no_links)
    save(path, SavedSelection(TargetingSelection()))
    assert load(tmp_path / "plan.json.bak") == full_doc()


def test_load_problems_are_plain_and_nothing_on_disk_changes(tmp_path: Path):
    with pytest.raises(DocumentError, match="There is no file at"):
        load(tmp_path / "missing.json")
    with pytest.raises(DocumentError, match="is a folder"):
        load(tmp_path)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b'{"format": "\xff\xfe"}')
    with pytest.raises(DocumentError, match="not UTF-8 text"):
        load(binary)
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "moment-gui.selection",\n', encoding="utf-8")
    with pytest.raises(DocumentError, match="ends unexpectedly"):
        load(damaged)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["binary.json", "damaged.json"]
    assert damaged.read_text(encoding="utf-8") == '{"format": "moment-gui.selection",\n'


def test_a_utf8_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(full_doc()).encode())
    assert load(path) == full_doc()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_says_permission_is_missing(tmp_path: Path):
    path = tmp_path / "locked.json"
    save(path, full_doc())
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match="not allowed to read"):
            load(path)
    finally:
        path.chmod(0o600)


def test_other_read_failures_are_document_errors(tmp_path, monkeypatch):
    def broken(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", broken)
    with pytest.raises(DocumentError, match=r"Could not read .*Input/output error"):
        load(tmp_path / "x.json")


def test_permission_error_is_reported_even_for_root(tmp_path, monkeypatch):
    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(DocumentError, match="not allowed to read"):
        load(tmp_path / "x.json")


# -- fuzz -----------------------------------------------------------------------------
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)
VALID = json.loads(dumps(full_doc()))


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


PATHS = [p for p in _paths(VALID) if p]


@st.composite
def mutated_docs(draw: st.DrawFn) -> str:
    obj = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        target = obj
        try:
            for step in path[:-1]:
                target = target[step]
            if draw(st.booleans()) and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = draw(_json)
        except (KeyError, IndexError, TypeError):
            continue
    return json.dumps(obj)


def _only_document_errors(text: str) -> None:
    try:
        doc = loads(text)
    except DocumentError as e:
        assert str(e) and "\n" not in str(e)
    else:
        again = loads(dumps(doc))  # whatever was accepted saves and reopens the same
        assert again.selection == doc.selection and again.name == doc.name


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_docs())
def test_mutated_documents_raise_only_document_error(text: str):
    _only_document_errors(text)


@settings(max_examples=200)
@given(st.text(max_size=40) | _json.map(json.dumps))
def test_random_text_and_json_raise_only_document_error(text: str):
    _only_document_errors(text)


@settings(max_examples=200)
@given(_json)
def test_random_json_with_the_right_header_raises_only_document_error(body: Any):
    _only_document_errors(json.dumps({"format": FORMAT, "version": 1, "selection": body}))
    _only_document_errors(json.dumps({"format": FORMAT, "version": 0, "fragment": body}))
