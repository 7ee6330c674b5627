"""S102 subset-exceeds-total: the parts listed after "trong đó" add up to more than the total."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.explain import part_labels, primary, printed, suggestion, sum_note
from lint.relations.figures import key_of
from lint.rule import Context, Rule


class SubsetExceedsTotal(Rule):
    """Flags "trong đó" parts that together exceed the total they are part of.

    What it checks
        A total followed by ``trong đó`` (in the same sentence, in a footnote attached to the
        total, or as ``Trong đó:`` above a list of ``-``/``+`` items) names some of its parts;
        they need not add up to the total, but none can exceed it (an error).  Parts that
        together exceed the total are reported at ``info`` level only, since ``trong đó``
        parts may overlap (``nữ``, ``qua đào tạo``).  Only parts of the same kind and unit as
        the total are read (``tăng``/``giảm`` changes are not parts).  The judgement is on
        intervals: a part exceeds the total only when even its smallest value does.

    Why
        A part larger than its whole is certainly a typo, in the part or in the total, and
        often a thousandfold slip of a unit or separator.

    Example that fails
        Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.250 con; đàn trâu 170 con.

    Example that passes
        Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.050 con; đàn trâu 170 con.
    """

    code = "S102"
    name = "subset-exceeds-total"
    severity = Severity.ERROR
    summary = Message.of("The parts listed after “trong đó” exceed the total")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        env = consistency.env
        for statement in consistency.violated("subset"):
            breakdown = statement.breakdown
            assert breakdown is not None
            over = [
                other
                for other in consistency.statements
                if other.family == "subset-part"
                and other.breakdown is breakdown
                and not other.holds(env)
            ]
            certain = len(breakdown.parts) == 1 or bool(over)
            focus = over[0] if over else statement
            localisation = consistency.localise(focus)
            target = primary(focus, localisation, breakdown.total)
            labels = part_labels(statement)
            related = [
                Related(
                    context.number_span(quantity),
                    Message.same(labels[key_of(quantity)])
                    if key_of(quantity) in labels
                    else Message.of("part"),
                )
                for quantity in statement.quantities
                if quantity is not target
            ]
            total = printed(breakdown.total)
            notes = [sum_note(breakdown.total, breakdown.parts)]
            if certain:
                message = Message.of(
                    "A part listed after “trong đó” exceeds the total {total}", total=total
                )
            else:
                message = Message.of(
                    "The parts listed after “trong đó” add up to more than the total {total}",
                    total=total,
                )
                notes.append(
                    Message.of(
                        "wrong only if the parts do not overlap (“nữ” and “qua đào tạo” may)"
                    )
                )
            yield self.report(
                message,
                context.number_span(target),
                label=Message.of("probably wrong")
                if localisation.best is not None
                else Message.of("total"),
                related=related,
                notes=notes,
                suggestion=suggestion(localisation, consistency, labels),
                severity=Severity.ERROR if certain else Severity.INFO,
                figures=tuple(printed(q) for q in statement.quantities),
            )
