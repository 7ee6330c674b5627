"""Bounded work: inputs that used to hang or crash are checked, with the same answers.

Each repro of issues 12 and 15 is checked here at a modest size, on its outcome (no timing):
a breakdown of a thousand parts (RecursionError in the arithmetic before), one of 400 parts
(minutes of localisation before), many superscripts in one paragraph, a block longer than the
window limit.  The faster paths are compared with the plain definitions they replace.
"""

from __future__ import annotations

import pickle
import random
import re
from collections.abc import Hashable
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.arithmetic import (
    Add,
    Const,
    Div,
    Equation,
    Expr,
    Figure,
    Mul,
    Sub,
    Sum,
    Var,
    _with_others_fixed,
    localise,
    total_of,
)
from lint.diagnostics import Message
from lint.document import (
    MAX_SENTENCE_CHARS,
    Block,
    BlockKind,
    Document,
    Offsets,
    SourceText,
    Span,
    split_large_blocks,
)
from lint.engine import check_document, check_text
from lint.numbers.interval import Interval
from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.footnotes import find_footnotes
from lint.relations.indicators import (
    _clause_before,
    _is_change,
    _is_rate_of_area,
    find_mentions,
    find_same_indicators,
    indicator_key,
)
from lint.ruleset import rule_by_code

NAMES = ("An", "Bình", "Châu", "Đông", "Hòa", "Khánh", "Lộc", "Minh", "Nam", "Phú", "Sơn", "Tân")


def _name(index: int) -> str:
    return " ".join(NAMES[(index // 12**k) % 12] for k in range(3))


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _breakdown(parts: int, seed: int) -> tuple[str, str]:
    """A breakdown of ``parts`` parts in which one part is mistyped (its tens digit 2 → 9):
    the only figure one digit away from a correct sum (the other parts' tens digits are 3–6
    and the total's is 3 or more, so no other one-digit edit moves a figure by 70)."""
    rng = random.Random(seed)
    values = [rng.randint(30, 69) for _ in range(parts)]
    wrong = parts // 2
    values[wrong] = rng.randint(20, 29)
    while (sum(values) // 10) % 10 < 3:
        values[0] += 10 if values[0] < 60 else -10
    shown = list(values)
    shown[wrong] += 70
    items = "; ".join(f"xã {_name(i)}: {value} hồ sơ" for i, value in enumerate(shown))
    text = f"Tổng số hồ sơ tiếp nhận {_grouped(sum(values))} hồ sơ ({items}).\n"
    return text, f"xã {_name(wrong)}: {shown[wrong]} hồ sơ"


def _check_breakdown(parts: int) -> None:
    text, wrong = _breakdown(parts, seed=parts)
    rule = rule_by_code("S101")
    assert rule is not None
    found = check_text(text, [rule])
    assert [d.code for d in found] == ["S101"]
    finding = found[0]
    start = text.index(wrong) + len(wrong) - len(" hồ sơ") - 2
    assert (finding.span.start, finding.span.end) == (start, start + 2)  # the mistyped part
    assert finding.label == Message("có lẽ sai", "probably wrong")
    assert len(finding.figures) == parts + 1


# The arithmetic and the localisation at these sizes: a sentence of 400 or 1,000 parts is
# longer than the reader analyses as one (MAX_SENTENCE_CHARS), so the limit is lifted here.


def test_a_breakdown_of_a_thousand_parts_is_checked_and_its_wrong_part_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("lint.document.MAX_SENTENCE_CHARS", 10**6)
    _check_breakdown(1000)  # RecursionError in the arithmetic before


def test_a_breakdown_of_400_parts_is_checked_and_its_wrong_part_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("lint.document.MAX_SENTENCE_CHARS", 10**6)
    _check_breakdown(400)  # two minutes of localisation before


def test_localisation_gives_up_beyond_its_candidate_limit() -> None:
    figures = {key: _figure(key, 10) for key in range(1, 8)}
    figures[0] = _figure(0, 71)
    constraint = Equation(Var(0), total_of(range(1, 8)))
    assert localise([constraint], figures).suspects
    capped = localise([constraint], figures, max_candidates=7)
    assert (capped.violated, capped.suspects, capped.best) == ((0,), (), None)


def test_a_long_chain_built_with_plus_is_evaluated_without_recursion() -> None:
    expr: Expr = Var(0)
    for key in range(1, 5000):
        expr = expr + Var(key)
    env = {key: Interval.exact(1) for key in range(5000)}
    assert expr.evaluate(env) == Interval.exact(5000)
    assert len(list(expr.figure_keys())) == 5000
    assert expr.has_key(4999) and not expr.has_key(5000)
    assert Equation(expr, Const(Fraction(5000))).solve(17, env) == Interval.exact(1)


# --- sums as one node: the same answers as the chains of + they replace --------------------


def _figure(key: int, value: int) -> Figure:
    return Figure(key, str(value), 0, exact=True)


def _chain(keys: list[int]) -> Expr:
    expr: Expr = Var(keys[0])
    for key in keys[1:]:
        expr = Add(expr, Var(key))
    return expr


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 9999), min_size=2, max_size=6),
    st.data(),
)
def test_localising_a_sum_finds_the_changed_figure_as_the_chain_did(
    values: list[int], data: st.DataObject
) -> None:
    total = sum(values)
    figures = [_figure(0, total), *(_figure(i + 1, v) for i, v in enumerate(values))]
    changed = data.draw(st.integers(0, len(figures) - 1))
    digits = figures[changed].digits
    position = data.draw(st.integers(0, len(digits) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[position]]))
    if position == 0 and digit == "0" and len(digits) > 1:
        digit = "1" if digits[0] != "1" else "2"
    edited = digits[:position] + digit + digits[position + 1 :]
    figures[changed] = _figure(changed, int(edited))
    table = {figure.key: figure for figure in figures}
    keys = list(range(1, len(figures)))
    summed = localise([Equation(Var(0), total_of(keys))], table)
    chained = localise([Equation(Var(0), _chain(keys))], table)
    assert summed == chained
    assert summed.violated == (0,)
    # the changed figure is among the best suspects, with its original value as a correction
    best = [s for s in summed.suspects if s.repairs == summed.suspects[0].repairs]
    mine = [s for s in best if s.key == changed]
    assert mine
    original = str(total) if changed == 0 else str(values[changed - 1])
    assert any(v.figure.digits == original for v in mine[0].variants) or not mine[0].variants


