"""A content-hash cache of findings: ``.solieu_cache/`` beside the configuration.

The key of a file's entry is a SHA-256 of solieu's version and code (every source file of
the package, its grammar and rules, and the modules of third-party rules, so an edited rule
never serves stale findings), the rules that run, their options and severities, and the
file's bytes — never its modification time,
which CI checkouts do not preserve.  An entry holds the file's diagnostics and format as JSON; on
a hit a Markdown or text report is only decoded again (renderers need its text for lines and
excerpts, not its blocks), other formats are read again; no figure is extracted and no rule
runs.  Entries are written atomically, so parallel workers and
concurrent runs cannot corrupt them; an entry that is damaged, does not match the schema
exactly (:func:`valid_entry`), was written for another key or points outside the file is a
miss: the file is checked again.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from lint import __version__
from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.document import Span
from lint.resources import data_dir
from lint.rule import Rule

CACHE_DIR = ".solieu_cache"
_FORMAT = 3


def _is_int(value: Any) -> bool:
    return type(value) is int and value >= 0


def _is_span(value: Any) -> bool:
    return (
        type(value) is list
        and len(value) == 2
        and _is_int(value[0])
        and _is_int(value[1])
        and value[0] <= value[1]
    )


def _is_message(value: Any) -> bool:
    return type(value) is list and len(value) == 2 and all(type(v) is str for v in value)


def _is_diagnostic(item: Any) -> bool:
    if type(item) is not dict or set(item) != _DIAGNOSTIC_KEYS:
        return False
    return (
        all(type(item[key]) is str for key in ("code", "name", "path"))
        and item["severity"] in {severity.value for severity in Severity}
        and _is_message(item["message"])
        and _is_span(item["span"])
        and (item["label"] is None or _is_message(item["label"]))
        and type(item["related"]) is list
        and all(
            type(r) is list and len(r) == 2 and _is_span(r[0]) and _is_message(r[1])
            for r in item["related"]
        )
        and type(item["notes"]) is list
        and all(_is_message(note) for note in item["notes"])
        and (item["suggestion"] is None or _is_message(item["suggestion"]))
        and type(item["figures"]) is list
        and all(type(figure) is str for figure in item["figures"])
    )


_DIAGNOSTIC_KEYS = {
    "code",
    "name",
    "severity",
    "message",
    "span",
    "label",
    "related",
    "notes",
    "suggestion",
    "path",
    "figures",
}


def valid_entry(payload: Any) -> bool:
    """Whether a cache entry has exactly the form :meth:`FindingsCache.put` writes."""
    return (
        type(payload) is dict
        and set(payload) == {"key", "format", "diagnostics"}
        and type(payload["key"]) is str
        and type(payload["format"]) is str
        and payload["format"].isascii()
        and payload["format"].isalpha()
        and type(payload["diagnostics"]) is list
        and all(_is_diagnostic(item) for item in payload["diagnostics"])
    )


def cache_key(
    data: bytes,
    path: str,
    rules: Sequence[type[Rule]],
    options: Mapping[str, Mapping[str, Any]],
    severities: Mapping[str, Severity],
) -> str:
    import hashlib  # here, not at start-up: only a run with the cache hashes

    digest = hashlib.sha256()
    settings = {
        "version": __version__,
        "code": _code_digest(tuple(sorted({_module_file(rule) for rule in rules}))),
        "format": _FORMAT,
        "suffix": Path(path).suffix.lower(),
        "rules": [f"{rule.code}={rule.__module__}.{rule.__qualname__}" for rule in rules],
        "options": {code: dict(values) for code, values in sorted(options.items())},
        "severities": {code: severity.value for code, severity in sorted(severities.items())},
    }
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode("utf-8"))
    digest.update(b"\x00")
    digest.update(data)
    return digest.hexdigest()


def _module_file(rule: type[Rule]) -> str:
    try:
        return inspect.getfile(rule)
    except (TypeError, OSError):
        return ""


@cache
def _code_digest(rule_files: tuple[str, ...]) -> str:
    """A digest of the code that produces findings (computed once per process)."""
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.lark"))
    for name in ("grammar", "rules"):
        with contextlib.suppress(FileNotFoundError):
            files += sorted(data_dir(name).glob("*.*"))
    files += [Path(name) for name in rule_files if name]
    import hashlib

    digest = hashlib.sha256()
    for file in dict.fromkeys(files):
        try:
            digest.update(str(file.name).encode() + b"\x00" + file.read_bytes() + b"\x00")
        except OSError:
            continue
    return digest.hexdigest()


class FindingsCache:
    """Read and write cached diagnostics under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _entry(self, key: str) -> Path:
        return self.directory / __version__ / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[list[Diagnostic], str] | None:
        """The cached diagnostics and document format of ``key``, or None.

        An entry that does not match the schema exactly (see :func:`valid_entry`), or was
        written for another key, is a miss: the file is checked again, never trusted.
        """
        try:
            payload = json.loads(self._entry(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not valid_entry(payload) or payload["key"] != key:
            return None
        diagnostics = [diagnostic_from_dict(item) for item in payload["diagnostics"]]
        return diagnostics, payload["format"]

    def put(self, key: str, diagnostics: Sequence[Diagnostic], document_format: str) -> None:
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            gitignore = self.directory / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            payload = {
                "key": key,
                "format": document_format,
                "diagnostics": [diagnostic_to_dict(d) for d in diagnostics],
            }
            import tempfile

            handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(payload, stream, ensure_ascii=False)
            os.replace(temporary, entry)
        except OSError:
            pass  # a read-only checkout still gets its findings, only slower


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _message(message: Message | None) -> list[str] | None:
    return None if message is None else [message.vi, message.en]


def _unmessage(value: Any) -> Message | None:
    return None if value is None else Message(str(value[0]), str(value[1]))


def diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity.value,
        "message": _message(diagnostic.message),
        "span": _span(diagnostic.span),
        "label": _message(diagnostic.label),
        "related": [[_span(r.span), _message(r.label)] for r in diagnostic.related],
        "notes": [_message(note) for note in diagnostic.notes],
        "suggestion": _message(diagnostic.suggestion),
        "path": diagnostic.path,
        "figures": list(diagnostic.figures),
    }


def diagnostic_from_dict(item: Mapping[str, Any]) -> Diagnostic:
    message = _unmessage(item["message"])
    assert message is not None
    related = []
    for span, label in item["related"]:
        text = _unmessage(label)
        assert text is not None
        related.append(Related(Span(*span), text))
    return Diagnostic(
        code=item["code"],
        name=item["name"],
        severity=Severity(item["severity"]),
        message=message,
        span=Span(*item["span"]),
        label=_unmessage(item["label"]),
        related=related,
        notes=[note for note in map(_unmessage, item["notes"]) if note is not None],
        suggestion=_unmessage(item["suggestion"]),
        path=item["path"],
        figures=tuple(item["figures"]),
    )
