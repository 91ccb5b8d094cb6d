"""Date fields: text in the file until here, where they are parsed and checked."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.values import quote

CODES: dict[str, str] = {
    "invalid-date": N_("A date that does not exist, such as 2024-13-45."),
}


def parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def looks_like_date(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"


def invalid_date(
    doc: Document,
    path: Path_,
    raw: str,
    hint: str | None = None,
) -> Finding:
    """A date as written (`raw`) that looks like one but does not exist; `hint` translated."""
    return doc.finding(
        path,
        "invalid-date",
        _("{value} is not a date that exists").format(value=quote(raw)),
        hint or _("write an existing date as YYYY-MM-DD, for example 2024-03-01"),
    )


def ends_before_start(item: dict[str, Any]) -> bool:
    """`until` before `since`, on a region's deviation or an employer's agreement alike
    (`until-before-since`; each words its own message)."""
    since, until = parse_date(item.get("since")), parse_date(item.get("until"))
    return since is not None and until is not None and until < since


def check_date(doc: Document, path: Path_, value: Any, out: list[Finding]) -> None:
    """A date field of any document: only a value that looks like a date and is not one is
    reported here; other wrong forms are the schema's."""
    if looks_like_date(value) and parse_date(value) is None:
        out.append(invalid_date(doc, path, str(doc.raw(path) or value)))


def ended(item: dict[str, Any], as_of: date) -> bool:
    """A deviation or agreement whose last day (`until`) lies before the peildatum: it no
    longer applies."""
    until = parse_date(item.get("until"))
    return until is not None and until < as_of
