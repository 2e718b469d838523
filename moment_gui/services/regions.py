"""The regions directly under a region, from Kakao's keyword searches.

Kakao has no "children of" endpoint: 시/군/구 and 동/읍/면 are keyword searches, and a search
answers every region whose name matches ("중구" finds 중구 of every city). `children_of` asks
with the right keyword and keeps only true children; the region panel and the catalogue
builder both use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from moment_gui.services.lookups import LookupResult, LookupService

if TYPE_CHECKING:
    from moment_gui.api.models import Depth2Location, Depth3Location, Location

    Region = Location | Depth2Location | Depth3Location

R = TypeVar("R", bound="Region")


def region_path(region: Region) -> tuple[str, ...]:
    """Names from 시/도 down: ("서울특별시", "강남구", "논현1동")."""
    names = [region.depth1_name, getattr(region, "depth2_name", None)]
    names.append(getattr(region, "depth3_name", None))
    return tuple(n for n in names if n is not None)


def children_in(parent: Sequence[str], found: Iterable[R]) -> tuple[R, ...]:
    """The regions of `found` one level under the region at path `parent`."""
    size = len(parent)
    return tuple(
        r for r in found if len(path := region_path(r)) == size + 1 and path[:size] == tuple(parent)
    )


async def children_of(
    lookups: LookupService, parent: Sequence[str]
) -> LookupResult[Depth2Location] | LookupResult[Depth3Location]:
    """The 시/군/구 of a 시/도 or the 동/읍/면 of a 시/군/구 (`parent`: its path of names)."""
    if len(parent) == 1:
        districts = await lookups.depth2_locations(parent[0])
        return replace(districts, items=children_in(parent, districts.items))
    if len(parent) == 2:
        towns = await lookups.depth3_locations(parent[1])
        return replace(towns, items=children_in(parent, towns.items))
    raise ValueError(f"a region at depth {len(parent)} has no children")