@st.composite
def _expressions(draw: st.DrawFn, depth: int = 0) -> Expr:
    if depth > 2 or draw(st.integers(0, 2)) == 0:
        if draw(st.integers(0, 5)) == 0:
            return Const(Fraction(draw(st.integers(-50, 50)), draw(st.sampled_from([1, 3, 10]))))
        return Var(draw(st.integers(0, 3)))
    if draw(st.integers(0, 3)) == 0:
        terms = draw(st.lists(_expressions(depth + 1), min_size=1, max_size=4))
        return Sum(tuple(terms))
    operation = draw(st.sampled_from([Add, Sub, Mul, Div]))
    return operation(draw(_expressions(depth + 1)), draw(_expressions(depth + 1)))


_bounds = st.tuples(st.integers(-40, 40), st.integers(0, 20))


def _interval(bounds: tuple[int, int]) -> Interval:
    return Interval(Fraction(bounds[0]), Fraction(bounds[0] + bounds[1]))


@settings(max_examples=300, deadline=None)
@given(_expressions(), _expressions(), st.lists(_bounds, min_size=4, max_size=4), _bounds)
def test_partial_evaluation_of_sums_agrees_with_holds(
    left: Expr, right: Expr, values: list[tuple[int, int]], trial: tuple[int, int]
) -> None:
    env: dict[Hashable, Interval] = {key: _interval(v) for key, v in enumerate(values)}
    constraint = Equation(left, right)
    for key in range(4):
        holds = _with_others_fixed(constraint, key, env)
        assert holds(_interval(trial)) == constraint.holds({**env, key: _interval(trial)})


@settings(max_examples=200, deadline=None)
@given(st.lists(_bounds, min_size=2, max_size=6), _bounds, st.integers(0, 5))
def test_solving_a_sum_for_one_term_matches_the_chain(
    values: list[tuple[int, int]], target: tuple[int, int], key: int
) -> None:
    env: dict[Hashable, Interval] = {k: _interval(v) for k, v in enumerate(values)}
    env["t"] = _interval(target)
    keys = list(range(len(values)))
    key = key % len(values)
    summed = Equation(Var("t"), total_of(keys)).solve(key, env)
    chained = Equation(Var("t"), _chain(keys)).solve(key, env)
    assert summed == chained


# --- superscripts, blocks, offsets, locations ------------------------------------------------


def test_many_superscripts_in_one_paragraph_are_read_as_figures() -> None:
    sentence = "Đã giải quyết 88/98 hồ sơ, đang thụ lý<sup>10</sup> hồ sơ; "
    text = "Kết quả: " + sentence * 300 + "\n"
    document = read_document("r.md", text.encode("utf-8"))
    found = find_footnotes(document, extract(document))
    assert len(found.content) == 300
    assert all(c.pair is not None and c.pair.text == "88/98 hồ sơ" for c in found.content)
    assert found.marks == []


