"""U101 area-yield-production: area (ha) × yield (tạ/ha) ÷ 10 must give the production (tấn)."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import Localisation
from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.relations.explain import blame_three_figures
from lint.relations.production import AreaYieldProduction
from lint.relations.subjects import misread_subject
from lint.rule import Context, Option, Rule

_NAMES = {
    "area": Message.of("area"),
    "yield": Message.of("yield"),
    "production": Message.of("production"),
}


class AreaYieldProductionRule(Rule):
    """Flags a production that the area and yield stated beside it cannot give.

    What it checks
        A block stating, in this order, an area in ha, a yield in tạ/ha (or tấn/ha) and a
        production in tấn introduced by "sản lượng" (or the production followed by "trên diện
        tích" and its area, the yield after or before them), with no other figure of those units, no
        colon and no newly named crop in between (a change such as "tăng 20 ha" is none of
        the three, and a production of several crops, "tổng sản lượng lương thực", is not
        compared); and tables whose adjacent rows (or columns)
        are labelled "Diện tích (Nghìn ha)", "Năng suất (Tạ/ha)", "Sản lượng (Nghìn tấn)",
        for every row (column) of figures that is not a percentage.  Area × yield ÷ 10 is computed over the intervals the printed figures stand
        for (``78 tạ/ha`` is 77,5–78,5), widened by ``tolerance`` percent; the rule reports
        when the production lies outside.  It names the figure whose typo-shaped correction
        (one digit, two digits swapped, separators, nghìn/triệu/tỷ) would repair the
        relation, or says that it cannot tell.  A production such as ``98,587 tấn`` whose
        thousands reading fits is left to N102 (comma-thousands), which reports it.

    Why
        1 ha × 1 tạ/ha = 1 tạ = 0,1 tấn: a production that does not follow from its area and
        yield means one of the three figures is mistyped, and the report's totals inherit it.

    Example that fails
        Diện tích 150 ha, năng suất bình quân 78 tạ/ha, sản lượng 1.700 tấn.

    Example that passes
        Diện tích 150 ha, năng suất bình quân 78 tạ/ha, sản lượng 1.170 tấn.
    """

    code = "U101"
    name = "area-yield-production"
    severity = Severity.ERROR
    families = ("area-yield",)
    summary = Message.of("Production does not match area × yield")
    options = {
        "tolerance": Option(
            1.0,
            Message.of("Percent by which area × yield ÷ 10 may differ from the production"),
            float,
        ),
    }

    def check(self, context: Context) -> Iterator[Diagnostic]:
        tolerance = Fraction(str(context.options["tolerance"])) / 100
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            relation = statement.relation
            assert isinstance(relation, AreaYieldProduction)
            computed = relation.computed
            allowed = computed.widen(computed.low * tolerance, computed.high * tolerance)
            production = relation.production
            if allowed.intersects(production.interval):
                continue
            finding = self._report(context, relation, computed, consistency.localise(statement))
            if (
                "three-digit-decimal" in production.flags
                and "scaled" not in production.flags
                and allowed.intersects(production.interval.scale(1000))
            ):
                # a comma typed for the thousands dot: reported once, by N102 when selected
                finding.subjects = frozenset({misread_subject(production)})
            yield finding

    def _report(
        self,
        context: Context,
        relation: AreaYieldProduction,
        computed: Interval,
        found: Localisation,
    ) -> Diagnostic:
        area, yield_, production = relation.area, relation.yield_, relation.production
        a, y, p = (q.numbers[0].text for q in (area, yield_, production))
        au, yu, pu = relation.area_unit, relation.yield_unit, relation.production_unit
        # values in the units as printed (prose quantities are in base units)
        implied = computed.scale(1 / production.scale)
        # the printed values themselves (the interval's middle is not their product)
        product = area.value * yield_.value * relation.factor / production.scale
        whole_digits = len(str(int(product))) if product >= 1 else 0
        places = min(3, max(production.numbers[0].decimals, 3 - whole_digits))
        expected = format_vi(product, places)
        low, high = format_vi(implied.low, places + 1), format_vi(implied.high, places + 1)
        formula = f"{a} {au} × {y} {yu} = {expected} {pu}"
        # "0 ha": no area (or yield) makes a production, only the other figures can match
        matches = []
        if yield_.value:
            needed = production.value / (yield_.value * relation.factor) / area.scale
            matches.append(
                Message.of("area {format_vi} {au}", format_vi=format_vi(needed, 1), au=au)
            )
        if area.value:
            needed = production.value / (area.value * relation.factor) / yield_.scale
            matches.append(
                Message.of("yield {format_vi} {yu}", format_vi=format_vi(needed, 1), yu=yu)
            )
        matches.append(Message.of("production {expected} {pu}", expected=expected, pu=pu))
        match = Message.joined(Message.of(", or "), matches)
        notes = [
            Message.same(f"{formula} ({low}–{high}) ≠ {p} {pu}"),
            Message.of("to match: {match}", match=match),
        ]
        quantities = {"area": area, "yield": yield_, "production": production}
        blame = blame_three_figures(
            found,
            quantities,
            _NAMES,
            {"area": a, "yield": y, "production": p},
            "production",
            Message.of(
                "check the three figures; area and yield give {expected} {pu}",
                expected=expected,
                pu=pu,
            ),
            context.number_span,
        )
        primary_key = blame.primary
        primary = quantities[primary_key]
        return self.report(
            Message.of("{formula}, but the report states {p} {pu}", formula=formula, p=p, pu=pu),
            context.number_span(primary),
            label=_NAMES[primary_key],
            related=blame.related,
            notes=notes + blame.notes,
            suggestion=blame.suggestion,
            figures=(a, y, p),
        )
