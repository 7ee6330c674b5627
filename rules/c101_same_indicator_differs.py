"""C101 same-indicator-differs: one indicator stated twice with different values."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.indicators import find_restated_indicators
from lint.rule import Context, Rule


class SameIndicatorDiffers(Rule):
    """Flags an indicator the report states twice, as achieved, with values that disagree.

    What it checks
        Two figures with the same unit whose indicator words are the same once normalised
        (NFC, old/new tone placement, upper/lower case, "tỉ"/"tỷ", abbreviations such as
        NSNN, filler words such as "ước đạt", "mới đạt", and a trailing "theo quy định của
        …" dropped), both stated as results: not in the section of tasks for the rest of the
        year and not in a clause about a plan or target ("phấn đấu", "kế hoạch", "chỉ tiêu",
        "đến cuối năm" …).  To stay clear of figures of different scopes that share their
        words, only two kinds of pair are compared: a rate of the whole area ("Tỷ lệ …" in
        percent) stated in two different top-level parts of the report ("I. KẾT QUẢ …" and
        "II. TỒN TẠI, HẠN CHẾ"), a body figure restated in a footnote, and an indicator of
        at least four words stated once in each of two top-level parts with the same period
        and year in both clauses ("Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2025").  The
        subject must open its clause and the clause must name no commune, ward or village.
        The values differ when their intervals (from the printed precision) do not meet.

    Why
        A reader who meets 49% on one page and 38,4% on another cannot tell which is true;
        one of them is a leftover from an older draft or another period.

    Example that fails
        # I. KẾT QUẢ ĐẠT ĐƯỢC

        Tỷ lệ dân số sử dụng nước sạch tập trung theo quy định của Bộ Y tế 49%.

        # II. TỒN TẠI, HẠN CHẾ

        - Tỷ lệ dân số sử dụng nước sạch tập trung mới đạt 38,4%.

    Example that passes
        # I. KẾT QUẢ ĐẠT ĐƯỢC

        Tỷ lệ dân số sử dụng nước sạch tập trung theo quy định của Bộ Y tế 49%.

        # II. TỒN TẠI, HẠN CHẾ

        - Tỷ lệ dân số sử dụng nước sạch tập trung mới đạt 49%, còn thấp.
    """

    code = "C101"
    name = "same-indicator-differs"
    severity = Severity.WARNING
    whole_document = True
    summary = Message.of("The same indicator is stated with two different values")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        reported: set[int] = set()
        relations = context.relations
        restated = find_restated_indicators(
            context.document, context.extraction, relations.indicator_mentions
        )
        for pair in [*relations.same_indicators, *restated]:
            if pair.agree or id(pair.second.quantity) in reported:
                continue
            reported.add(id(pair.second.quantity))
            first, second = pair.first.quantity, pair.second.quantity
            name = pair.first.name
            a, b = first.literal, second.literal
            first_line = context.document.source.locate(first.span).line
            yield self.report(
                Message.of(
                    "“{name}” is {text} here but {text2} on line {first_line}",
                    name=name,
                    text=second.text,
                    text2=first.text,
                    first_line=first_line,
                ),
                context.number_span(second),
                label=Message.of("differs from {text}", text=first.text),
                related=[
                    Related(
                        context.number_span(first),
                        Message.of("same indicator, other value"),
                    )
                ],
                notes=[
                    Message.of(
                        "indicator “{name}”: {a} ≠ {b}; if these are different periods or scopes, say so",
                        name=pair.first.name,
                        a=a,
                        b=b,
                    )
                ],
                suggestion=Message.of("make the figures agree or state the period/scope of each"),
                figures=(a, b),
            )
