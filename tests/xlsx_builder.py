"""Workbooks for tests, built with openpyxl, with the values Excel caches beside formulas.

openpyxl writes formulas without the value Excel computes and saves with them; a reader of a
real workbook sees both.  ``workbook_bytes`` saves the workbook, then writes the given cached
values into the ``<v>`` element of each formula cell, as Excel would.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping

from openpyxl import Workbook


def workbook_bytes(
    build: Callable[[Workbook], None],
    cached: Mapping[str, Mapping[str, float]] | None = None,
) -> bytes:
    """``build`` fills a new workbook; ``cached[sheet title][cell]`` is a formula's value."""
    workbook = Workbook()
    build(workbook)
    parts = {
        sheet.title: f"xl/worksheets/sheet{number}.xml"
        for number, sheet in enumerate(workbook.worksheets, start=1)
    }
    buffer = io.BytesIO()
    workbook.save(buffer)
    if not cached:
        return buffer.getvalue()
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            for title, values in cached.items():
                if parts[title] != info.filename:
                    continue
                text = content.decode("utf-8")
                for cell, value in values.items():
                    text, count = re.subn(
                        rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/?>(?:</v>)?',
                        lambda match, value=value: f"{match.group(1)}<v>{value!r}</v>",
                        text,
                    )
                    assert count == 1, (title, cell)
                content = text.encode("utf-8")
            target.writestr(info.filename, content)
    return out.getvalue()
