"""The ``solieu`` command line: check, extract, rules, rule, config.

Every text the program prints is English in the source, looked up in the message catalogue of
:mod:`lint.i18n` in the language of the run, which is passed explicitly: the entry point
(:meth:`_SolieuGroup.main`) resolves it once from ``--lang`` or the environment and gives it
to the click context (:class:`_Context`), where help texts read it when they are shown; a
command that also reads the configuration's ``lang`` passes the result to what it prints.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from lint import __version__
from lint.baseline import apply_baseline, load_baseline, write_baseline
from lint.cache import CACHE_DIR
from lint.config import Config, ConfigError, config_for, load_config_file
from lint.crossfile import check_annexes
from lint.diagnostics import Message, Severity
from lint.engine import (
    STDIN,
    FileJob,
    FileResult,
    check_file,
    check_files,
    default_jobs,
    expand_paths,
)
from lint.errors import UsageError
from lint.i18n import N_, translate
from lint.outputs import check_outputs, write_atomic
from lint.read import SUPPORTED_SUFFIXES
from lint.report import json as json_report
from lint.report.text import render_check
from lint.rule import DOC_SECTIONS, Rule
from lint.ruleset import all_rules, rule_by_code

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_FILES = 20

# Formats that turn results into one string ("module:function", imported only when used, so
# that a plain check starts fast); "text" is rendered with rich instead.
RENDERERS: dict[str, str] = {
    "json": "json:check_report",
    "sarif": "sarif:render",
    "github": "github:render",
    "junit": "junit:render",
    "gitlab": "gitlab:render",
    "html": "html:html_report",
}
FORMATS = ["text", *RENDERERS]


def renderer(output_format: str) -> Callable[[Sequence[FileResult], str], str]:
    module_name, function = RENDERERS[output_format].split(":")
    module = importlib.import_module(f"lint.report.{module_name}")
    found: Callable[[Sequence[FileResult], str], str] = getattr(module, function)
    return found


def default_lang() -> str:
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def _console(stream: object | None = None) -> Console:
    return Console(file=stream or sys.stdout, highlight=False, soft_wrap=True)  # type: ignore[arg-type]


def _error(message: str) -> None:
    click.echo(f"solieu: {message}", err=True)


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class _Context(click.Context):
    """A click context that knows the language of the run (given to the top command by
    :meth:`_SolieuGroup.main`, inherited by the subcommand's)."""

    def __init__(self, *args: Any, lang: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inherited = self.parent.lang if isinstance(self.parent, _Context) else None
        self.lang: str = lang or inherited or default_lang()


def _lang_of(ctx: click.Context | None) -> str:
    return ctx.lang if isinstance(ctx, _Context) else default_lang()


def _run_lang() -> str:
    """The language of the running command (``--lang``, else the environment)."""
    return _lang_of(click.get_current_context(silent=True))


class _TranslatedOption(click.Option):
    """An option whose help is translated when shown."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        original = self.help
        self.help = translate(original, _lang_of(ctx)) if original else original
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


class _ClickTextOption(click.Option):
    """An option whose help is one of Click's own texts (translated by Click's catalog)."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from lint.i18n.click import click_gettext

        original = self.help
        self.help = click_gettext(original, _lang_of(ctx)) if original else original
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


def _help_option(option: click.Option | None) -> click.Option | None:
    """Click's --help option, its help shown in the language of the run (Click builds it once
    per command, in the language of the first run)."""
    if option is not None and not isinstance(option, _ClickTextOption):
        option.help = "Show this message and exit."  # Click's text: its catalog translates it
        option.__class__ = _ClickTextOption
    return option


def _help(text: str, lang: str) -> str:
    """A command's help, translated, with the formats read filled in."""
    return translate(text, lang).replace("{formats}", ", ".join(SUPPORTED_SUFFIXES))


class _TranslatedCommand(click.Command):
    context_class = _Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        original = self.help
        self.help = _help(original, _lang_of(ctx)) if original else original
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original

    def get_short_help_str(self, limit: int = 45) -> str:
        text = _help(self.help, _run_lang()).split("\n", 1)[0] if self.help else ""
        if len(text) <= limit:
            return text
        return text[: limit - 3].rsplit(" ", 1)[0] + "..."


class _SolieuGroup(click.Group):
    command_class = _TranslatedCommand
    context_class = _Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = default_lang()
        for index, value in enumerate(argv):
            if value == "--lang" and index + 1 < len(argv):
                lang = argv[index + 1]
            elif value.startswith("--lang="):
                lang = value.split("=", 1)[1]
        lang = lang if lang in ("vi", "en") else "en"
        from lint.i18n import click as click_texts

        # "Usage:", "Options", "[default: …]" in the same language, for this run only
        restore = click_texts.install(lang)
        try:
            return super().main(argv, *rest, lang=lang, **extra)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # click's own (outside standalone mode): not a bug
        except Exception as error:  # a bug: one line, the traceback only with --debug
            if "--debug" in argv:
                raise
            from lint.engine import internal_error

            _error(internal_error(None, error).text(lang))
            sys.exit(EXIT_ERROR)
        finally:
            restore()  # a library caller (or a test) keeps Click's texts as they were

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        original = self.help
        self.help = translate(original, _lang_of(ctx)) if original else original
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original


def _option(*names: str, **attributes: Any) -> Callable[[Any], Any]:
    return click.option(*names, cls=_TranslatedOption, **attributes)


_DEBUG_OPTION = _option(
    "--debug",
    is_flag=True,
    help=N_("Show the traceback of an internal error (to report a bug)."),
)
_LANG_OPTION = _option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default=None,
    help=N_("Language of messages (default: configuration, then the locale)."),
)


