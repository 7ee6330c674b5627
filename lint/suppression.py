"""Suppression comments: which findings a report's own ``solieu:`` directives silence.

Syntax (the readers collect the directives as :class:`lint.document.Directive`):

- ``solieu: ignore[S101, N102]`` silences those rules (codes, prefixes or names) in the next
  block: the next paragraph, list item, heading or footnote, or the whole next table.  In
  Markdown it is written ``<!-- solieu: ignore[S101] -->``; in a text file it is a line of its
  own before the paragraph.
- ``solieu: disable-file`` silences every rule in the file; ``solieu: disable-file[S101]``
  only those rules.
- Anything after `` -- `` is a free reason: ``solieu: ignore[S101] -- số liệu sơ bộ``.

Codes are required for ``ignore`` so that a suppression never hides more than it names.
A directive that cannot be parsed, names no known rule, or silences nothing is reported by
rule X101 (info).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from lint.diagnostics import Diagnostic
from lint.document import Directive, Document, Span

if TYPE_CHECKING:
    from lint.rule import Rule

_DIRECTIVE = re.compile(
    r"^solieu:\s*(?P<kind>ignore|disable-file)\s*(?:\[(?P<codes>[^\]]*)\])?\s*(?:--.*)?$"
)


@dataclass
class Suppression:
    """One parsed directive and the part of the document it covers."""

    directive: Directive
    kind: str  # "ignore" or "disable-file"
    selectors: tuple[str, ...]  # empty for a whole-file, every-rule disable
    region: Span | None  # None: the whole file
    used: set[str] = field(default_factory=set)  # selectors that silenced a finding

    def covers(self, diagnostic: Diagnostic) -> str | None:
        """The selector that silences ``diagnostic``, if any ("*" for a bare disable-file)."""
        if self.region is not None and not (
            self.region.start <= diagnostic.span.start < self.region.end
        ):
            return None
        if not self.selectors:
            return "*"
        for selector in self.selectors:
            if _selects(selector, diagnostic.code, diagnostic.name):
                return selector
        return None


@dataclass(frozen=True)
class Malformed:
    directive: Directive
    reason: str  # "syntax" or "codes"


def _selects(selector: str, code: str, name: str) -> bool:
    wanted = selector.strip()
    return wanted.upper() == "ALL" or code.upper().startswith(wanted.upper()) or name == wanted


def parse_suppressions(document: Document) -> tuple[list[Suppression], list[Malformed]]:
    """The document's suppressions, each with the region it covers, and the malformed ones."""
    suppressions: list[Suppression] = []
    malformed: list[Malformed] = []
    extents: list[Span] | None = None  # block extents, found when an ignore first needs them
    for directive in document.directives:
        match = _DIRECTIVE.match(directive.text.strip())
        if match is None:
            malformed.append(Malformed(directive, "syntax"))
            continue
        kind = match.group("kind")
        codes = match.group("codes")
        selectors = tuple(part.strip() for part in (codes or "").split(",") if part.strip())
        if kind == "ignore" and not selectors:
            malformed.append(Malformed(directive, "codes"))
            continue
        if codes is not None and not selectors:
            # "disable-file[]" names no rule: never read as the bare form that disables all
            malformed.append(Malformed(directive, "syntax"))
            continue
        region: Span | None = None
        if kind == "ignore":
            if extents is None:
                extents = _block_extents(document)
            region = _next_extent(extents, directive.span.end)
            if region is None:
                region = Span(directive.span.end, directive.span.end)  # covers nothing
        suppressions.append(Suppression(directive, kind, selectors, region))
    return suppressions, malformed


def _block_extents(document: Document) -> list[Span]:
    """Original-text extent of every block, a table counting as one block, in order."""
    extents: list[tuple[int, int]] = []
    tables: dict[int, list[int]] = {}
    for block in document.blocks:
        if not block.starts:
            continue
        start, end = min(block.starts), max(block.ends)
        if block.table is not None:
            bounds = tables.get(block.table)
            if bounds is None:
                tables[block.table] = [start, end]
            else:
                bounds[0], bounds[1] = min(bounds[0], start), max(bounds[1], end)
            continue
        extents.append((start, end))
    extents.extend((start, end) for start, end in tables.values())
    extents.sort()  # by start, then end
    return [Span(start, end) for start, end in extents]


def _next_extent(extents: Sequence[Span], position: int) -> Span | None:
    """The first extent starting at or after ``position`` (``extents`` are sorted by start)."""
    index = bisect.bisect_left(extents, position, key=lambda extent: extent.start)
    return extents[index] if index < len(extents) else None


def apply_suppressions(
    diagnostics: Iterable[Diagnostic], suppressions: Sequence[Suppression]
) -> list[Diagnostic]:
    """The diagnostics no suppression covers; marks the selectors that were used."""
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        silenced = False
        for suppression in suppressions:
            selector = suppression.covers(diagnostic)
            if selector is not None:
                suppression.used.add(selector)
                silenced = True
        if not silenced:
            kept.append(diagnostic)
    return kept


@runtime_checkable
class ReportsUnusedSuppressions(Protocol):
    """A rule the engine tells, after suppressing, which suppressions silenced nothing."""

    def unused_suppressions(
        self, document: Document, suppressions: Sequence[Suppression], rules: Sequence[type[Rule]]
    ) -> Iterator[Diagnostic]: ...


def unused_selectors(
    suppressions: Sequence[Suppression], rules: Sequence[type[Rule]]
) -> Iterator[tuple[Suppression, str]]:
    """Selectors that silenced nothing although a rule they name did run on the document.

    A selector naming only rules that were not run (deselected by configuration) is not
    called unused: whether it would silence something is unknown.
    """
    for suppression in suppressions:
        if not suppression.selectors:
            if "*" not in suppression.used and rules:
                yield suppression, "*"
            continue
        for selector in suppression.selectors:
            if selector in suppression.used:
                continue
            if any(_selects(selector, rule.code, rule.name) for rule in rules):
                yield suppression, selector
