"""Running the rules over documents: the library entry points behind ``solieu check``."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from lint.cache import FindingsCache, cache_key
from lint.diagnostics import Diagnostic, Message, Severity
from lint.document import Document, ExcerptedSource, SourceText, Span
from lint.errors import InputError
from lint.numbers.scan import Extraction, extract
from lint.read import SUPPORTED_SUFFIXES, read_bytes, read_document
from lint.read import windows as read_windows
from lint.read.encoding import decode
from lint.read.windows import byte_windows, is_utf16, windowed
from lint.relations import find_relations
from lint.rule import Context, Rule
from lint.ruleset import rule_by_code
from lint.suppression import (
    ReportsUnusedSuppressions,
    Suppression,
    apply_suppressions,
    parse_suppressions,
)

STDIN = "-"


@dataclass
class FileResult:
    """The outcome for one input: its diagnostics, or the reason it could not be read."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: Message | None = None  # one line, shown in the language of the run
    document: Document | None = None
    extraction: Extraction | None = None
    traceback: str | None = None  # of an unexpected error, shown with --debug
    notes: list[Message] = field(default_factory=list)  # reading budgets hit (Document.notes)


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
            for found in sorted(_walk(path, missing)):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                hidden = hidden or found.name.startswith("~$")  # Word's lock file of an open .docx
                if found.is_file() and found.suffix.lower() in SUPPORTED_SUFFIXES and not hidden:
                    files.append(str(found))
        elif path.exists():
            files.append(raw)
        else:
            missing.append(
                FileResult(
                    raw, error=Message.same(f"{raw}: ") + Message.of("no such file or directory")
                )
            )
    return files, missing


def _walk(directory: Path, unreadable: list[FileResult]) -> list[Path]:
    """Every entry under ``directory`` (symbolic links to directories are not followed).

    A directory that cannot be listed is one line in ``unreadable``: its reports are not
    silently left out of the run.
    """
    found: list[Path] = []

    def record(error: OSError) -> None:
        name = str(error.filename) if error.filename else str(directory)
        if Path(name) != directory and any(
            part.startswith(".") for part in Path(name).relative_to(directory).parts
        ):
            return  # a hidden directory is skipped anyway
        reason = Message.of(error.strerror) if error.strerror else type(error).__name__
        unreadable.append(
            FileResult(
                name,
                error=Message.same(f"{name}: ")
                + Message.of("cannot be read ({reason})", reason=reason),
            )
        )

    for root, directories, names in os.walk(directory, onerror=record):
        base = Path(root)
        found.extend(base / name for name in (*directories, *names))
    return found


