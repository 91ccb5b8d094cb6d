"""Compare, show, contacts and diff as GitHub Markdown, for minutes, wikis and Teams.

Every document text goes through escape.markdown_cell or escape.markdown_text: a `|` in a
rationale cannot break a table, and `<script>` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.contacts import Directory
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
from samenwerking_cli.render.views.heading import (
    Heading,
    heading,
    proposal_headers,
    proposal_rows,
    proposals_title,
)


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
    h = heading(view)
    return [
        "# "
        + _("{title} (version {version})").format(title=text(h.title), version=text(h.version)),
        "",
        _("Reference date {date}.").format(date=h.as_of) + " "
        f"{text(h.index_scope)}: **{h.index}**. "
        f"{text(h.balance_scope)}: **{h.balance}**.",
        "",
        f"{h.index_meaning} {h.balance_meaning}",
        "",
        *_employer(h),
    ]


def _employer(h: Heading) -> list[str]:
    if h.employer is None:
        return []
    return [text(h.employer), ""] + [f"- {text(row)}" for row in h.employer_topics] + [""]


def _left_out(excluded: Sequence[str]) -> list[str]:
    return ["", f"**{text(excluded_line(excluded))}**"] if excluded else []


def _proposals(view: CompareView) -> list[str]:
    if view.proposals is None:
        return []
    lines = ["", "## " + proposals_title(), ""]
    if not view.proposals:
        return [*lines, _("No step raises the index without putting employers at a disadvantage.")]
    return lines + _table(proposal_headers(), proposal_rows(view))


def compare(view: CompareView, canvas: object = None) -> str:
    ov = view.overview
    lines = _heading(view)
    if not view.selected:
        lines += ["## " + _("By topic"), ""]
        lines += _table(
            [
                _("Topic"),
                _("Index"),
                _("Balance"),
                effect("favourable"),
                effect("unfavourable"),
                effect("neutral"),
            ],
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
        lines += ["", "## " + _("By region") + about, ""]
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
                    adoption(s.region.adoption),
                    index(s.index),
                    str(s.rank) if s.rank is not None else "–",
                    balance(s.balance_value),
                    str(s.balance_rank) if s.balance_rank is not None else "–",
                    per_topic or _("no deviations"),
                ]
            )
        lines += _table(
            [
                _("Region"),
                _("Code"),
                _("Status"),
                _("Index"),
                _("Rank (index)"),
                _("Balance"),
                _("Rank (balance)"),
                _("Deviations by topic"),
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
            f"{adoption(r.adoption)} · "
            + _("index {index}").format(index=index(s.index))
            + (
                " · "
                + _("rank {rank} of {total} by index").format(
                    rank=s.rank, total=len(ov.participating)
                )
                if s.rank
                else ""
            )
            + " · "
            + _("balance {balance}").format(balance=balance(s.balance_value))
            + (
                " · "
                + _("rank {rank} of {total} by balance").format(
                    rank=s.balance_rank, total=len(ov.participating)
                )
                if s.balance_rank
                else ""
            ),
            "",
        ]
        if not s.deviations:
            lines += [
                _("No deviations: {same}").format(same=same(total)),
                "",
            ]
            continue
        lines += _table(
            [
                _("Parameter"),
                _("National"),
                _("Region"),
                _("Difference"),
                _("Effect"),
                _("Rationale"),
                _("Since"),
            ],
            [
                [
                    f"{d.parameter.title} ({d.parameter.id})",
                    formatting.value(d.parameter, d.baseline),
                    regional(d),
                    formatting.delta(d.parameter, d.delta),
                    effect(d.effect),
                    d.rationale or _("no rationale"),
                    formatting.day(d.since),
                ]
                for d in s.deviations
            ],
        )
        lines.append("")
    if len(view.selected) >= 2:
        lines += ["## " + _("Where the regions differ from each other"), ""]
        if view.differences:
            lines += _table(
                [_("Parameter"), _("National"), *[cell(s.region.name) for s in view.selected]],
                [
                    [d.parameter.title, value(d.parameter, d.baseline)]
                    + [value(d.parameter, v) for _, v in d.values]
                    for d in view.differences
                ],
            )
        else:
            lines.append(_("The regions hold the same values on every parameter."))
    return _done(lines + _proposals(view) + _left_out(view.excluded))


def against(view: AgainstView, canvas: object = None) -> str:
    left, right = view.left.region, view.right.region
    lines = [
        "# " + _("{left} against {right}").format(left=text(left.name), right=text(right.name)),
        "",
    ]
    if not view.differences:
        return _done([*lines, _("No differences: both regions hold the same values.")])
    lines += _table(
        [_("Parameter"), _("National"), cell(left.name), cell(right.name)],
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
        _("{title} (version {version}), reference date {date}.").format(
            title=text(r.framework.title),
            version=text(r.framework.version),
            date=formatting.day(view.as_of),
        ),
        "",
    ]
    lines += _table(
        [_("Parameter"), _("Value"), _("Source"), _("National")],
        [
            [
                f"{v.parameter.title} ({v.parameter.id})",
                value(v.parameter, v.value),
                word(SOURCE, v.source),
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
            rows.append([rc.region.name, _("no contact"), "", "", "", ""])
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
    lines = ["# " + _("Contacts"), ""]
    lines += _table(
        [_("Region"), _("Contact"), _("Organisation"), _("Reach"), _("Topics"), _("Verified")],
        rows,
    )
    gaps = ngettext(
        "{n} pair of region and topic without a contact",
        "{n} pairs of region and topic without a contact",
        len(view.gaps),
    ).format(n=len(view.gaps))
    lines += ["", gaps + "."]
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
        "## " + _(GENERAL_HEADING),
        "",
        *_table([_("Region"), _("Topic"), _("Contact")], rows),
    ]


def missing(view: Directory, canvas: object = None) -> str:
    lines = ["# " + _("Topics without a contact"), ""]
    if not view.gaps:
        return _done(
            [
                *lines,
                _("Every region has a contact for every topic."),
                *_general(view),
                *_left_out(view.excluded),
            ]
        )
    lines += _table([_("Region"), _("Topic")], [[r.name, t.title] for r, t in view.gaps])
    return _done([*lines, *_general(view), *_left_out(view.excluded)])


def diff(view: DomainDiff, canvas: object = None) -> str:
    lines = [
        "# " + _("Changes: {old} → {new}").format(old=text(view.old_file), new=text(view.new_file)),
        "",
    ]
    if view.equal:
        return _done([*lines, _("No differences in the content.")])
    rows = []
    for c in view.changes:
        name, cid = subject(c)
        what = name + (f" ({cid})" if cid else "") + (f": {field(c.field)}" if c.field else "")
        rows.append(
            [
                word(CHANGE, c.kind),
                what,
                "" if c.kind == "added" else changed(c, c.old),
                "" if c.kind == "removed" else changed(c, c.new),
                note(c),
            ]
        )
    lines += _table([_("Change"), _("What"), _("Old"), _("New"), _("Note")], rows)
    return _done(lines)
