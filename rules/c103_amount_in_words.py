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

_WORDS = Message.of("in words")
_FIGURE = Message.of("in figures")


class AmountInWordsRule(Rule):
    """Flags an amount whose words ("bằng chữ") say another amount.

    What it checks
        A money amount followed by its words: in parentheses ("15.500.000 đồng (Mười lăm triệu
        năm trăm nghìn đồng)"), after "Bằng chữ:" in the same sentence, or on the next line or
        table cell.  The words are read by the number-words grammar (một/mốt, bốn/tư,
        năm/lăm/nhăm, linh/lẻ, nghìn/ngàn, tỷ/tỉ, "triệu triệu", "đồng chẵn./.") and compared
        with the amount in đồng, honouring the scale of the figure ("3.790.000 triệu đồng" is
        3.790 tỷ đồng).  Words without "đồng" may also be in the printed unit.  A comma after a
        scale word is a pause between groups ("Hai tỷ, bốn trăm sáu mươi lăm triệu đồng").
        Words broken by a stray character ("… hai triệu 2 tám trăm nghìn đồng") are reported
        too.  When the
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
    summary = Message.of("The amount in words differs from the amount in figures")

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
            Message.of("write in words: “{correct} đồng”", correct=correct) if correct else None
        )
        figure_span = context.number_span(quantity)
        if pair.value is None:
            notes = []
            if pair.without_stray is not None:
                rest = format_vi(pair.without_stray)
                same = pair.without_stray == quantity.value
                notes.append(
                    Message.of(
                        "without “{broken_at}” the words say {rest} đồng (as the figure)",
                        broken_at=pair.broken_at,
                        rest=rest,
                    )
                    if same
                    else Message.of(
                        "without “{broken_at}” the words say {rest} đồng",
                        broken_at=pair.broken_at,
                        rest=rest,
                    )
                )
            return self.report(
                Message.of(
                    "The words of {figure_text} are broken by “{broken_at}”",
                    figure_text=figure_text,
                    broken_at=pair.broken_at,
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
        notes = [Message.same(computation)]
        figure_slip = _figure_slip(quantity, Fraction(pair.value))
        word_slip = exact and words_slip(pair.text, int(quantity.value)) == 1
        primary, label, other, other_label = pair.span, _WORDS, figure_span, _FIGURE
        if figure_slip is not None:
            # a typing slip in the figure (a key or two swapped keys) is likelier than words
            # spelled out by hand that happen to say the same slip
            primary, label, other, other_label = figure_span, _FIGURE, pair.span, _WORDS
            notes.append(
                Message.of(
                    "the words match {figure_slip} (one typing slip from {literal}): the figure is probably wrong",
                    figure_slip=figure_slip,
                    literal=quantity.literal,
                )
            )
            suggestion = Message.of(
                "write {figure_slip}, or correct the words to “{correct} đồng”",
                figure_slip=figure_slip,
                correct=correct,
            )
        elif word_slip:
            notes.append(
                Message.of(
                    "the words differ from the figure's by one word: the words are probably wrong"
                )
            )
        return self.report(
            Message.of(
                "{figure_text}, but the words say {said} đồng", figure_text=figure_text, said=said
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
