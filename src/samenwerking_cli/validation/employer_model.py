"""Building the Employer from a document that passed its rules."""

from __future__ import annotations

from samenwerking_cli.domain.model import Contact, Deviation, Employer, Site
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation.dates import parse_date
from samenwerking_cli.validation.employer_context import Context, framework_of


def build(doc: Document, ctx: Context) -> Employer | None:
    """The Employer of a document without errors; None while its framework is missing or has
    errors of its own (those findings are reported with the framework)."""
    data = doc.data
    framework = framework_of(data, ctx)
    if framework is None:
        return None
    sites = []
    for site in data["sites"]:
        town = site.get("municipality")
        rid = site.get("region")
        if rid is None:
            rid = ctx.gazetteer.find(town)[0].region.id
        sites.append(
            Site(
                name=site["name"],
                region=rid,
                municipality=town,
                employees=site.get("employees"),
                opens=parse_date(site.get("opens")),
            )
        )
    return Employer(
        id=data["employer"],
        name=data["name"],
        framework=framework.id,
        file=doc.display,
        sites=tuple(sites),
        illustrative=bool(data.get("illustrative", False)),
        description=data.get("description"),
        agreements={
            rid: {
                pid: Deviation(
                    parameter=pid,
                    value=a["value"],
                    rationale=a["rationale"],
                    since=parse_date(a.get("since")),
                    review_by=parse_date(a.get("review_by")),
                    until=parse_date(a.get("until")),
                )
                for pid, a in items.items()
            }
            for rid, items in (data.get("agreements") or {}).items()
        },
        contacts=tuple(
            Contact(
                role=c["role"],
                organisation=c["organisation"],
                name=c.get("name"),
                email=c.get("email"),
                phone=c.get("phone"),
                topics=tuple(c["topics"]) if "topics" in c else None,
            )
            for c in data.get("contacts") or ()
        ),
    )
