"""The Region model, built from a region document that passed its checks."""

from __future__ import annotations

from samenwerking_cli.domain.model import Addition, Contact, Deviation, FollowUp, Region
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation.dates import parse_date


def build(doc: Document) -> Region:
    data = doc.data
    provinces = data.get("provinces") or ([data["province"]] if "province" in data else [])
    return Region(
        id=data["region"],
        name=data["name"],
        framework=data["framework"],
        adoption=data["adoption"],
        file=doc.display,
        kind=data.get("kind", "arbeidsmarktregio"),
        code=data.get("code"),
        provinces=tuple(provinces),
        centrumgemeente=data.get("centrumgemeente"),
        centrumgemeente_verified=data.get("centrumgemeente_verified"),
        municipalities=tuple(data.get("municipalities") or ()),
        framework_version=data.get("framework_version"),
        illustrative=bool(data.get("illustrative", False)),
        contacts=tuple(
            Contact(
                role=c["role"],
                organisation=c["organisation"],
                name=c.get("name"),
                email=c.get("email"),
                phone=c.get("phone"),
                topics=tuple(c["topics"]) if "topics" in c else None,
                verified=parse_date(c.get("verified")),
            )
            for c in data.get("contacts") or ()
        ),
        deviations={
            pid: Deviation(
                parameter=pid,
                value=d["value"],
                rationale=d["rationale"],
                since=parse_date(d.get("since")),
                review_by=parse_date(d.get("review_by")),
                until=parse_date(d.get("until")),
            )
            for pid, d in (data.get("deviations") or {}).items()
        },
        additions=tuple(
            Addition(
                title=a["title"],
                description=a["description"],
                topic=a.get("topic"),
                practice=a.get("practice"),
                origin=a.get("origin"),
            )
            for a in data.get("additions") or ()
        ),
        follow_ups=tuple(
            FollowUp(
                action=f["action"],
                status=f["status"],
                with_=f.get("with"),
                owner=f.get("owner"),
                due=parse_date(f.get("due")),
                id=f.get("id"),
                made_at=f.get("made_at"),
                done_on=parse_date(f.get("done_on")),
                employer=f.get("employer"),
            )
            for f in data.get("follow_ups") or ()
        ),
    )
