"""GitLab code quality report (a JSON list of issues, the CodeClimate subset GitLab reads).

Severity: error → major, warning → minor, info → info.  Each issue's ``fingerprint`` must be
unique in the report: it is the finding's line-independent fingerprint with the path and the
occurrence number, so the merge-request widget tracks the same finding across pushes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from lint.diagnostics import Severity
from lint.engine import FileResult
from lint.report.location import display_path

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(results: Sequence[FileResult], lang: str) -> str:
    issues: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    for result in results:
        if result.document is None:
            continue
        source = result.document.source
        path = display_path(result.path)
        for diagnostic in result.diagnostics:
            where = source.locate(diagnostic.span)
            base = f"{path}\x1f{diagnostic.fingerprint_in(source)}"
            seen[base] += 1
            fingerprint = hashlib.sha256(f"{base}\x1f{seen[base]}".encode()).hexdigest()
            issues.append(
                {
                    "type": "issue",
                    "check_name": f"{diagnostic.code} {diagnostic.name}",
                    "description": f"{diagnostic.code} {diagnostic.message.text(lang)}",
                    "categories": ["Bug Risk"],
                    "severity": _SEVERITY[diagnostic.severity],
                    "fingerprint": fingerprint,
                    "location": {
                        "path": path,
                        "positions": {
                            "begin": {"line": where.line, "column": where.column},
                            "end": {"line": where.end_line, "column": where.end_column},
                        },
                    },
                }
            )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
