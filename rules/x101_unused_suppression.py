"""X101 unused-suppression: ``solieu:`` comments that are malformed, unknown or silence nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lint.config import is_known_selector
from lint.diagnostics import Diagnostic, Message, Severity
from lint.document import Document
from lint.rule import Context, Rule
from lint.suppression import Suppression, parse_suppressions, unused_selectors

_SYNTAX = Message.of("write “solieu: ignore[CODE]” or “solieu: disable-file”")


class UnusedSuppression(Rule):
    """Reports suppression comments that do not do what they say.

    What it checks
        Every ``solieu:`` directive of the report (``<!-- solieu: ignore[S101] -->`` in
        Markdown, a line ``solieu: ignore[S101]`` in a text file, ``solieu: disable-file``):
        a directive that cannot be read, an ``ignore`` without rule codes, a code or name that
        no installed rule has, and a suppression that silenced no finding of a rule that did
        run on the file.  A suppression naming only rules that were not run (deselected in
        the configuration) is not called unused.

    Why
        A suppression outlives the figure it was written for: once the figure is corrected
        the comment silently hides the next mistake in that paragraph.  A misspelt code
        silences nothing while the author believes it does.

    Example that fails
        <!-- solieu: ignore[N102] -->
        Sản lượng lúa đạt 98.587 tấn, tăng 2,1% so với cùng kỳ.

    Example that passes
        <!-- solieu: ignore[N102] -- số liệu sơ bộ của Chi cục Thống kê -->
        Lúa gieo sạ 14.494 ha, năng suất 68 tạ/ha, sản lượng đạt 98,587 tấn.
    """

    code = "X101"
    name = "unused-suppression"
    severity = Severity.INFO
    whole_document = True
    summary = Message.of("Suppression comment that is malformed, unknown or unused")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        suppressions, malformed = parse_suppressions(context.document)
        for bad in malformed:
            text = bad.directive.text
            yield self.report(
                Message.of("Cannot read the suppression comment “{text}”", text=text),
                bad.directive.span,
                notes=[Message.of("“ignore” needs rule codes, e.g. ignore[S101]")]
                if bad.reason == "codes"
                else [],
                suggestion=_SYNTAX,
                figures=(text,),
            )
        for suppression in suppressions:
            for selector in suppression.selectors:
                if is_known_selector(selector):
                    continue
                yield self.report(
                    Message.of(
                        "No rule “{selector}”: this suppression silences nothing", selector=selector
                    ),
                    suppression.directive.span,
                    suggestion=Message.of("see “solieu rules”"),
                    figures=(suppression.directive.text, selector),
                )

    def unused_suppressions(
        self, document: Document, suppressions: Sequence[Suppression], rules: Sequence[type[Rule]]
    ) -> Iterator[Diagnostic]:
        others = [rule for rule in rules if rule.code != self.code]
        for suppression, selector in unused_selectors(suppressions, others):
            what = Message.of("any rule") if selector == "*" else Message.same(selector)
            yield self.report(
                Message.of(
                    "Unused suppression of {what}: there is no finding to silence", what=what
                ),
                suppression.directive.span,
                suggestion=Message.of("remove this comment"),
                figures=(suppression.directive.text, selector),
            )
