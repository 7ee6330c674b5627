"""``solieu outline``: the tree of parts solieu read in a document, for people and for tools.

JSON (``--format json``), versioned like the other JSON outputs (add keys, never rename or drop)::

    {"version": 1,
     "files": [{"path": "…", "outline": NODE}],
     "errors": ["…"]}

    NODE = {"kind": "root" | "phần" | "chương" | "mục" | "điều" | "roman" | "upper"
                    | "arabic1" … "arabic4" | "letter)" | "letter." | "paren" | "thứ" | "là"
                    | "bullet-" | "bullet+" | "bullet*" | "bullet•" | "heading",
            "label": "1." | "Điều 3." | "-" | "" , "value": 1 | null,
            "line": 12, "column": 1, "location": "đoạn 12" | null,   (null for the root)
            "text": "the node's first block after its label",
            "blocks": 2,            (blocks the node holds: its own and the paragraphs continuing it)
            "tables": [0],          (indices of the tables inside the node)
            "figures": [QUANTITY],  (as in ``extract --format json``, the node's blocks only)
            "children": [NODE]}
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.tree import Tree

from lint.engine import FileResult
from lint.numbers.quantity import Quantity
from lint.outline import OutlineNode
from lint.report.json import SCHEMA_VERSION, quantity_record

SHORT_TEXT = 60


def _figures(result: FileResult) -> dict[int, list[Quantity]]:
    by_block: dict[int, list[Quantity]] = {}
    if result.extraction is not None:
        for quantity in result.extraction.quantities:
            by_block.setdefault(quantity.block, []).append(quantity)
    return by_block


def _node_figures(node: OutlineNode, by_block: dict[int, list[Quantity]]) -> list[Quantity]:
    return [q for block in node.blocks for q in by_block.get(block.index, [])]


def _record(
    result: FileResult, node: OutlineNode, by_block: dict[int, list[Quantity]], lang: str
) -> dict[str, Any]:
    assert result.document is not None
    head = node.head
    record: dict[str, Any] = {
        "kind": node.kind,
        "label": node.label_text,
        "value": node.value,
        "line": None,
        "column": None,
        "location": None,
        "text": node.text,
        "blocks": len(node.blocks) if head is not None else 0,
        "tables": list(node.tables),
        "figures": [
            quantity_record(result, q)
            for q in (_node_figures(node, by_block) if head is not None else [])
        ],
        "children": [_record(result, child, by_block, lang) for child in node.children],
    }
    if head is not None:
        span = head.whole_span
        where = result.document.source.locate(span)
        record["line"], record["column"] = where.line, where.column
        found = result.document.location_of(span)
        record["location"] = found.text(lang) if found is not None else None
    return record


def outline_json(results: Sequence[FileResult], lang: str) -> str:
    files = []
    for result in results:
        if result.document is None:
            continue
        by_block = _figures(result)
        root = result.document.outline.root
        files.append({"path": result.path, "outline": _record(result, root, by_block, lang)})
    payload = {
        "version": SCHEMA_VERSION,
        "files": files,
        "errors": [result.error.text(lang) for result in results if result.error],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def outline_tree(result: FileResult) -> Tree:
    """A rich tree: each node's label, a short text and its figures."""
    assert result.document is not None
    by_block = _figures(result)
    source = result.document.source

    def add(tree: Tree, node: OutlineNode) -> None:
        for child in node.children:
            label = child.label_text or "§"
            line = source.locate(child.head.whole_span).line if child.head is not None else 0
            entry = (
                f"[bold]{_escape(label)}[/bold] {_escape(_short(child.text))} [dim]:{line}[/dim]"
            )
            figures = [source.excerpt(q.span) for q in _node_figures(child, by_block)]
            if figures:
                shown = ", ".join(figures[:6]) + (" …" if len(figures) > 6 else "")
                entry += f" [cyan]\\[{_escape(shown)}][/cyan]"
            if child.tables:
                tables = ", ".join(str(t + 1) for t in child.tables)
                entry += f" [magenta]bảng/table {tables}[/magenta]"
            add(tree.add(entry), child)

    tree = Tree(f"[bold]{_escape(result.path)}[/bold]")
    if result.document.outline.root.tables:
        tables = ", ".join(str(t + 1) for t in result.document.outline.root.tables)
        tree.add(f"[magenta]bảng/table {tables}[/magenta]")
    add(tree, result.document.outline.root)
    return tree


def _escape(text: str) -> str:
    return text.replace("[", "\\[")
