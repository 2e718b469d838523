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
NO_PERMISSION = (9004, "해당 광고계정에 대한 권한이 없습니다.")  # [observed]
TOO_MANY_REGIONS = (22086, "지역은 최대 1,000개까지 설정할 수 있습니다.")  # [docs]
REGION_AT_TWO_LEVELS = (22087, "상위 지역과 하위 지역을 동시에 설정할 수 없습니다.")  # [docs]
AUDIENCE_NOT_AVAILABLE = (22406, "사용할 수 없는 상태의 오디언스가 포함되어 있습니다.")  # [docs]
# Ad-group refusals whose real numbers Kakao does not publish: all simulated.
SECTION_NOT_ALLOWED = (91001, "섹션 카테고리는 카카오톡 비즈보드에서만 설정할 수 있습니다.")
AD_SERVING_NOT_ALLOWED = (91002, "디스플레이 전환 캠페인은 네트워크 카테고리를 설정할 수 없습니다.")
AUDIENCE_NOT_ALLOWED = (91003, "이 캠페인 유형과 목표에서 사용할 수 없는 오디언스입니다.")
INCLUDED_AND_EXCLUDED = (91004, "같은 오디언스를 포함과 제외에 동시에 설정할 수 없습니다.")
UNKNOWN_REGION = (91005, "존재하지 않는 지역입니다.")
UNKNOWN_AUDIENCE = (91006, "존재하지 않는 오디언스입니다.")
BAD_TRACKER_TERM = (91007, "픽셀 & SDK 타겟 기간이 올바르지 않습니다.")
UNKNOWN_AD_GROUP = (91008, "존재하지 않는 광고그룹입니다.")
CAMPAIGN_CHANGED = (91009, "광고그룹의 캠페인은 변경할 수 없습니다.")
EDIT_TOO_SOON = (91010, "광고그룹 수정은 5초에 한 번만 할 수 있습니다.")
MISSING_CAMPAIGN_ID = (91011, "campaignId는 필수입니다.")


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
