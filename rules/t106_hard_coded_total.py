"""T106 hard-coded-total: a workbook total typed by hand where its neighbours use a formula."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class HardCodedTotalRule(Rule):
    """Flags a workbook cell holding a typed figure in a run of identical total formulas.

    What it checks
        In an .xlsx annex, a cell whose neighbours on the same row (or in the same column) hold
        the same additive formula, written relative to each cell (``=SUM(C10:C36)`` in C9 and
        ``=SUM(D10:D36)`` in D9; ``=C11+D11`` in E11 and ``=C13+D13`` in E13), while the cell
        itself holds a number typed by hand.  Only ``SUM`` of ranges and references joined by
        ``+`` count; Markdown, Word and PDF reports have no formulas and are never flagged.

    Why
        A typed total no longer follows its parts: when a figure is revised, the total printed
        beside it keeps the old sum.  It may be right today; it is worth a look (info).

    Example that fails
        A workbook sheet whose row 9 "TỔNG SỐ" holds =SUM(C10:C12) in C9, the typed number 600
        in D9 and =SUM(E10:E12) in E9. Markdown has no formulas, so this example can only be a
        workbook: tests/rules/test_t106_hard_coded_total.py builds it.

    Example that passes
        | Chỉ tiêu | Quý I | Quý II | 6 tháng |
        |---|---:|---:|---:|
        | Tổng số | 300 | 600 | 900 |
        | Nông nghiệp | 100 | 200 | 300 |
        | Công nghiệp | 200 | 400 | 600 |
    """

    code = "T106"
    name = "hard-coded-total"
    severity = Severity.INFO
    summary = Message.of("Workbook total typed by hand where its neighbours use a formula")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for hit in context.relations.hard_coded_totals:
            first, second = hit.formulas
            yield self.report(
                Message.of(
                    "The cell holds {text} typed by hand while its neighbours use a formula ({first}; {second})",
                    text=hit.cell.text,
                    first=first,
                    second=second,
                ),
                hit.cell.whole_span,
                label=Message.of("typed number"),
                related=[
                    Related(hit.neighbours[0].whole_span, Message.same(first)),
                    Related(hit.neighbours[1].whole_span, Message.same(second)),
                ],
                suggestion=Message.of(
                    "use the formula {expected} like its neighbours", expected=hit.expected
                ),
                figures=(hit.cell.text,),
            )
