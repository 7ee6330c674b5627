"""P102 growth-change: a stated change and its percentage disagree."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.relations.explain import change_note, explain_statement, printed
from lint.relations.figures import key_of
from lint.rule import Context, Rule


class GrowthChange(Rule):
    """Flags ``tăng N (+X%)`` where N and the current value give another rate than X%.

    What it checks
        A current value followed by its change and the change's rate, ``dư nợ 200.171 triệu
        đồng, tăng 5.046 triệu đồng (+2,78%) so với đầu năm`` or ``nợ quá hạn 343 triệu đồng,
        giảm 46 triệu đồng (tỷ lệ giảm 11,83%)``, or by its change and an index or growth
        against the same period in the same clause (``1.031,1 tấn, tăng 119,1 tấn so với cùng
        kỳ, bằng 113,1% so với cùng kỳ``).  The earlier value is the current one minus
        the increase (plus the decrease), and the rate is the change over that earlier value;
        it is computed on intervals and compared with the printed rate, accepting rounding
        and truncation.

    Why
        The rate is often computed over the current value instead of the earlier one, or
        copied from the previous report; either way the reader is given a wrong growth.

    Example that fails
        Dư nợ đạt 110 tỷ đồng, tăng 10 tỷ đồng (+9,1%) so với đầu năm.

    Example that passes
        Dư nợ đạt 110 tỷ đồng, tăng 10 tỷ đồng (+10%) so với đầu năm.
    """

    code = "P102"
    name = "growth-change"
    severity = Severity.ERROR
    families = ("change",)
    summary = Message.of("The stated rate of change does not match the stated change")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            claim = statement.claims[0]
            assert claim.change is not None
            names = {
                key_of(claim.percent): Message.of("stated rate"),
                key_of(claim.value): Message.of("current value"),
                key_of(claim.change): Message.of("change"),
            }
            percent = printed(claim.percent)
            word = Message.of("increase") if claim.direction > 0 else Message.of("decrease")
            if claim.kind == "index":
                message = Message.of(
                    "The index {percent}% does not match the {word} of {change} to {value}",
                    percent=percent,
                    word=word,
                    change=printed(claim.change),
                    value=printed(claim.value),
                )
            else:
                message = Message.of(
                    "The {word} rate {percent}% does not match the {word} of {change} to {value}",
                    word=word,
                    percent=percent,
                    change=printed(claim.change),
                    value=printed(claim.value),
                )
            notes = [change_note(claim, consistency)]
            if claim.kind == "index" and (claim.percent.value < 100) == (claim.direction > 0):
                notes.append(
                    Message.of(
                        "the index {percent}% says the opposite of “tăng” (the conclusion flips)",
                        percent=percent,
                    )
                    if claim.direction > 0
                    else Message.of(
                        "the index {percent}% says the opposite of “giảm” (the conclusion flips)",
                        percent=percent,
                    )
                )
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=claim.percent,
                label=Message.of("stated rate"),
                role=names,
                notes=notes,
            )
            yield explanation.report(self, message)
