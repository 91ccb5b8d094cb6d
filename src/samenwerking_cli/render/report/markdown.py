"""The harmonisation report as GitHub-flavoured Markdown (templates/report.md.j2).

Autoescape is off: every data text goes through `md` (paragraphs, list items) or `cell`
(table cells), so markup, HTML, pipes and newlines from the documents stay plain text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from samenwerking_cli.render import escape, templating
from samenwerking_cli.render.report.model import Report


def stream(report: Report, templates: Path | None = None) -> Iterator[str]:
    """The report in pieces, as the template produces them (see output.emit_chunks)."""
    env = templating.environment(autoescape=False, templates=templates)
    env.filters["md"] = lambda value: escape.markdown_text(str(value))
    env.filters["cell"] = lambda value: escape.markdown_cell(str(value))
    return templating.stream(env, "report.md.j2", r=report, t=report.t)
