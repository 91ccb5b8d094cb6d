"""Load, score and render the harmonisation report: the one call behind `samenwerking report`."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from samenwerking_cli.domain.text import language
from samenwerking_cli.engine.employers import employer_view_for
from samenwerking_cli.engine.scoring import overview
from samenwerking_cli.render.report.build import build_report
from samenwerking_cli.render.report.employer import brief
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.employers import pick_employer
from samenwerking_cli.workspace.load import pick_framework, pick_regions
from samenwerking_cli.workspace.snapshot import load_valid_at


def make_report(
    root: Path,
    *,
    output_format: str = "html",
    lang: str | None = None,
    regions: Sequence[str] = (),
    as_of: date,
    title: str | None = None,
    templates: Path | None = None,
    framework_id: str | None = None,
    loaded: list[Workspace] | None = None,
    stale_after: int = 12,
    employer: str | None = None,
    at: str | None = None,
    since: str | None = None,
) -> Iterator[str]:
    """The report text in pieces, made while it is written (a large report is never held whole
    in memory); FindingsError for an invalid framework (invalid region files are left out and
    named in a banner), UserError for bad choices, both raised before the first piece.
    `loaded` receives the workspace, so the caller can name the files left out. `employer`:
    the report for that employer's regions, opening with what it needs to know. `at`: the
    agreements at a git ref or date instead of the work tree."""
    ws = load_valid_at(root, at, as_of, partial=True, stale_after=stale_after)
    if loaded is not None:
        loaded.append(ws)
    own = pick_employer(ws, employer) if employer is not None else None
    framework = pick_framework(ws, framework_id or (own.framework if own else None))
    chosen = pick_regions(ws, regions) if regions else None
    if own is not None:  # the employer's regions, then any others named
        named = [r for r in chosen or [] if r.id not in own.regions]
        chosen = [ws.regions[r] for r in own.regions] + named
    ov = overview(framework, list(ws.regions.values()), as_of)
    changes = None
    if since is not None:
        from samenwerking_cli.render.timeline import since as since_then

        changes = since_then(root, since, ov, at)
    model = build_report(
        ov,
        lang=lang,
        title=title,
        selection=[r.id for r in chosen] if chosen is not None else None,
        files=[_shown(f, root, ws.commit) for f in ws.files],
        warnings=[replace(f, file=_shown(f.file, root, ws.commit)) for f in ws.findings],
        commit=ws.commit or git_commit(root),
        excluded=[_shown(f, root, ws.commit) for f in ws.excluded],
        stale_after=stale_after,
        since=changes,
    )
    if own is not None:
        view = employer_view_for(own, ws.frameworks, ws.regions, as_of)
        model = replace(model, employer=brief(view, lang or language()))
    if output_format == "markdown":
        from samenwerking_cli.render.report import markdown as report_markdown

        return report_markdown.stream(model, templates)
    from samenwerking_cli.render.report import html as report_html

    return report_html.stream(model, templates)


def _shown(file: str, root: Path, commit: str | None) -> str:
    """A file as the report names it: relative to the root, or as read from git (`v1:...`)."""
    return file if commit is not None else os.path.relpath(file, root)


def git_commit(root: Path) -> str | None:
    """The commit checked out at `root`, or None when it is no git repository (or no git)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else None
