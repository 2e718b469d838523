"""moment_gui.api: the Kakao Moment Open API v4 targeting lookups over HTTP (no Qt).

Names load on first use (PEP 562), so `moment_gui.api.errors` or `.models` alone never pays
for httpx and stamina: the window can paint before the HTTP client is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from moment_gui.api.errors import (
    AuthenticationError,
    DeadlineExceeded,
    MomentApiError,
    RequestRejected,
    ResponseTooLarge,
    ServiceUnavailable,
    UnexpectedResponse,
)

if TYPE_CHECKING:
    from moment_gui.api.client import KAKAO_BASE_URL, TERM_MAX, TERM_MIN, MomentClient
    from moment_gui.api.models import (
        AdServingCategory,
        BaseAd,
        BaseAdCampaign,
        BaseAdGroup,
        ChannelProfile,
        CohortAvailable,
        CustomerFile,
        DataCategory,
        Depth2Location,
        Depth3Location,
        Location,
        PixelAndSdkEvent,
        SectionCategory,
        SyncProfile,
        TalkChannelGroupFile,
        Tracker,
        TrackRule,
    )

_CLIENT_NAMES = frozenset({"KAKAO_BASE_URL", "TERM_MAX", "TERM_MIN", "MomentClient"})
_ERROR_NAMES = frozenset(
    {
        "AuthenticationError",
        "DeadlineExceeded",
        "MomentApiError",
        "RequestRejected",
        "ResponseTooLarge",
        "ServiceUnavailable",
        "UnexpectedResponse",
    }
)


def __getattr__(name: str) -> Any:
    if name in _CLIENT_NAMES:
        module = "client"
    elif name in __all__ and name not in _ERROR_NAMES:
        module = "models"
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "KAKAO_BASE_URL",
    "TERM_MAX",
    "TERM_MIN",
    "AdServingCategory",
    "AuthenticationError",
    "BaseAd",
    "BaseAdCampaign",
    "BaseAdGroup",
    "ChannelProfile",
    "CohortAvailable",
    "CustomerFile",
    "DataCategory",
    "DeadlineExceeded",
    "Depth2Location",
    "Depth3Location",
    "Location",
    "MomentApiError",
    "MomentClient",
    "PixelAndSdkEvent",
    "RequestRejected",
    "ResponseTooLarge",
    "SectionCategory",
    "ServiceUnavailable",
    "SyncProfile",
    "TalkChannelGroupFile",
    "TrackRule",
    "Tracker",
    "UnexpectedResponse",
]
