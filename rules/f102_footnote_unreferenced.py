"""F102 footnote-unreferenced: a footnote that no mark in the text points to."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.rule import Context, Rule


class FootnoteUnreferenced(Rule):
    """Flags a footnote definition whose number is never referenced in the text.

    What it checks
        Each footnote definition (a line starting with ``<sup>3</sup>``) must be referenced by a
        mark ``<sup>3</sup>`` somewhere in the body.  A superscript that is really a figure
        (F105) does not count as a reference.

    Why
        An orphan footnote usually means the mark was deleted while the sentence was edited,
        so the breakdown no longer says which figure it explains.

    Example that fails
        Thu ngân sách ước đạt 150 tỷ đồng<sup>1</sup>.

        <sup>1</sup> Thu thuế 120 tỷ đồng.

        <sup>2</sup> Thu phí 30 tỷ đồng.

    Example that passes
        Thu ngân sách ước đạt 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>.

        <sup>1</sup> Thu thuế 120 tỷ đồng.

        <sup>2</sup> Chi thường xuyên 90 tỷ đồng.
    """

    code = "F102"
    name = "footnote-unreferenced"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Footnote never referenced in the text")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for block in context.relations.footnotes.unreferenced:
            number = block.footnote
            yield self.report(
                Message.of(
                    "Footnote {number} is not referenced anywhere in the text", number=number
                ),
                block.span(0, min(len(block.text), 40)),
                label=Message.of("footnote without reference"),
                figures=(str(number),),
            )
