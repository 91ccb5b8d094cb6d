"""The report of a scoring `Overview`: its parts put together (see model.py for the shape)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import language, set_language
from samenwerking_cli.engine.proposals import proposals
from samenwerking_cli.engine.scoring import CONSENSUS_MIN_REGIONS, Overview, overview
from samenwerking_cli.engine.since import Since
from samenwerking_cli.render.labels import glossary
from samenwerking_cli.render.report import cover, relations, scoreboard, sections, since_section
from samenwerking_cli.render.report.announced import announced
from samenwerking_cli.render.report.model import ContactGroup, Fact, Gap, Report
from samenwerking_cli.render.report.shared import LEGEND_ORDER, Builder, status


def build_report(
    ov: Overview,
    *,
    lang: str | None = None,
    title: str | None = None,
    selection: Sequence[str] | None = None,
    files: Sequence[str] = (),
    warnings: Sequence[Finding] = (),
    commit: str | None = None,
    excluded: Sequence[str] = (),
    stale_after: int = 12,
    since: Since | None = None,
) -> Report:
    """The report of `ov`; `selection` (region ids) limits what is shown to those regions, and
    their own figures (a subset overview) headline the report, the national ones beside them.
    `excluded`: invalid region files left out, named in a banner. `stale_after`: months after
    which a contact's `verified` date is stale. In `lang` when given, else in the current
    language (domain/text.py)."""
    if lang is not None and lang != language():
        before = language()
        set_language(lang)
        try:
            return build_report(
                ov,
                title=title,
                selection=selection,
                files=files,
                warnings=warnings,
                commit=commit,
                excluded=excluded,
                stale_after=stale_after,
                since=since,
            )
        finally:
            set_language(before)
    lang = language()
    b = Builder(ov, lang, ov.as_of, stale_after)
    t = b.t
    chosen = set(selection) if selection is not None else None
    regions = [r for r in ov.regions if chosen is None or r.region.id in chosen]
    selection_text = None  # also labels the follow-up figures as the selection's
    if chosen is not None:
        selection_text = t["selection"].format(
            n=len(regions),
            total=len(ov.regions),
            names=", ".join(r.region.name for r in regions),
        )
    # The same scoring over the chosen regions only: their pooled index, balance and topics.
    subset = (
        overview(ov.framework, [r.region for r in regions], ov.as_of)
        if chosen is not None
        else None
    )
    rows, more = sections.proposal_rows(b, proposals(ov, chosen))
    by_name = sorted(regions, key=lambda r: r.region.name.casefold())
    cards = tuple(sections.card(b, r) for r in by_name)
    since_part = None
    if since is not None:
        since_part = since_section.section(b, since, chosen)
        trends = since_section.card_trends(b, since)
        cards = tuple(replace(c, trend=trends.get(c.id)) for c in cards)
    return Report(
        lang=lang,
        t=t,
        cover=cover.cover(b, regions, title, files, commit, selection_text, subset, excluded),
        legend=tuple(status(k, t) for k in LEGEND_ORDER),
        key_messages=cover.key_messages(b, regions, subset),
        scoreboard=scoreboard.scoreboard(b, regions, subset),
        map=scoreboard.tile_map(b, chosen),
        parameters=sections.parameters(b, regions, chosen is not None),
        proposals=rows,
        proposals_more=more,
        cards=cards,
        follow_ups=relations.follow_up_section(b, [r.region for r in regions]),
        practices=relations.practice_spreads(b, [r.region for r in regions]),
        contacts=tuple(ContactGroup(c.name, c.anchor, c.contacts) for c in cards if c.contacts),
        gaps=tuple(Gap(c.name, c.anchor, c.gaps) for c in cards if c.gaps),
        general=tuple(Gap(c.name, c.anchor, c.general) for c in cards if c.general),
        method=(
            t["method_index"].format(n=len(ov.framework.parameters)),
            t["method_balance"],
            t["method_deviation"],
            t["method_effect"],
            t["method_proposals"].format(min=CONSENSUS_MIN_REGIONS),
            t["method_not_started"],
            t["method_overdue"],
        ),
        glossary=tuple(Fact(term, meaning) for term, meaning in glossary()),
        warnings=tuple(sections.warning_line(f) for f in warnings if f.severity == "warning"),
        announced=announced(b, regions),
        since=since_part,
    )
