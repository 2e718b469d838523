"""Audience tabs: engagement cohorts, Pixel & SDK events, customer files, Kakao Talk
channels, Kakao Login users and friend groups — each pickable as Include or Exclude."""

from moment_gui.ui.audiences.panel import AudiencePanel

__all__ = ["AudiencePanel"]
