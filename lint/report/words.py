"""Words the reports share (severities, "note:", "help:"), from the message catalogue."""

from __future__ import annotations

from lint.diagnostics import Message, Severity

# as a tag: "[error]"
SEVERITY = {
    Severity.ERROR: Message.of("error"),
    Severity.WARNING: Message.of("warning"),
    Severity.INFO: Message.of("info"),
}
# as a heading: "Error S101 (breakdown-sum): …"
SEVERITY_TITLE = {
    Severity.ERROR: Message.of("Error"),
    Severity.WARNING: Message.of("Warning"),
    Severity.INFO: Message.of("Info"),
}
NOTE = Message.of("note: ")
HELP = Message.of("help: ")
SUGGESTION = Message.of("Suggestion")


def severity_count(severity: Severity, count: int) -> Message:
    """``3 errors``, ``1 warning``, ``2 info``."""
    if severity is Severity.ERROR:
        if count == 1:
            return Message.of("{count} error", count=count)
        return Message.of("{count} errors", count=count)
    if severity is Severity.WARNING:
        if count == 1:
            return Message.of("{count} warning", count=count)
        return Message.of("{count} warnings", count=count)
    return Message.of("{count} info", count=count)
