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
    summary = Message(
        "Số mục liệt kê khác số lượng đã nêu", "Enumerated items differ from the stated count"
    )

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for stated in context.relations.numbering.stated_counts:
            markers = stated.enumeration.markers
            items = len(markers)
            if items == stated.expected:
                continue
            quantity = stated.quantity
            if stated.how == "count":
                why = Message(f"câu nêu {quantity.text}", f"the sentence announces {quantity.text}")
            else:
                done, total = (part.numbers[0].text for part in quantity.parts)
                why = (
                    Message(f"{quantity.text}: đã đạt {done}", f"{quantity.text}: {done} done")
                    if stated.how == "done"
                    else Message(
                        f"{quantity.text}: còn {total} − {done} = {stated.expected}",
                        f"{quantity.text}: {total} − {done} = {stated.expected} remaining",
                    )
                )
            yield self.report(
                Message(
                    f"Liệt kê có {items} mục nhưng số lượng nêu là {stated.expected}",
                    f"The enumeration has {items} items but the stated count is {stated.expected}",
                ),
                markers[0].span,
                label=Message(f"{items} mục", f"{items} items"),
                related=[Related(quantity.span, Message("số lượng nêu", "stated count"))],
                notes=[why],
                figures=(quantity.text, str(items)),
            )
