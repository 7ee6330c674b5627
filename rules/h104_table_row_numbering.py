"""H104 table-row-numbering: a gap or a repeat among sibling rows of a table's STT column."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.table_forms import numbering_problems
from lint.rule import Context, Rule


class TableRowNumbering(Rule):
    """Flags an STT number that skips or repeats one among the rows of the same parent.

    What it checks
        The STT column of a table numbers its rows as a tree: "I, II" sections, "1, 2" under
        each, then "1.1, 1.2" or "a, b", "-", "+".  Among the rows numbered alike under one
        parent, each number must follow the previous one: "1, 2, 4" lacks 3; "2, 2" repeats.
        A restart at 1 under a new parent is correct, a row of words without a number ends
        the lists above it (except "Trong đó", "Chia ra", "Bao gồm"), and the first number of
        a list is not judged (a table continued from another page).  The cells of an STT
        column are row numbers, never figures: they are not summed and "1.1" is not a decimal.

    Why
        A missing or repeated row number usually means a row was deleted, duplicated or moved
        after the totals were computed; the report's text quotes rows by these numbers.

    Example that fails
        | STT | Nội dung | Kế hoạch |
        |---|---|---:|
        | 1 | Chi đầu tư phát triển | 1.200 |
        | 2 | Chi thường xuyên | 3.400 |
        | 4 | Dự phòng ngân sách | 100 |

    Example that passes
        | STT | Nội dung | Kế hoạch |
        |---|---|---:|
        | 1 | Chi đầu tư phát triển | 1.200 |
        | 2 | Chi thường xuyên | 3.400 |
        | 3 | Dự phòng ngân sách | 100 |
    """

    code = "H104"
    name = "table-row-numbering"
    severity = Severity.WARNING
    summary = Message.of("Table row numbers out of sequence")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            for problem in numbering_problems(model):
                cell, before = problem.row.label_cell, problem.previous.label_cell
                if problem.kind == "gap":
                    message = Message.of(
                        "Row numbers jump from {previous_label} to {label}: {expected} is missing",
                        previous_label=problem.previous_label,
                        label=problem.label,
                        expected=problem.expected,
                    )
                else:
                    message = Message.of(
                        "Row number {label} is used twice among sibling rows", label=problem.label
                    )
                yield self.report(
                    message,
                    problem.cell.whole_span,
                    label=Message.of("expected {expected}", expected=problem.expected),
                    related=[
                        Related(
                            problem.previous_cell.whole_span,
                            Message.of("previous sibling"),
                        )
                    ],
                    notes=[
                        Message.of(
                            "row “{text}” after row “{text2}”", text=cell.text, text2=before.text
                        )
                    ],
                    figures=(problem.label, problem.previous_label),
                )
