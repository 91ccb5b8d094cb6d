"""The dates of an employer's agreement: when it ends (`until`), kept apart from the other
employer rules so that file stays small."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Parameter, Region
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.dates import ends_before_start


def agreement_dates(
    doc: Document, path: Path_, param: Parameter, region: Region, item: dict[str, Any]
) -> list[Finding]:
    """`until` before `since`: the same finding as for a region's deviation."""
    if not ends_before_start(item):
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
