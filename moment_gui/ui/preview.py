"""The live ad-group fragment: the exact JSON a planner will paste, highlighted, copied in a click.

The text is always `to_fragment(selection)` pretty-printed with Hangul kept readable
(`ensure_ascii=False`); what is on screen and what goes on the clipboard are the same string.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.checklist import render_checklist
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.fragment_wire import OBSERVED_PATHS, unconfirmed_names
from moment_gui.domain.rule_problems import Severity
from moment_gui.domain.rules import check
from moment_gui.domain.selection import TargetingSelection
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import current_language
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar


def fragment_text(sel: TargetingSelection, targeting_only: bool = False) -> str:
    """The exported JSON as shown and copied: 2-space indent, Hangul as Hangul."""
    return json.dumps(to_fragment(sel, targeting_only=targeting_only), ensure_ascii=False, indent=2)


def _format(color: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


def _unconfirmed_format() -> QTextCharFormat:
    fmt = _format("#a64d00", bold=True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#a64d00"))
    return fmt


# The last name of each [unconfirmed] wire path (`trackerTargetings[].term` → `term`), as a key.
UNCONFIRMED_FIELDS = tuple(dict.fromkeys(n.rsplit(".", 1)[-1] for n in unconfirmed_names()))
# The last name of each [observed]-only wire path (`targeting.ages` → `ages`): the demographic
# fields seen in Kakao's 2021 request bodies, not confirmed for API v4.
OBSERVED_FIELDS = tuple(dict.fromkeys(n.rsplit(".", 1)[-1] for n in OBSERVED_PATHS))


def _key_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile('"(?:' + "|".join(re.escape(n) for n in names) + r')"(?=\s*:)')


UNCONFIRMED_KEY = _key_pattern(UNCONFIRMED_FIELDS)
OBSERVED_KEY = _key_pattern(OBSERVED_FIELDS)


def _keys_in(text: str, pattern: re.Pattern[str], names: tuple[str, ...]) -> list[str]:
    found = {m.group(0).strip('"') for m in pattern.finditer(text)}
    return [n for n in names if n in found]


def unconfirmed_in(text: str) -> list[str]:
    """The [unconfirmed] field names that occur as keys in the fragment `text`."""
    return _keys_in(text, UNCONFIRMED_KEY, UNCONFIRMED_FIELDS)


def observed_in(text: str) -> list[str]:
    """The [observed]-only field names (demographics) that occur as keys in `text`."""
    return _keys_in(text, OBSERVED_KEY, OBSERVED_FIELDS)


class JsonHighlighter(QSyntaxHighlighter):
    """Colours keys, strings, numbers, literals and punctuation of pretty-printed JSON.

    Works line by line: `json.dumps(indent=2)` never splits a token across lines. Later rules
    win, so a number inside a string stays string-coloured and a key beats a string.
    """

    _STRING = r'"(?:\\.|[^"\\])*"'
    RULES: tuple[tuple[str, str], ...] = (
        ("punctuation", r"[{}\[\],:]"),
        ("number", r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b"),
        ("literal", r"\b(?:true|false|null)\b"),
        ("string", _STRING),
        ("key", _STRING + r"(?=\s*:)"),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {
            "punctuation": _format("#6b6b6b"),
            "number": _format("#a64d00"),
            "literal": _format("#7b1fa2"),
            "string": _format("#1b6e20"),
            "key": _format("#174ea6", bold=True),
        }
        self._patterns = [(name, re.compile(pattern)) for name, pattern in self.RULES]
        # Field names Kakao has not confirmed yet: underlined, last so nothing repaints them.
        self.formats["unconfirmed"] = _unconfirmed_format()
        self._patterns.append(("unconfirmed", UNCONFIRMED_KEY))
        # Field names only seen in old request bodies (demographics): underlined the same way.
        self._patterns.append(("unconfirmed", OBSERVED_KEY))

    def highlightBlock(self, text: str) -> None:
        for name, pattern in self._patterns:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])


class FragmentPreview(QWidget):
    """Read-only `fragmentPreview` with Copy fragment / Copy targeting and a targeting-only view."""

    copied = Signal(str)  # the text just put on the clipboard

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._title = QLabel(self)
        self._title.setStyleSheet("font-weight: 600;")
        self.unconfirmed_note = QLabel(self)
        self.unconfirmed_note.setObjectName("unconfirmedFieldsNote")
        self.unconfirmed_note.setStyleSheet("color: #a64d00;")
        self.unconfirmed_note.setWordWrap(True)
        self.unconfirmed_note.hide()
        # Demographics: seen in Kakao's 2021 request bodies only ([observed] in the wire table).
        self.observed_note = QLabel(self)
        self.observed_note.setObjectName("observedFieldsNote")
        self.observed_note.setStyleSheet("color: #a64d00;")
        self.observed_note.setWordWrap(True)
        self.observed_note.hide()
        self.targeting_only = QCheckBox(self)
        self.targeting_only.setObjectName("targetingOnlyToggle")
        self.targeting_only.toggled.connect(self.refresh)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("fragmentPreview")
        self.editor.setReadOnly(True)
        # Read-only but still selectable and keyboard-reachable, so a planner can copy a part.
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = JsonHighlighter(self.editor.document())
        self.copy_fragment_button = QPushButton(self)
        self.copy_fragment_button.setObjectName("copyFragmentButton")
        self.copy_fragment_button.clicked.connect(self.copy_fragment)
        self.copy_targeting_button = QPushButton(self)
        self.copy_targeting_button.setObjectName("copyTargetingButton")
        self.copy_targeting_button.clicked.connect(self.copy_targeting)
        # Copy refuses, inside the window, while Kakao would reject the JSON (issue 12 item 1).
        self.blocked_bar = MessageBar(self, object_name="copyBlockedBar")
        self._blocked_targeting_only: bool | None = None
        self.copy_checklist_button = QPushButton(self)
        self.copy_checklist_button.setObjectName("copyChecklistButton")
        self.copy_checklist_button.clicked.connect(self.copy_checklist)
        self._layout()
        ctx.state.changed.connect(self.refresh)
        ctx.state.changed.connect(self.mark_unconfirmed)
        self.targeting_only.toggled.connect(self.mark_unconfirmed)
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self.targeting_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_fragment_button)
        buttons.addWidget(self.copy_targeting_button)
        buttons.addWidget(self.copy_checklist_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.unconfirmed_note)
        layout.addWidget(self.observed_note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.blocked_bar)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Ad-group fragment"))
        self.targeting_only.setText(self.tr("Show targeting only"))
        self.copy_fragment_button.setText(self.tr("C&opy fragment"))
        self.copy_fragment_button.setToolTip(
            self.tr("Copy the whole ad-group fragment as JSON (Ctrl+Shift+C)")
        )
        self.copy_targeting_button.setText(self.tr("Copy tar&geting"))
        self.copy_targeting_button.setToolTip(self.tr("Copy only the targeting object as JSON"))
        self.copy_checklist_button.setText(self.tr("Copy as checkl&ist"))
        self.copy_checklist_button.setToolTip(
            self.tr(
                "Copy the picks as a plain-text checklist in the language of the window, named "
                "as Kakao Moment's web screens name them, to set up an ad group by hand"
            )
        )
        self.copy_checklist_button.setAccessibleName("copyChecklistButton")
        self.editor.setAccessibleName("fragmentPreview")
        self.mark_unconfirmed()
        self.editor.setAccessibleDescription(self.tr("The JSON that Copy puts on the clipboard"))
        self.copy_fragment_button.setAccessibleName("copyFragmentButton")
        self.copy_targeting_button.setAccessibleName("copyTargetingButton")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self.blocked_bar.isHidden() and self._blocked_targeting_only is not None:
                self._show_blocked(self._blocked_targeting_only)
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def mark_unconfirmed(self, *_: object) -> None:
        """Say which field names in the JSON Kakao has not confirmed yet (underlined too)."""
        self._mark_observed()
        names = unconfirmed_in(self.editor.toPlainText())
        self.unconfirmed_note.setVisible(bool(names))
        if not names:
            return
        self.unconfirmed_note.setText(
            self.tr("⚠ Not yet confirmed by Kakao (underlined): %1").replace("%1", ", ".join(names))
        )
        self.unconfirmed_note.setToolTip(
            self.tr(
                "No public Kakao request shows these field names yet. Check the ad group in "
                "Kakao Moment after pasting, or open a real ad group with File ▸ Open from "
                "Kakao… to check them (Tools ▸ Wire check)."
            )
        )

    def _mark_observed(self) -> None:
        """Say which demographic field names are only seen in old requests (underlined too)."""
        names = observed_in(self.editor.toPlainText())
        self.observed_note.setVisible(bool(names))
        if not names:
            return
        self.observed_note.setText(
            self.tr(
                "⚠ Seen in Kakao's 2021 request bodies, not confirmed for API v4 (underlined): %1"
            ).replace("%1", ", ".join(names))
        )
        self.observed_note.setToolTip(
            self.tr(
                "Kakao's API documentation does not list these gender, age and device fields; "
                "they are written the way Kakao Moment sent them in 2021. Check the ad group's "
                "demographics in Kakao Moment after pasting."
            )
        )

    def refresh(self) -> None:
        if not self.blocked_bar.isHidden() and not self.error_count():
            self.blocked_bar.hide()  # the errors it counted are fixed: nothing blocks any more
        text = fragment_text(self._ctx.state.selection, self.targeting_only.isChecked())
        if text == self.editor.toPlainText():
            return
        # Keep the reader's place: a pick elsewhere must not jump the preview to the top.
        bars = (self.editor.verticalScrollBar(), self.editor.horizontalScrollBar())
        positions = [bar.value() for bar in bars]
        self.editor.setPlainText(text)
        for bar, value in zip(bars, positions, strict=True):
            bar.setValue(value)

    def error_count(self) -> int:
        """Rule errors (not warnings) in the current selection: Kakao would reject the JSON."""
        problems = check(self._ctx.state.selection)
        return sum(1 for p in problems if p.severity is Severity.ERROR)

    def copy_fragment(self) -> str:
        """Copy the whole fragment; "" (nothing copied) while rule errors block it."""
        return self._copy_checked(targeting_only=False)

    def copy_targeting(self) -> str:
        return self._copy_checked(targeting_only=True)

    def copy_checklist(self) -> str:
        """The selection as Kakao Moment web-screen checklist text, in the UI's language."""
        text = render_checklist(
            self._ctx.state.selection, "ko" if current_language() == "ko" else "en"
        )
        QApplication.clipboard().setText(text)
        lines = text.count("\n")
        message = self.tr("Copied the checklist (%1 lines)").replace("%1", str(lines))
        self._ctx.statusMessage.emit(message)
        self.copied.emit(text)
        return text

    def copy_anyway(self) -> str:
        """The planner saw the error count and copies regardless."""
        targeting_only = bool(self._blocked_targeting_only)
        self.blocked_bar.hide()
        return self._copy(targeting_only)

    def _copy_checked(self, targeting_only: bool) -> str:
        if self.error_count():
            self._show_blocked(targeting_only)
            return ""
        self.blocked_bar.hide()
        return self._copy(targeting_only)

    def _show_blocked(self, targeting_only: bool) -> None:
        self._blocked_targeting_only = targeting_only
        count = self.error_count()
        text = self.tr(
            "Not copied: %n rule error(s) listed under Problems would make Kakao reject this "
            "JSON. Fix them first, or copy it anyway.",
            "",
            count,
        )
        self.blocked_bar.show_message(
            text, BarKind.ERROR, [(self.tr("Copy an&yway"), self.copy_anyway)]
        )
        button = self.blocked_bar.buttons[0]
        button.setObjectName("copyAnywayButton")
        button.setAccessibleName("copyAnywayButton")
        self._ctx.statusMessage.emit(self.tr("Not copied: %n rule error(s)", "", count))
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _copy(self, targeting_only: bool) -> str:
        text = fragment_text(self._ctx.state.selection, targeting_only=targeting_only)
        what = self.tr("targeting") if targeting_only else self.tr("ad-group fragment")
        QApplication.clipboard().setText(text)
        lines = text.count("\n") + 1
        message = self.tr("Copied the %1 (%2 lines of JSON)").replace("%1", what)
        self._ctx.statusMessage.emit(message.replace("%2", str(lines)))
        self.copied.emit(text)
        return text

    def focus_items(self, area: Any, items: tuple[str, ...]) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
