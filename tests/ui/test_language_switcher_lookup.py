"""`LanguageSwitcher.of(app)` finds what `app.findChild(LanguageSwitcher)` finds, without
wrapping the application's other children (the style) in Python before the first paint."""

from __future__ import annotations

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from moment_gui.ui.i18n import LanguageSwitcher


def test_of_finds_the_first_switcher_that_still_exists_like_find_child(qapp) -> None:
    first = LanguageSwitcher.of(qapp) or LanguageSwitcher(qapp)  # the app's, made earlier
    assert LanguageSwitcher.of(qapp) is first is qapp.findChild(LanguageSwitcher)
    other_parent = QObject()
    elsewhere = LanguageSwitcher(other_parent)  # type: ignore[arg-type]  # another owner
    assert LanguageSwitcher.of(qapp) is first
    assert LanguageSwitcher.of(other_parent) is elsewhere  # type: ignore[arg-type]
    spare = LanguageSwitcher(qapp)
    assert LanguageSwitcher.of(qapp) is first  # the first one, as findChild
    Shiboken.delete(other_parent)  # its switcher goes with it
    assert not Shiboken.isValid(elsewhere)
    assert LanguageSwitcher.of(other_parent) is None  # type: ignore[arg-type]
    spare.setParent(None)
    del spare
    assert LanguageSwitcher.of(qapp) is first
