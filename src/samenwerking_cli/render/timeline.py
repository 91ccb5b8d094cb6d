"""The agreements over time: the calls behind `samenwerking history` and `report --since`, reading
each commit's documents (workspace) and scoring them (engine)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.findings import FindingsError, UserError
from samenwerking_cli.domain.names import NameProblem
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.history import History, Point, Scores, collect
from samenwerking_cli.engine.scoring import Overview, overview
from samenwerking_cli.engine.since import Since
from samenwerking_cli.engine.since import since as compare_since
from samenwerking_cli.workspace.discover import READ_FOLDERS
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.git import Repo, is_date
from samenwerking_cli.workspace.history import Every, select
from samenwerking_cli.workspace.load import pick_framework
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


def since(root: Path, spec: str, now: Overview, at: str | None) -> Since:
    """Compare `now` (the overview the report shows) with the documents at `spec`."""
    as_of = now.as_of
    with Repo.open(root) as repo:
        start = repo.resolve(spec)
        commit = repo.commit(start)
        snaps = Snapshots(repo, as_of, label=spec)
        ws = snaps.workspace(start)
        if ws.errors:
            raise FindingsError(ws.errors, len(ws.files))
        framework = ws.frameworks.get(now.framework.id)
        if framework is None:
            raise UserError(
                _("the framework `{id}` is not in the documents at {ref}").format(
                    id=now.framework.id, ref=spec
                ),
                _("give a later --since"),
            )
        then = overview(framework, list(ws.regions.values()), as_of)
        commits = select(repo, "commit", start, at)
        repo.prefetch([c.id for c in commits], READ_FOLDERS)
        scores = Scores()
        between = [
            point(snaps.workspace(c.id), c, as_of, now.framework.id, scores) for c in commits
        ]
    given = date.fromisoformat(spec) if is_date(spec) else None
    return compare_since(spec, given, commit, then, now, between)
