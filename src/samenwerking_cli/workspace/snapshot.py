"""The agreements as they were at a commit: a Workspace built from the files in git.

Every file version is checked once per run, keyed by its blob id (and, for the documents that
depend on them, the blob ids of the frameworks), so a history over hundreds of commits checks
only what changed between them. The work tree is never read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from samenwerking_cli.domain.findings import FindingsError
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.loading.document import Document, load_bytes
from samenwerking_cli.validation.relations import STALE_AFTER_MONTHS
from samenwerking_cli.workspace.check import Checked, check_file
from samenwerking_cli.workspace.discover import READ_FOLDERS
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.run import Run

if TYPE_CHECKING:  # git (and subprocess) only for a run that reads it: `--at`, history
    from samenwerking_cli.workspace.git import Repo


class Snapshots:
    """Workspaces at commits of one repository, as of one date, sharing checked files."""

    def __init__(
        self, repo: Repo, as_of: date, *, label: str = "", stale_after: int | None = None
    ) -> None:
        self.repo = repo
        self.as_of = as_of
        self.label = label  # shown before each file name in findings: `v1.0:regions/x.yaml`
        self.stale_after = STALE_AFTER_MONTHS if stale_after is None else stale_after
        self._checked: dict[tuple[str, str, tuple[str, ...]], Checked] = {}

    def workspace(self, commit_id: str) -> Workspace:
        """Every document under the root at `commit_id`, loaded and validated."""
        files = self.repo.files(commit_id, READ_FOLDERS)
        frameworks = [p for p in files if p.startswith(READ_FOLDERS[0] + "/")]
        others = [p for folder in READ_FOLDERS[1:] for p in files if p.startswith(folder + "/")]
        # A follow-up's employer must name an employer file once the commit has employers/;
        # a region's findings depend on which, so they are part of its key.
        employer_files = [p for p in others if p.startswith("employers/")]
        employers = frozenset(Path(p).stem for p in employer_files) if employer_files else None
        framework_key = tuple(files[p] for p in frameworks)
        others_key = (*framework_key, *sorted(employers or ()))
        ws = Workspace(root=self.repo.root, commit=commit_id)
        shown = {str(Path(self._shown(p))): p for p in employer_files}

        def check(
            path: Path, known: dict[str, Framework], broken: set[str], as_of: date, first: bool
        ) -> Checked:
            rel = path.as_posix()
            key = (files[rel], rel, () if first else others_key)
            found = self._checked.get(key)
            if found is None:
                data = (self.repo.blob(files[rel]), self._shown(rel))
                found = self._checked[key] = check_file(
                    path, known, broken, as_of, first, self.stale_after, employers, data=data
                )
            return found

        def read(path: Path) -> Document:
            """An employer file as `check` named it; checked again in each commit, since its
            findings depend on every region."""
            rel = shown[str(path)]
            return load_bytes(self.repo.blob(files[rel]), Path(rel), str(path))

        run = Run(ws, self.as_of, stale_after=self.stale_after, employers=employers)
        run.run([Path(p) for p in frameworks], [Path(p) for p in others], None, check, read)
        return ws

    def _shown(self, rel: str) -> str:
        """A file as findings name it: `v1.0:regions/x.yaml`."""
        return f"{self.label}:{rel}" if self.label else rel


def load_valid_at(
    root: Path,
    at: str | None,
    as_of: date,
    *,
    partial: bool = False,
    stale_after: int | None = None,
) -> Workspace:
    """The workspace of the work tree (`at` None) or of the commit `at` names (a ref or a
    date); FindingsError when its documents have errors (with partial=True: only when they
    leave nothing to compare, as load_partial), UserError for git problems."""
    from samenwerking_cli.workspace.load import leave_out_invalid, load_partial, load_valid

    if at is None:
        if partial:
            return load_partial(root, as_of, stale_after)
        return load_valid(root, as_of, stale_after)
    from samenwerking_cli.workspace.git import Repo

    with Repo.open(root) as repo:
        commit = repo.resolve(at)
        snaps = Snapshots(repo, as_of, label=at, stale_after=stale_after)
        ws = snaps.workspace(commit)
        frameworks = {
            f"{at}:{p}" for p in repo.files(commit, READ_FOLDERS[:1]) if p.startswith("frameworks/")
        }
    ws.findings.sort(key=lambda f: f.sort_key())
    if partial:
        return leave_out_invalid(ws, frameworks)
    if ws.errors:
        raise FindingsError(ws.errors, len(ws.files))
    return ws
