"""C107 plan-period-length: a count of years differs from the years of the period it names."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.relations.periods import PlanPeriod
from lint.rule import Context, Rule


class PlanPeriodLength(Rule):
    """Flags a plan period whose stated length is not the number of years it spans.

    What it checks
        A count of years followed by "năm" and a period of two years ("kế hoạch 5 năm 2021 -
        2025", "Chiến lược 10 năm 2021-2030", "5 năm giai đoạn 2016-2020", "trung hạn 5 năm
        (2021 - 2025)", "trong ba năm 2023-2025"; only "giai đoạn", "(" or ":" between): the
        count must be the number of calendar years of the period, both ends counted (2025 −
        2021 + 1 = 5).  The count is reported, the period related, and both fixes are
        suggested, since either may be the slip.  Left alone: an approximate count or a bound
        ("hơn 5 năm", "trên 10 năm", "gần 5 năm", "chưa đầy 1 năm"), years gained or lost
        ("tăng 2 năm", "chậm 2 năm"), the end of a range of counts ("3-5 năm"), an anniversary
        ("Kỷ niệm 50 năm (1975 - 2025)": the years between the two dates), a count that is the
        difference of the two years after "sau", "qua", "tròn" ("sau 10 năm (2010 - 2020)") or
        where no plan is named ("kế hoạch", "chiến lược", "quy hoạch", "trung hạn", "giai
        đoạn": a term of office or a course, "khóa học 2 năm (2023 - 2025)", runs from one date
        to the same date years later), a count with other words before the period ("sau 5 năm thực hiện Kế
        hoạch 2016-2020") and a period whose ends are not both years.

    Why
        The length of a plan is its name: "kế hoạch 5 năm" is the five-year plan.  A period
        copied from the previous plan and half updated ("5 năm 2021-2026"), or a count not
        changed with the period, names a plan that does not exist.

    Example that fails
        Tổng kết thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2026 của huyện.

    Example that passes
        Tổng kết thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 của huyện.
    """

    code = "C107"
    name = "plan-period-length"
    severity = Severity.WARNING
    summary = Message.of("A count of years differs from the years of the period it names")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for period in context.relations.plan_periods:
            if not period.agrees:
                yield self.diagnose(context, period)

    def diagnose(self, context: Context, period: PlanPeriod) -> Diagnostic:
        block = context.document.blocks[period.block]
        years = period.years
        computation = f"{period.last} − {period.first} + 1 = {years}"
        from_start, to_end = period.ranges_of_count
        printed = f"{period.first}-{period.last}"
        return self.report(
            Message.of(
                "{count} năm is stated for the period {period}, which spans {years} calendar years",
                count=period.count_text,
                period=period.range_text,
                years=years,
            ),
            block.span(period.count_start, period.count_end),
            label=Message.same(computation),
            related=[
                Related(
                    block.span(period.range_start, period.range_end),
                    Message.of("the period, both ends counted"),
                )
            ],
            notes=[
                Message.of(
                    "calendar years of {period}: {computation} ≠ {count}",
                    period=period.range_text,
                    computation=computation,
                    count=period.count,
                )
            ],
            suggestion=Message.of(
                "check the count or the period: {count} → {years}, or {printed} → {from_start}"
                " or {to_end}?",
                count=period.count_text,
                years=years,
                printed=printed,
                from_start=from_start,
                to_end=to_end,
            ),
            figures=(period.count_text, period.range_text),
        )
