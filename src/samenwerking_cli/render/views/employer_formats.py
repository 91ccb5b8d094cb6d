"""`name -> renderer` for the employer list, one employer and `where` (the --format choices)."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.render.views import (
    employer_csv,
    employer_json,
    employer_markdown,
    employer_table,
)
from samenwerking_cli.render.views.formats import Renderer


def _xlsx(view: str) -> Renderer:
    # openpyxl takes ~130 ms to import: only when a workbook is asked for.
    def render(data: Any, canvas: Any) -> bytes:
        from samenwerking_cli.render.views import employer_xlsx

        out: bytes = getattr(employer_xlsx, view)(data, canvas)
        return out

    return render


def _formats(view: str) -> dict[str, Renderer]:
    return {
        "table": getattr(employer_table, view),
        "json": getattr(employer_json, view),
        "csv": getattr(employer_csv, view),
        "markdown": getattr(employer_markdown, view),
        "xlsx": _xlsx(view),
    }


EMPLOYERS = _formats("employers")
EMPLOYER = _formats("employer")
WHERE = _formats("where")
