"""C103 amount-in-words: an amount and the words that restate it must say the same."""

from __future__ import annotations

from collections.abc import Iterator

from lint.arithmetic import typo_variants
from lint.diagnostics import Diagnostic, Message, Related, Severity
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity
from lint.numbers.words import number_words, words_slip
from lint.relations.amount_words import AmountInWords
from lint.relations.production import quantity_figure
from lint.rule import Context, Rule

_WORDS = Message("bằng chữ", "in words")
_FIGURE = Message("bằng số", "in figures")


class AmountInWordsRule(Rule):
    """Flags an amount whose words ("bằng chữ") say another amount.

    What it checks
        A money amount followed by its words: in parentheses ("15.500.000 đồng (Mười lăm triệu
        năm trăm nghìn đồng)"), after "Bằng chữ:" in the same sentence, or on the next line or
        table cell.  The words are read by the number-words grammar (một/mốt, bốn/tư,
        năm/lăm/nhăm, linh/lẻ, nghìn/ngàn, tỷ/tỉ, "triệu triệu", "đồng chẵn./.") and compared
        with the amount in đồng, honouring the scale of the figure ("3.790.000 triệu đồng" is
        3.790 tỷ đồng).  Words without "đồng" may also be in the printed unit.  Words broken by
        a stray character ("… hai triệu 2 tám trăm nghìn đồng") are reported too.  When the
        words say the figure with one typing slip (one digit changed or two swapped), the figure
        is named as the likely mistake; otherwise, when they are one word away from the
        figure's words (a scale word left out), the words are.

    Why
        The words are the legally binding form of an amount in payment and budget documents:
        when they disagree with the figure, one of them sends the wrong sum.

    Example that fails
        Số tiền: 15.600.000 đồng (Mười lăm triệu năm trăm nghìn đồng).

    Example that passes
        Số tiền: 15.500.000 đồng (Mười lăm triệu năm trăm nghìn đồng).
    """

    code = "C103"
    name = "amount-in-words"
    severity = Severity.ERROR
    summary = Message(
        "Số tiền bằng chữ không khớp với số tiền bằng số",
        "The amount in words differs from the amount in figures",
    )

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for pair in context.relations.amounts_in_words:
            amount = pair.amount.value
            if pair.value is not None:
                said = Fraction(pair.value)
                if pair.amount.interval.contains(said):
                    continue
                if not pair.currency and said * pair.amount.scale == amount:
                    continue  # words in the printed unit: "3.790.000 triệu đồng (… nghìn)"
            yield self._report(context, pair)

    def _report(self, context: Context, pair: AmountInWords) -> Diagnostic:
        quantity = pair.amount
        figure_text = quantity.text
        exact = quantity.value.denominator == 1 and quantity.value >= 0
        correct = _capitalised(number_words(int(quantity.value)), pair.text) if exact else None
        suggestion = (
            Message(f"viết bằng chữ: “{correct} đồng”", f"write in words: “{correct} đồng”")
            if correct
            else None
        )
        figure_span = context.number_span(quantity)
        if pair.value is None:
            notes = []
            if pair.without_stray is not None:
                rest = format_vi(pair.without_stray)
                same = pair.without_stray == quantity.value
                notes.append(
                    Message(
                        f"bỏ “{pair.broken_at}”, chữ đọc là {rest} đồng"
                        + (" (khớp với số)" if same else ""),
                        f"without “{pair.broken_at}” the words say {rest} đồng"
                        + (" (as the figure)" if same else ""),
                    )
                )
            return self.report(
                Message(
                    f"Số tiền bằng chữ của {figure_text} bị chen ký tự “{pair.broken_at}”",
                    f"The words of {figure_text} are broken by “{pair.broken_at}”",
                ),
                pair.span,
                label=_WORDS,
                related=[Related(figure_span, _FIGURE)],
                notes=notes,
                suggestion=suggestion,
                figures=(quantity.literal,),
            )
        in_dong = format_vi(quantity.value, 0 if exact else 2)
        said = format_vi(pair.value)
        computation = (
            f"{figure_text} = {in_dong} đồng; “{pair.text}” = {said} đồng"
            if quantity.scale != 1
            else f"“{pair.text}” = {said} đồng ≠ {in_dong} đồng"
        )
        notes = [Message(computation, computation)]
        figure_slip = _figure_slip(quantity, Fraction(pair.value))
        word_slip = exact and words_slip(pair.text, int(quantity.value)) == 1
        primary, label, other, other_label = pair.span, _WORDS, figure_span, _FIGURE
        if figure_slip is not None:
            # a typing slip in the figure (a key or two swapped keys) is likelier than words
            # spelled out by hand that happen to say the same slip
            primary, label, other, other_label = figure_span, _FIGURE, pair.span, _WORDS
            notes.append(
                Message(
                    f"chữ khớp với {figure_slip} (một lỗi gõ của {quantity.literal}): "
                    "có lẽ số bằng số sai",
                    f"the words match {figure_slip} (one typing slip from {quantity.literal}): "
                    "the figure is probably wrong",
                )
            )
            suggestion = Message(
                f"viết {figure_slip}, hoặc sửa chữ thành “{correct} đồng”",
                f"write {figure_slip}, or correct the words to “{correct} đồng”",
            )
        elif word_slip:
            notes.append(
                Message(
                    "chữ khác cách đọc của số ở một từ: có lẽ phần bằng chữ sai",
                    "the words differ from the figure's by one word: the words are probably wrong",
                )
            )
        return self.report(
            Message(
                f"{figure_text} nhưng bằng chữ là {said} đồng",
                f"{figure_text}, but the words say {said} đồng",
            ),
            primary,
            label=label,
            related=[Related(other, other_label)],
            notes=notes,
            suggestion=suggestion,
            figures=(quantity.literal,),
        )


def _figure_slip(quantity: Quantity, said: Fraction) -> str | None:
    """The figure as printed if one typing slip made it say what the words say."""
    figure = quantity_figure(quantity, "amount")
    for variant in typo_variants(figure):
        if variant.kind in ("digit", "swap") and variant.value == said:
            return variant.text
    return None


def _capitalised(words: str, printed: str) -> str:
    return words[:1].upper() + words[1:] if printed[:1].isupper() else words
