"""D101 draft-placeholder: blanks of a draft (document number, day) still empty."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Rule

_WHAT = {
    "document-number": Message("số văn bản", "document number"),
    "day": Message("ngày ban hành", "day of issue"),
    "month": Message("tháng ban hành", "month of issue"),
}


class DraftPlaceholder(Rule):
    """Notes the blanks a draft leaves for signing: "Số:    /BC-UBND", "ngày    tháng 6".

    What it checks
        The document number before ``/BC-UBND`` (or any ``/XX-YYY`` symbol) left blank after
        ``Số:``, and a date line with the day or month left blank
        (``Kiến Tường, ngày    tháng 6 năm 2020``).

    Why
        By Nghị định 30/2020/NĐ-CP the number and date are given when the document is signed,
        so a draft legitimately has them blank.  The note (info level) is a reminder for the
        final check before issuing, never an error.

    Example that fails
        Số:      /BC-UBND — Hà Nội, ngày    tháng 6 năm 2024

    Example that passes
        Số: 125/BC-UBND — Hà Nội, ngày 20 tháng 6 năm 2024
    """

    code = "D101"
    name = "draft-placeholder"
    severity = Severity.INFO
    summary = Message("Chỗ trống của bản dự thảo chưa điền", "Draft blank not filled in")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for placeholder in context.extraction.placeholders:
            what = _WHAT[placeholder.kind]
            yield self.report(
                Message(f"Chưa điền {what.vi} (bản dự thảo)", f"The {what.en} is blank (draft)"),
                placeholder.span,
                label=Message("chỗ trống", "blank"),
                notes=[
                    Message(
                        "số và ngày được cấp khi ký ban hành (Nghị định 30/2020/NĐ-CP, Điều 15)",
                        "number and date are assigned at signing (Decree 30/2020/NĐ-CP, art. 15)",
                    )
                ],
                figures=(placeholder.kind, placeholder.text),
            )
