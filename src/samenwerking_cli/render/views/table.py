"""Compare, show, contacts and diff as rich tables that fit the terminal.

Document text is never read as rich markup (Text objects, markup off) and control characters
are shown visibly (escape.terminal), so a rationale cannot colour or move the terminal.
Column widths come from compare_layout: in a narrow terminal ids and optional columns are left
out before any word is broken, and a header word never is.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render.compare_labels import (
    CHANGE,
    GENERAL_HEADING,
    SOURCE,
    adoption,
    age,
    balance,
    changed,
    effect,
    excluded_line,
    field,
    index,
    note,
    reach,
    regional,
    same,
    served,
    subject,
    value,
    who,
    word,
)
from samenwerking_cli.render.symbols import FAVOURABLE, NEUTRAL, UNFAVOURABLE
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, short, text
from samenwerking_cli.render.views.heading import (
    heading,
    proposal_headers,
    proposal_rows,
    proposals_title,
)
from samenwerking_cli.render.views.layout import Column

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


def _left_out(excluded: tuple[str, ...]) -> list[RenderableType]:
    return [text(excluded_line(excluded), "bold red")] if excluded else []


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
    return [_heading(view), topics, regions, *_left_out(view.excluded)]


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
    return draw([*parts, *extra, *_left_out(view.excluded)], canvas)


def against(view: AgainstView, canvas: Canvas | None = None) -> str:
    left, right = view.left.region, view.right.region
    head = text(_("{left} against {right}").format(left=left.name, right=right.name), "bold")
    if not view.differences:
        return draw([head, text(_("No differences: both regions hold the same values."))], canvas)
    table = make_sheet(
        _("Parameter"), _("National"), escape.terminal(left.name), escape.terminal(right.name)
    )
    for d in view.differences:
        title = (text(d.parameter.title), text(d.parameter.id, "dim"))
        table.add_row(
            title,
            text(value(d.parameter, d.baseline)),
            *[text(value(d.parameter, v)) for _, v in d.values],
        )
    count = ngettext(
        "Differences on {n} parameter.", "Differences on {n} parameters.", len(view.differences)
    ).format(n=len(view.differences))
    return draw([head, text(count), table], canvas)


def show(view: ShowView, canvas: Canvas | None = None) -> str:
    r = view.resolved
    head = text(f"{r.region.name} ({r.region.id})", "bold")
    head.append(
        text(
            " · "
            + _("{title} (version {version})").format(
                title=r.framework.title, version=r.framework.version
            )
        )
    )
    head.append(text(" · " + _("reference date {date}").format(date=formatting.day(view.as_of))))
    table = make_sheet(
        Column(_("Topic"), optional=True), _("Parameter"), _("Value"), _("Source"), _("National")
    )
    topics = {t.id: t.title for t in r.framework.topics}
    for v in r.values:
        p = v.parameter
        title = (text(p.title), text(p.id, "dim"))
        source = text(word(SOURCE, v.source), "bold" if v.source == "region" else "")
        if v.pending and v.deviation is not None and v.deviation.since:
            since = formatting.day(v.deviation.since)
            source.append(text("\n" + _("region from {date}").format(date=since), "dim"))
        table.add_row(
            text(topics.get(p.topic, p.topic)),
            title,
            text(value(p, v.value)),
            source,
            text(value(p, p.baseline)),
        )
    return draw([head, table, *_left_out(view.excluded)], canvas)


def contacts(view: Directory, canvas: Canvas | None = None) -> str:
    table = make_sheet(
        _("Region"),
        _("Contact"),
        _("Organisation"),
        _("Reach"),
        _("Topics"),
        Column(_("Verified"), optional=True),
    )
    for rc in view.regions:
        if not rc.contacts:
            table.add_row(
                text(rc.region.name),
                text(_("no contact"), "red"),
                text(""),
                text(""),
                text(""),
                text(""),
            )
        for c in rc.contacts:
            person = text(who(c))
            if c.name:
                person.append(text(f"\n{c.role}", "dim"))
            table.add_row(
                text(rc.region.name),
                person,
                text(c.organisation),
                text(reach(c)),
                text(served(view, rc, c)),
                text(age(view, c), "yellow" if view.stale(c) else ""),
            )
    gaps = len(view.gaps)
    note = text(_gaps(gaps), "yellow" if gaps else "green")
    return draw([table, note, *_left_out(view.excluded)], canvas)


def _gaps(n: int) -> str:
    return ngettext(
        "{n} pair of region and topic without a contact",
        "{n} pairs of region and topic without a contact",
        n,
    ).format(n=n)


def _general(view: Directory) -> list[RenderableType]:
    """Topics served by a general contact: not gaps, but shown, since nobody has them alone."""
    if not view.general:
        return []
    table = make_sheet(_("Region"), _("Topic"), _("General contact"), title=_(GENERAL_HEADING))
    for rc, t in view.general:
        names = ", ".join(who(c) for c in rc.coverage_of(t).contacts)
        table.add_row(text(rc.region.name), text(t.title), text(names))
    return [table]


def missing(view: Directory, canvas: Canvas | None = None) -> str:
    if not view.gaps:
        return draw(
            [
                text(_("Every region has a contact for every topic."), "green"),
                *_general(view),
                *_left_out(view.excluded),
            ],
            canvas,
        )
    table = make_sheet(_("Region"), _("Topic without a contact"))
    for r, t in view.gaps:
        table.add_row(text(r.name), text(t.title))
    return draw(
        [
            table,
            text(_gaps(len(view.gaps))),
            *_general(view),
            *_left_out(view.excluded),
        ],
        canvas,
    )


def diff(view: DomainDiff, canvas: Canvas | None = None) -> str:
    head = text(f"{view.old_file} → {view.new_file}", "bold")
    if view.equal:
        return draw([head, text(_("No differences in the content."), "green")], canvas)
    table = make_sheet(short(_("Change")), _("What"), _("Old"), _("New"), _("Note"))
    for c in view.changes:
        name, cid = subject(c)
        what = text(name + (f": {field(c.field)}" if c.field else ""))
        table.add_row(
            text(word(CHANGE, c.kind)),
            (what, text(cid, "dim")),
            text("" if c.kind == "added" else changed(c, c.old)),
            text("" if c.kind == "removed" else changed(c, c.new)),
            text(note(c)),
        )
    count = ngettext("{n} change.", "{n} changes.", len(view.changes)).format(n=len(view.changes))
    return draw([head, text(count), table], canvas)
