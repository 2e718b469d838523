"""Time to export a large selection: 1,000 regions and 200 audiences (target: ≤ 5 ms median).

Run: python benchmarks/bench_export.py [runs]. Prints numbers; never asserts.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)


def big_selection() -> TargetingSelection:
    regions = [
        RegionPick(f"I{i:04d}{j:04d}", f"서울특별시 구{i}", "서울특별시", f"구{i}", f"동{j}")
        for i in range(100)
        for j in range(10)
    ]
    kinds = [k for k in AudienceKind if k is not AudienceKind.PIXEL_EVENT]
    audiences = [
        AudiencePick(kinds[n % len(kinds)], str(n), Inclusion.INCLUDE, f"audience {n}")
        for n in range(150)
    ]
    audiences += [
        AudiencePick(
            AudienceKind.PIXEL_EVENT,
            pixel_event_key("383", f"E{n}", "*"),
            Inclusion.EXCLUDE,
            f"event {n}",
            track_id="383",
            event_code=f"E{n}",
            track_rule_id="*",
            term=30,
        )
        for n in range(50)
    ]
    return TargetingSelection(regions=tuple(regions), audiences=tuple(audiences))


def measure(label: str, fn: object, runs: int) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{label:<32} median {statistics.median(times):6.2f} ms   p99 {p99:6.2f} ms")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    sel = big_selection()
    print(f"{len(sel.regions)} regions, {len(sel.audiences)} audiences, {runs} runs")
    measure("to_fragment", lambda: to_fragment(sel), runs)
    measure(
        "to_fragment + compact json.dumps",
        lambda: json.dumps(to_fragment(sel), ensure_ascii=False),
        runs,
    )
    # indent= switches json to its pure-Python encoder: this is the pretty CLI/preview cost.
    measure(
        "to_fragment + indented json.dumps",
        lambda: json.dumps(to_fragment(sel), ensure_ascii=False, indent=2),
        runs,
    )


if __name__ == "__main__":
    main()
