"""Build the region catalogue against the in-process simulator: wall time and request count.

Run: python benchmarks/bench_catalogue_build.py [--concurrency N] [--latency SECONDS]
`--latency` adds simulated server latency per request (a real network is ~50-150 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from moment_gui.demo import make_demo_lookups
from moment_gui.services.catalogue_builder import build_catalogue
from moment_gui.simulator import SimulatorState
from moment_gui.store.cache import LookupCache


async def measure(concurrency: int, latency: float, cache: LookupCache | None) -> None:
    state = SimulatorState.demo()
    state.faults.latency_s = latency
    lookups = make_demo_lookups(cache, state)
    started = time.perf_counter()
    catalogue = await build_catalogue(lookups, concurrency=concurrency)
    elapsed = time.perf_counter() - started
    await lookups.client.aclose()  # type: ignore[attr-defined]
    print(
        f"concurrency={concurrency} latency={latency * 1000:.0f} ms "
        f"cache={'on' if cache else 'off'}: {len(catalogue)} regions, "
        f"{len(state.requests)} requests, {elapsed:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, nargs="*", default=[1, 4, 8])
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.concurrency:
            asyncio.run(measure(n, args.latency, None))
            asyncio.run(measure(n, args.latency, LookupCache(Path(tmp) / f"c{n}.sqlite3")))


if __name__ == "__main__":
    main()
