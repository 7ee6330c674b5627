"""Shares of one whole written together: a structure ("Cơ cấu kinh tế: nông nghiệp 35%,
công nghiệp 30%, dịch vụ 35%"), shares listed "respectively", shares of one base."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.percent_claims import BARE_SHARE, PercentClaim

if TYPE_CHECKING:
    from lint.relations.tables import TableModel


@dataclass(frozen=True)
class ShareGroup:
    """Percentages that are shares of one whole: all of it (``cơ cấu``) or parts of it."""

    percents: tuple[Quantity, ...]
    labels: tuple[str, ...]
    exhaustive: bool  # cơ cấu: the shares make up the whole (100 %)
    source: str  # "cơ cấu" | "trong đó" | "explicit" | "hưởng" (a revenue split by budget levels)


# "Cơ cấu kinh tế (năm 2024): A 30%; B 25%; C 45%": the period may name a year
_STRUCTURE = re.compile(r"cơ cấu[^.;:%]{0,60}:\s*", re.IGNORECASE)
# "Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ (tương ứng) là 35% - 30% - 35%": the
# names and their shares in the same order, each list joined by spaced dashes
_CƠ_CẤU = re.compile(r"cơ cấu\b", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_DASH_ONLY = re.compile(r"^\s*[-–—]\s*$")
_SHARE_LABEL = re.compile(r"^[^\d%()]{2,60}$")


def ratios_by_base(claims: list[PercentClaim]) -> dict[tuple[int, int], list[PercentClaim]]:
    """Ratio claims grouped by the figure they are a share of (not done/total pairs, nor shares
    of a plan, nor shares found only by agreeing on a whole, which need not split it: votes):
    the candidates for shares of one whole."""
    by_base: dict[tuple[int, int], list[PercentClaim]] = {}
    for claim in claims:
        if (
            claim.kind == "ratio"
            and claim.base is not None
            and claim.base_source not in ("pair", "plan", "agreed")
        ):
            by_base.setdefault((claim.base.block, claim.base.number_start), []).append(claim)
    return by_base


def find_share_groups(
    document: Document, extraction: Extraction, claims: list[PercentClaim]
) -> list[ShareGroup]:
    """``Cơ cấu kinh tế: A 30%; B 25%; C 45%`` and shares of one base stated as parts."""
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    groups: list[ShareGroup] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        if "cơ cấu" not in block.text.lower():
            continue  # a quick test before the slower case-insensitive pattern
        for match in _STRUCTURE.finditer(block.text):
            group = _structure(block, by_block.get(block.index, []), match.end())
            if group is not None:
                groups.append(group)
                earlier = _respectively(block, by_block.get(block.index, []), group)
                if earlier is not None:
                    groups.append(earlier)
        for match in _CƠ_CẤU.finditer(block.text):
            group = _dashed_structure(block, by_block.get(block.index, []), match.end())
            if group is not None:
                groups.append(group)
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE_CELL and "hưởng" in block.text:
            groups.extend(_budget_splits(block.text, by_block.get(block.index, [])))
    by_base = ratios_by_base(claims)
    for shares in by_base.values():
        # shares listed one per sentence often overlap (women, trained, …): each is checked
        # against its count and the whole (P101), their total is not; nor that of bare shares
        # after the parts of "trong đó", whose parts S102 adds up
        # "đã giải ngân 8.895 triệu đồng, đạt 94,4% tổng kinh phí": what was done of the whole,
        # not one of its parts
        parts = [c for c in shares if not _done_rate(document.blocks[c.percent.block], c)]
        for members in _together(parts, document.blocks):
            if len(members) >= 2 and members[0].base_source not in ("listed", BARE_SHARE):
                groups.append(
                    ShareGroup(
                        tuple(c.percent for c in members),
                        tuple(c.value.literal for c in members),
                        False,
                        members[0].base_source,
                    )
                )
    return groups


# a classification opening its block: "Chia theo loại hình cơ sở:", "Theo độ tuổi:"
_CLASSIFIES = re.compile(lexicon.CLASSIFICATION_OPENER_RE, re.IGNORECASE)
# a revenue split between budget levels: "ngân sách cấp tỉnh hưởng 40%, ngân sách cấp huyện
# hưởng 60%" (each level's share of one revenue; together all of it)
_BUDGET_SHARE_LEAD = re.compile(
    r"(?P<label>(?:ngân sách|NS)\s*(?:cấp\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:được\s+)?hưởng\s*$",
    re.IGNORECASE,
)
_NEXT_LEVEL = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)", re.IGNORECASE)


def _budget_splits(text: str, quantities: list[Quantity]) -> list[ShareGroup]:
    """Runs of two budget levels' shares or more, each right after the one before ("…
    hưởng 40%, ngân sách cấp huyện hưởng 60%"): the split of one revenue (100 %)."""
    runs: list[list[tuple[Quantity, str]]] = []
    previous: Quantity | None = None
    for quantity in quantities:
        if quantity.kind is not QuantityKind.PERCENT:
            continue
        lead = _BUDGET_SHARE_LEAD.search(text, max(0, quantity.start - 60), quantity.start)
        if lead is None:
            previous = None
            continue
        share = (quantity, lead.group("label"))
        if previous is not None and _NEXT_LEVEL.fullmatch(text, previous.end, lead.start()):
            runs[-1].append(share)
        else:
            runs.append([share])
        previous = quantity
    return [
        ShareGroup(tuple(q for q, _ in run), tuple(label for _, label in run), True, "hưởng")
        for run in runs
        if len(run) >= 2
    ]


