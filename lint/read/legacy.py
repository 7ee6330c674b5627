"""Office files solieu does not read, recognised so the user is told how to save them.

A Word 97–2003 ``.doc`` or an Excel 97–2003 ``.xls`` (OLE2 compound files) would otherwise be
"binary", and an OpenDocument ``.odt`` a zip package without a Word document in it.
"""

from __future__ import annotations

from pathlib import Path

from lint.errors import InputError
from lint.i18n.message import Message

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def refuse_legacy(path: str, data: bytes) -> None:
    """Raise an :class:`InputError` naming the format and the fix for an unread Office file."""
    suffix = Path(path).suffix.lower()
    if data.startswith(_OLE2):
        if suffix in (".xls", ".xlt"):
            message = Message.of(
                "an Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx"
            )
        elif suffix in (".doc", ".dot", ""):
            message = Message.of("a Word 97–2003 file (.doc); open it in Word and save it as .docx")
        elif suffix in (".docx", ".docm", ".dotx", ".dotm"):
            return  # a password-protected .docx: the Word reader says so
        else:
            message = Message.of(
                "an old binary Office file (Word or Excel 97–2003); save it as .docx (or .xlsx)"
            )
        raise InputError(path, message)
    opendocument = b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]
    if data.startswith(_ZIP) and (opendocument or suffix in (".odt", ".ods")):
        if suffix == ".ods" or b"opendocument.spreadsheet" in data[:200]:
            message = Message.of("an OpenDocument spreadsheet (.ods); save it as .xlsx")
        else:
            message = Message.of(
                "an OpenDocument file (.odt); open it in Word or LibreOffice and save it as .docx"
            )
        raise InputError(path, message)
