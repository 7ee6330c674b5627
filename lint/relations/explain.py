"""Words and computations for findings on stated relations (sums, ratios, implied bases).

Rules call these to show the arithmetic the Vietnamese way (``146.446.000 + 5.445.000 +
149.000.000 = 300.891.000 ≠ 181.691.000``) and to phrase the localisation's suggestion
(``thị xã: 149.000.000 → 29.800.000``), so every finding of the family reads alike.

:class:`Explanation` is what a violated statement shows a reader besides the rule's message:
the figure to underline and its label, the other figures with their roles, the computation
(notes) and the correction.  :func:`explain_cells` makes it for a table statement, so that a
table rule only says which statements it owns and how its message reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.arithmetic import Localisation, Suspect, Variant
from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.document import Span
from lint.numbers.format import format_vi, round_half_up
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity
from lint.relations.consistency import Consistency, Statement
from lint.relations.figures import (
    FigureKey,
    display,
    display_decimals,
    display_scale,
    figure_of,
    key_of,
)
from lint.relations.percent_claims import PercentClaim

if TYPE_CHECKING:
    from lint.relations.tables import Cell, TableStatement
    from lint.rule import Rule

_KIND_WORDS = {
    "digit": Message.of("one digit mistyped"),
    "swap": Message.of("two adjacent digits swapped"),
    "separator": Message.of("decimal and thousands separators confused"),
    "scale": Message.of("nghìn/triệu/tỷ slip"),
}


def printed(quantity: Quantity) -> str:
    return quantity.literal if quantity.kind.value != "pair" else quantity.parts[0].literal


def unit_suffix(quantity: Quantity, scale: Fraction) -> str:
    """The unit words to write after values shown in units of ``scale``."""
    names = {Fraction(10**3): "nghìn", Fraction(10**6): "triệu", Fraction(10**9): "tỷ"}
    unit = quantity.unit or ""
    if unit and scale in names:  # "triệu đồng", "triệu USD", "nghìn tấn", "nghìn người"
        return f" {names[scale]} {unit}"
    return f" {unit}" if unit else ""


def sum_note(
    total: Quantity, parts: tuple[Quantity, ...], minus: tuple[Quantity, ...] = ()
) -> Message:
    """``a + b + c = s ≠ t`` (or ``= t ✓``) in the smallest printed unit of the figures;
    ``minus`` are subtracted (``a + b − c = s ≠ t``: a stock, its inflows and outflows)."""
    quantities = [total, *parts, *minus]
    scale = display_scale(quantities)
    decimals = display_decimals(quantities, scale)
    terms = " + ".join(display(part.value, scale, decimals) for part in parts)
    terms += "".join(f" − {display(q.value, scale, decimals)}" for q in minus)
    value = sum((part.value for part in parts), Fraction(0))
    value -= sum((q.value for q in minus), Fraction(0))
    computed = sum(
        (part.interval for part in parts[1:]),
        parts[0].interval,
    )
    for quantity in minus:
        computed = computed - quantity.interval
    stated = display(total.value, scale, decimals)
    shown = display(value, scale, decimals)
    if not computed.intersects(total.interval):
        relation = f"{shown} ≠ {stated}"
    else:
        relation = f"{shown} ✓" if shown == stated else f"{shown} ≈ {stated} ✓"
    text = f"{terms} = {relation}{unit_suffix(total, scale)}"
    return Message.same(text)


def percent_text(value: Fraction, decimals: int) -> str:
    return format_vi(value, decimals) + "%"


def ratio_note(claim: PercentClaim, consistency: Consistency) -> Message:
    """``915 / 2.583 × 100 = 35,42% ≠ 34,1%``."""
    assert claim.base is not None
    decimals = max(2, claim.percent.numbers[0].decimals + 1)
    value = claim.value.value * 100 / claim.base.value if claim.base.value else Fraction(0)
    scale = display_scale([claim.value, claim.base])
    places = display_decimals([claim.value, claim.base], scale)
    holds = _holds(consistency, claim)
    relation = "≈" if holds else "≠"
    minus = f" − {claim.offset}" if claim.offset else ""
    text = (
        f"{display(claim.value.value, scale, places)} / {display(claim.base.value, scale, places)}"
        f" × 100{minus} = {percent_text(value - claim.offset, decimals)} {relation} "
        f"{printed(claim.percent)}%"
    )
    return Message.same(text)


def change_note(claim: PercentClaim, consistency: Consistency) -> Message:
    """``5.046 / (200.171 − 5.046) × 100 = 2,59% ≠ 2,78%``."""
    assert claim.change is not None
    scale = display_scale([claim.value, claim.change])
    places = display_decimals([claim.value, claim.change], scale)
    sign = "−" if claim.direction > 0 else "+"
    previous = claim.value.value - claim.direction * claim.change.value
    numerator = claim.value if claim.kind == "index" else claim.change
    value = numerator.value * 100 / previous if previous else Fraction(0)
    decimals = max(2, claim.percent.numbers[0].decimals + 1)
    relation = "≈" if _holds(consistency, claim) else "≠"
    change = display(claim.change.value, scale, places)
    top = display(numerator.value, scale, places)
    text = (
        f"{top} / ({display(claim.value.value, scale, places)} {sign} {change}) × 100 = "
        f"{percent_text(value, decimals)} {relation} {printed(claim.percent)}%"
    )
    return Message.same(text)


def _holds(consistency: Consistency, claim: PercentClaim) -> bool:
    env = consistency.env
    for statement in consistency.statements:
        if claim in statement.claims and statement.family in ("ratio", "change"):
            return statement.holds(env)
    return True


def required_text(suspect: Suspect, quantity: Quantity) -> str:
    """The value a figure would need, written at its printed precision."""
    figure = figure_of(quantity)
    assert suspect.required is not None
    point = suspect.point if suspect.point is not None else suspect.required.mid
    target = point / figure.scale
    decimals = figure.decimals
    while decimals < 4:
        candidate = round_half_up(target, decimals) * figure.scale
        if suspect.required.contains(candidate) or Interval(
            candidate - Fraction(1, 2 * 10**decimals) * figure.scale,
            candidate + Fraction(1, 2 * 10**decimals) * figure.scale,
        ).intersects(suspect.required):
            break
        decimals += 1
    return format_vi(round_half_up(target, decimals), decimals)


def suspect_text(
    suspect: Suspect, consistency: Consistency, labels: Mapping[Any, str], hedged: bool = False
) -> Message:
    """The correction of one suspect; ``hedged``: said as likely, not certain ("probably")."""
    hedge = Message.of("probably ") if hedged else Message.same("")
    quantity = consistency.quantities[suspect.key]  # type: ignore[index]
    label = labels.get(suspect.key)
    name = f"{label}: " if label else ""
    old = printed(quantity)
    variant: Variant | None = suspect.best_variant
    percent = "%" if figure_of(quantity).percent else ""
    if percent and suspect.required is not None:
        variant = None  # a percentage is recomputed, not retyped: show the computed value
    if variant is not None:
        kind = _KIND_WORDS[variant.kind]
        new = variant.text + percent
        scale_note = _scale_word(variant, quantity)
        return Message.of(
            "{hedge}{name}{old}{percent} → {new}{scale_note} ({kind})",
            hedge=hedge,
            name=name,
            old=old,
            percent=percent,
            new=new,
            scale_note=scale_note,
            kind=kind,
        )
    if suspect.required is None:
        return Message.of(
            "{hedge}{name}{old}{percent}", hedge=hedge, name=name, old=old, percent=percent
        )
    new = required_text(suspect, quantity) + percent
    if hedged:
        return Message.of(
            "{name}{old}{percent} should probably be {new}",
            name=name,
            old=old,
            percent=percent,
            new=new,
        )
    return Message.of(
        "{name}{old}{percent} should be {new}", name=name, old=old, percent=percent, new=new
    )


def _scale_word(variant: Variant, quantity: Quantity) -> str:
    if variant.kind != "scale":
        return ""
    names = {Fraction(10**3): "nghìn", Fraction(10**6): "triệu", Fraction(10**9): "tỷ"}
    unit = "đồng" if quantity.unit == "đồng" else (quantity.unit or "")
    return f" {names.get(variant.figure.scale, '')} {unit}".rstrip()


def suggestion(
    localisation: Localisation,
    consistency: Consistency,
    labels: dict[tuple[int, int], str] | None = None,
    limit: int = 4,
) -> Message | None:
    """What to correct: the best suspect, or the equally good alternatives."""
    labels = labels or {}
    if not localisation.suspects:
        return None
    if localisation.best is not None:
        text = suspect_text(localisation.best, consistency, labels, hedged=True)
        repaired = localisation.best.repairs
        extra = (
            Message.of(" (repairs all {repaired} relations)", repaired=repaired)
            if repaired > 1
            else Message.same("")
        )
        return Message.of("{text}{extra}", text=text, extra=extra)
    top = [s for s in localisation.suspects if _same_merit(s, localisation.suspects[0])][:limit]
    alternatives = [suspect_text(s, consistency, labels) for s in top]
    one_of = Message.joined("; ", alternatives)
    return Message.of("cannot tell which figure is wrong; one of: {one_of}", one_of=one_of)


def _same_merit(a: Suspect, b: Suspect) -> bool:
    return a.repairs == b.repairs and (a.best_variant is None) == (b.best_variant is None)


def primary(statement: Statement, localisation: Localisation, fallback: Quantity) -> Quantity:
    """The figure to underline: the localised one when it is part of this statement."""
    best = localisation.best
    if best is not None:
        for quantity in statement.quantities:
            if key_of(quantity) == best.key:
                return quantity
    return fallback


def part_labels(statement: Statement) -> dict[tuple[int, int], str]:
    breakdown = statement.breakdown
    if breakdown is None:
        return {}
    labels = {key_of(breakdown.total): "tổng"}
    for part, label in zip(breakdown.parts, breakdown.labels, strict=False):
        if label and len(label) <= 40:
            labels[key_of(part)] = label
    return labels


@dataclass(frozen=True)
class Explanation:
    """What a violated statement shows besides the rule's message."""

    primary: Span  # the figure to underline
    label: Message | None
    related: list[Related] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    suggestion: Message | None = None
    figures: tuple[str, ...] = ()

    def report(
        self,
        rule: Rule,
        message: Message,
        *,
        severity: Severity | None = None,
        subjects: frozenset[str] = frozenset(),
    ) -> Diagnostic:
        """The rule's finding with this explanation."""
        return rule.report(
            message,
            self.primary,
            label=self.label,
            related=self.related,
            notes=self.notes,
            suggestion=self.suggestion,
            severity=severity,
            figures=self.figures,
            subjects=subjects,
        )