@click.group(cls=_SolieuGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="solieu", cls=_ClickTextOption)
def main() -> None:
    """solieu: check the figures of Vietnamese government reports."""


# Command help comes from the docstrings; marked here so the catalogs carry them.
N_("solieu: check the figures of Vietnamese government reports.")
N_("Check reports ({formats}; directories are walked for them; '-' reads standard input).")
N_("List every figure solieu reads in the given reports, as it understood them.")
N_("Print the tree of parts solieu reads in the given reports (labels, text, figures).")
N_("List the available rules.")
N_("Show the documentation of one rule (by code or name).")
N_("Print the effective configuration for a file (default: the working directory).")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@_option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help=N_("Output format."),
)
@_LANG_OPTION
@_option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Use this configuration file instead of the closest one."),
)
@_option("--select", multiple=True, help=N_("Only these rules (codes, prefixes or names)."))
@_option("--extend-select", multiple=True, help=N_("Add these rules to the selection."))
@_option("--ignore", multiple=True, help=N_("Skip these rules (codes, prefixes or names)."))
@_option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help=N_("Lowest severity that makes the exit code 1 (default: warning)."),
)
@_option("--exit-zero", is_flag=True, help=N_("Exit 0 even when there are findings."))
@_option("-q", "--quiet", is_flag=True, help=N_("One line per finding, no excerpts."))
@_option("--statistics", is_flag=True, help=N_("Print the number of findings per rule."))
@_option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Write the report to this file instead of standard output."),
)
@_option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Report only findings beyond those recorded in this baseline file."),
)
@_option(
    "--write-baseline",
    "write_baseline_file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Record the current findings in this baseline file."),
)
@_option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help=N_("Number of parallel processes (default: all cores)."),
)
@_option("--no-cache", is_flag=True, help=N_("Do not read or write the cache (.solieu_cache/)."))
@_option(
    "--annotate",
    "annotate_file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Write a copy of the Word (.docx) report with one comment per finding."),
)
@_option("--force", is_flag=True, help=N_("Let --annotate overwrite an existing file."))
@_option(
    "--force-exclude",
    is_flag=True,
    help=N_("Apply the configured 'exclude' also to files named on the command line."),
)
@_DEBUG_OPTION
def check(
    paths: tuple[str, ...],
    output_format: str,
    lang: str | None,
    config_file: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    quiet: bool,
    statistics: bool,
    output_file: str | None,
    baseline_file: str | None,
    write_baseline_file: str | None,
    jobs: int | None,
    no_cache: bool,
    force_exclude: bool,
    annotate_file: str | None = None,
    force: bool = False,
    debug: bool = False,
) -> None:
    """Check reports ({formats}; directories are walked for them; '-' reads standard input)."""
    said = lang or _run_lang()  # the language of errors before the configuration is read
    try:
        forced = load_config_file(Path(config_file)) if config_file else None
        overrides = (_split(select), _split(ignore), _split(extend_select))
        base = _config(None, forced).with_overrides(*overrides)
        said = lang or base.lang or _run_lang()  # messages about the inputs too
        files, missing = _files_to_check(paths or (".",), forced, force_exclude)
        configs = {path: _config(path, forced).with_overrides(*overrides) for path in files}
        outputs = {
            option: path
            for option, path in (
                ("--output-file", output_file),
                ("--write-baseline", write_baseline_file),
                ("--annotate", annotate_file),
            )
            if path
        }
        read_too = [config_file] if config_file else []
        check_outputs(outputs, [*files, *read_too])
        if baseline_file:  # --write-baseline may update the baseline it reads
            check_outputs(
                {k: v for k, v in outputs.items() if k != "--write-baseline"}, [baseline_file]
            )
        baseline = load_baseline(Path(baseline_file)) if baseline_file else None
    except UsageError as error:
        _error(error.translated.text(said))
        sys.exit(EXIT_ERROR)
    lang = said
    cache_dir = None if no_cache else str((base.root / CACHE_DIR).resolve())
    file_jobs = [
        FileJob(
            path,
            tuple(rule.code for rule in configs[path].rules_for(path)),
            configs[path].rule_options(),
            configs[path].severities(),
            cache_dir,
        )
        for path in files
    ]
    results = _run(file_jobs, jobs or default_jobs())
    check_annexes(
        results,
        {job.path: job.rules for job in file_jobs},
        {job.path: job.severities for job in file_jobs},
    )
    results.extend(missing)
    _report_errors(results, debug, lang)
    if write_baseline_file:
        try:
            recorded = write_baseline(results, Path(write_baseline_file))
        except UsageError as error:
            _error(error.translated.text(lang))
            sys.exit(EXIT_ERROR)
        click.echo(
            translate("Recorded {count} findings in {file}.", lang).format(
                count=recorded, file=write_baseline_file
            ),
            err=True,
        )
    if baseline is not None and baseline_file:
        results, _dropped = apply_baseline(results, baseline, Path(baseline_file))
    shown = [r for r in results if r.document is not None] + [r for r in results if r.error]
    if annotate_file:
        _annotate(shown, annotate_file, lang, force)
    if output_file:
        stream = io.StringIO()
        _write(shown, output_format, lang, quiet, statistics, _console(stream))
        try:
            write_atomic(output_file, stream.getvalue().encode("utf-8"))
        except UsageError as error:
            _error(error.translated.text(lang))
            sys.exit(EXIT_ERROR)
    else:
        _write(shown, output_format, lang, quiet, statistics, _console())
    if any(result.error for result in results):
        sys.exit(EXIT_ERROR)
    if write_baseline_file:
        sys.exit(EXIT_OK)

    def threshold(result: FileResult) -> int:
        # --fail-on, else the fail-on of the configuration that applies to the file
        return Severity(fail_on or configs.get(result.path, base).fail_on or "warning").rank

    failing = any(
        diagnostic.severity.rank >= threshold(result)
        for result in results
        for diagnostic in result.diagnostics
    )
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _report_errors(results: Sequence[FileResult], debug: bool, lang: str) -> None:
    """One line per file that could not be checked; with --debug, where an internal error was."""
    for result in results:
        for note in result.notes:
            _error(
                translate("{file}: note: {text}", lang).format(
                    file=result.path, text=note.text(lang)
                )
            )
        if result.error:
            _error(result.error.text(lang))
            if debug and result.traceback:
                click.echo(result.traceback.rstrip("\n"), err=True)


