"""P104 shares-not-100: the shares of one whole do not total 100 %."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.fraction import Fraction
from lint.relations.explain import explain_statement, percent_text, printed
from lint.relations.figures import key_of
from lint.relations.share_groups import ShareGroup
from lint.rule import Context, Rule


class SharesNot100(Rule):
    """Flags a structure whose shares do not total 100 %, or parts whose shares exceed it.

    What it checks
        A structure stated as shares, ``Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%;
        dịch vụ 44,5%``, must total 100 % within the rounding of each share (rounded or
        truncated).  Parts of one base stated with ``chiếm …%`` (after ``trong đó`` or with
        ``trong tổng số …``) are only some of it: their shares may total less than 100 %;
        more is reported at ``info`` level, since such parts may overlap.  A revenue split
        between budget levels (``ngân sách cấp tỉnh hưởng 40%, ngân sách cấp huyện hưởng
        60%``) is a structure, and so is each row of a table whose percentage columns split
        its rows (``Ngân sách cấp tỉnh (%) | Ngân sách cấp huyện (%) | Ngân sách cấp xã (%)``)
        when at least three rows, and three in four, total 100.

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
    families = ("shares-whole", "shares-part")
    summary = Message.of("Shares do not total 100 %")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            group = statement.relation
            assert isinstance(group, ShareGroup)
            decimals = max(q.numbers[0].decimals for q in group.percents)
            shown = percent_text(sum((q.value for q in group.percents), Fraction(0)), decimals)
            terms = " + ".join(printed(q) + "%" for q in group.percents)
            relation = "≠ 100%" if group.exhaustive else "> 100%"
            note = f"{terms} = {shown} {relation}"
            notes = [Message.same(note)]
            if not group.exhaustive:
                notes.append(Message.of("wrong only if the parts do not overlap"))
            share = Message.of("share")
            message = (
                Message.of("The shares of one whole total {shown}", shown=shown)
                if group.exhaustive
                else Message.of(
                    "The shares of one whole total {shown}, more than 100 %", shown=shown
                )
            )
            if not group.exhaustive:  # parts that may overlap: no correction to suggest
                first, rest = group.percents[0], group.percents[1:]
                yield self.report(
                    message,
                    context.number_span(first),
                    label=share,
                    related=[Related(context.number_span(q), share) for q in rest],
                    notes=notes,
                    severity=Severity.INFO,
                    figures=tuple(printed(q) for q in group.percents),
                )
                continue
            labels = {
                key_of(q): label for q, label in zip(group.percents, group.labels, strict=True)
            }
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=group.percents[0],
                label=share,
                role=dict.fromkeys(labels, share),
                notes=notes,
                labels=labels,
            )
            yield explanation.report(self, message)
