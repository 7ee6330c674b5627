"""Readers: turn a file (or standard input) into a :class:`lint.document.Document`."""

from __future__ import annotations

from pathlib import Path

from lint.document import Document, split_large_blocks
from lint.errors import InputError
from lint.i18n import N_
from lint.i18n.message import Message
from lint.read.encoding import decode
from lint.read.legacy import refuse_legacy
from lint.read.markdown import read_markdown
from lint.read.text import read_text

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".docx", ".pdf", ".xlsx")
_WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def read_document(path: str, data: bytes, format_hint: str | None = None) -> Document:
    """Decode ``data`` and parse it with the reader its suffix (or ``format_hint``) selects;
    footnote marks typed as superscripts are then read whatever the format, and blocks too
    long to analyse in one piece are cut into windows (:data:`lint.document.MAX_BLOCK_CHARS`)."""
    from lint.read.superscripts import read_superscript_marks

    return split_large_blocks(read_superscript_marks(_read(path, data, format_hint)))


def _read(path: str, data: bytes, format_hint: str | None) -> Document:
    suffix = Path(path).suffix.lower()
    refuse_legacy(path, data)
    sniffed_workbook = (
        not format_hint
        and suffix not in SUPPORTED_SUFFIXES
        and data.startswith(b"PK\x03\x04")
        and b"xl/workbook.xml" in data  # part names are stored uncompressed in a zip
    )
    if format_hint == "xlsx" or suffix in _EXCEL_SUFFIXES or sniffed_workbook:
        from lint.read.xlsx import read_xlsx

        return read_xlsx(path, data)
    if (
        format_hint == "docx"
        or suffix in _WORD_SUFFIXES
        or (not format_hint and suffix not in SUPPORTED_SUFFIXES and data.startswith(b"PK\x03\x04"))
    ):
        from lint.read.docx import read_docx

        return read_docx(path, data)
    if format_hint == "pdf" or suffix == ".pdf" or (not format_hint and data.startswith(b"%PDF-")):
        from lint.read.pdf import read_pdf

        return read_pdf(path, data)
    text = decode(data, path)
    kind = format_hint or _format_for(path, text)
    if kind == "markdown":
        return read_markdown(path, text)
    return read_text(path, text)


def read_path(path: str) -> Document:
    return read_document(path, read_bytes(path))


# the reasons the operating system gives most often, translated where they are shown
N_("Permission denied")
N_("Input/output error")
N_("Operation not permitted")


def read_bytes(path: str) -> bytes:
    """The bytes of ``path``, or an :class:`InputError` saying why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, Message.of("no such file")) from None
    except IsADirectoryError:
        raise InputError(path, Message.of("is a directory")) from None
    except OSError as error:
        reason = Message.of(error.strerror) if error.strerror else type(error).__name__
        raise InputError(path, Message.of("cannot be read ({reason})", reason=reason)) from None


def _format_for(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    # standard input or an unknown suffix: sniff Markdown markers
    markers = ("<sup>", "\n#", "\n|", "**")
    return "markdown" if any(marker in text for marker in markers) else "text"
