"""The Kakao data tab (issue 13): 관심사 and 업종 as tri-state trees."""

from moment_gui.ui.kakao_data.panel import KakaoDataPanel

__all__ = ["KakaoDataPanel"]
