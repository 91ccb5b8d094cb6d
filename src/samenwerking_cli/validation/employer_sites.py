"""An employer's sites: which region each is in, settled by its municipality or its `region`."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.employer_context import Context
from samenwerking_cli.validation.identity import SLUG


def unknown_region(doc: Document, path: Path_, rid: str, ctx: Context, key: bool) -> Finding:
    """A region id, of a site or an agreement, with no file under regions/."""
    maybe = values.did_you_mean(rid, ctx.region_files)
    return doc.finding(
        path,
        "unknown-region",
        _("the region `{id}` is not in regions/").format(id=rid),
        maybe or _("use a region id: a file name under regions/ without .yaml"),
        key=key,
    )


def site_region(
    doc: Document, ctx: Context, i: int, site: dict[str, Any], out: list[Finding]
) -> str | None:
    """The id of the site's region, with findings where it cannot be settled."""
    name = str(site.get("name") or _("site {number}").format(number=i + 1))
    town = site.get("municipality")
    rid = site.get("region")
    if isinstance(rid, str) and SLUG.fullmatch(rid) and rid not in ctx.regions:
        if rid not in ctx.region_files:
            out.append(unknown_region(doc, ("sites", i, "region"), rid, ctx, False))
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
