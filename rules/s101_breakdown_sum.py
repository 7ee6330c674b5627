"""S101 breakdown-sum: the parts of an exhaustive breakdown do not add up to its total."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.quantity import Quantity
from lint.relations.explain import explain_statement, part_labels, printed, ratio_note, sum_note
from lint.relations.figures import FigureKey, key_of
from lint.relations.subjects import ratio_subject
from lint.rule import Context, Rule


class BreakdownSum(Rule):
    """Flags a total whose stated parts add up to something else, beyond rounding.

    What it checks
        A total followed by all of its parts: a parenthesised list (``19 căn (xây mới 02
        căn, sửa chữa 17 căn)``, ``181.691.000 đồng (TW: …; tỉnh: …; thị xã: …)``), a list
        introduced by ``gồm``, ``bao gồm`` or ``chia ra``, a parenthesis joined by ``và``
        or counted in a unit the words before it name (``12 học sinh đạt giải (01 giải nhất,
        04 giải nhì, 07 giải ba)``), a remainder (``tiếp nhận 120 hồ sơ, đã giải quyết 100 hồ
        sơ, còn lại 20 hồ sơ``, ``100/120 hồ sơ, còn lại 20 hồ sơ``), a change between two
        values (``giảm từ 320 hộ xuống còn 250 hộ, giảm 70 hộ``) or against last year's
        value stated nearby (``tăng 13,6 tỷ đồng so với cùng kỳ (cùng kỳ năm trước 172,8 tỷ
        đồng)``, or ``Năm 2024 có 120 hợp tác xã. Năm 2025 có 135 hợp tác xã, tăng thêm 15
        hợp tác xã``), or parts whose stated shares of one
        total add up to 100 % (``trước hạn 915 hồ sơ, chiếm 34,1%; đúng hạn 1.768 hồ sơ, chiếm
        65,9%``).  Each printed figure stands for the interval of values that round to it; the
        breakdown is wrong only when no values inside those intervals add up.  The finding
        names the figure whose correction repairs the most relations (a one-digit typo is
        preferred) or says that the wrong figure cannot be told.

    Why
        A sum that does not add up is the first thing a reviewer checks with a calculator, and
        the most common arithmetic mistake in a report assembled from several sources.

    Example that fails
        Trợ cấp một lần 96 triệu đồng (Trung ương: 54 triệu đồng; tỉnh: 12 triệu đồng;
        xã: 40 triệu đồng).

    Example that passes
        Trợ cấp một lần 96 triệu đồng (Trung ương: 44 triệu đồng; tỉnh: 12 triệu đồng;
        xã: 40 triệu đồng).
    """

    code = "S101"
    name = "breakdown-sum"
    severity = Severity.ERROR
    families = ("sum",)
    summary = Message.of("The parts of a breakdown do not add up to its total")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            breakdown = statement.breakdown
            assert breakdown is not None
            labels = part_labels(statement)
            notes = [sum_note(breakdown.total, breakdown.parts)]
            if breakdown.marker == "shares":
                parts = {key_of(part) for part in breakdown.parts}
                for claim in context.relations.percent_claims:
                    if (
                        claim.kind == "ratio"
                        and key_of(claim.value) in parts
                        and claim.base is not None
                        and key_of(claim.base) == key_of(breakdown.total)
                    ):
                        notes.append(ratio_note(claim, consistency))
            total = breakdown.total
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=total,
                label=Message.of("total"),
                role=_roles(total, labels),
                notes=notes,
                labels=labels,
            )
            message = Message.of(
                "The parts do not add up to the total {total}", total=printed(total)
            )
            if breakdown.marker == "restated":  # a title's amount stated again below it
                message = Message.of(
                    "The amount {total} in the title differs from the amount restated below it",
                    total=printed(total),
                )
            yield explanation.report(
                self,
                message,
                subjects=frozenset(ratio_subject(part, breakdown.total) for part in breakdown.parts)
                if breakdown.marker == "shares"
                else frozenset(),
            )


def _roles(total: Quantity, labels: dict[FigureKey, str]) -> Callable[[Quantity], Message]:
    """The total as "tổng", each part by its label or as "phần"."""

    def role(quantity: Quantity) -> Message:
        if quantity is total:
            return Message.of("total")
        label = labels.get(key_of(quantity))
        return Message.of("part") if label is None else Message.same(label)

    return role