def test_offsets_behave_as_the_list_they_compress() -> None:
    rng = random.Random(7)
    for _ in range(400):
        offsets, plain = Offsets(), []
        for _ in range(rng.randint(0, 8)):
            origin, count, step = rng.randint(0, 30), rng.randint(0, 5), rng.randint(0, 1)
            offsets.add_run(origin, count, step)
            plain.extend(origin + step * k for k in range(count))
        assert offsets == plain and len(offsets) == len(plain)
        assert [offsets[i] for i in range(-len(plain), len(plain))] == plain[-len(plain) :] + plain
        a, b = sorted(rng.randint(-3, len(plain) + 3) for _ in range(2))
        assert offsets[a:b] == plain[a:b]
        if plain:
            assert (offsets.lowest(), offsets.highest()) == (min(plain), max(plain))
        assert pickle.loads(pickle.dumps(offsets)) == plain
        del offsets[a:b]
        del plain[a:b]
        assert offsets == plain


def test_plain_text_costs_one_run_per_block() -> None:
    text = "Tổng thu ngân sách 1.234 tỷ đồng, đạt 95% dự toán.\n\nChi thường xuyên 800 tỷ đồng.\n"
    document = read_document("r.md", text.encode("utf-8"))
    for block in document.blocks:
        assert isinstance(block.starts, Offsets) and len(list(block.starts.runs())) == 1
        assert text[block.whole_span.start : block.whole_span.end] == block.text


def _locations_document(extents: list[tuple[int, int]]) -> Document:
    blocks = []
    for index, (start, stop) in enumerate(extents):
        block = Block(
            BlockKind.PARAGRAPH,
            "x" * (stop - start),
            Offsets.copied(start, stop),
            Offsets.copied(start + 1, stop + 1),
            index=index,
        )
        block.location = Message(f"đoạn {index}", f"paragraph {index}")
        blocks.append(block)
    return Document(SourceText("r.docx", ""), "docx", blocks)


def test_locations_of_spans_are_those_of_a_scan_over_the_blocks() -> None:
    rng = random.Random(3)
    for overlapping in (False, True):
        extents, position = [], 0
        for _ in range(300):
            position += rng.randint(0, 3)
            length = rng.randint(1, 6)
            extents.append((position, position + length))
            position += length if not overlapping else rng.randint(-3, length)
            position = max(position, 0)
        document = _locations_document(extents)
        for _ in range(500):
            start = rng.randint(0, position + 2)
            span = Span(start, start + rng.randint(0, 1))
            assert document.location_of(span) == document._location_by_scan(span)


def test_a_block_longer_than_the_limit_is_checked_in_windows() -> None:
    sentences = []
    for index in range(60):
        parts = (index + 10, index + 20, index + 30)
        total = sum(parts) + (1 if index == 41 else 0)
        sentences.append(
            f"Xã {_name(index)} tiếp nhận {total} hồ sơ (đúng hạn {parts[0]} hồ sơ, "
            f"trước hạn {parts[1]} hồ sơ, quá hạn {parts[2]} hồ sơ)."
        )
    text = "Kết quả giải quyết hồ sơ: " + " ".join(sentences) + "\n"
    rule = rule_by_code("S101")
    assert rule is not None
    whole = check_document(read_document("r.md", text.encode("utf-8")), [rule])
    document = split_large_blocks(read_document("r.md", text.encode("utf-8")), limit=1000)
    assert len(document.blocks) > len(text) // 1000
    assert all(len(block.text) <= 1000 for block in document.blocks)
    assert [block.index for block in document.blocks] == list(range(len(document.blocks)))
    for block in document.blocks:  # every window still maps onto the original text
        span = block.whole_span
        assert re.sub(" +", " ", text[span.start : span.end]) == block.text
    windowed = check_document(document, [rule])
    assert [(d.code, d.span) for d in windowed] == [(d.code, d.span) for d in whole]
    assert len(whole) == 1


def test_a_block_holding_a_sentence_longer_than_the_limit_is_cut_at_that_size() -> None:
    # twelve kilobytes with no full stop: no prose, cut into windows of the sentence limit
    run = "Có 02 xã gồm: Tân An, Bình Minh; " * 400
    document = read_document("r.md", run.encode("utf-8"))
    assert len(document.blocks) >= len(run) // MAX_SENTENCE_CHARS
    assert all(len(block.text) <= MAX_SENTENCE_CHARS for block in document.blocks)
    # as long a paragraph of sentences of ordinary length is read whole
    prose = "Xã Tân An có 1.250 hộ, tăng 12 hộ so với năm trước. " * 240
    document = read_document("r.md", prose.encode("utf-8"))
    assert len(prose) > 3 * MAX_SENTENCE_CHARS
    assert len(document.blocks) == 1


