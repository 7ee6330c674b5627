"""Numbers written in Vietnamese words, read with ``grammar/number_words.lark`` and written back.

:func:`parse_words` reads "Ba nghìn bảy trăm chín mươi tỷ đồng" at the start of a text as
3.790.000.000.000 (with where the words and their endings stop); :func:`number_words` writes
an integer the way a budget document spells it ("một nghìn không trăm linh năm").  Parses go
through the phrase-shape memo of :mod:`lint.numbers.parse` under their own prefix, so a run that
meets only known phrases never imports Lark.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from lint.numbers.parse import plain_tree, shape_memo, words_grammar_text
from lint.numbers.shape_memo import ShapeNode, ShapeToken

if TYPE_CHECKING:
    from lark import Lark

# The run of number words (and endings) at a position: what the parser may read.  The grammar
# decides the structure; this only bounds the text handed to it (and keys the memo).
_WORD = (
    r"(?:không|một|mốt|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|tư|lăm|nhăm|mười|mươi|trăm|linh|"
    r"lẻ|nghìn|ngàn|triệu|tỷ|tỉ|đồng|chẵn)(?!\w)|\./\."
)
_REACH = re.compile(rf"(?:(?:{_WORD})[ ]*)+")
WORD_START = re.compile(rf"(?<![\w])(?:{_WORD})", re.IGNORECASE)
_MEMO_PREFIX = "words\x00"

_DIGITS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_TOKEN_VALUES = {"ZERO": 0, "ONE": 1, "ONE_AFTER_TENS": 1, "FIVE": 5, "FOUR_AFTER_TENS": 4}
_TOKEN_VALUES["FIVE_AFTER_TENS"] = 5
_SCALE_VALUES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}


class WordsPhrase(NamedTuple):
    """Number words at the start of a text: value, where the words end, where the endings
    ("đồng", "chẵn", "./.") end, and whether the currency was written."""

    value: int
    words_end: int
    end: int
    currency: bool
    scaled: bool  # a scale word (nghìn, triệu, tỷ) was written


@cache
def words_parser() -> Lark:
    from lark import Lark

    return Lark(
        words_grammar_text(),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        cache=True,
    )


def words_reach(text: str, start: int = 0) -> int:
    """Where the run of number words at ``start`` ends (``start`` when there is none): the
    words the grammar may read stop there or earlier."""
    reach = _REACH.match(text.lower(), start)
    return start + len(reach.group(0).rstrip(" ")) if reach else start


def parse_words(text: str) -> WordsPhrase | None:
    """The number words at the start of ``text`` (any case), or ``None``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    reach = _REACH.match(lowered)
    if reach is None:
        return None
    shape = reach.group(0).rstrip(" ")
    tree = shape_memo().get(_MEMO_PREFIX + shape, _parse_shape, _usable)
    if tree is None:
        return None
    return read_tree(tree, shape)


def _usable(tree: ShapeNode, key: str) -> bool:
    try:
        read_tree(tree, key[len(_MEMO_PREFIX) :])
    except Exception:  # a damaged memo entry: parse again
        return False
    return True


def _parse_shape(key: str) -> ShapeNode | None:
    from lark import Token
    from lark.exceptions import LarkError, UnexpectedInput

    window = key[len(_MEMO_PREFIX) :]
    for _ in range(4):
        try:
            tree = words_parser().parse(window)
            break
        except UnexpectedInput as error:
            cut = getattr(error, "pos_in_stream", None)
            if not cut or cut >= len(window):
                return None
            window = window[:cut].rstrip(" ")
        except LarkError:
            return None
    else:
        return None
    amount = tree.children[0]
    if isinstance(amount, Token):
        return None
    return plain_tree(amount)


def read_tree(amount: ShapeNode, text: str) -> WordsPhrase | None:
    """The value of an ``amount_words`` tree over ``text`` (``None`` when it is not a number:
    "một mươi", "không mươi")."""
    words = amount.children[0]
    if not isinstance(words, ShapeNode):
        return None
    # A scale word multiplies the group before it and every section of a smaller scale written
    # before that ("ba nghìn bảy trăm chín mươi tỷ" = 3.790 × 10⁹).  Right after another scale
    # word the two are one scale, their product ("triệu triệu", "nghìn tỷ", "nghìn triệu"): it
    # takes everything smaller than that product ("hai triệu ba nghìn tỷ" = 2.003.000 × 10⁹).
    sections: list[tuple[int, int]] = []  # (value, scale) written so far
    pending = 0
    scaled = False
    previous: int | None = None  # the scale word just before, if the last word was one
    for child in words.children:
        if isinstance(child, ShapeToken):  # SCALE_WORD
            word = _SCALE_VALUES[text[child.start : child.end]]
            scaled = True
            last = sections.pop() if previous is not None else None
            threshold = word * (previous or 1)
            taken = [(v, s) for v, s in sections if s < threshold]
            sections = [(v, s) for v, s in sections if s >= threshold]
            if last is not None:
                taken.append(last)
            inner = max((s for _, s in taken), default=1)
            sections.append(((pending + sum(v for v, _ in taken)) * word, word * inner))
            pending = 0
            previous = word
            continue
        group = _group(child, text)
        if group is None:
            return None
        pending = group
        previous = None
    value = sum(v for v, _ in sections) + pending
    endings = [c for c in amount.children[1:] if isinstance(c, ShapeToken)]
    end = max([words.end, *(e.end for e in endings)])
    currency = any(e.type == "CURRENCY" for e in endings)
    return WordsPhrase(value, words.end, end, currency, scaled)


