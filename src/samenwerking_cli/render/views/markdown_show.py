"""Markdown for one region (show), two regions side by side (compare A B) and diff.

Kept apart from markdown.py so each module stays short; markdown.py re-exports them because
views/formats.py looks renderers up by name in the markdown module."""

from __future__ import annotations

from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.views import AgainstView, ShowView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import (
    CHANGE,
    SOURCE,
    changed,
    field,
    note,
    subject,
    value,
    word,
)
from samenwerking_cli.render.views.markdown_text import _done, _left_out, _table, cell, text


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
