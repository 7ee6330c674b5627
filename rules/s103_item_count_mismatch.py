"""S103 item-count-mismatch: a set counted as N items is restated as a different count."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.quantity import QuantityKind
from lint.relations.explain import printed, sum_note
from lint.rule import Context, Rule


class ItemCountMismatch(Rule):
    """Flags a count of items that the same list restates with another number.

    What it checks
        A count broken down in a list (``Tổng số công trình còn nợ 9 công trình. Trong đó:``
        followed by ``-``/``+`` items of 4, 3 and 2 công trình) whose parts add up to it, and a
        ``Tổng …`` item closing that same list that counts the same unit differently
        (``- Tổng dự toán (quyết toán) 10 công trình: …``).  The count confirmed by its parts
        is taken as the reference; the other one is flagged as a warning, since the two
        statements may describe slightly different sets.  A count followed by the names of
        what it counts is checked against their number: ``5 xã …, gồm các xã: A, B, C, D``,
        ``03 công trình (công trình A, công trình B)``, or a paragraph ending ``… 03 dự án:``
        above ``-`` items (sub-items with another marker are not counted), or a sentence
        introducing the table right after it (``giao vốn cho 04 đơn vị, chi tiết theo bảng
        sau:``) whose label column names the unit: its rows numbered 1, 2, 3 … are counted.

    Why
        The number of works, households or files is quoted several times in a section; a
        reviewer reading "9 công trình" and then "10 công trình" for the same list cannot tell
        which is right, and the amounts tied to them become doubtful.

    Example that fails
        Về xây dựng cơ bản.

        Tổng số công trình còn nợ 9 công trình.
        Trong đó:
        - Đã phê duyệt quyết toán: 04 công trình
        - Đang thi công: 05 công trình
        - Tổng dự toán 10 công trình: 35.126 triệu đồng.

    Example that passes
        Về xây dựng cơ bản.

        Tổng số công trình còn nợ 9 công trình.
        Trong đó:
        - Đã phê duyệt quyết toán: 04 công trình
        - Đang thi công: 05 công trình
        - Tổng dự toán 9 công trình: 35.126 triệu đồng.
    """

    code = "S103"
    name = "item-count-mismatch"
    severity = Severity.WARNING
    summary = Message.of("The same list is counted with different numbers")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        yield from self._named(context)
        for breakdown in context.relations.breakdowns:
            restated = breakdown.restated
            total = breakdown.total
            if restated is None or total.kind is not QuantityKind.COUNT:
                continue
            if restated.value == total.value or not breakdown.complete:
                continue
            stated, other = printed(total), printed(restated)
            unit = total.unit or ""
            yield self.report(
                Message.of(
                    "The list is counted as {stated} {unit} but restated here as {other} {unit}",
                    stated=stated,
                    unit=unit,
                    other=other,
                ),
                context.number_span(restated),
                label=Message.of("differs from {stated}", stated=stated),
                related=[
                    Related(
                        context.number_span(total),
                        Message.of("count, matching its parts"),
                    ),
                    *(
                        Related(context.number_span(part), Message.of("part"))
                        for part in breakdown.parts
                    ),
                ],
                notes=[sum_note(total, breakdown.parts)],
                suggestion=Message.of("check: {other} → {stated}?", other=other, stated=stated),
                figures=(stated, other),
            )

    def _named(self, context: Context) -> Iterator[Diagnostic]:
        for listed in context.relations.named_lists:
            count = listed.count
            if count.value == len(listed.names):
                continue
            unit = count.unit or listed.noun
            stated, found = printed(count), len(listed.names)
            shown = "; ".join(listed.names[:8]) + ("; …" if found > 8 else "")
            where = (
                Message.of("{found} items listed below", found=found)
                if listed.blocks
                else Message.of("{found} names listed", found=found)
            )
            yield self.report(
                Message.of(
                    "{stated} {unit} are announced but {found} are listed",
                    stated=stated,
                    unit=unit,
                    found=found,
                ),
                context.number_span(count),
                label=Message.of("differs from {found}", found=found),
                notes=[
                    Message.of("{where}: {shown}", where=where, shown=shown),
                ],
                suggestion=Message.of(
                    "check: {stated} → {found}, or complete the list", stated=stated, found=found
                ),
                figures=(stated, str(found)),
            )
