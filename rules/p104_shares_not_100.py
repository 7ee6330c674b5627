"""P104 shares-not-100: the shares of one whole do not total 100 %."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import percent_interval
from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity
from lint.relations.explain import percent_text, printed
from lint.rule import Context, Rule


class SharesNot100(Rule):
    """Flags a structure whose shares do not total 100 %, or parts whose shares exceed it.

    What it checks
        A structure stated as shares, ``Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%;
        dịch vụ 44,5%``, must total 100 % within the rounding of each share (rounded or
        truncated).  Parts of one base stated with ``chiếm …%`` (after ``trong đó`` or with
        ``trong tổng số …``) are only some of it: their shares may total less than 100 %;
        more is reported at ``info`` level, since such parts may overlap.

    Why
        Shares are recomputed by hand when one figure changes; a structure left at 95 % or
        104 % shows a figure that was not updated.

    Example that fails
        Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%; dịch vụ 40,5%.

    Example that passes
        Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%; dịch vụ 44,5%.
    """

    code = "P104"
    name = "shares-not-100"
    severity = Severity.ERROR
    summary = Message.of("Shares do not total 100 %")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for group in context.relations.share_groups:
            total = _total(group.percents)
            if group.exhaustive and total.contains(100):
                continue
            if not group.exhaustive and total.low <= 100:
                continue
            decimals = max(q.numbers[0].decimals for q in group.percents)
            shown = percent_text(sum((q.value for q in group.percents), Fraction(0)), decimals)
            terms = " + ".join(printed(q) + "%" for q in group.percents)
            relation = "≠ 100%" if group.exhaustive else "> 100%"
            note = f"{terms} = {shown} {relation}"
            notes = [Message.same(note)]
            if not group.exhaustive:
                notes.append(Message.of("wrong only if the parts do not overlap"))
            first, rest = group.percents[0], group.percents[1:]
            yield self.report(
                Message.of("The shares of one whole total {shown}", shown=shown)
                if group.exhaustive
                else Message.of(
                    "The shares of one whole total {shown}, more than 100 %", shown=shown
                ),
                context.number_span(first),
                label=Message.of("share"),
                related=[Related(context.number_span(q), Message.of("share")) for q in rest],
                notes=notes,
                severity=Severity.ERROR if group.exhaustive else Severity.INFO,
                figures=tuple(printed(q) for q in group.percents),
            )


def _total(percents: tuple[Quantity, ...]) -> Interval:
    total = Interval.exact(Fraction(0))
    for quantity in percents:
        number = quantity.numbers[0]
        total = total + percent_interval(abs(quantity.value), number.decimals)
    return total