def probably(text: str | None) -> Message | None:
    """The suggestion "probably X" (None without an X)."""
    if text is None:
        return None
    return Message.of("probably {text}", text=text)


def sum_text(statement: TableStatement) -> str:
    """A table sum's computed value, written with the stated cell's decimals and with thousands
    dots when one of its cells has them."""
    grouped = any("." in cell.block.text for cell in statement.cells)
    return format_vi(statement.computed.mid, statement.stated.decimals, group=grouped)


def explain_cells(
    statement: TableStatement,
    *,
    label: Message,
    stated_role: Message,
    roles: Message | Sequence[Message],
    blamed: Cell | None = None,
    blamed_label: Message | None = None,
    notes: Sequence[Message] = (),
    suggest: str | None = None,
) -> Explanation:
    """The explanation of a violated table statement.

    The cell to underline is ``blamed`` (the localiser's culprit, see
    :func:`lint.relations.tables.culprit`), else the stated cell; it is labelled
    ``blamed_label`` when it is another cell than the stated one (if given), else ``label``.
    Every other cell of the statement is related, in the statement's order: the stated cell as
    ``stated_role``, the operands as ``roles`` (one for all, or one each).  ``suggest``:
    "blamed" proposes the culprit's corrected value, "primary" the underlined cell's, None
    nothing.
    """
    primary = blamed if blamed is not None else statement.stated
    operand_roles = [roles] * len(statement.operands) if isinstance(roles, Message) else roles
    related = [
        Related(cell.span, role)
        for cell, role in zip(statement.cells, (stated_role, *operand_roles), strict=True)
        if cell is not primary
    ]
    shown = label
    if blamed_label is not None and primary is not statement.stated:
        shown = blamed_label
    corrected = {"blamed": blamed, "primary": primary, None: None}[suggest]
    return Explanation(
        primary.span,
        shown,
        related,
        list(notes),
        probably(statement.correction(corrected)),
        tuple(cell.block.text for cell in statement.cells),
    )


