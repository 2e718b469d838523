"""The search index behind `RegionCatalogue.search`: entry texts joined into long strings,
scanned with C-speed `str.find` in rank order.

A query compiles into a few `hangul.Pattern`s (`강남구` → 강남 followed by 구/궈/궤/귀). A scan
finds candidates with one needle and verifies them with `Pattern.match_at`. Scanning a
379,800-entry catalogue costs ~1 ms per pass over the leaf names even when nothing matches,
so patterns that share a selective needle (강남) are verified together in one pass instead
of one pass each; patterns whose only shared run is common (a lone ㅅ) keep their own
needles. The result is the same either way, only the cost differs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from moment_gui.domain import hangul

SEP = "\x00"  # between joined entries; never survives query normalisation

# A candidate costs about as much Python time as `find` sweeping this many characters
# (~0.5 µs vs ~0.8 ns per character), which prices one pass against another.
_CANDIDATE_COST = 1000.0


class Joined:
    """Entry texts joined as SEP t0 SEP t1 … SEP (norm, cv, cho), with entry start offsets."""

    def __init__(self, norm: list[str], cv: list[str], cho: list[str]) -> None:
        self.strings = tuple(SEP + SEP.join(texts) + SEP for texts in (norm, cv, cho))
        # A list, not an array: `bisect` on a list is twice as fast (no int boxing per probe).
        self.starts = list(accumulate((len(t) + 1 for t in norm[:-1]), initial=1))
        if not norm:
            self.starts = []

    def owner(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1


@dataclass(frozen=True)
class Scan:
    """One pass over joined entries in rank order; stops after `need` matching entries."""

    joined: Joined
    anchored: bool
    bits: hangul.Bits
    anchor_bits: float

    def first(
        self, patterns: Sequence[hangul.Pattern], skip: Mapping[int, object], need: int
    ) -> list[tuple[int, int, int]]:
        """The first `need` entries not in `skip` that any pattern matches: (entry, start, end),
        the earliest start in the entry (the earlier pattern on a tie)."""
        if not patterns or need <= 0:
            return []
        merged: dict[int, tuple[int, int]] = {}
        for group, (which, needle, offset) in self._plan(patterns):
            for i, start, end in self._one(group, which, needle, offset, skip, need):
                if i not in merged or start < merged[i][0]:
                    merged[i] = (start, end)
        return [(i, *merged[i]) for i in sorted(merged)[:need]]

    def _plan(
        self, patterns: Sequence[hangul.Pattern]
    ) -> list[tuple[tuple[hangul.Pattern, ...], tuple[int, str, int]]]:
        """One pass for all patterns when their shared needle is cheaper than a pass each."""
        alone = [
            hangul.shared_needle((p,), self.anchored, self.bits, self.anchor_bits) for p in patterns
        ]
        plans: list[tuple[tuple[hangul.Pattern, ...], tuple[int, str, int]]]
        plans = [((p,), n[:3]) for p, n in zip(patterns, alone, strict=True)]
        if len(patterns) == 1:
            return plans
        shared = hangul.shared_needle(patterns, self.anchored, self.bits, self.anchor_bits)
        if not shared[1]:
            return plans
        cost_alone = sum(1.0 + _CANDIDATE_COST * 2.0 ** -n[3] for n in alone)
        cost_shared = _CANDIDATE_COST * 2.0 ** -shared[3]
        if 1.0 + cost_shared < cost_alone:
            return [(tuple(patterns), shared[:3])]
        return plans

    def _one(
        self,
        group: tuple[hangul.Pattern, ...],
        which: int,
        needle: str,
        offset: int,
        skip: Mapping[int, object],
        need: int,
    ) -> list[tuple[int, int, int]]:
        strings = self.joined.strings
        anchored = self.anchored
        if anchored and offset == 0:
            needle, offset = SEP + needle, -1
        find = strings[which].find
        starts = self.joined.starts
        last = len(starts) - 1
        checks = [(p.width, p.runs) for p in group]
        out: list[tuple[int, int, int]] = []
        pos = find(needle)
        while pos != -1:
            start = pos - offset
            # Verify first (inline `Pattern.match_at`; the earlier pattern wins a tie), then
            # find the entry: most candidates fail, and the entry lookup costs more.
            end = -1
            if start > 0:
                for width, runs in checks:
                    for at_which, at, text in runs:
                        if not strings[at_which].startswith(text, start + at):
                            break
                    else:
                        end = start + width
                        break
            if end < 0:
                pos = find(needle, pos + 1)
                continue
            i = bisect_right(starts, start) - 1
            entry = starts[i]
            if anchored and start != entry:
                pos = find(needle, pos + 1)
                continue
            if i not in skip:
                out.append((i, start - entry, end - entry))
                if len(out) >= need:
                    break
            if i >= last:
                break
            pos = find(needle, max(pos + 1, starts[i + 1] + offset))
        return out


class PrefixIndex:
    """Entries sorted by text: the entries whose text starts with a prefix are one `bisect`
    range, instead of a `find` pass over the whole joined catalogue."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._order = sorted(range(len(texts)), key=texts.__getitem__)  # stable: rank order
        self._texts = [texts[i] for i in self._order]

    def first(self, prefix: str, skip: Mapping[int, object], need: int) -> list[int]:
        """The first `need` entries (in rank order) not in `skip` whose text starts with
        `prefix`."""
        if need <= 0 or not prefix:
            return []
        lo = bisect_left(self._texts, prefix)
        hi = bisect_left(self._texts, prefix + _MAX_CHAR, lo)
        return [i for i in sorted(self._order[lo:hi]) if i not in skip][:need]


_MAX_CHAR = chr(0x10FFFF)  # sorts after every character a name can hold
