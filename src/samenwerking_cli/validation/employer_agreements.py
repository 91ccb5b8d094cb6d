"""An employer's agreements with the regions where it has sites: each names a known, deviable
parameter of the region's framework, with a fitting value that changes what applies there."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Deviation, Framework, Region, Value
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.values import equal
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.dates import check_date, ended
from samenwerking_cli.validation.employer_context import Context
from samenwerking_cli.validation.employer_dates import agreement_dates
from samenwerking_cli.validation.employer_sites import unknown_region
from samenwerking_cli.validation.identity import SLUG
from samenwerking_cli.validation.parameters import (
    invalid_value,
    not_deviable,
    parameter_hint,
    shown_value,
    unknown_parameter,
)
from samenwerking_cli.validation.reviews import review_due, review_overdue
from samenwerking_cli.validation.topics import unknown_topic_of


def check(
    doc: Document,
    ctx: Context,
    framework: Framework | None,
    rid: str,
    items: Any,
    site_regions: set[str],
    skip: frozenset[Path_],
    out: list[Finding],
) -> None:
    """The agreements with one region (`agreements: {rid: …}`)."""
    path: Path_ = ("agreements", rid)
    region = ctx.regions.get(rid)
    if region is None:
        if rid not in ctx.region_files and SLUG.fullmatch(rid):
            out.append(unknown_region(doc, path, rid, ctx, True))
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


def _over(dev: Deviation, as_of: date) -> bool:
    """A region's deviation that ended (`until`) before the peildatum no longer applies."""
    return dev.until is not None and dev.until < as_of


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
            # The topic is the first thing wrong: say that rather than "unknown parameter".
            out.append(unknown_topic_of(doc, path, pid, topic, framework))
            return
        out.append(unknown_parameter(doc, path, pid, framework, maybe))
        return
    if not param.deviable:
        out.append(
            not_deviable(
                doc,
                path,
                pid,
                _("{id} ({title}) is national law; no agreement can change it").format(
                    id=pid, title=param.title
                ),
                _("remove this agreement"),
            )
        )
        return
    if not isinstance(item, dict):
        return
    for key in ("since", "review_by", "until"):
        check_date(doc, (*path, key), item.get(key), out)
    out.extend(agreement_dates(doc, path, param, region, item))
    if review_due(item, ctx.as_of):
        out.append(
            review_overdue(
                doc,
                path,
                _(
                    "the review of the agreement on {id} ({title}) with {region} was due on {date}"
                ).format(id=pid, title=param.title, region=region.name, date=item["review_by"]),
                _("review the agreement, then set a new `review_by` date"),
                about=pid,
            )
        )
    if "value" not in item or (*path, "value") in skip:
        return
    value = item["value"]
    shown = shown_value(doc, (*path, "value"), value)
    problems = invalid_value(doc, (*path, "value"), param, value, shown)
    out.extend(problems)
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