def _annotate(results: list[FileResult], output: str, lang: str, force: bool) -> None:
    """--annotate: the checked .docx with one Word comment per finding (exit 2 on misuse)."""
    from lint.errors import InputError
    from lint.report.annotate import annotate_docx

    readable = [result for result in results if result.document is not None]
    try:
        if len(readable) != 1 or readable[0].path == STDIN:
            raise UsageError(Message.of("--annotate needs exactly one Word (.docx) file to check"))
        result = readable[0]
        assert result.document is not None
        data = Path(result.path).read_bytes()
        count = annotate_docx(result.document, data, result.diagnostics, output, lang, force)
    except (UsageError, InputError) as error:
        _error((error.located if isinstance(error, InputError) else error.translated).text(lang))
        sys.exit(EXIT_ERROR)
    except OSError as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)
    click.echo(
        translate("Wrote {count} comments to {file}.", lang).format(count=count, file=output),
        err=True,
    )


def _config(path: str | None, forced: Config | None) -> Config:
    if forced is not None:
        return forced
    return config_for(None if path in (None, STDIN) else path)


def _files_to_check(
    paths: Sequence[str], forced: Config | None, force_exclude: bool
) -> tuple[list[str], list[FileResult]]:
    """Files named or found under the given directories, less the configured excludes.

    A file named on the command line is checked even when excluded, unless
    ``--force-exclude`` is given (pre-commit passes file names one by one and uses it).
    """
    files: list[str] = []
    missing: list[FileResult] = []
    for raw in paths:
        found, absent = expand_paths([raw])
        missing.extend(absent)
        explicit = raw == STDIN or not Path(raw).is_dir()
        for path in found:
            keep = path == STDIN or (explicit and not force_exclude)
            if keep or not _config(path, forced).is_excluded(path):
                files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, missing


