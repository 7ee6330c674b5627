"""The ``solieu`` command line: check, extract, rules, rule."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click
from rich.console import Console
from rich.table import Table as RichTable

from lint import __version__
from lint.diagnostics import Severity
from lint.engine import FileResult, check_file, expand_paths
from lint.errors import UsageError
from lint.report import json as json_report
from lint.report.text import render_check
from lint.rule import DOC_SECTIONS, Rule
from lint.ruleset import all_rules, rule_by_code

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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


def _select(select: Sequence[str], ignore: Sequence[str]) -> list[type[Rule]]:
    rules = list(all_rules())

    def matches(rule: type[Rule], selector: str) -> bool:
        selector = selector.strip()
        return (
            selector.upper() == "ALL"
            or rule.code.upper().startswith(selector.upper())
            or rule.name == selector
        )

    for selector in (*select, *ignore):
        if not any(matches(rule, selector) for rule in rules):
            raise UsageError(f"unknown rule code or name '{selector}' (see 'solieu rules')")
    if select:
        rules = [rule for rule in rules if any(matches(rule, s) for s in select)]
    return [rule for rule in rules if not any(matches(rule, s) for s in ignore)]


def _split(values: Sequence[str]) -> list[str]:
    return [part for value in values for part in value.split(",") if part.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="solieu")
def main() -> None:
    """solieu: check the figures of Vietnamese government reports."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default=None,
    help="Language of messages (default: from the locale).",
)
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes or names).")
@click.option("--ignore", multiple=True, help="Skip these rules (codes, prefixes or names).")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("-q", "--quiet", is_flag=True, help="One line per finding, no excerpts.")
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report to this file instead of standard output.",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    exit_zero: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Check reports (.md, .txt; directories are walked; '-' reads standard input)."""
    lang = lang or default_lang()
    try:
        rules = _select(_split(select), _split(ignore))
    except UsageError as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)
    files, missing = expand_paths(paths or (".",))
    results: list[FileResult] = [check_file(path, rules) for path in files]
    results.extend(missing)
    for result in results:
        if result.error:
            _error(result.error)
    readable = [result for result in results if result.document is not None]
    if output_file:
        with open(output_file, "w", encoding="utf-8") as stream:
            _write(
                readable + [r for r in results if r.error],
                output_format,
                lang,
                quiet,
                _console(stream),
            )
    else:
        _write(readable + [r for r in results if r.error], output_format, lang, quiet, _console())
    if any(result.error for result in results):
        sys.exit(EXIT_ERROR)
    threshold = Severity(fail_on).rank
    failing = any(
        diagnostic.severity.rank >= threshold
        for result in readable
        for diagnostic in result.diagnostics
    )
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _write(
    results: list[FileResult], output_format: str, lang: str, quiet: bool, console: Console
) -> None:
    if output_format == "json":
        console.file.write(json_report.check_report(results, lang))
    else:
        render_check(console, [r for r in results if r.document is not None], lang, quiet)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(), required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "table"]),
    default="table",
    show_default=True,
    help="json for tools, table for people.",
)
def extract(paths: tuple[str, ...], output_format: str) -> None:
    """List every figure solieu reads in the given reports, as it understood them."""
    files, missing = expand_paths(paths)
    results = [check_file(path, []) for path in files] + missing
    for result in results:
        if result.error:
            _error(result.error)
    if output_format == "json":
        sys.stdout.write(json_report.extract_report(results))
    else:
        console = _console()
        for result in results:
            if result.extraction is None or result.document is None:
                continue
            table = RichTable(title=result.path, show_lines=False)
            for column in ("line:col", "text", "kind", "value", "interval", "unit"):
                table.add_column(column, overflow="fold")
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
            console.print(table)
    sys.exit(EXIT_ERROR if any(result.error for result in results) else EXIT_OK)


@main.command(name="rules")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None)
def list_rules(lang: str | None) -> None:
    """List the available rules."""
    lang = lang or default_lang()
    console = _console()
    table = RichTable()
    for column in ("code", "name", "severity", "summary"):
        table.add_column(column)
    for rule in all_rules():
        table.add_row(rule.code, rule.name, rule.severity.value, rule.summary.text(lang))
    console.print(table)


@main.command(name="rule")
@click.argument("code")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None)
def show_rule(code: str, lang: str | None) -> None:
    """Show the documentation of one rule (by code or name)."""
    rule = rule_by_code(code)
    if rule is None:
        _error(f"unknown rule '{code}' (see 'solieu rules')")
        sys.exit(EXIT_ERROR)
    click.echo(rule_markdown(rule, lang or default_lang()))


def rule_markdown(rule: type[Rule], lang: str = "en") -> str:
    """A rule's page, generated from its docstring (also used for docs/rules.md)."""
    sections = rule.doc_sections()
    lines = [f"## {rule.code} `{rule.name}`", "", f"*{rule.summary.text(lang)}*", ""]
    lines.append(f"Default severity: **{rule.severity.value}**.")
    lines.append("")
    if sections.get("summary"):
        lines += [sections["summary"], ""]
    for section in DOC_SECTIONS:
        lines += [f"### {section}", "", sections.get(section, ""), ""]
    if rule.options:
        lines += ["### Options", ""]
        for name, option in rule.options.items():
            lines.append(f"- `{name}` (default `{option.default!r}`): {option.help}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    main()
