"""Names for what a finding is about, shared by the rules that can report the same thing.

Two rules may see one mistake through different relations: the shares of a breakdown that do
not add up (S101) are also percentages that do not match their ratio (P101); a production
typed with a comma for the thousands dot (N102) also breaks area × yield = production (U101).
Each rule names the subjects of its finding with these functions; the engine then reports a
finding once, by the selected rule that takes precedence (:mod:`lint.engine`).  No rule looks
at another rule's findings.
"""

from __future__ import annotations

from lint.numbers.quantity import Quantity
from lint.relations.figures import key_of


def _key(quantity: Quantity) -> str:
    block, start = key_of(quantity)
    return f"{block}:{start}"


def ratio_subject(value: Quantity, base: Quantity) -> str:
    """The share ``value`` ÷ ``base`` (a stated percentage of a total)."""
    return f"ratio:{_key(value)}:{_key(base)}"


def misread_subject(quantity: Quantity) -> str:
    """A figure printed with a comma where the thousands dot belongs."""
    return f"thousands-comma:{_key(quantity)}"
