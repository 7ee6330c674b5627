"""D101 draft-placeholder: blanks of a draft (document number, day) still empty."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Rule

_WHAT = {
    "document-number": Message.of("document number"),
    "day": Message.of("day of issue"),
    "month": Message.of("month of issue"),
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
    summary = Message.of("Draft blank not filled in")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for placeholder in context.extraction.placeholders:
            what = _WHAT[placeholder.kind]
            yield self.report(
                Message.of("The {what} is blank (draft)", what=what),
                placeholder.span,
                label=Message.of("blank"),
                notes=[
                    Message.of(
                        "number and date are assigned at signing (Decree 30/2020/NĐ-CP, art. 15)"
                    )
                ],
                figures=(placeholder.kind, placeholder.text),
            )
