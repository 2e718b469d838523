"""Campaign type x goal and placements: the context every targeting rule depends on.

Enum spellings come from the shared doc §4. `PERSONAL_MESSAGE` x `REACH` was seen in a public
integration creating such campaigns [observed] (issue 11), so every name here is now observed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CampaignType(StrEnum):
    TALK_BIZ_BOARD = "TALK_BIZ_BOARD"  # 카카오 비즈보드 [observed]
    DISPLAY = "DISPLAY"  # 디스플레이 [observed]
    VIDEO = "VIDEO"  # 동영상 [observed]
    TALK_CHANNEL = "TALK_CHANNEL"  # 카카오톡 채널 [observed]
    PERSONAL_MESSAGE = "PERSONAL_MESSAGE"  # 개인화 메시지 [observed]


class Goal(StrEnum):
    CONVERSION = "CONVERSION"  # 전환
    VISITING = "VISITING"  # 방문
    VIEW = "VIEW"  # 조회
    REACH = "REACH"  # 도달


class Placement(StrEnum):
    KAKAO_TALK = "KAKAO_TALK"
    DAUM = "DAUM"
    KAKAO_STORY = "KAKAO_STORY"
    KAKAO_SERVICE = "KAKAO_SERVICE"
    NETWORK = "NETWORK"


# The type x goal combinations the Open API can create [docs].
CREATABLE_COMBINATIONS: tuple[tuple[CampaignType, Goal], ...] = (
    (CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION),
    (CampaignType.TALK_BIZ_BOARD, Goal.VISITING),
    (CampaignType.DISPLAY, Goal.CONVERSION),
    (CampaignType.DISPLAY, Goal.VISITING),
    (CampaignType.VIDEO, Goal.VIEW),
    (CampaignType.TALK_CHANNEL, Goal.REACH),
    (CampaignType.PERSONAL_MESSAGE, Goal.REACH),
)


@dataclass(frozen=True)
class CampaignContext:
    campaign_type: CampaignType
    goal: Goal
    placements: frozenset[Placement] = frozenset()

    @property
    def is_creatable(self) -> bool:
        return (self.campaign_type, self.goal) in CREATABLE_COMBINATIONS

    def spec(self) -> str:
        """`TYPE:GOAL` as the CLI's --campaign option spells it."""
        return f"{self.campaign_type.value}:{self.goal.value}"

    @classmethod
    def parse(cls, spec: str, placements: frozenset[Placement] = frozenset()) -> CampaignContext:
        """Parse `TYPE:GOAL` (e.g. `DISPLAY:CONVERSION`); ValueError with a plain message."""
        type_text, sep, goal_text = spec.strip().upper().partition(":")
        if not sep:
            raise ValueError(f"Campaign must be TYPE:GOAL, e.g. DISPLAY:CONVERSION (got {spec!r})")
        try:
            ctx = cls(CampaignType(type_text), Goal(goal_text), placements)
        except ValueError:
            raise ValueError(f"Unknown campaign type or goal: {spec!r}") from None
        if not ctx.is_creatable:
            raise ValueError(f"{spec} is not a campaign type x goal the API can create")
        return ctx
