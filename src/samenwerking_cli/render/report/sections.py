"""The parameter sections, the harmonisation proposals, the region cards and their contacts."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Contact, Region, is_stale, months_between
from samenwerking_cli.engine.compare import deviation_of
from samenwerking_cli.engine.contacts import needs_contact
from samenwerking_cli.engine.proposals import Move
from samenwerking_cli.engine.scoring import EffectCounts, RegionScore
from samenwerking_cli.render import measure_labels
from samenwerking_cli.render.report.model import (
    Bar,
    ContactLine,
    Fact,
    FollowUpLine,
    ParameterSection,
    Practice,
    Proposal,
    RegionCard,
    WarningLine,
)
from samenwerking_cli.render.report.shared import Builder, anchor

MAX_PROPOSALS = 10


def parameters(
    b: Builder, regions: list[RegionScore], selection: bool = False
) -> tuple[ParameterSection, ...]:
    """One section per parameter the shown regions deviate on. Its figures (spread, count,
    index, balance) are national; with a selection they say so."""
    t, ov = b.t, b.ov
    shown = {r.region.id for r in regions}
    taking_part = len(ov.participating)
    out = []
    for ps in ov.parameters:
        devs = [(reg, d) for reg, d in ps.deviating if reg.id in shown]
        if not devs:
            continue
        param = ps.parameter
        bars = []
        for val, n in ps.distribution:
            text = b.value(param, val)
            item = t["distribution_item_one" if n == 1 else "distribution_item"]
            bars.append(
                Bar(
                    value=text,
                    count=n,
                    text=item.format(value=text, n=n),
                    width=round(100.0 * n / taking_part, 2) if taking_part else 0.0,
                    baseline=deviation_of(param, val) is None,
                )
            )
        rows = sorted(
            (b.deviation_row(reg, d) for reg, d in devs), key=lambda r: r.region.casefold()
        )
        consensus = (
            t["consensus_text"].format(value=b.value(param, ps.consensus))
            if ps.consensus is not None
            else None
        )
        out.append(
            ParameterSection(
                id=param.id,
                anchor=anchor("parameter", param.id),
                title=param.title,
                topic=b.topic_titles[param.topic],
                baseline=b.value(param, param.baseline),
                source=param.source,
                description=param.description,
                summary=(t["national_prefix"] if selection else "")
                + t["param_summary_one" if len(ps.deviating) == 1 else "param_summary"].format(
                    n=len(ps.deviating), total=taking_part
                ),
                index=b.pct(ps.index),
                bars=tuple(bars),
                deviations=tuple(rows),
                consensus=consensus,
                balance=t["param_balance"].format(balance=b.balance(ps.balance.value)),
            )
        )
    return tuple(out)


def proposal_rows(b: Builder, moves: Sequence[Move]) -> tuple[tuple[Proposal, ...], str | None]:
    """The first moves of `proposals.proposals` as table rows, and a line for the rest."""
    t = b.t
    best = moves[0].pairs if moves else 0
    out = tuple(
        Proposal(
            rank=i,
            text=measure_labels.what(move, b.lang),
            gain=measure_labels.gains(move, b.lang),
            width=round(100.0 * move.pairs / best, 2),
            reason=measure_labels.reason(move, b.lang),
        )
        for i, move in enumerate(moves[:MAX_PROPOSALS], start=1)
    )
    rest = len(moves) - len(out)
    return out, t["more_proposals"].format(n=rest) if rest > 0 else None


def _contact_lines(b: Builder, region: Region) -> tuple[ContactLine, ...]:
    # A contact without topics serves the topics without a contact of their own; with none
    # of those it still serves every topic, as before.
    own = {tp for c in region.contacts if c.topics is not None for tp in c.topics}
    general = b.t["general_topics"] if own else b.t["all_topics"]
    return tuple(
        ContactLine(
            role=c.role,
            organisation=c.organisation,
            name=c.name or "",
            email=c.email or "",
            phone=c.phone or "",
            email_href=f"mailto:{quote(c.email, safe='@.+-_')}" if c.email else "",
            phone_href=_tel(c.phone) if c.phone else "",
            topics=", ".join(b.topic_titles.get(tp, tp) for tp in c.topics)
            if c.topics is not None
            else general,
            verified=_verified(b, c),
            stale=c.verified is not None and is_stale(c.verified, b.as_of, b.stale_after),
        )
        for c in region.contacts
    )


def _tel(phone: str) -> str:
    """`tel:` link of a Dutch phone number as written: `030 123 4567` -> `tel:+31301234567`."""
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+31" + digits[1:]
    return f"tel:{digits}"


def _verified(b: Builder, c: Contact) -> str:
    if c.verified is None:
        return ""
    n = months_between(c.verified, b.as_of)
    text = b.t["verified_age"].format(date=b.day(c.verified), n=n)
    stale = is_stale(c.verified, b.as_of, b.stale_after)
    return text + (f" · {b.t['verified_stale']}" if stale else "")


def _general(b: Builder, region: Region) -> str:
    """Topics served only by the general contact, where other topics have their own contact
    (with only general contacts every topic is, which the contact line already says)."""
    own = {tp for c in region.contacts if c.topics is not None for tp in c.topics}
    if not own or not any(c.topics is None for c in region.contacts):
        return ""
    return ", ".join(
        tp.title
        for tp in b.ov.framework.topics
        if tp.id not in own and any(p.deviable for p in tp.parameters)
    )


def _gaps(b: Builder, region: Region) -> str:
    """Topics a region can deviate on that no contact covers; national-only topics need none."""
    if not region.contacts:
        return b.t["gap_all"]
    missing = [
        tp.title
        for tp in b.ov.framework.topics
        if needs_contact(tp) and not any(c.covers(tp.id) for c in region.contacts)
    ]
    return ", ".join(missing)


def card(b: Builder, rs: RegionScore) -> RegionCard:
    t, region = b.t, rs.region
    facts = []
    if region.provinces:
        facts.append(Fact(t["provinces"], ", ".join(region.provinces)))
    if region.centrumgemeente:
        note = t["unverified"] if region.centrumgemeente_verified is False else ""
        facts.append(Fact(t["centrumgemeente"], region.centrumgemeente, note))
    counts = EffectCounts.of([d.effect for d in rs.deviations])
    summary = (
        t["card_summary_one" if counts.total == 1 else "card_summary"].format(
            n=counts.total,
            fav=counts.favourable,
            unfav=counts.unfavourable,
            neutral=counts.neutral,
        )
        if counts.total
        else t["no_deviations"].format(n=len(b.ov.framework.parameters))
    )
    pending = []
    for rv in rs.resolved.values:
        if rv.pending and rv.deviation is not None:
            dev = deviation_of(
                rv.parameter,
                rv.deviation.value,
                rv.deviation.rationale,
                rv.deviation.since,
                rv.deviation.review_by,
            )
            if dev is not None:
                pending.append(b.new_deviation_row(region, dev))
    follow_ups = tuple(
        FollowUpLine(
            action=f.action,
            with_=f.with_ or "",
            owner=f.owner or "",
            due=b.day(f.due),
            status=t[f"follow_up_{f.status}"] + (f" ({b.day(f.done_on)})" if f.done_on else ""),
            overdue=f.status == "open" and overdue(f.due, b.as_of),
        )
        for f in region.follow_ups
    )
    return RegionCard(
        id=region.id,
        anchor=anchor("regio", region.id),
        name=region.name,
        code=region.code or "",
        adoption=region.adoption,
        adoption_label=t[f"adoption_{region.adoption}"],
        index=b.pct(rs.index),
        rank=b.rank(rs),
        balance=b.balance(rs.balance_value),
        balance_rank=b.balance_rank(rs),
        facts=tuple(facts),
        summary=summary,
        contacts=_contact_lines(b, region),
        deviations=tuple(b.deviation_row(region, d) for d in rs.deviations),
        pending=tuple(pending),
        practices=tuple(
            Practice(
                a.title, a.description, b.topic_titles.get(a.topic, a.topic) if a.topic else ""
            )
            for a in region.additions
        ),
        follow_ups=follow_ups,
        gaps=_gaps(b, region),
        general=_general(b, region),
    )


def warning_line(f: Finding) -> WarningLine:
    where = f.file + (f":{f.line}" if f.line else "") + (f":{f.column}" if f.column else "")
    text = f.message + (f" ({f.hint})" if f.hint else "")
    return WarningLine(where, text)