def _run(file_jobs: list[FileJob], workers: int) -> list[FileResult]:
    if len(file_jobs) < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return check_files(file_jobs, workers)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    # refreshed by hand, not by rich's thread: worker processes are forked from this one
    with Progress(
        *columns, console=Console(stderr=True), transient=True, auto_refresh=False
    ) as progress:
        task = progress.add_task(translate("Checking", _run_lang()), total=len(file_jobs))

        def advance() -> None:
            progress.advance(task)
            progress.refresh()

        return check_files(file_jobs, workers, advance)


def _write(
    results: list[FileResult],
    output_format: str,
    lang: str,
    quiet: bool,
    statistics: bool,
    console: Console,
) -> None:
    if statistics:
        _write_statistics(results, console, lang)
    elif output_format in RENDERERS:
        console.file.write(renderer(output_format)(results, lang))
    else:
        render_check(console, [r for r in results if r.document is not None], lang, quiet)


def _write_statistics(results: list[FileResult], console: Console, lang: str) -> None:
    counts = Counter((d.code, d.name, d.severity.value) for r in results for d in r.diagnostics)
    if not counts:
        console.print(translate("No findings.", lang))
        return
    for (code, name, severity), count in sorted(
        counts.items(), key=lambda item: (-item[1], item[0])
    ):
        console.file.write(f"{count:>6}  {code:<6} {name:<32} {translate(severity, lang)}\n")
    total = translate("{count} findings in total.", lang).format(count=sum(counts.values()))
    console.file.write(total + "\n")


