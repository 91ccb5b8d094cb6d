"""Semantic rules for an employer document against the framework and the regions, and building
the Employer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import (
    Contact,
    Deviation,
    Employer,
    Framework,
    Region,
    Site,
    Value,
)
from samenwerking_cli.domain.places import Gazetteer
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.values import equal
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import parse_date
from samenwerking_cli.validation.employer_dates import agreement_dates, ended
from samenwerking_cli.validation.employer_framework import site_framework
from samenwerking_cli.validation.framework_rules import shown_value
from samenwerking_cli.validation.identity import SLUG, id_mismatch
from samenwerking_cli.validation.region_rules import (
    check_date,
    contact_findings,
    parameter_hint,
)

CODES: dict[str, str] = {
    "unknown-region": N_("A site or an agreement names a region that is not in `regions/`."),
    "unknown-municipality": N_("A site's municipality is listed by no region."),
    "municipality-in-two-regions": N_(
        "A site's municipality is listed by two regions: `region:` must settle it."
    ),
    "site-region-mismatch": N_("A site names a region that does not list the site's municipality."),
    "agreement-without-site": N_("An agreement with a region where the employer has no site."),
    "equal-to-applicable": N_(
        "An employer's agreement equal to what already applies in that region."
    ),
}


@dataclass(slots=True)
class Context:
    """What an employer is checked against: everything read before it."""

    frameworks: dict[str, Framework]
    regions: dict[str, Region]
    region_files: frozenset[str]  # ids of all region files, also invalid ones
    broken: set[str]  # frameworks that could not be built
    as_of: date
    gazetteer: Gazetteer


def expected(data: dict[str, Any], ctx: Context) -> Any:
    """Expected type at a path, knowing that an agreement's `value` takes its parameter's type."""
    from samenwerking_cli.validation.schema import expected_type

    framework = _framework_of(data, ctx)

    def at(path: Path_) -> str | None:
        if len(path) >= 4 and path[0] == "agreements" and path[3] == "value":
            param = framework.parameter(str(path[2])) if framework else None
            if param is None:
                return None
            json_type = values.expected_json_type(param.type)
            return "string" if len(path) > 4 and json_type == "array" else json_type
        return expected_type("employer", path)

    return at


def _framework_of(data: dict[str, Any], ctx: Context) -> Framework | None:
    fid = data.get("framework")
    if fid is None and len(ctx.frameworks) == 1:
        return next(iter(ctx.frameworks.values()))
    return ctx.frameworks.get(fid) if isinstance(fid, str) else None


def check(doc: Document, ctx: Context, skip: frozenset[Path_] = frozenset()) -> list[Finding]:
    """Rules for an employer; values at `skip` were refused as ambiguous already."""
    data = doc.data
    out: list[Finding] = []
    eid = data.get("employer")
    if isinstance(eid, str) and eid != doc.path.stem and SLUG.fullmatch(eid):
        out.append(id_mismatch(doc, "employer", eid))
    framework = _framework(doc, ctx, out)
    out.extend(contact_findings(doc, framework))
    sites = data.get("sites")
    site_regions: set[str] = set()
    if isinstance(sites, list):
        for i, site in enumerate(sites):
            if isinstance(site, dict):
                found = _site(doc, ctx, i, site, out)
                if found is not None:
                    site_regions.add(found)
                if found in ctx.regions:
                    out.extend(site_framework(doc, i, site, ctx.regions[found], framework))
                check_date(doc, ("sites", i, "opens"), site.get("opens"), out)
    agreements = data.get("agreements")
    if isinstance(agreements, dict):
        for rid, items in agreements.items():
            _agreements(doc, ctx, framework, str(rid), items, site_regions, skip, out)
    return out


def _framework(doc: Document, ctx: Context, out: list[Finding]) -> Framework | None:
    fid = doc.data.get("framework")
    if fid is None:
        if len(ctx.frameworks) == 1:
            return next(iter(ctx.frameworks.values()))
        if not ctx.frameworks:
            if not ctx.broken:  # a framework with errors reports them itself
                out.append(
                    doc.finding(
                        (),
                        "unknown-framework",
                        _("there is no framework under frameworks/ for this employer"),
                        _("add the framework file under frameworks/"),
                        about="framework",
                    )
                )
            return None
        out.append(
            doc.finding(
                (),
                "missing-key",
                _(
                    "there are several frameworks ({ids}), and this employer does not say which "
                    "one it works with"
                ).format(ids=", ".join(sorted(ctx.frameworks))),
                _("add a line `framework: …` with the framework's id"),
                about="framework",
            )
        )
        return None
    if not isinstance(fid, str) or fid in ctx.broken:
        return None
    framework = ctx.frameworks.get(fid)
    if framework is None:
        maybe = values.did_you_mean(fid, ctx.frameworks)
        known = ", ".join(sorted(ctx.frameworks)) or "none"
        out.append(
            doc.finding(
                ("framework",),
                "unknown-framework",
                _("the framework `{id}` is not in frameworks/ (known: {known})").format(
                    id=fid, known=known
                ),
                maybe or _("add the framework file, or correct the id"),
            )
        )
    return framework


def _unknown_region(doc: Document, path: Path_, rid: str, ctx: Context, key: bool) -> Finding:
    maybe = values.did_you_mean(rid, ctx.region_files)
    return doc.finding(
        path,
        "unknown-region",
        _("the region `{id}` is not in regions/").format(id=rid),
        maybe or _("use a region id: a file name under regions/ without .yaml"),
        key=key,
    )


def _site(
    doc: Document, ctx: Context, i: int, site: dict[str, Any], out: list[Finding]
) -> str | None:
    """The id of the site's region, with findings where it cannot be settled."""
    name = str(site.get("name") or _("site {number}").format(number=i + 1))
    town = site.get("municipality")
    rid = site.get("region")
    if isinstance(rid, str) and SLUG.fullmatch(rid) and rid not in ctx.regions:
        if rid not in ctx.region_files:
            out.append(_unknown_region(doc, ("sites", i, "region"), rid, ctx, False))
        return None  # an invalid region reports its own errors
    if not isinstance(town, str) or not town.strip():
        if rid is None and "municipality" not in site:
            out.append(
                doc.finding(
                    ("sites", i),
                    "missing-key",
                    _("the site {name} has neither `municipality` nor `region`").format(name=name),
                    _("add `municipality: …` (the region follows from it), or `region: …`"),
                    about=f"sites[{i + 1}].municipality",
                )
            )
        return rid if isinstance(rid, str) else None
    places = ctx.gazetteer.find(town)
    listed = [p.region.id for p in places]
    path: Path_ = ("sites", i, "municipality")
    if not places:
        maybe = values.suggestion(ctx.gazetteer.closest(town))
        if isinstance(rid, str):
            return rid  # the region is given; the municipality is only a label
        broken = sorted(ctx.region_files - set(ctx.regions))
        if broken:  # it may be listed by a region file with errors: say so, not "no region"
            out.append(
                doc.finding(
                    path,
                    "unknown-municipality",
                    _(
                        "the municipality {town} of the site {name} is in no region without "
                        "errors; it may be listed by a region with errors: {regions}"
                    ).format(town=values.quote(town), name=name, regions=", ".join(broken)),
                    _("fix the errors in those regions first"),
                )
            )
            return None
        out.append(
            doc.finding(
                path,
                "unknown-municipality",
                _("the municipality {town} of the site {name} is in no region").format(
                    town=values.quote(town), name=name
                ),
                maybe or _("check the spelling, or give the region with `region: …`"),
            )
        )
        return None
    if isinstance(rid, str):
        if rid not in listed:
            out.append(
                doc.finding(
                    ("sites", i, "region"),
                    "site-region-mismatch",
                    _(
                        "the site {name} is in {town}, which the region `{id}` does not list; "
                        "{town} is in: {regions}"
                    ).format(name=name, town=places[0].name, id=rid, regions=", ".join(listed)),
                    _("correct `region`, or remove it so the municipality decides"),
                )
            )
            return None
        return rid
    if len(listed) > 1:
        out.append(
            doc.finding(
                path,
                "municipality-in-two-regions",
                _(
                    "{town}, the municipality of the site {name}, is listed by more than one "
                    "region: {regions}"
                ).format(town=places[0].name, name=name, regions=", ".join(listed)),
                _("add `region: {id}` (or another of them) to this site").format(id=listed[0]),
            )
        )
        return None
    return listed[0]


