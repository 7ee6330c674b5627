"""U103 unit-price-total: a count × the amount for one must give the stated total."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import Localisation
from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.relations.explain import blame_three_figures
from lint.relations.unit_prices import UnitPriceTotal
from lint.rule import Context, Rule

_NAMES = {
    "count": Message.of("count"),
    "price": Message.of("amount for one"),
    "total": Message.of("total"),
}


class UnitPriceTotalRule(Rule):
    """Flags a total that a count and the amount for each one cannot give.

    What it checks
        One sentence giving, in this order and with nothing else between them, a count
        ("2.180 suất quà", "120 hộ"), the amount for one of them ("mỗi suất trị giá 500.000
        đồng", "mức hỗ trợ 2 triệu đồng/hộ": after "mỗi" and the counted noun, or per that
        noun) and a total introduced by "tổng" ("tổng kinh phí", "tổng trị giá", "tổng số
        tiền"), "thành tiền", "số tiền" or a colon; also the product written out ("3.215
        suất x 300.000 đồng = 964,5 triệu đồng", "390,5 triệu đồng (27.500 liều × 14.200
        đồng/liều)") and the amount for one alone in parentheses after the total ("352 suất
        quà với tổng trị giá 176 triệu đồng (500.000 đồng/suất)").  The count × the amount
        is computed over the intervals the printed figures stand for ("2 triệu đồng" is
        1,5–2,5 triệu), but an amount for one said as a norm ("mức hỗ trợ 2 triệu
        đồng/hộ", "mỗi suất 500.000 đồng", "đơn giá …") or in a written-out product is
        exact; the rule reports when the total lies outside, naming the figure a typing slip
        would explain when there is one.

    Why
        Support packages, allowances and purchases are reported as count, amount each and
        total; the total goes into the budget figures, and a slip in any of the three makes
        the report pay a different sum than it says.

    Example that fails
        Nhân dịp Tết, huyện tặng 2.180 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị
        giá 1.190 triệu đồng.

    Example that passes
        Nhân dịp Tết, huyện tặng 2.180 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị
        giá 1.090 triệu đồng.
    """

    code = "U103"
    name = "unit-price-total"
    severity = Severity.WARNING
    families = ("unit-price",)
    summary = Message.of("A total does not match the count × the amount for one")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            relation = statement.relation
            assert isinstance(relation, UnitPriceTotal)
            yield self._report(context, relation, consistency.localise(statement))

    def _report(
        self, context: Context, relation: UnitPriceTotal, found: Localisation
    ) -> Diagnostic:
        count, price, total = relation.count, relation.price, relation.total
        n, a = count.text, price.text
        t = total.numbers[-1].text
        unit = total.text[total.numbers[-1].end - total.start :].strip()  # "triệu đồng"
        product = count.value * price.value / total.scale
        expected = format_vi(product, min(3, max(total.numbers[-1].decimals, 0)))
        formula = f"{n} × {a} = {expected} {unit}"
        notes = [Message.same(f"{formula} ≠ {t} {unit}")]
        quantities = {"count": count, "price": price, "total": total}
        blame = blame_three_figures(
            found,
            quantities,
            _NAMES,
            {"count": count.numbers[-1].text, "price": price.numbers[-1].text, "total": t},
            "total",
            Message.of(
                "check the three figures; the count and the amount give {expected} {unit}",
                expected=expected,
                unit=unit,
            ),
            context.number_span,
        )
        return self.report(
            Message.of(
                "{formula}, but the report states {t} {unit}", formula=formula, t=t, unit=unit
            ),
            context.number_span(quantities[blame.primary]),
            label=_NAMES[blame.primary],
            related=blame.related,
            notes=notes + blame.notes,
            suggestion=blame.suggestion,
            figures=(n, a, t),
        )
