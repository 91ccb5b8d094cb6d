"""A document's id against its file name: `regions/twente.yaml` holds `region: twente`."""

from __future__ import annotations

import re
from typing import Literal

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.loading.document import Document, display_name

CODES: dict[str, str] = {
    "id-mismatch": "The id inside the file differs from the file name.",
}

SLUG = re.compile(r"[a-z][a-z0-9_-]*")


def id_mismatch(
    doc: Document, key: Literal["framework", "region", "employer"], ident: str
) -> Finding:
    return doc.finding(
        (key,),
        "id-mismatch",
        f"the {key} id `{ident}` differs from the file name `{display_name(doc.path.name)}`",
        id_mismatch_hint(key, ident, doc.path.stem),
    )


def id_mismatch_hint(kind: str, ident: str, stem: str) -> str:
    """Rename the file; setting the id to the file name only where that name is a valid id."""
    if SLUG.fullmatch(stem):
        return f"rename the file to {ident}.yaml, or set `{kind}: {stem}`"
    return f"rename the file to {ident}.yaml (ids are lower-case letters, digits, - and _)"
