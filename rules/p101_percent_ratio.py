"""P101 percent-ratio: a stated percentage is not the ratio of the stated figures."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import ratio_percent
from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.relations.consistency import Statement
from lint.relations.explain import explain_statement, printed, ratio_note
from lint.relations.figures import key_of
from lint.relations.listed_shares import ListedShares
from lint.relations.subjects import ratio_subject
from lint.rule import Context, Rule


class PercentRatio(Rule):
    """Flags a percentage that the two figures it relates cannot produce.

    What it checks
        A percentage and the two figures it is the ratio of, wherever the text states them:

        - a done/total pair, ``A/B …, đạt X%`` (also ``A ha/B ha``), ``X% (A/B người)`` and
          ``A/B thôn (chiếm X%)``;
        - a share of a whole, ``A …, chiếm tỷ lệ X% (trong tổng số B …)``, ``A …, chiếm X%
          <tên của B>`` where B is stated earlier (``chiếm 70,28% doanh số cho vay``) or right
          after in parentheses (``chiếm 3,12% tổng số hộ dân cư (39.904 hộ)``), the share of
          each part of a breakdown (``Trong đó: A …, chiếm tỷ lệ X%``, ``gồm: A … (chiếm
          X%); …``), and a whole followed by one part and its share per sentence, clause or
          ``-`` item (``Toàn xã có 3.000 hộ. Hộ nghèo 1.000 hộ, chiếm 33,3%. …``);
        - a share of a plan stated nearby: ``đạt X% dự toán (dự toán năm B)``, ``so với kế
          hoạch (B)``, ``đạt X% kinh phí được phê duyệt (B)``, ``Dự toán năm B.`` in the
          sentence or paragraph before or ``Chỉ tiêu … B: …`` opening the sentence, with the
          same plan noun (a plan and its targets are one) and no other word naming another
          indicator; ``vượt X% kế hoạch`` states ``A / B × 100 − 100``;
        - parts listed in one sentence, each with its share, whose whole is not stated
          (``chuyên gia 8.952 người (41,37%), lao động kỹ thuật 6.474 người (29,92%), …``;
          ``nữ 117 người, chiếm 84,78%; nam 21 người``): each share is its part ÷ the parts'
          sum, read only when the figures agree or one typo-shaped slip explains them, and
          reported once for the list;
        - a rate of what was done of a total stated just before, ``Xảy ra 245 vụ. … đã làm rõ
          218 vụ, đạt 89,0%``: read only when the figures agree or one typo-shaped slip
          explains them, and reported as a warning.

        The ratio ``A / B × 100`` is computed on the intervals of the printed figures and
        compared with the percentage, accepting both rounding and truncation
        (``36.929/43.845 = 84,226…`` may be printed ``84,22%``).  Shares of all of one total
        (printed to add up to 100 %, or whose parts add up to the total), when plain rounding
        would not give 100 %, may each be one unit of their last digit off (largest-remainder
        rounding: 33,3% + 33,3% + 33,4%).  Shares of one total that add up to 100 % but whose
        parts do not add up to the total are reported once, by S101 when it is selected.

    Why
        Percentages are typed in by hand after being computed elsewhere; a stale or mistyped
        figure on either side shows as a ratio that does not match.

    Example that fails
        Giải quyết được 250/300 hồ sơ, đạt 88,3%.

    Example that passes
        Giải quyết được 250/300 hồ sơ, đạt 83,3%.
    """

    code = "P101"
    name = "percent-ratio"
    severity = Severity.ERROR
    families = ("ratio", "listed-share")
    summary = Message.of("The percentage does not match the ratio of the figures")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        listed: set[int] = set()
        for statement in consistency.violated(*self.families):
            if isinstance(statement.relation, ListedShares):
                # one finding for a list: one slip breaks every share of it
                if id(statement.relation) not in listed:
                    listed.add(id(statement.relation))
                    yield self._listed(context, statement, statement.relation)
                continue
            claim = statement.claims[0]
            assert claim.base is not None
            names = {
                key_of(claim.percent): Message.of("stated percentage"),
                key_of(claim.value): Message.of("numerator"),
                key_of(claim.base): Message.of("denominator"),
            }
            notes = [ratio_note(claim, consistency)]
            flip = _flip(
                claim.percent.value + claim.offset, claim.value.interval, claim.base.interval
            )
            if flip is not None:
                notes.append(flip)
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=claim.percent,
                label=Message.of("stated percentage"),
                role=names,
                notes=notes,
            )
            percent = printed(claim.percent)
            yield explanation.report(
                self,
                Message.of(
                    "{percent}% does not match {value} / {base}",
                    percent=percent,
                    value=printed(claim.value),
                    base=printed(claim.base),
                ),
                # a rate whose base no word names, read from the figures' agreement
                severity=Severity.WARNING if claim.base_source == "completion" else None,
                subjects=frozenset({ratio_subject(claim.value, claim.base)}),
            )

    def _listed(self, context: Context, statement: Statement, group: ListedShares) -> Diagnostic:
        """A share of parts listed with no stated whole: part ÷ the parts' sum."""
        share = statement.quantities[0]
        part = group.parts[group.shares.index(share)]
        total = sum((p.value for p in group.parts), Fraction(0))
        terms = " + ".join(printed(p) for p in group.parts)
        decimals = max(2, share.numbers[0].decimals + 1)
        computed = part.value * 100 / total if total else Fraction(0)
        note = (
            f"{printed(part)} / ({terms}) × 100 = {format_vi(computed, decimals)}% ≠ "
            f"{printed(share)}%"
        )
        roles = {key_of(p): Message.of("part") for p in group.parts}
        roles[key_of(part)] = Message.of("numerator")
        roles[key_of(share)] = Message.of("stated percentage")
        explanation = explain_statement(
            statement,
            context.relations.consistency,
            context.number_span,
            fallback=share,
            label=Message.of("stated percentage"),
            role=roles,
            notes=[
                Message.same(note),
                Message.of("the whole is not stated: the listed parts are all of it"),
            ],
        )
        return explanation.report(
            self,
            Message.of(
                "{percent}% does not match {value} / {base}",
                percent=printed(share),
                value=printed(part),
                base=f"({terms})",
            ),
            subjects=frozenset({f"listed:{share.block}:{share.start}"}),
        )


def _flip(stated: Fraction, value: Interval, base: Interval) -> Message | None:
    """A note when the figures reverse the conclusion: 100 % reached or not."""
    if base.low <= 0:
        return None
    ratio = ratio_percent(value, base)
    if stated >= 100 and ratio.high < 100:
        return Message.of("the figures show 100 % not reached (the conclusion flips)")
    if stated < 100 and ratio.low >= 100:
        return Message.of("the figures show 100 % reached (the conclusion flips)")
    return None
