"""Re-check a saved selection against current data: what was renamed, withdrawn or changed.

Kakao renames regions under the same key (강원도 → 강원특별자치도), withdraws keys, and
audiences get deleted or shrink between planning and launch. `recheck(sel, current)` compares
every pick with `CurrentData` (gathered by services.recheck from the live service or the
cache) and returns one `Finding` per thing that changed. Each finding carries one fix; nothing
is applied until a planner accepts it, and fixes read the selection they are given, so they
compose in any order ("accept all" is one fold).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from moment_gui.domain.diff import CATEGORY_TITLES
from moment_gui.domain.rules import USABLE_STATUS
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message

DEFAULT_THRESHOLD = 0.2  # a population moving more than ±20% is worth a look

Fix = Callable[[TargetingSelection], TargetingSelection]

# One item of each category, as the findings' sentences name it.
ITEM_WORDS: dict[str, str] = {
    "regions": QT_TRANSLATE_NOOP("Recheck", "Region"),
    "adServingCategories": QT_TRANSLATE_NOOP("Recheck", "Network category"),
    "sectionCategories": QT_TRANSLATE_NOOP("Recheck", "Section category"),
    AudienceKind.COHORT.value: QT_TRANSLATE_NOOP("Recheck", "Cohort"),
    AudienceKind.PIXEL_EVENT.value: QT_TRANSLATE_NOOP("Recheck", "Pixel & SDK event"),
    AudienceKind.CUSTOMER_FILE.value: QT_TRANSLATE_NOOP("Recheck", "Customer file"),
    AudienceKind.TALK_CHANNEL.value: QT_TRANSLATE_NOOP("Recheck", "Talk Channel"),
    AudienceKind.SYNC_PROFILE.value: QT_TRANSLATE_NOOP("Recheck", "Kakao Login profile"),
    AudienceKind.FRIEND_GROUP.value: QT_TRANSLATE_NOOP("Recheck", "Friend group"),
}

# The findings' sentences and fix labels, whole per case (Korean word order differs).
SAY: dict[str, str] = {
    "not_checked": QT_TRANSLATE_NOOP("Recheck", "Could not check {category}: {why}"),
    "region_renamed": QT_TRANSLATE_NOOP("Recheck", "Region {key} is now {new} (saved as {old})"),
    "region_gone": QT_TRANSLATE_NOOP("Recheck", "Region {name} ({key}) is no longer offered"),
    "region_moved": QT_TRANSLATE_NOOP(
        "Recheck", "Region {name} is no longer offered as {key}; the same name is now {new}"
    ),
    "renamed": QT_TRANSLATE_NOOP("Recheck", "{what} {key} is now called {new} (saved as {old})"),
    "gone": QT_TRANSLATE_NOOP("Recheck", "{what} {name} ({key}) is no longer offered"),
    "moved": QT_TRANSLATE_NOOP(
        "Recheck", "{what} {name} ({key}) is no longer offered; the same name is now {new}"
    ),
    "status": QT_TRANSLATE_NOOP("Recheck", "{what} {name} was {before} and is now {after}"),
    "status_unusable": QT_TRANSLATE_NOOP(
        "Recheck",
        "{what} {name} was {before} and is now {after}: it can no longer be targeted",
    ),
    "unknown": QT_TRANSLATE_NOOP("Recheck", "unknown"),
    "population": QT_TRANSLATE_NOOP(
        "Recheck", "{what} {name} population {before} → {after} ({change})"
    ),
    "new": QT_TRANSLATE_NOOP("Recheck", "new"),
    "fix_update_name": QT_TRANSLATE_NOOP("Recheck", "Update the name"),
    "fix_remove": QT_TRANSLATE_NOOP("Recheck", "Remove it"),
    "fix_use": QT_TRANSLATE_NOOP("Recheck", "Use {key} instead"),
    "fix_update_status": QT_TRANSLATE_NOOP("Recheck", "Update the saved status"),
    "fix_update_population": QT_TRANSLATE_NOOP("Recheck", "Update the saved population"),
}


def _say(which: str, /, **args: object) -> Message:
    return Message.of("Recheck", SAY[which], **args)


def _what(category: str) -> Message:
    return Message.of("Recheck", ITEM_WORDS[category])


class FindingKind(StrEnum):
    RENAMED = "renamed"  # same key, new name
    GONE = "gone"  # key no longer offered (maybe the same name under a new key)
    STATUS_CHANGED = "status-changed"
    POPULATION_CHANGED = "population-changed"
    NOT_CHECKED = "not-checked"  # the current list could not be fetched


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    category: str  # a diff.CATEGORY_TITLES key: "regions", "adServingCategories", "cohort", …
    key: str
    label: str  # the name as saved
    message: str  # one plain sentence for the planner
    before: str | int | None = None
    after: str | int | None = None
    fix_label: str = ""
    fix: Fix | None = field(default=None, compare=False, repr=False)
    replacement_key: str | None = None
    # `message` and `fix_label` as translatable Messages (ui/ shows these).
    text: Message | None = field(default=None, compare=False, repr=False)
    fix_text: Message | None = field(default=None, compare=False, repr=False)

    def apply(self, sel: TargetingSelection) -> TargetingSelection:
        return self.fix(sel) if self.fix is not None else sel


@dataclass(frozen=True)
class CurrentData:
    """What the service says today. A category missing from a mapping was not fetched."""

    regions: Mapping[str, RegionPick] | None = None  # by key; None: regions not checked
    categories: Mapping[str, Mapping[str, CategoryPick]] = field(default_factory=dict)
    audiences: Mapping[AudienceKind, Mapping[str, AudiencePick]] = field(default_factory=dict)
    not_checked: Mapping[str, str] = field(default_factory=dict)  # category → why


@dataclass(frozen=True)
class RecheckResult:
    findings: tuple[Finding, ...]
    checked_at: datetime
    data_source: str  # "live", "cached 3 h ago", "demo data"
    threshold: float = DEFAULT_THRESHOLD

    @property
    def needs_attention(self) -> bool:
        return bool(self.findings)

    def render(self) -> str:
        """Plain text for `moment-gui recheck`, one line per finding."""
        if not self.findings:
            return "Everything is current."
        return "\n".join(f"{f.kind.value}: {f.message}" for f in self.findings)


def accept_all(sel: TargetingSelection, findings: Iterable[Finding]) -> TargetingSelection:
    for f in findings:
        sel = f.apply(sel)
    return sel


def recheck(
    sel: TargetingSelection, current: CurrentData, threshold: float = DEFAULT_THRESHOLD
) -> list[Finding]:
    """Every difference between the saved picks and `current`, in the selection's order."""
    out: list[Finding] = []
    for category, why in current.not_checked.items():
        m = _say("not_checked", category=_title(category), why=why)
        out.append(Finding(FindingKind.NOT_CHECKED, category, "", "", str(m), text=m))
    if current.regions is not None:
        out += _regions(sel.regions, current.regions)
    for category, picks in (
        ("adServingCategories", sel.ad_serving_categories),
        ("sectionCategories", sel.section_categories),
    ):
        if category in current.categories:
            out += _categories(category, picks, current.categories[category])
    for a in sel.audiences:
        now = current.audiences.get(a.kind)
        if now is not None:
            out += _audience(a, now, threshold)
    return out


