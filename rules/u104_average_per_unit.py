"""U104 average-per-unit: an average must be the stated total ÷ the stated count."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import Localisation
from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.relations.averages import StatedAverage
from lint.relations.explain import blame_three_figures
from lint.rule import Context, Rule

_NAMES = {
    "total": Message.of("total"),
    "count": Message.of("count"),
    "average": Message.of("average"),
}


class AveragePerUnitRule(Rule):
    """Flags an average that the total and the count stated before it cannot give.

    What it checks
        A rate of one unit over another ("29,8 học sinh/lớp", "2 triệu đồng/hộ", "450
        người/km2") introduced by "bình quân", "trung bình" or "mật độ", an average per one
        named in words ("bình quân mỗi lớp có 29,8 học sinh"), or a count per so many
        people ("118,6 thuê bao/100 dân", "12,5 giường bệnh/vạn dân"; the people may also
        stand in a parenthesis right after it); and before it in its sentence a figure of
        each of the two units: the total ("1.250 học sinh", "240
        triệu đồng", "56.520 người") and what it is spread over ("42 lớp", "120 hộ", "125,6
        km2").  The total ÷ the count is computed over the intervals the printed figures
        stand for, and the rule reports when it lies more than one unit of the average's
        last printed digit away from the average (averages are rounded, and sometimes cut).
        A change ("tăng 50 học sinh") is never the total; when the sentence holds a whole
        and its parts, the average's own clause must name one of each, and no other pairing
        in the sentence may give the average.  An average per month, week or quarter
        ("bình quân mỗi tháng đạt 20.309,8 tỷ đồng") is the total of its sentence over the
        periods the paragraph names ("Lũy kế 8 tháng", "6 tháng đầu năm", a year: 12
        months), read when the figures agree or one slip explains them.  An average worked
        out in a parenthesis after it ("bình quân mỗi trường hợp nộp 1,55 triệu đồng (687,45
        triệu đồng/444 trường hợp)") is that total over that count.

    Why
        Averages per class, per household, per km² are computed by hand from the two figures
        beside them; a slip in the total or the count leaves the average standing for
        figures the report no longer states.

    Example that fails
        Năm học 2024 - 2025, toàn huyện có 42 lớp tiểu học với 1.520 học sinh, bình quân
        29,8 học sinh/lớp.

    Example that passes
        Năm học 2024 - 2025, toàn huyện có 42 lớp tiểu học với 1.250 học sinh, bình quân
        29,8 học sinh/lớp.
    """

    code = "U104"
    name = "average-per-unit"
    severity = Severity.WARNING
    families = ("average",)
    summary = Message.of("An average does not match the total ÷ the count")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            relation = statement.relation
            assert isinstance(relation, StatedAverage)
            yield self._report(context, relation, consistency.localise(statement))

    def _report(self, context: Context, relation: StatedAverage, found: Localisation) -> Diagnostic:
        total, count, average = relation.total, relation.count, relation.average
        t, a = (q.numbers[-1].text for q in (total, average))
        t_whole, a_whole = (q.text.strip() for q in (total, average))
        # without a count, so many periods ("8 tháng") the text names
        n = count.numbers[-1].text if count is not None else str(relation.periods)
        n_whole = count.text.strip() if count is not None else relation.period
        divisor = count.value if count is not None else Fraction(relation.periods)
        unit = average.text[average.numbers[-1].end - average.start :].strip()  # "học sinh/lớp"
        unit = (unit + relation.per).strip()  # "thuê bao" + "/100 dân", "" + " hòa giải viên/tổ"
        a_whole += relation.per
        quotient = total.value / divisor / relation.factor / average.scale
        places = min(3, max(average.numbers[-1].decimals, 0) + 1)
        computed = format_vi(quotient, places)
        formula = f"{t_whole} ÷ {n_whole} = {computed} {unit}"
        quantities = {"total": total, "average": average}
        if count is not None:
            quantities["count"] = count
        blame = blame_three_figures(
            found,
            quantities,
            _NAMES,
            {"total": t, "count": n, "average": a},
            "average",
            Message.of(
                "check the three figures; the total and the count give {computed} {unit}",
                computed=computed,
                unit=unit,
            ),
            context.number_span,
        )
        return self.report(
            Message.of(
                "{formula}, but the report states {a_whole}", formula=formula, a_whole=a_whole
            ),
            context.number_span(quantities[blame.primary]),
            label=_NAMES[blame.primary],
            related=blame.related,
            notes=[Message.same(f"{formula} ≠ {a_whole}"), *blame.notes],
            suggestion=blame.suggestion,
            figures=(t, n, a),
        )
