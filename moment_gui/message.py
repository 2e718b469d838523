"""Planner-facing sentences built below ui/, kept translatable without importing Qt.

domain/, api/, store/ and services/ cannot import Qt, yet their sentences (rule problems, API
errors, document errors) must read in Korean. They mark each English template with
`QT_TRANSLATE_NOOP("Context", "Text {name}")` — an identity function here that
pyside6-lupdate recognises by name, so the template lands in the .ts catalogue — and return a
`Message`: context + template + arguments. `str(message)` is the English sentence (CLI, logs,
tests); `ui/i18n.tr_message` translates the template and every argument that is itself a
`Message`, then formats. Names, codes and counts stay plain values.

Outside the layers on purpose: api/ may not import domain/, and both need this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

# (context, English template) -> translated template; ui/ passes QCoreApplication.translate.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation in `context`; returns it unchanged."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A translatable sentence: `template` (English, str.format fields) in `context`."""

    context: str
    template: str
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, context: str, template: str, /, **args: object) -> Message:
        return cls(context, template, tuple(args.items()))

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """Text that is not translated (a name, Kakao's own words, an OS error)."""
        return cls("", "{text}", (("text", text),))

    @classmethod
    def joined(cls, separator: str, parts: Iterable[str | Message]) -> Message:
        """`separator.join(parts)`, each part translated on its own."""
        listed = list(parts)
        template = (
            separator.replace("{", "{{")
            .replace("}", "}}")
            .join(f"{{p{i}}}" for i in range(len(listed)))
        )
        return cls("", template, tuple((f"p{i}", p) for i, p in enumerate(listed)))

    def render(self, translate: Translate | None = None) -> str:
        """The sentence, translated by `translate(context, template)` when given."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.args}
        if translate is not None and self.context:
            try:
                return translate(self.context, self.template).format(**values)
            except (KeyError, IndexError, ValueError):
                pass  # a broken translation falls back to the English sentence
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def as_message(text: str | Message) -> Message:
    return text if isinstance(text, Message) else Message.verbatim(text)


class MessageError(Exception):
    """An error whose message is one plain sentence: `str(error)` is the English sentence,
    `error.text` the same as a translatable `Message` (the UI shows it translated)."""

    def __init__(self, text: str | Message) -> None:
        self.text: Message = as_message(text)
        super().__init__(str(self.text))


__all__ = ["QT_TRANSLATE_NOOP", "Message", "MessageError", "Translate", "as_message"]
