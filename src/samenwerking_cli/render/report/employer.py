"""The opening of `report --employer`: what the employer needs to know, in the report's language.

Every sentence is made here; the templates only lay the lines out.
"""

from __future__ import annotations

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.text import _, language, ngettext, set_language
from samenwerking_cli.engine.contacts import needs_contact
from samenwerking_cli.engine.employers import EmployerView, is_open
from samenwerking_cli.render import formatting
from samenwerking_cli.render.report.model import EmployerBrief
from samenwerking_cli.render.views.employer_labels import WEIGHTING, signed


def brief(view: EmployerView, lang: str) -> EmployerBrief:
    """The opening in `lang` (the report's language), whatever the current one is."""
    before = language()
    set_language(lang)
    try:
        return _brief(view, lang)
    finally:
        set_language(before)


def _regions(n: int) -> str:
    return ngettext("{n} region", "{n} regions", n).format(n=n)


def _brief(view: EmployerView, lang: str) -> EmployerBrief:
    e = view.employer
    sites = len(e.sites)
    opened = sum(1 for r in view.regions for s in r.sites if is_open(s, view.as_of))
    lines = [
        ngettext(
            "{sites} site in {regions}, {open} of them open on the reference date.",
            "{sites} sites in {regions}, {open} of them open on the reference date.",
            sites,
        ).format(sites=sites, regions=_regions(len(view.regions)), open=opened)
    ]
    if view.employees is not None:
        lines.append(
            ngettext(
                "{n} employee from the target group (banenafspraak).",
                "{n} employees from the target group (banenafspraak).",
                view.employees,
            ).format(n=view.employees)
        )
    lines.append(
        _("Harmonisation index for {name}: {own} ({weighting}); national: {national}.").format(
            name=e.name,
            own=formatting.percent(view.index, lang),
            weighting=_(WEIGHTING[view.weighting]),
            national=formatting.percent(view.national_index, lang),
        )
    )
    lines.append(
        _(
            "Employer balance for {name}: {own}; national: {national} (from −100, all "
            "unfavourable, to +100, all favourable for employers)."
        ).format(
            name=e.name,
            own=signed(view.balance, lang),
            national=signed(view.national_balance, lang),
        )
    )
    for r in view.regions:
        name = r.region.name
        if not r.opened:
            first = min(s.opens for s in r.sites if s.opens is not None)
            lines.append(
                _("{region}: no site open yet; the first opens on {day}.").format(
                    region=name, day=formatting.day(first, lang)
                )
            )
        differing = [v for v in r.differing if not v.at_baseline or v.layered.source == "employer"]
        if r.other_framework is not None:
            lines.append(
                _(
                    "{region}: works with another framework ({framework}), not measured here."
                ).format(region=name, framework=r.other_framework)
            )
        elif r.region.adoption == "not_started":
            lines.append(
                _("{region}: the region has not started with the framework yet.").format(
                    region=name
                )
            )
        elif differing:
            lines.append(
                ngettext(
                    "{region}: {n} value differs from the national one ({fav} favourable, "
                    "{unfav} unfavourable, {agreed} agreed with you).",
                    "{region}: {n} values differ from the national ones ({fav} favourable, "
                    "{unfav} unfavourable, {agreed} agreed with you).",
                    len(differing),
                ).format(
                    region=name,
                    n=len(differing),
                    fav=sum(v.effect == "favourable" for v in differing),
                    unfav=sum(v.effect == "unfavourable" for v in differing),
                    agreed=sum(v.layered.source == "employer" for v in differing),
                )
            )
        else:
            lines.append(_("{region}: the national framework throughout.").format(region=name))
        for v in r.differing:
            due = v.layered.review_by
            if v.layered.source == "employer" and overdue(due, view.as_of):
                title = v.layered.parameter.title
                lines.append(
                    _("{region}: the agreement on {title} was due for review on {day}.").format(
                        region=name, title=title, day=formatting.day(due, lang)
                    )
                )
        if r.follow_ups:
            days = sorted(f.due for f in r.follow_ups if f.due is not None)
            lines.append(
                ngettext(
                    "{region}: {n} open follow-up with you, due {day}.",
                    "{region}: {n} open follow-ups with you, the first due {day}.",
                    len(r.follow_ups),
                ).format(
                    region=name,
                    n=len(r.follow_ups),
                    day=formatting.day(days[0], lang) if days else "–",
                )
            )
        gaps = [c.topic.title for c in r.contacts if not c.contacts and needs_contact(c.topic)]
        if gaps:
            lines.append(
                _("{region}: no contact for {topics}.").format(region=name, topics=", ".join(gaps))
            )
    return EmployerBrief(_("What {name} needs to know").format(name=e.name), tuple(lines))
