"""Generated consistent tables raise nothing; one changed cell is caught at that cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.format import format_vi, round_half_up
from lint.ruleset import rule_by_code

RULES = [rule for code in ("T101", "T102", "T103", "T104") if (rule := rule_by_code(code))]


@dataclass
class Node:
    q1: Fraction = Fraction(0)
    q2: Fraction = Fraction(0)
    children: list[Node] = field(default_factory=list)


def leaves(depth: int) -> st.SearchStrategy[Node]:
    value = st.integers(min_value=100, max_value=999_999).map(lambda v: Fraction(v, 100))
    leaf = st.builds(lambda a, b: Node(a, b), value, value)
    if depth == 0:
        return leaf
    inner = st.lists(leaves(depth - 1), min_size=2, max_size=4).map(_parent)
    return st.one_of(leaf, inner)


def _parent(children: list[Node]) -> Node:
    return Node(
        sum((c.q1 for c in children), Fraction(0)),
        sum((c.q2 for c in children), Fraction(0)),
        children,
    )


def render(top: list[Node], decimals: int) -> tuple[str, list[tuple[int, int]]]:
    """Markdown of the table and, for each value cell, (line index, column index)."""
    total = _parent(top)
    lines = [
        "Tỷ đồng",
        "",
        "|   | Quý I năm 2024 | Quý II năm 2024 | Cộng dồn 6 tháng năm 2024 | Cơ cấu (%) 6 tháng năm 2024 |",
        "|---|---:|---:|---:|---:|",
    ]
    cells: list[tuple[int, int]] = []
    counter = iter(range(1, 1000))

    def row(label: str, node: Node, indent: int) -> None:
        six = node.q1 + node.q2
        share = six / (total.q1 + total.q2) * 100
        values = [node.q1, node.q2, six]
        printed = [format_vi(round_half_up(v, decimals), decimals, group=False) for v in values]
        printed.append(format_vi(round_half_up(share, 2), 2, group=False))
        lines.append("| " + " " * indent + label + " | " + " | ".join(printed) + " |")
        cells.extend((len(lines) - 1, column) for column in range(1, 4))
        for child in node.children:
            row(f"Nhóm {next(counter)}", child, indent + 2)

    row("TỔNG SỐ", total, 0)
    return "\n".join(lines) + "\n", cells


def run(text: str) -> list[Diagnostic]:
    return check_text(text, RULES, "bieu.md")


TOP = st.lists(leaves(2), min_size=2, max_size=4)


@settings(max_examples=40, deadline=None)
@given(top=TOP, decimals=st.sampled_from([0, 1]))
def test_consistent_tables_raise_nothing(top: list[Node], decimals: int) -> None:
    text, _ = render(top, decimals)
    assert run(text) == []


@settings(max_examples=40, deadline=None)
@given(top=TOP, decimals=st.sampled_from([0, 1]), pick=st.integers(min_value=0))
def test_one_changed_cell_is_caught_at_that_cell(top: list[Node], decimals: int, pick: int) -> None:
    text, cells = render(top, decimals)
    lines = text.split("\n")
    line, column = cells[pick % len(cells)]
    parts = lines[line].split("|")
    old = parts[column + 1].strip()
    new = "9" + old  # a digit typed in front: far beyond any rounding
    parts[column + 1] = f" {new} "
    lines[line] = "|".join(parts)
    changed = "\n".join(lines)
    start = sum(len(x) + 1 for x in lines[:line]) + lines[line].index(f" {new} ") + 1
    found = run(changed)
    assert found, "the changed cell went unnoticed"
    spans = {(d.span.start, d.span.end) for d in found}
    spans |= {(r.span.start, r.span.end) for d in found for r in d.related}
    assert (start, start + len(new)) in spans
