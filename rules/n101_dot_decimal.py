"""N101 dot-decimal: a decimal point in a document that writes decimals with a comma."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Option, Rule


class DotDecimal(Rule):
    """Flags English-style decimals ("34.1%") in a report that uses the decimal comma.

    What it checks
        A number written with a dot followed by one or two digits (``34.1%``, ``7.2 ha``) in a
        document that writes at least one decimal with the comma (``50,3%``).  A dot followed
        by one or two digits cannot be a thousands separator, so the figure is a decimal written
        the English way, and the document mixes both styles.  It is a warning when the comma
        decimals outnumber the dot decimals (the document's own convention is clear) and
        information otherwise (the mix is certain, which style the author meant is not).

    Why
        Vietnamese writes ``1.234,5``; mixing styles in one report is how a figure gets read a
        thousand times too large or too small, and the reader cannot tell which style a
        three-digit group (``1.250``) follows when both are in use.

    Example that fails
        Đã giải quyết trước hạn 915 hồ sơ, chiếm tỷ lệ 34.1%; tỷ lệ hài lòng đạt 98,5%.

    Example that passes
        Đã giải quyết trước hạn 915 hồ sơ, chiếm tỷ lệ 34,1%; tỷ lệ hài lòng đạt 98,5%.
    """

    code = "N101"
    name = "dot-decimal"
    severity = Severity.WARNING
    summary = Message(
        "Dấu chấm thập phân trong văn bản dùng dấu phẩy thập phân",
        "Decimal point in a document that uses the decimal comma",
    )
    options = {
        "min-comma-decimals": Option(
            1,
            Message(
                "Số lượng số thập phân dùng dấu phẩy tối thiểu trước khi báo dấu chấm",
                "Decimal-comma figures the document must contain before dots are flagged",
            ),
            int,
        ),
    }

    def check(self, context: Context) -> Iterator[Diagnostic]:
        commas = sum(1 for q in context.quantities if "decimal-comma" in q.flags)
        dots = [q for q in context.quantities if "dot-decimal" in q.flags]
        if not dots or commas < context.options["min-comma-decimals"]:
            return
        # the comma is the Vietnamese convention; when it is not even the document's majority
        # the evidence of which style the author meant is thin
        severity = Severity.WARNING if commas > len(dots) else Severity.INFO
        for quantity in dots:
            for index, number in enumerate(quantity.numbers):
                if "dot-decimal" not in number.flags:
                    continue
                fixed = number.text.replace(".", ",")
                yield self.report(
                    self.summary,
                    context.number_span(quantity, index),
                    label=Message(f"đọc là {fixed}", f"read as {fixed}"),
                    notes=[
                        Message(
                            f"văn bản có {commas} số thập phân viết bằng dấu phẩy",
                            f"the document writes {commas} other decimals with a comma",
                        )
                    ],
                    suggestion=Message(f"viết {fixed}", f"write {fixed}"),
                    figures=(number.text,),
                    severity=severity,
                )