PROBABLY_WRONG = Message.of("probably wrong")


def explain_statement(
    statement: Statement,
    consistency: Consistency,
    span_of: Callable[[Quantity], Span],
    *,
    fallback: Quantity,
    label: Message,
    role: Callable[[Quantity], Message] | Mapping[FigureKey, Message],
    notes: Sequence[Message] = (),
    labels: dict[tuple[int, int], str] | None = None,
    focus: Statement | None = None,
) -> Explanation:
    """The explanation of a violated statement of the prose.

    The statement (or ``focus``, a narrower statement of the same finding) is localised over
    every statement sharing a figure with it (:meth:`Consistency.localise`); the figure to
    underline is the localised one when it is in ``focus``, labelled "probably wrong", else
    ``fallback`` labelled ``label``.  Every other figure of the statement is related with its
    ``role`` (a function, or a mapping by figure key); the suggestion names the corrected figure (by ``labels``, when given) or the
    equally likely ones.
    """
    focus = focus if focus is not None else statement
    if isinstance(role, Mapping):
        role = _by_key(role)
    localisation = consistency.localise(focus)
    target = primary(focus, localisation, fallback)
    return Explanation(
        span_of(target),
        PROBABLY_WRONG if localisation.best is not None else label,
        [Related(span_of(q), role(q)) for q in statement.quantities if q is not target],
        list(notes),
        suggestion(localisation, consistency, labels),
        tuple(printed(q) for q in statement.quantities),
    )


