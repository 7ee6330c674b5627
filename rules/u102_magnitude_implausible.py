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
    summary = Message(
        "Số liệu lệch hàng nghìn lần so với các số cùng đơn vị trong báo cáo",
        "Figure a thousand times off the other figures of its unit in the report",
    )

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
                why = Message(
                    f"dấu “{'.' if larger else ','}” có lẽ là dấu "
                    f"{'thập phân' if larger else 'phân cách hàng nghìn'}",
                    f"the “{'.' if larger else ','}” is probably the "
                    f"{'decimal' if larger else 'thousands'} separator",
                )
            else:
                why = Message("có lẽ nhầm đơn vị (nghìn/triệu/tỷ)", "probably a scale-word slip")
            yield self.report(
                Message(
                    f"{printed} {unit} {'lớn' if larger else 'nhỏ'} gấp khoảng nghìn lần các số "
                    f"cùng đơn vị trong báo cáo ({span_vi})",
                    f"{printed} {unit} is about a thousand times "
                    f"{'larger' if larger else 'smaller'} than the report's other figures "
                    f"in {unit} ({span_vi})",
                ),
                context.number_span(outlier),
                label=Message(f"có lẽ là {found.reading}", f"probably {found.reading}"),
                related=[
                    Related(context.number_span(other), Message("cùng đơn vị", "same unit"))
                    for other in found.others
                ],
                notes=[why],
                suggestion=Message(f"viết {found.reading}", f"write {found.reading}"),
                figures=(printed, *(other.numbers[0].text for other in found.others)),
            )
