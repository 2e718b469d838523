"""`Message` is the English sentence when printed, and carries what ui/ needs to translate it."""

from __future__ import annotations

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.domain.rules import RuleId, check
from moment_gui.domain.selection import RegionPick, TargetingSelection
from moment_gui.message import QT_TRANSLATE_NOOP, Message


def test_str_of_a_message_is_the_english_sentence_with_nested_messages_rendered() -> None:
    noun = Message.of("Rules", QT_TRANSLATE_NOOP("Rules", "Cohort"))
    msg = Message.of("Rules", "{kind} {item} is both included and excluded.", kind=noun, item="x")
    assert str(msg) == "Cohort x is both included and excluded."


def test_render_translates_the_template_and_every_nested_message() -> None:
    noun = Message.of("Rules", "Cohort")
    msg = Message.of("Rules", "{kind} {item} is gone", kind=noun, item="“A”")
    ko = {"Cohort": "광고반응타겟", "{kind} {item} is gone": "{kind} {item}이(가) 없습니다"}
    assert msg.render(lambda ctx, text: ko.get(text, text)) == "광고반응타겟 “A”이(가) 없습니다"


def test_a_broken_translation_falls_back_to_english() -> None:
    msg = Message.of("Rules", "Keep {parent}", parent="서울특별시")
    assert msg.render(lambda ctx, text: "{parnet}만 남기기") == "Keep 서울특별시"


def test_joined_and_verbatim_messages_are_not_looked_up_but_their_parts_are() -> None:
    seen: list[str] = []
    parts = Message.joined("; ", [Message.of("Rules", "not ready"), "B is X"])
    text = parts.render(lambda ctx, t: seen.append(t) or t)
    assert text == "not ready; B is X" and seen == ["not ready"]
    assert str(Message.verbatim("{braces} stay")) == "{braces} stay"


def test_problems_keep_their_english_message_and_add_the_translatable_text() -> None:
    seoul = RegionPick("I", "서울특별시", "서울특별시")
    gangnam = RegionPick("I1", "서울특별시 강남구", "서울특별시", "강남구")
    problem = next(
        p
        for p in check(TargetingSelection(regions=(seoul, gangnam)))
        if p.rule is RuleId.REGION_AT_TWO_LEVELS
    )
    assert problem.text is not None and str(problem.text) == problem.message
    assert problem.text.context == "Rules"
    assert [str(f.text) for f in problem.fixes] == [f.label for f in problem.fixes]


def test_api_errors_keep_plain_message_and_add_the_translatable_text() -> None:
    error = AuthenticationError(401, -401)
    assert error.plain_message == str(error.text)
    assert error.text.context == "ApiErrors"
    assert MomentApiError(None, message="as is").text == Message.verbatim("as is")