# -- regions ----------------------------------------------------------------------------
def _regions(saved: Iterable[RegionPick], now: Mapping[str, RegionPick]) -> list[Finding]:
    out: list[Finding] = []
    by_path = {r.path: r for r in now.values()}
    for r in saved:
        cur = now.get(r.value)
        if cur is None:
            out.append(_region_gone(r, by_path.get(r.path)))
        elif (cur.description, cur.path) != (r.description, r.path):
            out.append(
                Finding(
                    FindingKind.RENAMED,
                    "regions",
                    r.value,
                    r.display_path,
                    str(
                        m := _say(
                            "region_renamed", key=r.value, new=cur.display_path, old=r.display_path
                        )
                    ),
                    r.display_path,
                    cur.display_path,
                    str(fx := _say("fix_update_name")),
                    _swap_region(r.value, cur),
                    text=m,
                    fix_text=fx,
                )
            )
    return out


def _region_gone(r: RegionPick, same_name: RegionPick | None) -> Finding:
    if same_name is None:
        return Finding(
            FindingKind.GONE,
            "regions",
            r.value,
            r.display_path,
            str(m := _say("region_gone", name=r.display_path, key=r.value)),
            r.value,
            None,
            str(fx := _say("fix_remove")),
            lambda s: s.without_regions([r.value]),
            text=m,
            fix_text=fx,
        )
    return Finding(
        FindingKind.GONE,
        "regions",
        r.value,
        r.display_path,
        str(m := _say("region_moved", name=r.display_path, key=r.value, new=same_name.value)),
        r.value,
        same_name.value,
        str(fx := _say("fix_use", key=same_name.value)),
        _swap_region(r.value, same_name),
        same_name.value,
        text=m,
        fix_text=fx,
    )


