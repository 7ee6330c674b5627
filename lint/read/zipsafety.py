"""Defences for Office Open XML packages (.docx, .xlsx) before any XML library sees them.

A .docx is a zip of XML parts.  A hostile or broken file can be a zip bomb (a few kilobytes
that inflate to gigabytes), carry thousands of parts, declare a DTD with external entities
(XXE: the parser would read local files or the network) or hold VBA macros.  Every part is
inflated here with a hard cap on its size and the package's total, and every XML part is
parsed with a parser that resolves no entity, loads no DTD and touches no network; a part
that declares a DTD at all is refused (Office never writes one).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from lint.errors import InputError
from lint.i18n.message import Message

MAX_PARTS = 1_000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # inflated size / compressed size of one part (text XML rarely passes 20)
# A package may inflate this much beyond MAX_RATIO (all parts together): a long document of
# repeated paragraphs (a register, a form filled 100.000 times: 13 MB of XML at 250:1) is no
# bomb; a bomb is refused as soon as it passes this, having cost at most this much memory.
RATIO_FREE_BYTES = 32 * 1024 * 1024
_CHUNK = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_MACRO_CONTENT = "macroEnabled"
_MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads DTDs or uses the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


_MAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


@dataclass(frozen=True)
class PackageKind:
    """What a package must be, and the words its error messages use."""

    program: str  # "Word", "Excel"
    suffix: str  # ".docx", ".xlsx"
    macro_suffix: str  # ".docm", ".xlsm"
    binary_suffix: str  # the old binary format: ".doc", ".xls"
    main_type: str


WORD = PackageKind("Word", ".docx", ".docm", ".doc", _MAIN_DOCUMENT)
EXCEL = PackageKind("Excel", ".xlsx", ".xlsm", ".xls", _MAIN_WORKBOOK)


def parse_xml(data: bytes, path: str, part: str, kind: PackageKind = WORD) -> etree._Element:
    """Parse one XML part safely, refusing DTDs (the XXE and billion-laughs vectors)."""
    try:
        tree = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise InputError(
            path,
            Message.of(
                "malformed {program} file: part {part} is not well-formed XML ({error})",
                program=kind.program,
                part=part,
                error=error,
            ),
        ) from None
    docinfo = tree.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(
            path,
            Message.of(
                "refused: part {part} declares a DTD (possible XXE attack); {program} never "
                "writes one",
                part=part,
                program=kind.program,
            ),
        )
    return tree


def content_types(parts: dict[str, bytes], path: str) -> dict[str, str]:
    """Part name (without the leading slash) → content type, from the overrides."""
    root = parse_xml(parts["[Content_Types].xml"], path, "[Content_Types].xml")
    found: dict[str, str] = {}
    for element in root:
        name = element.get("PartName")
        if name:
            found[name.lstrip("/")] = element.get("ContentType", "")
    return found


def read_package(path: str, data: bytes, kind: PackageKind = WORD) -> dict[str, bytes]:
    """Inflate every part of a .docx (or .xlsx) within the caps; raise :class:`InputError` on
    anything odd."""
    if data.startswith(_OLE_MAGIC):
        raise InputError(
            path,
            Message.of(
                "not a {suffix} package: an old binary {program} file ({binary}) or a "
                "password-protected file; open it in {program} and save it as an "
                "unprotected {suffix}",
                suffix=kind.suffix,
                program=kind.program,
                binary=kind.binary_suffix,
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, zlib.error):
        raise InputError(
            path,
            Message.of(
                "not a valid {program} ({suffix}) file: it is not a zip package",
                program=kind.program,
                suffix=kind.suffix,
            ),
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise InputError(
                path,
                Message.of(
                    "refused: the package has {count} parts (limit {limit})",
                    count=len(infos),
                    limit=MAX_PARTS,
                ),
            )
        parts: dict[str, bytes] = {}
        total = 0
        free = RATIO_FREE_BYTES  # what is left of the allowance beyond the ratio
        for info in infos:
            name = info.filename
            if name.endswith("/"):
                continue
            if name.lower().endswith("vbaproject.bin"):
                raise InputError(
                    path,
                    Message.of(
                        "refused: macro-enabled {program} file (contains VBA macros); save it "
                        "as {suffix}",
                        program=kind.program,
                        suffix=kind.suffix,
                    ),
                )
            if info.file_size > MAX_PART_BYTES:
                raise InputError(
                    path,
                    Message.of(
                        "refused: part {part} inflates to more than the limit (zip bomb?)",
                        part=name,
                    ),
                )
            content = _inflate(archive, info, path, free, kind)
            free -= max(0, len(content) - info.compress_size * MAX_RATIO)
            total += len(content)
            if total > MAX_TOTAL_BYTES:
                raise InputError(
                    path,
                    Message.of("refused: the package inflates past the size limit (zip bomb?)"),
                )
            parts[name] = content
    types = parts.get("[Content_Types].xml")
    if types is None:
        raise InputError(
            path,
            Message.of(
                "not a valid {program} ({suffix}) file: [Content_Types].xml is missing",
                program=kind.program,
                suffix=kind.suffix,
            ),
        )
    root = parse_xml(types, path, "[Content_Types].xml", kind)
    content_types = {element.get("ContentType", "") for element in root}
    if any(_MACRO_CONTENT in type_ for type_ in content_types):
        raise InputError(
            path,
            Message.of(
                "refused: macro-enabled {program} file ({macro}); save it as a plain {suffix}",
                program=kind.program,
                macro=kind.macro_suffix,
                suffix=kind.suffix,
            ),
        )
    if kind.main_type not in content_types:
        raise InputError(
            path,
            Message.of(
                "not a valid {program} ({suffix}) file: no main part (a template or another Office file?)",
                program=kind.program,
                suffix=kind.suffix,
            ),
        )
    for name, content in parts.items():
        if name.endswith((".xml", ".rels")):
            parse_xml(content, path, name, kind)
    return parts


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, free: int, kind: PackageKind
) -> bytes:
    """Read one member, stopping as soon as it passes the caps (declared sizes can lie)."""
    limit = min(MAX_PART_BYTES, max(info.compress_size * MAX_RATIO, free) + _CHUNK)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise InputError(
                        path,
                        Message.of(
                            "refused: part {part} inflates past the size limit (zip bomb?)",
                            part=info.filename,
                        ),
                    )
                chunks.append(chunk)
    except (
        zlib.error,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as error:
        raise InputError(
            path,
            Message.of(
                "malformed {program} file: part {part} is damaged ({error})",
                program=kind.program,
                part=info.filename,
                error=error,
            ),
        ) from None
    except RuntimeError as error:  # encrypted member
        raise InputError(
            path, Message.of("cannot read part {part}: {error}", part=info.filename, error=error)
        ) from None
    return b"".join(chunks)