def _group(node: ShapeNode, text: str) -> int | None:
    kind = node.data
    if kind == "digit":
        return _value(node, text)
    if kind == "tens":
        first = node.children[0]
        if isinstance(first, ShapeToken):  # "mười …"
            tens = 10
        else:
            digit = _value(first, text)
            if digit < 2:
                return None  # "một mươi", "không mươi"
            tens = digit * 10
        rest = node.children[-1]
        return tens + (_value(rest, text) if isinstance(rest, ShapeNode) else 0)
    if kind == "hundreds":
        first = node.children[0]
        hundreds = _value(first, text) * 100 if isinstance(first, ShapeNode) else 0
        last = node.children[-1]
        if isinstance(last, ShapeNode) and last.data == "tens":
            below = _group(last, text)
            return None if below is None else hundreds + below
        if isinstance(last, ShapeNode):  # after "linh"
            return hundreds + _value(last, text)
        return hundreds
    return None


def _value(node: ShapeNode | ShapeToken, text: str) -> int:
    """The value of one digit word (a ``digit``/``after_*`` node or its token)."""
    token = node
    while isinstance(token, ShapeNode):
        token = token.children[0]
    if token.type == "DIGIT":
        return _DIGITS[text[token.start : token.end]]
    return _TOKEN_VALUES[token.type]


# ---------------------------------------------------------------------------------------------
# Writing numbers in words

_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def number_words(value: int) -> str:
    """``value`` (≥ 0) in words, as budget documents spell it: "một trăm linh năm",
    "ba mươi tư", "mười lăm triệu năm trăm nghìn", "ba nghìn bảy trăm chín mươi tỷ",
    "một nghìn không trăm linh năm" (an inner group keeps its empty places)."""
    if value < 0:
        raise ValueError("negative amount")
    if value == 0:
        return "không"
    return _words(value, leading=True)


def _words(value: int, leading: bool) -> str:
    billions, rest = divmod(value, 10**9)
    parts: list[str] = []
    if billions:
        parts.append(_words(billions, leading) + " tỷ")
        leading = False
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, rest = divmod(rest, scale)
        if group:
            parts.append((_group_words(group, leading) + " " + name).strip())
            leading = False
    return " ".join(parts)


def _group_words(value: int, leading: bool) -> str:
    """One group below a thousand; an inner group writes its empty hundreds ("không trăm")."""
    hundreds, rest = divmod(value, 100)
    if leading and not hundreds:
        return _tens_words(rest)
    words = f"{_UNITS[hundreds]} trăm"
    if rest == 0:
        return words
    if rest < 10:
        return f"{words} linh {_UNITS[rest]}"
    return f"{words} {_tens_words(rest)}"


def _tens_words(value: int) -> str:
    tens, unit = divmod(value, 10)
    if tens == 0:
        return _UNITS[unit]
    if tens == 1:
        head = "mười"
        tail = {0: "", 5: "lăm"}.get(unit, _UNITS[unit])
    else:
        head = f"{_UNITS[tens]} mươi"
        tail = {0: "", 1: "mốt", 4: "tư", 5: "lăm"}.get(unit, _UNITS[unit])
    return f"{head} {tail}".strip()


# Spellings that mean the same word, folded to the one :func:`number_words` writes.
_SAME_WORD = {"ngàn": "nghìn", "lẻ": "linh", "nhăm": "lăm", "tỉ": "tỷ", "bẩy": "bảy"}


def words_slip(printed: str, value: int) -> int:
    """How many words ``printed`` (number words, any spelling) differs from the canonical
    words of ``value`` by (insertions, deletions and substitutions; 0 for a variant spelling)."""
    tokens = [_SAME_WORD.get(w, w) for w in printed.lower().split()]
    for index in range(1, len(tokens)):
        if tokens[index - 1] == "mươi" and tokens[index] in ("bốn", "một"):
            tokens[index] = "tư" if tokens[index] == "bốn" else "mốt"
        if tokens[index - 1] == "linh" and tokens[index] == "tư":
            tokens[index] = "bốn"
    canonical = number_words(value).split()
    previous = list(range(len(canonical) + 1))
    for i, token in enumerate(tokens, 1):
        current = [i]
        for j, word in enumerate(canonical, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (token != word))
            )
        previous = current
    return previous[-1]
