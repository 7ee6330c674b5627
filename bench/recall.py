"""Recall and false alarms on documents written for the purpose (issue 11).

``bench/recall/set-*/docs/`` hold twelve consistent Vietnamese reports each, of kinds the other
sets do not have, written for solieu by people who had not seen its code (the kinds are in
each set's ``README.md``); every relation they state was checked by script when they were
written.  ``perturbations.json`` lists one-digit changes of one figure each (not the last digit
only) to a figure that takes part in a stated relation, with the shape of that relation.

For every set this script checks the consistent documents (any warning or error there is a
false alarm) and every changed copy, in process with every rule, and counts a change *caught*
when a warning or error appears that the consistent document does not have (compared by code,
message and line), *info* when only new info findings appear, *missed* otherwise.

    .venv/bin/python bench/recall.py [--sets set-a,set-b] [--json out.json] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "bench" / "recall"
sys.path.insert(0, str(ROOT))

from lint.diagnostics import Diagnostic, Severity  # noqa: E402
from lint.engine import check_text  # noqa: E402
from lint.ruleset import all_rules  # noqa: E402


def findings(text: str, path: str, rules: list) -> set[tuple[str, str, int, str]]:
    found: list[Diagnostic] = check_text(text, rules, path)
    return {(d.code, d.message.en, _line(text, d), d.severity.value) for d in found}


def _line(text: str, diagnostic: Diagnostic) -> int:
    return text.count("\n", 0, diagnostic.span.start) + 1


def changed(text: str, line: int, original: str, perturbed: str) -> str | None:
    lines = text.split("\n")
    if not 1 <= line <= len(lines) or original not in lines[line - 1]:
        return None
    lines[line - 1] = lines[line - 1].replace(original, perturbed, 1)
    return "\n".join(lines)


def run_set(folder: Path, rules: list, misses: bool) -> dict:
    docs = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((folder / "docs").glob("*.md"))
    }
    baseline = {name: findings(text, name, rules) for name, text in docs.items()}
    false_alarms = [
        (name, finding)
        for name, found in baseline.items()
        for finding in sorted(found)
        if finding[3] != Severity.INFO.value
    ]
    results = []
    for case in json.loads((folder / "perturbations.json").read_text(encoding="utf-8")):
        text = changed(docs[case["doc"]], case["line"], case["original"], case["perturbed"])
        if text is None:
            results.append({**case, "result": "not applied"})
            continue
        new = findings(text, case["doc"], rules) - baseline[case["doc"]]
        serious = [f for f in new if f[3] != Severity.INFO.value]
        result = "caught" if serious else "info" if new else "missed"
        results.append(
            {**case, "result": result, "at_line": any(f[2] == case["line"] for f in serious)}
        )
    counts = Counter(r["result"] for r in results)
    summary = {
        "set": folder.name,
        "perturbations": len(results),
        "caught": counts["caught"],
        "info": counts["info"],
        "missed": counts["missed"],
        "not applied": counts["not applied"],
        "caught at the changed line": sum(1 for r in results if r.get("at_line")),
        "false alarms": [f"{name}:{f[2]} {f[0]} {f[1]}" for name, f in false_alarms],
    }
    if misses:
        summary["missed cases"] = [
            f"{r['shape']}: {r['doc']}:{r['line']} {r['original']} -> {r['perturbed']}"
            for r in results
            if r["result"] == "missed"
        ]
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--json", help="write the summaries here")
    parser.add_argument("--misses", action="store_true", help="list the missed changes")
    args = parser.parse_args()
    rules = list(all_rules())
    names = [n for n in args.sets.split(",") if n] or sorted(
        p.name for p in SETS.iterdir() if p.is_dir()
    )
    summaries = [run_set(SETS / name, rules, args.misses) for name in names]
    for s in summaries:
        share = 100 * s["caught"] / max(1, s["perturbations"])
        print(
            f"{s['set']}: {s['caught']}/{s['perturbations']} caught ({share:.0f} %), "
            f"{s['info']} info only, {s['missed']} missed, "
            f"{len(s['false alarms'])} false alarms on the consistent documents"
        )
        for alarm in s["false alarms"]:
            print("  false alarm:", alarm)
        for miss in s.get("missed cases", []):
            print("  missed:", miss)
    if args.json:
        Path(args.json).write_text(
            json.dumps(summaries, ensure_ascii=False, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