N_("error")
N_("warning")
N_("info")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False), required=True)
@_option(
    "--format",
    "output_format",
    type=click.Choice(["json", "table"]),
    default="table",
    show_default=True,
    help=N_("json for tools, table for people."),
)
@_DEBUG_OPTION
def extract(paths: tuple[str, ...], output_format: str, debug: bool = False) -> None:
    """List every figure solieu reads in the given reports, as it understood them."""
    lang = _run_lang()
    files, missing = expand_paths(paths)
    results = [check_file(path, []) for path in files] + missing
    _report_errors(results, debug, lang)
    if output_format == "json":
        sys.stdout.write(json_report.extract_report(results, lang))
    else:
        from rich.table import Table

        console = _console()
        for result in results:
            if result.extraction is None or result.document is None:
                continue
            table = Table(title=result.path, show_lines=False)
            for column in ("line:col", "text", "kind", "value", "interval", "unit"):
                # a figure is never broken across lines: only the interval wraps, between
                # its bounds
                wraps = column == "interval"
                table.add_column(column, no_wrap=not wraps, overflow="fold" if wraps else "ignore")
            for quantity in sorted(result.extraction.quantities, key=lambda q: q.span.start):
                record = json_report.quantity_record(result, quantity)
                interval = (
                    record["value"]
                    if record["low"] == record["high"]
                    else f"[{record['low']}; {record['high']}]"
                )
                table.add_row(
                    f"{record['line']}:{record['column']}",
                    record["text"],
                    record["kind"],
                    record["value"],
                    interval,
                    record["unit"] or "",
                )
            width = console.width
            console.width = max(width, _needed_width(table))  # wider than the terminal if need be
            console.print(table)
            console.width = width
    sys.exit(EXIT_ERROR if any(result.error for result in results) else EXIT_OK)


@main.command(name="outline")
@click.argument("paths", nargs=-1, type=click.Path(), required=True)
@_option(
    "--format",
    "output_format",
    type=click.Choice(["json", "tree"]),
    default="tree",
    show_default=True,
    help=N_("json for tools, tree for people."),
)
@_LANG_OPTION
def show_outline(paths: tuple[str, ...], output_format: str, lang: str | None) -> None:
    """Print the tree of parts solieu reads in the given reports (labels, text, figures)."""
    from lint.report.outline import outline_json, outline_tree

    lang = lang or _run_lang()
    files, missing = expand_paths(paths)
    results = [check_file(path, []) for path in files] + missing
    for result in results:
        if result.error:
            _error(result.error.text(lang))
    if output_format == "json":
        sys.stdout.write(outline_json(results, lang))
    else:
        console = _console()
        for result in results:
            if result.document is not None:
                console.print(outline_tree(result))
    sys.exit(EXIT_ERROR if any(result.error for result in results) else EXIT_OK)


def _needed_width(table: Any) -> int:
    """The narrowest width that shows every cell of the columns that must not wrap whole."""
    from rich.cells import cell_len

    width = 1  # left border
    for column in table.columns:
        cells = [str(cell) for cell in column.cells] + [str(column.header)]
        longest = max(cell_len(cell) for cell in cells) if column.no_wrap else 0
        if not column.no_wrap:  # wraps between its words: the longest word must fit
            longest = max(cell_len(word) for cell in cells for word in cell.split() or [""])
        width += longest + 3  # padding on both sides and the border
    return width


@main.command(name="rules")
@_LANG_OPTION
@_option("--markdown", is_flag=True, help=N_("Print docs/rules.md (every rule's documentation)."))
def list_rules(lang: str | None, markdown: bool) -> None:
    """List the available rules."""
    lang = lang or _run_lang()
    if markdown:
        sys.stdout.write(rules_markdown())
        return
    console = _console()
    from rich.table import Table

    table = Table()
    for column in (N_("code"), N_("name"), N_("severity"), N_("summary")):
        table.add_column(translate(column, lang))
    for rule in all_rules():
        table.add_row(
            rule.code, rule.name, translate(rule.severity.value, lang), rule.summary.text(lang)
        )
    console.print(table)


