"""The dates of an employer's agreement: when it ends (`until`), kept apart from the other
employer rules so that file stays small."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Parameter, Region
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.dates import parse_date


def ended(item: dict[str, Any], as_of: date) -> bool:
    """An agreement whose last day (`until`) lies before the peildatum: it no longer applies."""
    until = parse_date(item.get("until"))
    return until is not None and until < as_of


def agreement_dates(
    doc: Document, path: Path_, param: Parameter, region: Region, item: dict[str, Any]
) -> list[Finding]:
    """`until` before `since`: the same finding as for a region's deviation."""
    since, until = parse_date(item.get("since")), parse_date(item.get("until"))
    if since is None or until is None or until >= since:
        return []
    return [
        doc.finding(
            (*path, "until"),
            "until-before-since",
            _(
                "the agreement on {id} ({title}) with {region} ends on {until}, before it "
                "starts on {since}"
            ).format(
                id=param.id,
                title=param.title,
                region=region.name,
                until=item["until"],
                since=item["since"],
            ),
            _("correct one of the two dates: `until` is the last day it applies"),
            about=param.id,
        )
    ]
