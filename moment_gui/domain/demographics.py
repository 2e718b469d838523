"""Gender, age bands and devices: the demographic part of an ad group.

Shapes are [observed] in 2021 request bodies (shared doc §1b, §3), not confirmed for v4:
`targeting.genderType` ALL/NOT_ALL with `genders` ["M","F"], `targeting.ageType` ALL/NOT_ALL
with `ages` as band starts, and `deviceTypes` ANDROID/IOS/PC with `allAvailableDeviceType`
on the ad group beside `targeting`. Only the values Kakao's form offers are legal: a public
request that sent "26", "31", "41" as ages was refused.

Each field keeps exactly what a fragment carried (None: the field was absent), so a pasted
fragment goes back out unchanged; the `with_*` methods are how the picker sets them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T", bound=str)


class Scope(StrEnum):
    """`genderType` / `ageType`: everyone, or only the listed values."""

    ALL = "ALL"
    NOT_ALL = "NOT_ALL"


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"


class DeviceType(StrEnum):
    ANDROID = "ANDROID"
    IOS = "IOS"
    PC = "PC"


# Band starts Kakao's form offers (만 15–19세 … 만 65세 이상) [observed]; "26" etc. are refused.
AGE_BANDS: tuple[str, ...] = tuple(str(start) for start in range(15, 70, 5))
GENDERS: tuple[Gender, ...] = (Gender.MALE, Gender.FEMALE)
DEVICE_TYPES: tuple[DeviceType, ...] = (DeviceType.ANDROID, DeviceType.IOS, DeviceType.PC)


def age_band_end(start: str) -> int | None:
    """The last age of a band ("20" → 24); None for the open top band (65+)."""
    if start == AGE_BANDS[-1]:
        return None
    return int(start) + 4


@dataclass(frozen=True)
class Demographics:
    gender_type: Scope | None = None
    genders: tuple[Gender, ...] | None = None
    age_type: Scope | None = None
    ages: tuple[str, ...] | None = None
    all_devices: bool | None = None  # allAvailableDeviceType
    device_types: tuple[DeviceType, ...] | None = None

    @property
    def is_empty(self) -> bool:
        return self == Demographics()

    # -- what is targeted (None: everyone / every device) -----------------------------
    def targeted_genders(self) -> frozenset[Gender] | None:
        if self.gender_type is Scope.NOT_ALL:
            return frozenset(self.genders or ())
        return None

    def targeted_ages(self) -> frozenset[str] | None:
        if self.age_type is Scope.NOT_ALL:
            return frozenset(self.ages or ())
        return None

    def targeted_devices(self) -> frozenset[DeviceType] | None:
        if self.all_devices is False or (self.all_devices is None and self.device_types):
            return frozenset(self.device_types or ())
        return None

    # -- the picker's edits: None or every value means everyone ------------------------
    def with_genders(self, genders: Iterable[Gender] | None) -> Demographics:
        picked = _ordered(genders, GENDERS)
        if picked is None:
            return replace(self, gender_type=Scope.ALL, genders=None)
        return replace(self, gender_type=Scope.NOT_ALL, genders=picked)

    def with_ages(self, ages: Iterable[str] | None) -> Demographics:
        picked = _ordered(ages, AGE_BANDS)
        if picked is None:
            return replace(self, age_type=Scope.ALL, ages=None)
        return replace(self, age_type=Scope.NOT_ALL, ages=picked)

    def with_devices(self, devices: Iterable[DeviceType] | None) -> Demographics:
        picked = _ordered(devices, DEVICE_TYPES)
        if picked is None:
            return replace(self, all_devices=True, device_types=None)
        return replace(self, all_devices=False, device_types=picked)

    def without_genders(self) -> Demographics:
        """Not set at all: the fragment leaves the fields out."""
        return replace(self, gender_type=None, genders=None)

    def without_ages(self) -> Demographics:
        return replace(self, age_type=None, ages=None)

    def without_devices(self) -> Demographics:
        return replace(self, all_devices=None, device_types=None)


def _ordered(values: Iterable[T] | None, legal: tuple[T, ...]) -> tuple[T, ...] | None:
    """The picked values in the form's order; None when nothing narrows (None or all)."""
    if values is None:
        return None
    chosen = set(values)
    unknown = chosen - set(legal)
    if unknown:
        raise ValueError(f"not offered by Kakao: {', '.join(sorted(map(str, unknown)))}")
    if chosen == set(legal):
        return None
    return tuple(v for v in legal if v in chosen)
