"""Parallel panel loading: every panel of the demo window with 300 ms added to each request.

The demo window's own wiring (real client, services, panels) over the in-process simulator
with `FaultConfig(latency_s=0.3)`. Panels load in parallel, so `window.load_all()` should take
about one round trip, not one per request. Target: ≤ 1.3 × 300 ms = 390 ms.

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

LATENCY_S = 0.3
TARGET_FACTOR = 1.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency", type=float, default=LATENCY_S)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MOMENT_GUI_HOME"] = tempfile.mkdtemp(prefix="bench-parallel-")

    import qasync
    from PySide6.QtWidgets import QApplication

    from moment_gui.app import create_demo_window
    from moment_gui.simulator import SimulatorState
    from moment_gui.simulator.state import FaultConfig
    from moment_gui.ui.widgets.panel_status import PanelStatus

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # several windows in turn, one loop
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    times: list[float] = []
    requests: list[int] = []

    async def one_run() -> None:
        world = SimulatorState.demo()
        world.faults = FaultConfig(latency_s=args.latency)
        window = create_demo_window(world=world)
        window.show()
        await asyncio.sleep(0.05)  # first paint out of the way
        start = time.perf_counter()
        await window.load_all()
        times.append(time.perf_counter() - start)
        requests.append(len(world.requests))
        failed = [s.text for s in window.findChildren(PanelStatus) if s.is_error]
        if failed:
            raise SystemExit(f"a panel failed to load: {failed[0]}")
        window.ctx.cancel_all()
        window.close_guards.clear()
        window.close()
        await asyncio.sleep(0.05)

    async def all_runs() -> None:
        for _ in range(args.runs):
            await one_run()

    with loop:
        loop.run_until_complete(all_runs())
    median = statistics.median(times)
    target = TARGET_FACTOR * args.latency
    verdict = "meets" if median <= target else "misses"
    print(f"latency per request {args.latency * 1000:.0f} ms; {requests[0]} requests per load")
    print(f"runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms")
    print(
        f"parallel load median {median * 1000:.0f} ms = {median / args.latency:.2f}x latency "
        f"({verdict} the {TARGET_FACTOR}x = {target * 1000:.0f} ms target)"
    )


if __name__ == "__main__":
    main()
