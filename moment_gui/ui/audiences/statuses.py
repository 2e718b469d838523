"""Which audience statuses may be targeted, and the plain words for the ones that may not.

Statuses from the seed (shared doc §1); only AVAILABLE cohorts, COMPLETE + ready customer
files and COMPLETE friend groups may be targeted (§4, detailCode 22406).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moment_gui.domain.rules import USABLE_STATUS
from moment_gui.domain.selection import AudienceKind

_WHY = {
    "WAITING": QT_TRANSLATE_NOOP("AudienceStatus", "population is still being extracted"),
    "AVAILABLE_ERROR": QT_TRANSLATE_NOOP("AudienceStatus", "extracting the population failed"),
    "SEED_NOT_ENOUGH": QT_TRANSLATE_NOOP("AudienceStatus", "audience too small"),
    "DELETE": QT_TRANSLATE_NOOP("AudienceStatus", "deleted"),
    "ERROR": QT_TRANSLATE_NOOP("AudienceStatus", "error at Kakao Moment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AudienceStatus", text)


def why(status: str | None) -> str:
    """Plain words for a status: 'audience too small'."""
    if status is None:
        return QCoreApplication.translate("AudienceStatus", "status unknown")
    if status in _WHY:
        return _tr(str(_WHY[status]))
    return QCoreApplication.translate("AudienceStatus", "not usable for targeting")


def not_usable(status: str | None) -> str:
    """'Not usable: status SEED_NOT_ENOUGH (audience too small)'."""
    return (
        QCoreApplication.translate("AudienceStatus", "Not usable: status %1 (%2)")
        .replace("%1", status or "?")
        .replace("%2", why(status))
    )


def cohort_reason(status: str | None) -> str:
    return "" if status == USABLE_STATUS[AudienceKind.COHORT] else not_usable(status)


def customer_file_reason(status: str | None, ready: bool | None) -> str:
    if status != USABLE_STATUS[AudienceKind.CUSTOMER_FILE]:
        return not_usable(status)
    if not ready:
        return QCoreApplication.translate(
            "AudienceStatus", "Not usable: not ready yet (population is still being prepared)"
        )
    return ""


def friend_group_reason(status: str | None) -> str:
    return "" if status == USABLE_STATUS[AudienceKind.FRIEND_GROUP] else not_usable(status)
