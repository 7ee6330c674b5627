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
    summary = Message(
        "Số liệu trong lời văn khác với bảng số liệu (phụ lục) cùng chỉ tiêu, cùng kỳ",
        "A figure in the text differs from the same indicator and period in a table or annex",
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
        where_vi = place.vi if place is not None else ""
        where_en = place.en if place is not None else ""
        same = conflict.table_document is conflict.prose
        related: list[Related] = []
        notes = [
            Message(
                f"cột “{conflict.column.title}”, dòng “{conflict.row.label_cell.text}”",
                f"column “{conflict.column.title}”, row “{conflict.row.label_cell.text}”",
            )
        ]
        if same:
            related.append(Related(cell.whole_span, Message("bảng ghi", "the table says")))
        else:
            path = display_path(conflict.table_document.path)
            notes.insert(
                0,
                Message(
                    f"phụ lục {path}, ô {where_vi}: {stated}",
                    f"annex {path}, cell {where_en}: {stated}",
                ),
            )
        table_vi = f"bảng ({where_vi})" if where_vi else "bảng"
        table_en = f"the table ({where_en})" if where_en else "the table"
        return self.report(
            Message(
                f"“{name}” là {quantity.text} trong lời văn nhưng {table_vi} ghi {stated}",
                f"“{name}” is {quantity.text} in the text but {table_en} says {stated}",
            ),
            quantity.span,
            label=Message(f"bảng ghi {stated}", f"the table says {stated}"),
            related=related,
            notes=notes,
            figures=(quantity.text, stated),
        )
