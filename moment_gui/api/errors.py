"""Typed errors of the Kakao Moment client, each with a sentence a planner understands.

Kakao answers errors as ``{"code": -813, "msg": "...", "extras": {"detailCode": 75029,
"detailMsg": "..."}}`` (shared doc §2). ``detailMsg`` is Korean and may change, so the
planner-facing text is chosen by code, never by Kakao's wording. Every text lives in the
tables below so a translation or correction is one edit.
"""

from __future__ import annotations

# Kakao's detailCode → what happened, in the planner's words. [seed] 75029/75528, [docs] others.
DETAIL_MESSAGES: dict[int, str] = {
    75029: "Enter a city, county or district (시/군/구) to search for.",
    75528: "Enter a neighbourhood, town or township (동/읍/면) to search for.",
    22086: "An ad group can target at most 1,000 regions. Remove some regions.",
    22087: (
        "The same area is selected at two levels (for example 서울특별시 and "
        "서울특별시 강남구). Keep only one of them."
    ),
    22406: "An audience that is not ready to use (status not AVAILABLE) was selected.",
    6003: "This ad account does not exist. Check the ad account ID.",
    21006: "This ad account does not exist. Check the ad account ID.",
}

# HTTP status → message when no detail code says more. [docs] shared doc §2.
STATUS_MESSAGES: dict[int, str] = {
    400: "Kakao Moment rejected the request because a value was missing or wrong.",
    401: "Your business token was rejected or has expired. Enter a new token.",
    403: (
        "Your business token has no permission for this ad account. Check the ad account ID "
        "or ask the account's owner for access."
    ),
    404: "Kakao Moment does not know this address. The app may need an update.",
    429: "Kakao Moment received too many requests. Wait a minute and try again.",
    500: "Kakao Moment had an internal error. Try again in a few minutes.",
}

SERVER_ERROR_MESSAGE = "Kakao Moment is having trouble (server error). Try again in a few minutes."
UNAVAILABLE_MESSAGE = (
    "Could not reach Kakao Moment (no answer or the connection dropped). "
    "Check the internet connection and try again."
)
UNEXPECTED_SHAPE_MESSAGE = (
    "Kakao Moment sent an answer this app does not understand (unexpected response shape)."
)
GENERIC_MESSAGE = "Kakao Moment returned an error."


def plain_message_for(status: int | None, code: int | None, detail_code: int | None) -> str:
    """The planner-facing sentence for an error answer, most specific table first."""
    if detail_code is not None and detail_code in DETAIL_MESSAGES:
        return DETAIL_MESSAGES[detail_code]
    if status is not None and status in STATUS_MESSAGES:
        return STATUS_MESSAGES[status]
    if status is not None and status >= 500:
        return SERVER_ERROR_MESSAGE
    return GENERIC_MESSAGE


class MomentApiError(Exception):
    """Kakao Moment answered with an error, or an answer this client cannot use.

    ``str(error)`` is the plain message plus the technical codes; the business token is
    never part of it (the client redacts it from anything the server echoes).
    """

    def __init__(
        self,
        status: int | None,
        code: int | None = None,
        detail_code: int | None = None,
        detail_msg: str | None = None,
        *,
        message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail_code = detail_code
        self.detail_msg = detail_msg
        # Seconds the server asked us to wait (Retry-After); used by the retry policy.
        self.retry_after = retry_after
        self.plain_message = (
            message if message is not None else plain_message_for(status, code, detail_code)
        )
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.code is not None:
            parts.append(f"code {self.code}")
        if self.detail_code is not None:
            parts.append(f"detail {self.detail_code}")
        text = self.plain_message
        if parts:
            text += f" ({', '.join(parts)})"
        if self.detail_msg and self.detail_code not in DETAIL_MESSAGES:
            # Unknown detail codes: Kakao's own words are the best explanation we have.
            text += f" Kakao Moment said: {self.detail_msg}"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"detail_code={self.detail_code!r})"
        )


class AuthenticationError(MomentApiError):
    """HTTP 401: the business token is invalid or expired; the UI asks for a new one."""


class RequestRejected(MomentApiError):
    """The client refused to send a request that Kakao would reject (status is None)."""

    def __init__(self, message: str) -> None:
        super().__init__(None, message=message)


class ServiceUnavailable(MomentApiError):
    """No usable answer: timeouts or dropped connections after every retry (status None)."""

    def __init__(self, message: str = UNAVAILABLE_MESSAGE) -> None:
        super().__init__(None, message=message)


class UnexpectedResponse(MomentApiError):
    """The answer was not in the documented shape (HTML, truncated JSON, wrong types)."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(status, message=f"{UNEXPECTED_SHAPE_MESSAGE} {reason}")
