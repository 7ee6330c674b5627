"""PDF reader: the text layer of each page (pypdf), page-end footnotes, then the plain-text re-flow.

Each page's text is rebuilt from pypdf's text fragments together with their font size.  The
trailing lines of a page set in a smaller size than the body, the first of them starting with
a number, are that page's footnotes: they are moved after the body, so a paragraph continued on
the next page re-flows whole, and become footnote blocks.  The body text goes through the very
same :func:`lint.read.text.read_text` as a ``.txt`` report.  Every block records the page it
starts on ("trang 3").  A PDF without a text layer (a scan) is refused with a clear message.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lint.diagnostics import Message
from lint.document import Block, BlockKind, Document, FootnoteRef, SourceText, TextBuilder
from lint.errors import InputError
from lint.numbers.fraction import Fraction
from lint.read.encoding import decode
from lint.read.text import read_text

MAX_PAGES = 2_000
# Work per page: a page of a report holds a few thousand characters; a hostile content stream
# (20.000 text blocks in a few kilobytes) is cut here rather than read for minutes. A page cut
# short is said in an input note (Document.notes); the text read until then is checked.
MAX_PAGE_CHARACTERS = 200_000
MAX_PAGE_CONTENT_BYTES = 16 * 1024 * 1024
MAX_PAGE_SECONDS = 10.0
MAX_DOCUMENT_SECONDS = 120.0
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:Trang|trang|Page|page)\s+)?(\d{1,4})(?:\s*/\s*\d{1,4})?\s*(?:[-–—]\s*)?$"
)
_NOTE_START = re.compile(r"^(\d{1,3})\s*(?=\S)")
_ZONE = 3  # lines at the top and at the bottom of a page where headers and footers sit
# a browser's print: "12/3/26, 6:03 PM  title" (date and time), "https://… 1/3" (address, page)
_BROWSER_LINE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s|$)"
    r"|(?:https?|file|\ufb01le)://\S+(?:\s+\d{1,4}/\d{1,4})?$)"
)
_SMALLER = Fraction(9, 10)  # a footnote line is set below 90 % of the body size
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARK = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
_UNIT_BEFORE_EXPONENT = re.compile(r"(?:^|[^\w])(?:k?m|cm|dm|mm|ha)$")


@dataclass
class _Line:
    text: str
    size: Fraction  # dominant font size of its characters


@dataclass
class _Page:
    lines: list[_Line] = field(default_factory=list)
    cut: bool = False  # a budget was hit: the rest of the page was not read


class _BudgetHit(Exception):
    """Raised from pypdf's text visitor to stop reading a page."""


def read_pdf(path: str, data: bytes) -> Document:
    pages = _pages(path, data)
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise InputError(
            path,
            Message.of(
                "the PDF has no text layer (a scanned image?); run OCR on it first "
                "(for example ocrmypdf -l vie) or check the Word original"
            ),
        )
    _drop_running_lines(pages)
    _drop_page_numbers(pages)
    body_size = _body_size(pages)
    body_lines: list[str] = []
    page_starts: list[int] = []
    notes: list[tuple[int, list[str]]] = []  # (page, lines) per footnote
    offset = 0
    for number, page in enumerate(pages, start=1):
        cut = _footnote_cut(page, body_size)
        page_starts.append(offset)
        for line in page.lines[:cut]:
            body_lines.append(line.text)
            offset += len(line.text) + 1
        for line in page.lines[cut:]:
            if _NOTE_START.match(line.text.strip()) or not notes or notes[-1][0] != number:
                notes.append((number, [line.text]))
            else:
                notes[-1][1].append(line.text)
    body = "\n".join(body_lines)
    decode(body.encode("utf-8"), path)  # refuses legacy-encoded (TCVN3, VNI) or garbage text
    document = read_text(path, body)
    document.format = "pdf"
    cut_pages = [str(number) for number, page in enumerate(pages, start=1) if page.cut]
    if cut_pages:
        listed = ", ".join(cut_pages)
        document.notes.append(
            Message.of(
                "page {listed} too long or too complex to read whole; only the part read was checked",
                listed=listed,
            )
        )
    _footnote_marks(document)
    for block in document.blocks:
        on = _page_of(page_starts, block.starts[0] if block.starts else 0)
        block.location = Message.of("page {on}", on=on)
    text = body
    for page_number, note_lines in notes:
        text += "\n"
        builder = TextBuilder()
        footnote: int | None = None
        for line_number, raw in enumerate(note_lines):
            start = len(text)
            content = raw.strip()
            skip = raw.index(content) if content else 0
            if line_number == 0:
                found = _NOTE_START.match(content)
                if found:
                    footnote = int(found.group(1))
                    skip += found.end()
            elif len(builder):
                builder.add_synthetic(" ", start)
            builder.add_original(raw, start, skip, len(raw))
            text += raw + ("\n" if line_number < len(note_lines) - 1 else "")
        block = Block.from_builder(
            BlockKind.FOOTNOTE, builder, index=len(document.blocks), footnote=footnote
        )
        block.trim()
        if block.text:
            block.location = (
                Message.of(
                    "footnote {footnote}, page {page_number}",
                    footnote=footnote,
                    page_number=page_number,
                )
                if footnote is not None
                else Message.of("page {page_number}", page_number=page_number)
            )
            document.blocks.append(block)
    document.source = SourceText(path, text)
    return document


