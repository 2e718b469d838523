"""How long one lookup-cache put+get and one catalogue put+get take (decides threading).

Run: python benchmarks/bench_cache.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from moment_gui.store.cache import LookupCache


def _lookup_payload(n: int) -> list[dict[str, str]]:
    return [
        {
            "value": f"I{1000 + i}",
            "description": f"서울특별시 구{i}",
            "depth1Name": "서울특별시",
            "depth2Name": f"구{i}",
        }
        for i in range(n)
    ]


def _median_ms(action: object, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cache = LookupCache(Path(tmp) / "bench.sqlite3")
        small = _lookup_payload(200)
        catalogue = {"regions": _lookup_payload(4000)}

        def lookup() -> None:
            cache.put("depth2", {"keyword": "서울"}, 1234, small)
            cache.get("depth2", {"keyword": "서울"}, 1234)

        def whole_catalogue() -> None:
            cache.put_catalogue(catalogue, datetime.now(UTC))
            cache.get_catalogue()

        print(f"lookup put+get (200 objects): {_median_ms(lookup, 200):.3f} ms median")
        print(f"catalogue put+get (4000 regions): {_median_ms(whole_catalogue, 30):.2f} ms median")
        cache.close()


if __name__ == "__main__":
    main()