@main.command(name="rule")
@click.argument("code")
@_LANG_OPTION
def show_rule(code: str, lang: str | None) -> None:
    """Show the documentation of one rule (by code or name)."""
    lang = lang or _run_lang()
    rule = rule_by_code(code)
    if rule is None:
        _error(translate("unknown rule '{code}' (see 'solieu rules')", lang).format(code=code))
        sys.exit(EXIT_ERROR)
    page = rule_markdown(rule, lang)
    if sys.stdout.isatty():  # piped or redirected, the page stays Markdown
        render_rule_page(page, Console())
    else:
        click.echo(page, nl=False)


def render_rule_page(page: str, console: Console) -> None:
    """A rule page (Markdown) rendered for the terminal: headings, emphasis, code, examples."""
    from rich.markdown import Markdown

    console.print(Markdown(page, code_theme="ansi_light"))


@main.command(name="config")
@click.argument("path", required=False, type=click.Path())
@_option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    default=None,
    help=N_("Use this configuration file instead of the closest one."),
)
def show_config(path: str | None, config_file: str | None) -> None:
    """Print the effective configuration for a file (default: the working directory)."""
    import json

    try:
        forced = load_config_file(Path(config_file)) if config_file else None
        config = _config(path, forced)
        payload = config.as_dict()
        payload["rules-run"] = [rule.code for rule in config.rules_for(path)]
        if path is not None:
            payload["excluded"] = config.is_excluded(path)
    except (UsageError, ConfigError) as error:
        _error(error.translated.text(_run_lang()))
        sys.exit(EXIT_ERROR)
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


_EXAMPLE_SECTIONS = ("Example that fails", "Example that passes")


def _prose(text: str) -> str:
    """A docstring section as Markdown prose: not indented (an indented block would be code),
    reStructuredText literals (````x````) written as Markdown code (```x```)."""
    return textwrap.dedent(text).replace("``", "`").strip("\n")


def rule_markdown(rule: type[Rule], lang: str = "en") -> str:
    """A rule's page, generated from its docstring (also used for docs/rules.md)."""
    sections = rule.doc_sections()
    lines = [f"## {rule.code} `{rule.name}`", "", f"*{rule.summary.text(lang)}*", ""]
    if lang != "vi":
        lines += [f"*{rule.summary.vi}*", ""]
    lines.append(f"Default severity: **{rule.severity.value}**.")
    lines.append("")
    if rule.whole_document:
        lines.append(
            "Compares parts of the whole document: not run on a file so large that it is "
            "checked in windows (4 MB or more, see docs/architecture.md §5)."
        )
        lines.append("")
    if sections.get("summary"):
        lines += [_prose(sections["summary"]), ""]
    for section in DOC_SECTIONS:
        text = sections.get(section, "")
        if section not in _EXAMPLE_SECTIONS:
            text = _prose(text)
        lines += [f"### {section}", "", text, ""]
    if rule.options:
        lines += ["### Options", ""]
        for name, option in rule.options.items():
            lines.append(f"- `{name}` (default `{option.default!r}`): {option.help.text(lang)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def rules_markdown() -> str:
    """``docs/rules.md``: every registered rule's page, generated from the docstrings."""
    header = [
        "# Rules",
        "",
        "<!-- Generated by `solieu rules --markdown > docs/rules.md`; do not edit by hand. -->",
        "",
        "| code | name | severity | summary |",
        "| --- | --- | --- | --- |",
    ]
    rules = list(all_rules())
    header += [
        f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | `{rule.name}` | "
        f"{rule.severity.value} | {rule.summary.en} |"
        for rule in rules
    ]
    pages = [rule_markdown(rule, "en") for rule in rules]
    return "\n".join(header) + "\n\n" + "\n".join(pages)


if __name__ == "__main__":  # pragma: no cover
    main()
