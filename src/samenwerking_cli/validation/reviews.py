"""A review date (`review_by`) that has passed, on a region's deviation or an employer's
agreement: a date warning, so --strict leaves it to --strict-dates (domain/findings.TIME_CODES)."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.dates import ended, parse_date

# Listed in the region table (region_rules.CONTENT_CODES), where the README and SARIF show it.
CODES: dict[str, str] = {
    "review-overdue": N_("A deviation's review date has passed."),
}


def review_due(item: dict[str, Any], as_of: date) -> bool:
    """`review_by` has passed, and the item still applies: one that ended (`until` before the
    peildatum) has nothing left to review."""
    return not ended(item, as_of) and overdue(parse_date(item.get("review_by")), as_of)


def review_overdue(doc: Document, path: Path_, message: str, hint: str, about: str) -> Finding:
    """The warning at `path`'s `review_by`; the words say what is reviewed, with whom."""
    return doc.finding(
        (*path, "review_by"), "review-overdue", message, hint, severity="warning", about=about
    )
