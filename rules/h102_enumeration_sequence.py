"""H102 enumeration-sequence: "(1) … (2) … (3) … (5)" inside a paragraph or list."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class EnumerationSequence(Rule):
    """Flags an enumeration "(1) (2) (3) …" with a missing, repeated or backward number.

    What it checks
        An enumeration starts at "(1)" and runs through the paragraphs and list items that
        follow, up to the next heading or the next "(1)" (PDF text often cuts one enumeration
        into several blocks).  Each marker must be the previous one plus 1: "(3) … (5)" lacks
        (4); "(17)" twice is a repeat.

    Why
        The numbered items are usually targets or criteria that the report counts elsewhere
        ("đạt 5/9 tiêu chí"); a gap means an item was deleted or the numbering is wrong, and the
        count no longer matches.

    Example that fails
        Các tiêu chí chưa đạt gồm: (1) Quy hoạch; (2) Giao thông; (3) Môi trường; (5) Văn hóa.

    Example that passes
        Các tiêu chí chưa đạt gồm: (1) Quy hoạch; (2) Giao thông; (3) Môi trường; (4) Văn hóa.
    """

    code = "H102"
    name = "enumeration-sequence"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Enumeration numbering out of sequence")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for problem in context.relations.numbering.enumeration_problems:
            marker, previous = problem.marker, problem.previous
            if problem.kind == "gap":
                missing = ", ".join(f"({n})" for n in problem.missing)
                message = Message.of(
                    "Enumeration jumps from ({number}) to ({number2}): {missing} is missing",
                    number=previous.number,
                    number2=marker.number,
                    missing=missing,
                )
            elif problem.kind == "duplicate":
                message = Message.of(
                    "Item ({number}) appears twice in the same enumeration", number=marker.number
                )
            else:
                message = Message.of(
                    "Item ({number}) comes after ({number2})",
                    number=marker.number,
                    number2=previous.number,
                )
            yield self.report(
                message,
                marker.span,
                label=Message.of("expected ({value})", value=previous.number + 1),
                related=[Related(previous.span, Message.of("previous item"))],
                figures=(f"({marker.number})", f"({previous.number})"),
            )
