"""Compare, show, contacts and diff as rich tables that fit the terminal.

Document text is never read as rich markup (Text objects, markup off) and control characters
are shown visibly (escape.terminal), so a rationale cannot colour or move the terminal.
Column widths come from compare_layout: in a narrow terminal ids and optional columns are left
out before any word is broken, and a header word never is.

This module holds compare; show, compare A B and diff are in table_show.py, contacts in
table_contacts.py.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import CompareView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render.compare_labels import (
    adoption,
    balance,
    effect,
    index,
    regional,
    same,
    value,
)
from samenwerking_cli.render.symbols import FAVOURABLE, NEUTRAL, UNFAVOURABLE
from samenwerking_cli.render.views.canvas import Canvas, draw, left_out, make_sheet, short, text
from samenwerking_cli.render.views.heading import (
    heading,
    proposal_headers,
    proposal_rows,
    proposals_title,
)
from samenwerking_cli.render.views.layout import Column

# views/formats.py looks renderers up by name in this module: the views that live in their own
# modules (to keep each short) are re-exported here.
from samenwerking_cli.render.views.table_contacts import contacts as contacts
from samenwerking_cli.render.views.table_contacts import missing as missing
from samenwerking_cli.render.views.table_show import against as against
from samenwerking_cli.render.views.table_show import diff as diff
from samenwerking_cli.render.views.table_show import show as show

_EFFECT_STYLE = {"favourable": "green", "unfavourable": "red", "neutral": "yellow"}


def _heading(view: CompareView) -> Text:
    h = heading(view)
    line = text(_("{title} (version {version})").format(title=h.title, version=h.version), "bold")
    line.append(text(" · " + _("reference date {date}").format(date=h.as_of)))
    line.append(text(f"\n{h.index_scope}: {h.index}", "bold"))
    line.append(text(f" · {h.balance_scope}: ", "bold"))
    line.append(text(h.balance, "bold"))
    line.append(text(f"\n{h.index_meaning}", "dim"))
    line.append(text(f"\n{h.balance_meaning}", "dim"))
    if h.employer is not None:
        line.append(text("\n" + h.employer, "bold"))
        for row in h.employer_topics:
            line.append(text("\n  " + row))
    return line


def _proposals(view: CompareView) -> list[RenderableType]:
    if not view.proposals:
        return [
            text(
                _(
                    "Proposals: no step raises the index without putting employers at a disadvantage."
                )
            )
        ]
    no, proposal, effect, why = proposal_headers()
    table = make_sheet(short(no), proposal, short(effect), why, title=proposals_title())
    for row in proposal_rows(view):
        table.add_row(*(text(value) for value in row))
    return [table]


def _counts(score: RegionScore, view: CompareView) -> Text:
    out = Text()
    for t in view.overview.framework.topics:
        c = score.by_topic[t.id]
        if not c.total:
            continue
        if out:
            out.append("; ")
        out.append(text(t.title + " "))
        out.append(f"{FAVOURABLE}{c.favourable} ", "green")
        out.append(f"{UNFAVOURABLE}{c.unfavourable}", "red")
        if c.neutral:
            out.append(f" {NEUTRAL}{c.neutral}", "yellow")
    return out or Text(_("no deviations"), "dim")


def _overview(view: CompareView) -> list[RenderableType]:
    ov = view.overview
    topics = make_sheet(
        _("Topic"),
        short(_("Index")),
        short(_("Balance")),
        short(effect("favourable")),
        short(effect("unfavourable")),
        short(effect("neutral")),
        title=_("By topic"),
    )
    for ts in ov.topics:
        topics.add_row(
            text(ts.topic.title),
            text(index(ts.index)),
            text(balance(ts.balance.value)),
            text(ts.deviations.favourable),
            text(ts.deviations.unfavourable),
            text(ts.deviations.neutral),
        )
    regions = make_sheet(
        _("Region"),
        _("Status"),
        short(_("Index")),
        Column(_("Rank (index)")),
        short(_("Balance")),
        Column(_("Rank (balance)")),
        Column(_("Deviations by topic"), optional=True),
        title=_("By region")
        + (f" ({', '.join(view.subset)})" if view.subset else "")
        + " "
        + _("(order of the files; rank 1 = highest)"),
    )
    for s in ov.regions:
        name = text(s.region.name)
        if s.region.code:
            name.append(text(f" ({s.region.code})", "dim"))
        regions.add_row(
            name,
            text(adoption(s.region.adoption)),
            text(index(s.index)),
            text(s.rank if s.rank is not None else "–"),
            text(balance(s.balance_value)),
            text(s.balance_rank if s.balance_rank is not None else "–"),
            _counts(s, view),
        )
    return [_heading(view), topics, regions, *left_out(view.excluded)]


def _region(s: RegionScore, view: CompareView) -> list[RenderableType]:
    r = s.region
    total = len(view.overview.framework.parameters)
    head = text(r.name, "bold")
    n = len(view.overview.participating)
    rank = (
        _("rank {rank} of {total} by index").format(rank=s.rank, total=n)
        if s.rank
        else _("no rank")
    )
    b_rank = (
        _("rank {rank} of {total} by balance").format(rank=s.balance_rank, total=n)
        if s.balance_rank
        else _("no rank")
    )
    head.append(
        text(
            f" ({r.id}) · {adoption(r.adoption)} · "
            + _("index {index}").format(index=index(s.index))
            + f" · {rank} · "
            + _("balance {balance}").format(balance=balance(s.balance_value))
            + f" · {b_rank}"
        )
    )
    if not s.deviations:
        return [
            head,
            text(_("No deviations: {same}").format(same=same(total))),
        ]
    table = make_sheet(
        _("Parameter"),
        _("National"),
        _("Region"),
        Column(_("Difference"), optional=True),
        short(_("Effect")),
        _("Rationale"),
    )
    for d in s.deviations:
        title = (text(d.parameter.title), text(d.parameter.id, "dim"))
        rationale = text(d.rationale or _("no rationale"))
        if d.since:
            rationale.append(
                text("\n" + _("since {date}").format(date=formatting.day(d.since)), "dim")
            )
        table.add_row(
            title,
            text(formatting.value(d.parameter, d.baseline)),
            text(regional(d)),
            text(formatting.delta(d.parameter, d.delta)),
            text(effect(d.effect), _EFFECT_STYLE[d.effect]),
            rationale,
        )
    count = ngettext(
        "{n} deviation of {total} parameters",
        "{n} deviations of {total} parameters",
        len(s.deviations),
    ).format(n=len(s.deviations), total=total)
    return [head, text(count), table]


def _side_by_side(view: CompareView) -> list[RenderableType]:
    names = [s.region.name for s in view.selected]
    if not view.differences:
        return [text(_("The regions hold the same values on every parameter."))]
    table = make_sheet(
        _("Parameter"),
        _("National"),
        *(escape.terminal(n) for n in names),
        title=_("Where the regions differ from each other"),
    )
    for d in view.differences:
        table.add_row(
            text(d.parameter.title),
            text(value(d.parameter, d.baseline)),
            *[text(value(d.parameter, v)) for _, v in d.values],
        )
    return [table]


def compare(view: CompareView, canvas: Canvas | None = None) -> str:
    extra = _proposals(view) if view.proposals is not None else []
    if not view.selected:
        return draw([*_overview(view), *extra], canvas)
    parts: list[RenderableType] = [_heading(view)]
    for s in view.selected:
        parts += [Text(""), *_region(s, view)]
    if len(view.selected) >= 2:
        parts += [Text(""), *_side_by_side(view)]
    return draw([*parts, *extra, *left_out(view.excluded)], canvas)
