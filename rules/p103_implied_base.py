"""P103 implied-base: a total's % of plan or growth that its parts cannot produce."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.relations.consistency import Statement
from lint.relations.explain import percent_text, printed
from lint.relations.figures import figure_of
from lint.relations.percentages import PercentClaim
from lint.rule import Context, Rule


class ImpliedBase(Rule):
    """Flags a total whose % of plan or growth no combination of its parts' can produce.

    What it checks
        A breakdown whose parts add up to the total (``Tổng thu nhập 552,054 tỷ đồng … Trong
        đó: 47,421 …; 179,833 …; 324,799 tỷ đồng``) where the total and every part state a %
        of plan (``đạt 60,8% kế hoạch``) or a comparison with the same period (``tăng 2,3% so
        với cùng kỳ``, ``bằng 103,5% so với cùng kỳ``).  Each figure implies its base: plan =
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
    summary = Message(
        "Tỷ lệ của tổng không khớp với tỷ lệ của các phần",
        "The total's percentage is not compatible with its parts'",
    )

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
            ("so với cùng kỳ", "against the same period")
            if statement.family == "implied-previous"
            else ("kế hoạch", "of plan")
        )
        word = _word(total_claim.kind, total_claim.direction)
        notes = [
            Message(
                "; ".join(
                    f"{printed(p)} {c.kind_word_vi()}"
                    if False
                    else f"{printed(p)}: {_word(c.kind, c.direction)[0]} {printed(c.percent)}%"
                    for p, c in zip(breakdown.parts, part_claims, strict=True)
                ),
                "; ".join(
                    f"{printed(p)}: {_word(c.kind, c.direction)[1]} {printed(c.percent)}%"
                    for p, c in zip(breakdown.parts, part_claims, strict=True)
                ),
            ),
            Message(
                f"các phần cho tổng {printed(breakdown.total)}: {word[0]} {shown} {what[0]}",
                f"the parts give the total {printed(breakdown.total)}: {word[1]} {shown} {what[1]}",
            ),
        ]
        flip = _flips(total_claim.kind, total_claim.direction, total_claim.percent.value, implied)
        if flip is not None:
            notes.append(flip)
        related = [Related(context.number_span(breakdown.total), Message("tổng", "total"))]
        related += [
            Related(context.number_span(claim.percent), Message("tỷ lệ của phần", "part's rate"))
            for claim in part_claims
        ]
        return self.report(
            Message(
                f"Tổng {printed(breakdown.total)} {word[0]} {stated} {what[0]} nhưng các phần "
                f"cho {shown}",
                f"The total {printed(breakdown.total)} is {word[1]} {stated} {what[1]} but its "
                f"parts give {shown}",
            ),
            context.number_span(total_claim.percent),
            label=Message(f"các phần cho {shown}", f"the parts give {shown}"),
            related=related,
            notes=notes,
            suggestion=Message(
                f"kiểm tra lại {stated} (các phần cho {shown})",
                f"check {stated} (the parts give {shown})",
            ),
            figures=tuple(printed(q) for q in statement.quantities),
        )


def _factor(claim: PercentClaim) -> Interval:
    percent = figure_of(claim.percent).interval.scale(Fraction(1, 100))
    if claim.kind == "growth":
        one = Interval.exact(Fraction(1))
        return one + percent if claim.direction > 0 else one - percent
    return percent


def _word(kind: str, direction: int) -> tuple[str, str]:
    if kind == "growth":
        return ("tăng", "up") if direction > 0 else ("giảm", "down")
    return ("đạt", "at") if kind == "plan" else ("bằng", "at")


def _flips(kind: str, direction: int, stated: Fraction, implied: Interval) -> Message | None:
    """A note when the parts reverse the conclusion (plan met/missed, rise/fall)."""
    if kind == "growth":
        if implied.high < 0:
            return Message(
                "các phần cho thấy giảm chứ không phải tăng", "the parts show a fall, not a rise"
            )
        if implied.low > 0 and direction < 0:
            return Message(
                "các phần cho thấy tăng chứ không phải giảm", "the parts show a rise, not a fall"
            )
        return None
    threshold = Fraction(100)
    if (stated >= threshold) != (implied.low >= threshold) and (
        implied.low >= threshold or implied.high < threshold
    ):
        met = implied.low >= threshold
        return Message(
            "các phần cho thấy " + ("đã đạt" if met else "chưa đạt") + " 100%",
            "the parts show the target " + ("met" if met else "not met"),
        )
    return None
