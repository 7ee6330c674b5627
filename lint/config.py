"""Configuration: discovery and validation of ``[tool.solieu]``, ``solieu.toml``, ``.solieu.toml``.

The closest configuration file to a checked file wins, without merging (as in ruff): in each
directory from the file's own upwards, ``.solieu.toml`` beats ``solieu.toml`` beats a
``pyproject.toml`` that has a ``[tool.solieu]`` table.  Paths in ``exclude`` and
``per-file-ignores`` are globs relative to the directory of that configuration file.

Every key, rule code and value is validated when the file is loaded; a mistake is a
:class:`ConfigError` naming the file and the key (exit code 2), never a silent default.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from lint.diagnostics import Severity
from lint.errors import UsageError
from lint.i18n.message import Message
from lint.rule import Rule
from lint.ruleset import all_rules

CONFIG_FILES = (".solieu.toml", "solieu.toml", "pyproject.toml")
LANGS = ("vi", "en")
FAIL_LEVELS = ("error", "warning", "info")
_LIST_KEYS = ("select", "ignore", "extend-select", "exclude")
KNOWN_KEYS = (*_LIST_KEYS, "per-file-ignores", "rules", "fail-on", "lang")


class ConfigError(UsageError):
    """A configuration file that cannot be used: names the file and the key."""


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """The effective settings for the files under one configuration file."""

    path: Path | None = None  # the file it came from (None: defaults)
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this directory
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)  # by rule code
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None

    def with_overrides(
        self,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
    ) -> Config:
        """Command-line selection: ``--select`` replaces, the others add."""
        for selector in (*select, *ignore, *extend_select):
            _check_selector(selector, Message.of("command line"), "--select/--ignore")
        return Config(
            self.path,
            self.root,
            tuple(select) if select else self.select,
            (*self.ignore, *ignore),
            (*self.extend_select, *extend_select),
            self.per_file_ignores,
            self.rules,
            self.exclude,
            self.fail_on,
            self.lang,
        )

    def relative(self, file: str | Path) -> str:
        path = Path(file).resolve()
        try:
            return PurePosixPath(path.relative_to(self.root.resolve())).as_posix()
        except ValueError:
            return PurePosixPath(path).as_posix()

    def is_excluded(self, file: str | Path) -> bool:
        return _matches_any(self.relative(file), self.exclude)

    def rules_for(self, file: str | Path | None = None) -> list[type[Rule]]:
        """The rules to run on ``file``: select + extend-select − ignore − per-file-ignores."""
        select = self.select if self.select is not None else ("ALL",)
        ignore = list(self.ignore)
        if file is not None:
            relative = self.relative(file)
            for pattern, selectors in self.per_file_ignores.items():
                if _matches_any(relative, (pattern,)):
                    ignore.extend(selectors)
        chosen = [
            rule
            for rule in all_rules()
            if any(selector_matches(rule, s) for s in (*select, *self.extend_select))
        ]
        return [rule for rule in chosen if not any(selector_matches(rule, s) for s in ignore)]

    def rule_options(self) -> dict[str, dict[str, Any]]:
        return {code: dict(settings.options) for code, settings in self.rules.items()}

    def severities(self) -> dict[str, Severity]:
        return {
            code: settings.severity
            for code, settings in self.rules.items()
            if settings.severity is not None
        }

    def as_dict(self) -> dict[str, Any]:
        """The effective configuration, as ``solieu config`` prints it."""
        return {
            "config-file": str(self.path) if self.path else None,
            "select": list(self.select) if self.select is not None else ["ALL"],
            "extend-select": list(self.extend_select),
            "ignore": list(self.ignore),
            "per-file-ignores": {k: list(v) for k, v in sorted(self.per_file_ignores.items())},
            "exclude": list(self.exclude),
            "fail-on": self.fail_on or "warning",
            "lang": self.lang,
            "rules": {
                code: {
                    **({"severity": s.severity.value} if s.severity else {}),
                    **dict(sorted(s.options.items())),
                }
                for code, s in sorted(self.rules.items())
            },
        }


def selector_matches(rule: type[Rule], selector: str) -> bool:
    """``ALL``, a code prefix (``S``, ``S1``, ``S101``) or a rule name."""
    wanted = selector.strip()
    return (
        wanted.upper() == "ALL"
        or (bool(wanted) and rule.code.upper().startswith(wanted.upper()))
        or rule.name == wanted
    )


def is_known_selector(selector: str) -> bool:
    return any(selector_matches(rule, selector) for rule in all_rules())


def _check_selector(selector: str, where: Message | str, key: str) -> None:
    if not isinstance(selector, str) or not selector.strip():
        raise ConfigError(
            Message.of(
                "{where}: key '{key}': rule selectors must be non-empty strings",
                where=where,
                key=key,
            )
        )
    if not is_known_selector(selector):
        raise ConfigError(
            Message.of(
                "{where}: key '{key}': unknown rule code or name '{selector}' (see 'solieu rules')",
                where=where,
                key=key,
                selector=selector,
            )
        )


def _check_glob(pattern: str, where: Message) -> None:
    """A glob fnmatch would read literally by accident: empty, or a ``[`` never closed."""
    unclosed = False
    index = 0
    while index < len(pattern):
        if pattern[index] == "[":
            close = pattern.find(
                "]", index + 2 if pattern[index + 1 : index + 2] in "!]" else index + 1
            )
            if close < 0:
                unclosed = True
                break
            index = close
        index += 1
    if not pattern.strip() or unclosed:
        raise ConfigError(
            Message.of(
                "{where}: invalid glob '{pattern}' (a '[' without its ']'?)",
                where=where,
                pattern=pattern,
            )
        )


def _check_number(value: Any, where: Message) -> None:
    """Numeric rule options are finite and not negative (tolerances, counts, thresholds)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return
    if not math.isfinite(value) or value < 0:
        raise ConfigError(
            Message.of(
                "{where}: expected a finite number, 0 or more, got {value}",
                where=where,
                value=value,
            )
        )


def _expected_one_of(where: Message, choices: Sequence[str]) -> Message:
    return Message.of("{where}: expected one of {choices}", where=where, choices=", ".join(choices))


def _matches_any(relative: str, patterns: Iterable[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if (
            fnmatchcase(relative, pattern)
            or fnmatchcase(name, pattern)
            or relative.startswith(pattern + "/")
            or fnmatchcase(relative, pattern + "/*")
            or (pattern.startswith("**/") and fnmatchcase(relative, pattern[3:]))
        ):
            return True
    return False


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The closest configuration file at or above ``start`` and its solieu table."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            table = _load_table(candidate)
            if table is not None:
                return candidate, table
    return None


@cache
def _load_table_cached(path: str, mtime_ns: int) -> dict[str, Any] | None:
    # imported here: most checks find no configuration file and need no TOML parser
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            Message.of("{path}: cannot be read ({error})", path=path, error=error)
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            Message.of("{path}: invalid TOML ({error})", path=path, error=error)
        ) from None
    except RecursionError:
        raise ConfigError(
            Message.of("{path}: invalid TOML (arrays or tables nested too deeply)", path=path)
        ) from None
    if Path(path).name == "pyproject.toml":
        tool = data.get("tool", {})
        table: Any = tool.get("solieu") if isinstance(tool, dict) else None
        return table if isinstance(table, dict) else None
    return dict(data)


def _load_table(path: Path) -> dict[str, Any] | None:
    return _load_table_cached(str(path), path.stat().st_mtime_ns)


def load_config_file(path: Path) -> Config:
    """Read and validate one configuration file (``--config FILE``)."""
    if not path.is_file():
        raise ConfigError(Message.of("{path}: no such configuration file", path=path))
    table = _load_table(path)
    if table is None:
        raise ConfigError(Message.of("{path}: has no [tool.solieu] table", path=path))
    return parse_config(table, path)


def config_for(file: str | Path | None) -> Config:
    """The configuration that applies to ``file`` (or to the working directory)."""
    start = Path(file) if file is not None else Path.cwd()
    found = find_config_file(start if start.exists() else Path.cwd())
    if found is None:
        return Config()
    return _parse_cached(*found)


_PARSED: dict[tuple[Path, int], Config] = {}


def _parse_cached(path: Path, table: dict[str, Any]) -> Config:
    key = (path, path.stat().st_mtime_ns)
    if key not in _PARSED:
        _PARSED[key] = parse_config(table, path)
    return _PARSED[key]


def parse_config(table: Mapping[str, Any], path: Path) -> Config:
    prefix = "[tool.solieu] " if path.name == "pyproject.toml" else ""

    def where(key: str) -> Message:
        return Message.of("{path}: {table}key '{key}'", path=path, table=prefix, key=key)

    for key in table:
        if key not in KNOWN_KEYS:
            raise ConfigError(
                Message.of(
                    "{where}: unknown key (known: {known})",
                    where=where(key),
                    known=", ".join(KNOWN_KEYS),
                )
            )
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(Message.of("{where}: expected a list of strings", where=where(key)))
        if key != "exclude":
            for selector in value:
                _check_selector(selector, str(path), f"{prefix}{key}".strip())
        else:
            for pattern in value:
                _check_glob(pattern, where(key))
        lists[key] = tuple(value)
    per_file: dict[str, tuple[str, ...]] = {}
    raw_per_file = table.get("per-file-ignores", {})
    if not isinstance(raw_per_file, dict):
        raise ConfigError(
            Message.of(
                "{where}: expected a table of glob = [codes]", where=where("per-file-ignores")
            )
        )
    for pattern, selectors in raw_per_file.items():
        key = f"per-file-ignores.{pattern}"
        if not isinstance(selectors, list) or not all(isinstance(s, str) for s in selectors):
            raise ConfigError(Message.of("{where}: expected a list of strings", where=where(key)))
        for selector in selectors:
            _check_selector(selector, str(path), f"{prefix}{key}".strip())
        _check_glob(pattern, where(key))
        per_file[pattern] = tuple(selectors)
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise ConfigError(_expected_one_of(where("fail-on"), FAIL_LEVELS))
    lang = table.get("lang")
    if lang is not None and lang not in LANGS:
        raise ConfigError(_expected_one_of(where("lang"), LANGS))
    return Config(
        path=path,
        root=path.parent,
        select=lists["select"] if "select" in table else None,
        ignore=lists["ignore"],
        extend_select=lists["extend-select"],
        per_file_ignores=per_file,
        rules=_parse_rules(table.get("rules", {}), where),
        exclude=lists["exclude"],
        fail_on=fail_on,
        lang=lang,
    )


def _parse_rules(raw: Any, where: Any) -> dict[str, RuleSettings]:
    from lint.ruleset import rule_by_code

    if not isinstance(raw, dict):
        raise ConfigError(
            Message.of("{where}: expected a table of rule tables", where=where("rules"))
        )
    settings: dict[str, RuleSettings] = {}
    for name, values in raw.items():
        key = f"rules.{name}"
        rule = rule_by_code(name)
        if rule is None:
            raise ConfigError(
                Message.of(
                    "{where}: unknown rule code or name '{name}'", where=where(key), name=name
                )
            )
        if not isinstance(values, dict):
            raise ConfigError(
                Message.of("{where}: expected a table (severity and options)", where=where(key))
            )
        severity: Severity | None = None
        options: dict[str, Any] = {}
        for option, value in values.items():
            if option == "severity":
                if value not in FAIL_LEVELS:
                    raise ConfigError(_expected_one_of(where(key + ".severity"), FAIL_LEVELS))
                severity = Severity(value)
                continue
            declared = rule.options.get(option)
            if declared is None:
                known = ", ".join(["severity", *rule.options]) or "severity"
                raise ConfigError(
                    Message.of(
                        "{where}: {code} has no option '{option}' (known: {known})",
                        where=where(key + "." + option),
                        code=rule.code,
                        option=option,
                        known=known,
                    )
                )
            try:
                options[option] = declared.validate(value)
            except ValueError as error:
                raise ConfigError(
                    Message.of("{where}: {error}", where=where(key + "." + option), error=error)
                ) from None
            _check_number(options[option], where(key + "." + option))
        settings[rule.code] = RuleSettings(severity, options)
    return settings
