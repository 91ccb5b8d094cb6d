"""The opening of `report --employer`: what the employer needs to know, in the report's language.

Every sentence is made here; the templates only lay the lines out.
"""

from __future__ import annotations

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.engine.contacts import needs_contact
from samenwerking_cli.engine.employers import EmployerView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.report.model import EmployerBrief
from samenwerking_cli.render.views.employer_labels import signed

TEXT = {
    "nl": {
        "title": "Wat {name} moet weten",
        "sites": "{sites} vestigingen in {regions} regio's, waarvan {open} open op de peildatum.",
        "employees": "{n} medewerkers uit de doelgroep banenafspraak.",
        "index": "Harmonisatie-index voor {name}: {own} ({weighting}); landelijk: {national}.",
        "balance": "Werkgeverssaldo voor {name}: {own}; landelijk: {national} (van −100, alles "
        "ongunstig, tot +100, alles gunstig voor werkgevers).",
        "employees_weighting": "gewogen naar medewerkers uit de doelgroep",
        "sites_weighting": "gewogen naar aantal vestigingen",
        "region": "{region}: {n} waarden anders dan landelijk ({fav} gunstig, {unfav} ongunstig"
        ", {agreed} met u afgesproken).",
        "region_same": "{region}: overal het landelijk raamwerk.",
        "not_started": "{region}: de regio is nog niet gestart met het raamwerk.",
        "follow_up": "{region}: 1 open vervolgafspraak met u, uiterlijk {day}.",
        "opens": "{region}: nog geen vestiging open; de eerste opent op {day}.",
        "follow_ups": "{region}: {n} open vervolgafspraken met u, de eerste uiterlijk {day}.",
        "nobody": "{region}: geen contactpersoon voor {topics}.",
        "review": "{region}: de afspraak over {title} moest op {day} herzien zijn.",
    },
    "en": {
        "title": "What {name} needs to know",
        "sites": "{sites} sites in {regions} regions, {open} of them open on the reference date.",
        "employees": "{n} employees from the target group (banenafspraak).",
        "index": "Harmonisation index for {name}: {own} ({weighting}); national: {national}.",
        "balance": "Employer balance for {name}: {own}; national: {national} (from −100, all "
        "unfavourable, to +100, all favourable for employers).",
        "employees_weighting": "weighted by target-group employees",
        "sites_weighting": "weighted by number of sites",
        "region": "{region}: {n} values differ from the national ones ({fav} favourable, "
        "{unfav} unfavourable, {agreed} agreed with you).",
        "region_same": "{region}: the national framework throughout.",
        "not_started": "{region}: the region has not started with the framework yet.",
        "follow_up": "{region}: 1 open follow-up with you, due {day}.",
        "opens": "{region}: no site open yet; the first opens on {day}.",
        "follow_ups": "{region}: {n} open follow-ups with you, the first due {day}.",
        "nobody": "{region}: no contact for {topics}.",
        "review": "{region}: the agreement on {title} was due for review on {day}.",
    },
}


def brief(view: EmployerView, lang: str) -> EmployerBrief:
    t = TEXT[lang]
    e = view.employer
    sites = len(e.sites)
    opened = sum(
        1 for r in view.regions for s in r.sites if s.opens is None or s.opens <= view.as_of
    )
    lines = [t["sites"].format(sites=sites, regions=len(view.regions), open=opened)]
    if view.employees is not None:
        lines.append(t["employees"].format(n=view.employees))
    lines.append(
        t["index"].format(
            name=e.name,
            own=formatting.percent(view.index, lang),
            weighting=t[f"{view.weighting}_weighting"],
            national=formatting.percent(view.national_index, lang),
        )
    )
    lines.append(
        t["balance"].format(
            name=e.name,
            own=signed(view.balance, lang),
            national=signed(view.national_balance, lang),
        )
    )
    for r in view.regions:
        name = r.region.name
        if not r.opened:
            first = min(s.opens for s in r.sites if s.opens is not None)
            lines.append(t["opens"].format(region=name, day=formatting.day(first, lang)))
        differing = [v for v in r.differing if not v.at_baseline or v.layered.source == "employer"]
        if r.region.adoption == "not_started":
            lines.append(t["not_started"].format(region=name))
        elif differing:
            lines.append(
                t["region"].format(
                    region=name,
                    n=len(differing),
                    fav=sum(v.effect == "favourable" for v in differing),
                    unfav=sum(v.effect == "unfavourable" for v in differing),
                    agreed=sum(v.layered.source == "employer" for v in differing),
                )
            )
        else:
            lines.append(t["region_same"].format(region=name))
        for v in r.differing:
            due = v.layered.review_by
            if v.layered.source == "employer" and overdue(due, view.as_of):
                title = v.layered.parameter.title
                lines.append(
                    t["review"].format(region=name, title=title, day=formatting.day(due, lang))
                )
        if r.follow_ups:
            days = sorted(f.due for f in r.follow_ups if f.due is not None)
            key = "follow_up" if len(r.follow_ups) == 1 else "follow_ups"
            lines.append(
                t[key].format(
                    region=name,
                    n=len(r.follow_ups),
                    day=formatting.day(days[0], lang) if days else "–",
                )
            )
        gaps = [c.topic.title for c in r.contacts if not c.contacts and needs_contact(c.topic)]
        if gaps:
            lines.append(t["nobody"].format(region=name, topics=", ".join(gaps)))
    return EmployerBrief(t["title"].format(name=e.name), tuple(lines))
