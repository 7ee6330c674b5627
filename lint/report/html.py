"""The HTML report: one self-contained page (no network, no CDN) to read findings in a browser.

For each report: the findings listed by severity on the left, the document text on the right
with every figure involved in a finding highlighted.  Clicking a finding (or a highlighted
figure) scrolls to its figures, highlights them and opens the finding's details: the figures
with their labels, the computation and the suggestion.  A print style sheet lays the page out
as a single column with every detail open.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lint import __version__
from lint.diagnostics import Diagnostic, Message, Severity
from lint.document import Document
from lint.engine import FileResult
from lint.report.words import SEVERITY_TITLE, SUGGESTION

_WORDS: dict[str | Severity, Message] = {
    "title": Message.of("Figure check report"),
    "findings": Message.of("Findings"),
    "none": Message.of("No problems found."),
    "line": Message.of("line"),
    "suggestion": SUGGESTION,
    "document": Message.of("Document text"),
    "unreadable": Message.of("Could not be read"),
    "hint": Message.of("Click a finding to see its figures in the text."),
}
_WORDS.update(SEVERITY_TITLE.items())


def _words(lang: str) -> dict[str | Severity, str]:
    return {key: word.text(lang) for key, word in _WORDS.items()}


_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    finding: str  # element id of the finding
    primary: bool
    severity: Severity


def html_report(results: Sequence[FileResult], lang: str) -> str:
    words = _words(lang)
    body: list[str] = []
    errors = [result.error.text(lang) for result in results if result.error]
    if errors:
        items = "".join(f"<li>{html.escape(error)}</li>" for error in errors)
        body.append(
            f'<section class="unreadable"><h2>{words["unreadable"]}</h2><ul>{items}</ul></section>'
        )
    readable = [result for result in results if result.document is not None]
    for number, result in enumerate(readable):
        assert result.document is not None
        body.append(_file_section(number, result.document, result.diagnostics, lang))
    return _PAGE.format(
        lang=lang,
        title=html.escape(words["title"]),
        version=__version__,
        css=_CSS,
        script=_SCRIPT,
        body="\n".join(body),
    )


def _file_section(
    number: int, document: Document, diagnostics: Sequence[Diagnostic], lang: str
) -> str:
    words = _words(lang)
    source = document.source
    marks: list[_Mark] = []
    groups: dict[Severity, list[str]] = {severity: [] for severity in _ORDER}
    for index, diagnostic in enumerate(diagnostics):
        finding = f"f{number}-d{index}"
        marks.append(
            _Mark(diagnostic.span.start, diagnostic.span.end, finding, True, diagnostic.severity)
        )
        marks.extend(
            _Mark(item.span.start, item.span.end, finding, False, diagnostic.severity)
            for item in diagnostic.related
        )
        groups[diagnostic.severity].append(_finding(finding, document, diagnostic, lang))
    counts = " · ".join(
        f'<span class="count sev-{severity.value}">{len(groups[severity])} {words[severity]}</span>'
        for severity in _ORDER
        if groups[severity]
    )
    listing: list[str] = []
    for severity in _ORDER:
        if groups[severity]:
            listing.append(
                f'<h3 class="sev-{severity.value}">{words[severity]} ({len(groups[severity])})</h3>'
                f'<ol class="findings">{"".join(groups[severity])}</ol>'
            )
    if not diagnostics:
        listing.append(f'<p class="clean">{words["none"]}</p>')
    else:
        listing.insert(0, f'<p class="hint">{words["hint"]}</p>')
    return (
        f'<section class="file" id="file{number}">'
        f'<header><h2>{html.escape(source.path)}</h2><p class="counts">{counts}</p></header>'
        f'<div class="layout"><aside class="panel"><h2 class="panel-title">{words["findings"]}</h2>'
        f"{''.join(listing)}</aside>"
        f'<article class="doc" aria-label="{words["document"]}">{_document(document, marks)}</article>'
        f"</div></section>"
    )


def _finding(finding: str, document: Document, diagnostic: Diagnostic, lang: str) -> str:
    words = _words(lang)
    source = document.source
    where = source.locate(diagnostic.span)
    human = document.location_of(diagnostic.span)
    place = human.text(lang) if human is not None else f"{words['line']} {where.line}"
    figures = [
        (
            source.excerpt(diagnostic.span),
            diagnostic.label.text(lang) if diagnostic.label else "",
            True,
        )
    ]
    figures += [
        (source.excerpt(item.span), item.label.text(lang), False) for item in diagnostic.related
    ]
    rows = "".join(
        f'<li class="{"primary" if primary else "related"}"><span class="fig">{html.escape(text)}</span>'
        f"{' — ' + html.escape(label) if label else ''}</li>"
        for text, label, primary in figures
    )
    notes = "".join(
        f'<p class="note">{html.escape(note.text(lang))}</p>' for note in diagnostic.notes
    )
    suggestion = (
        f'<p class="suggestion"><b>{words["suggestion"]}:</b> {html.escape(diagnostic.suggestion.text(lang))}</p>'
        if diagnostic.suggestion is not None
        else ""
    )
    return (
        f'<li class="finding sev-{diagnostic.severity.value}" id="{finding}" tabindex="0" '
        f'role="button" aria-expanded="false">'
        f'<div class="head"><span class="badge">{words[diagnostic.severity]}</span>'
        f'<code class="code">{diagnostic.code}</code><span class="where">{html.escape(place)}</span></div>'
        f'<p class="message">{html.escape(diagnostic.message.text(lang))}</p>'
        f'<div class="detail"><ul class="figures">{rows}</ul>{notes}{suggestion}'
        f'<p class="rule">{diagnostic.name}</p></div></li>'
    )


def _document(document: Document, marks: list[_Mark]) -> str:
    """The report as its reader sees it: Markdown rendered (headings, emphasis, tables,
    superscripts), Word by its paragraphs and tables, a workbook as its tables, other formats
    line by line; the figures of the findings highlighted."""
    if document.format == "xlsx":
        from lint.report.html_tables import workbook_view

        return workbook_view(document, marks)
    if document.format == "markdown":
        from lint.report.html_markdown import render_markdown

        text = document.source.text
        return f'<div class="rendered">{render_markdown(text, _highlighter(text, marks))}</div>'
    if document.format == "docx" and document.blocks:
        from lint.report.html_markdown import render_word

        text = document.source.text
        return f'<div class="rendered">{render_word(document, _highlighter(text, marks))}</div>'
    return _text(document, marks)


def _highlighter(text: str, marks: list[_Mark]) -> Callable[[int, int], str]:
    """``text[start:end]`` as HTML, escaped, with the figures of the findings marked."""

    def highlight(start: int, end: int) -> str:
        inside = [m for m in marks if m.start < end and start < m.end and m.start < m.end]
        cuts = sorted({start, end} | {m.start for m in inside} | {m.end for m in inside})
        pieces = []
        for left, right in itertools.pairwise(c for c in cuts if start <= c <= end):
            escaped = html.escape(text[left:right])
            covering = [m for m in inside if m.start <= left and right <= m.end]
            pieces.append(_marked(escaped, covering) if covering else escaped)
        return "".join(pieces)

    return highlight


def _marked(escaped: str, covering: list[_Mark]) -> str:
    ids = " ".join(sorted({m.finding for m in covering}))
    worst = min(_ORDER.index(m.severity) for m in covering)
    kind = " primary" if any(m.primary for m in covering) else ""
    return (
        f'<mark class="hl sev-{_ORDER[worst].value}{kind}" data-findings="{ids}">{escaped}</mark>'
    )


def _text(document: Document, marks: list[_Mark]) -> str:
    """The source text, line by line, with highlighted figures."""
    text = document.source.text
    boundaries = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    boundaries = [b for b in boundaries if 0 <= b <= len(text)]
    lines: list[str] = []
    current: list[str] = []
    line_number = 1

    def close_line() -> None:
        nonlocal line_number, current
        content = "".join(current) or "&#8203;"
        lines.append(
            f'<div class="ln"><span class="no">{line_number}</span><span class="tx">{content}</span></div>'
        )
        current = []
        line_number += 1

    for left, right in itertools.pairwise(boundaries):
        covering = [m for m in marks if m.start <= left and right <= m.end and m.start < m.end]
        segment = text[left:right]
        pieces = segment.split("\n")
        for position, piece in enumerate(pieces):
            if position:
                close_line()
            if not piece:
                continue
            escaped = html.escape(piece)
            current.append(_marked(escaped, covering) if covering else escaped)
    close_line()
    return "".join(lines)


_CSS = """
:root{--err:#b42318;--err-bg:#fde8e7;--warn:#9a6700;--warn-bg:#fff4d6;--info:#0b6bcb;--info-bg:#e6f1fc;
--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--bg:#f6f8fa;--active:#ffd33d}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
.top{background:#24292f;color:#fff;padding:10px 24px;display:flex;align-items:baseline;gap:16px}
.top h1{font-size:18px;margin:0}.top .tool{color:#c9d1d9;font-size:13px}
section.file{margin:0 0 24px}
section.file>header{padding:12px 24px;background:var(--paper);border-bottom:1px solid var(--line)}
section.file>header h2{margin:0;font-size:16px;word-break:break-all}
.counts{margin:4px 0 0;font-size:14px}
.count.sev-error{color:var(--err)}.count.sev-warning{color:var(--warn)}.count.sev-info{color:var(--info)}
.layout{display:grid;grid-template-columns:minmax(300px,38%) 1fr;align-items:start}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;padding:12px 16px;border-right:1px solid var(--line);background:var(--bg)}
.panel-title{font-size:15px;margin:4px 0}
.hint{color:var(--muted);font-size:13px;margin:4px 0 8px}
.panel h3{font-size:14px;margin:14px 0 6px}
h3.sev-error{color:var(--err)}h3.sev-warning{color:var(--warn)}h3.sev-info{color:var(--info)}
ol.findings{list-style:none;margin:0;padding:0}
.finding{background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;
padding:8px 10px;margin:0 0 8px;cursor:pointer}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}.finding.sev-info{border-left-color:var(--info)}
.finding:hover{box-shadow:0 1px 4px rgba(0,0,0,.12)}
.finding.active{outline:2px solid var(--active);box-shadow:0 2px 8px rgba(0,0,0,.18)}
.finding:focus-visible{outline:2px solid var(--info)}
.head{display:flex;gap:8px;align-items:center;font-size:13px}
.badge{font-weight:600;padding:0 6px;border-radius:10px;font-size:12px}
.sev-error .badge{background:var(--err-bg);color:var(--err)}.sev-warning .badge{background:var(--warn-bg);color:var(--warn)}
.sev-info .badge{background:var(--info-bg);color:var(--info)}
.code{font-weight:600}.where{color:var(--muted);margin-left:auto}
.message{margin:4px 0 0}
.detail{display:none;margin-top:6px;border-top:1px dashed var(--line);padding-top:6px;font-size:14px}
.finding.active .detail{display:block}
.figures{margin:0 0 4px;padding-left:18px}.figures .fig{font-weight:600;font-variant-numeric:tabular-nums}
.figures .primary .fig{text-decoration:underline}
.note{margin:4px 0;font-variant-numeric:tabular-nums;font-size:14px;background:var(--bg);padding:4px 6px;border-radius:4px;white-space:pre-wrap}
.suggestion{margin:4px 0}.rule{margin:4px 0 0;color:var(--muted);font-size:12px}
.clean{color:#1a7f37;font-weight:600}
.doc{background:var(--paper);padding:12px 0;min-width:0}
.ln{display:flex;padding:0 16px 0 0}
.ln .no{flex:0 0 3.5em;text-align:right;padding-right:12px;color:#8c959f;font-size:12px;user-select:none;line-height:1.9}
.ln .tx{flex:1;white-space:pre-wrap;word-wrap:break-word;min-width:0}
.rendered{padding:0 24px;max-width:60em;line-height:1.6}
.rendered h1,.rendered h2,.rendered h3,.rendered h4,.rendered h5,.rendered h6{line-height:1.3;margin:1em 0 .5em}
.rendered h1{font-size:1.4em}.rendered h2{font-size:1.25em}.rendered h3{font-size:1.1em}
.rendered p{margin:.5em 0}.rendered .li{display:flex;gap:.5em;margin:.25em 0}
.rendered .bullet{flex:0 0 auto;min-width:1em;color:var(--muted)}
.rendered .directive{color:var(--muted);font-size:12px;font-family:monospace}
.rendered .footnote{font-size:13px;color:var(--muted)}
.rendered .table{overflow-x:auto;margin:.75em 0}
.rendered table{border-collapse:collapse;font-size:14px;font-variant-numeric:tabular-nums}
.rendered th,.rendered td{border:1px solid var(--line);padding:3px 8px;vertical-align:top}
.rendered th{background:var(--bg);text-align:center}
.rendered hr{border:0;border-top:1px dashed var(--line);margin:1em 0}
mark.hl{background:var(--info-bg);color:inherit;border-bottom:2px solid var(--info);padding:0 1px;border-radius:2px;cursor:pointer}
mark.hl.sev-error{background:var(--err-bg);border-bottom-color:var(--err)}
mark.hl.sev-warning{background:var(--warn-bg);border-bottom-color:var(--warn)}
mark.hl.active{background:var(--active);border-bottom-color:#000;box-shadow:0 0 0 2px var(--active)}
.unreadable{margin:12px 24px;padding:8px 16px;background:var(--err-bg);border-radius:6px}
@media (max-width:800px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none;border-right:0}}
@media print{
body{background:#fff;font-size:10pt}.top{background:none;color:#000;border-bottom:1px solid #000;padding:0 0 6px}
.top .tool{color:#444}.layout{display:block}.panel{position:static;max-height:none;overflow:visible;border:0;padding:0;background:none}
.hint{display:none}.finding{break-inside:avoid;border-color:#999}.detail{display:block}
.doc{padding:0}.ln .no{color:#666}mark.hl,mark.hl.active{background:none;box-shadow:none;border-bottom:1.5pt solid #000}
section.file{break-before:page}section.file:first-of-type{break-before:auto}
}
"""

_SCRIPT = """
(function(){
  function clear(){
    document.querySelectorAll('.active').forEach(function(e){e.classList.remove('active');
      if(e.hasAttribute('aria-expanded')) e.setAttribute('aria-expanded','false');});
  }
  function select(id, scrollText){
    clear();
    var item=document.getElementById(id); if(!item) return;
    item.classList.add('active'); item.setAttribute('aria-expanded','true');
    var marks=document.querySelectorAll('mark.hl');
    var first=null;
    marks.forEach(function(m){
      if((' '+m.dataset.findings+' ').indexOf(' '+id+' ')>=0){m.classList.add('active'); if(!first) first=m;}
    });
    if(scrollText && first) first.scrollIntoView({block:'center'});
    else item.scrollIntoView({block:'nearest'});
  }
  document.querySelectorAll('.finding').forEach(function(item){
    item.addEventListener('click',function(){select(item.id,true);});
    item.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();select(item.id,true);}});
  });
  document.querySelectorAll('mark.hl').forEach(function(m){
    m.addEventListener('click',function(){select(m.dataset.findings.split(' ')[0],false);});
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<div class="top"><h1>{title}</h1><span class="tool">solieu {version}</span></div>
{body}
<script>{script}</script>
</body>
</html>
"""
