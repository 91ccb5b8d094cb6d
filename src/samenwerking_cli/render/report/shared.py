"""What every part of the report shares: labels and formats of the language, anchors, statuses."""

from __future__ import annotations

import functools
from datetime import date

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.model import Parameter, Region, Value
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.scoring import Overview, RegionScore
from samenwerking_cli.render import formatting as fmt
from samenwerking_cli.render import measure_labels
from samenwerking_cli.render.labels import labels
from samenwerking_cli.render.report.model import Cell, DeviationRow, Status
from samenwerking_cli.render.symbols import STATUS_SYMBOL

LEGEND_ORDER = ("equal", "favourable", "unfavourable", "mixed", "neutral", "not_started")


@functools.lru_cache(maxsize=8192)
def anchor(kind: str, ident: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ident)
    return f"{kind}-{safe}"


def status(key: str, t: dict[str, str]) -> Status:
    return Status(key, STATUS_SYMBOL[key], t[f"status_{key}"])


class Builder:
    """The report's language and date, with the pieces shared across sections."""

    def __init__(self, ov: Overview, lang: str, as_of: date, stale_after: int = 12) -> None:
        self.ov = ov
        self.stale_after = stale_after  # months after which a contact's `verified` is stale
        self.lang = lang  # the document's `lang` attribute; the labels follow domain/text.py
        self.t = {**labels(), **{k: measure_labels.text(k) for k in measure_labels.TEXTS}}
        self.as_of = as_of
        self.topic_titles = {tp.id: tp.title for tp in ov.framework.topics}
        participating = ov.participating
        self.ranked_total = len(participating)
        # Shared, not rebuilt per cell or row: a report on many regions holds tens of thousands
        # of cells, and each deviation appears both under its parameter and in its region card.
        self.statuses = {key: status(key, self.t) for key in STATUS_SYMBOL}
        self.effects = {
            key: Status(key, STATUS_SYMBOL[key], self.t[f"effect_{key}"])
            for key in ("favourable", "unfavourable", "neutral")
        }
        self.plain_cells: dict[tuple[str, int], Cell] = {}
        self.rows: dict[tuple[str, str], DeviationRow] = {}

    def day(self, value: date | None) -> str:
        return fmt.day(value)

    def value(self, param: Parameter, val: Value) -> str:
        return fmt.value(param, val)

    def pct(self, value: float | None) -> str:
        return fmt.percent(value)

    def rank(self, rs: RegionScore) -> str:
        if rs.rank is None:
            return "–"
        return self.t["rank_of_index"].format(rank=rs.rank, total=self.ranked_total)

    def balance(self, value: float | None) -> str:
        return measure_labels.balance(value, self.lang)

    def balance_rank(self, rs: RegionScore) -> str:
        if rs.balance_rank is None:
            return "–"
        return self.t["rank_of_balance"].format(rank=rs.balance_rank, total=self.ranked_total)

    def plain_cell(self, key: str, count: int) -> Cell:
        """A cell without hover text, shared by every cell of that status and count."""
        cell = self.plain_cells.get((key, count))
        if cell is None:
            cell = self.plain_cells[(key, count)] = Cell(self.statuses[key], count, "")
        return cell

    def deviation_row(self, region: Region, dev: DeviationResult) -> DeviationRow:
        """The row of a deviation in effect, shared by its parameter section and region card."""
        row = self.rows.get((region.id, dev.parameter.id))
        if row is None:
            row = self.rows[(region.id, dev.parameter.id)] = self.new_deviation_row(region, dev)
        return row

    def new_deviation_row(self, region: Region, dev: DeviationResult) -> DeviationRow:
        param = dev.parameter
        late = overdue(dev.review_by, self.as_of)
        return DeviationRow(
            region=region.name,
            region_anchor=anchor("regio", region.id),
            parameter=param.title,
            parameter_anchor=anchor("parameter", param.id),
            baseline=self.value(param, dev.baseline),
            value=self.value(param, dev.value),
            difference=self.difference(dev),
            effect=self.effects[dev.effect],
            rationale=dev.rationale.strip() or None,
            since=self.day(dev.since),
            review_by=self.day(dev.review_by),
            review_overdue=late,
        )

    def difference(self, dev: DeviationResult) -> str:
        if dev.delta is not None:
            return fmt.delta(dev.parameter, dev.delta)
        parts = [f"+{item}" for item in dev.added] + [f"−{item}" for item in dev.removed]
        return ", ".join(parts)


def deviating_counts(b: Builder, regions: list[RegionScore]) -> list[tuple[Parameter, int]]:
    """Per parameter, how many of the shown regions that take part deviate from it."""
    counts = {p.id: 0 for p in b.ov.framework.parameters}
    for r in regions:
        if r.participating:
            for d in r.deviations:
                counts[d.parameter.id] += 1
    return [(p, counts[p.id]) for p in b.ov.framework.parameters]
