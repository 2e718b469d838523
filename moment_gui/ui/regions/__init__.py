"""The Regions panel (issue 4): tree, search and picked list over Kakao's region lookups."""

from moment_gui.ui.regions.panel import RegionPanel

__all__ = ["RegionPanel"]
