"""The agreements over time: the one call behind `samenwerking history`, reading each commit's
documents (workspace) and scoring them (engine)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.names import NameProblem
from samenwerking_cli.engine.history import History, Point, Scores, collect
from samenwerking_cli.workspace.git import Repo
from samenwerking_cli.workspace.history import Every, select
from samenwerking_cli.workspace.load import READ_FOLDERS, Workspace, pick_framework
from samenwerking_cli.workspace.snapshot import Snapshots


def history(
    root: Path,
    *,
    every: Every = "commit",
    start: str | None = None,
    end: str | None = None,
    as_of: date,
    framework_id: str | None = None,
) -> History:
    """The points from `start` to `end` (refs or dates; default: all of it up to HEAD).
    UserError for git problems, such as a shallow clone that lacks the history."""
    with Repo.open(root) as repo:
        commits = select(repo, every, start, end)
        repo.prefetch([c.id for c in commits], READ_FOLDERS)
        snaps = Snapshots(repo, as_of)
        scores = Scores()
        points = [point(snaps.workspace(c.id), c, as_of, framework_id, scores) for c in commits]
    return collect(points, as_of, every)


def point(
    ws: Workspace, commit: Commit, as_of: date, framework_id: str | None, scores: Scores
) -> Point:
    if ws.errors:
        return Point(commit, problem="invalid", errors=len({f.file for f in ws.errors}))
    try:
        framework = pick_framework(ws, framework_id)
    except NameProblem:
        return Point(commit, problem="no-framework")
    return scores.point(commit, framework, list(ws.regions.values()), as_of)
