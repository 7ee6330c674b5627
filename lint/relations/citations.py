"""Documents a report cites by number and date: ``Quyết định số 123/QĐ-UBND ngày 15/3/2021``.

A citation is a document type (``Quyết định``, ``Nghị quyết``, ``Kế hoạch`` …), ``số`` and a
document code holding a slash and a capital letter (``123/QĐ-UBND``, ``15/2020/NĐ-CP``), then
``ngày`` and a date (``15/3/2021``, ``15-3-2021``, ``15 tháng 3 năm 2021``), with at most a
short issuer in between (``của UBND tỉnh``).  Two citations of the same type and code with
different dates are a :class:`CitedDateConflict`, unless they name different issuers or
(for a number without a year and a generic issuer such as ``QĐ-UBND``) differ in more than
the year with no common issuer named.

A number of the shape ``N/YYYY/TYPE`` (``15/2020/NĐ-CP``, ``47/2019/QH14``) carries the year
the document was issued in; when the date attached to it (right after the number, after a
comma, a short issuer "của UBND tỉnh" or "ban hành") is of another year, the citation is a
:class:`NumberYearConflict`.  A date after other words ("có hiệu lực từ ngày …", "sửa đổi bởi
… ngày …") is not the date of issue and is not compared.  Tokenised text ("Quyết_định") reads
as plain text (:func:`lint.lexicon.cue_text`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lint import lexicon
from lint.document import Block, BlockKind, Document

_TYPES = (
    "quyết định|nghị quyết|nghị định|thông tư|thông tư liên tịch|chỉ thị|kế hoạch|công văn|"
    "báo cáo|thông báo|hướng dẫn|tờ trình|luật|pháp lệnh|văn bản|quy định|đề án|chương trình"
)
_CITATION = re.compile(
    rf"\b(?P<type>{_TYPES})\s+(?:số\s*:?\s*)?(?P<code>\d+(?:/\d{{4}})?/[\w.-]*[A-ZĐ][\w.-]*)"
    r"(?P<between>[^.;()\d]{0,60}?)\s*ngày\s+"
    r"(?P<date>(?P<d1>\d{1,2})[/.-](?P<m1>\d{1,2})[/.-](?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    kind: str  # the document type, lower case
    code: str  # as printed
    date: tuple[int, int, int]  # day, month, year
    block: int
    start: int  # the date in the block's analysis text
    end: int
    code_start: int
    printed: str = ""  # the date as written
    issuer: str = ""  # "ubnd tỉnh", "ubnd huyện" … when the citation names it
    attached: bool = False  # the date follows the number directly (a comma, an issuer between)

    @property
    def number_year(self) -> int | None:
        """The year segment of a number ``N/YYYY/TYPE`` (``15/2020/NĐ-CP`` → 2020), if any."""
        match = _NUMBER_YEAR.match(self.code)
        return int(match.group(1)) if match else None

    @property
    def number_year_start(self) -> int:
        """Where the number's year segment starts in the block's analysis text."""
        return self.code_start + self.code.index("/") + 1

    @property
    def year_start(self) -> int:
        """Where the date's year starts in the block's analysis text (both forms end with it)."""
        return self.end - 4

    @property
    def key(self) -> tuple[str, str]:
        code = unicodedata.normalize("NFC", self.code).upper().rstrip(".-")
        return (self.kind, code)

    @property
    def date_text(self) -> str:
        day, month, year = self.date
        return self.printed or f"{day:02d}/{month:02d}/{year}"


@dataclass(frozen=True)
class CitedDateConflict:
    first: Citation
    second: Citation


@dataclass(frozen=True)
class NumberYearConflict:
    """A citation whose date is of another year than the year in its number."""

    citation: Citation

    @property
    def number_year(self) -> int:
        return self.citation.number_year or 0

    @property
    def date_year(self) -> int:
        return self.citation.date[2]


_NUMBER_YEAR = re.compile(r"\d+/(\d{4})/")


def find_citations(document: Document) -> list[Citation]:
    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "ngày" not in block.text:
            continue
        found.extend(_citations(block))
    return found


def _citations(block: Block) -> list[Citation]:
    found = []
    for match in _CITATION.finditer(lexicon.cue_text(block.text)):
        day = int(match.group("d1") or match.group("d2"))
        month = int(match.group("m1") or match.group("m2"))
        year = int(match.group("y1") or match.group("y2"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        kind = re.sub(r"\s+", " ", match.group("type").lower())
        found.append(
            Citation(
                kind,
                match.group("code"),
                (day, month, year),
                block.index,
                match.start("date"),
                match.end("date"),
                match.start("code"),
                match.group("date"),
                _issuer(match.group("between") + " " + block.text[match.end() : match.end() + 60]),
                _ATTACHED.fullmatch(match.group("between")) is not None,
            )
        )
    return found


_ISSUER = re.compile(
    r"^\s*,?\s*(?:của|do)\s+((?:chủ tịch\s+)?(?:ubnd|hđnd|ủy ban nhân dân|ủy ban|hội đồng nhân dân"
    r"|thủ tướng|chính phủ|bộ|sở|ban)(?:\s+[^\W\d]+){0,4})",
    re.IGNORECASE,
)
# What may stand between a number and the date of issue: nothing, a comma, a short issuer
# ("của UBND tỉnh", "của Bộ Kế hoạch và Đầu tư"), "ban hành".  Words of another date ("có hiệu
# lực từ", "sửa đổi", "đến") never do.
_ATTACHED = re.compile(
    r"[\s,]*(?:(?:của|do)\s+(?:chủ tịch\s+)?(?:ubnd|hđnd|ủy ban nhân dân|ủy ban|hội đồng nhân dân"
    r"|thủ tướng|chính phủ|quốc hội|bộ|sở|ban|tỉnh ủy|huyện ủy)"
    r"(?:\s+(?!(?:từ|đến|có|hiệu|lực|sửa|đổi|bổ|sung|thay|thế|về|theo|tại|hoặc|hết)(?!\w))"
    r"[^\W\d]+){0,6})?[\s,]*(?:(?:được\s+)?ban hành\s*)?",
    re.IGNORECASE,
)
_GENERIC_ISSUERS = re.compile(r"-(?:UBND|HĐND|UB|BCĐ|BQL|BTV|TU|HU|ĐU|MTTQ)$", re.IGNORECASE)


def _issuer(text: str) -> str:
    match = _ISSUER.match(text)
    if match is None:
        return ""
    issuer = match.group(1).lower()
    issuer = issuer.replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd")
    return " ".join(issuer.split()[:3])


def _conflict(first: Citation, second: Citation) -> bool:
    """Two dates of one document, or two documents that share a number?

    Numbers without a year restart every year and ``…/QĐ-UBND`` is used by every people's
    committee: such a pair is one document only when both name the same issuer, or when only
    the year differs (``15/3/2021`` / ``15/3/2023``, a slip).  Different issuers: two
    documents."""
    if first.date == second.date:
        return False
    if first.issuer and second.issuer and first.issuer != second.issuer:
        return False
    has_year = bool(re.match(r"\d+/\d{4}/", first.code))
    if has_year or not _GENERIC_ISSUERS.search(first.code):
        return True
    if first.issuer and first.issuer == second.issuer:
        return True
    return first.date[:2] == second.date[:2]


def find_number_year_conflicts(document: Document) -> list[NumberYearConflict]:
    """Each citation whose attached date is of another year than the year in its number."""
    return [
        NumberYearConflict(citation)
        for citation in find_citations(document)
        if citation.attached
        and citation.number_year is not None
        and citation.number_year != citation.date[2]
    ]


def find_date_conflicts(document: Document) -> list[CitedDateConflict]:
    """Each later citation whose date differs from the first citation of the same document."""
    first: dict[tuple[str, str], Citation] = {}
    conflicts = []
    for citation in find_citations(document):
        earlier = first.setdefault(citation.key, citation)
        if earlier is not citation and _conflict(earlier, citation):
            conflicts.append(CitedDateConflict(earlier, citation))
    return conflicts
