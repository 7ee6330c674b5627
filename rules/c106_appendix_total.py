"""C106 appendix-total: an amount and the total of the appendix it refers to differ."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.appendix_totals import AppendixTotal
from lint.relations.tables import failing_sums
from lint.rule import Context, Rule


class AppendixTotalRule(Rule):
    """Flags an amount that differs from the total of the appendix table detailing it.

    What it checks
        An amount followed in its sentence by a reference to an appendix ("50.000 triệu đồng
        (Chi tiết tại Phụ lục 02 kèm theo)", "theo Phụ lục số II"), and the table after the
        block opening that appendix ("PHỤ LỤC 02") in the same document: the table's total
        row ("Tổng số", "Tổng cộng", "Tổng", "Cộng", first or last), in its only column with
        a figure on that row or else its first column titled as a total, read in the table's
        unit (the "ĐVT: triệu đồng" line, the column's or the row's unit).  They are reported
        when their intervals do not meet and one typing slip of either (a digit, two digits
        swapped, a separator) makes them equal: an amount far from the total may detail a
        part of the appendix or another of its columns, and is left alone.  When the appendix's own rows do not add up to its
        total, T101 reports the table and this rule says nothing.

    Why
        The amount in the decision is what is allocated; the appendix is what is spent.  When
        a line of the appendix is revised and the decision is not (or the reverse), the two
        documents signed together allocate two different sums.

    Example that fails
        Phân bổ vốn cho Đề án y tế cơ sở: 5.500 triệu đồng (chi tiết tại Phụ lục 02).

        PHỤ LỤC 02

        ĐVT: triệu đồng

        | STT | Dự án | Kế hoạch vốn |
        |---|---|---:|
        |  | TỔNG SỐ | 4.500 |
        | 1 | Trạm y tế xã A | 2.500 |
        | 2 | Trạm y tế xã B | 2.000 |

    Example that passes
        Phân bổ vốn cho Đề án y tế cơ sở: 4.500 triệu đồng (chi tiết tại Phụ lục 02).

        PHỤ LỤC 02

        ĐVT: triệu đồng

        | STT | Dự án | Kế hoạch vốn |
        |---|---|---:|
        |  | TỔNG SỐ | 4.500 |
        | 1 | Trạm y tế xã A | 2.500 |
        | 2 | Trạm y tế xã B | 2.000 |
    """

    code = "C106"
    name = "appendix-total"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("An amount differs from the total of the appendix that details it")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for found in context.relations.appendix_totals:
            if found.agrees or not found.one_typo_apart or _total_fails(found):
                continue
            yield self.diagnose(context, found)

    def diagnose(self, context: Context, found: AppendixTotal) -> Diagnostic:
        stated = found.cell.block.text
        amount = found.amount.text
        notes = [
            Message.of(
                "row “{row}”, column “{column}”: {stated} = {value}",
                row=found.row.label_cell.text,
                column=found.column.title,
                stated=stated,
                value=found.cell_quantity.text,
            )
        ]
        if any(group.parent is found.row for group in found.model.groups):
            notes.append(Message.of("the appendix's rows add up to its total"))
        return self.report(
            Message.of(
                "{amount} differs from the total {stated} of Phụ lục {name}",
                amount=amount,
                stated=stated,
                name=found.name,
            ),
            found.amount.span,
            label=Message.of("the appendix's total is {stated}", stated=stated),
            related=[Related(found.cell.span, Message.of("total of the appendix"))],
            notes=notes,
            suggestion=Message.of(
                "check the amount against the appendix: {amount} → {value}?",
                amount=amount,
                value=found.cell_quantity.text,
            ),
            figures=(amount, stated),
        )


def _total_fails(found: AppendixTotal) -> bool:
    """The appendix's total is in one of its table's failing sums (T101 reports it)."""
    return any(cell is found.cell for check in failing_sums(found.model) for cell in check.cells)
