"""The stated relations as exact constraints, checked and localised together.

Every breakdown and percent claim becomes a :class:`Statement` holding an
:class:`~lint.arithmetic.Constraint` over figures.  Statements sharing a figure form one
component: a violated statement is localised over its whole component, so that a wrong figure
appearing in a sum and in two percentages is found by the three relations together.

Families: ``sum`` (exhaustive breakdown), ``subset`` (``Trong đó``: Σ parts ≤ total, unless the
parts overlap), ``subset-part`` (each ``Trong đó`` part ≤ total, always), ``ratio``
(stated % = value ÷ base), ``change`` (``tăng N (+X%)``), ``implied-plan`` and
``implied-previous`` (a complete breakdown whose total and parts all state a % of plan, or a
growth / index against the same period: Σ part ÷ factor must meet total ÷ factor),
``area-yield`` (area × yield × factor = production) and ``unit-price`` (count × amount for one
= total), ``plan-remainder`` (achieved ÷ (achieved + the remaining task) × 100 = the stated share
of the plan, unless the task figure reads as the plan itself), ``shares-whole`` (the shares of a
structure total 100) and ``shares-part`` (shares of parts of one whole total at most 100).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lint.arithmetic import (
    Add,
    AtMost,
    Const,
    Constraint,
    Div,
    Equation,
    Expr,
    Figure,
    Localisation,
    Mul,
    Sub,
    Sum,
    Var,
    environment,
    factor_of,
    localise,
    percent_of,
    total_of,
)
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity
from lint.relations.breakdowns import Breakdown
from lint.relations.figures import FigureKey, figure_of, key_of
from lint.relations.listed_shares import ListedShares
from lint.relations.percent_claims import PercentClaim
from lint.relations.share_groups import ShareGroup

if TYPE_CHECKING:
    from lint.relations.averages import StatedAverage
    from lint.relations.done_rests import DoneAndRest
    from lint.relations.indicators import PlanRemainder
    from lint.relations.production import AreaYieldProduction
    from lint.relations.stock_flows import StockFlow
    from lint.relations.unit_prices import UnitPriceTotal


@dataclass(eq=False)
class Statement:
    family: str
    constraint: Constraint
    quantities: tuple[Quantity, ...]
    breakdown: Breakdown | None = None
    claims: tuple[PercentClaim, ...] = ()
    # the finder's record the statement was made from (a product, a plan remainder, shares)
    relation: object | None = None
    # a reading under which the figures agree after all (the task figure is the plan itself)
    unless: Constraint | None = None

    def holds(self, env: Mapping[FigureKey, Interval]) -> bool:
        if self.constraint.holds(env):
            return True
        return self.unless is not None and self.unless.holds(env)


@dataclass
class Consistency:
    statements: list[Statement] = field(default_factory=list)
    figures: dict[FigureKey, Figure] = field(default_factory=dict)
    quantities: dict[FigureKey, Quantity] = field(default_factory=dict)

    # statements by connected group (index of the group's first statement), made on first use
    _groups: dict[int, list[Statement]] | None = field(default=None, repr=False, compare=False)

    def add(self, statement: Statement) -> None:
        for quantity in statement.quantities:
            key = key_of(quantity)
            if key not in self.figures:  # the first quantity of a figure stands for it
                self.figures[key] = figure_of(quantity)
            self.quantities.setdefault(key, quantity)
        self.statements.append(statement)
        self._groups = None

    @property
    def env(self) -> dict[FigureKey, Interval]:
        return environment(self.figures)

    def violated(self, *families: str) -> Iterator[Statement]:
        env = self.env
        for statement in self.statements:
            if statement.family in families and not statement.holds(env):
                yield statement

    def component(self, statement: Statement) -> list[Statement]:
        """Statements connected to ``statement`` through shared figures (itself first)."""
        keys = set(statement.constraint.figure_keys())
        members = [statement]
        chosen = {id(statement)}
        changed = True
        # the same passes as over all statements, over only those that can join (the
        # statements connected to this one): the order of the members is part of the answer
        group = self._group_of(statement)
        while changed:
            changed = False
            for other in group:
                if id(other) in chosen:
                    continue
                other_keys = other.constraint.figure_keys()
                if not keys.isdisjoint(other_keys):
                    members.append(other)
                    chosen.add(id(other))
                    keys.update(other_keys)
                    changed = True
        return members

    def _group_of(self, statement: Statement) -> list[Statement]:
        """The statements connected to ``statement`` through shared figures, in list order."""
        if self._groups is None:
            self._groups = _connected_groups(self.statements)
        return self._groups.get(id(statement), [statement])

    def localise(self, statement: Statement) -> Localisation:
        members = self.component(statement)
        keys = {key for member in members for key in member.constraint.figure_keys()}
        figures = {key: self.figures[key] for key in keys if key in self.figures}
        env = environment(figures)
        # a member that holds under its other reading is no evidence against its figures
        constraints = [
            member.constraint
            for member in members
            if member is statement or member.unless is None or not member.unless.holds(env)
        ]
        return localise(constraints, figures)


def _connected_groups(statements: list[Statement]) -> dict[int, list[Statement]]:
    """Every statement (by id) with the statements sharing figures with it, transitively
    (union–find over figures: linear in the number of figure occurrences)."""
    parent: list[int] = list(range(len(statements)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    first_with: dict[Hashable, int] = {}
    for index, statement in enumerate(statements):
        for key in statement.constraint.figure_keys():
            other = first_with.setdefault(key, index)
            a, b = root(index), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[int, list[Statement]] = {}
    for index, statement in enumerate(statements):
        members.setdefault(root(index), []).append(statement)
    return {id(statement): members[root(i)] for i, statement in enumerate(statements)}


def share_breakdowns(claims: list[PercentClaim]) -> list[Breakdown]:
    """Parts whose stated shares of one base add up to 100 %: an exhaustive breakdown."""
    by_base: dict[FigureKey, list[PercentClaim]] = {}
    for claim in claims:
        if claim.kind == "ratio" and claim.base is not None and claim.base_source == "trong đó":
            by_base.setdefault(key_of(claim.base), []).append(claim)
    found = []
    for group in by_base.values():
        if len(group) < 2:
            continue
        shares = figure_of(group[0].percent).interval
        for claim in group[1:]:
            shares = shares + figure_of(claim.percent).interval
        if shares.contains(100) and group[0].base is not None:
            parts = tuple(claim.value for claim in group)
            found.append(Breakdown(group[0].base, parts, True, "shares"))
    return found


def build(
    breakdowns: list[Breakdown], claims: list[PercentClaim], others: Sequence[Statement] = ()
) -> Consistency:
    """The statements of the breakdowns and percent claims, then ``others`` (products, plan
    remainders, shares: :func:`product_statements` …), in one model."""
    consistency = Consistency()
    breakdowns = breakdowns + share_breakdowns(claims)
    for breakdown in breakdowns:
        parts = [key_of(part) for part in breakdown.parts]
        constraint: Constraint
        if breakdown.exhaustive:
            constraint = Equation(Var(key_of(breakdown.total)), total_of(parts))
        else:
            constraint = AtMost(total_of(parts), Var(key_of(breakdown.total)))
        family = "sum" if breakdown.exhaustive else "subset"
        quantities = (breakdown.total, *breakdown.parts)
        consistency.add(Statement(family, constraint, quantities, breakdown))
        if not breakdown.exhaustive and len(breakdown.parts) > 1:
            for part in breakdown.parts:
                constraint = AtMost(Var(key_of(part)), Var(key_of(breakdown.total)))
                consistency.add(
                    Statement("subset-part", constraint, (breakdown.total, part), breakdown)
                )
    from lint.relations.percent_bases import forced_shares

    slack = forced_shares(claims)
    for claim in claims:
        statement = claim_statement(claim, slack.get(id(claim)))
        if statement is not None:
            consistency.add(statement)
    by_value: dict[FigureKey, list[PercentClaim]] = {}
    for claim in claims:
        by_value.setdefault(key_of(claim.value), []).append(claim)
    for breakdown in breakdowns:
        if breakdown.complete:
            for statement in _implied(breakdown, by_value):
                consistency.add(statement)
    for statement in others:
        consistency.add(statement)
    return consistency


def product_statements(
    products: Sequence[AreaYieldProduction],
    prices: Sequence[UnitPriceTotal],
    averages: Sequence[StatedAverage] = (),
) -> Iterator[Statement]:
    """Area × yield × factor = production; count × amount for one = total; count × average
    (rounded or cut to its last printed digit) = total."""
    for product in products:
        area, yield_, production = product.area, product.yield_, product.production
        made = Mul(Mul(Var(key_of(area)), Var(key_of(yield_))), Const(product.factor))
        constraint = Equation(made, Var(key_of(production)))
        yield Statement("area-yield", constraint, (area, yield_, production), relation=product)
    for price in prices:
        count, amount, total = price.count, price.price, price.total
        constraint = Equation(Mul(Var(key_of(count)), Var(key_of(amount))), Var(key_of(total)))
        yield Statement("unit-price", constraint, (count, amount, total), relation=price)
    for average in averages:
        counted = () if average.count is None else (average.count,)
        figures = (average.total, *counted, average.average)
        yield Statement("average", average.constraint(), figures, relation=average)


def remainder_statements(remainders: Sequence[PlanRemainder]) -> Iterator[Statement]:
    """The share of the plan that the achieved figure and the remaining task give: achieved ÷
    (achieved + remaining) × 100 = stated, unless achieved ÷ task × 100 = stated (the task
    figure is the whole plan)."""
    for remainder in remainders:
        achieved = Var(key_of(remainder.achieved.quantity))
        task = Var(key_of(remainder.remainder.quantity))
        share = Var(key_of(remainder.share))
        yield Statement(
            "plan-remainder",
            Equation(percent_of(achieved, Add(achieved, task)), share),
            (remainder.achieved.quantity, remainder.share, remainder.remainder.quantity),
            relation=remainder,
            unless=Equation(percent_of(achieved, task), share),
        )


def done_rest_statements(rests: Sequence[DoneAndRest]) -> Iterator[Statement]:
    """What was done ÷ (done + the rest) × 100 = the stated rate."""
    for rest in rests:
        figures = (rest.achieved, rest.share, rest.remainder)
        yield Statement("plan-remainder", rest.constraint(), figures, relation=rest)


def listed_share_statements(groups: Sequence[ListedShares]) -> Iterator[Statement]:
    """Each share of parts listed with no stated whole: part ÷ the parts' sum × 100."""
    for group in groups:
        for _part, share, constraint in group.constraints():
            yield Statement("listed-share", constraint, (share, *group.parts), relation=group)


