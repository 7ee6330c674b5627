"""H103 enumeration-count: the count a sentence gives vs the items it then enumerates."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.rule import Context, Rule


class EnumerationCount(Rule):
    """Flags an enumeration whose number of items differs from the count the text announces.

    What it checks
        "thực hiện 3 nhiệm vụ trọng tâm, gồm: (1) … (2) …" announces 3 items; the enumeration
        that follows must have 3.  After "đạt 5/9 tiêu chí", an enumeration introduced by "các
        tiêu chí đã đạt gồm:" must have 5 items and one introduced by "chưa đạt … gồm:" 9 − 5 = 4.
        Items are counted as printed markers, so "(1) (2) (3) (5)" is four items (H102 reports
        the missing label).  Only counts standing right before the enumeration, or a done/total
        pair in the two blocks before it with the same noun, are used.

    Why
        The count and the list are edited separately; when an item is added or dropped the
        count in the sentence, often also quoted in the summary, becomes wrong.

    Example that fails
        Tập trung thực hiện 3 nhiệm vụ trọng tâm gồm: (1) Thu ngân sách; (2) Giải ngân vốn.

    Example that passes
        Tập trung thực hiện 2 nhiệm vụ trọng tâm gồm: (1) Thu ngân sách; (2) Giải ngân vốn.
    """

    code = "H103"
    name = "enumeration-count"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("Enumerated items differ from the stated count")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for stated in context.relations.numbering.stated_counts:
            markers = stated.enumeration.markers
            items = len(markers)
            if items == stated.expected:
                continue
            quantity = stated.quantity
            if stated.how == "count":
                why = Message.of("the sentence announces {text}", text=quantity.text)
            else:
                done, total = (part.numbers[0].text for part in quantity.parts)
                why = (
                    Message.of("{text}: {done} done", text=quantity.text, done=done)
                    if stated.how == "done"
                    else Message.of(
                        "{text}: {total} − {done} = {expected} remaining",
                        text=quantity.text,
                        total=total,
                        done=done,
                        expected=stated.expected,
                    )
                )
            yield self.report(
                Message.of(
                    "The enumeration has {items} items but the stated count is {expected}",
                    items=items,
                    expected=stated.expected,
                ),
                markers[0].span,
                label=Message.of("{items} items", items=items),
                related=[Related(quantity.span, Message.of("stated count"))],
                notes=[why],
                figures=(quantity.text, str(items)),
            )
