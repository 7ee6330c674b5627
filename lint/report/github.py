"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line a finding.

Paths are relative to the working directory without a ``./`` prefix (GitHub drops annotations
whose path starts with ``./``).  Property values and messages are escaped as the runner
expects (``%``, CR, LF, and in properties ``:`` and ``,``).  The message is several lines
(``%0A``): the finding, its computation notes and the suggestion, as in the text output.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.diagnostics import Severity
from lint.engine import FileResult
from lint.report.location import display_path
from lint.report.words import HELP, NOTE

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], lang: str) -> str:
    lines: list[str] = []
    for result in results:
        if result.document is None:
            continue
        source = result.document.source
        path = display_path(result.path)
        for diagnostic in result.diagnostics:
            where = source.locate(diagnostic.span)
            properties = [
                f"file={_escape_property(path)}",
                f"line={where.line}",
                f"col={where.column}",
                f"endLine={where.end_line}",
                f"endColumn={where.end_column}",
                f"title={_escape_property(f'{diagnostic.code} {diagnostic.name}')}",
            ]
            lines_of = [diagnostic.message.text(lang)]
            lines_of += [f"{NOTE.text(lang)}{note.text(lang)}" for note in diagnostic.notes]
            if diagnostic.suggestion:
                lines_of.append(f"{HELP.text(lang)}{diagnostic.suggestion.text(lang)}")
            message = "\n".join(lines_of)
            lines.append(
                f"::{_COMMAND[diagnostic.severity]} {','.join(properties)}::{_escape_data(message)}"
            )
    return "".join(line + "\n" for line in lines)
