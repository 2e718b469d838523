"""The review report as one HTML document: a browser file and the source of the PDF.

Only markup and CSS that both browsers and QTextDocument understand (tables, colours, font
sizes), so the PDF and the HTML say and look the same. Every text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from moment_gui.domain.recheck import FindingKind
from moment_gui.domain.report_model import ReportModel
from moment_gui.domain.rules import Severity
from moment_gui.report.fonts import CSS_FONT_STACK, font_face_css

INCLUDE_COLOUR = "#1b7f3b"
EXCLUDE_COLOUR = "#b3261e"
SEVERITY_COLOUR = {Severity.ERROR: "#b3261e", Severity.WARNING: "#a15c00", Severity.INFO: "#44546a"}
FINDING_WORDS = {
    FindingKind.RENAMED: ("Renamed", "#1f5fa8"),
    FindingKind.GONE: ("No longer offered", "#b3261e"),
    FindingKind.STATUS_CHANGED: ("Status changed", "#a15c00"),
    FindingKind.POPULATION_CHANGED: ("Population changed", "#6b4ea0"),
    FindingKind.NOT_CHECKED: ("Not checked", "#44546a"),
}

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
    """The whole report. `embed_font=False` leaves out the font (Qt registers it instead)."""
    face = font_face_css() if embed_font else ""
    css = face + _CSS % {"fonts": CSS_FONT_STACK}
    body = "\n".join(
        [
            _header(model),
            "<h2>Summary</h2>",
            summary_html(model),
            "<h2>Rule check</h2>",
            _problems(model),
            *(["<h2>Re-check</h2>", _findings(model)] if model.findings is not None else []),
            "<h2>Full detail</h2>",
            _detail(model),
            "<h2>Data dates</h2>",
            _dates(model),
        ]
    )
    return (
        "<!DOCTYPE html>\n<html lang='ko'><head><meta charset='utf-8'>"
        f"<title>{escape(model.title)}</title><style>{css}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _header(m: ReportModel) -> str:
    lines = [
        f"<h1>{escape(m.title)}</h1>",
        f"<p><span class='saved'>&nbsp;{escape(m.as_saved)}&nbsp;</span></p>",
        f"<p><b>Campaign:</b> {escape(m.campaign)} &nbsp;·&nbsp; "
        f"<b>Ad account:</b> {escape(m.ad_account)}</p>",
    ]
    if m.notes:
        lines.append(f"<p class='meta'><b>Notes:</b> {escape(m.notes)}</p>")
    return "\n".join(lines)


def summary_html(m: ReportModel) -> str:
    """The ten-second part: regions by 시/도, placements, audiences. Also shown in the app."""
    out = [f"<h3>Regions — {len(m.regions)} in {len(m.region_groups)} 시/도</h3>"]
    if m.region_groups:
        rows = [(escape(g.depth1_name), str(g.count), escape(g.summary)) for g in m.region_groups]
        out.append(_table(("시/도", "Picked", "Areas"), rows, numeric=(1,), widths=(28, 10, 62)))
    else:
        out.append("<p class='meta'>No regions picked: the ad group targets all of Korea.</p>")
    out.append("<h3>Placements</h3>")
    out.append(_categories_line("Network categories", m.ad_serving_categories))
    out.append(_categories_line("Section categories", m.section_categories))
    if m.targeting_details:
        out.append("<h3>Kakao data and demographics</h3>")
        details = [(escape(label), escape(value)) for label, value in m.targeting_details]
        out.append(_table(("", "Targeted"), details, widths=(28, 72)))
    inc, exc = m.audience_counts
    out.append(f"<h3>Audiences — {inc} included, {exc} excluded</h3>")
    if m.audiences:
        audience_rows = [
            (
                _inclusion(a.inclusion),
                escape(a.kind_title),
                escape(a.label),
                _population(a.population),
            )
            for a in m.audiences
        ]
        heads = ("", "Kind", "Audience", "Population")
        out.append(_table(heads, audience_rows, numeric=(3,), widths=(12, 22, 48, 18)))
    else:
        out.append("<p class='meta'>No audiences picked.</p>")
    return "\n".join(out)


def _categories_line(title: str, picks: Sequence[object]) -> str:
    names = ", ".join(escape(f"{getattr(c, 'name', '')}") for c in picks) or "none"
    return f"<p><b>{title}:</b> {names}</p>"


def _problems(m: ReportModel) -> str:
    if not m.problems:
        return "<p>No problems found: Kakao's targeting rules are met.</p>"
    rows = [
        (
            f"<span style='color:{SEVERITY_COLOUR[p.severity]}'><b>{p.severity.value}</b></span>",
            escape(p.message),
        )
        for p in m.problems
    ]
    return _table(("Severity", "Problem"), rows)


def _findings(m: ReportModel) -> str:
    findings = m.findings or ()
    head = f"<p class='meta'>Re-checked {escape(m.rechecked)}.</p>"
    if not findings:
        return head + "<p>Everything is current.</p>"
    rows = []
    for f in findings:
        words, colour = FINDING_WORDS[f.kind]
        rows.append((f"<span style='color:{colour}'><b>{words}</b></span>", escape(f.message)))
    return head + _table(("Finding", "Details"), rows)


def _detail(m: ReportModel) -> str:
    out = [f"<h3>Regions ({len(m.regions)})</h3>"]
    rows: list[tuple[str, ...]]
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
        out.append(_table(("Key", "시/도", "시/군/구", "동/읍/면"), rows))
    for title, picks in (
        ("Network categories", m.ad_serving_categories),
        ("Section categories", m.section_categories),
    ):
        out.append(f"<h3>{title} ({len(picks)})</h3>")
        if picks:
            rows = [(f"<span class='key'>{escape(c.code)}</span>", escape(c.name)) for c in picks]
            out.append(_table(("Code", "Name"), rows))
    out.append(f"<h3>Audiences ({len(m.audiences)})</h3>")
    if m.audiences:
        rows = [
            (
                _inclusion(a.inclusion),
                escape(a.kind_title),
                escape(a.label),
                f"<span class='key'>{escape(a.key)}</span>",
                escape(a.status),
                _population(a.population),
                escape(a.detail),
            )
            for a in m.audiences
        ]
        heads = ("", "Kind", "Name", "Key", "Status", "Population", "Details")
        out.append(_table(heads, rows, numeric=(5,)))
    if m.other_fields:
        fields = ", ".join(escape(f) for f in m.other_fields)
        out.append(f"<h3>Other fragment fields, kept as pasted</h3><p>{fields}</p>")
    return "\n".join(out)


def _dates(m: ReportModel) -> str:
    rows = [
        ("Saved", escape(m.saved_at)),
        ("Region list dated", escape(m.region_list_date)),
        ("Re-checked", escape(m.rechecked or "not re-checked: names and numbers as saved")),
        ("Report made", escape(m.generated_at)),
    ]
    table = _table(("", ""), rows, header=False)
    return table + (
        f"<p class='footer'>moment-gui {escape(m.app_version)} "
        f"(selection saved with {escape(m.saved_with_version)}). Names, statuses and "
        "populations are those recorded in the selection unless a re-check is shown.</p>"
    )


def _inclusion(value: str) -> str:
    colour, word = (
        (INCLUDE_COLOUR, "Include") if value == "INCLUDE" else (EXCLUDE_COLOUR, "Exclude")
    )
    return f"<span style='color:{colour}'><b>{word}</b></span>"


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
