"""Cold start: every panel of the demo window loaded, with 300 ms added to each request.

The demo window's own wiring (services, panels, lookup cache) with a real client over real
HTTP to the simulator served by a separate process (`python -m moment_gui.simulator
--latency 0.3` on 127.0.0.1): a planner's Kakao is not on their CPU, so the server's routing
and JSON encoding are not counted as the app's. `--in-process` measures the old way instead
(the simulator as an ASGI app on the app's own event loop, its CPU counted as ours).
Panels load in parallel, so `window.load_all()` should take about one round trip, not one
per request. Target: ≤ 1.3 × 300 ms = 390 ms.

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
import contextlib
import gc
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LATENCY_S = 0.3
TARGET_FACTOR = 1.3


@contextlib.contextmanager
def simulator_process(latency: float) -> Iterator[str]:
    """The simulator in its own process on a free loopback port; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "moment_gui.simulator", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--latency", str(latency)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if server.poll() is not None or time.monotonic() > deadline:
                err = server.stderr.read().decode() if server.stderr else ""
                raise SystemExit(f"the simulator did not start: {err}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency", type=float, default=LATENCY_S)
    parser.add_argument(
        "--in-process", action="store_true", help="the simulator on the app's own event loop"
    )
    parser.add_argument("--trace", action="store_true", help="when each request left and landed")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with contextlib.ExitStack() as stack:
        base_url = None if args.in_process else stack.enter_context(simulator_process(args.latency))
        measure(args, base_url)


def measure(args: argparse.Namespace, base_url: str | None) -> None:
    import httpx
    import qasync
    from PySide6.QtWidgets import QApplication

    from moment_gui.api.client import MomentClient
    from moment_gui.app import attach_controllers, build_window, create_demo_window
    from moment_gui.services.lookups import LookupService, Source
    from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState
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

    started = [0.0]

    class Counting(httpx.AsyncHTTPTransport):
        sent = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            Counting.sent += 1
            sent = time.perf_counter() - started[0]
            answer = await super().handle_async_request(request)
            if args.trace:
                answered = time.perf_counter() - started[0]
                path = "/".join(request.url.path.rsplit("/", 2)[-2:])
                print(f"  {path:40} sent {sent * 1000:4.0f} ms, answered {answered * 1000:4.0f} ms")
            return answer

    def window_over_server(settings: Settings) -> Any:
        """As `create_demo_window`, but the client talks HTTP to the simulator's process."""
        from moment_gui.store.cache import LookupCache

        def connect() -> MomentClient:
            return MomentClient(
                DEMO_TOKEN,
                DEMO_AD_ACCOUNT_ID,
                base_url=base_url or "",
                # Plain HTTP on loopback: no CA bundle to load (live, HTTPS pays ~20–60 ms here).
                transport=Counting(verify=False),
            )

        lookups = LookupService(cache=LookupCache(), source=Source.DEMO, connect=connect)
        lookups.ad_account_id = DEMO_AD_ACCOUNT_ID
        return build_window(lookups, "Demo data · simulator process", settings, demo=True)

    async def one_run(first_ever: bool) -> float:
        home = Path(tempfile.mkdtemp(prefix="bench-cold-"))
        os.environ["MOMENT_GUI_HOME"] = str(home)  # an empty cache every run
        settings = Settings.load()
        settings.choices = {scope: dict(c) for scope, c in remembered.items()}
        world: SimulatorState | None = None
        if base_url is None:
            world = SimulatorState.demo()
            world.faults = FaultConfig(latency_s=args.latency)
            window = create_demo_window(settings=settings, world=world)
        else:
            window = window_over_server(settings)
        window.show()
        await asyncio.sleep(0.05)  # first paint out of the way
        # The earlier runs' windows are garbage now: a planner's start has none of it, so it
        # is collected here rather than by a full collection inside the timed part.
        gc.collect()
        # As `app.launch` does: the controllers are attached once the first frame is painted,
        # while the requests travel (their imports are paid by the uncounted first run).
        window.after_cached.append(lambda: attach_controllers(window, demo=True))
        Counting.sent = 0
        start = started[0] = time.perf_counter()
        await window.load_all()
        took = time.perf_counter() - start
        requests.append(len(world.requests) if world is not None else Counting.sent)
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
    where = "in this process" if base_url is None else "in its own process, over HTTP"
    print(
        f"latency per request {args.latency * 1000:.0f} ms; {requests[-1]} requests per load; "
        f"simulator {where}"
    )
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
