"""Typed errors of the Kakao Moment client, each with a sentence a planner understands.

Kakao answers errors as ``{"code": -813, "msg": "...", "extras": {"detailCode": 75029,
"detailMsg": "..."}}`` (shared doc §2). ``detailMsg`` is Korean and may change, so the
planner-facing text is chosen by code, never by Kakao's wording. Every text lives in the
tables below, marked for the Korean catalogue (context "ApiErrors"); `error.text` is the
translatable `Message`, `error.plain_message` its English.
"""

from __future__ import annotations

from moment_gui.message import QT_TRANSLATE_NOOP, Message, as_message

# Kakao's detailCode → what happened, in the planner's words. [seed] 75029/75528, [docs] others.
DETAIL_MESSAGES: dict[int, str] = {
    75029: QT_TRANSLATE_NOOP(
        "ApiErrors", "Enter a city, county or district (시/군/구) to search for."
    ),
    75528: QT_TRANSLATE_NOOP(
        "ApiErrors", "Enter a neighbourhood, town or township (동/읍/면) to search for."
    ),
    22086: QT_TRANSLATE_NOOP(
        "ApiErrors", "An ad group can target at most 1,000 regions. Remove some regions."
    ),
    22087: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The same area is selected at two levels (for example 서울특별시 and "
        "서울특별시 강남구). Keep only one of them.",
    ),
    22406: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "An audience that is not ready to use (status not AVAILABLE) was selected.",
    ),
    9004: QT_TRANSLATE_NOOP(  # [observed]
        "ApiErrors",
        "Your business token has no permission on this ad account. Choose another ad account "
        "or ask its owner to add you as a member.",
    ),
    6003: QT_TRANSLATE_NOOP(
        "ApiErrors", "This ad account does not exist. Check the ad account ID."
    ),
    21006: QT_TRANSLATE_NOOP(
        "ApiErrors", "This ad account does not exist. Check the ad account ID."
    ),
    # Refusals of an ad-group edit whose real numbers Kakao does not publish: the simulator's
    # own codes (simulator/errors.py, marked "simulated"); listed so the demo speaks plainly.
    91001: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Section categories can only be used by a Kakao Bizboard ad group shown on Kakao Talk. "
        "Remove the section categories.",
    ),
    91002: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Network placement categories cannot be used with a Display × Conversion campaign. "
        "Remove them.",
    ),
    91003: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "An audience was selected that this campaign type and goal cannot use (message "
        "audiences and friend groups are only for message campaigns).",
    ),
    91004: QT_TRANSLATE_NOOP(
        "ApiErrors", "The same audience is both included and excluded. Keep only one of them."
    ),
    91005: QT_TRANSLATE_NOOP(
        "ApiErrors", "A region Kakao Moment does not know was selected. Rebuild the region list."
    ),
    91006: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "An audience that does not exist in this ad account (or was deleted) was selected.",
    ),
    91007: QT_TRANSLATE_NOOP(
        "ApiErrors", "A Pixel & SDK targeting period is not one Kakao Moment accepts."
    ),
    91008: QT_TRANSLATE_NOOP(
        "ApiErrors", "This ad group does not exist in the ad account (it may have been deleted)."
    ),
    91009: QT_TRANSLATE_NOOP("ApiErrors", "An ad group cannot be moved to another campaign."),
    91010: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Kakao Moment refused the change: the ad group can be edited only once every "
        "5 seconds. Try again in a moment.",
    ),
    91011: QT_TRANSLATE_NOOP(
        "ApiErrors", "Choose a campaign first: ad groups are listed per campaign."
    ),
    91012: QT_TRANSLATE_NOOP(
        "ApiErrors", "This campaign does not exist in the ad account (it may have been deleted)."
    ),
}

