"""S104 stock-flow: what there was, plus what came in, minus what went out, must give what
there is."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.relations.explain import explain_statement, printed, sum_note
from lint.relations.figures import key_of
from lint.relations.stock_flows import StockFlow
from lint.rule import Context, Rule

_OPENING = Message.of("at the start")
_IN = Message.of("in")
_OUT = Message.of("out")
_CLOSING = Message.of("at the end")


class StockFlowRule(Rule):
    """Flags a stock at the end of a period that its start and its flows do not give.

    What it checks
        One paragraph stating, for figures of one unit, the stock at the start of a period
        (after "đầu năm", "đầu kỳ", "năm trước chuyển sang", or "cuối năm" of the year
        before, also in an aside), the stock at its end (after "cuối năm", "cuối kỳ", "đến
        nay", "hiện có", "hiện còn", "đến ngày …", "tổng số", "dư nợ"), and two flows or
        more, each after a verb saying which way it goes (in: "thu", "mới", "phát sinh",
        "kết nạp", "thành lập", "cho vay", "tăng"; out: "chi", "giảm", "giải thể", "thoát",
        "thu nợ", "xóa", "trả").  The start + the inflows − the outflows must give the end
        within the rounding of every printed figure.  Funds, debts, loans, members,
        registered firms and households are reported this way.  The roles are read from
        words that do not state the balance, so a paragraph is read only when its figures
        balance or one typo-shaped slip of one figure explains them, and only one reading of
        it does; a net change ("so với đầu năm … tăng thêm 92", "tăng 668 tỷ đồng so với đầu
        năm") is no flow.

    Why
        The end of a period is carried into the next report as its start; a slip in any of
        the figures makes the two reports disagree, and the fund or the register with them.

    Example that fails
        Số dư quỹ đầu năm 1.248,6 triệu đồng; trong năm thu 862,3 triệu đồng, chi 905,7
        triệu đồng; số dư cuối năm 1.215,2 triệu đồng.

    Example that passes
        Số dư quỹ đầu năm 1.248,6 triệu đồng; trong năm thu 862,3 triệu đồng, chi 905,7
        triệu đồng; số dư cuối năm 1.205,2 triệu đồng.
    """

    code = "S104"
    name = "stock-flow"
    severity = Severity.ERROR
    families = ("stock-flow",)
    summary = Message.of("The start of a period and its flows do not give its end")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        for statement in consistency.violated(*self.families):
            flow = statement.relation
            assert isinstance(flow, StockFlow)
            closing = flow.closing
            scale = closing.scale
            computed = flow.opening.value
            computed += sum((q.value for q in flow.inflows), Fraction(0))
            computed -= sum((q.value for q in flow.outflows), Fraction(0))
            shown = format_vi(computed / scale, closing.numbers[-1].decimals)
            note = sum_note(closing, (flow.opening, *flow.inflows), flow.outflows)
            roles = {key_of(flow.opening): _OPENING, key_of(closing): _CLOSING}
            roles.update(dict.fromkeys((key_of(q) for q in flow.inflows), _IN))
            roles.update(dict.fromkeys((key_of(q) for q in flow.outflows), _OUT))
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=closing,
                label=_CLOSING,
                role=roles,
                notes=[note],
            )
            yield explanation.report(
                self,
                Message.of(
                    "The stock at the end {closing} is not the start and the flows: {shown}",
                    closing=printed(closing),
                    shown=shown,
                ),
            )
