"""P105 growth-with-base: a growth or index against last year's stated value is not right."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.format import format_vi
from lint.relations.explain import primary, printed, suggestion
from lint.relations.figures import display, display_decimals, display_scale, key_of
from lint.relations.percentages import PercentClaim
from lint.rule import Context, Rule


class GrowthWithBase(Rule):
    """Flags ``tăng X% so với cùng kỳ`` that the current and last year's figures do not give.

    What it checks
        A current value with its growth (``tăng``/``giảm X% so với cùng kỳ``) or index
        (``bằng X% so với cùng kỳ``) when last year's value of the same indicator is stated
        close by: in parentheses after the comparison (``tăng 12,7% so với cùng kỳ (6 tháng
        đầu năm 2024 đạt 172,8 tỷ đồng)``), or in an earlier clause or the sentence before
        (``Cùng kỳ năm trước đạt 172,8 tỷ đồng.``, or the same period words with the year
        before), or as ``tăng từ A lên B, tăng X%`` / ``giảm từ A xuống còn B (giảm X%)``.
        ``current ÷ previous × 100`` must equal ``100 + X`` (``tăng``), ``100 − X``
        (``giảm``) or ``X`` (``bằng``), and ``gấp N lần cùng kỳ`` must be ``N``, computed
        on the intervals of the printed figures, accepting rounding and truncation.  Last year's value is read only when it is the one
        figure of the same unit there and its clause names nothing the sentence does not.

    Why
        A growth rate copied from another indicator or from the previous report, or computed
        on the wrong base, reads plausibly; only the two values show it is wrong.

    Example that fails
        Tổng mức bán lẻ đạt 186,4 tỷ đồng, tăng 12,7% so với cùng kỳ (6 tháng đầu năm 2024
        đạt 172,8 tỷ đồng).

    Example that passes
        Tổng mức bán lẻ đạt 186,4 tỷ đồng, tăng 7,9% so với cùng kỳ (6 tháng đầu năm 2024 đạt
        172,8 tỷ đồng).
    """

    code = "P105"
    name = "growth-with-base"
    severity = Severity.ERROR
    summary = Message.of("The growth against last year does not match the two stated values")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated("growth-base"):
            claim = statement.claims[0]
            assert claim.base is not None
            localisation = consistency.localise(statement)
            target = primary(statement, localisation, claim.percent)
            names = {
                key_of(claim.percent): Message.of("stated rate"),
                key_of(claim.value): Message.of("current value", context="p105_growth_with_base"),
                key_of(claim.base): Message.of("last year's value"),
            }
            related = [
                Related(context.number_span(q), names[key_of(q)])
                for q in statement.quantities
                if q is not target
            ]
            percent, now, before = printed(claim.percent), printed(claim.value), printed(claim.base)
            word = _word(claim)
            stated = f"{percent} lần" if claim.kind == "times" else f"{percent}%"
            yield self.report(
                Message.of(
                    "{word} {stated} does not match {now} against {before}",
                    word=word,
                    stated=stated,
                    now=now,
                    before=before,
                ),
                context.number_span(target),
                label=Message.of("probably wrong")
                if localisation.best is not None
                else Message.of("stated rate"),
                related=related,
                notes=[growth_note(claim)],
                suggestion=suggestion(localisation, consistency),
                figures=tuple(printed(q) for q in statement.quantities),
            )


def _word(claim: PercentClaim) -> Message:
    if claim.kind == "times":
        return Message.of("The ratio")
    if claim.kind == "index":
        return Message.of("The index")
    if claim.direction > 0:
        return Message.of("The increase")
    return Message.of("The decrease")


def growth_note(claim: PercentClaim) -> Message:
    """``186,4 / 172,8 × 100 − 100 = 7,87% ≠ 12,7%``."""
    assert claim.base is not None
    scale = display_scale([claim.value, claim.base])
    places = display_decimals([claim.value, claim.base], scale)
    index = claim.value.value * 100 / claim.base.value
    if claim.kind == "times":
        head = (
            f"{display(claim.value.value, scale, places)} / "
            f"{display(claim.base.value, scale, places)}"
        )
        decimals = max(2, claim.percent.numbers[0].decimals + 1)
        ratio = format_vi(index / 100, decimals)
        text = f"{head} = {ratio} ≠ {printed(claim.percent)} lần"
        return Message.same(text)
    if claim.kind == "index":
        tail, shown = "", index
    elif claim.direction > 0:
        tail, shown = " − 100", index - 100
    else:
        tail, shown = "", 100 - index
    decimals = max(2, claim.percent.numbers[0].decimals + 1)
    head = (
        f"{display(claim.value.value, scale, places)} / {display(claim.base.value, scale, places)}"
        " × 100"
    )
    formula = f"{head}{tail}" if claim.kind == "index" or claim.direction > 0 else f"100 − {head}"
    text = f"{formula} = {format_vi(shown, decimals)}% ≠ {printed(claim.percent)}%"
    return Message.same(text)
