"""Kakao data targeting (관심사 / 업종): picked categories and their three levels.

Category IDs nest by length [docs]: 3 characters at the top ("I01"), then the parent's ID plus
two digits per level ("I0101", "I010101"). A parent and one of its children are never both
sent (the rules offer to keep the parent or the children, as for regions).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

ID_LENGTHS = (3, 5, 7)  # [docs] top, middle, bottom


class DataKind(StrEnum):
    """Which Kakao data list a category comes from (the lookup's `type` parameter)."""

    INTEREST = "INTEREST"  # 관심사
    BUSINESS_TYPE = "BUSINESS_TYPE"  # 업종


@dataclass(frozen=True)
class DataCategoryPick:
    """One picked category. `name` is what the planner saw; a pasted fragment carries only
    IDs, so an imported pick is named by its ID until a lookup names it."""

    kind: DataKind
    id: str
    name: str

    @property
    def depth(self) -> int | None:
        return category_depth(self.id)

    @property
    def identity(self) -> tuple[DataKind, str]:
        return (self.kind, self.id)


def category_depth(ident: str) -> int | None:
    """1, 2 or 3 for an ID of Kakao's shape; None for any other."""
    if len(ident) not in ID_LENGTHS:
        return None
    depth = ID_LENGTHS.index(len(ident)) + 1
    if depth > 1 and not ident[3:].isdigit():
        return None
    return depth


def category_ancestors(ident: str) -> tuple[str, ...]:
    """The IDs above `ident`, top first: "I010101" → ("I01", "I0101")."""
    depth = category_depth(ident)
    if depth is None:
        return ()
    return tuple(ident[:n] for n in ID_LENGTHS[: depth - 1])


def is_category_id(value: object) -> bool:
    return isinstance(value, str) and category_depth(value) is not None
