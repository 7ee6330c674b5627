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
from lint.i18n import N_
from lint.i18n.message import Message

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
# Every match of a pattern above contains one of its key characters, so their count bounds the
# pattern's score; in real Vietnamese text the bound is below the count of real letters and the
# (slower) patterns need not run at all.
_KEY_CHARACTERS = {"TCVN3/ABC": "®¨¸µ©ÖÕñ¹¶·ª«¬", "VNI": "ñêùøäáûöõï", "mojibake": "ÄÆÃ»º"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

_UNIKEY_HINT = N_(
    "convert it to Unicode (for example Unikey's Toolkit, source {source}, destination "
    "Unicode) and save it as UTF-8"
)
_MOJIBAKE_HINT = N_(
    "re-encode the text as cp1252 and decode it as UTF-8 (for example with the Python "
    "package ftfy), or export it again as UTF-8 from the original document"
)


def _binary(path: str) -> InputError:
    from lint.read import SUPPORTED_SUFFIXES

    return InputError(
        path,
        Message.of(
            "binary file, not a report in a format solieu reads ({formats})",
            formats=", ".join(SUPPORTED_SUFFIXES),
        ),
    )


def decode(data: bytes, path: str) -> str:
    """Return the text of ``data`` or raise :class:`InputError` saying why it is unusable."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", path)
    else:
        if b"\x00" in data[:8192]:
            if _looks_like_utf16(data[:8192]):
                raise InputError(
                    path,
                    Message.of(
                        "UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)"
                    ),
                )
            raise _binary(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            legacy = data.decode("cp1252", errors="replace")
            found = _legacy_kind(legacy, raw_bytes=True)
            if found:
                kind, example = found
                raise InputError(
                    path,
                    Message.of(
                        'encoded in {kind} (e.g. "{example}"), not Unicode; ',
                        kind=kind,
                        example=example,
                    )
                    + Message.of(_UNIKEY_HINT, source=kind.split("/")[0]),
                ) from None
            line = data[: error.start].count(b"\n") + 1
            raise InputError(
                path,
                Message.of(
                    "not valid UTF-8 (byte 0x{byte} on line {line}) nor UTF-16 "
                    "with a byte-order mark; save it as UTF-8",
                    byte=f"{data[error.start]:02X}",
                    line=line,
                ),
            ) from None
    found = _legacy_kind(text, raw_bytes=False)
    if found:
        kind, example = found
        if kind == "mojibake":
            raise InputError(
                path,
                Message.of(
                    'text is UTF-8 that was decoded as cp1252 (mojibake, e.g. "{example}"); ',
                    example=example,
                )
                + Message.of(_MOJIBAKE_HINT),
            )
        raise InputError(
            path,
            Message.of(
                'text is {kind} shown as Latin-1 characters (e.g. "{example}"), not Unicode; ',
                kind=kind,
                example=example,
            )
            + Message.of(_UNIKEY_HINT, source=kind.split("/")[0]),
        )
    if _has_control_garbage(text):
        raise _binary(path)
    return text


def _looks_like_utf16(sample: bytes) -> bool:
    """Text in UTF-16 without BOM: NUL bytes on one parity (ASCII-range characters)."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return half >= 4 and max(even, odd) >= 0.3 * half and min(even, odd) <= 0.05 * half


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            path,
            Message.of(
                "declares {encoding} by its byte-order mark but is not", encoding=encoding.upper()
            ),
        ) from None


def _legacy_kind(text: str, raw_bytes: bool) -> tuple[str, str] | None:
    """Which legacy encoding ``text`` looks like, with an example token, or ``None``."""
    sample = text[:200_000]
    patterns = {"TCVN3/ABC": _TCVN3, "VNI": _VNI}
    if not raw_bytes:  # bytes that are not UTF-8 cannot be doubly encoded UTF-8
        patterns["mojibake"] = _UTF8_AS_CP1252
    bounds = {kind: sum(sample.count(char) for char in _KEY_CHARACTERS[kind]) for kind in patterns}
    # The real letters need only be counted up to the largest bound: when there are at least
    # that many, no bound exceeds them and no kind is scored, whatever the exact count; when
    # there are fewer, the count is exact.
    real = _count_up_to(_REAL_VIETNAMESE, sample, max(bounds.values()))
    scores: dict[str, int] = {}
    for kind, pattern in patterns.items():
        bound = bounds[kind]
        if bound >= 3 and bound > real:
            scores[kind] = len(pattern.findall(sample))
    if not scores:
        return None
    kind, hits = max(scores.items(), key=lambda item: item[1])
    if hits >= 3 and hits > real:
        return kind, _example(sample, patterns[kind])
    return None


def _count_up_to(letter: re.Pattern[str], text: str, limit: int) -> int:
    """The number of matches of the one-character pattern ``letter`` in ``text``, or, once it
    reaches ``limit``, some number at least ``limit`` (counting by chunks stops there)."""
    count = 0
    chunk = 4096
    for start in range(0, len(text), chunk):
        if count >= limit:
            break
        count += len(letter.findall(text, start, start + chunk))
    return count


def _example(sample: str, pattern: re.Pattern[str]) -> str:
    """The word around the first telltale token, to show in the message."""
    match = pattern.search(sample)
    assert match is not None
    start, end = match.start(), match.end()
    while start > 0 and not sample[start - 1].isspace() and match.start() - start < 12:
        start -= 1
    while end < len(sample) and not sample[end].isspace() and end - match.end() < 12:
        end += 1
    return sample[start:end].strip(" .,;:()")


def _has_control_garbage(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls > max(8, len(sample) // 100)
