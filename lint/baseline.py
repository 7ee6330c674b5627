"""Baselines: adopt solieu on a repository of old reports without fixing them all first.

``solieu check --write-baseline solieu-baseline.json reports/`` records the current findings
as counts per (file, rule code, fingerprint).  The fingerprint is
:meth:`lint.diagnostics.Diagnostic.fingerprint`: a digest of the code and the printed figures
involved, not of line numbers, so editing or inserting an unrelated paragraph does not change
it.  ``solieu check --baseline solieu-baseline.json reports/`` then drops, for every key, as
many findings as were recorded; only findings beyond the recorded counts remain (new mistakes,
or a mistake repeated once more).  Paths are stored relative to the baseline file's directory,
so the baseline works from any working directory and in a fresh CI clone.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from lint.engine import FileResult
from lint.errors import UsageError
from lint.i18n.message import Message
from lint.outputs import write_atomic

BASELINE_VERSION = 1

Key = tuple[str, str, str]  # (path, code, fingerprint)


def _relative(path: str, base: Path) -> str:
    resolved = Path(path).resolve()
    try:
        return PurePosixPath(resolved.relative_to(base.resolve())).as_posix()
    except ValueError:
        return PurePosixPath(resolved).as_posix()


def baseline_counts(results: Sequence[FileResult], base: Path) -> Counter[Key]:
    counts: Counter[Key] = Counter()
    for result in results:
        if result.document is None:
            continue
        path = _relative(result.path, base)
        for diagnostic in result.diagnostics:
            fingerprint = diagnostic.fingerprint_in(result.document.source)
            counts[(path, diagnostic.code, fingerprint)] += 1
    return counts


def write_baseline(results: Sequence[FileResult], file: Path) -> int:
    """Record the findings of ``results`` in ``file``; returns how many were recorded."""
    counts = baseline_counts(results, file.parent)
    files: dict[str, dict[str, dict[str, int]]] = {}
    for (path, code, fingerprint), count in sorted(counts.items()):
        files.setdefault(path, {}).setdefault(code, {})[fingerprint] = count
    payload = {"version": BASELINE_VERSION, "tool": "solieu", "files": files}
    write_atomic(file, (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return sum(counts.values())


def load_baseline(file: Path) -> Counter[Key]:
    try:
        payload: Any = json.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(
            Message.of(
                "{file}: cannot read the baseline ({error})", file=file, error=error.strerror
            )
        ) from None
    except ValueError as error:
        raise UsageError(
            Message.of("{file}: the baseline is not valid JSON ({error})", file=file, error=error)
        ) from None
    if not isinstance(payload, dict) or payload.get("version") != BASELINE_VERSION:
        raise UsageError(
            Message.of(
                "{file}: not a solieu baseline of version {version}",
                file=file,
                version=BASELINE_VERSION,
            )
        )
    counts: Counter[Key] = Counter()
    try:
        for path, codes in payload["files"].items():
            for code, fingerprints in codes.items():
                for fingerprint, count in fingerprints.items():
                    if not isinstance(count, int) or count < 0:
                        raise ValueError(count)
                    counts[(path, code, fingerprint)] = count
    except (AttributeError, KeyError, ValueError, TypeError):
        raise UsageError(Message.of("{file}: malformed baseline entry", file=file)) from None
    return counts


def apply_baseline(
    results: Sequence[FileResult], counts: Counter[Key], file: Path
) -> tuple[list[FileResult], int]:
    """Results without the baselined findings, and how many findings were dropped."""
    remaining = Counter(counts)
    filtered: list[FileResult] = []
    dropped = 0
    for result in results:
        if result.document is None:
            filtered.append(result)
            continue
        path = _relative(result.path, file.parent)
        kept = []
        for diagnostic in result.diagnostics:
            key = (path, diagnostic.code, diagnostic.fingerprint_in(result.document.source))
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(diagnostic)
        filtered.append(replace(result, diagnostics=kept))
    return filtered, dropped
