"""Targeting rules by campaign type x goal (shared doc §4), checked before a planner exports.

`check(sel)` returns every problem, each naming its items, the part of the selection
it is about (a `kinds.Part`, whose row names the panel)
and one-click fixes. What "the same item" means, for the included-and-excluded rule:
a cohort, customer file or friend group by its ID; a Talk Channel or Kakao Login profile by its
profile ID; a Pixel & SDK event by track ID + event code + track rule ID, whatever its term
(the same event included for 30 days and excluded for 7 contradicts itself).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind, category_ancestors
from moment_gui.domain.kinds import of_kind
from moment_gui.domain.rule_problems import (
    Fix,
    Problem,
    RuleId,
    Severity,
    drop_inclusion,
    drop_regions,
    item_keys,
    remove_audiences_fix,
)
from moment_gui.domain.rule_words import campaign_words, quote
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message

__all__ = [
    "MAX_REGIONS",
    "MESSAGES",
    "MESSAGE_CAMPAIGNS",
    "TERM_RANGE",
    "Fix",
    "Problem",
    "RuleId",
    "Severity",
    "campaign_block",
    "check",
    "has_errors",
]

MAX_REGIONS = 1000  # [docs] detail code 22086
TERM_RANGE = range(1, 181)  # [seed] Pixel & SDK term, days
# Campaigns whose cohorts must be MESSAGE audiences; every other campaign needs DISPLAY.
MESSAGE_CAMPAIGNS = frozenset(
    {(CampaignType.TALK_CHANNEL, Goal.REACH), (CampaignType.PERSONAL_MESSAGE, Goal.REACH)}
)


_C = "Rules"  # the translation context of every sentence below (lupdate needs it spelled out)


# Every sentence a planner reads, one whole sentence per case (Korean word order differs,
# so no verbs or plurals are glued in). str.format fields; `Message` renders or translates.
MESSAGES: dict[str, str] = {
    "no_campaign": QT_TRANSLATE_NOOP(
        "Rules",
        "Choose a campaign type and goal to check the rules that depend on it "
        "(section and Network categories, cohort types, friend groups).",
    ),
    "not_creatable": QT_TRANSLATE_NOOP(
        "Rules", "{campaign} is not a campaign type and goal the API can create."
    ),
    "section_wrong_type": QT_TRANSLATE_NOOP(
        "Rules",
        "Section categories ({items}) are only for Kakao Bizboard campaigns "
        "shown on Kakao Talk; this is {campaign}.",
    ),
    "section_no_talk": QT_TRANSLATE_NOOP(
        "Rules",
        "Section categories ({items}) need the Kakao Talk placement, which is not ticked.",
    ),
    "ad_serving_no_network": QT_TRANSLATE_NOOP(
        "Rules",
        "Network categories ({items}) only apply to the Network placement, which is not "
        "ticked: tick Network or remove them.",
    ),
    "section_placement_unknown": QT_TRANSLATE_NOOP(
        "Rules",
        "Section categories ({items}) need the Kakao Talk placement; "
        "make sure the ad group uses it.",
    ),
    "ad_serving": QT_TRANSLATE_NOOP(
        "Rules", "Network categories ({items}) cannot be used for Display · Conversion campaigns."
    ),
    "audience_type_one": QT_TRANSLATE_NOOP(
        "Rules", "Cohort {items} is a {actual} audience, but {campaign} needs {wanted}."
    ),
    "audience_type_many": QT_TRANSLATE_NOOP(
        "Rules", "Cohorts {items} are {actual} audiences, but {campaign} needs {wanted}."
    ),
    "friend_groups": QT_TRANSLATE_NOOP(
        "Rules",
        "Friend groups ({items}) can only be targeted by Kakao Talk Channel · "
        "Reach campaigns; this is {campaign}.",
    ),
    "block_friend_group": QT_TRANSLATE_NOOP(
        "Rules", "Only Kakao Talk Channel · Reach campaigns can target friend groups."
    ),
    "block_cohort_type": QT_TRANSLATE_NOOP(
        "Rules", "{campaign} needs {wanted} cohorts; this is a {actual} cohort."
    ),
    "type_DISPLAY": QT_TRANSLATE_NOOP("Rules", "Display"),
    "type_MESSAGE": QT_TRANSLATE_NOOP("Rules", "Message"),
    "not_available": QT_TRANSLATE_NOOP("Rules", "{kind} {items} cannot be targeted: {why}."),
    "state": QT_TRANSLATE_NOOP("Rules", "{item} is {state}"),
    "not_ready": QT_TRANSLATE_NOOP("Rules", "not ready"),
    "not_verified": QT_TRANSLATE_NOOP(
        "Rules",
        "{kind} {items} could not be verified as usable; recheck them before "
        "creating the ad group.",
    ),
    "too_many_regions": QT_TRANSLATE_NOOP(
        "Rules", "{count} regions are picked; one ad group allows at most {max}."
    ),
    "two_levels_one": QT_TRANSLATE_NOOP(
        "Rules",
        "{parent} is picked together with 1 area inside it ({items}); "
        "Kakao rejects an area picked at two levels.",
    ),
    "two_levels": QT_TRANSLATE_NOOP(
        "Rules",
        "{parent} is picked together with {count} areas inside it ({items}); "
        "Kakao rejects an area picked at two levels.",
    ),
    "contradiction": QT_TRANSLATE_NOOP("Rules", "{kind} {item} is both included and excluded."),
    "term_one": QT_TRANSLATE_NOOP(
        "Rules",
        "Pixel & SDK event {items} has a term of {terms} days; the term must be 1 to 180 days.",
    ),
    "term_many": QT_TRANSLATE_NOOP(
        "Rules",
        "Pixel & SDK events {items} have a term of {terms} days; the term must be 1 to 180 days.",
    ),
    "and_more": QT_TRANSLATE_NOOP("Rules", "{names} and {more} more"),
    "fix_remove_network": QT_TRANSLATE_NOOP("Rules", "Remove the Network categories"),
    "fix_remove_section": QT_TRANSLATE_NOOP("Rules", "Remove the section categories"),
    "fix_remove_friend_groups": QT_TRANSLATE_NOOP("Rules", "Remove the friend groups"),
    "fix_remove_cohort": QT_TRANSLATE_NOOP("Rules", "Remove the cohort"),
    "fix_remove_cohorts": QT_TRANSLATE_NOOP("Rules", "Remove the {count} cohorts"),
    "fix_remove_unusable": QT_TRANSLATE_NOOP("Rules", "Remove the unusable items"),
    "fix_keep_parent": QT_TRANSLATE_NOOP("Rules", "Keep {parent}"),
    "fix_keep_children": QT_TRANSLATE_NOOP("Rules", "Keep the {count} picks inside it"),
    "fix_keep_child": QT_TRANSLATE_NOOP("Rules", "Keep {child} instead"),
    "fix_keep_inner_categories": QT_TRANSLATE_NOOP(
        "Rules", "Keep the {count} categories inside it"
    ),
    # One whole sentence per count case (docs/translation.md): "1 categories" read wrong.
    "data_two_levels_one": QT_TRANSLATE_NOOP(
        "Rules",
        "{parent} is picked together with 1 category inside it ({items}); "
        "pick the category or the one inside it, not both.",
    ),
    "data_two_levels": QT_TRANSLATE_NOOP(
        "Rules",
        "{parent} is picked together with {count} categories inside it ({items}); "
        "pick the category or the ones inside it, not both.",
    ),
    "genders_empty": QT_TRANSLATE_NOOP(
        "Rules", "Gender targeting is limited to some genders, but none is chosen."
    ),
    "ages_empty": QT_TRANSLATE_NOOP(
        "Rules", "Age targeting is limited to some age bands, but none is chosen."
    ),
    "devices_empty": QT_TRANSLATE_NOOP(
        "Rules", "The ad group is limited to some devices, but none is chosen."
    ),
    "fix_all_genders": QT_TRANSLATE_NOOP("Rules", "Target all genders"),
    "fix_all_ages": QT_TRANSLATE_NOOP("Rules", "Target all ages"),
    "fix_all_devices": QT_TRANSLATE_NOOP("Rules", "Use all devices"),
    "fix_keep_included": QT_TRANSLATE_NOOP("Rules", "Keep it included"),
    "fix_keep_excluded": QT_TRANSLATE_NOOP("Rules", "Keep it excluded"),
}


def _say(which: str, /, **args: object) -> Message:
    return Message.of(_C, MESSAGES[which], **args)


_NAMES_SHOWN = 5  # longer lists end in "and N more" so a message stays one line


def check(sel: TargetingSelection) -> list[Problem]:
    """Every problem of `sel`, campaign rules first, then regions, then audiences."""
    problems: list[Problem] = []
    if sel.campaign is None:
        problems.append(
            Problem(RuleId.NO_CAMPAIGN, Severity.INFO, _say("no_campaign"), (), kinds.CAMPAIGN)
        )
    else:
        problems += _campaign_rules(sel, sel.campaign)
    problems += _region_rules(sel)
    problems += _availability(sel)
    problems += _contradictions(sel)
    problems += _terms(sel)
    problems += _data_category_rules(sel)
    problems += _demographic_rules(sel)
    return problems


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


# -- campaign-dependent ---------------------------------------------------------------
def _campaign_rules(sel: TargetingSelection, ctx: CampaignContext) -> list[Problem]:
    out: list[Problem] = []
    campaign = campaign_words(ctx)
    if not ctx.is_creatable:
        msg = _say("not_creatable", campaign=campaign)
        out.append(Problem(RuleId.CAMPAIGN_NOT_CREATABLE, Severity.ERROR, msg, (), kinds.CAMPAIGN))
    out += _section_rule(sel, ctx, campaign)
    if sel.ad_serving_categories and not kinds.AD_SERVING.allows(ctx):
        codes = tuple(c.code for c in sel.ad_serving_categories)
        names = _names(
            f"{c.name} ({c.code})" if c.name != c.code else c.code
            for c in sel.ad_serving_categories
        )
        fix = Fix(_say("fix_remove_network"), lambda s: s.without_ad_serving_categories(codes))
        msg = _say("ad_serving", items=names)
        out.append(
            Problem(
                RuleId.AD_SERVING_CATEGORIES, Severity.ERROR, msg, codes, kinds.AD_SERVING, (fix,)
            )
        )
    elif sel.ad_serving_categories and ctx.placements and Placement.NETWORK not in ctx.placements:
        # Allowed, but the ad group will not run on the Network: the picks would do nothing.
        codes = tuple(c.code for c in sel.ad_serving_categories)
        names = _names(c.name or c.code for c in sel.ad_serving_categories)
        fix = Fix(_say("fix_remove_network"), lambda s: s.without_ad_serving_categories(codes))
        msg = _say("ad_serving_no_network", items=names)
        out.append(
            Problem(
                RuleId.AD_SERVING_CATEGORIES, Severity.WARNING, msg, codes, kinds.AD_SERVING, (fix,)
            )
        )
    out += _audience_type_rule(sel, ctx, campaign)
    friend_groups = sel.audiences_of(AudienceKind.FRIEND_GROUP)
    if friend_groups and not kinds.FRIEND_GROUP.allows(ctx):
        msg = _say("friend_groups", items=_audience_names(friend_groups), campaign=campaign)
        out.append(
            Problem(
                RuleId.FRIEND_GROUPS_NOT_ALLOWED,
                Severity.ERROR,
                msg,
                item_keys(friend_groups),
                kinds.FRIEND_GROUP,
                (remove_audiences_fix(friend_groups, _say("fix_remove_friend_groups")),),
            )
        )
    return out


def _section_rule(
    sel: TargetingSelection, ctx: CampaignContext, campaign: Message
) -> list[Problem]:
    if not sel.section_categories:
        return []
    codes = tuple(c.code for c in sel.section_categories)
    names = _names(c.name for c in sel.section_categories)
    severity = Severity.ERROR
    if not kinds.SECTION.allows(ctx):
        msg = _say("section_wrong_type", items=names, campaign=campaign)
    elif not ctx.placements:
        # The CLI's TYPE:GOAL carries no placements: say what to check instead of guessing.
        severity = Severity.WARNING
        msg = _say("section_placement_unknown", items=names)
    elif Placement.KAKAO_TALK not in ctx.placements:
        msg = _say("section_no_talk", items=names)
    else:
        return []
    fix = Fix(_say("fix_remove_section"), lambda s: s.without_section_categories(codes))
    return [Problem(RuleId.SECTION_CATEGORIES, severity, msg, codes, kinds.SECTION, (fix,))]


def _wanted_cohort_type(ctx: CampaignContext) -> str:
    return "MESSAGE" if (ctx.campaign_type, ctx.goal) in MESSAGE_CAMPAIGNS else "DISPLAY"


def _type_word(audience_type: str) -> Message | str:
    """DISPLAY/MESSAGE as a word of the sentence; an unknown type stays as Kakao spells it."""
    which = {"DISPLAY": "type_DISPLAY", "MESSAGE": "type_MESSAGE"}.get(audience_type)
    return _say(which) if which is not None else audience_type


def campaign_block(pick: AudiencePick, ctx: CampaignContext | None) -> Message | None:
    """Why `ctx` cannot use this audience at all (shown before it is picked), or None.

    Friend groups follow the vocabulary row's campaigns (kinds.py); cohorts must be the
    audience type the campaign needs.
    """
    if ctx is None:
        return None
    if not kinds.of_kind(pick.kind).allows(ctx):
        if pick.kind is AudienceKind.FRIEND_GROUP:
            return _say("block_friend_group")
        return None  # no other audience kind is limited by campaign today
    if pick.kind is AudienceKind.COHORT and pick.audience_type is not None:
        wanted = _wanted_cohort_type(ctx)
        if pick.audience_type != wanted:
            return _say(
                "block_cohort_type",
                campaign=campaign_words(ctx),
                wanted=_type_word(wanted),
                actual=_type_word(pick.audience_type),
            )
    return None


def _audience_type_rule(
    sel: TargetingSelection, ctx: CampaignContext, campaign: Message
) -> list[Problem]:
    wanted = _wanted_cohort_type(ctx)
    wrong = [
        a
        for a in sel.audiences_of(AudienceKind.COHORT)
        if a.audience_type is not None and a.audience_type != wanted
    ]
    if not wrong:
        return []
    types = sorted({a.audience_type or "" for a in wrong})
    actual = Message.joined("/", [_type_word(t) for t in types])
    msg = _say(
        "audience_type_one" if len(wrong) == 1 else "audience_type_many",
        items=_audience_names(wrong),
        actual=actual,
        campaign=campaign,
        wanted=_type_word(wanted),
    )
    what = (
        _say("fix_remove_cohort")
        if len(wrong) == 1
        else _say("fix_remove_cohorts", count=len(wrong))
    )
    fix = remove_audiences_fix(wrong, what)
    return [
        Problem(
            RuleId.COHORT_AUDIENCE_TYPE, Severity.ERROR, msg, item_keys(wrong), kinds.COHORT, (fix,)
        )
    ]


# -- regions ----------------------------------------------------------------------------
def _region_rules(sel: TargetingSelection) -> list[Problem]:
    out: list[Problem] = []
    if len(sel.regions) > MAX_REGIONS:
        msg = _say("too_many_regions", count=f"{len(sel.regions):,}", max=f"{MAX_REGIONS:,}")
        out.append(
            Problem(
                RuleId.TOO_MANY_REGIONS,
                Severity.ERROR,
                msg,
                tuple(r.value for r in sel.regions),
                kinds.REGIONS,
            )
        )
    by_path = {r.path: r for r in sel.regions}
    inside: dict[str, list[RegionPick]] = defaultdict(list)
    parents: dict[str, RegionPick] = {}
    for r in sel.regions:
        # The highest picked ancestor owns the conflict, so one problem covers 시/도 → 동.
        top = next(
            (by_path[r.path[:n]] for n in range(1, len(r.path)) if r.path[:n] in by_path), None
        )
        if top is not None:
            parents[top.value] = top
            inside[top.value].append(r)
    for value, children in inside.items():
        parent = parents[value]
        child_values = tuple(c.value for c in children)
        msg = _say(
            "two_levels_one" if len(children) == 1 else "two_levels",
            parent=parent.description,
            count=len(children),
            items=_names(" ".join(c.path) for c in children),
        )
        fixes = (
            Fix(
                _say("fix_keep_parent", parent=parent.description),
                partial(drop_regions, child_values),
            ),
            Fix(
                _say("fix_keep_children", count=len(children))
                if len(children) > 1
                else _say("fix_keep_child", child=" ".join(children[0].path[1:])),
                partial(drop_regions, (value,)),
            ),
        )
        out.append(
            Problem(
                RuleId.REGION_AT_TWO_LEVELS,
                Severity.ERROR,
                msg,
                (value, *child_values),
                kinds.REGIONS,
                fixes,
            )
        )
    return out


# -- audiences --------------------------------------------------------------------------
def _availability(sel: TargetingSelection) -> list[Problem]:
    out: list[Problem] = []
    for kind, area in kinds.AUDIENCES.items():
        picks = sel.audiences_of(kind)
        unusable = [a for a in picks if area.is_usable(a.status, a.ready) is False]
        unknown = [a for a in picks if area.is_usable(a.status, a.ready) is None]
        if unusable:
            why = Message.joined(
                "; ",
                (
                    _say("state", item=a.label, state=_state_words(a))
                    for a in unusable[:_NAMES_SHOWN]
                ),
            )
            msg = _say(
                "not_available",
                kind=area.noun(len(unusable)),
                items=_audience_names(unusable),
                why=why,
            )
            out.append(
                Problem(
                    RuleId.AUDIENCE_NOT_AVAILABLE,
                    Severity.ERROR,
                    msg,
                    item_keys(unusable),
                    area,
                    (remove_audiences_fix(unusable, _say("fix_remove_unusable")),),
                )
            )
        if unknown:
            msg = _say("not_verified", kind=area.noun(len(unknown)), items=_audience_names(unknown))
            out.append(
                Problem(
                    RuleId.AUDIENCE_NOT_VERIFIED, Severity.WARNING, msg, item_keys(unknown), area
                )
            )
    return out


def _state_words(a: AudiencePick) -> str | Message:
    if a.status is not None and a.status not in kinds.usable_statuses():
        return a.status
    return _say("not_ready") if a.ready is False else str(a.status)


def _contradictions(sel: TargetingSelection) -> list[Problem]:
    seen: dict[tuple[AudienceKind, str], list[AudiencePick]] = defaultdict(list)
    for a in sel.audiences:
        seen[a.identity].append(a)
    out: list[Problem] = []
    for (kind, key), picks in seen.items():
        if len({a.inclusion for a in picks}) < 2:
            continue
        msg = _say("contradiction", kind=of_kind(kind).noun(1), item=quote(picks[0].label))
        fixes = (
            Fix(
                _say("fix_keep_included"),
                partial(drop_inclusion, (kind, key), Inclusion.EXCLUDE),
            ),
            Fix(
                _say("fix_keep_excluded"),
                partial(drop_inclusion, (kind, key), Inclusion.INCLUDE),
            ),
        )
        out.append(
            Problem(RuleId.INCLUDED_AND_EXCLUDED, Severity.ERROR, msg, (key,), of_kind(kind), fixes)
        )
    return out


def _terms(sel: TargetingSelection) -> list[Problem]:
    bad = [
        a
        for a in sel.audiences_of(AudienceKind.PIXEL_EVENT)
        if a.term is not None and a.term not in TERM_RANGE
    ]
    if not bad:
        return []
    msg = _say(
        "term_one" if len(bad) == 1 else "term_many",
        items=_audience_names(bad),
        terms=", ".join(str(a.term) for a in bad[:_NAMES_SHOWN]),
    )
    return [
        Problem(RuleId.TERM_OUT_OF_RANGE, Severity.ERROR, msg, item_keys(bad), kinds.PIXEL_EVENT)
    ]


# -- Kakao data and demographics ------------------------------------------------------
def _data_category_rules(sel: TargetingSelection) -> list[Problem]:
    """A category and one inside it are never both sent (as for regions: keep one level)."""
    out: list[Problem] = []
    for kind in DataKind:
        picks = sel.data_categories_of(kind)
        by_id = {c.id: c for c in picks}
        inside: dict[str, list[DataCategoryPick]] = defaultdict(list)
        for c in picks:
            # The highest picked ancestor owns the conflict: one problem per top category.
            top = next((a for a in category_ancestors(c.id) if a in by_id), None)
            if top is not None and c not in inside[top]:
                inside[top].append(c)
        for top, children in inside.items():
            parent = by_id[top]
            child_ids = tuple(c.id for c in children)
            msg = _say(
                "data_two_levels_one" if len(children) == 1 else "data_two_levels",
                parent=quote(parent.name),
                count=len(children),
                items=_names(quote(c.name) for c in children),
            )
            fixes = (
                Fix(
                    _say("fix_keep_parent", parent=quote(parent.name)),
                    partial(drop_data_categories, kind, child_ids),
                ),
                Fix(
                    _say("fix_keep_inner_categories", count=len(children))
                    if len(children) > 1
                    else _say("fix_keep_child", child=quote(children[0].name)),
                    partial(drop_data_categories, kind, (top,)),
                ),
            )
            out.append(
                Problem(
                    RuleId.DATA_CATEGORY_AT_TWO_LEVELS,
                    Severity.ERROR,
                    msg,
                    (top, *child_ids),
                    kinds.of_data_kind(kind),
                    fixes,
                )
            )
    return out


def _demographic_rules(sel: TargetingSelection) -> list[Problem]:
    """NOT_ALL with nothing listed: Kakao would have nobody (or no device) to show the ad to."""
    demo = sel.demographics
    checks = (
        (demo.targeted_genders(), "genders_empty", "fix_all_genders", _all_genders),
        (demo.targeted_ages(), "ages_empty", "fix_all_ages", _all_ages),
        (demo.targeted_devices() if demo.all_devices is False else None, "devices_empty",
         "fix_all_devices", _all_devices),
    )  # fmt: skip
    out: list[Problem] = []
    for targeted, which, fix_text, apply in checks:
        if targeted is not None and not targeted:
            fix = Fix(_say(fix_text), apply)
            out.append(
                Problem(
                    RuleId.DEMOGRAPHIC_NOTHING_CHOSEN,
                    Severity.ERROR,
                    _say(which),
                    (),
                    kinds.DEMOGRAPHICS,
                    (fix,),
                )
            )
    return out


def _all_genders(s: TargetingSelection) -> TargetingSelection:
    return s.with_demographics(s.demographics.with_genders(None))


def _all_ages(s: TargetingSelection) -> TargetingSelection:
    return s.with_demographics(s.demographics.with_ages(None))


def _all_devices(s: TargetingSelection) -> TargetingSelection:
    return s.with_demographics(s.demographics.with_devices(None))


def drop_data_categories(
    kind: DataKind, ids: tuple[str, ...], sel: TargetingSelection
) -> TargetingSelection:
    return sel.without_data_categories(kind, ids)


# -- words ------------------------------------------------------------------------------
def _audience_names(picks: Iterable[AudiencePick]) -> str | Message:
    return _names(quote(a.label) for a in picks)


def _names(names: Iterable[str]) -> str | Message:
    listed = list(dict.fromkeys(names))
    shown = ", ".join(listed[:_NAMES_SHOWN])
    more = len(listed) - _NAMES_SHOWN
    return _say("and_more", names=shown, more=more) if more > 0 else shown
