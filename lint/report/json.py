"""The JSON output: a public, versioned contract (add keys freely, never rename or drop)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from lint.document import Span
from lint.engine import FileResult
from lint.numbers.interval import decimal_string
from lint.numbers.quantity import Quantity

SCHEMA_VERSION = 1


def check_report(results: Sequence[FileResult], lang: str) -> str:
    diagnostics: list[dict[str, Any]] = []
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        if result.document is None:
            continue
        source = result.document.source
        for diagnostic in result.diagnostics:
            location = source.locate(diagnostic.span)
            counts[diagnostic.severity.value] += 1
            related = []
            for item in diagnostic.related:
                where = source.locate(item.span)
                related.append(
                    {
                        "path": result.path,
                        "line": where.line,
                        "column": where.column,
                        "end_line": where.end_line,
                        "end_column": where.end_column,
                        "message": item.label.text(lang),
                        "text": source.excerpt(item.span),
                        "location": _human_location(result, item.span, lang),
                    }
                )
            diagnostics.append(
                {
                    "path": result.path,
                    "code": diagnostic.code,
                    "name": diagnostic.name,
                    "severity": diagnostic.severity.value,
                    "line": location.line,
                    "column": location.column,
                    "end_line": location.end_line,
                    "end_column": location.end_column,
                    "message": diagnostic.message.text(lang),
                    "message_vi": diagnostic.message.vi,
                    "message_en": diagnostic.message.en,
                    "text": source.excerpt(diagnostic.span),
                    "related": related,
                    "notes": [note.text(lang) for note in diagnostic.notes],
                    "suggestion": diagnostic.suggestion.text(lang)
                    if diagnostic.suggestion
                    else None,
                    "fingerprint": diagnostic.fingerprint_in(source),
                    "location": _human_location(result, diagnostic.span, lang),
                }
            )
    payload = {
        "version": SCHEMA_VERSION,
        "diagnostics": diagnostics,
        "summary": {
            "files": len(results),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
            "unreadable": sum(1 for result in results if result.error),
        },
        "errors": [result.error.text(lang) for result in results if result.error],
        # reading limits hit (a PDF page cut short): the file was checked, not whole
        "notes": [f"{r.path}: {note.text(lang)}" for r in results for note in r.notes],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _human_location(result: FileResult, span: Span, lang: str) -> str | None:
    """ "đoạn 12", "bảng 2, hàng 3, cột 4", "trang 3" for Word and PDF input (None for text)."""
    assert result.document is not None
    found = result.document.location_of(span)
    return found.text(lang) if found is not None else None


def quantity_record(result: FileResult, quantity: Quantity) -> dict[str, Any]:
    assert result.document is not None
    where = result.document.source.locate(quantity.span)
    record: dict[str, Any] = {
        "path": result.path,
        "line": where.line,
        "column": where.column,
        "end_line": where.end_line,
        "end_column": where.end_column,
        "text": result.document.source.excerpt(quantity.span),
        "kind": quantity.kind.value,
        "value": decimal_string(quantity.value),
        "low": decimal_string(quantity.interval.low),
        "high": decimal_string(quantity.interval.high),
        "unit": quantity.unit,
        "flags": sorted(quantity.flags),
    }
    if quantity.parts:
        record["parts"] = [
            {
                "value": decimal_string(part.value),
                "low": decimal_string(part.interval.low),
                "high": decimal_string(part.interval.high),
                "unit": part.unit,
            }
            for part in quantity.parts
        ]
    return record


def extract_report(results: Sequence[FileResult], lang: str = "en") -> str:
    quantities = [
        quantity_record(result, quantity)
        for result in results
        if result.extraction is not None
        for quantity in result.extraction.quantities
    ]
    payload = {
        "version": SCHEMA_VERSION,
        "quantities": quantities,
        "errors": [result.error.text(lang) for result in results if result.error],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
