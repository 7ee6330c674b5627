"""N102 comma-thousands: "98,587 tấn" where the context shows 98.587 tấn was meant."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.subjects import misread_subject
from lint.rule import Context, Rule


class CommaThousands(Rule):
    """Flags a comma before three digits that the context shows to be a thousands separator.

    What it checks
        A figure such as ``98,587 tấn`` (a comma followed by exactly three digits, no scale
        word) in a document that groups thousands with dots, when the context proves the
        thousands reading: the area and yield stated beside it multiply to about 98.587 tấn
        and not to 98,587; or the unit counts things (``1,351 con``), which cannot be a
        fraction.  Figures with a scale word (``552,054 tỷ đồng``) are decimals and are
        left alone, as is any figure without such evidence.  A figure with two thousands
        commas or more (``2,345,678 người``, English style, which cannot be a decimal) is read
        as 2.345.678 and reported as a style slip (warning) in a document that writes its
        other figures the Vietnamese way (``1.234``, ``50,3``), with the reading solieu chose.

    Why
        ``98,587`` reads as ninety-eight point something in Vietnamese: a thousandfold error
        in the production figure of the report, from a comma typed where the dot belongs.

    Example that fails
        Lúa gieo sạ 14.494 ha, năng suất 68 tạ/ha, sản lượng đạt 98,587 tấn.

    Example that passes
        Lúa gieo sạ 14.494 ha, năng suất 68 tạ/ha, sản lượng đạt 98.587 tấn.
    """

    code = "N102"
    name = "comma-thousands"
    severity = Severity.ERROR
    whole_document = True
    summary = Message.of("Comma used where the thousands separator belongs")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        yield from self._english_groups(context)
        if not any("grouped" in q.flags for q in context.quantities):
            return
        by_block: dict[int, list[Quantity]] = {}  # for the production evidence, made once
        for quantity in context.quantities:
            by_block.setdefault(quantity.block, []).append(quantity)
        for quantity in context.quantities:
            if "three-digit-decimal" not in quantity.flags or "scaled" in quantity.flags:
                continue
            if quantity.kind is QuantityKind.PAIR or len(quantity.numbers) != 1:
                continue
            number = quantity.numbers[0]
            thousands = number.text.replace(",", ".")
            if quantity.kind is QuantityKind.COUNT:
                yield self._report(
                    context,
                    quantity,
                    thousands,
                    [],
                    [
                        Message.of(
                            "“{unit}” counts things and cannot be fractional", unit=quantity.unit
                        )
                    ],
                )
                continue
            evidence = _production_evidence(by_block.get(quantity.block, []), quantity)
            if evidence is not None:
                area, yield_, computed = evidence
                related = [
                    Related(context.number_span(area), Message.of("area")),
                    Related(context.number_span(yield_), Message.of("yield")),
                ]
                note = Message.same(
                    f"{area.numbers[0].text} ha × {yield_.numbers[0].text} tạ/ha ÷ 10 ≈ "
                    f"{_format(computed)} tấn"
                )
                yield self._report(context, quantity, thousands, related, [note])

    def _english_groups(self, context: Context) -> Iterator[Diagnostic]:
        """ "2,345,678 người" in a report that writes 2.345.678 and 50,3."""
        vietnamese = sum(1 for q in context.quantities if q.flags & {"grouped", "decimal-comma"})
        if not vietnamese:
            return
        for quantity in context.quantities:
            for index, number in enumerate(quantity.numbers):
                if "comma-thousands" not in number.flags:
                    continue
                reading = format_vi(number.value, number.decimals)
                yield self.report(
                    Message.of(
                        "“{text}” uses English thousands commas; solieu reads it as {reading}",
                        text=number.text,
                        reading=reading,
                    ),
                    context.number_span(quantity, index),
                    label=Message.of("read as {reading}", reading=reading),
                    notes=[
                        Message.of(
                            "the document writes {vietnamese} other figures the Vietnamese way (1.234, 50,3)",
                            vietnamese=vietnamese,
                        )
                    ],
                    suggestion=Message.of("write {reading}", reading=reading),
                    severity=Severity.WARNING,
                    figures=(number.text,),
                )

    def _report(
        self,
        context: Context,
        quantity: Quantity,
        thousands: str,
        related: list[Related],
        notes: list[Message],
    ) -> Diagnostic:
        text = quantity.numbers[0].text
        return self.report(
            Message.of(
                "“{text}” reads as a decimal but the context shows {thousands} was meant",
                text=text,
                thousands=thousands,
            ),
            context.number_span(quantity),
            label=Message.of("probably {thousands}", thousands=thousands),
            related=related,
            notes=notes,
            suggestion=Message.of("write {thousands}", thousands=thousands),
            figures=(text,),
            subjects=frozenset({misread_subject(quantity)}),
        )


def _production_evidence(
    same_block: list[Quantity], production: Quantity
) -> tuple[Quantity, Quantity, Fraction] | None:
    """Area (ha) × yield (tạ/ha) in the same block (``same_block``: its quantities) that fits
    the thousands reading only."""
    if production.unit != "tấn":
        return None
    areas = [q for q in same_block if q.unit == "ha" and q.start < production.start]
    yields = [q for q in same_block if q.unit == "tạ/ha" and q.start < production.start]
    if not areas or not yields:
        return None
    area, yield_ = areas[-1], yields[-1]
    computed = (area.interval * yield_.interval).scale(Fraction(1, 10))
    as_thousands = production.interval.scale(1000)
    if computed.intersects(as_thousands) and not computed.intersects(production.interval):
        return area, yield_, computed.mid
    return None


def _format(value: Fraction) -> str:
    integer = round(value)
    return f"{integer:,}".replace(",", ".")
