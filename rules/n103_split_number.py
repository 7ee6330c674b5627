"""N103 split-number: a space inside a number (PDF extraction or a typing slip)."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Rule


class SplitNumber(Rule):
    """Flags a number broken by a space after its thousands dot ("35. 126 triệu đồng").

    What it checks
        A thousands group separated from the rest of the number by a space after the dot,
        followed by a unit or scale word, as in ``35. 126 triệu đồng``.

    Why
        A reader (or a program copying the table) may take ``35.`` and ``126`` as two figures,
        or stop at ``35``.  It usually comes from text pasted out of a PDF or from alignment
        spaces, and should be closed up before the report is signed.

    Example that fails
        Tổng dự toán 10 công trình: 35. 126 triệu đồng.

    Example that passes
        Tổng dự toán 10 công trình: 35.126 triệu đồng.
    """

    code = "N103"
    name = "split-number"
    severity = Severity.WARNING
    summary = Message.of("Space inside a number")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for quantity in context.quantities:
            for index, number in enumerate(quantity.numbers):
                if "split-number" not in number.flags:
                    continue
                joined = number.text.replace(" ", "")
                yield self.report(
                    self.summary,
                    context.number_span(quantity, index),
                    label=Message.of("read as {joined}", joined=joined),
                    suggestion=Message.of("close it up: {joined}", joined=joined),
                    figures=(number.text,),
                )
