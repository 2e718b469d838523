"""Time to match a pasted 1,000-line region list (target: the whole command under 1 s).

Run: python -m benchmarks.bench_region_match [--runs N]. Prints numbers; never asserts.

The list is built from the demo region list in the forms planners paste: full paths
("서울 강남구 역삼1동"), district + 동 ("분당구 정자1동"), bare districts ("해운대구", "중구":
ambiguous), 법정동 names ("역삼동"), CSV rows, and a few typos that match nothing. Measured:
matching alone in this process (CPU time, the matcher built once), and `moment-gui
regions-match --demo` end to end as a new process (Python start, demo region list, matching,
printing): wall time and the child's CPU time, which a loaded machine inflates less.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from moment_gui.demo import demo_catalogue
from moment_gui.domain.region_match import MatchStatus, RegionListMatcher
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.domain.selection import RegionLevel

ROOT = Path(__file__).resolve().parents[1]


def planner_list(catalogue: RegionCatalogue, lines: int = 1000, seed: int = 13) -> str:
    rng = random.Random(seed)
    dongs = [p for p in catalogue if p.level == RegionLevel.DEPTH3]
    districts = [p for p in catalogue if p.level == RegionLevel.DEPTH2]
    short = {"서울특별시": "서울", "부산광역시": "부산", "경기도": "경기", "충청북도": "충북"}
    out = []
    for n in range(lines):
        form = n % 10
        dong = rng.choice(dongs)
        d1, d2, d3 = dong.path
        if form in (0, 1, 2):
            out.append(f"{short.get(d1, d1)} {d2} {d3}")
        elif form in (3, 4):
            out.append(f"{d2.split()[-1]} {d3}")
        elif form == 5:
            out.append(rng.choice(districts).path[-1].split()[-1])
        elif form == 6:
            out.append(f'{n},"{d1} {d2}",{rng.randint(1, 9) * 100}')
        elif form == 7:
            out.append(f"{d1}\t{d2}\t{d3}")
        elif form == 8:
            out.append(f"{d2} {re.sub('제?1동$', '동', d3)}")
        else:
            out.append(f"{d3}x" if n % 20 == 9 else d3)
    return "\ufeff지역\n" + "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    catalogue = demo_catalogue()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    matcher = RegionListMatcher(catalogue)
    build_s = time.perf_counter() - started
    text = planner_list(catalogue)
    times = []
    for _ in range(args.runs):
        started = time.process_time()
        results = matcher.match_lines(text)
        times.append(time.process_time() - started)
    counts = {s: sum(r.status is s for r in results) for s in MatchStatus}
    print(f"list: {len(results)} lines, " + ", ".join(f"{n} {s.value}" for s, n in counts.items()))
    print(f"demo region list load {load_s * 1000:.0f} ms, matcher build {build_s * 1000:.0f} ms")
    print(f"match 1,000 lines median {statistics.median(times) * 1000:.1f} ms CPU")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.csv"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT), MOMENT_GUI_HOME=tmp)
        walls, cpus = [], []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "moment_gui", "regions-match", "--demo", str(path)],
                capture_output=True,
                env=env,
                cwd=ROOT,
            )
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if done.returncode not in (0, 1):
                raise SystemExit(done.stderr.decode(errors="replace"))
    print(
        f"regions-match --demo 1,000 lines wall median {statistics.median(walls):.2f} s, "
        f"CPU median {statistics.median(cpus):.2f} s; load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
