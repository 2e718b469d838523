"""The plain words for audience statuses that may not be targeted.

Which status may be targeted is the vocabulary's (domain/kinds.py, `Part.usable`): from the
seed (shared doc §1), only AVAILABLE cohorts, COMPLETE + ready customer files and COMPLETE
friend groups may be targeted (§4, detailCode 22406).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moment_gui.domain.kinds import AudienceKind, of_kind

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


def reason(kind: AudienceKind, status: str | None, ready: bool | None = None) -> str:
    """Why a listed item of `kind` cannot be picked; "" when it can."""
    part = of_kind(kind)
    if part.usable is None:
        return ""
    if status != part.usable:
        return not_usable(status)
    if part.needs_ready and not ready:
        return QCoreApplication.translate(
            "AudienceStatus", "Not usable: not ready yet (population is still being prepared)"
        )
    return ""
