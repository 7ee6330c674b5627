"""How time and memory grow with the input: the shared reports copied to 1, 10, 50 … MB.

For every size, the reports of ``../shared/corpus`` are copied end to end into one Markdown
file, and split over 100 files; a paragraph of ordinary breakdown sentences ("Xã … tiếp nhận N
hồ sơ (đúng hạn a hồ sơ, trước hạn b hồ sơ, quá hạn c hồ sơ).") is made of 1 MB.  Each input is
read, extracted and checked with every rule (no findings cache) in a fresh Python process,
which reports

- wall and CPU seconds, and MB per CPU second ("MB/s a core");
- peak memory (``ru_maxrss`` of the process);
- the MB per CPU second of one compiled regular expression (a figure: ``\\d+(?:[.,]\\d+)*``)
  over the same text in the same process, and the ratio of the two.

``--code DIR`` measures the code of another checkout (``git worktree add /tmp/old REV``) with
this venv's dependencies (``PYTHONPATH=DIR``); a run that exceeds ``--timeout`` seconds is
reported as such and the larger sizes of that input are skipped.

    .venv/bin/python bench/scale.py [--sizes 1,10,50] [--code DIR] [--timeout 600]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
MB = 1_000_000

# Runs in the child: check the given files in-process, then time one regex over them.
CHILD = r"""
import inspect, json, re, resource, sys, time
from lint.engine import check_file
from lint.ruleset import all_rules

# as ``solieu check`` does: a very large file is checked in windows (where the code can)
windows = {"in_windows": True} if "in_windows" in inspect.signature(check_file).parameters else {}

paths = sys.argv[1:]
rules = list(all_rules())
started = time.perf_counter()
cpu = time.process_time()
findings = 0
for path in paths:
    result = check_file(path, rules, **windows)
    findings += len(result.diagnostics)
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
# the high-water mark of this process's own memory: ru_maxrss would also count the memory
# of the parent at the fork (Linux keeps it across exec), and the parent built the inputs
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
figure = re.compile(r"\d+(?:[.,]\d+)*")
regex_cpu = time.process_time()
matches = 0
for path in paths:
    with open(path, encoding="utf-8") as file:
        matches += sum(1 for _ in figure.finditer(file.read()))
regex_cpu = time.process_time() - regex_cpu
print(json.dumps({"wall": wall, "cpu": cpu, "peak_kb": peak_kb, "findings": findings,
                  "regex_cpu": regex_cpu, "matches": matches}))
"""


def reports() -> str:
    sources = sorted(p for p in SHARED.glob("*") if p.suffix in (".md", ".txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources if p.name != "README.md"]
    if not texts:
        sys.exit(f"no reports in {SHARED}")
    return "\n\n".join(text.strip("\n") for text in texts) + "\n\n"


def repeated(unit: str, size: int) -> str:
    """``unit`` copied until the text holds at least ``size`` bytes (UTF-8)."""
    copies = -(-size // len(unit.encode("utf-8")))
    return unit * copies


def breakdown_paragraph(size: int) -> str:
    sentences, total, index = [], 0, 0
    while total < size:
        a, b, c = 10 + index % 90, 20 + index % 70, 5 + index % 40
        sentence = (
            f"Xã số {index} tiếp nhận {a + b + c} hồ sơ (đúng hạn {a} hồ sơ, trước hạn {b} hồ sơ, "
            f"quá hạn {c} hồ sơ). "
        )
        sentences.append(sentence)
        total += len(sentence.encode("utf-8"))
        index += 1
    return "Kết quả giải quyết thủ tục hành chính: " + "".join(sentences).rstrip() + "\n"


def hundred_pieces(text: str) -> list[str]:
    """``text`` cut into 100 pieces of about the same size, at blank lines (never inside a
    table or a paragraph)."""
    pieces, start = [], 0
    for number in range(1, 100):
        cut = text.find("\n\n", max(start, len(text) * number // 100))
        if cut < 0:
            break
        pieces.append(text[start : cut + 2])
        start = cut + 2
    pieces.append(text[start:])
    return pieces


def write_inputs(directory: Path, sizes: list[int], paragraph: int) -> list[tuple[str, list[Path]]]:
    unit = reports()
    inputs: list[tuple[str, list[Path]]] = []
    for size in sizes:
        text = repeated(unit, size * MB)
        one = directory / f"reports-{size}mb.md"
        one.write_text(text, encoding="utf-8")
        inputs.append((f"{size} MB, one file", [one]))
        split = directory / f"reports-{size}mb-100"
        split.mkdir()
        files = []
        for number, piece in enumerate(hundred_pieces(text)):
            path = split / f"{number:03d}.md"
            path.write_text(piece, encoding="utf-8")
            files.append(path)
        inputs.append((f"{size} MB, 100 files", files))
    if paragraph:
        path = directory / "breakdown-paragraph.md"
        path.write_text(breakdown_paragraph(paragraph * MB), encoding="utf-8")
        inputs.append((f"{paragraph} MB paragraph of breakdowns", [path]))
    return inputs


def measure(files: list[Path], code: Path | None, timeout: float) -> dict[str, float] | None:
    environment = dict(os.environ)
    environment["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="solieu-scale-cache-")
    if code is not None:
        environment["PYTHONPATH"] = str(code)
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, *map(str, files)],
            capture_output=True,
            text=True,
            env=environment,
            timeout=timeout,
            check=False,
            # ``python -c`` puts the working directory first on the path: run where no
            # ``lint`` package is, so that ``--code`` (or the installed one) is measured
            cwd=environment["XDG_CACHE_HOME"],
        )
    except subprocess.TimeoutExpired:
        return None
    finally:
        shutil.rmtree(environment["XDG_CACHE_HOME"], ignore_errors=True)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["?"]
        return {"error": 1.0, "message": tail[0]}  # type: ignore[dict-item]
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,50", help="MB of reports, comma-separated")
    parser.add_argument("--paragraph", type=int, default=1, help="MB of the paragraph (0: none)")
    parser.add_argument("--code", type=Path, help="checkout whose lint/ to measure")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size]
    print(f"code: {args.code or 'the installed solieu'}")
    header = f"{'input':<34} {'wall s':>8} {'cpu s':>8} {'MB/s':>6} {'peak MB':>8} {'regex':>8}"
    print(header)
    with tempfile.TemporaryDirectory(prefix="solieu-scale-") as directory:
        timed_out: set[str] = set()
        for name, files in write_inputs(Path(directory), sizes, args.paragraph):
            kind = name.split(", ")[-1]
            if kind in timed_out:
                print(f"{name:<34} skipped (a smaller input took over {args.timeout:.0f} s)")
                continue
            size = sum(path.stat().st_size for path in files) / MB
            result = measure(files, args.code, args.timeout)
            if result is None:
                timed_out.add(kind)
                print(f"{name:<34} over {args.timeout:.0f} s")
                continue
            if "error" in result:
                print(f"{name:<34} failed: {result['message']}")
                continue
            rate = size / result["cpu"]
            regex = size / result["regex_cpu"] if result["regex_cpu"] else float("inf")
            print(
                f"{name:<34} {result['wall']:>8.1f} {result['cpu']:>8.1f} {rate:>6.2f} "
                f"{result['peak_kb'] / 1000:>8.0f} {regex / rate:>7.0f}×",
                flush=True,
            )
    print("MB/s: megabytes per CPU second; regex: how many times faster one compiled regex is")


if __name__ == "__main__":
    main()
