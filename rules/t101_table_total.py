"""T101 table-total: a total or parent row that is not the sum of its child rows."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.relations.explain import explain_cells, sum_text
from lint.relations.table_forms import RowFormula, row_formula_checks
from lint.relations.tables import (
    ColumnPartition,
    Row,
    RowGroup,
    TableModel,
    TableStatement,
    culprit,
    group_checks,
    partition_checks,
    unpinned,
)
from lint.rule import Context, Rule


class TableTotal(Rule):
    """Flags a total or parent row of a table that differs from the sum of its child rows.

    What it checks
        In each table, a total row ("TỔNG SỐ", "TỔNG THU", "TỔNG CHI", "Tổng cộng", "Cộng",
        "CẢ NƯỚC") must equal the
        sum of the rows it totals, a parent row the sum of the rows indented under it, and the
        row a "Phân theo …"/"Chia ra" line breaks down the sum of the rows under that line —
        in every figure column.  Every printed cell counts as the interval of values that
        round to it, so ±1 in the last digit between a total and its rounded parts passes.
        Rows under "Trong đó" (a subset) or "Phân theo một số …" (a selection), rows of rates,
        yields, averages or of another unit, and columns of ratios, indices and shares take
        no part.  After a total row the flat rows that follow are its parts; when only the
        first few of them add up (the rest break one of them down), or when they fall short
        of the total in every column (a selection of rows without "Phân theo một số"),
        nothing is reported, unless the two differ in one digit only (a typing slip); parts
        larger than the total always are.  Rows take their level from the STT column (A, I,
        1, 1.1, a, -, +): a parent is the sum of the rows one level below it, and rows under
        "Trong đó" are not counted.  A row whose label states a formula over other rows'
        numbers ("TỔNG THU (A+B)", "(I+II+III)", "Bội chi (A-B)") must equal it.  Columns too: a
        "Cả nước"/"Tổng số" column followed by "Chia ra …" columns under the same header
        must equal their sum in every row.

    Why
        A total that does not match its parts means a part was changed after the total was
        computed, or a figure was mistyped; the table is the reference the text is read
        against.

    Example that fails
        | Chỉ tiêu | Thực hiện 6 tháng |
        |---|---:|
        | TỔNG THU | 18.500 |
        | Thu thuế | 7.200 |
        | Thu phí, lệ phí | 1.150 |
        | Thu khác | 10.050 |

    Example that passes
        | Chỉ tiêu | Thực hiện 6 tháng |
        |---|---:|
        | TỔNG THU | 18.400 |
        | Thu thuế | 7.200 |
        | Thu phí, lệ phí | 1.150 |
        | Thu khác | 10.050 |
    """

    code = "T101"
    name = "table-total"
    severity = Severity.WARNING
    families = ("table-rows", "table-row-formula", "table-partition")
    summary = Message.of("Table total row differs from the sum of its rows")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            failed: set[int] = set()
            for group, failing in group_checks(model):
                for check in failing:
                    failed.add(id(check.total))
                    yield self._rows(model, group, check)
            for formula, formula_check in row_formula_checks(model):
                if formula_check.satisfied or id(formula_check.stated) in failed:
                    continue  # consistent, or already reported as the sum of its rows
                yield self._formula(model, formula, formula_check)
            for relation, row, check in partition_checks(model):
                if not check.satisfied:
                    yield self._partition(model, relation, row, check)

    def _rows(self, model: TableModel, group: RowGroup, check: TableStatement) -> Diagnostic:
        """A total or parent row that is not the sum of its rows."""
        column = model.columns[check.total.block.column or 0].title
        total, computed, parent = check.total.block.text, sum_text(check), group.parent
        parts = " + ".join(p.block.text for p in check.parts)
        blamed = culprit(model, check) or culprit(model, check, "all")
        blamed_label = Message.of("this cell is off: it breaks another relation of the table too")
        if blamed is None:
            blamed = unpinned(model, check)
            blamed_label = Message.of(
                "this cell is off: its neighbours agree with the rest of the table"
            )
        explanation = explain_cells(
            check,
            label=Message.of("rows add up to ≈ {computed}", computed=computed),
            stated_role=Message.of("total row"),
            roles=Message.of("part", context="t101_table_total"),
            blamed=blamed,
            blamed_label=blamed_label,
            notes=[
                Message.of(
                    "column “{column}”: {parts} = {computed}, not {total} in row “{text}”",
                    column=column,
                    parts=parts,
                    computed=computed,
                    total=total,
                    text=parent.label_cell.text,
                )
            ],
            suggest="blamed",
        )
        return explanation.report(
            self,
            Message.of(
                "Row “{text}” says {total} but its rows add up to ≈ {computed}",
                text=parent.label_cell.text,
                total=total,
                computed=computed,
            ),
        )

    def _partition(
        self, model: TableModel, relation: ColumnPartition, row: Row, check: TableStatement
    ) -> Diagnostic:
        """A "Cả nước" column that is not the sum of its "Chia ra" columns."""
        computed, stated = sum_text(check), check.total.block.text
        parts = " + ".join(f"“{c.title}”" for c in relation.parts)
        explanation = explain_cells(
            check,
            label=Message.of("parts add up to ≈ {computed}", computed=computed),
            stated_role=Message.of("total", context="t101_table_total"),
            roles=Message.of("part", context="t101_table_total"),
            blamed=culprit(model, check),
            notes=[Message.same(f"“{relation.total.title}” = {parts}")],
            suggest="blamed",
        )
        return explanation.report(
            self,
            Message.of(
                "Row “{text}”: the total column says {stated} but its “Chia ra” columns add up to ≈ {computed}",
                text=row.label_cell.text,
                stated=stated,
                computed=computed,
            ),
        )

    def _formula(self, model: TableModel, formula: RowFormula, check: TableStatement) -> Diagnostic:
        """A row whose label states a formula over other rows ("(I+II)", "(A-B)")."""
        row = formula.row.label_cell.text
        terms = " ".join(
            f"{'+' if sign > 0 else '−'} {cell.block.text}"
            for (sign, _), cell in zip(formula.terms, check.operands, strict=True)
        ).lstrip("+ ")
        role = Message.of("row of the formula")
        explanation = explain_cells(
            check,
            label=Message.same(f"{formula.text} = {check.computed_text}"),
            stated_role=role,
            roles=role,
            blamed=culprit(model, check, "all"),
            notes=[
                Message.of(
                    "the row label states {text}: {terms} = {computed_text}",
                    text=formula.text,
                    terms=terms,
                    computed_text=check.computed_text,
                )
            ],
        )
        return explanation.report(
            self,
            Message.of(
                "Row “{row}” says {text} but {text2} gives {computed_text}",
                row=row,
                text=check.stated.block.text,
                text2=formula.text,
                computed_text=check.computed_text,
            ),
        )