def stock_flow_statements(flows: Sequence[StockFlow]) -> Iterator[Statement]:
    """The start of a period + its inflows − its outflows = its end."""
    for flow in flows:
        yield Statement("stock-flow", flow.constraint(), flow.figures, relation=flow)


def share_statements(groups: Sequence[ShareGroup]) -> Iterator[Statement]:
    """The shares of a structure total 100 (rounded or truncated); shares of parts of one
    whole total at most 100."""
    hundred = Const(Fraction(100))
    for group in groups:
        shares = tuple(Var(key_of(q)) for q in group.percents)
        total = shares[0] if len(shares) == 1 else Sum(shares)
        if group.exhaustive:
            yield Statement(
                "shares-whole", Equation(total, hundred), group.percents, relation=group
            )
        else:
            yield Statement("shares-part", AtMost(total, hundred), group.percents, relation=group)


def claim_statement(claim: PercentClaim, slack: Fraction | None = None) -> Statement | None:
    percent, value = key_of(claim.percent), key_of(claim.value)
    if claim.kind == "ratio" and claim.base is not None:
        from lint.relations.percent_bases import Tolerance

        stated: Expr = Var(percent)
        if claim.offset:  # "vượt X% kế hoạch": value ÷ plan = 100 + X
            stated = Add(Const(Fraction(claim.offset)), stated)
        if slack is not None:  # shares forced to total 100: one unit of the last digit
            stated = Add(stated, Tolerance(slack))
        constraint = Equation(percent_of(Var(value), Var(key_of(claim.base))), stated)
        return Statement(
            "ratio", constraint, (claim.percent, claim.value, claim.base), claims=(claim,)
        )
    if claim.kind == "times" and claim.base is not None:
        # "V, gấp N lần cùng kỳ (B)": V ÷ B = N ("tăng N lần", offset 1: N or N + 1)
        times: Expr = Var(percent)
        if claim.offset:
            from lint.relations.percent_bases import Tolerance

            half = Fraction(claim.offset, 2)
            times = Add(times, Add(Const(half), Tolerance(half)))
        constraint = Equation(Var(value) / Var(key_of(claim.base)), times)
        return Statement(
            "growth-base", constraint, (claim.percent, claim.value, claim.base), claims=(claim,)
        )
    if claim.kind in ("index", "growth") and claim.base is not None and claim.change is None:
        # "V, tăng X% so với cùng kỳ (cùng kỳ B)": V ÷ B × 100 = 100 ± X (index: = X)
        index: Expr = Var(percent)
        if claim.kind == "growth":
            hundred = Const(Fraction(100))
            index = Add(hundred, index) if claim.direction > 0 else Sub(hundred, index)
        constraint = Equation(percent_of(Var(value), Var(key_of(claim.base))), index)
        return Statement(
            "growth-base", constraint, (claim.percent, claim.value, claim.base), claims=(claim,)
        )
    if claim.kind in ("index", "growth") and claim.change is not None:
        # "V, tăng N so với cùng kỳ, bằng X%": previous = V ∓ N; index V ÷ previous, growth N ÷ previous
        constraint = Equation(_change_rate(claim, claim.kind == "index"), Var(percent))
        return Statement(
            "change", constraint, (claim.percent, claim.value, claim.change), claims=(claim,)
        )
    if claim.kind == "change" and claim.change is not None:
        constraint = Equation(_change_rate(claim, False), Var(percent))
        return Statement(
            "change", constraint, (claim.percent, claim.value, claim.change), claims=(claim,)
        )
    return None


