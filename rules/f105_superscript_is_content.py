"""F105 superscript-is-content: a superscript that is a figure of the sentence, not a mark."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class SuperscriptIsContent(Rule):
    """Flags a superscript number that the sentence reads as a count, not as a footnote mark.

    What it checks
        A superscript ``<sup>N</sup>`` followed by a count noun ("lý<sup>10</sup> hồ sơ") and
        either out of the footnote sequence, or equal to the difference of a "done/total" pair
        of the same sentence ("88/98 hồ sơ": 98 − 88 = 10).  It is reported once, with the
        evidence; the footnote order and reuse problems it causes are not reported again.

    Why
        A figure raised to superscript disappears from the text ("đang thụ lý hồ sơ" says no
        number) and looks like a footnote mark, colliding with the real footnote of that number.

    Example that fails
        Đã giải quyết 88/98 hồ sơ<sup>1</sup>, đang thụ lý<sup>10</sup> hồ sơ.

    Example that passes
        Đã giải quyết 88/98 hồ sơ<sup>1</sup>, đang thụ lý 10 hồ sơ.
    """

    code = "F105"
    name = "superscript-is-content"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Superscript number is a figure, not a footnote mark")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for content in context.relations.footnotes.content:
            number = content.mark.number
            notes: list[Message] = []
            related: list[Related] = []
            if content.pair is not None:
                done, total = (part.numbers[0].text for part in content.pair.parts)
                notes.append(
                    Message.of(
                        "{total} − {done} = {number}: the {noun} remaining",
                        total=total,
                        done=done,
                        number=number,
                        noun=content.noun,
                    )
                )
                related.append(Related(content.pair.span, Message.of("done/total")))
            if content.breaks_sequence:
                notes.append(
                    Message.of(
                        "read as a footnote mark, {number} breaks the footnote order", number=number
                    )
                )
            if number in context.relations.footnotes.definitions:
                notes.append(Message.of("and it collides with footnote {number}", number=number))
            yield self.report(
                Message.of(
                    "Superscript “{number}” before “{noun}” is a figure ({number} {noun}), not a footnote mark",
                    number=number,
                    noun=content.noun,
                ),
                content.mark.ref.span,
                label=Message.same(f"{number} {content.noun}"),
                related=related,
                notes=notes,
                suggestion=Message.of(
                    "write it inline: “{number} {noun}”", number=number, noun=content.noun
                ),
                figures=(str(number), content.noun),
            )
