"""The rule plugin API.

A rule is a class with a code (``S101``), a kebab-case name, a default severity, options with
defaults, and a docstring in fixed sections (What it checks / Why / Example that fails /
Example that passes).  It receives a :class:`Context` (the typed document, its quantities and
the relations the text states, and its validated options) and yields :class:`Diagnostic`
objects.  Rules never parse text or configuration themselves.

Third-party rules register exactly like the built-in ones, with an entry point in the
``solieu.rules`` group whose value is the rule class::

    [project.entry-points."solieu.rules"]
    X101 = "my_package.my_rule:MyRule"
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.document import Block, Document, Span
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction
from lint.relations import Relations, find_relations

DOC_SECTIONS = ("What it checks", "Why", "Example that fails", "Example that passes")


@dataclass(frozen=True)
class Option:
    """A rule option: its default, its type and what it does."""

    default: Any
    help: Message  # what the option does, in Vietnamese and English
    type: type = object

    def validate(self, value: Any) -> Any:
        expected = self.type if self.type is not object else type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ValueError(f"expected {expected.__name__}, got {type(value).__name__}")
        return value


class Context:
    """What a rule sees: the document, its quantities and relations, and its options."""

    def __init__(
        self,
        document: Document,
        extraction: Extraction,
        options: Mapping[str, Any],
        relations: Relations | None = None,
    ) -> None:
        self.document = document
        self.extraction = extraction
        self.options = options
        if relations is not None:
            # shared by every rule of one document: each relation family is computed once
            self.__dict__["relations"] = relations

    @property
    def quantities(self) -> list[Quantity]:
        return self.extraction.quantities

    @cached_property
    def relations(self) -> Relations:
        return find_relations(self.document, self.extraction)

    def block(self, index: int) -> Block:
        return self.document.blocks[index]

    def number_span(self, quantity: Quantity, which: int = 0) -> Span:
        """Span of one printed number of a quantity (the part worth underlining)."""
        number = quantity.numbers[which]
        return self.document.blocks[quantity.block].span(number.start, number.end)


class Rule:
    """Base class of every rule (built-in or third-party)."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[Message]
    options: ClassVar[dict[str, Option]] = {}
    # the statement families whose violations the rule reports (docs/architecture.md §3)
    families: ClassVar[tuple[str, ...]] = ()
    # the rule compares parts of the whole document (footnotes and their marks, numbering,
    # restatements, the document's conventions): it does not run on a file so large that it
    # is checked in windows (lint.read.windows), whose windows are documents of their own
    whole_document: ClassVar[bool] = False

    def check(self, context: Context) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def report(
        self,
        message: Message,
        span: Span,
        *,
        label: Message | None = None,
        related: list[Related] | None = None,
        notes: list[Message] | None = None,
        suggestion: Message | None = None,
        severity: Severity | None = None,
        figures: tuple[str, ...] = (),
        subjects: frozenset[str] = frozenset(),
    ) -> Diagnostic:
        return Diagnostic(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            span=span,
            label=label,
            related=related or [],
            notes=notes or [],
            suggestion=suggestion,
            figures=figures,
            subjects=subjects,
        )

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring split into its fixed sections."""
        return parse_doc_sections(cls.__doc__ or "")


def parse_doc_sections(doc: str) -> dict[str, str]:
    lines = _dedent(doc).splitlines()
    sections: dict[str, list[str]] = {}
    current = "summary"
    for line in lines:
        heading = line.strip().rstrip(":")
        if heading in DOC_SECTIONS:
            current = heading
            sections[current] = []
            continue
        sections.setdefault(current, []).append(line)
    return {key: "\n".join(value).strip("\n") for key, value in sections.items()}


def _dedent(doc: str) -> str:
    lines = doc.expandtabs().splitlines()
    if not lines:
        return ""
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    return "\n".join([lines[0].strip(), *(line[margin:] for line in lines[1:])])


_CODE = re.compile(r"^[A-Z]{1,4}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def validate_rule_class(rule: type[Rule]) -> list[str]:
    """Problems with a rule class's declaration (used when loading plugins and in tests)."""
    problems: list[str] = []
    if not _CODE.match(getattr(rule, "code", "")):
        problems.append("code must look like 'S101'")
    if not _NAME.match(getattr(rule, "name", "")):
        problems.append("name must be kebab-case")
    if not isinstance(getattr(rule, "summary", None), Message):
        problems.append("summary must be a Message (vi, en)")
    for name, option in getattr(rule, "options", {}).items():
        if not isinstance(option, Option) or not isinstance(option.help, Message):
            problems.append(f"option '{name}' must be an Option whose help is a Message (vi, en)")
    sections = rule.doc_sections()
    missing = [section for section in DOC_SECTIONS if not sections.get(section)]
    if missing:
        problems.append("docstring lacks sections: " + ", ".join(missing))
    return problems
