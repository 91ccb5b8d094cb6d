"""Compare, show, contacts and diff as rich tables that fit the terminal.

Document text is never read as rich markup (Text objects, markup off) and control characters
are shown visibly (escape.terminal), so a rationale cannot colour or move the terminal.
Column widths come from compare_layout: in a narrow terminal ids and optional columns are left
out before any word is broken, and a header word never is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from rich.console import Console, RenderableType
from rich.text import Text

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.diff import DomainDiff
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render import measure_labels as ml
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
from samenwerking_cli.render.views.layout import Column, Sheet

_EFFECT_STYLE = {"favourable": "green", "unfavourable": "red", "neutral": "yellow"}


@dataclass(frozen=True, slots=True)
class Canvas:
    width: int = 100
    color: bool = False


def _t(text: Any, style: str = "") -> Text:
    return Text(escape.terminal("" if text is None else str(text)), style=style)


def _render(parts: list[RenderableType], canvas: Canvas | None) -> str:
    canvas = canvas or Canvas()
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=canvas.width,
        force_terminal=canvas.color,
        no_color=not canvas.color,
        color_system="standard" if canvas.color else None,
        markup=False,
        highlight=False,
        emoji=False,
    )
    for part in parts:
        console.print(part)
    return buffer.getvalue()


def _table(*headers: str | Column, title: str | None = None) -> Sheet:
    return Sheet(*headers, title=escape.terminal(title) if title else None)


def _short(header: str) -> Column:
    """A column of short values (an index, an effect) that stays on one line."""
    return Column(header, wrap=False)


def _heading(view: CompareView) -> Text:
    ov = view.overview
    fw = ov.framework
    line = _t(_("{title} (version {version})").format(title=fw.title, version=fw.version), "bold")
    line.append(_t(" · " + _("reference date {date}").format(date=formatting.day(ov.as_of))))
    line.append(_t(f"\n{ml.scope('index', view.subset)}: {index(ov.national_index)}", "bold"))
    line.append(_t(f" · {ml.scope('balance', view.subset)}: ", "bold"))
    line.append(_t(balance(ov.national_balance.value), "bold"))
    line.append(_t(f"\n{ml.text('index_name')}: {ml.text('index_means')}.", "dim"))
    line.append(_t(f"\n{ml.text('balance_name')}: {ml.text('balance_means')}.", "dim"))
    if view.employer is not None:
        from samenwerking_cli.render.views.employer_labels import figures, topic_figures

        line.append(_t("\n" + figures(view.employer), "bold"))
        for row in topic_figures(view.employer):
            line.append(_t("\n  " + row))
    return line


def _left_out(excluded: tuple[str, ...]) -> list[RenderableType]:
    return [_t(excluded_line(excluded), "bold red")] if excluded else []


def _proposals(view: CompareView) -> list[RenderableType]:
    if not view.proposals:
        return [
            _t(
                _(
                    "Proposals: no step raises the index without putting employers at a disadvantage."
                )
            )
        ]
    table = _table(
        _short(_("No.")),
        _("Proposal"),
        _short(_("Effect")),
        _("Why"),
        title=_("Proposals, largest effect on the harmonisation index first"),
    )
    for i, m in enumerate(view.proposals or (), start=1):
        table.add_row(_t(i), _t(ml.what(m)), _t(ml.gains(m)), _t(ml.reason(m)))
    return [table]


def _counts(score: RegionScore, view: CompareView) -> Text:
    out = Text()
    for t in view.overview.framework.topics:
        c = score.by_topic[t.id]
        if not c.total:
            continue
        if out:
            out.append("; ")
        out.append(_t(t.title + " "))
        out.append(f"▲{c.favourable} ", "green")
        out.append(f"▼{c.unfavourable}", "red")
        if c.neutral:
            out.append(f" ●{c.neutral}", "yellow")
    return out or Text(_("no deviations"), "dim")


def _overview(view: CompareView) -> list[RenderableType]:
    ov = view.overview
    topics = _table(
        _("Topic"),
        _short(_("Index")),
        _short(_("Balance")),
        _short(effect("favourable")),
        _short(effect("unfavourable")),
        _short(effect("neutral")),
        title=_("By topic"),
    )
    for ts in ov.topics:
        topics.add_row(
            _t(ts.topic.title),
            _t(index(ts.index)),
            _t(balance(ts.balance.value)),
            _t(ts.deviations.favourable),
            _t(ts.deviations.unfavourable),
            _t(ts.deviations.neutral),
        )
    regions = _table(
        _("Region"),
        _("Status"),
        _short(_("Index")),
        Column(_("Rank (index)")),
        _short(_("Balance")),
        Column(_("Rank (balance)")),
        Column(_("Deviations by topic"), optional=True),
        title=_("By region")
        + (f" ({', '.join(view.subset)})" if view.subset else "")
        + " "
        + _("(order of the files; rank 1 = highest)"),
    )
    for s in ov.regions:
        name = _t(s.region.name)
        if s.region.code:
            name.append(_t(f" ({s.region.code})", "dim"))
        regions.add_row(
            name,
            _t(adoption(s.region.adoption)),
            _t(index(s.index)),
            _t(s.rank if s.rank is not None else "–"),
            _t(balance(s.balance_value)),
            _t(s.balance_rank if s.balance_rank is not None else "–"),
            _counts(s, view),
        )
    return [_heading(view), topics, regions, *_left_out(view.excluded)]


def _region(s: RegionScore, view: CompareView) -> list[RenderableType]:
    r = s.region
    total = len(view.overview.framework.parameters)
    head = _t(r.name, "bold")
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
        _t(
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
            _t(_("No deviations: {same}").format(same=same(total))),
        ]
    table = _table(
        _("Parameter"),
        _("National"),
        _("Region"),
        Column(_("Difference"), optional=True),
        _short(_("Effect")),
        _("Rationale"),
    )
    for d in s.deviations:
        title = (_t(d.parameter.title), _t(d.parameter.id, "dim"))
        rationale = _t(d.rationale or _("no rationale"))
        if d.since:
            rationale.append(
                _t("\n" + _("since {date}").format(date=formatting.day(d.since)), "dim")
            )
        table.add_row(
            title,
            _t(formatting.value(d.parameter, d.baseline)),
            _t(regional(d)),
            _t(formatting.delta(d.parameter, d.delta)),
            _t(effect(d.effect), _EFFECT_STYLE[d.effect]),
            rationale,
        )
    count = ngettext(
        "{n} deviation of {total} parameters",
        "{n} deviations of {total} parameters",
        len(s.deviations),
    ).format(n=len(s.deviations), total=total)
    return [head, _t(count), table]


def _side_by_side(view: CompareView) -> list[RenderableType]:
    names = [s.region.name for s in view.selected]
    if not view.differences:
        return [_t(_("The regions hold the same values on every parameter."))]
    table = _table(
        _("Parameter"),
        _("National"),
        *(escape.terminal(n) for n in names),
        title=_("Where the regions differ from each other"),
    )
    for d in view.differences:
        table.add_row(
            _t(d.parameter.title),
            _t(value(d.parameter, d.baseline)),
            *[_t(value(d.parameter, v)) for _, v in d.values],
        )
    return [table]


def compare(view: CompareView, canvas: Canvas | None = None) -> str:
    extra = _proposals(view) if view.proposals is not None else []
    if not view.selected:
        return _render([*_overview(view), *extra], canvas)
    parts: list[RenderableType] = [_heading(view)]
    for s in view.selected:
        parts += [Text(""), *_region(s, view)]
    if len(view.selected) >= 2:
        parts += [Text(""), *_side_by_side(view)]
    return _render([*parts, *extra, *_left_out(view.excluded)], canvas)


def against(view: AgainstView, canvas: Canvas | None = None) -> str:
    left, right = view.left.region, view.right.region
    head = _t(_("{left} against {right}").format(left=left.name, right=right.name), "bold")
    if not view.differences:
        return _render([head, _t(_("No differences: both regions hold the same values."))], canvas)
    table = _table(
        _("Parameter"), _("National"), escape.terminal(left.name), escape.terminal(right.name)
    )
    for d in view.differences:
        title = (_t(d.parameter.title), _t(d.parameter.id, "dim"))
        table.add_row(
            title,
            _t(value(d.parameter, d.baseline)),
            *[_t(value(d.parameter, v)) for _, v in d.values],
        )
    count = ngettext(
        "Differences on {n} parameter.", "Differences on {n} parameters.", len(view.differences)
    ).format(n=len(view.differences))
    return _render([head, _t(count), table], canvas)


def show(view: ShowView, canvas: Canvas | None = None) -> str:
    r = view.resolved
    head = _t(f"{r.region.name} ({r.region.id})", "bold")
    head.append(
        _t(
            " · "
            + _("{title} (version {version})").format(
                title=r.framework.title, version=r.framework.version
            )
        )
    )
    head.append(_t(" · " + _("reference date {date}").format(date=formatting.day(view.as_of))))
    table = _table(
        Column(_("Topic"), optional=True), _("Parameter"), _("Value"), _("Source"), _("National")
    )
    topics = {t.id: t.title for t in r.framework.topics}
    for v in r.values:
        p = v.parameter
        title = (_t(p.title), _t(p.id, "dim"))
        source = _t(word(SOURCE, v.source), "bold" if v.source == "region" else "")
        if v.pending and v.deviation is not None and v.deviation.since:
            since = formatting.day(v.deviation.since)
            source.append(_t("\n" + _("region from {date}").format(date=since), "dim"))
        table.add_row(
            _t(topics.get(p.topic, p.topic)),
            title,
            _t(value(p, v.value)),
            source,
            _t(value(p, p.baseline)),
        )
    return _render([head, table, *_left_out(view.excluded)], canvas)


def contacts(view: Directory, canvas: Canvas | None = None) -> str:
    table = _table(
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
                _t(rc.region.name),
                _t(_("no contact"), "red"),
                _t(""),
                _t(""),
                _t(""),
                _t(""),
            )
        for c in rc.contacts:
            person = _t(who(c))
            if c.name:
                person.append(_t(f"\n{c.role}", "dim"))
            table.add_row(
                _t(rc.region.name),
                person,
                _t(c.organisation),
                _t(reach(c)),
                _t(served(view, rc, c)),
                _t(age(view, c), "yellow" if view.stale(c) else ""),
            )
    gaps = len(view.gaps)
    note = _t(_gaps(gaps), "yellow" if gaps else "green")
    return _render([table, note, *_left_out(view.excluded)], canvas)


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
    table = _table(_("Region"), _("Topic"), _("General contact"), title=_(GENERAL_HEADING))
    for rc, t in view.general:
        names = ", ".join(who(c) for c in rc.coverage_of(t).contacts)
        table.add_row(_t(rc.region.name), _t(t.title), _t(names))
    return [table]


def missing(view: Directory, canvas: Canvas | None = None) -> str:
    if not view.gaps:
        return _render(
            [
                _t(_("Every region has a contact for every topic."), "green"),
                *_general(view),
                *_left_out(view.excluded),
            ],
            canvas,
        )
    table = _table(_("Region"), _("Topic without a contact"))
    for r, t in view.gaps:
        table.add_row(_t(r.name), _t(t.title))
    return _render(
        [
            table,
            _t(_gaps(len(view.gaps))),
            *_general(view),
            *_left_out(view.excluded),
        ],
        canvas,
    )


def diff(view: DomainDiff, canvas: Canvas | None = None) -> str:
    head = _t(f"{view.old_file} → {view.new_file}", "bold")
    if view.equal:
        return _render([head, _t(_("No differences in the content."), "green")], canvas)
    table = _table(_short(_("Change")), _("What"), _("Old"), _("New"), _("Note"))
    for c in view.changes:
        name, cid = subject(c)
        what = _t(name + (f": {field(c.field)}" if c.field else ""))
        table.add_row(
            _t(word(CHANGE, c.kind)),
            (what, _t(cid, "dim")),
            _t("" if c.kind == "added" else changed(c, c.old)),
            _t("" if c.kind == "removed" else changed(c, c.new)),
            _t(note(c)),
        )
    count = ngettext("{n} change.", "{n} changes.", len(view.changes)).format(n=len(view.changes))
    return _render([head, _t(count), table], canvas)
