"""Kakao Moment's error bodies (shared doc §2), built in one place.

detailCodes 75029/75528 are from the seed and 6003 from Kakao's error table; the ones marked
"simulated" are our own picks where Kakao publishes none.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse

MISSING_DEPTH2_KEYWORD = (75029, "조회할 시/군/구 검색어를 입력해 주세요.")
MISSING_DEPTH3_KEYWORD = (75528, "조회할 동/읍/면 검색어를 입력해 주세요.")
UNKNOWN_AD_ACCOUNT = (6003, "광고계정이 존재하지 않습니다.")
UNKNOWN_TRACKER = (71003, "존재하지 않는 픽셀 & SDK입니다.")  # simulated
UNKNOWN_PROFILE = (73004, "존재하지 않는 카카오톡 채널입니다.")  # simulated
RATE_LIMITED = (31009, "요청 횟수가 초과되었습니다. 잠시 후 다시 시도해 주세요.")  # simulated


class KakaoJSONResponse(JSONResponse):
    """JSON as Kakao sends it: UTF-8 Hangul, and the seed's content type."""

    media_type = "application/json;charset=UTF-8"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class ApiError(Exception):
    """Raised by handlers; turned into Kakao's error body by the app."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(f"{status} {body.get('code')}")
        self.status = status
        self.body = body
        self.headers = headers or {}

    def response(self) -> KakaoJSONResponse:
        return KakaoJSONResponse(self.body, status_code=self.status, headers=self.headers)


def business_error(status: int, detail: tuple[int, str]) -> ApiError:
    code, message = detail
    body = {
        "code": -813,
        "msg": "KakaoMomentException",
        "extras": {"detailCode": code, "detailMsg": message},
    }
    return ApiError(status, body)


def bad_parameter(message: str) -> ApiError:
    return ApiError(400, {"code": -2, "msg": message})


def unauthorized() -> ApiError:
    # Never echo the token back: the body says only that it was refused.
    return ApiError(
        401, {"code": -401, "msg": "유효하지 않은 토큰입니다. (invalid or expired token)"}
    )


def internal_error() -> ApiError:
    return ApiError(500, {"code": -1, "msg": "Internal Server Error"})


def rate_limited(retry_after_s: int) -> ApiError:
    error = business_error(429, RATE_LIMITED)
    error.headers["Retry-After"] = str(retry_after_s)
    return error
