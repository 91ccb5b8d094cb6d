"""`name -> renderer` for the employer list, one employer and `where` (the --format choices)."""

from __future__ import annotations

from samenwerking_cli.render.views import (
    employer_csv,
    employer_json,
    employer_markdown,
    employer_table,
)
from samenwerking_cli.render.views.formats import Renderer


def _formats(view: str) -> dict[str, Renderer]:
    return {
        "table": getattr(employer_table, view),
        "json": getattr(employer_json, view),
        "csv": getattr(employer_csv, view),
        "markdown": getattr(employer_markdown, view),
    }


EMPLOYERS = _formats("employers")
EMPLOYER = _formats("employer")
WHERE = _formats("where")
