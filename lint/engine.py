"""Running the rules over documents: the library entry points behind ``solieu check``."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.errors import InputError
from lint.numbers.scan import Extraction, extract
from lint.read import SUPPORTED_SUFFIXES, read_document, read_path
from lint.rule import Context, Rule

STDIN = "-"


@dataclass
class FileResult:
    """The outcome for one input: its diagnostics, or the reason it could not be read."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    document: Document | None = None
    extraction: Extraction | None = None


def expand_paths(paths: Sequence[str]) -> tuple[list[str], list[FileResult]]:
    """Files to check (directories walked for .md/.txt, sorted) and the paths that do not exist."""
    files: list[str] = []
    missing: list[FileResult] = []
    for raw in paths:
        if raw == STDIN:
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and found.suffix.lower() in SUPPORTED_SUFFIXES and not hidden:
                    files.append(str(found))
        elif path.exists():
            files.append(raw)
        else:
            missing.append(FileResult(raw, error=f"{raw}: no such file or directory"))
    return files, missing


def check_document(
    document: Document,
    rules: Iterable[type[Rule]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    extraction: Extraction | None = None,
) -> list[Diagnostic]:
    """Run ``rules`` over a parsed document and return their diagnostics, sorted."""
    extraction = extraction if extraction is not None else extract(document)
    diagnostics: list[Diagnostic] = []
    for rule_class in rules:
        rule_options = {name: option.default for name, option in rule_class.options.items()}
        rule_options.update((options or {}).get(rule_class.code, {}))
        context = Context(document, extraction, rule_options)
        for diagnostic in rule_class().check(context):
            diagnostic.path = document.path
            diagnostics.append(diagnostic)
    diagnostics.sort(key=Diagnostic.sort_key)
    return _deduplicate(diagnostics)


def _deduplicate(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, int, int, str]] = set()
    unique: list[Diagnostic] = []
    for diagnostic in diagnostics:
        key = (diagnostic.code, diagnostic.span.start, diagnostic.span.end, diagnostic.message.en)
        if key not in seen:
            seen.add(key)
            unique.append(diagnostic)
    return unique


def check_file(
    path: str,
    rules: Sequence[type[Rule]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> FileResult:
    """Read and check one file (or ``-`` for standard input); never raises for bad input."""
    try:
        if path == STDIN:
            document = read_document("<stdin>", sys.stdin.buffer.read())
        else:
            document = read_path(path)
    except InputError as error:
        return FileResult(path, error=str(error))
    extraction = extract(document)
    diagnostics = check_document(document, rules, options, extraction)
    return FileResult(document.path, diagnostics, None, document, extraction)


def check_text(text: str, rules: Sequence[type[Rule]], path: str = "report.md") -> list[Diagnostic]:
    """Check a report given as a string (library use and tests)."""
    document = read_document(path, text.encode("utf-8"))
    return check_document(document, rules)