# the columns of a table splitting each row's whole: "Ngân sách cấp tỉnh (%) | Ngân sách cấp
# huyện (%) | Ngân sách cấp xã (%)", each row totalling 100
_PERCENT_HEADER = re.compile(r"\(%\)\s*$|^%$")
# rows that must total 100 before the columns are read as a split (and at most one row in four
# may not)
ROW_SPLIT_MIN_ROWS = 3


def find_row_splits(
    models: list[TableModel], by_block: dict[int, list[Quantity]]
) -> list[ShareGroup]:
    """Tables whose percentage columns split every row: at least
    :data:`ROW_SPLIT_MIN_ROWS` rows with two shares or more total 100 (a missing cell, "-",
    is none), at most one row in four does not; each row's shares are then a structure
    (P104)."""
    groups: list[ShareGroup] = []
    hundred = Fraction(100)
    for model in models:
        columns = [
            c
            for c in model.columns
            if c.role in ("rate", "share") and _PERCENT_HEADER.search(c.header)
        ]
        if len(columns) < 2:
            continue
        rows: list[tuple[tuple[Quantity, ...], tuple[str, ...]]] = []
        holding = 0
        for row in model.rows:
            cells = [row.cells.get(c.index) for c in columns]
            present = [
                (quantities[0], column.title)
                for cell, column in zip(cells, columns, strict=True)
                if cell is not None
                and cell.value is not None
                and len(quantities := by_block.get(cell.block.index, [])) == 1
            ]
            if row.kind != "data" or len(present) < 2:
                continue
            total = sum((q.interval for q, _ in present[1:]), present[0][0].interval)
            holding += total.low <= hundred <= total.high
            rows.append((tuple(q for q, _ in present), tuple(title for _, title in present)))
        failing = len(rows) - holding
        if holding < ROW_SPLIT_MIN_ROWS or failing * 4 > len(rows):
            continue
        groups.extend(ShareGroup(shares, labels, True, "row") for shares, labels in rows)
    return groups


_DONE_RATE = re.compile(r"\b(?:đạt|bằng)(?:\s+tỷ lệ)?\s*$", re.IGNORECASE)


def _done_rate(block: Block, claim: PercentClaim) -> bool:
    """The share is said with "đạt" or "bằng": a rate of completion of the whole ("giải ngân
    1.152.318 triệu đồng, bằng 89,57% tổng mức đầu tư"), not one of its parts."""
    start = claim.percent.start
    return _DONE_RATE.search(block.text, max(0, start - 16), start) is not None


def _together(claims: list[PercentClaim], blocks: list[Block]) -> list[list[PercentClaim]]:
    """Shares of one base in runs of neighbouring blocks: a whole classified twice ("Theo loại
    hình: …" and, paragraphs on, "Theo lĩnh vực: - … - …") has two sets of shares, and so
    has one classified again in the next paragraph ("Chia theo loại hình cơ sở: …")."""
    runs: list[list[PercentClaim]] = []
    for claim in sorted(claims, key=lambda c: (c.percent.block, c.percent.start)):
        block = claim.percent.block
        again = (
            block != runs[-1][-1].percent.block
            and _CLASSIFIES.match(blocks[block].text, blocks[block].label_end)
            if runs
            else False
        )
        if runs and block - runs[-1][-1].percent.block <= 1 and not again:
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return runs


def _structure(block: Block, quantities: list[Quantity], start: int) -> ShareGroup | None:
    text = block.text
    sentence = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ])|\.?\s*$").search(text, start)
    stop = sentence.start() if sentence else len(text)
    aside = text.find("(", start, stop)
    if aside >= 0 and _RESPECTIVELY.match(text, aside):
        stop = aside  # "…; C 7,47% (năm 2023 tương ứng là: …)": the other year's shares
    separator = re.compile(";" if ";" in text[start:stop] else r",(?!\d)")
    percents: list[Quantity] = []
    labels: list[str] = []
    cursor = start
    for match in [*separator.finditer(text, start, stop), None]:
        piece_start, piece_end = cursor, (match.start() if match else stop)
        cursor = match.end() if match else stop
        inside = [q for q in quantities if piece_start <= q.start and q.end <= piece_end]
        if len(inside) != 1 or inside[0].kind is not QuantityKind.PERCENT:
            return None
        label = _SHARE_VERB_AFTER.sub("", text[piece_start : inside[0].start].strip(" :-"))
        rest = text[inside[0].end : piece_end].strip(" .")
        if not _SHARE_LABEL.match(label) or rest:
            return None
        percents.append(inside[0])
        labels.append(label)
    if len(percents) < 2:
        return None
    return ShareGroup(tuple(percents), tuple(labels), True, "cơ cấu")


