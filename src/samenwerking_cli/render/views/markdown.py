"""Compare, show, contacts and diff as GitHub Markdown, for minutes, wikis and Teams.

Every document text goes through escape.markdown_cell or escape.markdown_text: a `|` in a
rationale cannot break a table, and `<script>` stays text.

This module holds compare; show, compare A B and diff are in markdown_show.py, contacts in
markdown_contacts.py, the shared helpers in markdown_text.py.
"""

from __future__ import annotations

from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.views import CompareView
from samenwerking_cli.render import formatting
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
from samenwerking_cli.render.views.heading import (
    Heading,
    heading,
    proposal_headers,
    proposal_rows,
    proposals_title,
)

# views/formats.py looks renderers up by name in this module, and other views use its helpers:
# what lives in its own module (to keep each short) is re-exported here.
from samenwerking_cli.render.views.markdown_contacts import contacts as contacts
from samenwerking_cli.render.views.markdown_contacts import missing as missing
from samenwerking_cli.render.views.markdown_show import against as against
from samenwerking_cli.render.views.markdown_show import diff as diff
from samenwerking_cli.render.views.markdown_show import show as show
from samenwerking_cli.render.views.markdown_text import _done as _done
from samenwerking_cli.render.views.markdown_text import _left_out as _left_out
from samenwerking_cli.render.views.markdown_text import _table as _table
from samenwerking_cli.render.views.markdown_text import cell as cell
from samenwerking_cli.render.views.markdown_text import text as text


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
