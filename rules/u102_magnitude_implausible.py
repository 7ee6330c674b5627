"""U102 magnitude-implausible: a rate a thousand times off the other rates of its unit."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.format import decimals_needed, format_vi
from lint.rule import Context, Rule


class MagnitudeImplausible(Rule):
    """Flags a rate (per ha, per person …) a thousand times larger or smaller than its peers.

    What it checks
        All the rates of one unit in the document (``triệu đồng/ha``, ``tạ/ha`` …), at least
        three of them.  When one is at least 300 times larger (or smaller) than every other,
        and a slip of its printed form (the dot of ``18.430`` typed for the decimal comma, or
        ``triệu`` for ``nghìn``) brings it within a factor of ten of the others, the rule
        reports it with the reading that would fit.  The document itself supplies the scale:
        no outside knowledge of what a plausible value is.

    Why
        A profit of 18.430 triệu đồng per hectare is eighteen billion đồng: a separator slip
        that makes a figure a thousand times too large, and no arithmetic relation catches it
        when the figure stands alone.

    Example that fails
        Lợi nhuận bình quân 18.430 triệu đồng/ha; mô hình xã A cao hơn 1,25 triệu đồng/ha,
        xã B cao hơn 2,59 triệu đồng/ha.

    Example that passes
        Lợi nhuận bình quân 18,43 triệu đồng/ha; mô hình xã A cao hơn 1,25 triệu đồng/ha,
        xã B cao hơn 2,59 triệu đồng/ha.
    """

    code = "U102"
    name = "magnitude-implausible"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Figure a thousand times off the other figures of its unit in the report")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for found in context.relations.rate_outliers:
            outlier = found.outlier
            printed = outlier.numbers[0].text
            unit = (outlier.text[outlier.numbers[-1].end - outlier.start :]).strip()
            scale = outlier.scale
            low = min(other.value for other in found.others) / scale
            high = max(other.value for other in found.others) / scale
            places = max(decimals_needed(low, 3), decimals_needed(high, 3))
            span_vi = f"{format_vi(low, places)}–{format_vi(high, places)} {unit}"
            larger = found.factor > 1
            if found.slip == "separator":
                why = (
                    Message.of("the “.” is probably the decimal separator")
                    if larger
                    else Message.of("the “,” is probably the thousands separator")
                )
            else:
                why = Message.of("probably a scale-word slip")
            yield self.report(
                Message.of(
                    "{printed} {unit} is about a thousand times larger than the report's other figures in {unit} ({span_vi})",
                    printed=printed,
                    unit=unit,
                    span_vi=span_vi,
                )
                if larger
                else Message.of(
                    "{printed} {unit} is about a thousand times smaller than the report's other figures in {unit} ({span_vi})",
                    printed=printed,
                    unit=unit,
                    span_vi=span_vi,
                ),
                context.number_span(outlier),
                label=Message.of("probably {reading}", reading=found.reading),
                related=[
                    Related(context.number_span(other), Message.of("same unit"))
                    for other in found.others
                ],
                notes=[why],
                suggestion=Message.of("write {reading}", reading=found.reading),
                figures=(printed, *(other.numbers[0].text for other in found.others)),
            )
