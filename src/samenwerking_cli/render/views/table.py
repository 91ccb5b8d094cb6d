"""Compare, show, contacts and diff as rich tables that fit the terminal.

Document text is never read as rich markup (Text objects, markup off) and control characters
are shown visibly (escape.terminal), so a rationale cannot colour or move the terminal.
Column widths come from compare_layout: in a narrow terminal ids and optional columns are left
out before any word is broken, and a header word never is.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render import measure_labels as ml
from samenwerking_cli.render.compare_labels import (
    ADOPTION,
    CHANGE,
    EFFECT,
    GENERAL_HEADING,
    SOURCE,
    age,
    balance,
    changed,
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
)
from samenwerking_cli.render.symbols import FAVOURABLE, NEUTRAL, UNFAVOURABLE
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, short, text
from samenwerking_cli.render.views.layout import Column

_EFFECT_STYLE = {"favourable": "green", "unfavourable": "red", "neutral": "yellow"}


def _heading(view: CompareView) -> Text:
    ov = view.overview
    fw = ov.framework
    line = text(f"{fw.title} (versie {fw.version})", "bold")
    line.append(text(f" · peildatum {formatting.day(ov.as_of)}"))
    line.append(text(f"\n{ml.scope('index', view.subset)}: {index(ov.national_index)}", "bold"))
    line.append(text(f" · {ml.scope('balance', view.subset)}: ", "bold"))
    line.append(text(balance(ov.national_balance.value), "bold"))
    line.append(text(f"\n{ml.text('index_name')}: {ml.text('index_means')}.", "dim"))
    line.append(text(f"\n{ml.text('balance_name')}: {ml.text('balance_means')}.", "dim"))
    if view.employer is not None:
        from samenwerking_cli.render.views.employer_labels import figures, topic_figures

        line.append(text("\n" + figures(view.employer), "bold"))
        for row in topic_figures(view.employer):
            line.append(text("\n  " + row))
    return line


def _left_out(excluded: tuple[str, ...]) -> list[RenderableType]:
    return [text(excluded_line(excluded), "bold red")] if excluded else []


def _proposals(view: CompareView) -> list[RenderableType]:
    if not view.proposals:
        return [
            text("Voorstellen: geen stap die de index verhoogt zonder werkgevers te benadelen.")
        ]
    table = make_sheet(
        short("Nr."),
        "Voorstel",
        short("Effect"),
        "Waarom",
        title="Voorstellen, grootste effect op de harmonisatie-index eerst",
    )
    for i, m in enumerate(view.proposals or (), start=1):
        table.add_row(text(i), text(ml.what(m)), text(ml.gains(m)), text(ml.reason(m)))
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
    return out or Text("geen afwijkingen", "dim")


def _overview(view: CompareView) -> list[RenderableType]:
    ov = view.overview
    topics = make_sheet(
        "Onderwerp",
        short("Index"),
        short("Saldo"),
        *(short(header) for header in EFFECT.values()),
        title="Per onderwerp",
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
        "Regio",
        "Status",
        short("Index"),
        Column("Rang (index)"),
        short("Saldo"),
        Column("Rang (saldo)"),
        Column("Afwijkingen per onderwerp", optional=True),
        title="Per regio"
        + (f" ({', '.join(view.subset)})" if view.subset else "")
        + " (volgorde van de bestanden; rang 1 = hoogste)",
    )
    for s in ov.regions:
        name = text(s.region.name)
        if s.region.code:
            name.append(text(f" ({s.region.code})", "dim"))
        regions.add_row(
            name,
            text(ADOPTION.get(s.region.adoption, s.region.adoption)),
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
    rank = f"rang {s.rank} van {n} op index" if s.rank else "geen rang"
    b_rank = f"rang {s.balance_rank} van {n} op saldo" if s.balance_rank else "geen rang"
    head.append(
        text(
            f" ({r.id}) · {ADOPTION.get(r.adoption, r.adoption)} · index {index(s.index)} · "
            f"{rank} · saldo {balance(s.balance_value)} · {b_rank}"
        )
    )
    if not s.deviations:
        return [
            head,
            text(f"Geen afwijkingen: {same(total)}"),
        ]
    table = make_sheet(
        "Parameter",
        "Landelijk",
        "Regio",
        Column("Verschil", optional=True),
        short("Effect"),
        "Toelichting",
    )
    for d in s.deviations:
        title = (text(d.parameter.title), text(d.parameter.id, "dim"))
        rationale = text(d.rationale or "geen toelichting")
        if d.since:
            rationale.append(text(f"\nsinds {formatting.day(d.since)}", "dim"))
        table.add_row(
            title,
            text(formatting.value(d.parameter, d.baseline)),
            text(regional(d)),
            text(formatting.delta(d.parameter, d.delta)),
            text(EFFECT[d.effect], _EFFECT_STYLE[d.effect]),
            rationale,
        )
    word = "afwijking" if len(s.deviations) == 1 else "afwijkingen"
    return [head, text(f"{len(s.deviations)} {word} van {total} parameters"), table]


def _side_by_side(view: CompareView) -> list[RenderableType]:
    names = [s.region.name for s in view.selected]
    if not view.differences:
        return [text("De regio's hanteren op alle parameters dezelfde waarden.")]
    table = make_sheet(
        "Parameter",
        "Landelijk",
        *(escape.terminal(n) for n in names),
        title="Waar de regio's onderling verschillen",
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
    head = text(f"{left.name} tegenover {right.name}", "bold")
    if not view.differences:
        return draw(
            [head, text("Geen verschillen: beide regio's hanteren dezelfde waarden.")], canvas
        )
    table = make_sheet(
        "Parameter", "Landelijk", escape.terminal(left.name), escape.terminal(right.name)
    )
    for d in view.differences:
        title = (text(d.parameter.title), text(d.parameter.id, "dim"))
        table.add_row(
            title,
            text(value(d.parameter, d.baseline)),
            *[text(value(d.parameter, v)) for _, v in d.values],
        )
    word = "parameter" if len(view.differences) == 1 else "parameters"
    return draw([head, text(f"Verschillen op {len(view.differences)} {word}."), table], canvas)


def show(view: ShowView, canvas: Canvas | None = None) -> str:
    r = view.resolved
    head = text(f"{r.region.name} ({r.region.id})", "bold")
    head.append(text(f" · {r.framework.title} (versie {r.framework.version})"))
    head.append(text(f" · peildatum {formatting.day(view.as_of)}"))
    table = make_sheet(
        Column("Onderwerp", optional=True), "Parameter", "Waarde", "Bron", "Landelijk"
    )
    topics = {t.id: t.title for t in r.framework.topics}
    for v in r.values:
        p = v.parameter
        title = (text(p.title), text(p.id, "dim"))
        source = text(SOURCE[v.source], "bold" if v.source == "region" else "")
        if v.pending and v.deviation is not None and v.deviation.since:
            source.append(text(f"\nregio vanaf {formatting.day(v.deviation.since)}", "dim"))
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
        "Regio",
        "Contactpersoon",
        "Organisatie",
        "Bereikbaar",
        "Onderwerpen",
        Column("Gecontroleerd", optional=True),
    )
    for rc in view.regions:
        if not rc.contacts:
            table.add_row(
                text(rc.region.name),
                text("geen contactpersoon", "red"),
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
    word = "combinatie" if gaps == 1 else "combinaties"
    note = text(
        f"{gaps} {word} van regio en onderwerp zonder contactpersoon",
        "yellow" if gaps else "green",
    )
    return draw([table, note, *_left_out(view.excluded)], canvas)


def _general(view: Directory) -> list[RenderableType]:
    """Topics served by a general contact: not gaps, but shown, since nobody has them alone."""
    if not view.general:
        return []
    table = make_sheet("Regio", "Onderwerp", "Algemene contactpersoon", title=GENERAL_HEADING)
    for rc, t in view.general:
        names = ", ".join(who(c) for c in rc.coverage_of(t).contacts)
        table.add_row(text(rc.region.name), text(t.title), text(names))
    return [table]


def missing(view: Directory, canvas: Canvas | None = None) -> str:
    if not view.gaps:
        return draw(
            [
                text("Elke regio heeft voor elk onderwerp een contactpersoon.", "green"),
                *_general(view),
                *_left_out(view.excluded),
            ],
            canvas,
        )
    table = make_sheet("Regio", "Onderwerp zonder contactpersoon")
    for r, t in view.gaps:
        table.add_row(text(r.name), text(t.title))
    word = "combinatie" if len(view.gaps) == 1 else "combinaties"
    return draw(
        [
            table,
            text(f"{len(view.gaps)} {word} van regio en onderwerp zonder contactpersoon"),
            *_general(view),
            *_left_out(view.excluded),
        ],
        canvas,
    )


def diff(view: DomainDiff, canvas: Canvas | None = None) -> str:
    head = text(f"{view.old_file} → {view.new_file}", "bold")
    if view.equal:
        return draw([head, text("Geen verschillen in de inhoud.", "green")], canvas)
    table = make_sheet(short("Wijziging"), "Wat", "Oud", "Nieuw", "Toelichting")
    for c in view.changes:
        name, cid = subject(c)
        what = text(name + (f": {field(c.field)}" if c.field else ""))
        table.add_row(
            text(CHANGE[c.kind]),
            (what, text(cid, "dim")),
            text("" if c.kind == "added" else changed(c, c.old)),
            text("" if c.kind == "removed" else changed(c, c.new)),
            text(note(c)),
        )
    word = "wijziging" if len(view.changes) == 1 else "wijzigingen"
    return draw([head, text(f"{len(view.changes)} {word}."), table], canvas)