def _agreements(
    doc: Document,
    ctx: Context,
    framework: Framework | None,
    rid: str,
    items: Any,
    site_regions: set[str],
    skip: frozenset[Path_],
    out: list[Finding],
) -> None:
    path: Path_ = ("agreements", rid)
    region = ctx.regions.get(rid)
    if region is None:
        if rid not in ctx.region_files and SLUG.fullmatch(rid):
            out.append(_unknown_region(doc, path, rid, ctx, True))
        return
    if rid not in site_regions and not _unsettled_sites(doc):
        out.append(
            doc.finding(
                path,
                "agreement-without-site",
                _(
                    "there is an agreement with {name} (`{id}`), but no site of this employer is "
                    "in that region"
                ).format(name=region.name, id=rid),
                _("add the site under `sites:`, or remove the agreement"),
                severity="warning",
                key=True,
            )
        )
    if framework is None or not isinstance(items, dict) or region.framework != framework.id:
        return
    for pid, item in items.items():
        _agreement(doc, ctx, framework, region, str(pid), item, skip, out)


def _applies(region: Region, param_id: str, baseline: Value, as_of: date) -> tuple[Value, bool]:
    """What applies in the region without the employer, and whether it is the region's own
    value: its deviation once in force, the framework's value otherwise."""
    dev = region.deviations.get(param_id)
    if dev is not None and (dev.since is None or dev.since <= as_of) and not _over(dev, as_of):
        return dev.value, True
    return baseline, False


