"""When figures read as a candidate relation are strong enough evidence to be checked.

A reading without a word that states the relation (a heading's amount and the paragraphs
detailing it, a total and the two complementary figures stated later) is checked only when
the figures are plainly about the same whole: they add up within the rounding of each figure,
or one typing-mistake-shaped correction of one figure (a digit, two digits swapped, a
separator, a scale word) makes them add up exactly.  Figures that do not belong together miss
by any amount; one changed digit is what a typing mistake looks like.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.arithmetic import Constraint, Equation, Localisation, Var, localise, percent_of, total_of
from lint.numbers.quantity import Quantity
from lint.relations.breakdowns import adds_up, sum_interval
from lint.relations.figures import FigureKey, figure_of, key_of

MIN_DIGITS = 3  # a total printed with fewer digits is one typo away from too many sums


class Budget:
    """How many typo-shaped explanations a document may still try (each is a localisation,
    a few milliseconds): a reading over a pathological input stays bounded."""

    def __init__(self, left: int = 200) -> None:
        self.left = left

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def one_typo_away(
    total: Quantity,
    parts: list[Quantity],
    *,
    exhaustive: bool = False,
    budget: Budget | None = None,
) -> bool:
    """One typo-shaped correction makes ``total = Σ parts`` hold (the figures all distinct).

    Parts above the total (which some of it could not be) may be corrected in any figure;
    parts short of it only in the total: a list of some of the total misses it by the parts
    left out, and with round figures that is often one digit of a part away.  ``exhaustive``
    parts (their words say they are all of it) may be corrected in any figure either way."""
    if budget is not None and not budget.take():
        return False
    figures = {key_of(q): figure_of(q) for q in (total, *parts)}
    if len(figures) != len(parts) + 1:
        return False
    if len(figures[key_of(total)].digits.lstrip("0")) < MIN_DIGITS:
        return False  # a one-digit change reaches a fifth of all two-digit values: no evidence
    short = not exhaustive and sum_interval(tuple(parts)).high < total.interval.low
    constraint = Equation(Var(key_of(total)), total_of([key_of(part) for part in parts]))
    localisation = localise([constraint], figures)
    return any(
        suspect.best_variant is not None and (not short or suspect.key == key_of(total))
        for suspect in localisation.suspects
    )


def adds_up_or_one_typo(
    total: Quantity,
    parts: list[Quantity] | tuple[Quantity, ...],
    budget: Budget | None = None,
    *,
    exhaustive: bool = False,
) -> bool:
    """The evidence a reading without a stating word needs: the parts add up to the total, or
    one typo-shaped correction makes them (:func:`one_typo_away`; ``exhaustive``: the words
    say the parts are all of the total, so any figure may be the slip)."""
    return adds_up(total, parts) or one_typo_away(
        total, list(parts), exhaustive=exhaustive, budget=budget
    )


def localised(
    constraint: Constraint,
    quantities: Sequence[Quantity],
    digits_of: Quantity | None = None,
    min_digits: int = 0,
) -> Localisation | None:
    """``constraint`` checked over the printed figures of ``quantities`` and, when it fails,
    the typo-shaped corrections that would mend it; None (no evidence) when two of the
    quantities are one figure, or ``digits_of`` has fewer than ``min_digits`` significant
    digits."""
    figures = {key_of(q): figure_of(q) for q in quantities}
    if len(figures) != len(quantities):
        return None
    if digits_of is not None and len(figures[key_of(digits_of)].digits.lstrip("0")) < min_digits:
        return None
    return localise([constraint], figures)


def slip_explains(found: Localisation | None, slips: frozenset[FigureKey] | None = None) -> bool:
    """One typo-shaped correction (of a figure of ``slips`` only, when given) mends what
    ``found`` found violated."""
    return found is not None and any(
        suspect.best_variant is not None and (slips is None or suspect.key in slips)
        for suspect in found.suspects
    )


def holds_or_one_typo(
    constraint: Constraint,
    quantities: Sequence[Quantity],
    digits_of: Quantity | None = None,
    min_digits: int = 0,
    slips: frozenset[FigureKey] | None = None,
) -> bool:
    """The evidence a reading without a stating word needs, for any relation: ``constraint``
    holds over the printed figures, or one typo-shaped correction makes it hold (see
    :func:`localised` for ``digits_of`` and ``min_digits``, :func:`slip_explains` for
    ``slips``)."""
    found = localised(constraint, quantities, digits_of, min_digits)
    return found is not None and (not found.violated or slip_explains(found, slips))


def ratio_or_one_typo(
    value: Quantity,
    base: Quantity,
    percent: Quantity,
    slips: frozenset[FigureKey] | None = None,
    min_digits: int = 2,
) -> bool:
    """``value ÷ base × 100`` is the printed ``percent``, or one typo-shaped correction of one
    figure (of ``slips`` only, when given) makes it so.  A base of fewer than ``min_digits``
    significant digits gives no evidence."""
    constraint = Equation(percent_of(Var(key_of(value)), Var(key_of(base))), Var(key_of(percent)))
    return holds_or_one_typo(constraint, (value, base, percent), base, min_digits, slips)


def the_one_made_up(
    candidates: list[Quantity],
    parts: list[Quantity] | tuple[Quantity, ...],
    budget: Budget | None = None,
    *,
    exhaustive: bool = True,
) -> tuple[bool, Quantity | None]:
    """Of ``candidates``, the total ``parts`` make up: the only one they add up to, else the
    only one a typo-shaped slip explains.  The flag says whether any candidate was explained
    at all (two explained: no total, and no point looking further)."""
    exact = [total for total in candidates if adds_up(total, parts)]
    if exact:
        return True, exact[0] if len(exact) == 1 else None
    slips = [
        total
        for total in candidates
        if one_typo_away(total, list(parts), exhaustive=exhaustive, budget=budget)
    ]
    if slips:
        return True, slips[0] if len(slips) == 1 else None
    return False, None
