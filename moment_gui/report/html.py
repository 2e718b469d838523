"""The review report as one HTML document: a browser file and the source of the PDF.

Only markup and CSS that both browsers and QTextDocument understand (tables, colours, font
sizes), so the PDF and the HTML say and look the same. Every text is escaped. Words are in
the language the app (or `moment-gui report --lang`) has installed: context "Report".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from moment_gui.domain.recheck import FindingKind
from moment_gui.domain.report_model import RegionGroup, ReportModel
from moment_gui.domain.rules import Severity
from moment_gui.message import Message
from moment_gui.report.fonts import CSS_FONT_STACK, font_face_css

INCLUDE_COLOUR = "#1b7f3b"
EXCLUDE_COLOUR = "#b3261e"
SEVERITY_COLOUR = {Severity.ERROR: "#b3261e", Severity.WARNING: "#a15c00", Severity.INFO: "#44546a"}
FINDING_COLOUR = {
    FindingKind.RENAMED: "#1f5fa8",
    FindingKind.GONE: "#b3261e",
    FindingKind.STATUS_CHANGED: "#a15c00",
    FindingKind.POPULATION_CHANGED: "#6b4ea0",
    FindingKind.NOT_CHECKED: "#44546a",
}


def _say(message: Message | str) -> str:
    """A sentence built in domain/, in the installed language."""
    if isinstance(message, str):
        return message
    return message.render(lambda context, text: QCoreApplication.translate(context, text))


def _finding_words(kind: FindingKind) -> str:
    words = {
        FindingKind.RENAMED: QCoreApplication.translate("Report", "Renamed"),
        FindingKind.GONE: QCoreApplication.translate("Report", "No longer offered"),
        FindingKind.STATUS_CHANGED: QCoreApplication.translate("Report", "Status changed"),
        FindingKind.POPULATION_CHANGED: QCoreApplication.translate("Report", "Population changed"),
        FindingKind.NOT_CHECKED: QCoreApplication.translate("Report", "Not checked"),
    }
    return words[kind]


def _severity_words(severity: Severity) -> str:
    words = {
        Severity.ERROR: QCoreApplication.translate("Report", "Error"),
        Severity.WARNING: QCoreApplication.translate("Report", "Warning"),
        Severity.INFO: QCoreApplication.translate("Report", "Note"),
    }
    return words[severity]


def _report_lang() -> str:
    """ "ko" when the Korean catalogue is installed (the report's own lang attribute)."""
    return QCoreApplication.translate("Report", "en", "the HTML lang attribute of the report")


def report_title(model: ReportModel) -> str:
    """The planner's title, or a plain one when the selection has none."""
    return model.title or QCoreApplication.translate("Report", "Targeting review")


_CSS = """
body { font-family: %(fonts)s; color: #1d2733; font-size: 10pt; }
h1 { font-size: 19pt; color: #0d2a4a; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #0d2a4a; margin-top: 18px; margin-bottom: 4px;
     border-bottom: 1px solid #c9d3de; }
h3 { font-size: 11pt; color: #33465c; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 2px; }
.meta { color: #52606d; }
.saved { color: #7a4f00; background-color: #fff4d6; font-weight: bold; }
table { border-collapse: collapse; }
th { background-color: #eef2f6; color: #33465c; text-align: left; font-weight: bold; }
td, th { border: 1px solid #d5dde6; padding: 3px 6px; vertical-align: top; }
.num { text-align: right; }
.key { color: #6b7785; font-size: 8.5pt; }
.footer { color: #6b7785; font-size: 8.5pt; }
"""


def render_html(model: ReportModel, *, embed_font: bool = True) -> str:
    """The whole report. `embed_font=False` leaves out the font (Qt registers it instead);
    with it, only the glyphs the report uses are embedded (a subset, not the 4 MB font)."""
    parts = [
        _header(model),
        _heading(2, QCoreApplication.translate("Report", "Summary")),
        summary_html(model),
        _heading(2, QCoreApplication.translate("Report", "Rule check")),
        _problems(model),
    ]
    if model.findings is not None:
        parts += [_heading(2, QCoreApplication.translate("Report", "Re-check")), _findings(model)]
    parts += [
        _heading(2, QCoreApplication.translate("Report", "Full detail")),
        _detail(model),
        _heading(2, QCoreApplication.translate("Report", "Data dates")),
        _dates(model),
    ]
    body = "\n".join(parts)
    title = escape(report_title(model))
    face = font_face_css(title + body) if embed_font else ""
    css = face + _CSS % {"fonts": CSS_FONT_STACK}
    lang = _report_lang()
    return (
        f"<!DOCTYPE html>\n<html lang='{escape(lang)}'><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>{css}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def as_saved_text(m: ReportModel) -> str:
    if not m.saved_at:
        return QCoreApplication.translate("Report", "As saved on an unknown date")
    return QCoreApplication.translate("Report", "As saved on %1").replace("%1", m.saved_at)


def _header(m: ReportModel) -> str:
    campaign = QCoreApplication.translate("Report", "Campaign:")
    account = QCoreApplication.translate("Report", "Ad account:")
    account_id = m.ad_account or QCoreApplication.translate("Report", "not recorded")
    lines = [
        f"<h1>{escape(report_title(m))}</h1>",
        f"<p><span class='saved'>&nbsp;{escape(as_saved_text(m))}&nbsp;</span></p>",
        f"<p><b>{escape(campaign)}</b> {escape(_say(m.campaign))} &nbsp;·&nbsp; "
        f"<b>{escape(account)}</b> {escape(account_id)}</p>",
    ]
    if m.notes:
        notes = QCoreApplication.translate("Report", "Notes:")
        text = escape(m.notes).replace("\n", "<br>")
        lines.append(f"<p class='meta'><b>{escape(notes)}</b> {text}</p>")
    return "\n".join(lines)


def _group_summary(g: RegionGroup) -> str:
    if not g.whole:
        return ", ".join(g.parts)
    if not g.parts:
        return QCoreApplication.translate("Report", "whole area")
    more = QCoreApplication.translate("Report", "whole area + %1 more")
    return more.replace("%1", str(len(g.parts)))


def summary_html(m: ReportModel) -> str:
    """The ten-second part: regions by 시/도, placements, audiences. Also shown in the app."""
    regions = QCoreApplication.translate("Report", "Regions — %1 in %2 시/도")
    regions = regions.replace("%1", str(len(m.regions))).replace("%2", str(len(m.region_groups)))
    out = [f"<h3>{escape(regions)}</h3>"]
    if m.region_groups:
        rows = [
            (escape(g.depth1_name), str(g.count), escape(_group_summary(g)))
            for g in m.region_groups
        ]
        heads: tuple[str, ...] = (
            QCoreApplication.translate("Report", "시/도"),
            QCoreApplication.translate("Report", "Picked"),
            QCoreApplication.translate("Report", "Areas"),
        )
        out.append(_table(heads, rows, numeric=(1,), widths=(28, 10, 62)))
    else:
        none = QCoreApplication.translate(
            "Report", "No regions picked: the ad group targets all of Korea."
        )
        out.append(f"<p class='meta'>{escape(none)}</p>")
    out.append(_heading(3, QCoreApplication.translate("Report", "Placements")))
    network = QCoreApplication.translate("Report", "Network categories")
    section = QCoreApplication.translate("Report", "Section categories")
    out.append(_categories_line(network, m.ad_serving_categories))
    out.append(_categories_line(section, m.section_categories))
    details_by_lang = {"ko": m.targeting_details_ko}
    details_shown = details_by_lang.get(_report_lang(), m.targeting_details) or m.targeting_details
    if details_shown:
        out.append(_heading(3, QCoreApplication.translate("Report", "Kakao data and demographics")))
        details = [(escape(label), escape(value)) for label, value in details_shown]
        heads = ("", QCoreApplication.translate("Report", "Targeted"))
        out.append(_table(heads, details, widths=(28, 72)))
    inc, exc = m.audience_counts
    title = QCoreApplication.translate("Report", "Audiences — %1 included, %2 excluded")
    out.append(f"<h3>{escape(title.replace('%1', str(inc)).replace('%2', str(exc)))}</h3>")
    if m.audiences:
        audience_rows = [
            (
                _inclusion(a.inclusion),
                escape(_say(a.kind_title)),
                escape(a.label),
                _population(a.population),
            )
            for a in m.audiences
        ]
        heads = (
            "",
            QCoreApplication.translate("Report", "Kind"),
            QCoreApplication.translate("Report", "Audience"),
            QCoreApplication.translate("Report", "Population"),
        )
        out.append(_table(heads, audience_rows, numeric=(3,), widths=(12, 22, 48, 18)))
    else:
        none = QCoreApplication.translate("Report", "No audiences picked.")
        out.append(f"<p class='meta'>{escape(none)}</p>")
    return "\n".join(out)


def _categories_line(title: str, picks: Sequence[object]) -> str:
    names = ", ".join(escape(f"{getattr(c, 'name', '')}") for c in picks)
    names = names or escape(QCoreApplication.translate("Report", "none"))
    return f"<p><b>{escape(title)}:</b> {names}</p>"


def _problems(m: ReportModel) -> str:
    if not m.problems:
        ok = QCoreApplication.translate(
            "Report", "No problems found: Kakao's targeting rules are met."
        )
        return f"<p>{escape(ok)}</p>"
    rows = [
        (
            f"<span style='color:{SEVERITY_COLOUR[p.severity]}'>"
            f"<b>{escape(_severity_words(p.severity))}</b></span>",
            escape(_say(p.text or p.message)),
        )
        for p in m.problems
    ]
    heads = (
        QCoreApplication.translate("Report", "Severity"),
        QCoreApplication.translate("Report", "Problem"),
    )
    return _table(heads, rows)


def _rechecked_text(m: ReportModel) -> str:
    text = QCoreApplication.translate("Report", "%1 against %2")
    return text.replace("%1", m.rechecked).replace("%2", m.recheck_source)


def _findings(m: ReportModel) -> str:
    findings = m.findings or ()
    when = QCoreApplication.translate("Report", "Re-checked %1.").replace("%1", _rechecked_text(m))
    head = f"<p class='meta'>{escape(when)}</p>"
    if not findings:
        current = QCoreApplication.translate("Report", "Everything is current.")
        return head + f"<p>{escape(current)}</p>"
    rows = []
    for f in findings:
        colour = FINDING_COLOUR[f.kind]
        rows.append(
            (
                f"<span style='color:{colour}'><b>{escape(_finding_words(f.kind))}</b></span>",
                escape(_say(f.text or f.message)),
            )
        )
    heads = (
        QCoreApplication.translate("Report", "Finding"),
        QCoreApplication.translate("Report", "Details"),
    )
    return head + _table(heads, rows)


def _detail(m: ReportModel) -> str:
    regions = QCoreApplication.translate("Report", "Regions (%1)")
    regions = regions.replace("%1", str(len(m.regions)))
    out = [f"<h3>{escape(regions)}</h3>"]
    rows: list[tuple[str, ...]]
    heads: tuple[str, ...]
    if m.regions:
        rows = [
            (
                f"<span class='key'>{escape(r.value)}</span>",
                escape(r.depth1_name),
                escape(r.depth2_name or ""),
                escape(r.depth3_name or ""),
            )
            for r in m.regions
        ]
        heads = (
            QCoreApplication.translate("Report", "Key"),
            QCoreApplication.translate("Report", "시/도"),
            QCoreApplication.translate("Report", "시/군/구"),
            QCoreApplication.translate("Report", "동/읍/면"),
        )
        out.append(_table(heads, rows))
    for title, picks in (
        (QCoreApplication.translate("Report", "Network categories (%1)"), m.ad_serving_categories),
        (QCoreApplication.translate("Report", "Section categories (%1)"), m.section_categories),
    ):
        out.append(f"<h3>{escape(title.replace('%1', str(len(picks))))}</h3>")
        if picks:
            rows = [(f"<span class='key'>{escape(c.code)}</span>", escape(c.name)) for c in picks]
            heads = (
                QCoreApplication.translate("Report", "Code"),
                QCoreApplication.translate("Report", "Name"),
            )
            out.append(_table(heads, rows))
    audiences = QCoreApplication.translate("Report", "Audiences (%1)")
    out.append(f"<h3>{escape(audiences.replace('%1', str(len(m.audiences))))}</h3>")
    if m.audiences:
        rows = [
            (
                _inclusion(a.inclusion),
                escape(_say(a.kind_title)),
                escape(a.label),
                f"<span class='key'>{escape(a.key)}</span>",
                escape(a.status),
                _population(a.population),
                escape(_say(a.detail)),
            )
            for a in m.audiences
        ]
        heads = (
            "",
            QCoreApplication.translate("Report", "Kind"),
            QCoreApplication.translate("Report", "Name"),
            QCoreApplication.translate("Report", "Key"),
            QCoreApplication.translate("Report", "Status"),
            QCoreApplication.translate("Report", "Population"),
            QCoreApplication.translate("Report", "Details"),
        )
        out.append(_table(heads, rows, numeric=(5,)))
    if m.other_fields:
        fields = ", ".join(escape(f) for f in m.other_fields)
        kept = QCoreApplication.translate("Report", "Other fragment fields, kept as pasted")
        out.append(f"<h3>{escape(kept)}</h3><p>{fields}</p>")
    return "\n".join(out)


def _dates(m: ReportModel) -> str:
    not_rechecked = QCoreApplication.translate(
        "Report", "not re-checked: names and numbers as saved"
    )
    unknown = QCoreApplication.translate("Report", "not recorded")
    rows = [
        (QCoreApplication.translate("Report", "Saved"), escape(m.saved_at or unknown)),
        (
            QCoreApplication.translate("Report", "Region list dated"),
            escape(m.region_list_date or unknown),
        ),
        (
            QCoreApplication.translate("Report", "Re-checked"),
            escape(_rechecked_text(m) if m.rechecked else not_rechecked),
        ),
        (QCoreApplication.translate("Report", "Report made"), escape(m.generated_at)),
    ]
    table = _table(("", ""), rows, header=False)
    footer = QCoreApplication.translate(
        "Report",
        "moment-gui %1 (selection saved with %2). Names, statuses and populations are those "
        "recorded in the selection unless a re-check is shown.",
    )
    footer = footer.replace("%1", m.app_version).replace("%2", m.saved_with_version or unknown)
    return table + f"<p class='footer'>{escape(footer)}</p>"


def _inclusion(value: str) -> str:
    if value == "INCLUDE":
        colour, word = INCLUDE_COLOUR, QCoreApplication.translate("Report", "Include")
    else:
        colour, word = EXCLUDE_COLOUR, QCoreApplication.translate("Report", "Exclude")
    return f"<span style='color:{colour}'><b>{escape(word)}</b></span>"


def _population(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _table(
    heads: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
    header: bool = True,
    widths: Sequence[int] = (),
) -> str:
    """Cells are already escaped HTML; `widths` are column percentages."""
    out = ["<table width='100%' cellspacing='0' cellpadding='4'>"]
    if header:
        sized = [f" width='{w}%'" for w in widths] or [""] * len(heads)
        out.append(
            "<tr>"
            + "".join(f"<th{w}>{escape(h)}</th>" for h, w in zip(heads, sized, strict=True))
            + "</tr>"
        )
    for row in rows:
        cells = "".join(
            f"<td class='num' align='right'>{c}</td>" if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)
