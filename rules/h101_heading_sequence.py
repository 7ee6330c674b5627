"""H101 heading-sequence: heading labels that skip, repeat or go back ("3." then "5.")."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class HeadingSequence(Rule):
    """Flags a heading or list label that is not the next one of its level.

    What it checks
        Labels at every level — "Phần I/II", "Chương I", "Điều 1", "I., II.", "A.", "1., 2.",
        "1.1., 1.2.", "a), b)" (Vietnamese order a b c d đ e g h …, no f; "d) e)" without đ is
        accepted) — must run without gaps, repeats or steps back among the siblings of one
        parent in the document's outline: "1." starts again under each "II." or each "Điều".
        Articles ("Điều") and chapters are numbered through the whole document and never
        start again.  A first label that is not 1 under a numbered parent is reported too.  A
        "28." followed by a figure ("28. 640 triệu đồng") is a wrapped number, not a label;
        tokenised labels ("1 .", "a )") read like the others.

    Why
        A skipped or repeated section number means a section was deleted, moved or pasted from
        another report: the reader looks for section 4 and there is none.

    Example that fails
        I. LĨNH VỰC KINH TẾ
        1. Nông nghiệp
        2. Tài chính
        4. Xây dựng cơ bản

    Example that passes
        I. LĨNH VỰC KINH TẾ
        1. Nông nghiệp
        2. Tài chính
        3. Xây dựng cơ bản
    """

    code = "H101"
    name = "heading-sequence"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Heading numbering out of sequence")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for problem in context.relations.numbering.problems:
            label, previous = problem.label, problem.previous
            related = []
            if previous is not None:
                related.append(Related(previous.span, Message.of("previous label")))
            if problem.kind == "duplicate":
                message = Message.of(
                    "Heading “{text}” repeats the previous number", text=label.text
                )
            elif problem.kind == "start":
                message = Message.of(
                    "Heading “{text}” is the first of its level but does not start at 1",
                    text=label.text,
                )
            else:
                after = previous.text if previous is not None else ""
                message = Message.of(
                    "Heading “{text}” follows “{after}”: a number is missing or out of order",
                    text=label.text,
                    after=after,
                )
            yield self.report(
                message,
                label.span,
                label=Message.of("expected number {expected}", expected=problem.expected),
                related=related,
                figures=(label.text, previous.text if previous is not None else ""),
            )