def check_document(
    document: Document,
    rules: Iterable[type[Rule]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    extraction: Extraction | None = None,
    *,
    severities: Mapping[str, Severity] | None = None,
) -> list[Diagnostic]:
    """Run ``rules`` over a parsed document and return their diagnostics, sorted.

    Configured ``severities`` (by rule code) replace the rules' own; findings silenced by the
    document's ``solieu:`` directives are dropped (see :mod:`lint.suppression`), and a rule
    that reports unused suppressions (X101) is told which ones silenced nothing.
    """
    extraction = extraction if extraction is not None else extract(document)
    rules = list(rules)
    relations = find_relations(document, extraction)
    diagnostics: list[Diagnostic] = []
    for rule_class in rules:
        rule_options = {name: option.default for name, option in rule_class.options.items()}
        rule_options.update((options or {}).get(rule_class.code, {}))
        context = Context(document, extraction, rule_options, relations)
        for diagnostic in rule_class().check(context):
            diagnostic.path = document.path
            diagnostics.append(diagnostic)
    # each finding is given to its owner among the selected rules first, so that a suppression
    # comment silences the finding, not just the name one rule gave it
    diagnostics = deduplicate_across_rules(diagnostics)
    suppressions, _ = parse_suppressions(document)
    diagnostics = apply_suppressions(diagnostics, suppressions)
    for rule_class in rules:
        if _reports_unused(rule_class):
            reporter = cast(ReportsUnusedSuppressions, rule_class())
            for diagnostic in reporter.unused_suppressions(document, suppressions, rules):
                diagnostic.path = document.path
                diagnostics.append(diagnostic)
    if severities:
        diagnostics = [
            replace(d, severity=severities[d.code]) if d.code in severities else d
            for d in diagnostics
        ]
    diagnostics.sort(key=Diagnostic.sort_key)
    return _deduplicate(diagnostics)


# Which rule reports a finding that several selected rules see (the one that explains it
# best: the breakdown before one of its shares, the comma typo before the relation it breaks);
# rules not listed follow in the order of their codes.
PRECEDENCE = ("N102", "S101", "P101", "U101")


def _precedence(code: str) -> tuple[int, str]:
    return (PRECEDENCE.index(code) if code in PRECEDENCE else len(PRECEDENCE), code)


def deduplicate_across_rules(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Each finding once, by whichever of the rules that reported it takes precedence.

    Runs on the findings of the selected rules only (after selection, before suppression
    comments), so ignoring the rule that owns a finding (``--ignore``, ``per-file-ignores``)
    lets the next one report it, while a comment silencing the owner's finding silences it.  A finding is dropped
    when all of its ``subjects`` belong to one finding of a rule earlier in :data:`PRECEDENCE`;
    findings without subjects are always kept.
    """
    owners: list[Diagnostic] = []
    kept: list[Diagnostic] = []
    for diagnostic in sorted(diagnostics, key=lambda d: _precedence(d.code)):
        subjects = diagnostic.subjects
        if subjects and any(
            owner.code != diagnostic.code and subjects <= owner.subjects for owner in owners
        ):
            continue
        if subjects:
            owners.append(diagnostic)
        kept.append(diagnostic)
    survivors = {id(diagnostic) for diagnostic in kept}
    return [diagnostic for diagnostic in diagnostics if id(diagnostic) in survivors]


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
    *,
    severities: Mapping[str, Severity] | None = None,
    cache: FindingsCache | None = None,
    in_windows: bool = False,
) -> FileResult:
    """Read and check one file (or ``-`` for standard input); never raises.

    With a ``cache``, a file whose bytes and settings were checked before is only re-read.
    With ``in_windows``, a very large Markdown or text file is checked window by window
    (:func:`check_in_windows`). An input that cannot be read, and any unexpected error while
    reading, extracting or running a rule, is the file's ``error`` (one line); the traceback of
    an unexpected one is kept in ``traceback`` (``--debug``). The other files of a run are
    checked all the same.
    """
    try:
        if in_windows and path != STDIN and windowed(path, _size(path)):
            return check_in_windows(path, rules, options, severities=severities)
        return _check_file(path, rules, options, severities, cache)
    except InputError as error:
        return FileResult(path, error=error.located)
    except Exception as error:  # a bug must cost one file, never the run
        return FileResult(
            path,
            error=internal_error(path if path != STDIN else "<stdin>", error),
            traceback=traceback.format_exc(),
        )


# From this many bytes a file is checked with the collector paused: below, the collections
# it saves cost less than the full collection after it (measured: 100 files of 10 kB 25 %
# slower paused, of 100 kB the same, one file of 1 MB 20 % and of 10 MB 30 % faster).
PAUSE_GC_FROM = 200_000
# A smaller file is checked with the collector running, but collecting the young generation
# only after this many new container objects (Python's default, 700, ran about 25 collections
# a file of 25 kB, a tenth of them full ones over the whole heap: 12 % of the CPU time; with
# 20,000, a few). The caller's thresholds are restored after the file.
YOUNG_THRESHOLD = 20_000


@contextlib.contextmanager
def cyclic_gc_once_per_file(size: int) -> Iterator[None]:
    """Check one file with the cyclic garbage collector paused, then collect once.

    Reading, extracting and checking allocate millions of small records that live until the
    file is done and form almost no reference cycles: left running, the collector walks that
    growing heap again and again (a quarter of the CPU time of a 5 MB file, more the larger the
    file). Reference counting still frees everything that is not in a cycle at once; one full
    collection at the end frees the cycles the file (and the result of the file before, which
    the caller held until now) left. Collecting only the young generations is a little faster
    on many small files but lets those results reach the old generation: 71 MB instead of 58
    at the peak over 30 files of 0.1 MB. A collector the caller had turned off stays off, and
    a file under :data:`PAUSE_GC_FROM` bytes is checked with the collector running, its young
    generation collected less often (:data:`YOUNG_THRESHOLD`).
    """
    if not gc.isenabled():
        yield
        return
    if size < PAUSE_GC_FROM:
        thresholds = gc.get_threshold()
        gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
        try:
            yield
        finally:
            gc.set_threshold(*thresholds)
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


_REPORTS_UNUSED: dict[type[Rule], bool] = {}


def _reports_unused(rule_class: type[Rule]) -> bool:
    """Whether a rule class reports unused suppressions (:class:`ReportsUnusedSuppressions`),
    asked once per class: a runtime Protocol check per rule and file costs more than the
    rule."""
    if rule_class not in _REPORTS_UNUSED:
        _REPORTS_UNUSED[rule_class] = callable(getattr(rule_class, "unused_suppressions", None))
    return _REPORTS_UNUSED[rule_class]


def internal_error(path: str | None, error: BaseException) -> Message:
    """The one line reporting an unexpected error (a bug in solieu) for ``path`` (or the run)."""
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    kind = type(error).__name__ + (f": {detail}" if detail else "")
    if path is None:
        return Message.of(
            "internal error ({kind}); please report it, --debug shows where it happened", kind=kind
        )
    return Message.same(f"{path}: ") + Message.of(
        "internal error while checking this file ({kind}); the other files were checked. "
        "Please report it; --debug shows where it happened",
        kind=kind,
    )


def _check_file(
    path: str,
    rules: Sequence[type[Rule]],
    options: Mapping[str, Mapping[str, Any]] | None,
    severities: Mapping[str, Severity] | None,
    cache: FindingsCache | None,
) -> FileResult:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        path_name = "<stdin>"
    else:
        data = read_bytes(path)
        path_name = path
    key = None
    if cache is not None and path != STDIN:
        key = cache_key(data, path, rules, options or {}, severities or {})
        found = _from_cache(cache, key, path_name, data)
        if found is not None:
            return found
    with cyclic_gc_once_per_file(len(data)):
        document = read_document(path_name, data)
        extraction = extract(document)
        diagnostics = check_document(document, rules, options, extraction, severities=severities)
    if cache is not None and key is not None:
        cache.put(key, diagnostics, document.format)
    return FileResult(document.path, diagnostics, None, document, extraction, notes=document.notes)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # read as usual, which says why it cannot be


def check_in_windows(
    path: str,
    rules: Sequence[type[Rule]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    severities: Mapping[str, Severity] | None = None,
    limit: int | None = None,
) -> FileResult:
    """Check a very large Markdown or text file one window at a time (:mod:`lint.read.windows`),
    holding one window's document at a time: memory stays that of a window of ``limit`` bytes
    (:data:`lint.read.windows.WINDOW_BYTES`) plus where each line starts and the lines
    findings point at.

    Each window is a document of its own, so relations between windows are not read, and the
    rules that compare parts of the whole document (``Rule.whole_document``: footnotes,
    numbering of headings, restatements, document-wide conventions, unused suppressions) are
    not run; a note says so.  ``solieu: disable-file`` applies to every window.  Not cached.
    Raises :class:`InputError` for a file that cannot be read.
    """
    limit = limit or read_windows.WINDOW_BYTES
    local = [rule for rule in rules if not rule.whole_document]
    skipped = sorted(rule.code for rule in rules if rule.whole_document)
    source = ExcerptedSource(path)
    diagnostics: list[Diagnostic] = []
    whole_file: list[Suppression] = []
    notes: list[Message] = []
    document_format: str | None = None
    count = 0
    try:
        for data in byte_windows(path, limit):
            if count == 0 and is_utf16(data):  # its newlines are two bytes: read it whole
                return _check_file(path, rules, options, severities, None)
            count += 1
            with cyclic_gc_once_per_file(len(data)):
                document = read_document(path, data, document_format)
                document_format = document.format
                found = check_document(document, local, options, severities=severities)
                suppressions, _ = parse_suppressions(document)
                whole_file += [each for each in suppressions if each.region is None]
                notes += [note for note in document.notes if note not in notes]
                spans = [span for d in found for span in (d.span, *(r.span for r in d.related))]
                offset = source.add_window(document.source, spans)
                del document
            for diagnostic in found:
                diagnostics.append(_shifted(diagnostic, offset, path))
    except OSError:
        read_bytes(path)  # raises the InputError that says why
        raise
    except InputError:  # say where in the file, not in the window
        decode(read_bytes(path), path)
        raise
    diagnostics = apply_suppressions(diagnostics, whole_file)
    diagnostics.sort(key=Diagnostic.sort_key)
    if count > 1:
        notes.append(
            Message.of(
                "checked in {count} windows of about {size} MB (the file is too large to "
                "hold whole); relations between windows are not read, and these rules, which "
                "compare parts of the whole document, did not run: {codes}",
                count=count,
                size=f"{limit / 1e6:g}",
                codes=", ".join(skipped) or "-",
            )
        )
    document = Document(source, document_format or "text", [], notes=notes)
    return FileResult(path, diagnostics, None, document, None, notes=notes)


def _shifted(diagnostic: Diagnostic, offset: int, path: str) -> Diagnostic:
    """``diagnostic`` found in a window starting at ``offset``, in the file's offsets."""

    def shift(span: Span) -> Span:
        return Span(span.start + offset, span.end + offset)

    return replace(
        diagnostic,
        span=shift(diagnostic.span),
        related=[replace(item, span=shift(item.span)) for item in diagnostic.related],
        path=path,
    )


def _from_cache(cache: FindingsCache, key: str, path: str, data: bytes) -> FileResult | None:
    """The result kept for ``data`` under ``key``, or None (not kept, or not for this file)."""
    cached = cache.get(key)
    if cached is None:
        return None
    diagnostics, document_format = cached
    try:
        if document_format in ("markdown", "text"):
            # renderers need the text only: skip re-reading blocks and tables
            source = SourceText(path, decode(data, path))
            document = Document(source, document_format, [])
        else:
            document = read_document(path, data)
    except InputError:  # an entry that does not fit the file: read it as usual
        return None
    if not _spans_fit(diagnostics, len(document.source.text)):
        return None  # an entry pointing outside the file was not written for it
    for diagnostic in diagnostics:
        diagnostic.path = document.path
    return FileResult(document.path, diagnostics, None, document, None, notes=document.notes)


def cached_result(job: FileJob) -> FileResult | None:
    """``job``'s result from the findings cache, or None: a file checked before with the same
    bytes and settings is answered without a worker process (never raises)."""
    if job.cache_dir is None or job.path == STDIN:
        return None
    try:
        rules = [rule for rule in map(rule_by_code, job.rules) if rule is not None]
        data = read_bytes(job.path)
        key = cache_key(data, job.path, rules, job.options, job.severities)
        return _from_cache(FindingsCache(Path(job.cache_dir)), key, job.path, data)
    except Exception:  # unreadable or anything unexpected: the worker reports it as usual
        return None


def _spans_fit(diagnostics: Sequence[Diagnostic], length: int) -> bool:
    return all(
        span.end <= length
        for diagnostic in diagnostics
        for span in (diagnostic.span, *(related.span for related in diagnostic.related))
    )


@dataclass(frozen=True)
class FileJob:
    """One file to check with its effective settings (picklable, for worker processes)."""

    path: str
    rules: tuple[str, ...]  # rule codes
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    severities: Mapping[str, Severity] = field(default_factory=dict)
    cache_dir: str | None = None


def run_job(job: FileJob) -> FileResult:
    rules = [rule for rule in map(rule_by_code, job.rules) if rule is not None]
    cache = FindingsCache(Path(job.cache_dir)) if job.cache_dir else None
    result = check_file(
        job.path, rules, job.options, severities=job.severities, cache=cache, in_windows=True
    )
    result.extraction = None  # not needed for reports; spares pickling it between processes
    document = result.document
    if document is not None and document.format in ("markdown", "text"):
        # reports of Markdown and text need only the text (as for a cached file): the blocks
        # and tables would be pickled back from a worker process for nothing
        result.document = Document(document.source, document.format, [])
    return result


def watch_parent(parent: int, interval: float = 0.2) -> None:
    """In a worker process: exit as soon as the main process ``parent`` is gone.

    A main process killed (SIGKILL, or SIGTERM, which skips the pool's shutdown) leaves its
    workers waiting on a queue nobody writes to, or finishing a long file for nobody. On Linux
    the kernel is asked to kill the worker with its parent; everywhere, a daemon thread checks
    that the parent is still there (an orphan is adopted by another process).
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc: the thread alone
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="solieu-watch-parent", daemon=True).start()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def check_files(
    jobs: Sequence[FileJob],
    workers: int = 1,
    progress: Callable[[], None] | None = None,
) -> list[FileResult]:
    """Check many files, in ``workers`` processes; results come back in the order of ``jobs``.

    Files the findings cache answers are answered here first: a re-check of an unchanged tree
    starts no worker process."""
    if workers > 1 and len(jobs) > 1:
        answered = {
            index: result for index, job in enumerate(jobs) if (result := cached_result(job))
        }
        if answered:
            left = [job for index, job in enumerate(jobs) if index not in answered]
            checked = iter(_check_in_workers(left, workers, progress))
            merged: list[FileResult] = []
            for index in range(len(jobs)):
                if index in answered:
                    merged.append(answered[index])
                    if progress:
                        progress()
                else:
                    merged.append(next(checked))
            return merged
    return _check_in_workers(jobs, workers, progress)


def _check_in_workers(
    jobs: Sequence[FileJob], workers: int, progress: Callable[[], None] | None
) -> list[FileResult]:
    workers = max(1, min(workers, len(jobs)))
    if workers == 1 or any(job.path == STDIN for job in jobs):
        results: list[FileResult] = []
        for job in jobs:
            results.append(run_job(job))
            if progress:
                progress()
        return results
    from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: faster start
    from concurrent.futures.process import BrokenProcessPool

    ordered: list[FileResult] = []
    with ProcessPoolExecutor(
        max_workers=workers, initializer=watch_parent, initargs=(os.getpid(),)
    ) as pool:
        chunk = max(1, min(16, len(jobs) // (workers * 4)))
        try:
            for result in pool.map(run_job, jobs, chunksize=chunk):
                ordered.append(result)
                if progress:
                    progress()
        except BrokenProcessPool:
            # a worker was killed (out of memory, a crash in a C library): the files whose
            # results did not come back are each one line, the others keep their findings
            for job in jobs[len(ordered) :]:
                name = job.path if job.path != STDIN else "<stdin>"
                ordered.append(
                    FileResult(
                        job.path,
                        error=Message.same(f"{name}: ")
                        + Message.of(
                            "a worker process died while checking this file or one checked with it"
                        ),
                    )
                )
    return ordered


def check_text(text: str, rules: Sequence[type[Rule]], path: str = "report.md") -> list[Diagnostic]:
    """Check a report given as a string (library use and tests)."""
    document = read_document(path, text.encode("utf-8"))
    return check_document(document, rules)
