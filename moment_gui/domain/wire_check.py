"""The wire check: a live ad group compared with our wire table, in plain words.

Every ad group a planner opens is evidence about Kakao's spelling. This lists each key Kakao
sent that we do not know, each one spelled differently from what we write (the Pixel period
`trackerTargetingTerms` where we write `term`), and each [unconfirmed] name of ours that the
ad group confirms, with the raw JSON that shows it. Nothing here changes the ad group: the
import keeps unknown keys and both spellings, so nothing is lost either way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from moment_gui.domain.fragment_wire import (
    AD_SERVING_KEY,
    AGE_TYPE_KEY,
    AGES_KEY,
    ALL_DEVICES_KEY,
    DATA_KEYS,
    DEVICE_TYPES_KEY,
    FIELDS,
    GENDER_TYPE_KEY,
    GENDERS_KEY,
    INCLUSION_KEY,
    LOCATION_TYPE_KEY,
    REGION_KEYS,
    REGION_NAME_KEYS,
    SECTION_KEY,
    TARGETING_KEY,
    TRACKER_PERIODS,
    TRACKER_TERMS_KEY,
    Provenance,
)
from moment_gui.domain.kakao_data import DataKind
from moment_gui.domain.selection import AudienceKind
from moment_gui.message import QT_TRANSLATE_NOOP, Message

# Keys of an ad group the picker does not edit but that are known, with where they were seen
# (shared doc §1b, §3). They are kept untouched; the check stays quiet about them.
KNOWN_TOP_KEYS: dict[str, Provenance] = {
    "id": Provenance.DOCS,
    "name": Provenance.OBSERVED,
    "campaign": Provenance.OBSERVED,
    "type": Provenance.OBSERVED,
    "config": Provenance.DOCS,
    "placements": Provenance.OBSERVED,
    "allAvailablePlacement": Provenance.OBSERVED,
    DEVICE_TYPES_KEY: Provenance.OBSERVED,  # issue 13: modelled (demographics)
    ALL_DEVICES_KEY: Provenance.OBSERVED,
    "adult": Provenance.OBSERVED,
    "pricingType": Provenance.OBSERVED,
    "bidStrategy": Provenance.OBSERVED,
    "bidAmount": Provenance.OBSERVED,
    "dailyBudgetAmount": Provenance.OBSERVED,
    "pacing": Provenance.OBSERVED,
    "schedule": Provenance.OBSERVED,
}
KNOWN_TARGETING_KEYS: dict[str, Provenance] = {
    AGE_TYPE_KEY: Provenance.OBSERVED,  # issue 13: gender and age are modelled (demographics)
    AGES_KEY: Provenance.OBSERVED,
    GENDER_TYPE_KEY: Provenance.OBSERVED,
    GENDERS_KEY: Provenance.OBSERVED,
    LOCATION_TYPE_KEY: Provenance.OBSERVED,
    "lookalikeTargetings": Provenance.OBSERVED,
    DATA_KEYS[DataKind.INTEREST]: Provenance.DOCS,  # issue 13: modelled (Kakao data)
    DATA_KEYS[DataKind.BUSINESS_TYPE]: Provenance.DOCS,
}
# Keys seen inside a Pixel item of the 2021 bodies besides ours [observed].
KNOWN_TRACKER_ITEM_KEYS = frozenset({"id", "trackRuleName", TRACKER_TERMS_KEY})
RAW_MAX = 400  # characters of raw JSON shown per finding


class WireFindingKind(StrEnum):
    UNKNOWN_KEY = "unknown_key"  # a key our table does not have
    OTHER_SPELLING = "other_spelling"  # Kakao spells a field we know differently
    CONFIRMED = "confirmed"  # Kakao used a name our table marks [unconfirmed]


@dataclass(frozen=True)
class WireFinding:
    kind: WireFindingKind
    path: str  # where, as `targeting.trackerTargetings[].trackerTargetingTerms`
    text: Message  # the plain sentence (translatable)
    raw: str  # the JSON that shows it (shortened)

    def __str__(self) -> str:
        return f"{self.text}\n    {self.raw}"


@dataclass(frozen=True)
class WireCheck:
    findings: tuple[WireFinding, ...]

    @property
    def is_clean(self) -> bool:
        return not any(f.kind is not WireFindingKind.CONFIRMED for f in self.findings)

    def of_kind(self, kind: WireFindingKind) -> tuple[WireFinding, ...]:
        return tuple(f for f in self.findings if f.kind is kind)

    def render(self) -> str:
        """Plain text for `moment-gui pull`: one finding per entry, raw JSON indented."""
        if not self.findings:
            return "Wire check: every key Kakao sent is in our wire table, spelled as we write it."
        lines = [f"Wire check: {len(self.findings)} finding(s)"]
        lines += [f"- {f}" for f in self.findings]
        return "\n".join(lines)


def wire_rows() -> list[tuple[str, Provenance]]:
    """Every ad-group key this app knows, with its provenance: the table docs/wire-table.md
    shows (a test keeps the two equal). Paths as the wire check names them."""
    rows: list[tuple[str, Provenance]] = [
        (TARGETING_KEY, Provenance.OBSERVED),
        (AD_SERVING_KEY, Provenance.SEED),
        (SECTION_KEY, Provenance.SEED),
    ]
    rows += list(KNOWN_TOP_KEYS.items())
    for level, key in REGION_KEYS.items():
        path = f"{TARGETING_KEY}.{key}"
        rows.append((path, Provenance.SEED))
        names = REGION_NAME_KEYS[: int(level)]
        rows += [(f"{path}[].{f}", Provenance.SEED) for f in ("value", "description", *names)]
    for wire in FIELDS.values():
        path = f"{TARGETING_KEY}.{wire.list_key}"
        rows.append((path, wire.provenance))
        rows += [(f"{path}[].{f.name}", f.provenance) for f in (*wire.ids, *wire.optional)]
        rows.append((f"{path}[].{INCLUSION_KEY}", Provenance.OBSERVED))
    pixel = f"{TARGETING_KEY}.{FIELDS[AudienceKind.PIXEL_EVENT].list_key}[]"
    rows += [(f"{pixel}.{k}", Provenance.OBSERVED) for k in sorted(KNOWN_TRACKER_ITEM_KEYS)]
    rows += [(f"{TARGETING_KEY}.{k}", p) for k, p in KNOWN_TARGETING_KEYS.items()]
    return rows


def _raw(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= RAW_MAX else text[: RAW_MAX - 1] + "…"


def _say(template: str, /, **args: object) -> Message:
    return Message.of("WireCheck", template, **args)


def check_wire(ad_group: Mapping[str, Any]) -> WireCheck:
    """Compare a whole ad group (as Kakao sent it) with our wire table."""
    findings: list[WireFinding] = []
    picker_top = {TARGETING_KEY, AD_SERVING_KEY, SECTION_KEY}
    for key, value in ad_group.items():
        if key not in picker_top and key not in KNOWN_TOP_KEYS:
            findings.append(_unknown(key, value))
    targeting = ad_group.get(TARGETING_KEY)
    if isinstance(targeting, Mapping):
        findings += _check_targeting(targeting)
    return WireCheck(tuple(findings))


def _unknown(path: str, value: Any) -> WireFinding:
    return WireFinding(
        WireFindingKind.UNKNOWN_KEY,
        path,
        _say(
            QT_TRANSLATE_NOOP(
                "WireCheck",
                "Kakao sent {path}, which is not in our wire table; it is kept and sent back "
                "unchanged.",
            ),
            path=path,
        ),
        _raw({path.rsplit(".", 1)[-1]: value}),
    )


def _check_targeting(targeting: Mapping[str, Any]) -> list[WireFinding]:
    findings: list[WireFinding] = []
    regions = {key: level for level, key in REGION_KEYS.items()}
    audiences = {wire.list_key: wire for wire in FIELDS.values()}
    for key, value in targeting.items():
        path = f"{TARGETING_KEY}.{key}"
        items = [i for i in value if isinstance(i, Mapping)] if isinstance(value, list) else []
        if key in regions:
            known = {"value", "description", *REGION_NAME_KEYS[: int(regions[key])]}
            findings += _item_keys(path, items, known)
        elif key in audiences:
            wire = audiences[key]
            known = {f.name for f in (*wire.ids, *wire.optional)} | {INCLUSION_KEY}
            if wire.list_key == FIELDS[AudienceKind.PIXEL_EVENT].list_key:
                findings += _tracker_items(path, items)
                known |= KNOWN_TRACKER_ITEM_KEYS
            findings += _item_keys(path, items, known)
            if items:
                findings += _confirmations(path, wire.list_key, items[0])
        elif key not in KNOWN_TARGETING_KEYS:
            findings.append(_unknown(path, value))
    return findings


def _item_keys(path: str, items: list[Mapping[str, Any]], known: set[str]) -> list[WireFinding]:
    """One finding per unknown item key (not one per item), showing the first item with it."""
    out: list[WireFinding] = []
    seen: set[str] = set()
    for item in items:
        for key in item:
            if key not in known and key not in seen:
                seen.add(key)
                finding = _unknown(f"{path}[].{key}", None)
                out.append(WireFinding(finding.kind, finding.path, finding.text, _raw(dict(item))))
    return out


def _tracker_items(path: str, items: list[Mapping[str, Any]]) -> list[WireFinding]:
    out: list[WireFinding] = []
    spelled = [i for i in items if TRACKER_TERMS_KEY in i]
    if spelled:
        out.append(
            WireFinding(
                WireFindingKind.OTHER_SPELLING,
                f"{path}[].{TRACKER_TERMS_KEY}",
                _say(
                    QT_TRANSLATE_NOOP(
                        "WireCheck",
                        "Kakao spells the Pixel & SDK period as {theirs} (a list of period "
                        "names) where we write {ours} (days). Both are read; this ad group gets "
                        "its own spelling back.",
                    ),
                    theirs=TRACKER_TERMS_KEY,
                    ours="term",
                ),
                _raw(dict(spelled[0])),
            )
        )
    odd = [
        i
        for i in spelled
        if not (
            isinstance(i[TRACKER_TERMS_KEY], list)
            and len(i[TRACKER_TERMS_KEY]) == 1
            and i[TRACKER_TERMS_KEY][0] in TRACKER_PERIODS
        )
    ]
    if odd:
        out.append(
            WireFinding(
                WireFindingKind.UNKNOWN_KEY,
                f"{path}[].{TRACKER_TERMS_KEY}",
                _say(
                    QT_TRANSLATE_NOOP(
                        "WireCheck",
                        "A Pixel & SDK period is not one period name we know ({names}); its "
                        "length in days is unknown, and it is sent back as it came.",
                    ),
                    names=", ".join(TRACKER_PERIODS),
                ),
                _raw(dict(odd[0])),
            )
        )
    return out


def _confirmations(path: str, list_key: str, item: Mapping[str, Any]) -> list[WireFinding]:
    """Our [unconfirmed] names that this ad group uses: now seen on a live ad group."""
    wire = next(w for w in FIELDS.values() if w.list_key == list_key)
    names = [f.name for f in (*wire.ids, *wire.optional) if f.provenance is Provenance.UNCONFIRMED]
    confirmed = [n for n in names if n in item]
    if wire.provenance is Provenance.UNCONFIRMED or confirmed:
        shown = ", ".join([list_key] * (wire.provenance is Provenance.UNCONFIRMED) + confirmed)
        return [
            WireFinding(
                WireFindingKind.CONFIRMED,
                path,
                _say(
                    QT_TRANSLATE_NOOP(
                        "WireCheck",
                        "Kakao used {names}, which our wire table marks unconfirmed: this ad "
                        "group confirms the spelling.",
                    ),
                    names=shown,
                ),
                _raw(dict(item)),
            )
        ]
    return []
