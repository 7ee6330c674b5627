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
    summary = Message(
        "Số viết chỉ số trên là số liệu, không phải dấu chú thích",
        "Superscript number is a figure, not a footnote mark",
    )

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for content in context.relations.footnotes.content:
            number = content.mark.number
            notes: list[Message] = []
            related: list[Related] = []
            if content.pair is not None:
                done, total = (part.numbers[0].text for part in content.pair.parts)
                notes.append(
                    Message(
                        f"{total} − {done} = {number}: số {content.noun} còn lại",
                        f"{total} − {done} = {number}: the {content.noun} remaining",
                    )
                )
                related.append(
                    Related(content.pair.span, Message("đã giải quyết/tổng số", "done/total"))
                )
            if content.breaks_sequence:
                notes.append(
                    Message(
                        f"đọc như dấu chú thích thì số {number} sai thứ tự chú thích",
                        f"read as a footnote mark, {number} breaks the footnote order",
                    )
                )
            if number in context.relations.footnotes.definitions:
                notes.append(
                    Message(
                        f"và trùng với chú thích số {number}",
                        f"and it collides with footnote {number}",
                    )
                )
            yield self.report(
                Message(
                    f"Chỉ số trên “{number}” trước “{content.noun}” là số liệu "
                    f"({number} {content.noun}), không phải dấu chú thích",
                    f"Superscript “{number}” before “{content.noun}” is a figure "
                    f"({number} {content.noun}), not a footnote mark",
                ),
                content.mark.ref.span,
                label=Message(f"{number} {content.noun}", f"{number} {content.noun}"),
                related=related,
                notes=notes,
                suggestion=Message(
                    f"viết thường: “{number} {content.noun}”",
                    f"write it inline: “{number} {content.noun}”",
                ),
                figures=(str(number), content.noun),
            )