# --- clause reading and same-indicator pairs: the plain definitions ---------------------------


def _clause_before_by_slicing(text: str, floor: int, start: int) -> str:
    piece = text[floor:start]
    cut = 0
    for match in re.finditer(r"[.;:](?!\d)", piece):
        cut = match.end()
    return piece[cut:]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1.;: ", max_size=40), st.data())
def test_clause_before_is_the_text_after_the_last_sentence_mark(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, start))
    assert _clause_before(text, floor, start) == _clause_before_by_slicing(text, floor, start)


def test_same_indicator_pairs_are_those_of_comparing_every_two_mentions() -> None:
    lines = ["# I. KẾT QUẢ", ""]
    for index in range(12):
        lines += [f"Tỷ lệ hộ nghèo {index % 3 + 2},{index % 2}%.", ""]
        if index == 5:
            lines += ["# II. TIẾP THEO", ""]
        lines += [f"Đàn trâu {180 + index % 4} con.<sup>{index + 1}</sup>", ""]
    for index in range(12):
        lines += [f"[^{index + 1}]: Đàn trâu {181 + index % 3} con.", ""]
    text = "\n".join(lines)
    document = read_document("r.md", text.encode("utf-8"))
    extraction = extract(document)
    mentions = find_mentions(document, extraction)
    achieved = [
        m
        for m in mentions
        if not m.planned and m.self_contained and len(m.key) >= 3 and not _is_change(m)
    ]
    expected = [
        (a, b)
        for i, a in enumerate(achieved)
        for b in achieved[i + 1 :]
        if a.key == b.key
        and indicator_key(a.after) == indicator_key(b.after)
        and a.quantity.kind is b.quantity.kind
        and a.quantity.unit == b.quantity.unit
        and a.quantity.block != b.quantity.block
        and (a.in_footnote != b.in_footnote or (_is_rate_of_area(a) and a.part != b.part))
    ]
    found = find_same_indicators(document, extraction, mentions)
    assert [(s.first, s.second) for s in found] == expected
    assert len(expected) > 20


# A run of letters repeated with an optional separator ("(?:\s*[^\W\d]+)*", "(?:[^\W\d]+\s*){1,8}")
# can split one long word in exponentially many ways when what follows fails: a 26-letter word
# after "20 hộ" in "(40 triệu đồng/20 hộ …" took 6 s, and each letter more doubles it.  Each
# such run ends at a word's end ("(?![^\W\d])"), so one word is read one way only.
_SPLITTABLE_WORDS = re.compile(
    r"\(\?:(?:\\s\*|\[\\s,\]\*)?\[\^\\W\\d[^\]]*\]\+(?:\\s\*|\[\\s,\]\*)?\)(?:\*|\+|\{\d*,\d+\})"
)


def _library_patterns() -> dict[str, str]:
    import importlib
    import pkgutil

    import lint

    patterns = {}
    for info in pkgutil.walk_packages(lint.__path__, "lint."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                patterns[f"{info.name}.{name}"] = value.pattern
    return patterns


def test_no_pattern_reads_one_word_as_several() -> None:
    patterns = _library_patterns()
    assert len(patterns) > 300
    assert _SPLITTABLE_WORDS.search(r"(?:\s*[^\W\d()]+)*\s*\)")  # the guard sees the old form
    assert _SPLITTABLE_WORDS.search(r"(?:[^\W\d]+[\s,]*){1,8}:")
    splittable = {name: p for name, p in patterns.items() if _SPLITTABLE_WORDS.search(p)}
    assert splittable == {}


def test_long_words_where_cues_are_read_are_checked_promptly() -> None:
    import subprocess
    import sys

    word = "a" * 48  # 2**48 ways to split it: the run would not end
    text = (
        f"Tổng số hộ là 120 hộ. {word}{word} 5 hộ, còn: {word} 7 hộ.\n\n"
        f"Thu nhập bình quân 2 triệu đồng/hộ (40 triệu đồng/20 hộ {word} khác 5 người.\n\n"
        f"Hỗ trợ 40 hộ {word} 2 triệu đồng, tổng cộng 80 triệu đồng.\n\n"
        f"Có 412 người {word} giảm 26 người so với năm trước.\n"
    )
    program = (
        "import sys; from lint.engine import check_text; from lint.ruleset import all_rules; "
        "check_text(sys.stdin.read(), list(all_rules()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], input=text, text=True, timeout=120, check=False
    )
    assert done.returncode == 0
