"""P103 implied-base: a total's % of plan or growth that its parts cannot produce."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.relations.consistency import Statement
from lint.relations.explain import percent_text, printed
from lint.relations.figures import figure_of
from lint.relations.percent_claims import PercentClaim
from lint.rule import Context, Rule


class ImpliedBase(Rule):
    """Flags a total whose % of plan or growth no combination of its parts' can produce.

    What it checks
        A breakdown whose parts add up to the total (``Tổng thu nhập 552,054 tỷ đồng … Trong
        đó: 47,421 …; 179,833 …; 324,799 tỷ đồng``) where the total and every part state a %
        of plan (``đạt 60,8% kế hoạch``) or a comparison with the same period (``tăng 2,3% so
        với cùng kỳ``, ``bằng 103,5% so với cùng kỳ``; a part's bare ``tăng 2,8%`` after a
        total's ``tăng 4,2% so với cùng kỳ, trong đó …`` is against the same period).  Each
        figure implies its base: plan =
        value ÷ %plan, last year's value = value ÷ (1 + growth).  The parts' implied bases add
        up to the total's base, so the percentage of the total must lie in the range the
        parts allow; all on exact intervals of the printed figures.

    Why
        Totals' percentages are often copied from another version of the report or computed
        on different bases; a total growing 2,3 % whose every part grew 1,6 % or more
        (and one 15 %) is impossible, and changes the story the report tells.

    Example that fails
        Tổng giá trị 300 tỷ đồng, tăng 2% so với cùng kỳ. Trong đó: nông nghiệp 100 tỷ
        đồng, tăng 10% so với cùng kỳ; dịch vụ 200 tỷ đồng, tăng 8% so với cùng kỳ.

    Example that passes
        Tổng giá trị 300 tỷ đồng, tăng 8,7% so với cùng kỳ. Trong đó: nông nghiệp 100 tỷ
        đồng, tăng 10% so với cùng kỳ; dịch vụ 200 tỷ đồng, tăng 8% so với cùng kỳ.
    """

    code = "P103"
    name = "implied-base"
    severity = Severity.ERROR
    families = ("implied-plan", "implied-previous")
    summary = Message.of("The total's percentage is not compatible with its parts'")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            yield self._finding(context, statement)

    def _finding(self, context: Context, statement: Statement) -> Diagnostic:
        breakdown = statement.breakdown
        assert breakdown is not None
        total_claim, part_claims = statement.claims[0], statement.claims[1:]
        bases = Interval.exact(Fraction(0))
        for part, claim in zip(breakdown.parts, part_claims, strict=True):
            bases = bases + part.interval / _factor(claim)
        implied = (breakdown.total.interval / bases).scale(100)
        growth = total_claim.kind == "growth"
        if growth:
            implied = (implied - Interval.exact(Fraction(100))).scale(total_claim.direction)
        decimals = max(1, total_claim.percent.numbers[0].decimals)
        low, high = percent_text(implied.low, decimals), percent_text(implied.high, decimals)
        shown = low if low == high else f"{low} … {high}"
        stated = printed(total_claim.percent) + "%"
        what = (
            Message.of("against the same period")
            if statement.family == "implied-previous"
            else Message.of("of plan")
        )
        word = _word(total_claim.kind, total_claim.direction)
        notes = [
            Message.joined(
                "; ",
                [
                    Message.of(
                        "{p}: {word} {percent}%",
                        p=printed(p),
                        word=_word(c.kind, c.direction),
                        percent=printed(c.percent),
                    )
                    for p, c in zip(breakdown.parts, part_claims, strict=True)
                ],
            ),
            Message.of(
                "the parts give the total {total}: {word} {shown} {what}",
                total=printed(breakdown.total),
                word=word,
                shown=shown,
                what=what,
            ),
        ]
        flip = _flips(total_claim.kind, total_claim.direction, total_claim.percent.value, implied)
        if flip is not None:
            notes.append(flip)
        related = [Related(context.number_span(breakdown.total), Message.of("total"))]
        related += [
            Related(context.number_span(claim.percent), Message.of("part's rate"))
            for claim in part_claims
        ]
        return self.report(
            Message.of(
                "The total {total} is {word} {stated} {what} but its parts give {shown}",
                total=printed(breakdown.total),
                word=word,
                stated=stated,
                what=what,
                shown=shown,
            ),
            context.number_span(total_claim.percent),
            label=Message.of("the parts give {shown}", shown=shown),
            related=related,
            notes=notes,
            suggestion=Message.of(
                "check {stated} (the parts give {shown})", stated=stated, shown=shown
            ),
            figures=tuple(printed(q) for q in statement.quantities),
        )


def _factor(claim: PercentClaim) -> Interval:
    percent = figure_of(claim.percent).interval.scale(Fraction(1, 100))
    if claim.kind == "growth":
        one = Interval.exact(Fraction(1))
        return one + percent if claim.direction > 0 else one - percent
    return percent


def _word(kind: str, direction: int) -> Message:
    if kind == "growth":
        return Message.of("up") if direction > 0 else Message.of("down")
    # "at" is said two ways in Vietnamese: of a plan ("đạt"), of another ratio ("bằng")
    return Message.of("at", context="plan") if kind == "plan" else Message.of("at", context="ratio")


def _flips(kind: str, direction: int, stated: Fraction, implied: Interval) -> Message | None:
    """A note when the parts reverse the conclusion (plan met/missed, rise/fall)."""
    if kind == "growth":
        if implied.high < 0:
            return Message.of("the parts show a fall, not a rise")
        if implied.low > 0 and direction < 0:
            return Message.of("the parts show a rise, not a fall")
        return None
    threshold = Fraction(100)
    if (stated >= threshold) != (implied.low >= threshold) and (
        implied.low >= threshold or implied.high < threshold
    ):
        met = implied.low >= threshold
        return (
            Message.of("the parts show the target met")
            if met
            else Message.of("the parts show the target not met")
        )
    return None