def _by_key(roles: Mapping[FigureKey, Message]) -> Callable[[Quantity], Message]:
    return lambda quantity: roles[key_of(quantity)]


@dataclass(frozen=True)
class ThreeFigureBlame:
    """Who a violated product of three figures (area × yield = production, count × amount =
    total) blames: the primary figure's key, the suggestion, extra notes, related spans."""

    primary: str
    suggestion: Message
    notes: list[Message]
    related: list[Related]


def blamed_role(
    suspect: Suspect | None, quantities: Mapping[str, Quantity]
) -> tuple[str, Suspect] | None:
    """The role of the localised figure among ``quantities`` (keyed by role), with it; None
    when there is none or it is a figure of another statement of the component."""
    if suspect is None:
        return None
    for role, quantity in quantities.items():
        if key_of(quantity) == suspect.key:
            return role, suspect
    return None


def blame_three_figures(
    found: Localisation,
    quantities: Mapping[str, Quantity],
    names: Mapping[str, Message],
    printed: Mapping[str, str],
    fallback: str,
    otherwise: Message,
    number_span: Callable[[Quantity], Span],
) -> ThreeFigureBlame:
    """The figure a typo-shaped correction repairs (``found``'s best suspect, when it is one of
    ``quantities``, keyed by role), named in the suggestion ("the yield 62,5 was probably
    63,2"); without one, ``fallback`` is primary and ``otherwise`` is the suggestion, with
    "cannot tell" when several figures fit alike."""
    blamed = blamed_role(found.best, quantities)
    variant = blamed[1].best_variant if blamed is not None else None
    primary = blamed[0] if blamed is not None else fallback
    notes: list[Message] = []
    if variant is not None:
        advice = Message.of(
            "the {names} {printed} was probably {text}",
            names=names[primary],
            printed=printed[primary],
            text=variant.text,
        )
    else:
        advice = otherwise
        if found.ambiguous:
            notes.append(Message.of("cannot tell which figure is wrong"))
    related = [
        Related(number_span(quantity), names[key])
        for key, quantity in quantities.items()
        if key != primary
    ]
    return ThreeFigureBlame(primary, advice, notes, related)
