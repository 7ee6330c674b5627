"""Reading a very large Markdown or text file as a sequence of windows, never whole.

A report is a few hundred kilobytes; a file of many megabytes is an export of many reports or
a yearbook.  Holding it whole costs about 65 bytes of memory per byte of input (its blocks,
figures and relations), so a file larger than :data:`WINDOWED_FROM` bytes is read
:data:`WINDOW_BYTES` at a time and each window is checked as a document of its own
(:func:`lint.engine.check_in_windows`).

A window ends where a part of the document ends, so that a list or a table announced in one
window is never cut from its total: before the last heading line in the second half of the
window (a Markdown heading, a Roman-numeral part, ``Điều``, ``Chương``, ``Phần``, ``Mục``),
failing that after its last blank line, then after its last line; a line longer than a window
is cut at a character boundary.  UTF-8 is cut at line boundaries (a newline byte is never part
of another character), so each window decodes on its own; a file in UTF-16 is not windowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

# Files of at least this many bytes are checked in windows (no report comes near it).
WINDOWED_FROM = 4_000_000
# The size of one window, in bytes.
WINDOW_BYTES = 1_000_000
# Only these are windowed: the formats whose text is the file itself.
WINDOWED_SUFFIXES = (".md", ".markdown", ".txt")

# the start of a line that opens a part of a document (see docs/architecture.md §1)
_PART_START = re.compile(
    rb"\n(?=#{1,6} |\*\*(?:[IVXLC]+|[A-Z])\. |(?:[IVXLC]+|[A-Z])\. "
    + "|Điều \\d|Chương |CHƯƠNG |Phần |PHẦN |Mục |MỤC ".encode()
    + rb")"
)
_BLANK_LINE = re.compile(rb"\n[ \t\r]*\n")


def windowed(path: str, size: int) -> bool:
    """Whether a file of ``size`` bytes at ``path`` is checked in windows."""
    return size >= WINDOWED_FROM and Path(path).suffix.lower() in WINDOWED_SUFFIXES


def cut_point(data: bytes, limit: int) -> int:
    """Where to end a window of ``data`` (longer than ``limit`` bytes): an offset in
    ``(0, limit]`` just after a newline when there is one."""
    half = limit // 2
    last_part = None
    for match in _PART_START.finditer(data, half, limit):
        last_part = match
    if last_part is not None:
        return last_part.start() + 1
    blank = None
    for match in _BLANK_LINE.finditer(data, half, limit):
        blank = match
    if blank is not None:
        return blank.end()
    newline = data.rfind(b"\n", 0, limit)
    if newline >= 0:
        return newline + 1
    cut = limit
    while cut > 1 and data[cut] & 0xC0 == 0x80:  # not inside a UTF-8 character
        cut -= 1
    return cut


def byte_windows(path: str, limit: int = WINDOW_BYTES) -> Iterator[bytes]:
    """The bytes of ``path`` in consecutive windows of at most ``limit`` bytes (see
    :func:`cut_point`); together they are the whole file.  Raises ``OSError``."""
    with open(path, "rb") as stream:
        pending = b""
        at_end = False
        while True:
            while not at_end and len(pending) <= limit:
                block = stream.read(limit)
                at_end = not block
                pending += block
            if len(pending) <= limit:  # the end of the file
                if pending:
                    yield pending
                return
            cut = cut_point(pending, limit)
            yield pending[:cut]
            pending = pending[cut:]


def is_utf16(head: bytes) -> bool:
    """A file starting with ``head`` is UTF-16 (a byte-order mark or NUL bytes): it is read
    whole, since its newlines are two bytes."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:8192]
