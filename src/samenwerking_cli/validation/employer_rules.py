"""Semantic rules for an employer document against the framework and the regions: the employer
family's codes, and the check that runs its rules (sites in employer_sites, agreements in
employer_agreements). Rules regions apply too live in their shared modules."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import employer_agreements, employer_sites, parameters
from samenwerking_cli.validation.contacts import contact_findings
from samenwerking_cli.validation.dates import check_date
from samenwerking_cli.validation.employer_context import Context, framework_of
from samenwerking_cli.validation.employer_framework import site_framework
from samenwerking_cli.validation.identity import check_id
from samenwerking_cli.validation.which_framework import unknown_framework

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


def expected(data: dict[str, Any], ctx: Context) -> Any:
    """Expected type at a path, knowing that an agreement's `value` takes its parameter's type."""
    from samenwerking_cli.validation.schema import expected_type

    framework = framework_of(data, ctx)

    def at(path: Path_) -> str | None:
        if len(path) >= 4 and path[0] == "agreements" and path[3] == "value":
            param = framework.parameter(str(path[2])) if framework else None
            return parameters.value_type(param, len(path) > 4)
        return expected_type("employer", path)

    return at


def check(doc: Document, ctx: Context, skip: frozenset[Path_] = frozenset()) -> list[Finding]:
    """Rules for an employer; values at `skip` were refused as ambiguous already."""
    data = doc.data
    out = check_id(doc, "employer")
    framework = _framework(doc, ctx, out)
    out.extend(contact_findings(doc, framework))
    sites = data.get("sites")
    site_regions: set[str] = set()
    if isinstance(sites, list):
        for i, site in enumerate(sites):
            if isinstance(site, dict):
                found = employer_sites.site_region(doc, ctx, i, site, out)
                if found is not None:
                    site_regions.add(found)
                if found in ctx.regions:
                    out.extend(site_framework(doc, i, site, ctx.regions[found], framework))
                check_date(doc, ("sites", i, "opens"), site.get("opens"), out)
    agreements = data.get("agreements")
    if isinstance(agreements, dict):
        for rid, items in agreements.items():
            employer_agreements.check(doc, ctx, framework, str(rid), items, site_regions, skip, out)
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
        out.append(unknown_framework(doc, fid, ctx.frameworks))
    return framework
