"""C108 document-number-year: a cited document's date is of another year than its number."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.citations import NumberYearConflict
from lint.rule import Context, Rule


class DocumentNumberYear(Rule):
    """Flags a cited document whose number carries one year and whose date another.

    What it checks
        Citations by number and date whose number has the year of issue as its own segment
        (``N/YYYY/TYPE``: "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020", "Luật số 47/2019/QH14
        ngày 22/11/2019", "Nghị quyết số 05/2024/NQ-HĐND ngày 12 tháng 7 năm 2024"): the
        year of the date must be the year in the number.  The date must follow the number
        directly (after a comma, a short issuer "của UBND tỉnh" or "ban hành"); a date after
        other words ("có hiệu lực từ ngày …") is not the date of issue and is not compared.
        Numbers without a year ("123/QĐ-UBND"), Party numbers ("68-NQ/TW") and tables are not
        read.  The date's year is reported, the number's year related.

    Why
        A legal document is numbered within the year it is signed in, and its number carries
        that year: a date of another year is a slip in the date (often the year of the report
        typed for the year of the document) or in the number, and either sends the reader to
        a document that does not exist.

    Example that fails
        Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2021 của Chính phủ về xử phạt vi phạm
        hành chính.

    Example that passes
        Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ về xử phạt vi phạm
        hành chính.
    """

    code = "C108"
    name = "document-number-year"
    severity = Severity.WARNING
    summary = Message.of("A cited document's date is of another year than its number")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for conflict in context.relations.number_year_conflicts:
            yield self.diagnose(context, conflict)

    def diagnose(self, context: Context, conflict: NumberYearConflict) -> Diagnostic:
        citation = conflict.citation
        block = context.document.blocks[citation.block]
        number_year, date_year = conflict.number_year, conflict.date_year
        name = f"{citation.kind.capitalize()} số {citation.code}"
        start = citation.number_year_start
        renumbered = (
            citation.code[: start - citation.code_start]
            + str(date_year)
            + citation.code[start - citation.code_start + 4 :]
        )
        return self.report(
            Message.of(
                "{name} is dated {date}, a year other than {number_year} in its number",
                name=name,
                date=citation.date_text,
                number_year=number_year,
            ),
            block.span(citation.year_start, citation.end),
            label=Message.of("the number says {number_year}", number_year=number_year),
            related=[
                Related(block.span(start, start + 4), Message.of("year of issue in the number"))
            ],
            notes=[
                Message.of(
                    "a document is numbered in the year it is issued: {code} → {number_year} ≠"
                    " {date_year}",
                    code=citation.code,
                    number_year=number_year,
                    date_year=date_year,
                )
            ],
            suggestion=Message.of(
                "check the date or the number: {date_year} → {number_year} in the date, or"
                " {code} → {renumbered}?",
                date_year=date_year,
                number_year=number_year,
                code=citation.code,
                renumbered=renumbered,
            ),
            figures=(citation.code, citation.date_text),
        )
