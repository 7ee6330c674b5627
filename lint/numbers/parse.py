"""Parse one figure phrase with the Lark grammar (``grammar/numbers.lark``).

The grammar is compiled once per process (and its LALR tables cached on disk by Lark);
:func:`parse_phrase` returns a :class:`Phrase` describing the structure, or ``None`` when the
text at that position is not a figure phrase.  Trees are kept by *shape* (the phrase with its
free digits written as 0) in memory and in the phrase-shape memo on disk
(:mod:`lint.numbers.shape_memo`), so Lark is imported only when a run meets a new shape.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from lint.numbers.fraction import Fraction
from lint.numbers.quantity import NumberLiteral
from lint.numbers.shape_memo import (
    ShapeChild,
    ShapeMemo,
    ShapeNode,
    ShapeToken,
    memo_key,
    memo_path,
)
from lint.numbers.units import CURRENCIES, MEASURES, SCALES
from lint.resources import data_dir

if TYPE_CHECKING:
    from lark import Lark, Token, Tree


@cache
def grammar_text() -> str:
    return (data_dir("grammar") / "numbers.lark").read_text(encoding="utf-8")


@cache
def words_grammar_text() -> str:
    """The grammar of numbers written in words (read by :mod:`lint.numbers.words`)."""
    return (data_dir("grammar") / "number_words.lark").read_text(encoding="utf-8")


@cache
def number_parser() -> Lark:
    from lark import Lark

    return Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        cache=True,
    )


@cache
def shape_memo() -> ShapeMemo:
    # one memo for both grammars: words.py keeps its phrases there under their own prefix
    return ShapeMemo(memo_key(grammar_text() + words_grammar_text()), memo_path())


class Magnitude(NamedTuple):
    """A number or a compound amount: ``[(2.506, "tỷ"), (437, "triệu")]``.

    Made by :func:`magnitude_of`, which works out ``numbers``, ``has_scale`` and ``value`` once:
    the scanner asks for them several times for every figure.  The parser's own records
    (magnitude, unit phrase, phrase) are named tuples: several are made for every figure, and a
    tuple is made several times faster than a frozen dataclass.
    """

    components: tuple[tuple[NumberLiteral, str | None], ...]
    numbers: tuple[NumberLiteral, ...]
    has_scale: bool
    value: Fraction

    @property
    def last_scale(self) -> Fraction:
        word = self.components[-1][1]
        return SCALES[word] if word else Fraction(1)

    def ulp(self) -> Fraction:
        last, scale = self.components[-1]
        return _ulp(last.decimals, scale)


def magnitude_of(components: tuple[tuple[NumberLiteral, str | None], ...]) -> Magnitude:
    numbers = tuple(number for number, _ in components)
    has_scale = any(scale for _, scale in components)
    if not has_scale and len(components) == 1:
        value = numbers[0].value
    else:
        value = sum((n.value * (SCALES[s] if s else 1) for n, s in components), Fraction(0))
    return Magnitude(components, numbers, has_scale, value)


@lru_cache(maxsize=256)
def _ulp(decimals: int, scale: str | None) -> Fraction:
    """One unit of the last printed digit, times the scale word after it."""
    return Fraction(1, 10**decimals) * (SCALES[scale] if scale else 1)


class UnitPhrase(NamedTuple):
    base: str
    scale: str | None  # a scale word inside the unit ("triệu đồng/ha" keeps it on the number)
    per: tuple[str, ...] = ()
    end: int = 0
    counted: tuple[Magnitude, str] | None = None  # "21 vụ/9 đối tượng": (9, "đối tượng")
    base_end: int = 0  # end of the base unit word


class Phrase(NamedTuple):
    form: str  # percent | permille | measure | slashed | counted_pair | code | dashed | time
    end: int  # end of the phrase in the window
    magnitudes: tuple[Magnitude, ...] = ()
    unit: UnitPhrase | None = None
    units: tuple[str, ...] = ()  # counted_pair: the two count nouns
    sign: str | None = None
    flags: frozenset[str] = frozenset()
    # slashed: each side printed with its own scale and unit ("3.245 tỷ đồng/4.800 tỷ đồng")
    both_units: bool = False


def parse_phrase(window: str, offset: int = 0) -> Phrase | None:
    """Parse the figure phrase at the start of ``window`` (positions relative to it; the
    printed numbers are placed at ``offset`` plus their position, so that a scanner can give
    the window's place in its block and use them as they are).

    When the phrase is followed by something the grammar could have continued with (" - " after
    a date), the parse is retried on the window cut where it failed.

    Lark sees only the part of the window its terminals can reach (:func:`phrase_prefix`), with
    every free-standing digit written as ``0``: the grammar's terminals see digits only as
    ``\\d``, so "2.506 tỷ" and "1.200 tỷ" have the same parse tree, which is computed once and
    cached; values and texts are then read from the window itself.
    """
    reach = phrase_prefix().match(window)
    cut = reach.end() if reach else 0
    if cut == 0:
        return None
    tree = shape_memo().get(shape_of(window[:cut]), _parse_shape, _usable)
    if tree is None:
        return None
    return _phrase(tree, window, offset)


@lru_cache(maxsize=1024)
def unit_phrase(words: str) -> Phrase | None:
    """How the grammar reads ``words`` after a figure: the phrase of "1 <words>" (its unit,
    its scale), for words met outside a figure (a table header, a unit line, a noun)."""
    return parse_phrase("1 " + words.strip())


def names_unit(words: str) -> bool:
    """``words`` open with a unit or a scale of the grammar ("hộ", "triệu đồng", "nghìn")."""
    phrase = unit_phrase(words)
    return phrase is not None and (
        phrase.unit is not None or any(magnitude.has_scale for magnitude in phrase.magnitudes)
    )


def _usable(tree: ShapeNode, shape: str) -> bool:
    """Whether a tree read from the memo on disk reads its own shape without failing."""
    try:
        _phrase(tree, shape)
    except Exception:  # any failure means the entry cannot be used
        return False
    return True


def clear_phrase_cache() -> None:
    """Forget every phrase parse of this process, the memo read from disk included
    (benchmarks measure one report on its own with it)."""
    shape_memo().clear()
    unit_phrase.cache_clear()


# Digit runs not glued to a letter ("m2", "km2" keep theirs: they are units).
_FREE_DIGITS = re.compile(r"(?<![^\W\d_])\d+")
_GLUED_DIGIT = re.compile(r"[^\W\d_]\d")
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


def shape_of(reach: str) -> str:
    """The reach with every free-standing digit written as 0 (the key of the parse)."""
    if _GLUED_DIGIT.search(reach) is None:  # the usual case: every digit run is free
        return reach.translate(_DIGITS_TO_ZERO)
    return _FREE_DIGITS.sub(_zeros, reach)


def _zeros(match: re.Match[str]) -> str:
    return "0" * len(match.group(0))


@cache
def phrase_prefix() -> re.Pattern[str]:
    """The longest prefix of a text made of the grammar's own terminals (REST excluded).

    Built from the compiled grammar, in the order of Lark's lexer (priority, then width), so
    the text after it can only ever be the REST of the phrase; kept in the shape memo.
    """
    memo = shape_memo()
    if memo.prefix is not None:
        try:
            return re.compile(memo.prefix)
        except re.error:  # a damaged memo: build it again
            pass
    memo.learn_prefix(reach_pattern())
    return re.compile(reach_pattern())


def reach_pattern() -> str:
    terminals = [t for t in number_parser().terminals if t.name != "REST"]
    terminals.sort(key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    return "(?:" + "|".join(t.pattern.to_regexp() for t in terminals) + ")*"


def _parse_shape(window: str) -> ShapeNode | None:
    """Lark's parse of one shape, in the plain form of the memo."""
    from lark import Token
    from lark.exceptions import LarkError, UnexpectedInput

    for _ in range(3):
        try:
            tree = number_parser().parse(window)
            break
        except UnexpectedInput as error:
            cut = getattr(error, "pos_in_stream", None)
            if not cut or cut >= len(window):
                return None
            window = window[:cut]
        except LarkError:
            return None
    else:
        return None
    phrase = tree.children[0]
    if isinstance(phrase, Token):  # only REST
        return None
    return plain_tree(phrase)


def plain_tree(tree: Tree[Token]) -> ShapeNode:
    """A Lark tree in the plain form of the memo (names and positions; texts stay in the
    phrase)."""
    from lark import Token

    children: list[ShapeChild] = []
    for child in tree.children:
        if isinstance(child, Token):
            start = child.start_pos or 0
            children.append(ShapeToken(child.type, start, child.end_pos or start))
        else:
            children.append(plain_tree(child))
    meta = tree.meta
    start = 0 if meta.empty else meta.start_pos
    end = start if meta.empty else meta.end_pos
    return ShapeNode(str(tree.data), start, end, tuple(children))


def _tokens(node: ShapeNode) -> list[ShapeToken]:
    found: list[ShapeToken] = []
    for child in node.children:
        if isinstance(child, ShapeToken):
            found.append(child)
        else:
            found.extend(_tokens(child))
    return found


def _phrase(tree: ShapeNode, window: str, offset: int = 0) -> Phrase | None:
    form = tree.data
    sign: str | None = None
    magnitudes: list[Magnitude] = []
    unit: UnitPhrase | None = None
    units: list[str] = []
    end = 0
    for child in tree.children:
        if isinstance(child, ShapeToken):
            if child.type == "SIGN":
                sign = window[child.start : child.end]
            elif child.type == "UNIT":
                units.append(window[child.start : child.end])
            end = max(end, child.end)
        elif child.data == "magnitude":
            magnitudes.append(_magnitude(child, window, offset))
            end = max(end, child.end)
        elif child.data == "unit":
            unit = _unit(child, window, offset)
            end = max(end, unit.end)
        elif child.data in ("vn_number", "dot_decimal", "spaced_number", "comma_grouped"):
            magnitudes.append(magnitude_of(((_number(child, window, offset), None),)))
            end = max(end, child.end)
    if form == "time":
        end = max(token.end for token in _tokens(tree))
    both_units = False
    if form == "measure" and unit is not None and unit.counted is not None:
        second, noun = unit.counted
        if _same_unit(unit.base, noun):  # "120 ha/150 ha", "3.245 tỷ đồng/4.800 tỷ đồng"
            magnitudes.append(second)
            form, unit, both_units = "slashed", unit._replace(counted=None), True
        elif noun in CURRENCIES:  # "1 USD/23.000 đồng": the phrase is the first amount only
            unit = UnitPhrase(unit.base, unit.scale, (), unit.base_end)
            end = unit.end
        else:
            magnitudes.append(second)
            units = [unit.base, noun]
            form, unit = "counted_pair", None
    flags = frozenset(f for m in magnitudes for n in m.numbers for f in n.flags)
    if "split-number" in flags and not _closes_split(magnitudes, unit):
        return None  # "9. 126 hộ" is a sentence end followed by a count, not "9.126"
    return Phrase(form, end, tuple(magnitudes), unit, tuple(units), sign, flags, both_units)


def _same_unit(first: str, second: str) -> bool:
    """Whether two printed units are one currency or one measure (a count noun on both sides
    stays a counted pair: "86 hộ/100 hộ")."""
    if first in CURRENCIES:
        return CURRENCIES[first] == CURRENCIES.get(second)
    return first in MEASURES and MEASURES[first] == MEASURES.get(second)


def _closes_split(magnitudes: list[Magnitude], unit: UnitPhrase | None) -> bool:
    """A number split by a space is accepted only before a scale word, currency or measure."""
    if any(m.has_scale for m in magnitudes):
        return True
    return unit is not None and (unit.base in CURRENCIES or unit.base in MEASURES)


def _magnitude(tree: ShapeNode, window: str, offset: int = 0) -> Magnitude:
    components: list[tuple[NumberLiteral, str | None]] = []
    for child in tree.children:
        if isinstance(child, ShapeToken):  # SCALE
            number, _ = components[-1]
            components[-1] = (number, window[child.start : child.end])
        else:
            components.append((_number(child, window, offset), None))
    return magnitude_of(tuple(components))


def _number(tree: ShapeNode, window: str, offset: int = 0) -> NumberLiteral:
    tokens = [t for t in tree.children if isinstance(t, ShapeToken)]
    start = tokens[0].start
    end = tokens[-1].end
    # the tokens' own text (the grammar ignores a space between them: "34 .1")
    text = "".join(window[t.start : t.end] for t in tokens)
    value, decimals, flags = _literal(text, str(tree.data))
    return NumberLiteral(text, value, decimals, start + offset, end + offset, flags)


@lru_cache(maxsize=16384)
def _literal(text: str, form: str) -> tuple[Fraction, int, frozenset[str]]:
    """Value, decimals and flags of one printed number (``form``: its grammar rule)."""
    flags: set[str] = set()
    if form == "dot_decimal":
        integer, fraction = text.split(".")
        flags.add("dot-decimal")
    elif form == "vn_number" and re.fullmatch(r"0\.\d{3}", text):
        # "0.700 triệu": a thousands group after a lone 0 is impossible; a decimal point
        integer, fraction = text.split(".")
        flags.add("dot-decimal")
    elif form == "comma_grouped":  # "2,345,678" / "1,234,567.5": English style, read so
        integer, _, fraction = text.partition(".")
        integer = integer.replace(",", "")
        flags.add("comma-thousands")
    else:
        if form == "spaced_number":
            flags.add("split-number")
        digits = text.replace(" ", "")
        integer, _, fraction = digits.partition(",")
        if "." in integer:
            flags.add("grouped")
        integer = integer.replace(".", "")
        if fraction and len(fraction) == 3 and "." not in text:
            flags.add("three-digit-decimal")
        if fraction:
            flags.add("decimal-comma")
    if len(integer) > 1 and integer.startswith("0"):
        flags.add("leading-zero")
    value = Fraction(int(integer + fraction), 10 ** len(fraction))
    return value, len(fraction), frozenset(flags)


def _unit(tree: ShapeNode, window: str, offset: int = 0) -> UnitPhrase:
    base = ""
    scale: str | None = None
    per: list[str] = []
    counted: tuple[Magnitude, str] | None = None
    end = base_end = tree.end
    for child in tree.children:
        if isinstance(child, ShapeToken):
            base, base_end = window[child.start : child.end], child.end
            continue
        # per_unit
        inner = [c for c in child.children if not (isinstance(c, ShapeToken) and c.type == "SLASH")]
        first, last = inner[0], inner[-1]
        if len(inner) == 2 and isinstance(first, ShapeNode) and first.data == "magnitude":
            magnitude, noun = _magnitude(first, window, offset), window[last.start : last.end]
            if isinstance(last, ShapeToken) and last.type in ("UNIT", "CURRENCY") and not per:
                counted = (magnitude, noun)
                continue
            per.append(f"{magnitude.numbers[0].text} {noun}")
        else:
            per.append(" ".join(window[c.start : c.end] for c in inner))
    return UnitPhrase(base, scale, tuple(per), end, counted, base_end)