def _change_rate(claim: PercentClaim, index: bool) -> Expr:
    """The rate (or, for ``index``, the index) that value V and its change N give, in %.

    The rate is N ÷ (V ∓ N) × 100 and the index V ÷ (V ∓ N) × 100; written so that each figure
    occurs once (100 ÷ (V ÷ N ∓ 1), 100 ÷ (1 ∓ N ÷ V)), interval arithmetic gives their exact
    range, where the first forms, with N twice, would widen it past a misprinted rate
    (``845, giảm 159 (-15,90%)``: at most 15,894%).  A change that may be 0 keeps them.
    """
    assert claim.change is not None
    value, change = Var(key_of(claim.value)), Var(key_of(claim.change))
    hundred, one = Const(Fraction(100)), Const(Fraction(1))
    if figure_of(claim.change).interval.low <= 0 or figure_of(claim.value).interval.low <= 0:
        earlier = Sub(value, change) if claim.direction > 0 else Add(value, change)
        return percent_of(value if index else change, earlier)
    if index:
        ratio = Div(change, value)
        return Div(hundred, Sub(one, ratio) if claim.direction > 0 else Add(one, ratio))
    ratio = Div(value, change)
    return Div(hundred, Sub(ratio, one) if claim.direction > 0 else Add(ratio, one))


