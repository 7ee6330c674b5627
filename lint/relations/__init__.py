"""Relations the text states (breakdowns, percent claims, same indicator, table sums …).

Relation extraction is engine work shared by all rules; rules never re-read prose.  Each family
lives in its own module of this package and is exposed here as a lazily computed attribute of
:class:`Relations`, so a rule pays only for the families it uses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from lint.document import Document
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction

if TYPE_CHECKING:
    from lint.relations.amount_words import AmountInWords
    from lint.relations.annex import AnnexConflict
    from lint.relations.appendix_totals import AppendixTotal
    from lint.relations.averages import StatedAverage
    from lint.relations.breakdowns import Breakdown
    from lint.relations.citations import CitedDateConflict, NumberYearConflict
    from lint.relations.consistency import Consistency
    from lint.relations.footnotes import Footnotes
    from lint.relations.formulas import HardCodedTotal
    from lint.relations.indicators import IndicatorMention, PlanRemainder, SameIndicator
    from lint.relations.named_lists import NamedList
    from lint.relations.numbering import Numbering
    from lint.relations.percent_claims import PercentClaim
    from lint.relations.periods import PlanPeriod
    from lint.relations.production import AreaYieldProduction, RateOutlier
    from lint.relations.share_groups import ShareGroup
    from lint.relations.tables import TableModel
    from lint.relations.unit_prices import UnitPriceTotal


class Relations:
    """Everything the relation finders read from one document (computed on first use)."""

    def __init__(self, document: Document, extraction: Extraction) -> None:
        self.document = document
        self.extraction = extraction

    # Relation families are added below, one cached property each, e.g.:
    #
    #     @cached_property
    #     def breakdowns(self) -> list[Breakdown]:
    #         from lint.relations.breakdowns import find_breakdowns
    #         return find_breakdowns(self.document, self.extraction)

    @cached_property
    def breakdowns(self) -> list[Breakdown]:
        from lint.relations.breakdowns import find_breakdowns

        return find_breakdowns(self.document, self.extraction)

    @cached_property
    def appendix_totals(self) -> list[AppendixTotal]:
        """Amounts of the text and the totals of the appendix tables they refer to."""
        from lint.relations.appendix_totals import find_appendix_totals

        return find_appendix_totals(self.document, self.extraction, self.tables)

    @cached_property
    def cited_date_conflicts(self) -> list[CitedDateConflict]:
        from lint.relations.citations import find_date_conflicts

        return find_date_conflicts(self.document)

    @cached_property
    def number_year_conflicts(self) -> list[NumberYearConflict]:
        """Citations whose date is of another year than the year in their number."""
        from lint.relations.citations import find_number_year_conflicts

        return find_number_year_conflicts(self.document)

    @cached_property
    def plan_periods(self) -> list[PlanPeriod]:
        """Counts of years and the periods they name ("kế hoạch 5 năm 2021 - 2025")."""
        from lint.relations.periods import find_plan_periods

        return find_plan_periods(self.document, self.extraction)

    @cached_property
    def named_lists(self) -> list[NamedList]:
        from lint.relations.named_lists import find_named_lists
        from lint.relations.table_counts import find_table_counts

        by_block: dict[int, list[Quantity]] = {}
        for quantity in self.extraction.quantities:
            by_block.setdefault(quantity.block, []).append(quantity)
        found = find_named_lists(self.document, self.extraction)
        return found + find_table_counts(self.document, by_block)

    @cached_property
    def percent_claims(self) -> list[PercentClaim]:
        from lint.relations.percentages import find_percent_claims
        from lint.relations.previous_elsewhere import find_bases_elsewhere

        claims = find_percent_claims(self.document, self.extraction)
        from lint.relations.aside_changes import find_aside_growths
        from lint.relations.breakdowns import figures_by_block

        aside = find_aside_growths(self.document, figures_by_block(self.extraction))
        if aside:
            # "(năm trước 40,5 tỷ đồng), tăng 20,0%": the growth's base is the one said aside
            stated = {id(claim.percent) for claim in aside}
            claims = [c for c in claims if id(c.percent) not in stated or c.base is not None]
            based = {id(claim.percent) for claim in claims}
            claims += [claim for claim in aside if id(claim.percent) not in based]
        from lint.relations.part_shares import find_part_shares

        claims += find_part_shares(self.document, self.extraction, self.breakdowns, claims)
        from lint.relations.named_part_shares import find_named_part_shares

        claims += find_named_part_shares(self.document, self.extraction, self.breakdowns, claims)
        from lint.relations.breakdowns import figures_by_block
        from lint.relations.savings import find_saving_rates

        by_block = figures_by_block(self.extraction)
        claims += find_saving_rates(self.document, by_block, self.breakdowns, claims)
        from lint.relations.clause_bases import find_clause_bases

        claims += find_clause_bases(self.document, by_block, claims)
        if any(claim.kind in ("growth", "index") and claim.base is None for claim in claims):
            texts = [block.text for block in self.document.blocks]
            claims += find_bases_elsewhere(claims, self.indicator_mentions, texts)
        return claims

    @cached_property
    def share_groups(self) -> list[ShareGroup]:
        from lint.relations.breakdowns import figures_by_block
        from lint.relations.share_groups import find_row_splits, find_share_groups
        from lint.relations.share_lists import find_unstated_wholes

        groups = find_share_groups(self.document, self.extraction, self.percent_claims)
        claimed = {id(claim.percent) for claim in self.percent_claims}
        claimed.update(id(percent) for group in groups for percent in group.percents)
        by_block = figures_by_block(self.extraction)
        groups += find_row_splits(self.tables, by_block)
        groups += find_unstated_wholes(self.document, by_block, claimed)
        return groups

    @cached_property
    def consistency(self) -> Consistency:
        """What the prose states as exact constraints (checked and localised together):
        breakdowns, percent claims, products, plan remainders and shares."""
        from lint.relations.breakdowns import figures_by_block
        from lint.relations.consistency import (
            build,
            done_rest_statements,
            listed_share_statements,
            product_statements,
            remainder_statements,
            share_statements,
            stock_flow_statements,
        )
        from lint.relations.done_rests import find_done_rests
        from lint.relations.listed_shares import find_listed_shares
        from lint.relations.plan_rests import find_plan_rests
        from lint.relations.stock_flows import find_stock_flows

        by_block = figures_by_block(self.extraction)
        done_rests = find_done_rests(self.document, by_block, self.percent_claims)
        # listed shares take the percentages no other reading has a base for
        claimed = {id(claim.percent) for claim in self.percent_claims if claim.base is not None}
        claimed.update(id(percent) for group in self.share_groups for percent in group.percents)
        listed = find_listed_shares(self.document, by_block, claimed)
        others = [
            *product_statements(self.area_yield_production, self.unit_price_totals, self.averages),
            *listed_share_statements(listed),
            *remainder_statements(self.plan_remainders),
            *done_rest_statements(done_rests),
            *share_statements(self.share_groups),
            *stock_flow_statements(find_stock_flows(self.document, by_block)),
        ]
        rests = find_plan_rests(self.document, by_block, self.percent_claims)
        return build(self.breakdowns + rests, self.percent_claims, others)

    @cached_property
    def footnotes(self) -> Footnotes:
        from lint.relations.footnotes import find_footnotes

        return find_footnotes(self.document, self.extraction)

    @cached_property
    def numbering(self) -> Numbering:
        from lint.relations.numbering import find_numbering

        return find_numbering(self.document, self.extraction)

    @cached_property
    def tables(self) -> list[TableModel]:
        from lint.relations.tables import read_tables

        return read_tables(self.document, self.extraction)

    @cached_property
    def annex_conflicts(self) -> list[AnnexConflict]:
        """Prose figures that differ from the same indicator and period in the own tables."""
        from lint.relations.annex import find_annex_conflicts

        return find_annex_conflicts(
            self.document, self.extraction, [self.document], self.indicator_mentions
        )

    @cached_property
    def hard_coded_totals(self) -> list[HardCodedTotal]:
        from lint.relations.formulas import find_hard_coded_totals

        return find_hard_coded_totals(self.document)

    @cached_property
    def indicator_mentions(self) -> list[IndicatorMention]:
        from lint.relations.indicators import find_mentions

        return find_mentions(self.document, self.extraction)

    @cached_property
    def same_indicators(self) -> list[SameIndicator]:
        from lint.relations.indicators import find_same_indicators

        return find_same_indicators(self.document, self.extraction, self.indicator_mentions)

    @cached_property
    def plan_remainders(self) -> list[PlanRemainder]:
        from lint.relations.indicators import find_plan_remainders

        return find_plan_remainders(self.document, self.extraction, self.indicator_mentions)

    @cached_property
    def area_yield_production(self) -> list[AreaYieldProduction]:
        from lint.relations.production import find_area_yield_production

        return find_area_yield_production(self.document, self.extraction)

    @cached_property
    def unit_price_totals(self) -> list[UnitPriceTotal]:
        from lint.relations.unit_prices import find_unit_price_totals

        return find_unit_price_totals(self.document, self.extraction)

    @cached_property
    def averages(self) -> list[StatedAverage]:
        """Totals, counts and the averages stated as their quotient."""
        from lint.relations.averages import find_averages

        return find_averages(self.document, self.extraction)

    @cached_property
    def rate_outliers(self) -> list[RateOutlier]:
        from lint.relations.production import find_rate_outliers

        return find_rate_outliers(self.document, self.extraction)

    @cached_property
    def amounts_in_words(self) -> list[AmountInWords]:
        from lint.relations.amount_words import find_amounts_in_words

        return find_amounts_in_words(self.document, self.extraction)


def find_relations(document: Document, extraction: Extraction) -> Relations:
    return Relations(document, extraction)