def _unsettled_sites(doc: Document) -> bool:
    """True when some site's region is still open (a finding says so already)."""
    sites = doc.data.get("sites")
    return not isinstance(sites, list) or any(not isinstance(s, dict) for s in sites)


def _agreement(
    doc: Document,
    ctx: Context,
    framework: Framework,
    region: Region,
    pid: str,
    item: Any,
    skip: frozenset[Path_],
    out: list[Finding],
) -> None:
    path: Path_ = ("agreements", region.id, pid)
    param = framework.parameter(pid)
    if param is None:
        maybe, moved = parameter_hint(pid, [p.id for p in framework.parameters])
        topic = pid.split(".", 1)[0]
        if framework.topic(topic) is None and not moved:
            known = ", ".join(t.id for t in framework.topics)
            out.append(
                doc.finding(
                    path,
                    "unknown-topic",
                    _("the topic `{topic}` of `{id}` is not in the framework").format(
                        topic=topic, id=pid
                    ),
                    values.did_you_mean(topic, [t.id for t in framework.topics])
                    or _("use one of: {topics}").format(topics=known),
                    key=True,
                    about=pid,
                )
            )
            return
        out.append(
            doc.finding(
                path,
                "unknown-parameter",
                _("the parameter `{id}` is not in the framework `{framework}`").format(
                    id=pid, framework=framework.id
                ),
                maybe or _("check the id with `samenwerking show`"),
                key=True,
                about=pid,
            )
        )
        return
    if not param.deviable:
        out.append(
            doc.finding(
                path,
                "not-deviable",
                _("{id} ({title}) is national law; no agreement can change it").format(
                    id=pid, title=param.title
                ),
                _("remove this agreement"),
                key=True,
                about=pid,
            )
        )
        return
    if not isinstance(item, dict):
        return
    for key in ("since", "review_by", "until"):
        check_date(doc, (*path, key), item.get(key), out)
    out.extend(agreement_dates(doc, path, param, region, item))
    review = parse_date(item.get("review_by"))
    if overdue(review, ctx.as_of):
        out.append(
            doc.finding(
                (*path, "review_by"),
                "review-overdue",
                _(
                    "the review of the agreement on {id} ({title}) with {region} was due on {date}"
                ).format(id=pid, title=param.title, region=region.name, date=item["review_by"]),
                _("review the agreement, then set a new `review_by` date"),
                severity="warning",
                about=pid,
            )
        )
    if "value" not in item or (*path, "value") in skip:
        return
    value = item["value"]
    shown = shown_value(doc, (*path, "value"), value)
    problems = values.problems(param, value, shown)
    for message, hint in problems:
        out.append(
            doc.finding(
                (*path, "value"),
                "value-invalid",
                _("{id} ({title}): {message}").format(id=pid, title=param.title, message=message),
                hint,
            )
        )
    current, own = _applies(region, pid, param.baseline, ctx.as_of)
    if not problems and not ended(item, ctx.as_of) and equal(param.type, value, current):
        where = _("the region's own value") if own else _("the national value")
        out.append(
            doc.finding(
                (*path, "value"),
                "equal-to-applicable",
                _(
                    "{id} ({title}): {value} is already what applies in {region} ({where}), so "
                    "this agreement changes nothing"
                ).format(id=pid, title=param.title, value=shown, region=region.name, where=where),
                _("remove the agreement, or write the value that was agreed"),
                severity="warning",
                about=pid,
            )
        )


def _over(dev: Deviation, as_of: date) -> bool:
    """A region's deviation that ended (`until`) before the peildatum no longer applies."""
    return dev.until is not None and dev.until < as_of


def build(doc: Document, ctx: Context) -> Employer | None:
    """The Employer of a document without errors; None while its framework is missing or has
    errors of its own (those findings are reported with the framework)."""
    data = doc.data
    framework = _framework_of(data, ctx)
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