def base_factor(claim: PercentClaim) -> Expr:
    """The ratio value ÷ base that a plan, index or growth claim states."""
    percent = key_of(claim.percent)
    if claim.kind == "growth":
        return (
            factor_of(percent, 1)
            if claim.direction > 0
            else Sub(Const(Fraction(1)), factor_of(percent))
        )
    return factor_of(percent)


def _implied(
    breakdown: Breakdown, by_value: dict[FigureKey, list[PercentClaim]]
) -> Iterator[Statement]:
    """The implied-base statements of a complete breakdown; ``by_value`` holds the percent
    claims by the figure they are about (built once for all breakdowns)."""
    families = (("implied-plan", ("plan",)), ("implied-previous", ("index", "growth")))
    for family, kinds in families:
        chosen: list[PercentClaim] = []
        for figure in (breakdown.total, *breakdown.parts):
            found = [
                c
                for c in by_value.get(key_of(figure), [])
                if c.kind in kinds and (family == "implied-plan" or c.comparison == "cùng kỳ")
            ]
            if not found:
                break
            chosen.append(found[0])
        else:
            total_claim, part_claims = chosen[0], chosen[1:]
            terms: tuple[Expr, ...] = tuple(
                Var(key_of(part)) / base_factor(claim)
                for part, claim in zip(breakdown.parts, part_claims, strict=True)
            )
            summed = terms[0] if len(terms) == 1 else Sum(terms)
            constraint = Equation(summed, Var(key_of(breakdown.total)) / base_factor(total_claim))
            quantities = (
                breakdown.total,
                *breakdown.parts,
                *(claim.percent for claim in chosen),
            )
            yield Statement(family, constraint, quantities, breakdown, tuple(chosen))
