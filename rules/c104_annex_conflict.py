"""C104 annex-conflict: a prose figure and the same indicator and period in a table differ."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.annex import AnnexConflict
from lint.report.location import display_path
from lint.rule import Context, Rule


class AnnexConflictRule(Rule):
    """Flags a figure of the text that its own table or its annex states differently.

    What it checks
        A result stated in the prose ("Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước
        đạt 3.590,9 nghìn tấn") and a table row of the same indicator ("Sản lượng lúa đông xuân
        (Nghìn tấn)", or the row "Lúa đông xuân" under a column "Sản lượng") in a column of the
        same period ("Ước tính 6 tháng năm 2024"), read in the same unit.  The table may be in
        the report itself or in a workbook (.xlsx) in the same folder checked with it
        (``solieu check bao-cao.docx phu-luc.xlsx``).  Matching is strict: the sentence must
        name exactly one period with its year, the indicator words must equal the row label,
        the unit must be readable from the table, and plan, ratio, share and rate columns are
        never compared.  The figures differ when their intervals do not meet.

    Why
        The annex and the text are drafted from different worksheets; when one is revised and
        the other is not, the reader gets two answers for one figure.

    Example that fails
        Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt 3.590,9 nghìn tấn.

        | Chỉ tiêu | Ước tính 6 tháng năm 2024 |
        |---|---:|
        | Sản lượng lúa đông xuân (Nghìn tấn) | 3.490,9 |

    Example that passes
        Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt 3.590,9 nghìn tấn.

        | Chỉ tiêu | Ước tính 6 tháng năm 2024 |
        |---|---:|
        | Sản lượng lúa đông xuân (Nghìn tấn) | 3.590,9 |
    """

    code = "C104"
    name = "annex-conflict"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of(
        "A figure in the text differs from the same indicator and period in a table or annex"
    )

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for conflict in context.relations.annex_conflicts:
            yield self.diagnose(conflict)

    def diagnose(self, conflict: AnnexConflict) -> Diagnostic:
        """The finding at the prose figure; the table cell is a related figure when it is in
        the same file, otherwise named in a note (file and "Sheet!D12")."""
        quantity = conflict.mention.quantity
        cell = conflict.cell.block
        name = " ".join(conflict.mention.key)
        stated = cell.text
        place = conflict.table_document.location_of(cell.whole_span)
        where = place if place is not None else Message.same("")
        same = conflict.table_document is conflict.prose
        related: list[Related] = []
        notes = [
            Message.of(
                "column “{title}”, row “{text}”",
                title=conflict.column.title,
                text=conflict.row.label_cell.text,
            )
        ]
        if same:
            related.append(Related(cell.whole_span, Message.of("the table says")))
        else:
            path = display_path(conflict.table_document.path)
            notes.insert(
                0,
                Message.of(
                    "annex {path}, cell {where}: {stated}", path=path, where=where, stated=stated
                ),
            )
        table = (
            Message.of("the table ({where})", where=where) if where.vi else Message.of("the table")
        )
        return self.report(
            Message.of(
                "“{name}” is {text} in the text but {table} says {stated}",
                name=name,
                text=quantity.text,
                table=table,
                stated=stated,
            ),
            quantity.span,
            label=Message.of("the table says {stated}", stated=stated),
            related=related,
            notes=notes,
            figures=(quantity.text, stated),
        )
