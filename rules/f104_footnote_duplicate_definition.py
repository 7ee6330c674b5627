"""F104 footnote-duplicate-definition: two footnotes with the same number."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class FootnoteDuplicateDefinition(Rule):
    """Flags a footnote number defined more than once.

    What it checks
        Footnote definitions (lines starting with ``<sup>N</sup>``) must have distinct numbers.
        Every definition after the first of a number is reported, pointing at the first —
        unless the numbering restarts on each page or section (as many notes of each number
        as marks of it, and marks going back to 1).

    Why
        With two notes numbered 4, the reader cannot tell which breakdown belongs to the mark
        ``<sup>4</sup>``; usually a note was copied from another report and not renumbered.

    Example that fails
        Thu ngân sách 150 tỷ đồng<sup>1</sup>.

        <sup>1</sup> Thu thuế 120 tỷ đồng.

        <sup>1</sup> Thu phí 30 tỷ đồng.

    Example that passes
        Thu ngân sách 150 tỷ đồng<sup>1</sup>, thu phí 30 tỷ đồng<sup>2</sup>.

        <sup>1</sup> Thu thuế 120 tỷ đồng.

        <sup>2</sup> Phí chợ 30 tỷ đồng.
    """

    code = "F104"
    name = "footnote-duplicate-definition"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Two footnotes with the same number")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for number, blocks in sorted(context.relations.footnotes.duplicates.items()):
            first = blocks[0]
            for block in blocks[1:]:
                yield self.report(
                    Message.of("Footnote {number} is defined again", number=number),
                    block.span(0, min(len(block.text), 40)),
                    label=Message.of("second definition"),
                    related=[
                        Related(
                            first.span(0, min(len(first.text), 40)),
                            Message.of("first definition"),
                        )
                    ],
                    figures=(str(number),),
                )
