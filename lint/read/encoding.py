"""Decoding with clear refusals: binary files, legacy Vietnamese encodings, mojibake.

Reports are Unicode (TCVN 6909:2001) by regulation, but old templates still carry TCVN3
(ABC, ``.VnTime``) and VNI text, and copy-pasting through a wrong code page produces UTF-8
read as cp1252.  Checking the numbers of such text would be checking noise, so solieu refuses
it with a message saying what the text looks like and how to convert it.
"""

from __future__ import annotations

import codecs
import re

from lint.errors import InputError

# Tokens that only occur when Vietnamese was written in a legacy 8-bit encoding and then read
# as Latin-1/cp1252 (tables in docs/glossary.md; computed from the TCVN3 and VNI charsets).
_TCVN3 = re.compile(
    r"®|n¨m|th¸ng|ngµy|nh©n|d©n|ViÖt|triÖu|kÕ|t¨ng|®¹t|cña|vµ|®−îc|\w[¸µ¶·¹¨©ª«¬Ö]\w"
)
_VNI = re.compile(
    r"ñoà|naêm|thaùng|ngaøy|Vieät|trieäu|keá|taêng|ñaït|cuûa|ñöôïc|ngöôøi|\wö[ôù]|\w[aeo][êùøûõï]\w"
)
_UTF8_AS_CP1252 = re.compile(r"Ä‘|á»|áº|Æ°|Ã[¡ -¿]|Ä[ƒ‘]")
_REAL_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ăơưđĂƠƯĐ]")

_CONVERT_HINT = (
    "convert it to Unicode first (for example with Unikey's Toolkit, "
    "or by saving it again as UTF-8 from a program that shows it correctly)"
)


def decode(data: bytes, path: str) -> str:
    """Return the text of ``data`` or raise :class:`InputError` saying why it is unusable."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", path)
    else:
        if b"\x00" in data[:8192]:
            raise InputError(path, "binary file, not a text report (.md or .txt)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            legacy = data.decode("cp1252", errors="replace")
            found = _legacy_kind(legacy)
            if found:
                raise InputError(
                    path, f"text is in {found}, not Unicode; {_CONVERT_HINT}"
                ) from None
            raise InputError(
                path, "not valid UTF-8 (nor UTF-16 with a byte-order mark); save it as UTF-8"
            ) from None
    found = _legacy_kind(text)
    if found:
        raise InputError(path, f"text looks like {found}, not Unicode; {_CONVERT_HINT}")
    if _has_control_garbage(text):
        raise InputError(path, "binary file, not a text report (.md or .txt)")
    return text


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            path, f"declares {encoding.upper()} by its byte-order mark but is not"
        ) from None


def _legacy_kind(text: str) -> str | None:
    sample = text[:200_000]
    real = len(_REAL_VIETNAMESE.findall(sample))
    scores = {
        "TCVN3 (ABC) read as Latin-1": len(_TCVN3.findall(sample)),
        "VNI read as Latin-1": len(_VNI.findall(sample)),
        "UTF-8 that was decoded as cp1252 (mojibake)": len(_UTF8_AS_CP1252.findall(sample)),
    }
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score >= 3 and score > real:
        return kind
    return None


def _has_control_garbage(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > max(8, len(sample) // 100)