# "khu vực dịch vụ chiếm": the verb between a share's name and the share
_SHARE_VERB_AFTER = re.compile(r"\s+(?:chiếm|là|đạt)(?:\s+tỷ lệ)?$", re.IGNORECASE)
# "(năm 2023 tương ứng là: 13,10%; 40,20%; 39,10%; 7,60%)": the same structure another year
_RESPECTIVELY = re.compile(
    r"\(\s*[^\d%();]{0,20}(?:\d{4})?[^\d%();]{0,10}tương ứng(?: là)?\s*:?\s*"
)


def _respectively(block: Block, quantities: list[Quantity], group: ShareGroup) -> ShareGroup | None:
    """The shares given in parentheses after a structure for another year, in the same order
    (as many as the structure has, each alone)."""
    text = block.text
    last = group.percents[-1]
    opening = _RESPECTIVELY.match(text, text.find("(", last.end))
    if opening is None or text[last.end : opening.start()].strip():
        return None
    closing = text.find(")", opening.end())
    if closing < 0:
        return None
    inside = [q for q in quantities if opening.end() <= q.start and q.end <= closing]
    if len(inside) != len(group.percents) or any(
        q.kind is not QuantityKind.PERCENT for q in inside
    ):
        return None
    for before, after in itertools.pairwise(inside):
        if not re.fullmatch(r"\s*[;,]\s*", text[before.end : after.start]):
            return None
    return ShareGroup(tuple(inside), group.labels, True, "cơ cấu")


def _dashed_structure(block: Block, quantities: list[Quantity], start: int) -> ShareGroup | None:
    """Names joined by spaced dashes, then as many percentages joined by dashes, ending the
    sentence or clause, with no other figure between "cơ cấu" and them."""
    text = block.text
    sentence = _SENTENCE_END.search(text, start)
    stop = sentence.start() if sentence else len(text)
    inside = [q for q in quantities if start <= q.start and q.end <= stop]
    if len(inside) < 2 or any(q.kind is not QuantityKind.PERCENT for q in inside):
        return None
    for before, after in itertools.pairwise(inside):
        if not _DASH_ONLY.match(text[before.end : after.start]):
            return None
    if text[inside[-1].end : stop].strip(" .;,"):
        return None
    named = text[start : inside[0].start]
    if _NOT_A_STRUCTURE.search(named):
        return None
    total = sum((abs(q.value) for q in inside), Fraction(0))
    if not 50 <= total <= 150:
        return None  # a range of rates ("3,5% - 4%"), not the shares of a whole
    bracketed = _BRACKETED.search(named)
    names = _SPACED_DASH.split(bracketed.group(1) if bracketed else named)
    if len(names) != len(inside):
        return None  # a name holding a dash of its own ("công nghiệp - xây dựng"): unclear
    names[0] = _WHOLE_NOUN.sub("", names[0].strip())
    names[-1] = _SHARES_FOLLOW.sub("", names[-1])
    labels = tuple(name.strip(" :,()") for name in names)
    return ShareGroup(tuple(inside), labels, True, "cơ cấu")


# "cơ cấu lại" (to restructure) and rates of change name no structure
_NOT_A_STRUCTURE = re.compile(
    r"^\s*lại\b|\b(?:tăng|giảm|tốc độ|bình quân|phấn đấu|từ|đến)\b", re.IGNORECASE
)
_BRACKETED = re.compile(r"\(([^()]*)\)")
# the whole the names are parts of, when it stands before the first one ("kinh tế nông nghiệp")
_WHOLE_NOUN = re.compile(
    r"^(?:kinh tế|lao động|ngành(?: kinh tế)?|giá trị(?: sản xuất| tăng thêm)?|dân số)\s+",
    re.IGNORECASE,
)
# the words between the last name and the shares ("tương ứng là", "lần lượt đạt")
_SHARES_FOLLOW = re.compile(
    r"(?:\s|,)*(?:(?:tương ứng|lần lượt)\s*)?(?:(?:là|đạt|chiếm)\s*)?:?\s*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.;](?=\s+[A-ZĐÀ-Ỹ(])|[.;]?\s*$")
