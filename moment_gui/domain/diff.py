"""What changed between two selections, per category, for review and for `moment-gui diff`.

Items are matched by key within a category (region value, category code, audience key; a Pixel
& SDK event's key leaves out its term so a new term shows as a change). `changed` means the same
key with a different inclusion, term, label, status, population or other recorded fact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from moment_gui.domain import kinds
from moment_gui.domain.fragment_wire import DATA_KEYS
from moment_gui.domain.kakao_data import DataCategoryPick
from moment_gui.domain.selection import AudienceKind, AudiencePick, TargetingSelection


@dataclass(frozen=True)
class DiffItem:
    key: str
    label: str


@dataclass(frozen=True)
class ItemChange:
    key: str
    label: str
    fields: tuple[tuple[str, Any, Any], ...]  # (field, before, after)


@dataclass(frozen=True)
class CategoryDiff:
    category: str  # a kinds.Part key
    added: tuple[DiffItem, ...] = ()
    removed: tuple[DiffItem, ...] = ()
    changed: tuple[ItemChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    @property
    def title(self) -> str:
        """English, for the CLI; ui/ shows `kinds.title(category)` translated."""
        return str(kinds.part(self.category).title)


@dataclass(frozen=True)
class SelectionDiff:
    categories: tuple[CategoryDiff, ...]  # only categories with a difference, in a fixed order

    @property
    def is_empty(self) -> bool:
        return not self.categories

    def category(self, name: str) -> CategoryDiff:
        return next((c for c in self.categories if c.category == name), CategoryDiff(name))

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """(added, removed, changed) per category with a difference."""
        return {c.category: (len(c.added), len(c.removed), len(c.changed)) for c in self.categories}

    def render(self) -> str:
        """Plain text, one line per item; the CLI prints it as is."""
        if self.is_empty:
            return "No differences."
        lines: list[str] = []
        for c in self.categories:
            lines.append(f"{c.title}: +{len(c.added)} -{len(c.removed)} ~{len(c.changed)}")
            lines += [f"  + {i.label} [{i.key}]" for i in c.added]
            lines += [f"  - {i.label} [{i.key}]" for i in c.removed]
            for ch in c.changed:
                what = ", ".join(f"{f}: {_show(a)} → {_show(b)}" for f, a, b in ch.fields)
                lines.append(f"  ~ {ch.label} [{ch.key}] {what}")
        return "\n".join(lines)


def diff(a: TargetingSelection, b: TargetingSelection) -> SelectionDiff:
    parts = [
        _compare("campaign", _campaign(a), _campaign(b)),
        _compare(
            "regions",
            _keyed((r.value, " › ".join(r.path), r) for r in a.regions),
            _keyed((r.value, " › ".join(r.path), r) for r in b.regions),
        ),
        _compare(
            "adServingCategories",
            _categories(a.ad_serving_categories),
            _categories(b.ad_serving_categories),
        ),
        _compare(
            "sectionCategories",
            _categories(a.section_categories),
            _categories(b.section_categories),
        ),
    ]
    for kind in AudienceKind:
        parts.append(
            _compare(kind.value, _audiences(a.audiences_of(kind)), _audiences(b.audiences_of(kind)))
        )
    for data_kind, key in DATA_KEYS.items():
        before, after = a.data_categories_of(data_kind), b.data_categories_of(data_kind)
        parts.append(_compare(key, data_entries(before), data_entries(after)))
    parts.append(_compare(kinds.DEMOGRAPHICS.key, demographic_entries(a), demographic_entries(b)))
    parts.append(_compare("passthrough", _passthrough(a), _passthrough(b)))
    return SelectionDiff(tuple(p for p in parts if not p.is_empty))


Entry = tuple[str, Mapping[str, Any]]  # (label, comparable facts)


def _compare(category: str, before: dict[str, Entry], after: dict[str, Entry]) -> CategoryDiff:
    added = tuple(DiffItem(k, after[k][0]) for k in after if k not in before)
    removed = tuple(DiffItem(k, before[k][0]) for k in before if k not in after)
    changed = []
    for key in before.keys() & after.keys():
        old, new = before[key][1], after[key][1]
        changes = tuple(
            (f, old.get(f), new.get(f))
            for f in dict.fromkeys([*old, *new])
            if old.get(f) != new.get(f) and _known(f, old) and _known(f, new)
        )
        if changes:
            changed.append(ItemChange(key, after[key][0], changes))
    order = list(after)
    changed.sort(key=lambda ch: order.index(ch.key))
    return CategoryDiff(category, added, removed, tuple(changed))


_NAME_FIELDS = frozenset({"label", "name", "description"})


def _known(field: str, facts: Mapping[str, Any]) -> bool:
    """False for a fact one side simply does not have: a fragment carries no names, statuses
    or populations, so export → import → diff must not call their absence a change. A name
    that is only the item's code (what an import can offer) is not known either."""
    value = facts.get(field)
    if value is None or value == "" or value == ():
        return False
    if field in _NAME_FIELDS:
        codes = {facts.get(f) for f in ("key", "code", "event_code", "value")}
        return value not in codes
    return True


def _keyed(items: Iterable[tuple[str, str, Any]]) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for key, label, obj in items:
        unique, n = key, 1
        while unique in out:  # the same key twice (from a pasted fragment) stays visible
            n += 1
            unique = f"{key}#{n}"
        facts = {f.name: getattr(obj, f.name) for f in fields(obj)}
        out[unique] = (label, facts)
    return out


def _categories(picks: Iterable[Any]) -> dict[str, Entry]:
    return _keyed((c.code, c.name, c) for c in picks)


def _audiences(picks: Iterable[AudiencePick]) -> dict[str, Entry]:
    return _keyed((a.key, a.label, a) for a in picks)


def _campaign(sel: TargetingSelection) -> dict[str, Entry]:
    ctx = sel.campaign
    if ctx is None:
        return {}
    facts = {"placements": ", ".join(sorted(p.value for p in ctx.placements)) or "(none)"}
    return {ctx.spec(): (ctx.spec(), facts)}


def data_entries(picks: Iterable[DataCategoryPick]) -> dict[str, Entry]:
    return _keyed((c.id, c.name, c) for c in picks)


def demographic_entries(sel: TargetingSelection) -> dict[str, Entry]:
    """Gender, age and devices, each one item whose facts are its wire fields."""
    d = sel.demographics
    out: dict[str, Entry] = {}
    for key, facts in (
        ("gender", {"genderType": d.gender_type, "genders": d.genders}),
        ("age", {"ageType": d.age_type, "ages": d.ages}),
        ("devices", {"allAvailableDeviceType": d.all_devices, "deviceTypes": d.device_types}),
    ):
        if any(v is not None for v in facts.values()):
            shown = {k: _plain(v) for k, v in facts.items()}
            out[key] = (key, shown)
    return out


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "(none)"
    return value


def _passthrough(sel: TargetingSelection) -> dict[str, Entry]:
    pairs = [("targeting." + k, v) for k, v in sel.passthrough_targeting]
    pairs += list(sel.passthrough_top)
    return {k: (k, {"value": v}) for k, v in pairs}


def _show(value: object) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, tuple) and not value:
        return "(none)"
    text = str(value)  # enums here are StrEnums: str() is their wire spelling
    return text if len(text) <= 40 else text[:39] + "…"
