"""P105 growth-with-base: a growth or index against last year's stated value is not right."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.relations.explain import explain_statement, printed
from lint.relations.figures import display, display_decimals, display_scale, key_of
from lint.relations.percent_claims import PercentClaim
from lint.rule import Context, Rule


class GrowthWithBase(Rule):
    """Flags ``tăng X% so với cùng kỳ`` that the current and last year's figures do not give.

    What it checks
        A current value with its growth (``tăng``/``giảm X% so với cùng kỳ``) or index
        (``bằng X% so với cùng kỳ``) when last year's value of the same indicator is stated
        close by: in parentheses after the comparison (``tăng 12,7% so với cùng kỳ (6 tháng
        đầu năm 2024 đạt 172,8 tỷ đồng)``), or in an earlier clause or the sentence before
        (``Cùng kỳ năm trước đạt 172,8 tỷ đồng.``, or the same period words with the year
        before), or as ``tăng từ A lên B, tăng X%`` / ``giảm từ A xuống còn B (giảm X%)``,
        or in another part of the report (the same indicator words, period words and unit,
        with ``cùng kỳ`` or the year before, the only such figure).
        ``current ÷ previous × 100`` must equal ``100 + X`` (``tăng``), ``100 − X``
        (``giảm``) or ``X`` (``bằng``), and ``gấp N lần cùng kỳ``, ``gấp N lần năm 2020
        (B)`` or ``tăng từ A lên B, gấp N lần`` must be ``N`` (``tăng N lần``, written for
        both ×N and ×(N + 1): from ``N`` to ``N + 1``), computed
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
    families = ("growth-base",)
    summary = Message.of("The growth against last year does not match the two stated values")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            claim = statement.claims[0]
            assert claim.base is not None
            names = {
                key_of(claim.percent): Message.of("stated rate"),
                key_of(claim.value): Message.of("current value", context="p105_growth_with_base"),
                key_of(claim.base): Message.of("last year's value"),
            }
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=claim.percent,
                label=Message.of("stated rate"),
                role=names,
                notes=[growth_note(claim)],
            )
            percent, now, before = printed(claim.percent), printed(claim.value), printed(claim.base)
            word = _word(claim)
            stated = f"{percent} lần" if claim.kind == "times" else f"{percent}%"
            yield explanation.report(
                self,
                Message.of(
                    "{word} {stated} does not match {now} against {before}",
                    word=word,
                    stated=stated,
                    now=now,
                    before=before,
                ),
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
        if claim.offset:  # "tăng N lần": ×N or ×(N + 1)
            more = format_vi(claim.percent.value + claim.offset, claim.percent.numbers[0].decimals)
            return Message.of(
                "{text} (tăng {percent} lần: ×{percent} or ×{more})",
                text=text,
                percent=printed(claim.percent),
                more=more,
            )
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