def _swap_region(key: str, new: RegionPick) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        if key != new.value and new.value in s.region_values():
            return s.without_regions([key])  # the new key is already picked: just drop the old
        return replace(s, regions=tuple(new if r.value == key else r for r in s.regions))

    return fix


# -- placement categories -----------------------------------------------------------------
def _categories(
    category: str, saved: Iterable[CategoryPick], now: Mapping[str, CategoryPick]
) -> list[Finding]:
    out: list[Finding] = []
    by_name = {c.name: c for c in now.values()}
    what = _what(category)
    for c in saved:
        cur = now.get(c.code)
        if cur is not None and cur.name != c.name:
            out.append(
                Finding(
                    FindingKind.RENAMED,
                    category,
                    c.code,
                    c.name,
                    str(m := _say("renamed", what=what, key=c.code, new=cur.name, old=c.name)),
                    c.name,
                    cur.name,
                    str(fx := _say("fix_update_name")),
                    _swap_category(category, c.code, cur),
                    text=m,
                    fix_text=fx,
                )
            )
        elif cur is None:
            alt = by_name.get(c.name)
            if alt is None:
                m = _say("gone", what=what, name=c.name, key=c.code)
                fix = _swap_category(category, c.code, None)
                out.append(
                    Finding(
                        FindingKind.GONE,
                        category,
                        c.code,
                        c.name,
                        str(m),
                        c.code,
                        None,
                        str(fx := _say("fix_remove")),
                        fix,
                        text=m,
                        fix_text=fx,
                    )
                )
            else:
                out.append(
                    Finding(
                        FindingKind.GONE,
                        category,
                        c.code,
                        c.name,
                        str(m := _say("moved", what=what, name=c.name, key=c.code, new=alt.code)),
                        c.code,
                        alt.code,
                        str(fx := _say("fix_use", key=alt.code)),
                        _swap_category(category, c.code, alt),
                        alt.code,
                        text=m,
                        fix_text=fx,
                    )
                )
    return out


def _swap_category(category: str, code: str, new: CategoryPick | None) -> Fix:
    attr = "ad_serving_categories" if category == "adServingCategories" else "section_categories"

    def fix(s: TargetingSelection) -> TargetingSelection:
        picks: tuple[CategoryPick, ...] = getattr(s, attr)
        taken = {c.code for c in picks if c.code != code}
        out = tuple(
            new if c.code == code and new is not None else c
            for c in picks
            if c.code != code or (new is not None and new.code not in taken)
        )
        if attr == "ad_serving_categories":
            return replace(s, ad_serving_categories=out)
        return replace(s, section_categories=out)

    return fix


