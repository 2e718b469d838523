"""Helpers several test folders share (importable as `tests.support`)."""