def _pages(path: str, data: bytes) -> list[_Page]:
    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(
            path, Message.of("reading PDF needs the pypdf package (pip install pypdf)")
        ) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter; errors still raise
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                path, Message.of("the PDF is password-protected; remove the password first")
            )
        if len(reader.pages) > MAX_PAGES:
            raise InputError(
                path, Message.of("refused: the PDF has more than {limit} pages", limit=MAX_PAGES)
            )
        pages: list[_Page] = []
        deadline = time.monotonic() + MAX_DOCUMENT_SECONDS
        for page in reader.pages:
            if time.monotonic() > deadline:
                pages.append(_Page(cut=True))  # not read at all: said in the note
                continue
            pages.append(_page(page))
        return pages
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        detail = f"{type(error).__name__}: {error}"
        raise InputError(path, Message.of("not a readable PDF ({detail})", detail=detail)) from None
    except Exception as error:  # pypdf raises many kinds on damaged files; never crash
        detail = type(error).__name__
        raise InputError(path, Message.of("not a readable PDF ({detail})", detail=detail)) from None


def _page(page: Any) -> _Page:
    chars: list[tuple[str, Fraction]] = []
    deadline: list[float] = []  # set at the first fragment: parsing the stream is linear
    sizes_seen: dict[tuple[float, float], Fraction] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        scale = abs(tm[3] * cm[3]) or 1.0
        effective = sizes_seen.get((size, scale))
        if effective is None:
            effective = sizes_seen[size, scale] = Fraction(size * scale).limit_denominator(100)
        chars.extend((char, effective) for char in text)
        if not deadline:
            deadline.append(time.monotonic() + MAX_PAGE_SECONDS)
        if chars and (len(chars) > MAX_PAGE_CHARACTERS or time.monotonic() > deadline[0]):
            raise _BudgetHit

    cut = False
    contents = page.get_contents()
    if contents is not None and len(contents.get_data()) > MAX_PAGE_CONTENT_BYTES:
        cut = True
    else:
        try:
            page.extract_text(visitor_text=visit)
        except _BudgetHit:
            cut = True
            del chars[MAX_PAGE_CHARACTERS:]
    sizes = Counter(size for char, size in chars if not char.isspace())
    body = sizes.most_common(1)[0][0] if sizes else Fraction(0)
    chars = _superscripts(chars, body)
    result = _Page()
    current: list[tuple[str, Fraction]] = []
    for char, size in [*chars, ("\n", Fraction(0))]:
        if char == "\n":
            text = "".join(c for c, _ in current)
            sizes = Counter(s for c, s in current if not c.isspace())
            dominant = sizes.most_common(1)[0][0] if sizes else Fraction(0)
            result.lines.append(_Line(text, dominant))
            current = []
        else:
            current.append((char, size))
    while result.lines and not result.lines[-1].text.strip():
        result.lines.pop()
    result.cut = cut
    return result


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove running headers and footers: the lines printed at the top or the bottom of the
    pages ("12/3/26, 6:03 PM  Báo cáo …", "https://… 1/3" of a browser's print, a Word
    header) that come back on every page (on all but one, the first page may differ), their
    numbers aside.  A browser's date stamp and address line, set smaller than the body, are
    dropped on a one-page file too.
    """
    zones: list[list[int]] = []  # per page: indexes of its first and last filled lines
    for page in pages:
        filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
        zones.append(sorted(set(filled[:_ZONE] + filled[-_ZONE:])))
    seen: Counter[str] = Counter()
    for number, (page, zone) in enumerate(zip(pages, zones, strict=True), start=1):
        seen.update({_running_key(page.lines[i].text, number) for i in zone})
    needed = max(2, len(pages) - 1)
    body = _body_size(pages)
    for number, (page, zone) in enumerate(zip(pages, zones, strict=True), start=1):
        for index in reversed(zone):
            line = page.lines[index]
            key = _running_key(line.text, number)
            repeated = len(pages) >= 2 and seen[key] >= needed and _has_words(key)
            browser = 0 < line.size < body * _SMALLER and _BROWSER_LINE.match(line.text.strip())
            if repeated or browser:
                del page.lines[index]


def _running_key(text: str, page: int) -> str:
    """A header or footer line with the page's own number blanked ("1/3" → "#/3"); every
    other figure must be the same on every page."""
    return re.sub(rf"(?<!\d){page}(?!\d)", "#", " ".join(text.split()))


def _has_words(key: str) -> bool:
    """Not a bare number: those are page numbers or figures (:func:`_drop_page_numbers`)."""
    return sum(char.isalpha() for char in key) >= 2


def _drop_page_numbers(pages: list[_Page]) -> None:
    """Remove page numbers ("5", "- 5 -", "Trang 5") printed first or last on the pages.

    A bare number is a page number only when it follows the page count (number − page index
    the same on at least two pages, or 0 on a one-page file): a figure that happens to end
    a page stays in the text.
    """
    candidates: list[tuple[int, int, int]] = []  # (page index, line index, value − page)
    for index, page in enumerate(pages):
        filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
        for position in sorted({filled[0], filled[-1]} if filled else set()):
            found = _PAGE_NUMBER.match(page.lines[position].text)
            if found:
                candidates.append((index, position, int(found.group(1)) - index - 1))
    shifts = Counter(shift for _, _, shift in candidates)
    if not shifts:
        return
    shift, count = shifts.most_common(1)[0]
    if count < 2 and not (len(pages) == 1 and shift == 0):
        return
    for index, position, found_shift in sorted(candidates, reverse=True):
        if found_shift == shift:
            del pages[index].lines[position]


def _superscripts(chars: list[tuple[str, Fraction]], body: Fraction) -> list[tuple[str, Fraction]]:
    """Digits set smaller right after a word or figure of body size become ¹²³ (marks, m²)."""
    result = list(chars)
    index = 0
    while index < len(result):
        char, size = result[index]
        previous = result[index - 1] if index else ("", Fraction(0))
        if (
            char.isdigit()
            and 0 < size < body * _SMALLER
            and previous[0].strip()
            and previous[1] >= body * _SMALLER
        ):
            end = index
            while end < len(result) and result[end][0].isdigit() and result[end][1] == size:
                end += 1
            if end - index <= 3 and (end == len(result) or not result[end][0].isalnum()):
                for position in range(index, end):
                    digit, small = result[position]
                    result[position] = (digit.translate(_SUPERSCRIPT), small)
            index = end
        else:
            index += 1
    return result


def _footnote_marks(document: Document) -> None:
    """Superscript digits in the text: unit exponents stay ("m²"), others become footnote refs."""
    for block in document.blocks:
        if block.kind is BlockKind.FOOTNOTE:
            continue
        for found in reversed(list(_MARK.finditer(block.text))):
            before = block.text[: found.start()]
            if found.group() in "²³" and _UNIT_BEFORE_EXPONENT.search(before[-4:]):
                continue
            start, end = found.span()
            number = int(found.group().translate(_PLAIN))
            span = block.span(start, end)
            block.text = block.text[:start] + block.text[end:]
            del block.starts[start:end]
            del block.ends[start:end]
            block.footnote_refs = [
                FootnoteRef(
                    ref.number,
                    ref.position - (end - start) if ref.position > start else ref.position,
                    ref.span,
                )
                for ref in block.footnote_refs
            ]
            block.footnote_refs.append(FootnoteRef(number, start, span))
        block.footnote_refs.sort(key=lambda ref: ref.position)


def _body_size(pages: list[_Page]) -> Fraction:
    weights: Counter[Fraction] = Counter()
    for page in pages:
        for line in page.lines:
            weights[line.size] += len(line.text.strip())
    return weights.most_common(1)[0][0] if weights else Fraction(0)


def _footnote_cut(page: _Page, body_size: Fraction) -> int:
    """Index of the first footnote line at the end of the page (len(lines) when none)."""
    cut = len(page.lines)
    index = len(page.lines) - 1
    while index >= 0:
        line = page.lines[index]
        if not line.text.strip():
            index -= 1
            continue
        if not (0 < line.size < body_size * _SMALLER):
            break
        if _NOTE_START.match(line.text.strip()):
            cut = index
        index -= 1
    return cut


def _page_of(page_starts: list[int], offset: int) -> int:
    page = 1
    for number, start in enumerate(page_starts, start=1):
        if start <= offset:
            page = number
    return page
