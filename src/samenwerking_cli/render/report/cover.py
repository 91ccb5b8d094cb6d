"""The cover and the key messages: the report's first page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from samenwerking_cli import __version__
from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.model import ADOPTIONS
from samenwerking_cli.engine.scoring import Overview, RegionScore
from samenwerking_cli.render import measure_labels
from samenwerking_cli.render.report.model import Count, Cover
from samenwerking_cli.render.report.shared import Builder, deviating_counts

MOST_DEVIATED = 3  # parameters named in the key messages


def cover(
    b: Builder,
    regions: list[RegionScore],
    title: str | None,
    files: Sequence[str],
    commit: str | None,
    selection: str | None,
    subset: Overview | None = None,
    excluded: Sequence[str] = (),
) -> Cover:
    ov, t = b.ov, b.t
    head = subset or ov
    names = ", ".join(r.region.name for r in regions)
    counts = []
    before = 0
    for a in ADOPTIONS:
        n = sum(1 for r in regions if r.region.adoption == a)
        share = 100.0 * n / len(regions) if regions else 0.0
        offset = 100.0 * before / len(regions) if regions else 0.0
        counts.append(Count(a, t[f"adoption_{a}"], n, round(share, 2), round(offset, 2)))
        before += n
    illustrative = (
        ov.framework.illustrative
        or any(p.illustrative for p in ov.framework.parameters)
        or any(r.region.illustrative for r in ov.regions)
    )
    return Cover(
        title=title or t["default_title"],
        kind=t["report_kind"],
        framework_title=ov.framework.title,
        framework_id=ov.framework.id,
        version=ov.framework.version,
        as_of=b.day(b.as_of),
        as_of_iso=b.as_of.isoformat(),
        counts=tuple(counts),
        regions_total=len(regions),
        national_index=b.pct(ov.national_index),
        index_definition=t["index_definition"],
        files=tuple(files),
        files_count=t["files_count"].format(n=len(files)),
        commit=commit,
        tool_version=__version__,
        illustrative=illustrative,
        selection=selection,
        national_balance=b.balance(ov.national_balance.value),
        balance_definition=t["balance_means"][:1].upper() + t["balance_means"][1:] + ".",
        headline_index=b.pct(head.national_index),
        headline_balance=b.balance(head.national_balance.value),
        headline_index_label=t["selection_index"].format(names=names)
        if subset is not None
        else t["national_index"],
        headline_balance_label=t["selection_balance"].format(names=names)
        if subset is not None
        else t["national_balance"],
        national_beside=t["national_beside"].format(
            index=b.pct(ov.national_index), balance=b.balance(ov.national_balance.value)
        )
        if subset is not None
        else None,
        excluded=measure_labels.excluded(excluded, b.lang) if excluded else None,
    )


def _open_follow_ups(regions: list[RegionScore], as_of: date) -> tuple[int, int]:
    open_ = [f for r in regions for f in r.region.follow_ups if f.status == "open"]
    late = [f for f in open_ if overdue(f.due, as_of)]
    return len(open_), len(late)


def key_messages(
    b: Builder, regions: list[RegionScore], subset: Overview | None = None
) -> tuple[str, ...]:
    t, ov = b.t, b.ov
    out = []
    if subset is not None:
        out.append(
            t["km_selection"].format(
                index=b.pct(subset.national_index),
                balance=b.balance(subset.national_balance.value),
                national_index=b.pct(ov.national_index),
                national_balance=b.balance(ov.national_balance.value),
            )
        )
    if ov.national_index is None:
        out.append(t["km_index_none"])
    else:
        out.append(
            t["km_index"].format(
                index=b.pct(ov.national_index), definition=_lower_first(t["index_definition"])
            )
        )
    if ov.national_balance.value is not None:
        out.append(
            t["km_balance"].format(
                balance=b.balance(ov.national_balance.value), definition=t["balance_means"]
            )
        )
    aligned = [r.region.name for r in regions if r.participating and not r.deviations]
    if not aligned:
        out.append(t["km_aligned_none"])
    else:
        key = "km_aligned_one" if len(aligned) == 1 else "km_aligned"
        out.append(t[key].format(n=len(aligned), names=", ".join(aligned)))
    counted = deviating_counts(b, regions)
    top = sorted(
        (c for c in counted if c[1]), key=lambda c: (-c[1], b.ov.framework.parameters.index(c[0]))
    )[:MOST_DEVIATED]
    if top:
        items = [
            t["km_most_deviated_item_one" if n == 1 else "km_most_deviated_item"].format(
                title=p.title, n=n
            )
            for p, n in top
        ]
        out.append(t["km_most_deviated"].format(items="; ".join(items)))
    else:
        out.append(t["km_no_deviations"])
    consensus = [ps.parameter.title for ps in ov.parameters if ps.consensus is not None]
    if consensus:
        key = "km_consensus_one" if len(consensus) == 1 else "km_consensus"
        out.append(t[key].format(n=len(consensus), names="; ".join(consensus)))
    open_, overdue = _open_follow_ups(regions, b.as_of)
    out.append(t["km_follow_ups"].format(open=open_, overdue=overdue))
    waiting = [r.region.name for r in regions if not r.participating]
    if waiting:
        key = "km_not_started_one" if len(waiting) == 1 else "km_not_started"
        out.append(t[key].format(n=len(waiting), names=", ".join(waiting)))
    return tuple(out)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