# HTTP status → message when no detail code says more. [docs] shared doc §2.
STATUS_MESSAGES: dict[int, str] = {
    400: QT_TRANSLATE_NOOP(
        "ApiErrors", "Kakao Moment rejected the request because a value was missing or wrong."
    ),
    401: QT_TRANSLATE_NOOP(
        "ApiErrors", "Your business token was rejected or has expired. Enter a new token."
    ),
    403: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Your business token has no permission for this ad account. Check the ad account ID "
        "or ask the account's owner for access.",
    ),
    404: QT_TRANSLATE_NOOP(
        "ApiErrors", "Kakao Moment does not know this address. The app may need an update."
    ),
    429: QT_TRANSLATE_NOOP(
        "ApiErrors", "Kakao Moment received too many requests. Wait a minute and try again."
    ),
    500: QT_TRANSLATE_NOOP(
        "ApiErrors", "Kakao Moment had an internal error. Try again in a few minutes."
    ),
}

SERVER_ERROR_MESSAGE = QT_TRANSLATE_NOOP(
    "ApiErrors", "Kakao Moment is having trouble (server error). Try again in a few minutes."
)
UNAVAILABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "Could not reach Kakao Moment (no answer or the connection dropped). "
    "Check the internet connection and try again.",
)
UNEXPECTED_SHAPE_MESSAGE = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "Kakao Moment sent an answer this app does not understand (unexpected response shape).",
)
# The reason after it is technical (which field, which type) and stays English.
UNEXPECTED_SHAPE_WITH_REASON = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "Kakao Moment sent an answer this app does not understand (unexpected response shape). "
    "{reason}",
)
GENERIC_MESSAGE = QT_TRANSLATE_NOOP("ApiErrors", "Kakao Moment returned an error.")
TOO_LARGE_MESSAGE = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "Kakao Moment sent an answer larger than this app accepts ({size} MB), so it was not "
    "read. Try again; if it keeps happening, a proxy or network device may be in the way.",
)
DEADLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "Kakao Moment did not finish answering within {seconds} s. Check the internet "
    "connection and try again.",
)


def api_message(template: str, **args: object) -> Message:
    """A planner-facing sentence of this package (its template marked with QT_TRANSLATE_NOOP)."""
    return Message.of("ApiErrors", template, **args)


def plain_text_for(status: int | None, code: int | None, detail_code: int | None) -> Message:
    """The planner-facing sentence for an error answer, most specific table first."""
    if detail_code is not None and detail_code in DETAIL_MESSAGES:
        return api_message(DETAIL_MESSAGES[detail_code])
    if status is not None and status in STATUS_MESSAGES:
        return api_message(STATUS_MESSAGES[status])
    if status is not None and status >= 500:
        return api_message(SERVER_ERROR_MESSAGE)
    return api_message(GENERIC_MESSAGE)


def plain_message_for(status: int | None, code: int | None, detail_code: int | None) -> str:
    """`plain_text_for` in English."""
    return str(plain_text_for(status, code, detail_code))


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
        message: str | Message | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail_code = detail_code
        self.detail_msg = detail_msg
        # Seconds the server asked us to wait (Retry-After); used by the retry policy.
        self.retry_after = retry_after
        # The planner's sentence: `text` to translate in ui/, `plain_message` in English.
        self.text: Message = (
            as_message(message)
            if message is not None
            else plain_text_for(status, code, detail_code)
        )
        self.plain_message = str(self.text)
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

    def __init__(self, message: str | Message) -> None:
        super().__init__(None, message=message)


class ServiceUnavailable(MomentApiError):
    """No usable answer: timeouts or dropped connections after every retry (status None)."""

    def __init__(self, message: str | Message | None = None) -> None:
        super().__init__(None, message=message or api_message(UNAVAILABLE_MESSAGE))


class UnexpectedResponse(MomentApiError):
    """The answer was not in the documented shape (HTML, truncated JSON, wrong types)."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(status, message=api_message(UNEXPECTED_SHAPE_WITH_REASON, reason=reason))


class ResponseTooLarge(UnexpectedResponse):
    """The answer (as sent, or once inflated) was larger than the client reads; not kept."""

    def __init__(self, limit_bytes: int, status: int | None = None) -> None:
        self.limit_bytes = limit_bytes
        MomentApiError.__init__(
            self,
            status,
            message=api_message(TOO_LARGE_MESSAGE, size=f"{limit_bytes / (1024 * 1024):g}"),
        )


class DeadlineExceeded(ServiceUnavailable):
    """The whole call, retries included, took longer than its deadline and was stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(api_message(DEADLINE_MESSAGE, seconds=f"{seconds:g}"))
