"""Defences for Office Open XML packages (.docx, .xlsx) before any XML library sees them.

A .docx (or .xlsx) is a zip of XML parts.  A hostile or broken file can be a zip bomb (a few kilobytes
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

MAX_PARTS = 1_000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # inflated size / compressed size of one part (text XML rarely passes 20)
_CHUNK = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_MACRO_CONTENT = "macroEnabled"
_MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


@dataclass(frozen=True)
class PackageKind:
    """What a package must be, and the words its error messages use."""

    program: str  # "Word", "Excel"
    suffix: str  # ".docx", ".xlsx"
    macro_suffix: str  # ".docm", ".xlsm"
    binary: str  # the old binary format: "(.doc) or a password-protected document"
    main_type: str
    main_name: str  # "a Word document", "an Excel workbook"
    main_part: str  # "main document part", "workbook part"


WORD = PackageKind(
    "Word",
    ".docx",
    ".docm",
    "an old binary Word file (.doc) or a password-protected document",
    _MAIN_DOCUMENT,
    "a Word document",
    "main document part",
)
EXCEL = PackageKind(
    "Excel",
    ".xlsx",
    ".xlsm",
    "an old binary Excel file (.xls) or a password-protected workbook",
    _MAIN_WORKBOOK,
    "an Excel workbook",
    "workbook part",
)


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads DTDs or uses the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def parse_xml(data: bytes, path: str, part: str, kind: PackageKind = WORD) -> etree._Element:
    """Parse one XML part safely, refusing DTDs (the XXE and billion-laughs vectors)."""
    try:
        tree = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise InputError(
            path, f"malformed {kind.program} file: part {part} is not well-formed XML ({error})"
        ) from None
    docinfo = tree.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(
            path,
            f"refused: part {part} declares a DTD (possible XXE attack); {kind.program} never writes one",
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
            f"not a {kind.suffix} package: {kind.binary}; open it in {kind.program} and save it "
            f"as an unprotected {kind.suffix}",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, zlib.error):
        raise InputError(
            path, f"not a valid {kind.program} ({kind.suffix}) file: it is not a zip package"
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise InputError(
                path, f"refused: the package has {len(infos)} parts (limit {MAX_PARTS})"
            )
        parts: dict[str, bytes] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name.endswith("/"):
                continue
            if name.lower().endswith("vbaproject.bin"):
                raise InputError(
                    path,
                    f"refused: macro-enabled {kind.program} file (contains VBA macros); "
                    f"save it as {kind.suffix}",
                )
            if info.file_size > MAX_PART_BYTES:
                raise InputError(
                    path, f"refused: part {name} inflates to more than the limit (zip bomb?)"
                )
            content = _inflate(archive, info, path, kind)
            total += len(content)
            if total > MAX_TOTAL_BYTES:
                raise InputError(
                    path, "refused: the package inflates past the size limit (zip bomb?)"
                )
            parts[name] = content
    types = parts.get("[Content_Types].xml")
    if types is None:
        raise InputError(
            path, f"not a valid {kind.program} ({kind.suffix}) file: [Content_Types].xml is missing"
        )
    root = parse_xml(types, path, "[Content_Types].xml", kind)
    content_types = {element.get("ContentType", "") for element in root}
    if any(_MACRO_CONTENT in kind_ for kind_ in content_types):
        raise InputError(
            path,
            f"refused: macro-enabled {kind.program} file ({kind.macro_suffix}); "
            f"save it as a plain {kind.suffix}",
        )
    if kind.main_type not in content_types:
        raise InputError(
            path,
            f"not {kind.main_name} ({kind.suffix}): no {kind.main_part} "
            "(a template or another Office file?)",
        )
    for name, content in parts.items():
        if name.endswith((".xml", ".rels")):
            parse_xml(content, path, name, kind)
    return parts


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, kind: PackageKind
) -> bytes:
    """Read one member, stopping as soon as it passes the caps (declared sizes can lie)."""
    limit = min(MAX_PART_BYTES, max(info.compress_size, 1) * MAX_RATIO + _CHUNK)
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
                        f"refused: part {info.filename} inflates past the size limit (zip bomb?)",
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
            path, f"malformed {kind.program} file: part {info.filename} is damaged ({error})"
        ) from None
    except RuntimeError as error:  # encrypted member
        raise InputError(path, f"cannot read part {info.filename}: {error}") from None
    return b"".join(chunks)
