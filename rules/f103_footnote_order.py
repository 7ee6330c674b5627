"""F103 footnote-order: footnote marks out of order, or a number referenced twice."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class FootnoteOrder(Rule):
    """Flags footnote marks that do not run 1, 2, 3 … in the text, and reused numbers.

    What it checks
        Word numbers footnotes by the order of their marks and gives every mark its own note,
        so the first occurrences of the marks must run 1, 2, 3 … and no number may come back.
        A mark whose number is not the next one, or that repeats an earlier number, is
        reported.  Superscripts that are figures (F105) are left out, so that one misplaced
        figure is reported once, by F105.  Numbering restarted on each page or section
        (1 2 3 1 2 …, with a note for each mark) is checked section by section.

    Why
        Out-of-order or repeated marks come from notes renumbered by hand or pasted from
        another report; the note then explains a different figure than the one it is
        attached to.

    Example that fails
        Thu ngân sách 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>3</sup>, vay 10 tỷ
        đồng<sup>2</sup>.

    Example that passes
        Thu ngân sách 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>, vay 10 tỷ
        đồng<sup>3</sup>.
    """

    code = "F103"
    name = "footnote-order"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Footnote reference out of order or reused")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for problem in context.relations.footnotes.order:
            mark = problem.mark
            if problem.first is not None:
                yield self.report(
                    Message.of("Footnote reference {number} was already used", number=mark.number),
                    mark.ref.span,
                    label=Message.of("reused"),
                    related=[Related(problem.first.ref.span, Message.of("first use"))],
                    figures=(str(mark.number),),
                )
                continue
            yield self.report(
                Message.of(
                    "Footnote reference {number} appears where {expected} is expected",
                    number=mark.number,
                    expected=problem.expected,
                ),
                mark.ref.span,
                label=Message.of("expected {expected}", expected=problem.expected),
                figures=(str(mark.number), str(problem.expected)),
            )
