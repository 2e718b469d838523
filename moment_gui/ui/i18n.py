"""Which language the UI speaks: English source strings, Korean from `moment_gui_ko.qm`.

`LanguageSwitcher.apply()` swaps the installed QTranslator; Qt then sends
`QEvent.LanguageChange` to every widget. Widgets that build their text in a `retranslate()`
called from `changeEvent` (the main window, campaign bar, preview, problem list) switch at
once; text that a controller computed once and never refreshes (for example a message already
shown in the status bar) keeps its old language until it is next shown or the app restarts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from shiboken6 import Shiboken

from moment_gui.message import Message

CATALOGUE = "moment_gui"
LANGUAGES: tuple[str, ...] = ("en", "ko")  # "en" is the source text: no catalogue needed


def tr_message(message: Message | str | None) -> str:
    """A sentence built below ui/ in the current language (plain text is shown as it is).

    The template and every argument that is itself a `Message` go through the installed
    translator; the templates reach the catalogue through QT_TRANSLATE_NOOP where they live.
    """
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    return message.render(_translate)


def tr_error(exc: BaseException) -> str:
    """An exception's planner-facing sentence: its `.text` Message when it has one."""
    text = getattr(exc, "text", None)
    return tr_message(text) if isinstance(text, Message) else str(exc)


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def translations_dir() -> Path:
    """`resources/i18n` of a source checkout, or beside a PyInstaller bundle's files."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "i18n"
    return Path(__file__).resolve().parents[2] / "resources" / "i18n"


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{language}.qm"


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """'auto' follows the system locale (Korean → 'ko', anything else → 'en')."""
    if setting in LANGUAGES:
        return setting
    locale = locale if locale is not None else QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


class LanguageSwitcher(QObject):
    """Owns the app's translators; `apply(language)` installs the matching catalogue."""

    _made: ClassVar[list[LanguageSwitcher]] = []  # in the order made (see of())

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        super().__init__(app)
        LanguageSwitcher._made.append(self)
        self._app = app
        self._directory = directory
        self._translators: list[QTranslator] = []
        self.language = "en"

    @classmethod
    def of(cls, app: QCoreApplication | None) -> LanguageSwitcher | None:
        """The first switcher made for `app` that still exists, as `app.findChild` would
        find it, without findChild: that wraps every child of the application in Python,
        the style among them, which builds QStyle's Python enums before the first paint
        (~10 ms on the 2-core box)."""
        cls._made = [s for s in cls._made if Shiboken.isValid(s)]
        return next((s for s in cls._made if s._app is app), None)

    def apply(self, language: str) -> bool:
        """Switch to `language`. False (and English) when its catalogue is missing or broken."""
        self._remove()
        if language not in LANGUAGES or language == "en":
            self.language = "en"
            return language == "en"
        ours = QTranslator(self)
        if not ours.load(str(qm_path(language, self._directory))):
            # Removing the old catalogue already told every widget to re-read English.
            self.language = "en"
            return False
        qt_own = QTranslator(self)
        # Qt's own strings (standard buttons, context menus), when the wheel ships them.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._install(qt_own)
        self._install(ours)
        self.language = language
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._translators.append(translator)

    def _remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()


def current_language() -> str:
    """The language the UI speaks now ("en" or "ko"): the app's switcher's, else English."""
    app = QCoreApplication.instance()
    switcher = LanguageSwitcher.of(app)
    return switcher.language if switcher is not None else "en"
