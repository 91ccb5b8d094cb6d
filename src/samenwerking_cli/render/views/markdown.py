"""Compare, show, contacts and diff as GitHub Markdown, for minutes, wikis and Teams.

Every document text goes through escape.markdown_cell or escape.markdown_text: a `|` in a
rationale cannot break a table, and `<script>` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.contacts import Directory
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


def cell(value: str) -> str:
    # Control characters (an ANSI escape) shown as \u001b: Markdown is often read in a terminal.
    return escape.markdown_cell(escape.terminal(value))


def text(value: str) -> str:
    return escape.markdown_text(escape.terminal(value))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Cells are escaped here; headers are our own words."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return out


def _done(lines: list[str]) -> str:
    return "\n".join(lines).rstrip() + "\n"


def _heading(view: CompareView) -> list[str]:
    ov = view.overview
    fw = ov.framework
    return [
        f"# {text(fw.title)} (versie {text(fw.version)})",
        "",
        f"Peildatum {formatting.day(ov.as_of)}. "
        f"{text(ml.scope('index', view.subset))}: **{index(ov.national_index)}**. "
        f"{text(ml.scope('balance', view.subset))}: **{balance(ov.national_balance.value)}**.",
        "",
        f"{ml.text('index_name')}: {ml.text('index_means')}. "
        f"{ml.text('balance_name')}: {ml.text('balance_means')}.",
        "",
        *_employer(view),
    ]


def _employer(view: CompareView) -> list[str]:
    if view.employer is None:
        return []
    from samenwerking_cli.render.views.employer_labels import figures, topic_figures

    return (
        [text(figures(view.employer)), ""]
        + [f"- {text(row)}" for row in topic_figures(view.employer)]
        + [""]
    )


def _left_out(excluded: Sequence[str]) -> list[str]:
    return ["", f"**{text(excluded_line(excluded))}**"] if excluded else []


def _proposals(view: CompareView) -> list[str]:
    if view.proposals is None:
        return []
    lines = ["", "## Voorstellen, grootste effect op de harmonisatie-index eerst", ""]
    if not view.proposals:
        return [*lines, "Geen stap verhoogt de index zonder werkgevers te benadelen."]
    return lines + _table(
        ["Nr.", "Voorstel", "Effect", "Waarom"],
        [
            [str(i), ml.what(m), ml.gains(m), ml.reason(m)]
            for i, m in enumerate(view.proposals, start=1)
        ],
    )


def compare(view: CompareView, canvas: object = None) -> str:
    ov = view.overview
    lines = _heading(view)
    if not view.selected:
        lines += ["## Per onderwerp", ""]
        lines += _table(
            ["Onderwerp", "Index", "Saldo", *EFFECT.values()],
            [
                [
                    t.topic.title,
                    index(t.index),
                    balance(t.balance.value),
                    str(t.deviations.favourable),
                    str(t.deviations.unfavourable),
                    str(t.deviations.neutral),
                ]
                for t in ov.topics
            ],
        )
        about = f" ({text(', '.join(view.subset))})" if view.subset else ""
        lines += ["", f"## Per regio{about}", ""]
        rows = []
        for s in ov.regions:
            per_topic = "; ".join(
                f"{t.title} {FAVOURABLE}{c.favourable} {UNFAVOURABLE}{c.unfavourable}"
                + (f" {NEUTRAL}{c.neutral}" if c.neutral else "")
                for t in ov.framework.topics
                if (c := s.by_topic[t.id]).total
            )
            rows.append(
                [
                    s.region.name,
                    s.region.code or "",
                    ADOPTION.get(s.region.adoption, s.region.adoption),
                    index(s.index),
                    str(s.rank) if s.rank is not None else "–",
                    balance(s.balance_value),
                    str(s.balance_rank) if s.balance_rank is not None else "–",
                    per_topic or "geen afwijkingen",
                ]
            )
        lines += _table(
            [
                "Regio",
                "Code",
                "Status",
                "Index",
                "Rang (index)",
                "Saldo",
                "Rang (saldo)",
                "Afwijkingen per onderwerp",
            ],
            rows,
        )
        return _done(lines + _proposals(view) + _left_out(view.excluded))
    total = len(ov.framework.parameters)
    for s in view.selected:
        r = s.region
        lines += [
            f"## {text(r.name)}",
            "",
            f"{ADOPTION.get(r.adoption, r.adoption)} · index {index(s.index)}"
            + (f" · rang {s.rank} van {len(ov.participating)} op index" if s.rank else "")
            + f" · saldo {balance(s.balance_value)}"
            + (
                f" · rang {s.balance_rank} van {len(ov.participating)} op saldo"
                if s.balance_rank
                else ""
            ),
            "",
        ]
        if not s.deviations:
            lines += [
                f"Geen afwijkingen: {same(total)}",
                "",
            ]
            continue
        lines += _table(
            ["Parameter", "Landelijk", "Regio", "Verschil", "Effect", "Toelichting", "Sinds"],
            [
                [
                    f"{d.parameter.title} ({d.parameter.id})",
                    formatting.value(d.parameter, d.baseline),
                    regional(d),
                    formatting.delta(d.parameter, d.delta),
                    EFFECT[d.effect],
                    d.rationale or "geen toelichting",
                    formatting.day(d.since),
                ]
                for d in s.deviations
            ],
        )
        lines.append("")
    if len(view.selected) >= 2:
        lines += ["## Waar de regio's onderling verschillen", ""]
        if view.differences:
            lines += _table(
                ["Parameter", "Landelijk", *[cell(s.region.name) for s in view.selected]],
                [
                    [d.parameter.title, value(d.parameter, d.baseline)]
                    + [value(d.parameter, v) for _, v in d.values]
                    for d in view.differences
                ],
            )
        else:
            lines.append("De regio's hanteren op alle parameters dezelfde waarden.")
    return _done(lines + _proposals(view) + _left_out(view.excluded))


def against(view: AgainstView, canvas: object = None) -> str:
    left, right = view.left.region, view.right.region
    lines = [f"# {text(left.name)} tegenover {text(right.name)}", ""]
    if not view.differences:
        return _done([*lines, "Geen verschillen: beide regio's hanteren dezelfde waarden."])
    lines += _table(
        ["Parameter", "Landelijk", cell(left.name), cell(right.name)],
        [
            [f"{d.parameter.title} ({d.parameter.id})", value(d.parameter, d.baseline)]
            + [value(d.parameter, v) for _, v in d.values]
            for d in view.differences
        ],
    )
    return _done(lines)


def show(view: ShowView, canvas: object = None) -> str:
    r = view.resolved
    lines = [
        f"# {text(r.region.name)}",
        "",
        f"{text(r.framework.title)} (versie {text(r.framework.version)}), "
        f"peildatum {formatting.day(view.as_of)}.",
        "",
    ]
    lines += _table(
        ["Parameter", "Waarde", "Bron", "Landelijk"],
        [
            [
                f"{v.parameter.title} ({v.parameter.id})",
                value(v.parameter, v.value),
                SOURCE[v.source],
                value(v.parameter, v.parameter.baseline),
            ]
            for v in r.values
        ],
    )
    return _done(lines + _left_out(view.excluded))


def contacts(view: Directory, canvas: object = None) -> str:
    rows = []
    for rc in view.regions:
        if not rc.contacts:
            rows.append([rc.region.name, "geen contactpersoon", "", "", "", ""])
        for c in rc.contacts:
            person = who(c) + (f" ({c.role})" if c.name else "")
            rows.append(
                [
                    rc.region.name,
                    person,
                    c.organisation,
                    reach(c),
                    served(view, rc, c),
                    age(view, c),
                ]
            )
    lines = ["# Contactpersonen", ""]
    lines += _table(
        ["Regio", "Contactpersoon", "Organisatie", "Bereikbaar", "Onderwerpen", "Gecontroleerd"],
        rows,
    )
    word = "combinatie" if len(view.gaps) == 1 else "combinaties"
    lines += ["", f"{len(view.gaps)} {word} van regio en onderwerp zonder contactpersoon."]
    return _done(lines + _left_out(view.excluded))


def _general(view: Directory) -> list[str]:
    if not view.general:
        return []
    rows = [
        [rc.region.name, t.title, ", ".join(who(c) for c in rc.coverage_of(t).contacts)]
        for rc, t in view.general
    ]
    return [
        "",
        f"## {GENERAL_HEADING}",
        "",
        *_table(["Regio", "Onderwerp", "Contactpersoon"], rows),
    ]


def missing(view: Directory, canvas: object = None) -> str:
    lines = ["# Onderwerpen zonder contactpersoon", ""]
    if not view.gaps:
        return _done(
            [
                *lines,
                "Elke regio heeft voor elk onderwerp een contactpersoon.",
                *_general(view),
                *_left_out(view.excluded),
            ]
        )
    lines += _table(["Regio", "Onderwerp"], [[r.name, t.title] for r, t in view.gaps])
    return _done([*lines, *_general(view), *_left_out(view.excluded)])


def diff(view: DomainDiff, canvas: object = None) -> str:
    lines = [f"# Wijzigingen: {text(view.old_file)} → {text(view.new_file)}", ""]
    if view.equal:
        return _done([*lines, "Geen verschillen in de inhoud."])
    rows = []
    for c in view.changes:
        name, cid = subject(c)
        what = name + (f" ({cid})" if cid else "") + (f": {field(c.field)}" if c.field else "")
        rows.append(
            [
                CHANGE[c.kind],
                what,
                "" if c.kind == "added" else changed(c, c.old),
                "" if c.kind == "removed" else changed(c, c.new),
                note(c),
            ]
        )
    lines += _table(["Wijziging", "Wat", "Oud", "Nieuw", "Toelichting"], rows)
    return _done(lines)
