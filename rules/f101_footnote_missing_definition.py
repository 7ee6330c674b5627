"""F101 footnote-missing-definition: a footnote mark whose note is nowhere in the document."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Rule


class FootnoteMissingDefinition(Rule):
    """Flags a footnote reference with no footnote of that number.

    What it checks
        Every footnote mark in the text (``<sup>7</sup>`` in Markdown converted from Word) must
        have a footnote definition with the same number.  When the document has footnote
        definitions, each mark without one is reported.  A document with marks but no
        definitions at all is reported once, at its first mark (the notes were probably lost
        in conversion).  Superscripts that are figures (see F105) are not marks.

    Why
        Footnotes carry the breakdowns of the figures in the text; a mark pointing nowhere means
        a breakdown was lost or renumbered, and the reader cannot check the figure.

    Example that fails
        Tổng giá trị sản xuất ước đạt 2.506 tỷ đồng<sup>1</sup>, thu ngân sách 150 tỷ
        đồng<sup>2</sup>.

        <sup>1</sup> Trong đó khu vực I đạt 844 tỷ đồng.

    Example that passes
        Tổng giá trị sản xuất ước đạt 2.506 tỷ đồng<sup>1</sup>.

        <sup>1</sup> Trong đó khu vực I đạt 844 tỷ đồng.
    """

    code = "F101"
    name = "footnote-missing-definition"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Footnote reference without a footnote")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        footnotes = context.relations.footnotes
        if not footnotes.definitions:
            if footnotes.marks:
                first = footnotes.marks[0]
                count = len(footnotes.marks)
                yield self.report(
                    Message.of(
                        "The document has {count} footnote references but no footnotes", count=count
                    ),
                    first.ref.span,
                    label=Message.of("first footnote reference"),
                    figures=(str(first.number),),
                )
            return
        for mark in footnotes.missing:
            yield self.report(
                Message.of(
                    "Footnote reference {number} has no footnote {number}", number=mark.number
                ),
                mark.ref.span,
                label=Message.of("no such footnote"),
                figures=(str(mark.number),),
            )
