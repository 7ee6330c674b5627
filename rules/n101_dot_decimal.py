"""N101 dot-decimal: a decimal point in a document that writes decimals with a comma, or that
groups its thousands with dots."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.document import BlockKind
from lint.numbers.format import format_vi
from lint.numbers.quantity import Quantity, QuantityKind
from lint.rule import Context, Option, Rule


def _a_version(context: Context, quantity: Quantity) -> bool:
    """A bare "4.0" in prose ("công nghiệp 4.0", "Chợ 4.0", "Web 2.0") names a generation or a
    version: one digit, a dot and a zero, no unit, scale word or percent sign."""
    return (
        quantity.kind is QuantityKind.NUMBER
        and "scaled" not in quantity.flags
        and len(quantity.numbers) == 1
        and len(quantity.numbers[0].text) == 3
        and quantity.numbers[0].text.endswith(".0")
        and context.block(quantity.block).kind is not BlockKind.TABLE_CELL
    )


class DotDecimal(Rule):
    """Flags English-style decimals ("34.1%", "0.7 triệu") in a report written the Vietnamese
    way.

    What it checks
        A number written with a dot followed by one or two digits (``34.1%``, ``7.2 ha``) in a
        document that writes at least one decimal with the comma (``50,3%``).  A dot followed
        by one or two digits cannot be a thousands separator, so the figure is a decimal written
        the English way, and the document mixes both styles.  It is a warning when the comma
        decimals outnumber the dot decimals (the document's own convention is clear) and
        information otherwise (the mix is certain, which style the author meant is not).
        A bare ``4.0`` in prose ("công nghiệp 4.0", "Chợ 4.0") names a generation, not a
        figure, and is not reported.
        In a document with no comma decimal at all, such a figure with a scale word, a unit
        or a percent sign (``0.7 triệu``, ``1.25 tỷ đồng``, ``34.1%``; a bare ``2.0`` may be a
        version or a clock time) is reported as information, with the reading solieu chose
        (0,7), when the document groups its thousands with dots elsewhere (``1.250``): the
        dot is then the thousands separator of the report and a decimal point beside it is a
        style slip.

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
    whole_document = True
    summary = Message.of("Decimal point in a document that uses the decimal comma")
    options = {
        "min-thousands-dots": Option(
            1,
            Message.of(
                "Figures with thousands dots a document without decimal commas must contain before its dot decimals are flagged"
            ),
            int,
        ),
        "min-comma-decimals": Option(
            1,
            Message.of("Decimal-comma figures the document must contain before dots are flagged"),
            int,
        ),
    }

    def check(self, context: Context) -> Iterator[Diagnostic]:
        commas = sum(1 for q in context.quantities if "decimal-comma" in q.flags)
        dots = [q for q in context.quantities if "dot-decimal" in q.flags]
        if not dots:
            return
        if commas == 0:
            yield from self._beside_thousands_dots(context, dots)
            return
        if commas < context.options["min-comma-decimals"]:
            return
        # the comma is the Vietnamese convention; when it is not even the document's majority
        # the evidence of which style the author meant is thin
        severity = Severity.WARNING if commas > len(dots) else Severity.INFO
        for quantity in dots:
            if _a_version(context, quantity):
                continue
            for index, number in enumerate(quantity.numbers):
                if "dot-decimal" not in number.flags:
                    continue
                fixed = number.text.replace(".", ",")
                yield self.report(
                    self.summary,
                    context.number_span(quantity, index),
                    label=Message.of("read as {fixed}", fixed=fixed),
                    notes=[
                        Message.of(
                            "the document writes {commas} other decimals with a comma",
                            commas=commas,
                        )
                    ],
                    suggestion=Message.of("write {fixed}", fixed=fixed),
                    figures=(number.text,),
                    severity=severity,
                )

    def _beside_thousands_dots(
        self, context: Context, dots: list[Quantity]
    ) -> Iterator[Diagnostic]:
        """ "0.7 triệu" in a report that writes "1.250" and no decimal comma."""
        grouped = sum(1 for q in context.quantities for n in q.numbers if "grouped" in n.flags)
        if grouped < max(1, context.options["min-thousands-dots"]):
            return
        for quantity in dots:
            if quantity.kind is QuantityKind.NUMBER and "scaled" not in quantity.flags:
                # a bare "2.0", "7.30", "15.3.2024" may be a version, a clock time or a date:
                # only a figure with a unit, a scale word or a percent sign is surely a figure
                continue
            for index, number in enumerate(quantity.numbers):
                # one or two digits after the dot: never a thousands group ("0.700" may be)
                if "dot-decimal" not in number.flags or number.decimals not in (1, 2):
                    continue
                reading = format_vi(number.value, number.decimals)
                yield self.report(
                    Message.of(
                        "“{text}” uses an English decimal point; solieu reads it as {reading}",
                        text=number.text,
                        reading=reading,
                    ),
                    context.number_span(quantity, index),
                    label=Message.of("read as {reading}", reading=reading),
                    notes=[
                        Message.of(
                            "the document writes {grouped} figures with thousands dots (1.250) and no decimal with a comma",
                            grouped=grouped,
                        )
                    ],
                    suggestion=Message.of("write {reading}", reading=reading),
                    figures=(number.text,),
                    severity=Severity.INFO,
                )
