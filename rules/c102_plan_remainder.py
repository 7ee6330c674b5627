"""C102 plan-remainder: achieved + remaining task must give the plan the stated % implies."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import Suspect
from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.format import decimals_needed, format_vi
from lint.numbers.quantity import Quantity
from lint.relations.done_rests import DoneAndRest
from lint.relations.explain import blamed_role
from lint.relations.indicators import PlanRemainder
from lint.rule import Context, Rule

_ROLES = {
    "achieved": Message.of("achieved"),
    "share": Message.of("share of the plan"),
    "remainder": Message.of("remaining task"),
}


class PlanRemainderRule(Rule):
    """Flags an achieved figure, its % of plan and the remaining task that do not agree.

    What it checks
        A results figure followed by its share of the plan ("Đàn trâu 183 con, đạt 93%",
        "tích tụ được 2,5 ha, đạt 62,5% so với kế hoạch") and, in the section of tasks for the
        rest of the year ("NHIỆM VỤ … 6 THÁNG CUỐI NĂM"), the same indicator with the same
        unit stated as what remains: under a heading saying so ("Nhiệm vụ còn lại …": "Tích
        tụ tập trung đất đai 1,5 ha") or as an increase ("Đàn trâu tăng 17 con"), and not
        as a whole-year target ("cả năm", "đến cuối năm", "hết năm").  The plan is then
        achieved + remaining, and achieved ÷ plan must give the stated percentage, rounded
        or truncated, over the intervals of the printed figures.  Indicators are matched by
        their normalised words (one must equal, or start, the other) and only when the match
        is unique in both directions.  When the task figure fits as the whole-year plan
        itself (achieved ÷ task = the percentage) nothing is reported.  The same in one
        sentence that leaves the whole to the reader: what was done, its rate, and what
        remains ("đã giải quyết 43 đơn, đạt 93,48%; còn 03 đơn đang xác minh": 43 ÷ (43 + 3)),
        read when the figures agree or one slip explains them.

    Why
        The remaining task is what the plan minus the result leaves.  When the three figures
        disagree, the plan, the result or the percentage in the report is wrong, and the
        target set for the rest of the year with it.

    Example that fails
        # I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM

        Đàn trâu 183 con, đạt 93% kế hoạch.

        # II. NHIỆM VỤ 6 THÁNG CUỐI NĂM

        - Đàn trâu tăng 17 con.

    Example that passes
        # I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM

        Đàn bò 203 con, đạt 81,2% kế hoạch.

        # II. NHIỆM VỤ 6 THÁNG CUỐI NĂM

        - Đàn bò 47 con.
    """

    code = "C102"
    name = "plan-remainder"
    severity = Severity.ERROR
    whole_document = True
    families = ("plan-remainder",)
    summary = Message.of("Achieved + remaining task does not match the stated share of the plan")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            relation = statement.relation
            found = consistency.localise(statement)
            if isinstance(relation, DoneAndRest):
                figures = (relation.achieved, relation.share, relation.remainder)
                name = relation.name or "Đã thực hiện"
            else:
                assert isinstance(relation, PlanRemainder)
                figures = (relation.achieved.quantity, relation.share, relation.remainder.quantity)
                longer = max(relation.achieved, relation.remainder, key=lambda m: len(m.key))
                name = longer.name
            yield self._report(context, figures, name, found.best, found.ambiguous)

    def _report(
        self,
        context: Context,
        figures: tuple[Quantity, Quantity, Quantity],
        name: str,
        suspect: Suspect | None,
        ambiguous: bool,
    ) -> Diagnostic:
        achieved, share, remainder = figures
        scale = achieved.scale
        a = achieved.numbers[0].text
        r = remainder.numbers[0].text
        p = share.numbers[0].text
        plan = (achieved.value + remainder.value) / scale
        unit = (achieved.text[achieved.numbers[-1].end - achieved.start :]).strip()
        plan_text = format_vi(plan, decimals_needed(plan, 3))
        ratio = achieved.value / (achieved.value + remainder.value) * 100
        ratio_text = format_vi(ratio, 2 if decimals_needed(ratio, 2) > 1 else 1)
        name = name[:1].upper() + name[1:]
        total = (
            f"{a} + {r} = {plan_text} {unit}"
            if remainder.scale == scale
            else f"{achieved.text} + {remainder.text} = {plan_text} {unit}"
        )
        computation = f"{total}; {a} / {plan_text} = {ratio_text}% ≠ {p}%"
        notes = [
            Message.of(
                "implied plan = achieved + remaining: {computation}", computation=computation
            )
        ]
        stated = share.value
        if (stated >= 100) != (ratio >= 100):
            notes.append(
                Message.of(
                    "the error flips the conclusion: the report says the plan is met but the figures say it is not"
                )
                if stated >= 100
                else Message.of(
                    "the error flips the conclusion: the report says the plan is not met but the figures say it is"
                )
            )
        quantities = {"achieved": achieved, "share": share, "remainder": remainder}
        blamed = blamed_role(suspect, quantities)
        variant = blamed[1].best_variant if blamed is not None else None
        key = blamed[0] if blamed is not None else "share"
        printed = {"achieved": a, "share": p, "remainder": r}
        if variant is not None:
            suggestion = Message.of(
                "the {roles} {printed} was probably {text}",
                roles=_ROLES[key],
                printed=printed[key],
                text=variant.text,
            )
        else:
            suggestion = Message.of(
                "with {a} and {r} the share is {ratio_text}%", a=a, r=r, ratio_text=ratio_text
            )
            if ambiguous:
                notes.append(
                    Message.of(
                        "cannot tell which figure is wrong (a one-digit slip in any of them would explain it)"
                    )
                )
        if variant is None:
            key = "share"
        return self.report(
            Message.of(
                "{name}: {total}, so the share is {ratio_text}%, not {p}%",
                name=name,
                total=total,
                ratio_text=ratio_text,
                p=p,
            ),
            context.number_span(quantities[key]),
            label=_ROLES[key],
            related=[
                Related(context.number_span(q), _ROLES[k])
                for k, q in quantities.items()
                if k != key
            ],
            notes=notes,
            suggestion=suggestion,
            figures=(a, p, r),
        )
