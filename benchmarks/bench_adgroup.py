"""The ad-group round trip (issue 11): building the PUT body, and open → preview → apply → read
back over real HTTP against the simulator on loopback.

Run: python -m benchmarks.bench_adgroup [runs]. Prints numbers; never asserts. The 5-s edit
limit is switched off on both sides here: it measures the work, not Kakao's wait.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import statistics
import sys
import time
from typing import Any

from moment_gui.api.client import MomentClient
from moment_gui.api.pacing import EditPacer
from moment_gui.domain.adgroup import selection_from_ad_group
from moment_gui.domain.adgroup_put import build_put_body
from moment_gui.domain.selection import AudienceKind, Inclusion
from moment_gui.services.adgroups import AdGroupService
from moment_gui.simulator import DEMO_TOKEN, SimulatorState, create_app
from moment_gui.simulator.server import run_in_thread

GROUP = 800101


def big_ad_group(state: SimulatorState) -> dict[str, Any]:
    """The demo ad group with 1,000 동 and 200 audience items (the sizes Kakao allows)."""
    group = copy.deepcopy(state.ad_groups[GROUP])
    targeting = group["targeting"]
    targeting["locations"], targeting["depth2Locations"] = [], []
    targeting["depth3Locations"] = copy.deepcopy(state.depth3[:1000])
    targeting["cohortTargetings"] = [
        {"cohortId": n, "inclusionType": "INCLUDE"} for n in range(1, 151)
    ]
    targeting["trackerTargetings"] = [
        {
            "id": n,
            "trackId": "383",
            "inclusionType": "EXCLUDE",
            "trackerTargetingTerms": ["ONE_MONTH"],
            "eventCode": f"E{n}",
            "trackRuleId": "*",
        }
        for n in range(50)
    ]
    return group


def timed(fn: Any, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def round_trip_ms(base_url: str, runs: int) -> list[float]:
    async def go() -> list[float]:
        client = MomentClient(DEMO_TOKEN, 1234, base_url=base_url, edit_pacer=EditPacer(0.0))
        service = AdGroupService(client)
        out = []
        async with client:
            for n in range(runs):
                start = time.perf_counter()
                opened = await service.open(1234, GROUP)
                picks = opened.selection
                cohort = picks.audiences_of(AudienceKind.COHORT)[0]
                flipped = Inclusion.EXCLUDE if n % 2 == 0 else Inclusion.INCLUDE
                picks = picks.with_audience(dataclasses.replace(cohort, inclusion=flipped))
                preview = await service.preview_apply(opened.origin, picks)
                result = await service.apply(preview)
                assert result.matches
                out.append((time.perf_counter() - start) * 1000)
        return out

    return asyncio.run(go())


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    state = SimulatorState.demo()
    group = big_ad_group(state)
    sel = selection_from_ad_group(group, None)
    median, p99 = timed(lambda: build_put_body(group, sel, group), runs)
    print(f"PUT body, 1,000 regions + 200 audiences: median {median:.2f} ms, p99 {p99:.2f} ms")
    state.edit_interval_s = 0.0
    base_url, stop = run_in_thread(create_app(state))
    try:
        times = sorted(round_trip_ms(base_url, runs))
    finally:
        stop()
    print(
        "open → preview → apply → read back over HTTP (5 requests): "
        f"median {statistics.median(times):.1f} ms, p99 {times[int(len(times) * 0.99) - 1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
