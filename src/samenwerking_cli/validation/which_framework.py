"""The framework a region or an employer names, when frameworks/ does not hold it."""

from __future__ import annotations

from collections.abc import Collection

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation import values

# Listed in the region table (region_rules.CODES), where the README and SARIF show it.
CODES: dict[str, str] = {
    "unknown-framework": N_(
        "A region or an employer names a framework that is not in `frameworks/`."
    ),
}


def unknown_framework(doc: Document, fid: str, frameworks: Collection[str]) -> Finding:
    maybe = values.did_you_mean(fid, frameworks)
    known = ", ".join(sorted(frameworks)) or _("none")
    return doc.finding(
        ("framework",),
        "unknown-framework",
        _("the framework `{id}` is not in frameworks/ (known: {known})").format(
            id=fid, known=known
        ),
        maybe or _("add the framework file, or correct the id"),
    )
