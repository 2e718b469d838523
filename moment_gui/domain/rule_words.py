"""Words the rule sentences are built from: audience kinds as nouns, quoted names, campaigns."""

from __future__ import annotations

from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.selection import AudienceKind
from moment_gui.message import QT_TRANSLATE_NOOP, Message

# Nouns in the singular and plural, capitalised as they start a sentence.
KIND_NOUN: dict[AudienceKind, tuple[str, str]] = {
    AudienceKind.COHORT: (
        QT_TRANSLATE_NOOP("Rules", "Cohort"),
        QT_TRANSLATE_NOOP("Rules", "Cohorts"),
    ),
    AudienceKind.PIXEL_EVENT: (
        QT_TRANSLATE_NOOP("Rules", "Pixel & SDK event"),
        QT_TRANSLATE_NOOP("Rules", "Pixel & SDK events"),
    ),
    AudienceKind.CUSTOMER_FILE: (
        QT_TRANSLATE_NOOP("Rules", "Customer file"),
        QT_TRANSLATE_NOOP("Rules", "Customer files"),
    ),
    AudienceKind.TALK_CHANNEL: (
        QT_TRANSLATE_NOOP("Rules", "Talk Channel"),
        QT_TRANSLATE_NOOP("Rules", "Talk Channels"),
    ),
    AudienceKind.SYNC_PROFILE: (
        QT_TRANSLATE_NOOP("Rules", "Kakao Login profile"),
        QT_TRANSLATE_NOOP("Rules", "Kakao Login profiles"),
    ),
    AudienceKind.FRIEND_GROUP: (
        QT_TRANSLATE_NOOP("Rules", "Friend group"),
        QT_TRANSLATE_NOOP("Rules", "Friend groups"),
    ),
}


def quote(label: str) -> str:
    return f"“{label}”"


def kind_noun(kind: AudienceKind, count: int) -> Message:
    one, many = KIND_NOUN[kind]
    return Message.of("Rules", one if count == 1 else many)


def campaign_words(ctx: CampaignContext) -> str:
    return f"{ctx.campaign_type.value} x {ctx.goal.value}"
