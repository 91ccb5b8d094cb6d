"""Which commits a history shows: every commit that changed the agreements, the tagged ones,
or the last of each month, between two refs or dates."""

from __future__ import annotations

from typing import Literal

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import _
from samenwerking_cli.workspace.git import Repo, is_date

Every = Literal["commit", "tag", "month"]
EVERY: tuple[Every, ...] = ("commit", "tag", "month")


def select(repo: Repo, every: Every, start: str | None, end: str | None) -> list[Commit]:
    """The commits to show, oldest first; `start` (a ref: included, even when it changed no
    document) and `end` (default HEAD) may be refs or dates."""
    until = repo.resolve(end) if end is not None else repo.resolve("HEAD")
    first: str | None = None
    since: str | None = None
    if start is not None:
        if is_date(start):
            since = start
            repo.resolve(start)  # a date must lie within the history that is here
        else:
            first = repo.resolve(start)
    commits = repo.log(first, until, since=since, touching=every != "tag")
    _check_depth(repo, commits, first)
    if every == "tag":
        commits = [c for c in commits if c.tags]
    elif every == "month":
        last: dict[tuple[int, int], Commit] = {}
        for c in commits:
            last[(c.date.year, c.date.month)] = c
        commits = list(last.values())
    return commits


def _check_depth(repo: Repo, commits: list[Commit], first: str | None) -> None:
    """A shallow clone whose oldest commit is cut off would show a history that starts too
    late; refuse unless the start was named and is there."""
    if not repo.shallow or first is not None or not commits:
        return
    if commits[0].id in repo.shallow_commits():
        raise UserError(
            _("this clone is shallow: the history before {day} is not here").format(
                day=commits[0].date.date().isoformat()
            ),
            _(
                "fetch the full history with `git fetch --unshallow` (in GitHub Actions: "
                "actions/checkout with `fetch-depth: 0`), or start later with --from"
            ),
        )
