"""Excel number formats rendered the way a Vietnamese reader sees the printed cell.

A workbook cell holds a binary float and a format code (``0.0``, ``#,##0``, ``0.00%``,
``General``, ``#,##0 "tỷ"``).  What the table *says* is the value rounded as the format asks,
so the precision of a figure comes from the format, never from the float (``0.1 + 0.2`` with
``0.0`` prints ``0,3``).  Excel keeps 15 significant digits, so the float is first read back
with 15 significant digits, then rounded half away from zero.  The printed text follows the
Vietnamese convention: decimal comma, thousands dot.

Supported: sections ``positive;negative;zero;text``, ``0`` and ``#`` placeholders, decimals,
the thousands comma and scaling commas (``#,##0,`` = thousands), percent (× 100 each),
literals in quotes or after a backslash, ``_x`` padding (a space), ``*x`` fill (dropped),
``[Red]``/``[$-409]``-style brackets (dropped), ``@`` for text.  Dates are printed
``dd/mm/yyyy``; scientific and fraction formats fall back to ``General``.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_BRACKET = re.compile(r"\[[^\]]*\]")
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]")


def general(value: float | int) -> str:
    """Excel's ``General``: up to 10 significant digits in at most 11 characters."""
    number = _decimal(value)
    if number == 0:
        return "0"
    integer_digits = max(1, number.adjusted() + 1)
    if integer_digits > 11:
        return _group(f"{number:.0f}", False)  # Excel would switch to 1,2E+11: keep digits
    places = max(0, min(10 - integer_digits, 9))
    rounded = _round(number, places)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _vietnamese(text, group=False)


def render(value: object, code: str | None) -> str:
    """The printed text of a cell ``value`` under the number format ``code``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if not isinstance(value, (int, float)):
        text = str(value)
        sections = _sections(code or "General")
        if len(sections) >= 4 and "@" in sections[3]:
            return _literal_text(sections[3]).replace("@", text)
        return text
    return _number(value, code or "General")


def decimals(code: str | None) -> int | None:
    """Decimal places the format prints for a positive number (None for ``General``)."""
    sections = _sections(code or "General")
    section = _BRACKET.sub("", sections[0])
    if section.strip().lower() in ("general", ""):
        return None
    body = _strip_literals(section)
    if "." not in body:
        return 0
    after = body.split(".", 1)[1]
    return len(re.match(r"[0#?]*", after).group(0))  # type: ignore[union-attr]


def _number(value: float | int, code: str) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    sections = _sections(code)
    number = _decimal(value)
    section, signed = _choose(sections, number)
    if section is None:
        return general(value)
    plain = _BRACKET.sub("", section)
    if plain.strip().lower() in ("general", ""):
        text = general(abs(value) if not signed else value)
        return text
    body = _strip_literals(plain)
    if _DATE_CODE.search(body) or "e+" in body.lower() or "e-" in body.lower() or "/" in body:
        return general(value)
    if not signed:
        number = abs(number)
    percent = body.count("%")
    number *= Decimal(100) ** percent
    # scaling commas: commas right after the last digit placeholder divide by 1000 each
    scaling = re.search(r"[0#?](,+)(?:[^0#?]*)$", body)
    if scaling:
        number /= Decimal(1000) ** len(scaling.group(1))
    digits = "".join(char for char in body if char in "0#?.,")
    integer_part, _, fraction_part = digits.partition(".")
    places = sum(1 for char in fraction_part if char in "0#?")
    fixed = len(re.match(r"0*", fraction_part.replace(",", "")).group(0))  # type: ignore[union-attr]
    group = "," in integer_part.rstrip(",")
    rounded = _round(number, places)
    text = f"{abs(rounded):f}"
    if places and "." in text:
        whole, fraction = text.split(".")
        fraction = fraction[:places]
        while len(fraction) > fixed and fraction.endswith("0"):
            fraction = fraction[:-1]
        text = f"{whole}.{fraction}" if fraction else whole
    if "0" not in integer_part and text.startswith("0") and ("." in text or rounded == 0):
        text = text[1:] if "." in text else text  # "#.0": no leading zero
    figure = _vietnamese(text, group)
    if rounded < 0:
        figure = "-" + figure
    return _with_literals(plain, figure)


def _sections(code: str) -> list[str]:
    sections: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for char in code:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(char)
    sections.append("".join(current))
    return sections


def _choose(sections: list[str], number: Decimal) -> tuple[str | None, bool]:
    """The section for ``number`` and whether the sign must still be printed."""
    conditions = [_CONDITION.search(section) for section in sections]
    if any(conditions):
        for section, condition in zip(sections, conditions, strict=False):
            if condition is None:
                return section, True
            if _holds(number, condition.group(1), Decimal(condition.group(2))):
                return section, False
        return None, True
    if number > 0 or len(sections) == 1:
        return sections[0], True
    if number < 0:
        return sections[1], False
    return (sections[2] if len(sections) >= 3 else sections[0]), True


def _holds(number: Decimal, operator: str, bound: Decimal) -> bool:
    return {
        "<": number < bound,
        ">": number > bound,
        "=": number == bound,
        "<=": number <= bound,
        ">=": number >= bound,
        "<>": number != bound,
    }[operator]


def _strip_literals(section: str) -> str:
    """The section without quoted text, escaped characters, padding and fill."""
    return re.sub(r'"[^"]*"|\\.|_.|\*.', "", _BRACKET.sub("", section))


def _literal_text(section: str) -> str:
    out: list[str] = []
    index = 0
    section = _BRACKET.sub("", section)
    while index < len(section):
        char = section[index]
        if char == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            out.append(section[index + 1 : end])
            index = end + 1
            continue
        if char in "\\" and index + 1 < len(section):
            out.append(section[index + 1])
            index += 2
            continue
        if char == "_" and index + 1 < len(section):
            out.append(" ")
            index += 2
            continue
        if char == "*" and index + 1 < len(section):
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _with_literals(section: str, figure: str) -> str:
    """Put the rendered figure where the format's digits are, keeping literal text around."""
    text = _literal_text(section)
    match = re.search(r"[0#?][0#?.,]*", text)
    if match is None:
        return text.strip() or figure  # a section without digits ("-" for zero)
    before, after = text[: match.start()], text[match.end() :]
    after = re.sub(r"[0#?.,]", "", after)
    return (before + figure + after).strip()


def _decimal(value: float | int) -> Decimal:
    if isinstance(value, int):
        return Decimal(value)
    try:
        return Decimal(format(value, ".15g"))
    except InvalidOperation:
        return Decimal(0)


def _round(number: Decimal, places: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _vietnamese(text: str, group: bool) -> str:
    """``1234567.5`` → ``1.234.567,5`` (grouped) or ``1234567,5``."""
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, fraction = text.partition(".")
    if group:
        whole = _group(whole, True)
    return sign + whole + ("," + fraction if fraction else "")


def _group(whole: str, group: bool) -> str:
    if not group or len(whole) <= 3:
        return whole
    head = len(whole) % 3 or 3
    return ".".join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
