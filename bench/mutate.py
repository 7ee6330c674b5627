"""Mutation run over the relations verified by hand in the development corpus.

    python bench/mutate.py                       # ../shared/corpus/dev, bench/annotations/*.toml
    python bench/mutate.py --json results.json   # also the per-mutant outcome, for comparing runs

For every annotated relation (``bench/annotations/*.toml``) the script first checks that the
relation holds on the original document, so an annotation cannot silently rot. It then makes
one mutant per digit of every figure taking part in a relation (the digit ``d`` becomes
``d + 1``, a 9 becomes 8), runs ``solieu check --format json`` once over all mutants, and counts:

- **caught**: a finding that is not on the original names the changed figure (as its primary
  span or as a related span);
- **at the figure**: that finding's primary span is the changed figure;
- **elsewhere**: the mutant raised new findings, none naming the changed figure;
- **identifiable**: the annotated relations single the changed figure out: it is the only
  figure taking part in every relation the change breaks and in no relation that still holds.
  A one-digit change to a part of a lone sum ``a + b = T`` is not identifiable (changing ``T``
  explains it as well), so "at the figure" is judged against this count: it is what any
  checker reading only these relations could point at.  An amount and its words disagree
  either way, so a broken "words" relation singles nothing out.

The line "all but the last digit" leaves out the mutants of a figure's last printed digit: in
a sum of amounts printed to a whole unit (each one within half a unit of what it rounds), a
one-unit change can be rounding, and solieu says nothing by design.

It also lists every finding on the unchanged documents. The documents are read from
``../shared/corpus/dev`` and never copied into the project.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
DEFAULT_ANNOTATIONS = ROOT / "bench" / "annotations"


@dataclass(frozen=True)
class Figure:
    """A printed figure of one document, by line (1-based) and text."""

    file: str
    line: int  # 0 for a workbook cell
    text: str  # as solieu prints it (a cell: its value in its number format)
    occurrence: int = 1
    sheet: str = ""  # a workbook cell: its sheet and reference ("11.VDT", "C9")
    cell: str = ""

    def value(self) -> Fraction:
        return Fraction(self.text.replace(".", "").replace(",", "."))

    def half_unit(self) -> Fraction:
        """Half a unit of the last printed digit (0 for integers in text, whose counts are
        exact; a workbook cell is always its value rounded to its format)."""
        if "," not in self.text:
            return Fraction(1, 2) if self.cell else Fraction(0)
        decimals = len(self.text.split(",", 1)[1])
        return Fraction(1, 2 * 10**decimals)


@dataclass
class Relation:
    file: str
    kind: str
    note: str
    figures: list[Figure]
    raw: dict[str, Any]


@dataclass
class Located:
    figure: Figure
    offset: int  # character offset of the figure in the file's text
    column: int  # 1-based character column on its line
    relations: list[int] = field(default_factory=list)


def _figure(file: str, spec: dict[str, Any]) -> Figure:
    if "cell" in spec:
        return Figure(file, 0, str(spec["text"]), 1, str(spec["sheet"]), str(spec["cell"]))
    return Figure(file, int(spec["line"]), str(spec["text"]), int(spec.get("occurrence", 1)))


class Workbook:
    """An .xlsx as its zip parts; a cell's cached value read and replaced in the sheet XML."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.infos = archive.infolist()
            self.parts = {info.filename: archive.read(info.filename) for info in self.infos}
        book = self.parts["xl/workbook.xml"].decode("utf-8")
        rels = self.parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
        targets = dict(re.findall(r'<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
        targets |= {
            rid: target
            for target, rid in re.findall(
                r'<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels
            )
        }
        self.sheets = {
            html.unescape(name): "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
            for name, rid in re.findall(r'<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', book)
        }

    def _value(self, sheet: str, cell: str) -> re.Match[str]:
        xml = self.parts[self.sheets[sheet]].decode("utf-8")
        found = re.search(rf'<c r="{cell}"(?:\s[^>]*)?>(?:(?!</c>).)*?<v>([^<]*)</v>', xml, re.S)
        if found is None:
            raise SystemExit(f"{sheet}!{cell}: no value")
        return found

    def raw(self, sheet: str, cell: str) -> Decimal:
        return Decimal(self._value(sheet, cell).group(1))

    def with_value(self, sheet: str, cell: str, value: Decimal) -> bytes:
        xml = self.parts[self.sheets[sheet]].decode("utf-8")
        found = self._value(sheet, cell)
        changed = xml[: found.start(1)] + str(value) + xml[found.end(1) :]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in self.infos:
                data = self.parts[info.filename]
                if info.filename == self.sheets[sheet]:
                    data = changed.encode("utf-8")
                archive.writestr(info.filename, data)
        return out.getvalue()


def printed_matches(raw: Decimal, figure: Figure) -> bool:
    decimals = len(figure.text.split(",", 1)[1]) if "," in figure.text else 0
    rounded = raw.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return Fraction(rounded) == figure.value()


def cell_mutants(text: str) -> list[tuple[int, str, Decimal]]:
    """One mutant per printed digit of a cell: (index, mutated text, change of the value)."""
    decimals = len(text.split(",", 1)[1]) if "," in text else 0
    digits = [i for i, char in enumerate(text) if char.isdigit()]
    out = []
    for place, index in enumerate(reversed(digits)):
        digit = int(text[index])
        step = Decimal(1).scaleb(place - decimals)
        new = digit + 1 if digit < 9 else 8
        out.append((index, text[:index] + str(new) + text[index + 1 :], step * (new - digit)))
    return sorted(out)


def load_relations(path: Path) -> list[Relation]:
    """The relations of one annotation file, or of every ``*.toml`` in a folder (sorted)."""
    if path.is_dir():
        return [r for file in sorted(path.glob("*.toml")) for r in load_relations(file)]
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    relations = []
    for raw in data.get("relation", []):
        file, kind = raw["file"], raw["kind"]
        if kind == "sum":
            figures = [_figure(file, raw["total"])] + [_figure(file, p) for p in raw["parts"]]
        elif kind == "ratio":
            figures = [_figure(file, raw[k]) for k in ("part", "base", "percent")]
        elif kind == "count":
            figures = [_figure(file, raw["count"])]
        elif kind == "same":
            figures = [_figure(file, f) for f in raw["figures"]]
        elif kind == "words":
            figures = [_figure(file, raw["amount"])]
        else:
            raise SystemExit(f"{path}: unknown relation kind {kind!r}")
        relations.append(Relation(file, kind, raw.get("note", ""), figures, raw))
    return relations


def holds(relation: Relation) -> bool:
    """Whether the relation holds on the printed figures, honouring their rounding."""
    figures = relation.figures
    if relation.kind == "sum":
        total, parts = figures[0], figures[1:]
        slack = total.half_unit() + sum((p.half_unit() for p in parts), Fraction(0))
        return abs(total.value() - sum((p.value() for p in parts), Fraction(0))) <= slack
    if relation.kind == "ratio":
        part, base, percent = figures
        return abs(part.value() * 100 / base.value() - percent.value()) <= percent.half_unit()
    if relation.kind == "count":
        return figures[0].value() == int(relation.raw["items"])
    if relation.kind == "same":
        return len({f.value() for f in figures}) == 1
    if relation.kind == "words":
        return figures[0].value() == Fraction(relation.raw["value"])
    return False


def identifiable(relations: list[Relation], figure: Figure, new_text: str) -> bool:
    """Whether the relations single out ``figure`` once its text is ``new_text``."""
    changed = replace(figure, text=new_text)

    def members(relation: Relation) -> list[Figure]:
        return [changed if f == figure else f for f in relation.figures]

    mine = [r for r in relations if r.file == figure.file and figure in r.figures]
    violated = [r for r in mine if not holds(replace(r, figures=members(r)))]
    if not violated or any(r.kind == "words" for r in violated):
        return False  # the words state the amount a second time: either may be the slip
    candidates = set.intersection(*(set(r.figures) for r in violated))
    still = [
        r
        for r in relations
        if r.file == figure.file and r not in violated and holds(replace(r, figures=members(r)))
    ]
    candidates -= {f for r in still for f in r.figures}
    return candidates == {figure}


def pattern(text: str) -> re.Pattern[str]:
    """The figure as a whole token: not inside a longer number."""
    return re.compile(r"(?<!\d)(?<!\d[.,])" + re.escape(text) + r"(?!\d)(?![.,]\d)")


def locate(text: str, figure: Figure) -> Located:
    lines = text.split("\n")
    if not 1 <= figure.line <= len(lines):
        raise SystemExit(f"{figure.file}: no line {figure.line}")
    matches = list(pattern(figure.text).finditer(lines[figure.line - 1]))
    if len(matches) < figure.occurrence:
        raise SystemExit(f"{figure.file}:{figure.line}: {figure.text!r} not found")
    start = matches[figure.occurrence - 1].start()
    offset = sum(len(line) + 1 for line in lines[: figure.line - 1]) + start
    return Located(figure, offset, start + 1)


def mutants(text: str) -> list[tuple[int, str]]:
    """One mutant per digit: (index in the figure's text, mutated text)."""
    out = []
    for index, char in enumerate(text):
        if char.isdigit():
            digit = int(char)
            new = digit + 1 if digit < 9 else 8
            out.append((index, text[:index] + str(new) + text[index + 1 :]))
    return out


def covers(span: dict[str, Any], located: Located) -> bool:
    figure = located.figure
    if figure.cell:
        return bool(span.get("location") == f"{figure.sheet}!{figure.cell}")
    if span.get("line") != located.figure.line or span.get("end_line") != located.figure.line:
        return False
    start, end = located.column, located.column + len(located.figure.text)
    return int(span["column"]) < end and start < int(span["end_column"])


def finding_key(d: dict[str, Any]) -> tuple[Any, ...]:
    return (d["code"], d["line"], d["column"], d["end_column"], d["message_en"])


def run_solieu(solieu: list[str], target: Path, jobs: int) -> dict[str, Any]:
    command = [*solieu, "check", "--format", "json", "--no-cache", "--exit-zero"]
    command += ["--jobs", str(jobs), str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
        raise SystemExit(f"solieu exited {done.returncode}")
    return dict(json.loads(done.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--annotations",
        type=Path,
        default=DEFAULT_ANNOTATIONS,
        help="a .toml file of relations, or a folder of them (default: bench/annotations)",
    )
    parser.add_argument(
        "--solieu", default=None, help="the solieu command (default: beside python)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, default=None, help="write every mutant's outcome")
    args = parser.parse_args()
    solieu = args.solieu.split() if args.solieu else [str(Path(sys.executable).with_name("solieu"))]

    relations = load_relations(args.annotations)
    broken = [r for r in relations if not holds(r)]
    for relation in broken:
        print(f"annotation does not hold: {relation.file}: {relation.note}", file=sys.stderr)
    if broken:
        return 2

    texts: dict[str, str] = {}
    books: dict[str, Workbook] = {}
    located: dict[Figure, Located] = {}
    for number, relation in enumerate(relations):
        if relation.file.endswith(".xlsx"):
            if relation.file not in books:
                books[relation.file] = Workbook(args.corpus / relation.file)
        elif relation.file not in texts:
            texts[relation.file] = (args.corpus / relation.file).read_text(encoding="utf-8")
        for figure in relation.figures:
            if figure not in located:
                if figure.cell:
                    raw = books[figure.file].raw(figure.sheet, figure.cell)
                    if not printed_matches(raw, figure):
                        raise SystemExit(
                            f"{figure.sheet}!{figure.cell} holds {raw}, not {figure.text}"
                        )
                    located[figure] = Located(figure, 0, 0)
                else:
                    located[figure] = locate(texts[relation.file], figure)
            located[figure].relations.append(number)

    with tempfile.TemporaryDirectory(prefix="solieu-mutants-") as tmp:
        base_dir = Path(tmp) / "original"
        base_dir.mkdir()
        for name in [*texts, *books]:
            shutil.copyfile(args.corpus / name, base_dir / name)
        original = run_solieu(solieu, base_dir, args.jobs)
        baseline: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
        for d in original["diagnostics"]:
            baseline[Path(d["path"]).name].add(finding_key(d))

        mutant_dir = Path(tmp) / "mutants"
        plan: dict[str, tuple[Located, str]] = {}
        for number, (figure, where) in enumerate(sorted(located.items(), key=_order)):
            if figure.cell:
                book = books[figure.file]
                raw = book.raw(figure.sheet, figure.cell)
                for index, new_text, change in cell_mutants(figure.text):
                    name = f"m{number:03d}-{index:02d}"
                    (mutant_dir / name).mkdir(parents=True)
                    data = book.with_value(figure.sheet, figure.cell, raw + change)
                    (mutant_dir / name / figure.file).write_bytes(data)
                    plan[name] = (where, new_text)
                continue
            for index, new_text in mutants(figure.text):
                name = f"m{number:03d}-{index:02d}"
                text = texts[figure.file]
                mutated = text[: where.offset] + new_text + text[where.offset + len(figure.text) :]
                (mutant_dir / name).mkdir(parents=True)
                (mutant_dir / name / figure.file).write_text(mutated, encoding="utf-8")
                plan[name] = (where, new_text)
        outcome = run_solieu(solieu, mutant_dir, args.jobs)

    by_mutant: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in outcome["diagnostics"]:
        by_mutant[Path(d["path"]).parent.name].append(d)

    rows = []
    for name, (where, new_text) in sorted(plan.items()):
        figure = where.figure
        new = [d for d in by_mutant[name] if finding_key(d) not in baseline[figure.file]]
        at = [d for d in new if covers(d, where)]
        named = at + [d for d in new if d not in at and any(covers(r, where) for r in d["related"])]
        result = "at-figure" if at else "caught" if named else "elsewhere" if new else "missed"
        rows.append(
            {
                "mutant": name,
                "file": figure.file,
                "line": figure.line,
                "original": figure.text,
                "mutated": new_text,
                "kinds": sorted({relations[n].kind for n in where.relations}),
                "identifiable": identifiable(relations, figure, new_text),
                "last_digit": _last_digit_changed(figure.text, new_text),
                "result": result,
                "codes": sorted({d["code"] for d in (named or new)}),
            }
        )

    _print_summary(rows, original)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


def _last_digit_changed(text: str, new_text: str) -> bool:
    """The mutant changes the last printed digit: the one the rounding of a figure (half a
    unit of it) may absorb in a sum of several rounded figures."""
    digits = [i for i, char in enumerate(text) if char.isdigit()]
    return text[digits[-1]] != new_text[digits[-1]]


def _order(item: tuple[Figure, Located]) -> tuple[str, int, str, str]:
    return item[0].file, item[1].offset, item[0].sheet, item[0].cell


def _print_summary(rows: list[dict[str, Any]], original: dict[str, Any]) -> None:
    def line(label: str, group: list[dict[str, Any]]) -> str:
        n = len(group)
        count: dict[str, int] = defaultdict(int)
        for row in group:
            count[row["result"]] += 1
        caught = count["at-figure"] + count["caught"]

        def pct(k: int) -> str:
            return f"{100 * k / n:5.1f} %" if n else "    –"

        ident = [row for row in group if row["identifiable"]]
        ident_at = sum(1 for row in ident if row["result"] == "at-figure")
        share = f"{100 * ident_at / len(ident):5.1f} %" if ident else "    –"
        return (
            f"{label:<58} {n:>4} {caught:>6} {pct(caught)} {count['at-figure']:>6} "
            f"{pct(count['at-figure'])} {count['elsewhere']:>5} {len(ident):>5} {ident_at:>6} "
            f"{share}"
        )

    header = (
        f"{'':<58} {'mut':>4} {'caught':>6} {'':>7} {'at fig':>6} {'':>7} {'else':>5} "
        f"{'ident':>5} {'at fig':>6} {'':>7}"
    )
    print(header)
    for file in sorted({row["file"] for row in rows}):
        print(line(file, [row for row in rows if row["file"] == file]))
    for kind in sorted({k for row in rows for k in row["kinds"]}):
        print(line(f"kind: {kind}", [row for row in rows if kind in row["kinds"]]))
    print(line("all", rows))
    print(line("all but the last digit", [row for row in rows if not row["last_digit"]]))
    print()
    findings = original["diagnostics"]
    print(f"findings on the unchanged documents: {len(findings)}")
    for d in findings:
        print(f"  {Path(d['path']).name}:{d['line']}:{d['column']} {d['code']} {d['message_en']}")


if __name__ == "__main__":
    raise SystemExit(main())
