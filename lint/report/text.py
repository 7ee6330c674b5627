"""Human output in the style of rustc and ruff, rendered with rich.

    bao-cao.md:12:40: S101 Các khoản thành phần không cộng bằng tổng số [error]
       |
    12 | …số tiền 181.691.000 đồng (TW: 146.446.000 đồng; tỉnh: 5.445.000 đồng; thị xã: …
       |          ^^^^^^^^^^^           -----------             ---------
       |          |                     |                       tỉnh
       |          tổng số               TW
       = note: 146.446.000 + 5.445.000 + 149.000.000 = 300.891.000 ≠ 181.691.000
       = help: thị xã: 149.000.000 → 29.800.000 …

Colour follows rich's detection: none when the output is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from lint.diagnostics import Diagnostic, Message, Severity
from lint.document import SourceText, Span
from lint.engine import FileResult
from lint.report.words import HELP, NOTE, SEVERITY, severity_count

_SEVERITY_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold cyan",
}
_CONTEXT = 32  # characters of context shown on each side of the figures


@dataclass(frozen=True)
class _Mark:
    start: int  # column (0-based) in the line
    end: int
    label: str
    primary: bool


def render_check(
    console: Console, results: Sequence[FileResult], lang: str, quiet: bool = False
) -> None:
    totals = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    for result in results:
        if result.document is None:
            continue
        for diagnostic in result.diagnostics:
            totals[diagnostic.severity] += 1
            where = result.document.location_of(diagnostic.span)
            human = where.text(lang) if where is not None else None
            if quiet:
                console.print(
                    _headline(result.document.source, diagnostic, lang, human), soft_wrap=True
                )
            else:
                _render(console, result.document.source, diagnostic, lang, human)
    if quiet:
        return
    files = len(results)
    if not any(totals.values()):
        clean = (
            Message.of("No problems found in {files} file.", files=files)
            if files == 1
            else Message.of("No problems found in {files} files.", files=files)
        )
        console.print(Text(clean.text(lang), style="bold green"))
        return
    parts = Message.joined(
        ", ", [severity_count(severity, count) for severity, count in totals.items() if count]
    )
    summary = (
        Message.of("Found {parts} in {files} file.", parts=parts, files=files)
        if files == 1
        else Message.of("Found {parts} in {files} files.", parts=parts, files=files)
    )
    console.print(Text(summary.text(lang), style="bold"))


def _headline(
    source: SourceText, diagnostic: Diagnostic, lang: str, human: str | None = None
) -> Text:
    """``path:line:col: CODE message [severity]``; for Word and PDF input, whose lines a reader
    cannot find, the place as the reader sees it: ``du-thao.docx (bảng 2, hàng 3, cột 4): …``."""
    text = Text()
    if human is not None:
        text.append(f"{source.path} ({human}): ", style="bold")
    else:
        location = source.locate(diagnostic.span)
        text.append(f"{source.path}:{location.line}:{location.column}: ", style="bold")
    text.append(diagnostic.code, style=_SEVERITY_STYLE[diagnostic.severity])
    text.append(f" {diagnostic.message.text(lang)} ")
    word = SEVERITY[diagnostic.severity].text(lang)
    text.append(f"[{word}]", style=_SEVERITY_STYLE[diagnostic.severity])
    return text


def _render(
    console: Console, source: SourceText, diagnostic: Diagnostic, lang: str, human: str | None
) -> None:
    console.print(_headline(source, diagnostic, lang, human), soft_wrap=True)
    spans: list[tuple[Span, str, bool]] = [
        (diagnostic.span, diagnostic.label.text(lang) if diagnostic.label else "", True)
    ]
    spans += [(item.span, item.label.text(lang), False) for item in diagnostic.related]
    by_line: dict[int, list[_Mark]] = {}
    for span, label, primary in spans:
        line, column = source.line_column(span.start)
        end_line, end_column = source.line_column(span.end)
        end = end_column - 1 if end_line == line else len(source.line_text(line))
        by_line.setdefault(line, []).append(_Mark(column - 1, max(end, column), label, primary))
    gutter = len(str(max(by_line))) if by_line else 1
    pad = " " * gutter
    console.print(Text(f"{pad} |", style="blue"), soft_wrap=True)
    for line in sorted(by_line):
        for cluster in _clusters(by_line[line]):
            _render_line(console, source.line_text(line), line, cluster, gutter, diagnostic)
    for note in diagnostic.notes:
        console.print(
            Text(f"{pad} = ", style="blue")
            + Text(NOTE.text(lang), style="bold")
            + Text(note.text(lang)),
            soft_wrap=True,
        )
    if diagnostic.suggestion:
        console.print(
            Text(f"{pad} = ", style="blue")
            + Text(HELP.text(lang), style="bold green")
            + Text(diagnostic.suggestion.text(lang)),
            soft_wrap=True,
        )
    console.print()


def _clusters(marks: list[_Mark]) -> list[list[_Mark]]:
    """Marks close together share one excerpt; distant ones get their own."""
    clusters: list[list[_Mark]] = []
    for mark in sorted(marks, key=lambda item: item.start):
        if clusters and mark.start - max(m.end for m in clusters[-1]) <= 2 * _CONTEXT:
            clusters[-1].append(mark)
        else:
            clusters.append([mark])
    return clusters


def _render_line(
    console: Console,
    line_text: str,
    line: int,
    marks: list[_Mark],
    gutter: int,
    diagnostic: Diagnostic,
) -> None:
    marks = sorted(marks, key=lambda mark: mark.start)
    first = min(mark.start for mark in marks)
    last = max(mark.end for mark in marks)
    begin = max(0, first - _CONTEXT)
    stop = min(len(line_text), last + _CONTEXT)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if stop < len(line_text) else ""
    shift = len(prefix) - begin
    excerpt = Text(prefix + line_text[begin:stop] + suffix)
    style = _SEVERITY_STYLE[diagnostic.severity]
    for mark in marks:
        excerpt.stylize(
            style if mark.primary else "bold blue", mark.start + shift, mark.end + shift
        )
    pad = " " * gutter
    console.print(Text(f"{line:>{gutter}} | ", style="blue") + excerpt, soft_wrap=True)
    underline = [" "] * (last + shift + 1)
    for mark in marks:
        for column in range(mark.start + shift, mark.end + shift):
            underline[column] = "^" if mark.primary else "-"
    marker_text = Text("".join(underline).rstrip())
    for mark in marks:
        marker_text.stylize(
            style if mark.primary else "bold blue", mark.start + shift, mark.end + shift
        )
    labelled = [mark for mark in marks if mark.label]
    if len(labelled) == 1 and labelled[0] is marks[-1]:
        marker_text.append(" " + labelled[0].label, style=style if labelled[0].primary else "blue")
        labelled = []
    console.print(Text(f"{pad} | ", style="blue") + marker_text, soft_wrap=True)
    for index, mark in enumerate(reversed(labelled)):
        row = [" "] * (last + shift + 1)
        remaining = labelled[: len(labelled) - index - 1]
        for other in remaining:
            row[other.start + shift] = "|"
        text = "".join(row[: mark.start + shift]) + mark.label
        console.print(
            Text(f"{pad} | ", style="blue") + Text(text, style=style if mark.primary else "blue"),
            soft_wrap=True,
        )
