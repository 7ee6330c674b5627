"""Relations the text states (breakdowns, percent claims, same indicator, table sums …).

Relation extraction is engine work shared by all rules; rules never re-read prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lint.document import Document
from lint.numbers.scan import Extraction


@dataclass
class Relations:
    """Everything the relation finders read from one document."""

    items: list[Any] = field(default_factory=list)


def find_relations(document: Document, extraction: Extraction) -> Relations:
    return Relations()
