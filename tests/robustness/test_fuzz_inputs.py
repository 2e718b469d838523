"""Fuzz every input a planner controls: saved files, pasted fragments, region search text.

Each property says: whatever comes in, the code answers with a result or its one plain
error type (DocumentError / FragmentError), never anything else. Examples per property:
FUZZ_EXAMPLES (300 by default; MOMENT_GUI_STRESS=1 → 3,000; MOMENT_GUI_FUZZ_EXAMPLES=N)
and a tenth of that through the real search box. Each test prints how many inputs it tried.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import qasync
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.document import DocumentError, SavedSelection, dumps, loads
from moment_gui.domain.fragment import FragmentError, parse_fragment_text, to_fragment
from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.simulator.data import resources_dir

STRESS = bool(os.environ.get("MOMENT_GUI_STRESS"))
FUZZ_EXAMPLES = int(os.environ.get("MOMENT_GUI_FUZZ_EXAMPLES", "3000" if STRESS else "300"))
UI_EXAMPLES = max(10, FUZZ_EXAMPLES // 10)
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

# Search text: Hangul syllables and jamo, Latin, digits, spaces and control characters.
SEARCH_CHARS = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    st.characters(min_codepoint=0x3131, max_codepoint=0x318E),
    st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),
    st.characters(codec="utf-8"),
    st.sampled_from(list("\x00\t\n\r\x0b\x0c\x1b\u200b\ufeff\u202e ")),
)


def search_text(max_repeat: int) -> st.SearchStrategy[str]:
    """Typed text, or a drawn piece pasted up to `max_repeat` times (very long strings)."""
    piece = st.text(SEARCH_CHARS, min_size=1, max_size=20)
    return st.one_of(
        st.text(SEARCH_CHARS, max_size=40),
        st.builds(lambda s, n: s * n, piece, st.integers(2, max_repeat)),
    )


SEARCH_TEXT = search_text(2000)  # up to ~40,000 characters
PASTED_TEXT = search_text(100)  # up to ~2,000 characters: a paste into the search box
HUGE_PASTE = "서울 강남구 " * 8000  # 56,000 characters
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


@cache
def sample_selection() -> TargetingSelection:
    regions = tuple(
        RegionPick(f"I{i:04d}", f"서울특별시 구{i}", "서울특별시", f"구{i}") for i in range(5)
    )
    audiences = tuple(
        AudiencePick(kind, str(n), Inclusion.INCLUDE, f"audience {n}")
        for n, kind in enumerate(k for k in AudienceKind if k is not AudienceKind.PIXEL_EVENT)
    )
    campaign = CampaignContext(CampaignType.DISPLAY, Goal.VISITING)
    return TargetingSelection(campaign=campaign, regions=regions, audiences=audiences)


@cache
def real_catalogue() -> RegionCatalogue:
    data = json.loads((resources_dir() / "data" / "regions.json").read_text(encoding="utf-8"))
    picks = [region_pick_from_json(o) for k in ("depth1", "depth2", "depth3") for o in data[k]]
    return RegionCatalogue.from_picks(picks)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, (*prefix, i))


def _replace_at(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(obj))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


@st.composite
def mutated_json_text(draw: st.DrawFn, valid: Any) -> str:
    """A valid document/fragment with one value replaced, a key dropped, or the text cut."""
    how = draw(st.sampled_from(["replace", "truncate", "garbage", "drop"]))
    text = json.dumps(valid, ensure_ascii=False)
    if how == "truncate":
        return text[: draw(st.integers(0, len(text)))]
    if how == "garbage":
        return draw(st.text(max_size=200))
    path = draw(st.sampled_from(list(_paths(valid))))
    if how == "drop" and path:
        parent = json.loads(text)  # a fresh copy: `valid` is shared by every example
        node = parent
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
        return json.dumps(parent, ensure_ascii=False)
    return json.dumps(_replace_at(valid, path, draw(JSON_VALUE)), ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.timeout(120 + FUZZ_EXAMPLES // 10)
def test_any_saved_file_text_loads_or_says_it_is_damaged() -> None:
    valid = json.loads(dumps(SavedSelection(selection=sample_selection(), ad_account_id=1234)))
    tried = {"n": 0, "loaded": 0}

    @FUZZ
    @given(mutated_json_text(valid))
    def check(text: str) -> None:
        tried["n"] += 1
        try:
            doc = loads(text)
        except DocumentError as exc:
            assert str(exc)
            return
        tried["loaded"] += 1
        assert isinstance(doc.selection, TargetingSelection)

    check()
    print(f"saved files: {tried['n']} inputs tried, {tried['loaded']} loaded, rest DocumentError")
    assert tried["n"] >= min(FUZZ_EXAMPLES, 50)


@pytest.mark.slow
@pytest.mark.timeout(120 + FUZZ_EXAMPLES // 10)
def test_any_pasted_fragment_imports_or_says_why_not() -> None:
    valid = to_fragment(sample_selection())
    tried = {"n": 0, "imported": 0}

    @FUZZ
    @given(mutated_json_text(valid))
    def check(text: str) -> None:
        tried["n"] += 1
        try:
            sel = parse_fragment_text(text)
        except FragmentError as exc:
            assert str(exc)
            return
        tried["imported"] += 1
        assert isinstance(sel, TargetingSelection)

    check()
    print(f"fragments: {tried['n']} inputs tried, {tried['imported']} imported, rest FragmentError")
    assert tried["n"] >= min(FUZZ_EXAMPLES, 50)


@pytest.mark.slow
@pytest.mark.timeout(120 + FUZZ_EXAMPLES // 10)
def test_catalogue_search_takes_any_text() -> None:
    catalogue = real_catalogue()
    tried = {"n": 0, "hits": 0}

    @FUZZ
    @given(SEARCH_TEXT, st.integers(1, 100))
    def check(query: str, limit: int) -> None:
        tried["n"] += 1
        hits = catalogue.search(query, limit)
        assert len(hits) <= limit
        for hit in hits:
            for start, end in hit.spans:
                assert 0 <= start <= end <= len(hit.pick.display_path)
        tried["hits"] += bool(hits)

    check()
    print(f"catalogue search: {tried['n']} queries tried, {tried['hits']} with hits")
    assert tried["n"] >= min(FUZZ_EXAMPLES, 50)


@pytest.mark.slow
@pytest.mark.timeout(120 + FUZZ_EXAMPLES // 10)
def test_region_search_box_takes_any_text(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    from moment_gui.app import create_demo_window

    window = create_demo_window()
    qtbot.addWidget(window)
    window.show()
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=15000)
    window.ctx.set_catalogue(real_catalogue())
    panel = window.region_panel
    panel.search._timer.setInterval(0)  # skip the 400 ms typing pause: same path, less waiting
    tried = {"n": 0}

    @settings(FUZZ, max_examples=UI_EXAMPLES)
    @given(PASTED_TEXT)
    def check(text: str) -> None:
        tried["n"] += 1
        panel.search_box.setText(text)
        qtbot.waitUntil(lambda: not panel.search.pending, timeout=10000)

    try:
        check()
        panel.search_box.clear()
    finally:
        window.close_guards.clear()
        window.close()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors[0].getMessage()
    print(f"region search box: {tried['n']} texts typed, no error")
    assert tried["n"] >= min(UI_EXAMPLES, 10)


def test_region_search_box_survives_a_huge_paste(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    from moment_gui.app import create_demo_window

    window = create_demo_window()
    qtbot.addWidget(window)
    window.show()
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=15000)
    panel = window.region_panel
    try:
        panel.search_box.setText(HUGE_PASTE)
        qtbot.waitUntil(lambda: not panel.search.pending, timeout=10000)
    finally:
        window.close_guards.clear()
        window.close()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors[0].getMessage()
