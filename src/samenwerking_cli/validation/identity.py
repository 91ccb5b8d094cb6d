"""A document's id against its file name: `regions/twente.yaml` holds `region: twente`."""

from __future__ import annotations

import re
from typing import Literal

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document, display_name

CODES: dict[str, str] = {
    "id-mismatch": N_("The id inside the file differs from the file name."),
}

# One whole sentence per kind of document (the catalogue never glues pieces).
_MISMATCH = {
    "framework": N_("the framework id `{id}` differs from the file name `{file}`"),
    "region": N_("the region id `{id}` differs from the file name `{file}`"),
    "employer": N_("the employer id `{id}` differs from the file name `{file}`"),
}

SLUG = re.compile(r"[a-z][a-z0-9_-]*")


def id_mismatch(
    doc: Document, key: Literal["framework", "region", "employer"], ident: str
) -> Finding:
    return doc.finding(
        (key,),
        "id-mismatch",
        _(_MISMATCH[key]).format(id=ident, file=display_name(doc.path.name)),
        id_mismatch_hint(key, ident, doc.path.stem),
    )


def id_mismatch_hint(kind: str, ident: str, stem: str) -> str:
    """Rename the file; setting the id to the file name only where that name is a valid id."""
    if SLUG.fullmatch(stem):
        return _("rename the file to {id}.yaml, or set `{kind}: {stem}`").format(
            id=ident, kind=kind, stem=stem
        )
    return _("rename the file to {id}.yaml (ids are lower-case letters, digits, - and _)").format(
        id=ident
    )


def check_id(doc: Document, key: Literal["framework", "region", "employer"]) -> list[Finding]:
    """The id against the file name; a malformed id is the schema's finding, and a rename hint
    towards it would mislead."""
    ident = doc.data.get(key)
    if isinstance(ident, str) and ident != doc.path.stem and SLUG.fullmatch(ident):
        return [id_mismatch(doc, key, ident)]
    return []
