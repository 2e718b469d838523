"""moment-gui: build Kakao Moment ad-group targeting by clicking instead of hand-writing JSON."""

__version__ = "0.1.0"
APP_NAME = "moment-gui"
