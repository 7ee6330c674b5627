"""C105 cited-document-date: one cited document given two different dates."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class CitedDocumentDate(Rule):
    """Flags a document cited twice, by the same type and number, with different dates.

    What it checks
        Citations of a document by type, number and date (``Quyết định số 123/QĐ-UBND ngày
        15/3/2021``, ``Nghị quyết số 05/2024/NQ-HĐND ngày 12 tháng 7 năm 2024``): when the same
        type and number (compared without regard to case) come back later in the report with
        another date, the later citation is reported, pointing at the first one.  A short
        issuer between the number and the date (``của UBND tỉnh``) is allowed; tables are not
        read.  Citations naming different issuers are two documents; a number without a year
        and with a generic issuer (``…/QĐ-UBND``, used by every people's committee) is taken
        as one document only when both name the same issuer or only the year differs.

    Why
        The date is part of how a document is identified; a citation copied from an older
        report, or a slip in the year, sends the reader to a document that does not exist.
        Numbers without a year restart each year, so two documents may share one: then say
        which is which.

    Example that fails
        Thực hiện Quyết định số 123/QĐ-UBND ngày 15/3/2021 của UBND tỉnh. Theo Quyết định số
        123/QĐ-UBND ngày 15/3/2023, huyện đã bố trí vốn.

    Example that passes
        Thực hiện Quyết định số 123/QĐ-UBND ngày 15/3/2021 của UBND tỉnh. Theo Quyết định số
        123/QĐ-UBND ngày 15/3/2021, huyện đã bố trí vốn.
    """

    code = "C105"
    name = "cited-document-date"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("The same cited document is given two different dates")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        document = context.document
        for conflict in context.relations.cited_date_conflicts:
            first, second = conflict.first, conflict.second
            name = f"{second.kind.capitalize()} số {second.code}"
            here = document.blocks[second.block].span(second.start, second.end)
            there = document.blocks[first.block].span(first.start, first.end)
            line = document.source.locate(there).line
            a, b = first.date_text, second.date_text
            yield self.report(
                Message.of(
                    "{name} is dated {b} here but {a} on line {line}",
                    name=name,
                    b=b,
                    a=a,
                    line=line,
                ),
                here,
                label=Message.of("differs from {a}", a=a),
                related=[Related(there, Message.of("first citation"))],
                notes=[
                    Message.of(
                        "same document type and number {code}: {a} ≠ {b}",
                        code=second.code,
                        a=a,
                        b=b,
                    )
                ],
                suggestion=Message.of(
                    "check the date: {b} → {a}? If these are two documents, name each issuer",
                    b=b,
                    a=a,
                ),
                figures=(second.code, a, b),
            )