# -- audiences ---------------------------------------------------------------------------
def _audience(a: AudiencePick, now: Mapping[str, AudiencePick], threshold: float) -> list[Finding]:
    cur = now.get(a.key)
    what = _what(a.kind.value)
    if cur is None:
        alt = next((c for c in now.values() if _same_name(a, c)), None)
        if alt is None:
            m = _say("gone", what=what, name=_q(a.label), key=a.key)
            return [
                Finding(
                    FindingKind.GONE,
                    a.kind.value,
                    a.key,
                    a.label,
                    str(m),
                    a.key,
                    None,
                    str(fx := _say("fix_remove")),
                    _drop_audience(a.kind, a.key),
                    text=m,
                    fix_text=fx,
                )
            ]
        return [
            Finding(
                FindingKind.GONE,
                a.kind.value,
                a.key,
                a.label,
                str(m := _say("moved", what=what, name=_q(a.label), key=a.key, new=alt.key)),
                a.key,
                alt.key,
                str(fx := _say("fix_use", key=alt.key)),
                _swap_audience(a.kind, a.key, alt),
                alt.key,
                text=m,
                fix_text=fx,
            )
        ]
    out: list[Finding] = []
    if cur.label != a.label:
        out.append(
            Finding(
                FindingKind.RENAMED,
                a.kind.value,
                a.key,
                a.label,
                str(m := _say("renamed", what=what, key=a.key, new=_q(cur.label), old=_q(a.label))),
                a.label,
                cur.label,
                str(fx := _say("fix_update_name")),
                _update(a.kind, a.key, label=cur.label),
                text=m,
                fix_text=fx,
            )
        )
    before, after = _state(a), _state(cur)
    if after is not None and before != after:  # no status today (channels, profiles): no news
        usable = _usable(cur)
        m = _say(
            "status" if usable else "status_unusable",
            what=what,
            name=_q(cur.label),
            before=before or _say("unknown"),
            after=after,
        )
        fx = _say("fix_update_status" if usable else "fix_remove")
        out.append(
            Finding(
                FindingKind.STATUS_CHANGED,
                a.kind.value,
                a.key,
                a.label,
                str(m),
                before,
                after,
                str(fx),
                _update(a.kind, a.key, status=cur.status, ready=cur.ready)
                if usable
                else _drop_audience(a.kind, a.key),
                text=m,
                fix_text=fx,
            )
        )
    if _moved(a.population, cur.population, threshold):
        assert a.population is not None and cur.population is not None
        # growth from zero has no percentage
        change: str | Message = (
            f"{(cur.population - a.population) / a.population:+.0%}"
            if a.population
            else _say("new")
        )
        out.append(
            Finding(
                FindingKind.POPULATION_CHANGED,
                a.kind.value,
                a.key,
                a.label,
                str(
                    m := _say(
                        "population",
                        what=what,
                        name=_q(cur.label),
                        before=f"{a.population:,}",
                        after=f"{cur.population:,}",
                        change=change,
                    )
                ),
                a.population,
                cur.population,
                str(fx := _say("fix_update_population")),
                _update(a.kind, a.key, population=cur.population),
                text=m,
                fix_text=fx,
            )
        )
    return out


def _same_name(saved: AudiencePick, cur: AudiencePick) -> bool:
    if cur.label != saved.label:
        return False
    if saved.kind is AudienceKind.PIXEL_EVENT:
        return cur.track_id == saved.track_id
    if saved.kind is AudienceKind.FRIEND_GROUP:
        return cur.profile_id == saved.profile_id
    return True


def _state(a: AudiencePick) -> str | None:
    if a.kind is AudienceKind.CUSTOMER_FILE and a.status == "COMPLETE" and a.ready is False:
        return "COMPLETE (not ready)"
    return a.status


def _usable(a: AudiencePick) -> bool:
    usable = USABLE_STATUS.get(a.kind)
    if usable is None or a.status is None:
        return True
    return a.status == usable and (a.kind is not AudienceKind.CUSTOMER_FILE or a.ready is not False)


def _moved(before: int | None, after: int | None, threshold: float) -> bool:
    if before is None or after is None or before == after:
        return False
    if before == 0:
        return True
    return abs(after - before) > threshold * before


def _update(kind: AudienceKind, key: str, **facts: object) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        a = s.audience(kind, key)
        return s if a is None else s.with_audience(replace(a, **facts))  # type: ignore[arg-type]

    return fix


def _drop_audience(kind: AudienceKind, key: str) -> Fix:
    return lambda s: s.without_audience(kind, key)


def _swap_audience(kind: AudienceKind, key: str, new: AudiencePick) -> Fix:
    def fix(s: TargetingSelection) -> TargetingSelection:
        old = s.audience(kind, key)
        if old is None:
            return s
        if s.audience(kind, new.key) is not None:
            return s.without_audience(kind, key)
        swapped = replace(new, inclusion=old.inclusion, term=old.term if old.term else new.term)
        out = tuple(swapped if a.identity == old.identity else a for a in s.audiences)
        return replace(s, audiences=out)

    return fix


def _title(category: str) -> Message:
    title = CATEGORY_TITLES.get(category)
    return Message.of("Diff", title) if title is not None else Message.verbatim(category)


def _q(label: str) -> str:
    return f"“{label}”"
