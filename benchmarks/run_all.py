"""Run every benchmark and print one table: measurement, result, target, met / not met.

    python -m benchmarks.run_all [--quick]

Each benchmark runs as its own process (as a planner's start-up would) and prints its own
numbers; this script reads those lines, so the table never holds a number nobody printed.
`--quick` uses fewer runs and scales 1×/10× only (for a smoke run, not for docs).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    what: str
    result: str
    target: str
    met: bool | None  # None: no target, reported for information

    @property
    def verdict(self) -> str:
        return "—" if self.met is None else ("met" if self.met else "NOT met")


def run(module: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    took = time.perf_counter() - started
    print(f"-- {module} {' '.join(args)} ({took:.0f} s)", file=sys.stderr)
    print(done.stdout, file=sys.stderr)
    if done.returncode != 0:
        raise SystemExit(f"{module} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def grab(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text, re.MULTILINE)
    if found is None:
        raise SystemExit(f"benchmark output changed: no line matching {pattern!r}\n{text}")
    return found


def startup_rows(runs: int) -> list[Row]:
    out = run("bench_startup", "--runs", str(runs))
    ratio = float(grab(r"ratio demo/bare ([\d.]+)x", out)[1])
    bare = grab(r"bare\s+first paint median ([\d.]+) s", out)[1]
    demo = grab(r"demo\s+first paint median ([\d.]+) s\s+RSS (\d+) MiB", out)
    warm = float(grab(r"ratio warm shown/first paint ([\d.]+)x", out)[1])
    times = grab(r"warm\s+first paint median ([\d.]+) s, every panel shown median ([\d.]+) s", out)
    how = grab(r"; shown ([^)]*)\)", out)[1]
    return [
        Row(
            "first paint, demo vs bare Qt window",
            f"ratio {ratio:.2f}x ({demo[1]} s vs {bare} s)",
            "≤ 1.5x",
            ratio <= 1.5,
        ),
        Row(
            "warm start: every panel shows cached data",
            f"ratio {warm:.2f}x of first paint ({times[2]} s vs {times[1]} s; {how})",
            "≤ 1.2x",
            warm <= 1.2,
        ),
        Row("resident memory after every panel loaded", f"{demo[2]} MiB", "—", None),
    ]


def search_rows(scales: str) -> list[Row]:
    out = run("bench_search", "--scales", scales)
    rows = []
    pattern = (
        r"^\s*(\d+)×\s+([\d,]+) regions\s+build\s+([\d.]+) s\s+memory \+\s*(\S+ MB)"
        r".*?wall p50\s+([\d.]+) p99\s+([\d.]+)"
    )
    for m in re.finditer(pattern, out, re.MULTILINE):
        factor, regions, build, memory, p50, p99 = m.groups()
        target = {"1": 5.0, "100": 50.0}.get(factor)
        rows.append(
            Row(
                f"search per keystroke at {factor}× ({regions} regions)",
                f"p50 {p50} ms, p99 {p99} ms",
                f"p99 ≤ {target:g} ms" if target else "—",
                float(p99) <= target if target else None,
            )
        )
        rows.append(
            Row(
                f"catalogue index build + memory at {factor}×",
                f"{build} s, +{memory}",
                "grows ~linearly",
                None,
            )
        )
    if not rows:
        raise SystemExit(f"bench_search printed no scale lines:\n{out}")
    return rows


def parallel_rows(runs: int) -> list[Row]:
    out = run("bench_parallel_load", "--runs", str(runs))
    m = grab(r"parallel load median (\d+) ms = ([\d.]+)x latency", out)
    first = grab(r"first-ever start \(nothing remembered\) (\d+) ms = ([\d.]+)x latency", out)
    # The old way, for comparison: the simulator's routing and JSON on the app's CPU.
    inproc_out = run("bench_parallel_load", "--runs", str(runs), "--in-process")
    inproc = grab(r"parallel load median (\d+) ms = ([\d.]+)x latency", inproc_out)
    return [
        Row(
            "cold start: all panels loaded, 300 ms per request (simulator in its own process)",
            f"ratio {m[2]}x of 300 ms ({m[1]} ms)",
            "≤ 1.3x (390 ms)",
            float(m[2]) <= 1.3,
        ),
        Row(
            "first-ever start (no tracker/channel remembered)",
            f"ratio {first[2]}x of 300 ms ({first[1]} ms)",
            "—",
            None,
        ),
        Row(
            "cold start, simulator on the app's own loop (its CPU counted as ours)",
            f"{inproc[2]}x of 300 ms ({inproc[1]} ms)",
            "—",
            None,
        ),
    ]


def requests_row() -> Row:
    out = run("bench_search_requests")
    sent = int(grab(r"server search requests sent: (\d+)", out)[1])
    return Row("server searches while typing one word", str(sent), "≤ 2", sent <= 2)


def export_row(runs: int) -> Row:
    out = run("bench_export", str(runs))
    m = grab(r"^to_fragment\s+median\s+([\d.]+) ms\s+p99\s+([\d.]+) ms", out)
    return Row(
        "export fragment, 1,000 regions + 200 audiences",
        f"median {m[1]} ms, p99 {m[2]} ms",
        "median ≤ 5 ms",
        float(m[1]) <= 5,
    )


def region_match_row(runs: int) -> Row:
    out = run("bench_region_match", "--runs", str(runs))
    m = grab(r"regions-match --demo 1,000 lines wall median ([\d.]+) s, CPU median ([\d.]+)", out)
    wall, cpu = m[1], m[2]
    match = grab(r"match 1,000 lines median ([\d.]+) ms", out)[1]
    return Row(
        "regions-match, 1,000-line list (whole command)",
        f"{wall} s wall, {cpu} s CPU (matching {match} ms)",
        "< 1 s",
        float(wall) < 1.0,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    rows = startup_rows(runs)
    rows += search_rows("1,10" if args.quick else "1,10,100")
    rows += parallel_rows(runs)
    rows.append(requests_row())
    rows.append(export_row(50 if args.quick else 300))
    rows.append(region_match_row(runs))
    load = os.getloadavg()
    width = max(len(r.what) for r in rows)
    res_w = max(len(r.result) for r in rows)
    tgt_w = max(len(r.target) for r in rows)
    print(f"| {'measurement':<{width}} | {'result':<{res_w}} | {'target':<{tgt_w}} | verdict |")
    print(f"|{'-' * (width + 2)}|{'-' * (res_w + 2)}|{'-' * (tgt_w + 2)}|---------|")
    for r in rows:
        print(f"| {r.what:<{width}} | {r.result:<{res_w}} | {r.target:<{tgt_w}} | {r.verdict:<7} |")
    print(f"\n{os.cpu_count()} cores; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print("The three start-up lines, as measured in this run:")
    for r in rows:
        if r.result.startswith("ratio") and r.met is not None:
            print(f"  {r.what}: {r.result.split(' (')[0]} (target {r.target})")


if __name__ == "__main__":
    main()
