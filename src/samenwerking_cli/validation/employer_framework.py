"""A site in a region that works with another framework than its employer: the region's values
and the employer's figures there would be judged against the wrong framework, and agreements
with that region cannot be checked. Kept apart from employer_rules so that file stays small."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_

CODES: dict[str, str] = {
    "site-other-framework": N_(
        "A site lies in a region that works with another framework than its employer."
    ),
}


def site_framework(
    doc: Document, i: int, site: dict[str, Any], region: Region, framework: Framework | None
) -> list[Finding]:
    """A warning when the site's region names another framework than the employer's."""
    if framework is None or region.framework == framework.id:
        return []
    key = "region" if "region" in site else "municipality" if "municipality" in site else None
    path: Path_ = ("sites", i, key) if key else ("sites", i)
    name = str(site.get("name") or _("site {number}").format(number=i + 1))
    return [
        doc.finding(
            path,
            "site-other-framework",
            _(
                "the site {name} lies in {region} ({id}), which works with the framework "
                "`{other}`, not with `{own}` of this employer: what applies there and the "
                "employer's figures would be judged against the wrong framework"
            ).format(
                name=name,
                region=region.name,
                id=region.id,
                other=region.framework,
                own=framework.id,
            ),
            _(
                "write `framework: {other}` if this employer works with that framework, or put "
                "the sites under `{other}` in an employer file of their own"
            ).format(other=region.framework),
            severity="warning",
            about=f"sites[{i + 1}]",
        )
    ]
