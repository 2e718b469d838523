"""Per-keystroke region search latency, catalogue build time and memory at 1×, 10×, 100×.

Typing is replayed the way a 2-beolsik IME shows it (ㄴ, 노, 논, 놚, 논혀, 논현, 논현1, …), so
half-typed syllables are measured, not only whole words. Targets (issue 3): p99 ≤ 5 ms at 1×,
p99 ≤ 50 ms at 100×. Numbers are printed; nothing here asserts on time.

Run: python -m benchmarks.bench_search [--scales 1,10,100] [--limit 50]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from moment_gui.domain import hangul
from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
from moment_gui.domain.selection import RegionPick

REGIONS_JSON = Path(__file__).resolve().parent.parent / "resources" / "data" / "regions.json"

# Words planners type; each is replayed keystroke by keystroke.
TYPED_WORDS = [
    "논현1동",
    "강남구",
    "수원시 장안구",
    "세종특별자치시",
    "제주특별자치도",
    "해운대구",
    "분당구",
    "역삼1동",
    "광주광역시",
    "의정부시",
    "춘천시",
    "서울 강남구",
    "강남구 논현",
    "ㄱㄴㄱ",
    "ㅅㅇㅅ",
    "ㅎㅇㄷ",
    "닭",
    "gangnam",
    "1동",
]

_COMPOUND_VOWELS = {
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
}
_JOIN_VOWEL = {v: k for k, v in _COMPOUND_VOWELS.items()}
_JOIN_FINAL = {a + b: double for double, (a, b) in hangul.DOUBLE_FINALS.items()}


def ime_states(word: str) -> list[str]:
    """What the search box holds after each keystroke of a 2-beolsik IME typing `word`."""
    keys: list[str] = []
    for ch in word:
        parts = hangul.decompose(ch)
        if parts is None:
            keys.append(ch)
            continue
        cho, jung, jong = parts
        keys += [cho, *_COMPOUND_VOWELS.get(jung, jung)]
        keys += list("".join(hangul.DOUBLE_FINALS.get(jong, (jong,))))
    done, cur = "", ["", "", ""]  # committed text; the syllable being composed
    states = []
    for k in keys:
        if k in hangul.CHOSEONG or k in hangul.DOUBLE_FINALS:
            if cur[1] and not cur[2] and k in hangul.JONGSEONG.strip():
                cur[2] = k
            elif cur[2] and cur[2] + k in _JOIN_FINAL:
                cur[2] = _JOIN_FINAL[cur[2] + k]
            else:
                done, cur = done + _render(cur), [k, "", ""]
        elif k in hangul.JUNGSEONG:
            if cur[2]:  # the 종성 (or its second half) moves on to start the next syllable
                head, moved = hangul.DOUBLE_FINALS.get(cur[2], ("", cur[2]))
                done, cur = done + _render([cur[0], cur[1], head]), [moved, k, ""]
            elif cur[1] and cur[1] + k in _JOIN_VOWEL:
                cur[1] = _JOIN_VOWEL[cur[1] + k]
            elif cur[0] and not cur[1]:
                cur[1] = k
            else:
                done, cur = done + _render(cur), ["", k, ""]
        else:
            done, cur = done + _render(cur) + k, ["", "", ""]
        states.append(done + _render(cur))
    return states


def _render(cur: list[str]) -> str:
    cho, jung, jong = cur
    if cho and jung:
        return hangul.compose(cho, jung, jong)
    return cho + jung


def load_real_picks() -> list[RegionPick]:
    if not REGIONS_JSON.exists():
        raise SystemExit(f"{REGIONS_JSON} is missing: build it with scripts/build_demo_data.py")
    data = json.loads(REGIONS_JSON.read_text(encoding="utf-8"))
    return [region_pick_from_json(o) for k in ("depth1", "depth2", "depth3") for o in data[k]]


def scaled(picks: list[RegionPick], factor: int, seed: int = 7) -> list[RegionPick]:
    """`factor` copies of the catalogue; copies get other names drawn from the real
    syllables (so match rates stay realistic) and keys of Kakao's shape under new letters."""
    rng = random.Random(seed)
    syllables = sorted({c for p in picks for n in p.path for c in n if hangul.is_syllable(c)})
    out = list(picks)
    for copy in range(1, factor):
        rename = _renamer(rng, syllables)
        for p in picks:
            head = f"{p.value[0]}{copy:03d}"
            out.append(
                replace(
                    p,
                    value=head + p.value[1:],
                    depth1_name=rename(p.depth1_name),
                    depth2_name=rename(p.depth2_name) if p.depth2_name else None,
                    depth3_name=rename(p.depth3_name) if p.depth3_name else None,
                )
            )
    return out


def _renamer(rng: random.Random, syllables: list[str]) -> Callable[[str], str]:
    """Consistent new names within one copy, so children still sit under their parent."""
    renamed: dict[str, str] = {}

    def rename(name: str) -> str:
        if name not in renamed:
            renamed[name] = "".join(rng.choice(syllables) for _ in range(2)) + name[-1]
        return renamed[name]

    return rename


def _rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _keystrokes(catalogue_words: list[str]) -> Iterator[str]:
    for word in TYPED_WORDS + catalogue_words:
        yield from ime_states(word)


def measure(picks: list[RegionPick], label: str, words: list[str], limit: int) -> None:
    gc.collect()
    before = _rss_mb()
    start = time.perf_counter()
    catalogue = RegionCatalogue.from_picks(picks)
    build_s = time.perf_counter() - start
    after = _rss_mb()
    memory = f"{after - before:.0f} MB" if before is not None and after is not None else "n/a"
    wall, cpu = [], []
    for query in _keystrokes(words):
        # Best of 3: on a shared machine one sample measures the neighbours as much as us.
        runs = []
        for _ in range(3):
            t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
            catalogue.search(query, limit)
            runs.append(((time.perf_counter_ns() - t0) / 1e6, (time.thread_time_ns() - c0) / 1e6))
        wall.append(min(r[0] for r in runs))
        cpu.append(min(r[1] for r in runs))
    print(
        f"{label:>5}  {len(catalogue):>8,} regions  build {build_s:6.2f} s  "
        f"memory +{memory:>7}  {len(wall):>4} keystrokes  "
        f"wall {_percentiles(wall)}  cpu {_percentiles(cpu)}"
    )


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered):5.2f} p99 {p99:6.2f} max {ordered[-1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated multiples")
    parser.add_argument("--limit", type=int, default=50, help="results per search")
    args = parser.parse_args()
    real = load_real_picks()
    rng = random.Random(11)
    # Real leaf names too, so typing covers the whole catalogue, not a hand-picked few.
    words = [p.path[-1] for p in rng.sample(real, 60)]
    print(f"search limit {args.limit}; keystrokes of {len(TYPED_WORDS) + len(words)} words")
    for factor in (int(s) for s in args.scales.split(",")):
        measure(scaled(real, factor), f"{factor}×", words, args.limit)


if __name__ == "__main__":
    main()
