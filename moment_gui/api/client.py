"""Async client for the eleven Kakao Moment targeting lookups (+ the tracker list).

One coroutine per endpoint, typed answers, typed errors. Requests Kakao would reject are
refused *before* sending (``RequestRejected``). 429, 5xx, timeouts and dropped connections
are retried a bounded number of times with exponential backoff and jitter (``stamina``),
honouring ``Retry-After``. The business token goes into the ``Authorization`` header of each
request and nowhere else: not into ``repr``, logs or exception text.
"""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import json
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Self

import httpx
import stamina

from moment_gui import __version__
from moment_gui.api import models
from moment_gui.api._http import ACCEPT_ENCODING, Answer, Limits, parse_json, read_answer
from moment_gui.api.adgroups import AdGroupEndpoints
from moment_gui.api.errors import (
    AuthenticationError,
    DeadlineExceeded,
    MomentApiError,
    RequestRejected,
    ServiceUnavailable,
    UnexpectedResponse,
    api_message,
)
from moment_gui.api.models import (
    DATA_CATEGORY_TYPES,
    AdServingCategory,
    ChannelProfile,
    CohortAvailable,
    CustomerFile,
    DataCategory,
    Depth2Location,
    Depth3Location,
    Endpoint,
    Location,
    M,
    P,
    PixelAndSdkEvent,
    SectionCategory,
    SyncProfile,
    TalkChannelGroupFile,
    Tracker,
)
from moment_gui.api.pacing import EDIT_PACER, EditPacer
from moment_gui.message import QT_TRANSLATE_NOOP

KAKAO_BASE_URL = "https://apis.moment.kakao.com"
TERM_MIN, TERM_MAX = 1, 180
KEYWORD_MAX = 100
AUTH_ERROR_CODE = -401  # Kakao's code for an invalid or expired token (shared doc §2)
DETAIL_MSG_MAX = 300  # Kakao's own explanation, quoted in the error; longer is not a sentence

_LOG = logging.getLogger(__name__)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _checked_base_url(base_url: str) -> httpx.URL:
    """HTTPS only, except the local simulator on a loopback address."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"Not a valid server address: {base_url!r}") from exc
    if not url.host:
        raise ValueError(f"Not a valid server address: {base_url!r}")
    if url.scheme == "https":
        return url
    if url.scheme == "http" and _is_loopback(url.host):
        return url
    raise ValueError(
        "The server address must start with https:// (plain http is only allowed for a "
        f"simulator on this computer), got {url.scheme}://{url.host}"
    )


def _parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date); ``None`` if unusable."""
    if value is None or not value.strip():
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


CONNECT_ATTEMPTS = 2  # a refused/unresolvable connection is tried twice, not retry_attempts
OFFLINE_HOLD_S = 5.0  # after that, other requests fail at once for this long (cache answers)


class _Offline(Exception):
    """Internal: connecting failed CONNECT_ATTEMPTS times; stamina must not retry it."""


