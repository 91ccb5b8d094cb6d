"""The harmonisation report as one self-contained HTML page (templates/report.html.j2).

Autoescape is on, so every text from the documents is escaped, in attributes and SVG too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from samenwerking_cli.render import templating
from samenwerking_cli.render.report.model import Report


def stream(report: Report, templates: Path | None = None) -> Iterator[str]:
    """The report in pieces, as the template produces them (see output.emit_chunks)."""
    env = templating.environment(autoescape=True, templates=templates)
    return templating.stream(env, "report.html.j2", r=report, t=report.t)
