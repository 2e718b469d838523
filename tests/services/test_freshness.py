"""'cached 3 h ago' is worded once: the English for the CLI and the Message the UI translates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from moment_gui.services.freshness import freshness
from moment_gui.services.lookups import LookupResult, Source

NOW = datetime(2026, 3, 2, 12, 0).astimezone()


@pytest.mark.parametrize(
    ("age", "english"),
    [
        (timedelta(seconds=5), "cached just now"),
        (timedelta(minutes=5), "cached 5 min ago"),
        (timedelta(hours=3, minutes=10), "cached 3 h ago"),
        (timedelta(days=1, hours=2), "cached 1 day ago"),
        (timedelta(days=3), "cached 3 days ago"),
    ],
)
def test_cached_ages(age: timedelta, english: str):
    words = freshness("cache", NOW, NOW - age)
    assert str(words) == english == Source.CACHE.describe(NOW, NOW - age)
    assert words.context == "PanelStatus"


def test_naive_and_aware_times_compare_in_local_time():
    naive_then = (NOW - timedelta(hours=2)).replace(tzinfo=None)
    assert str(freshness("cache", NOW, naive_then)) == "cached 2 h ago"
    assert str(freshness("cache", NOW.replace(tzinfo=None), NOW - timedelta(hours=2))) == (
        "cached 2 h ago"
    )


def test_a_result_says_where_it_came_from():
    result = LookupResult((), Source.DEMO, NOW)
    assert str(result.words(NOW)) == result.describe(NOW) == "demo data"
    assert str(Source.CACHE.words(NOW)) == "cached"