class MomentClient(AdGroupEndpoints):
    """The Kakao Moment Open API v4 targeting lookups. Use ``async with`` or ``aclose()``."""

    def __init__(
        self,
        token: str,
        ad_account_id: int | None = None,
        base_url: str = KAKAO_BASE_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 10.0,
        retry_attempts: int = 4,
        *,
        retry_wait_initial: float = 0.5,
        retry_wait_max: float = 8.0,
        retry_after_max: float = 60.0,
        edit_pacer: EditPacer | None = None,
        limits: Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        """`limits` bounds every answer (bytes, JSON depth) and each whole call (`deadline`
        seconds, all tries and waits included; `deadline=` alone overrides just that)."""
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if retry_attempts < 1:
            raise ValueError("retry_attempts must be at least 1")
        url = _checked_base_url(base_url)
        self._token = token
        self.ad_account_id = ad_account_id
        self._timeout = timeout
        self._retry_attempts = retry_attempts
        self._retry_wait_initial = retry_wait_initial
        self._retry_wait_max = retry_wait_max
        self._retry_after_max = retry_after_max
        self._offline_until = 0.0  # time.monotonic() before which requests fail at once
        # One per process by default: every client editing an ad account takes turns.
        self._pacer = edit_pacer if edit_pacer is not None else EDIT_PACER
        limits = limits or Limits()
        if deadline is not None:
            limits = dataclasses.replace(limits, deadline=deadline)
        self._limits = limits
        self._http = httpx.AsyncClient(
            base_url=url,
            transport=transport,
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            # A proxy from the environment must never see simulator traffic on loopback.
            trust_env=not _is_loopback(url.host),
            headers={
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
                "User-Agent": f"moment-gui/{__version__}",
            },
        )

    # --- lifecycle and settings -----------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    @property
    def base_url(self) -> str:
        return str(self._http.base_url).rstrip("/")

    @property
    def ad_account_id(self) -> int | None:
        return self._ad_account_id

    @ad_account_id.setter
    def ad_account_id(self, value: int | None) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError("The ad account ID must be a whole number.")
        self._ad_account_id = value

    def set_token(self, token: str) -> None:
        """Use a new business token from the next request on (after a 401)."""
        self._token = token

    def __repr__(self) -> str:
        return (
            f"MomentClient(base_url={self.base_url!r}, ad_account_id={self._ad_account_id!r}, "
            "token='***')"
        )

    # --- the endpoints (shared doc §1; paths exactly as the seed, in `api.models`) ---------

    async def lookup(self, endpoint: Endpoint[P, M], *args: P.args, **kwargs: P.kwargs) -> list[M]:
        """Any lookup, as its `Endpoint` row declares it: a plain list needs nothing else.

        No checks before sending: the methods below check their parameters, then call this.
        """
        path, params = endpoint.request(endpoint.bind(args, kwargs))
        body = await self._get(path, params=params or None, per_account=endpoint.per_account)
        return endpoint.parse_body(body)

    async def depth1_locations(self) -> list[Location]:
        return await self.lookup(models.DEPTH1_LOCATIONS)

    async def depth2_locations(self, keyword: str) -> list[Depth2Location]:
        return await self.lookup(models.DEPTH2_LOCATIONS, self._keyword(keyword, "시/군/구"))

    async def depth3_locations(self, keyword: str) -> list[Depth3Location]:
        return await self.lookup(models.DEPTH3_LOCATIONS, self._keyword(keyword, "동/읍/면"))

    async def ad_serving_categories(self) -> list[AdServingCategory]:
        return await self.lookup(models.AD_SERVING_CATEGORIES)

    async def section_categories(self) -> list[SectionCategory]:
        return await self.lookup(models.SECTION_CATEGORIES)

    async def data_categories(self, category_type: str) -> list[DataCategory]:
        """Kakao data categories ([docs]): `"INTEREST"` (관심사) or `"BUSINESS_TYPE"` (업종).

        Kakao fails the request when `type` is missing, so a missing or unknown type is
        refused before sending.
        """
        kind = category_type.strip().upper() if isinstance(category_type, str) else ""
        if kind not in DATA_CATEGORY_TYPES:
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors",
                        "Choose which Kakao data to list: interests (INTEREST) or "
                        "business types (BUSINESS_TYPE).",
                    )
                )
            )
        return await self.lookup(models.DATA_CATEGORIES, kind)

    async def cohorts(self) -> list[CohortAvailable]:
        return await self.lookup(models.COHORTS)

    async def pixel_events(self, track_id: str, term: int) -> list[PixelAndSdkEvent]:
        track = self._required_id(
            track_id, "track ID", QT_TRANSLATE_NOOP("ApiErrors", "Enter the tracker's track ID.")
        )
        if isinstance(term, bool) or not isinstance(term, int) or not TERM_MIN <= term <= TERM_MAX:
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors",
                        "The targeting period must be a whole number of days from {min} to {max}.",
                    ),
                    min=TERM_MIN,
                    max=TERM_MAX,
                )
            )
        return await self.lookup(models.PIXEL_EVENTS, track, term)

    async def customer_files(self) -> list[CustomerFile]:
        return await self.lookup(models.CUSTOMER_FILES)

    async def talk_channels(self) -> list[ChannelProfile]:
        return await self.lookup(models.TALK_CHANNELS)

    async def sync_profiles(self) -> list[SyncProfile]:
        return await self.lookup(models.SYNC_PROFILES)

    async def friend_groups(self, profile_id: str) -> list[TalkChannelGroupFile]:
        profile = self._required_id(
            profile_id,
            "channel",
            QT_TRANSLATE_NOOP(
                "ApiErrors", "Choose the Kakao Talk Channel whose friend groups to show."
            ),
        )
        return await self.lookup(models.FRIEND_GROUPS, profile)

    async def trackers(self) -> list[Tracker]:
        """Pixel & SDK trackers of the ad account ([docs]; Kakao allows one call per 5 s)."""
        return await self.lookup(models.TRACKERS)

    # --- checks before sending ------------------------------------------------------------

    @staticmethod
    def _keyword(keyword: str, level: str) -> str:
        if not isinstance(keyword, str) or not keyword.strip():
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP("ApiErrors", "Enter a {level} search word."), level=level
                )
            )
        if len(keyword.strip()) > KEYWORD_MAX:
            # No region name is anywhere near this long; a huge paste would also overflow
            # the URL length httpx accepts and fail with a raw InvalidURL.
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors", "A search word can have at most {max} characters."
                    ),
                    max=KEYWORD_MAX,
                )
            )
        return keyword.strip()

    @staticmethod
    def _required_id(value: str, what: str, message: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise RequestRejected(api_message(message))
        return value.strip()

    def _auth_headers(self, per_account: bool, account: int | None = None) -> dict[str, str]:
        token = self._token.strip() if isinstance(self._token, str) else ""
        if not token:
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP("ApiErrors", "Enter your Kakao Moment business token first.")
                )
            )
        if not token.isascii() or not token.isprintable() or any(c.isspace() for c in token):
            # httpx would fail on such a header; say why instead of a cryptic encoding error.
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors",
                        "The business token contains characters a token cannot have. "
                        "Copy it again.",
                    )
                )
            )
        headers = {"Authorization": f"Bearer {token}"}
        if per_account:
            account = account if account is not None else self._ad_account_id
            if account is None:
                raise RequestRejected(
                    api_message(QT_TRANSLATE_NOOP("ApiErrors", "Choose an ad account first."))
                )
            headers["adAccountId"] = str(account)
        return headers

    # --- sending, retrying and reading answers ---------------------------------------------

    async def _get(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        per_account: bool = False,
        account: int | None = None,
    ) -> Any:
        """GET with retries; `account` overrides the client's ad account for this request.

        Every GET goes through here: one deadline over all tries and waits (`Limits.deadline`),
        answers read within `Limits` by `_http.read_answer` (as `_put`'s).
        """
        headers = self._auth_headers(per_account, account)
        if time.monotonic() < self._offline_until:
            raise ServiceUnavailable()  # just found unreachable: do not wait again per list
        refused = 0  # connections that could not be made during this call
        loop = asyncio.get_running_loop()
        deadline_at = loop.time() + self._limits.deadline

        def backoff(exc: BaseException) -> bool | float:
            return self._retry_backoff(exc, deadline_at - loop.time())

        try:
            async with asyncio.timeout_at(deadline_at):
                async for attempt in stamina.retry_context(
                    on=backoff,
                    attempts=self._retry_attempts,
                    timeout=None,
                    wait_initial=self._retry_wait_initial,
                    wait_max=self._retry_wait_max,
                    wait_jitter=self._retry_wait_initial,
                ):
                    with attempt:
                        try:
                            answer = await self._get_once(path, params, headers)
                        except httpx.ConnectError:
                            refused += 1
                            if refused >= CONNECT_ATTEMPTS:
                                raise _Offline() from None
                            raise
                        self._offline_until = 0.0
                        return answer
        except _Offline as exc:
            # No connection could be made (no network, DNS, refused): a second try after a
            # short wait is enough; backing off for 13 s only hid "offline" from the planner.
            self._offline_until = time.monotonic() + OFFLINE_HOLD_S
            raise ServiceUnavailable() from exc
        except TimeoutError as exc:
            # asyncio's deadline; httpx's own timeouts are not TimeoutError subclasses.
            raise DeadlineExceeded(self._limits.deadline) from exc
        except httpx.TimeoutException as exc:
            raise ServiceUnavailable(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors",
                        "Kakao Moment did not answer in time ({seconds} s, {tries} tries). "
                        "Check the internet connection and try again.",
                    ),
                    seconds=f"{self._timeout:g}",
                    tries=self._retry_attempts,
                )
            ) from exc
        except httpx.TransportError as exc:
            raise ServiceUnavailable() from exc
        except httpx.DecodingError as exc:
            raise UnexpectedResponse("The answer could not be decoded.") from exc
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    async def _get_once(
        self, path: str, params: Mapping[str, str] | None, headers: Mapping[str, str]
    ) -> Any:
        started = time.perf_counter()
        request = self._http.build_request("GET", path, params=params, headers=headers)
        answer = await read_answer(self._http, request, self._limits)
        # Only the path and status: headers carry the token and are never logged.
        _LOG.debug(
            "GET %s -> %s in %.0f ms",
            path,
            answer.status,
            (time.perf_counter() - started) * 1000,
        )
        return self._read_answer(answer)

    def edit_wait(self, account: int | None = None) -> float:
        """Seconds an edit of `account` sent now would wait for its turn (Kakao's 5-s limit)."""
        account = account if account is not None else self._ad_account_id
        return self._pacer.wait_needed((self.base_url, account))

    async def _put(self, path: str, body: Mapping[str, Any], account: int | None = None) -> Any:
        """One PUT of a whole object, paced by `EditPacer` and never retried.

        Kakao refuses a second ad-group edit within 5 s [docs]: the pacer waits instead. A PUT
        whose answer never came may or may not have been applied, so it is not sent again; the
        caller reads the object back to find out. Returns the parsed answer, None when empty.
        """
        account = account if account is not None else self._ad_account_id
        headers = self._auth_headers(True, account)
        headers["Content-Type"] = "application/json;charset=UTF-8"
        # UTF-8 as Kakao sends it: Hangul stays literal, so unchanged values go back as they came.
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        async with self._pacer.turn((self.base_url, account)):
            started = time.perf_counter()
            request = self._http.build_request("PUT", path, content=content, headers=headers)
            try:
                # Bounded like every GET: the deadline, the byte caps, the JSON depth.
                async with asyncio.timeout(self._limits.deadline):
                    response = await read_answer(self._http, request, self._limits)
            except (httpx.TimeoutException, TimeoutError) as exc:
                raise ServiceUnavailable(
                    api_message(
                        QT_TRANSLATE_NOOP(
                            "ApiErrors",
                            "Kakao Moment did not answer the change in time; it may or may not "
                            "have been applied. Reload the ad group to see.",
                        )
                    )
                ) from exc
            except httpx.TransportError as exc:
                raise ServiceUnavailable() from exc
            _LOG.debug(
                "PUT %s -> %s in %.0f ms",
                path,
                response.status,
                (time.perf_counter() - started) * 1000,
            )
        return self._read_answer(response, allow_empty=True)

    def _read_answer(self, response: Answer, *, allow_empty: bool = False) -> Any:
        """The parsed JSON of a 2xx answer; every error answer becomes a MomentApiError.

        The one place that reads answers: a 2xx body carrying Kakao's error envelope
        (`{code: -813, msg, extras}`, [observed]) is an error here too, for every endpoint.
        """
        if response.status >= 400:
            raise self._error_from(response)
        if not response.body.strip():
            if allow_empty:
                return None
            raise UnexpectedResponse("The answer was empty.", response.status)
        text = response.text
        try:
            body = parse_json(text, self._limits, response.status)
        except ValueError:
            # Redact the whole text first: cutting first could leave part of the token.
            snippet = self._redact(text)[:40].strip()
            raise UnexpectedResponse(
                f"The answer was not JSON (it starts with {snippet!r}).", response.status
            ) from None
        if isinstance(body, Mapping) and _int_or_none(body.get("code")) not in (None, 0):
            raise self._error_from(response, body)
        return body

    def _retry_backoff(self, exc: BaseException, remaining: float) -> bool | float:
        """stamina's hook: retry network failures, 429 and 5xx; wait Retry-After if given.

        A Retry-After that would outlast the call's deadline ends the call now with the
        server's own error instead of a long wait that is cut off anyway.
        """
        if isinstance(exc, httpx.TransportError):
            return True
        status = exc.status if isinstance(exc, MomentApiError) else None
        if status is None or not (status == 429 or status >= 500):
            return False
        assert isinstance(exc, MomentApiError)
        if exc.retry_after is not None:
            wait = min(exc.retry_after, self._retry_after_max)
            return wait if wait < remaining else False
        return True

    def _error_from(self, response: Answer, body: Any = None) -> MomentApiError:
        code: int | None = None
        detail_code: int | None = None
        detail_msg: str | None = None
        if body is None:
            try:
                body = parse_json(response.text, self._limits, response.status)
            except (ValueError, UnexpectedResponse):
                body = None  # HTML error pages from proxies, absurd nesting: the status must do
        if isinstance(body, Mapping):
            code = _int_or_none(body.get("code"))
            extras = body.get("extras")
            if isinstance(extras, Mapping):
                detail_code = _int_or_none(extras.get("detailCode"))
                raw_msg = extras.get("detailMsg")
                # Redacted whole, then shortened: a cut first could keep part of the token.
                detail_msg = (
                    self._redact(str(raw_msg))[:DETAIL_MSG_MAX] if raw_msg is not None else None
                )
        status = response.status
        if status == 401 or code == AUTH_ERROR_CODE:
            return AuthenticationError(status, code, detail_code, detail_msg)
        return MomentApiError(
            status,
            code,
            detail_code,
            detail_msg,
            retry_after=_parse_retry_after(response.headers.get("Retry-After")),
        )

    def _redact(self, text: str) -> str:
        token = self._token.strip() if isinstance(self._token, str) else ""
        return text.replace(token, "***") if token else text


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None
