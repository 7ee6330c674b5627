"""The outline: every block of a document placed in the tree of parts the document shows.

Reviewers read a report as nested parts: a resolution as Phần / Chương / Mục / Điều > khoản
("1.") > điểm ("a)") > tiết ("-"); a report or plan as "Phần I", "A.", "I.", "1.", "1.1.",
"a)", "(1)", "-", "+", "Thứ nhất" … under its headings.  The tree is built from what the
document shows, in every input format:

* the **labels** at block starts (:func:`lint.read.labels.item_label`, spaced tokenised labels
  such as "1 ." included), Markdown and Word **bullets** (with their nesting), Markdown heading
  depth and Word heading styles (``Block.depth``);
* the **level of a label kind is decided by order of first appearance** under its parent, as a
  reader does: a kind already open on the path from the root is a sibling of that node (its
  ancestors are closed); a kind not open nests inside the current item.  So "1." restarts under
  each "Điều", "-" items under "a)" are inside it, and a later "b)" closes them;
* the structural words keep their legal order whatever comes first: Phần > Chương > Mục > Điều;
  "Điều" never restarts (numbered continuously across chapters), a heading never nests inside a
  list item, and an unlabelled Markdown/Word heading closes the headings at its depth or deeper;
* an **unlabelled paragraph continues the item before it** (it joins that node's blocks);
* tables and footnotes belong to the node they appear in (footnotes: the root).

:class:`Outline` is computed once per document (``Document.outline``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lint.document import Block, BlockKind, Document
from lint.read.labels import ItemLabel, item_label

# Structural words in their legal order (outermost first).
STRUCTURAL = {"phần": 0, "chương": 1, "mục": 2, "điều": 3}
BULLETS = "-+*•"
_BULLET_TEXT = re.compile(r"^([-+*•])\s+(?=\S)")


@dataclass(eq=False)
class OutlineNode:
    """One part of the document: the block that opens it, the unlabelled blocks continuing it,
    and the parts nested in it."""

    kind: str  # "root", a label kind ("điều", "arabic1", "letter)", "thứ" …), "bullet-",
    #            "heading" (an unlabelled heading)
    level: tuple[str, int]  # what makes two items siblings: (kind, nesting the format shows)
    label: ItemLabel | None = None
    bullet: str | None = None  # "-", "+", "*", "•" for a bullet item
    blocks: list[Block] = field(default_factory=list)
    tables: list[int] = field(default_factory=list)
    parent: OutlineNode | None = None
    children: list[OutlineNode] = field(default_factory=list)
    heading_depth: int = 0  # a heading's depth (1 = top), 0 for other blocks
    shown_depth: bool = False  # a heading whose depth the format shows (Markdown "###", Word)
    start: int = 0  # where the item's own text starts in its first block (after the label)

    @property
    def head(self) -> Block | None:
        return self.blocks[0] if self.blocks and self.kind != "root" else None

    @property
    def is_heading(self) -> bool:
        head = self.head
        return head is not None and head.kind is BlockKind.HEADING

    @property
    def value(self) -> int | None:
        """The position the label claims (1 for "1.", "a)", "I.", "Thứ nhất")."""
        return self.label.value if self.label is not None else None

    @property
    def label_text(self) -> str:
        if self.label is not None:
            return self.label.text
        return self.bullet or ""

    @property
    def depth(self) -> int:
        depth, node = 0, self.parent
        while node is not None:
            depth, node = depth + 1, node.parent
        return depth

    @property
    def text(self) -> str:
        """The node's own text after its label (its first block)."""
        head = self.head
        if head is None:
            return ""
        own = head.text[self.start :].lstrip(" ,:.")
        if not own and len(self.blocks) > 1:
            return self.blocks[1].text  # a label on a line of its own ("1 ." then its text)
        return own

    @property
    def last_block(self) -> Block | None:
        """The block right before the node's children (where a list is announced)."""
        return self.blocks[-1] if self.blocks and self.kind != "root" else None

    def walk(self) -> Iterator[OutlineNode]:
        """This node and every node below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Outline:
    root: OutlineNode
    node_of_block: dict[int, OutlineNode]  # block index → the node whose blocks hold it

    def nodes(self) -> Iterator[OutlineNode]:
        """Every node but the root, in document order."""
        for child in self.root.children:
            yield from child.walk()

    def node_of(self, block: Block | int) -> OutlineNode:
        index = block if isinstance(block, int) else block.index
        return self.node_of_block.get(index, self.root)

    def parent_of(self, block: Block | int) -> OutlineNode:
        """The part a block belongs to: its node's parent when the block opens a node, else
        the node it continues (or the table's node, for a cell)."""
        node = self.node_of(block)
        index = block if isinstance(block, int) else block.index
        if node.blocks and node.blocks[0].index == index and node.parent is not None:
            return node.parent
        return node


def build_outline(document: Document) -> Outline:
    root = OutlineNode("root", ("root", 0))
    stack = [root]
    node_of_block: dict[int, OutlineNode] = {}
    tables_seen: set[int] = set()
    for block in document.blocks:
        if block.kind is BlockKind.FOOTNOTE:
            node_of_block[block.index] = root
            continue
        if block.kind is BlockKind.TABLE_CELL:
            if block.table is not None and block.table not in tables_seen:
                tables_seen.add(block.table)
                stack[-1].tables.append(block.table)
            node_of_block[block.index] = stack[-1]
            continue
        node = _opened(block)
        top = stack[-1]
        if node is not None and node.label is None and node.bullet is None and _untitled(top):
            node = None  # the title of a label standing alone ("Phần I" then its title)
        if node is None:
            stack[-1].blocks.append(block)  # an unlabelled paragraph continues the item
            node_of_block[block.index] = stack[-1]
            continue
        _place(stack, node)
        node.blocks.append(block)
        node_of_block[block.index] = node
    return Outline(root, node_of_block)


def _untitled(node: OutlineNode) -> bool:
    """A labelled node whose only block is its label ("Phần I", "1 .")."""
    return node.label is not None and len(node.blocks) == 1 and not node.text


def _opened(block: Block) -> OutlineNode | None:
    """The node ``block`` opens, or None when it continues the item before it."""
    is_heading = block.kind is BlockKind.HEADING
    bullet = block.label if block.label and block.label in BULLETS else None
    label = None if bullet else item_label(block.text, block.label, block.label_end)
    if label is not None:
        kind = label.kind
        depth = (block.depth or 1) if is_heading else 0
        shown = is_heading and block.depth > 0
        return OutlineNode(
            kind, (kind, 0), label, heading_depth=depth, start=label.end, shown_depth=shown
        )
    nesting, start = block.depth, 0
    if bullet is None and not is_heading:
        found = _BULLET_TEXT.match(block.text)
        if found:  # "– …" or "- …" the reader kept as a paragraph
            bullet, nesting, start = found.group(1), 0, found.end()
    if bullet is not None:
        kind = "bullet" + bullet
        return OutlineNode(kind, (kind, nesting), bullet=bullet, start=start)
    if is_heading:
        return OutlineNode("heading", ("heading", block.depth), heading_depth=block.depth or 1)
    return None


def _place(stack: list[OutlineNode], node: OutlineNode) -> None:
    """Close the open nodes ``node`` is not inside of, and open it under the last one left."""
    if node.heading_depth:
        # a heading never nests inside a bullet item, and closes the unlabelled headings at
        # its depth or deeper
        while (
            len(stack) > 1
            and (
                stack[-1].bullet is not None
                or (stack[-1].kind == "heading" and stack[-1].heading_depth >= node.heading_depth)
                # "### 4." then "1.", "2.", "3.", then "### 5.": the numbered paragraphs are inside
                # the section the next heading of the format closes
                or (
                    node.shown_depth
                    and stack[-1].heading_depth == 0
                    and any(open_node.shown_depth for open_node in stack[1:-1])
                )
            )
        ):
            stack.pop()
    _letter_not_roman(stack, node)
    sibling = _open_sibling(stack, node)
    if sibling is not None and _list_under_heading(stack[sibling], node):
        sibling = None  # "### 4. Giải pháp" then "1. …", "2. …": a list inside the section
    if sibling is not None and _restarts_under_another(stack, sibling, node):
        sibling = None  # "2. Danh sách", "a) Đơn vị số 1:", "1. Ông A …": a list inside "a)"
    if sibling is not None:
        del stack[sibling:]
    elif node.kind in STRUCTURAL:
        rank = STRUCTURAL[node.kind]
        while len(stack) > 1 and (
            stack[-1].kind not in STRUCTURAL or STRUCTURAL[stack[-1].kind] >= rank
        ):
            if stack[-1].label is None and stack[-1].kind == "heading":
                break  # a structural part under an unlabelled title ("NGHỊ QUYẾT")
            stack.pop()
    parent = stack[-1]
    node.parent = parent
    parent.children.append(node)
    stack.append(node)


def _list_under_heading(open_node: OutlineNode, node: OutlineNode) -> bool:
    """``node``, a numbered paragraph starting again at 1, right under a heading of the same
    kind that is the last node opened (a Markdown or Word heading "### 4." and an ordered
    list under it)."""
    return (
        open_node.heading_depth > 0
        and not open_node.children
        and node.heading_depth == 0
        and node.value == 1
        and open_node.value is not None
    )


def _restarts_under_another(stack: list[OutlineNode], sibling: int, node: OutlineNode) -> bool:
    """``node`` starts again at 1 while an item of another kind is open under the open node
    of its level ("2. …", "a) …", then "1. …"): a list of its own inside that item, not a
    number out of order."""
    if node.value != 1 or sibling == len(stack) - 1:
        return False
    inner = stack[-1]
    return (
        inner.label is not None
        and inner.kind != node.kind
        and inner.heading_depth == node.heading_depth
        and (stack[sibling].value or 0) > 1
    )


def _open_sibling(stack: list[OutlineNode], node: OutlineNode) -> int | None:
    """Position in ``stack`` of the open node of the same level, if any: the innermost, or
    an outer one the node follows ("3." after a "1." … "5." list inside "2."'s items)."""
    found = [p for p in range(len(stack) - 1, 0, -1) if stack[p].level == node.level]
    if len(found) > 1 and node.value is not None:
        follows = [p for p in found if stack[p].value == node.value - 1]
        if follows and found[0] not in follows:
            return follows[0]
    return found[0] if found else None


def _letter_not_roman(stack: list[OutlineNode], node: OutlineNode) -> None:
    """ "C." after "B." is the third capital letter, not roman 100 (also "I." after "H.")."""
    label = node.label
    if label is None or node.kind != "roman":
        return
    letter = label.text.strip()[:1]
    if not (len(label.text.strip().rstrip(".-").strip()) == 1 and letter.isalpha()):
        return
    letter_value = ord(letter) - ord("A") + 1
    for open_node in stack:
        if open_node.kind == "upper" and open_node.value == letter_value - 1:
            node.kind, node.level = "upper", ("upper", 0)
            node.label = ItemLabel(label.text, label.end, "upper", letter_value)
            return
