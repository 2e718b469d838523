"""Cold start: every panel of the demo window loaded, with 300 ms added to each request.

The demo window's own wiring (real client, services, panels) over the in-process simulator
with `FaultConfig(latency_s=0.3)`. Panels load in parallel, so `window.load_all()` should take
about one round trip, not one per request. Target: ≤ 1.3 × 300 ms = 390 ms.

Every run starts with an empty lookup cache (its own MOMENT_GUI_HOME). The counted runs have
the settings a planner has after one session: the last tracker and Kakao Talk channel of the
ad account, so their events and friend groups go out with the lists. A first-ever start
(nothing remembered: the events wait for the tracker list, the groups for the channel list)
is reported on its own line; an uncounted first run pays the process's imports.

    python -m benchmarks.bench_parallel_load [--runs 5] [--latency 0.3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

LATENCY_S = 0.3
TARGET_FACTOR = 1.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency", type=float, default=LATENCY_S)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import qasync
    from PySide6.QtWidgets import QApplication

    from moment_gui.app import create_demo_window
    from moment_gui.simulator import SimulatorState
    from moment_gui.simulator.state import FaultConfig
    from moment_gui.store.settings import Settings
    from moment_gui.ui.widgets.panel_status import PanelStatus

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # several windows in turn, one loop
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    times: list[float] = []
    requests: list[int] = []
    remembered: dict[str, dict[str, str]] = {}

    async def one_run(first_ever: bool) -> float:
        home = Path(tempfile.mkdtemp(prefix="bench-cold-"))
        os.environ["MOMENT_GUI_HOME"] = str(home)  # an empty cache every run
        settings = Settings.load()
        settings.choices = {scope: dict(c) for scope, c in remembered.items()}
        world = SimulatorState.demo()
        world.faults = FaultConfig(latency_s=args.latency)
        window = create_demo_window(settings=settings, world=world)
        window.show()
        await asyncio.sleep(0.05)  # first paint out of the way
        start = time.perf_counter()
        await window.load_all()
        took = time.perf_counter() - start
        requests.append(len(world.requests))
        failed = [s.text for s in window.findChildren(PanelStatus) if s.is_error]
        if failed:
            raise SystemExit(f"a panel failed to load: {failed[0]}")
        if first_ever:
            remembered.update(settings.choices)
        window.ctx.cancel_all()
        window.close_guards.clear()
        window.close()
        await asyncio.sleep(0.05)
        return took

    first: list[float] = []

    async def all_runs() -> None:
        await one_run(first_ever=True)  # uncounted: pays this process's imports
        remembered_now = dict(remembered)
        remembered.clear()
        first.append(await one_run(first_ever=True))
        remembered.update(remembered_now)
        for _ in range(args.runs):
            times.append(await one_run(first_ever=False))

    with loop:
        loop.run_until_complete(all_runs())
    if not remembered:
        raise SystemExit("the first run remembered no tracker or channel")
    median = statistics.median(times)
    target = TARGET_FACTOR * args.latency
    verdict = "meets" if median <= target else "misses"
    print(f"latency per request {args.latency * 1000:.0f} ms; {requests[0]} requests per load")
    print(f"runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms")
    print(
        f"parallel load median {median * 1000:.0f} ms = {median / args.latency:.2f}x latency "
        f"({verdict} the {TARGET_FACTOR}x = {target * 1000:.0f} ms target)"
    )
    print(
        f"ratio cold start all panels loaded/latency {median / args.latency:.2f}x "
        f"(remembered tracker and channel, empty cache; median of {args.runs})"
    )
    print(
        f"first-ever start (nothing remembered) {first[0] * 1000:.0f} ms = "
        f"{first[0] / args.latency:.2f}x latency"
    )


if __name__ == "__main__":
    main()
