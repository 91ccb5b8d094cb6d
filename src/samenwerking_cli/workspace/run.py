"""A run over the files: frameworks first, then the others, in worker processes when there are
many; the results merged into the Workspace in order, with duplicate ids found and the checks
across files."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document, load
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.validation import relations
from samenwerking_cli.validation.relations import STALE_AFTER_MONTHS, PracticeUse
from samenwerking_cli.workspace.check import Checked, Checker, check_file, where
from samenwerking_cli.workspace.discover import root_files
from samenwerking_cli.workspace.documents import Workspace

# The finding code of a run: found when the documents are put together.
CODES: dict[str, str] = {
    "duplicate-id": N_("Two files describe the same region or framework."),
}

# Below this many files a worker pool costs more than it saves.
PARALLEL_MIN_FILES = 200
_CHUNK = 25


# Set in the parent before the pool forks, so workers inherit the frameworks instead of
# receiving a pickled copy with every chunk.
_SHARED: tuple[dict[str, Framework], set[str], date, bool, int, frozenset[str] | None] | None = None


def _check_chunk(paths: list[str]) -> list[Checked]:
    assert _SHARED is not None
    frameworks, broken, as_of, models, stale_after, employers = _SHARED
    results = [
        check_file(Path(p), frameworks, broken, as_of, False, stale_after, employers) for p in paths
    ]
    if not models:  # sending regions back costs more than checking them when nobody uses them
        for result in results:
            result.region = None
    return results


class Run:
    def __init__(
        self,
        ws: Workspace,
        as_of: date,
        on_file: Callable[[int, int], None] | None = None,
        models: bool = True,
        stale_after: int | None = None,
        employers: set[str] | frozenset[str] | None = None,
    ) -> None:
        self.ws = ws
        self.employers = frozenset(employers) if employers is not None else None
        self.employer_files: list[Path] = []
        self.region_files: set[str] = set()
        self.stale_after = STALE_AFTER_MONTHS if stale_after is None else stale_after
        self.practices: list[PracticeUse] = []
        self.as_of = as_of
        self.on_file = on_file
        self.models = models
        self.broken: set[str] = set()
        self.seen: dict[tuple[str, str], str] = {}  # (kind, id) -> the file that described it
        self.done = 0
        self.total = 0

    def run(
        self,
        framework_files: list[Path],
        other_files: list[Path],
        jobs: int | None,
        check: Checker | None = None,
        read: Callable[[Path], Document] | None = None,
    ) -> None:
        """`check` replaces reading each file from disk (versions from git); no workers then.
        `read` loads an employer file as `check` named it (its version from git)."""
        if check is not None:
            for path in framework_files:
                self.merge(check(path, self.ws.frameworks, self.broken, self.as_of, True))
            for path in other_files:
                self.merge(check(path, self.ws.frameworks, self.broken, self.as_of, False))
            self.check_employers(read)
            return
        framework_real = {os.path.realpath(p) for p in framework_files}
        others = [p for p in other_files if os.path.realpath(p) not in framework_real]
        self.total = len(framework_files) + len(others)
        for path in framework_files:
            self.merge(self.check(path, True))
        results = self.parallel(others, jobs)
        if results is None:
            for path in others:
                self.merge(self.check(path, False))
        else:
            for result in results:
                self.merge(result, progress=False)
        self.check_employers()

    def check_employers(self, read: Callable[[Path], Document] | None = None) -> None:
        """Employers last: their sites and agreements are checked against all regions.

        `read`: the employer files come from git, where every region of the commit was read
        already; None: from disk.
        """
        from samenwerking_cli import validation
        from samenwerking_cli.domain.places import Gazetteer
        from samenwerking_cli.validation.employer_context import Context

        if not self.employer_files:
            return
        # Checked on their own (pre-commit passes only the changed files), employers still
        # need every region of the root to place their sites; those regions' findings are
        # not reported here.
        regions = dict(self.ws.regions)
        done = {os.path.realpath(f) for f in self.ws.files}
        for path in root_files(self.ws.root, "regions") if read is None else []:
            self.region_files.add(path.stem)
            if os.path.realpath(path) not in done:
                found = self.check(path, False)
                if found.region is not None:
                    regions.setdefault(found.region.id, found.region)
        ctx = Context(
            self.ws.frameworks,
            regions,
            frozenset(self.region_files | set(regions)),
            self.broken,
            self.as_of,
            Gazetteer(regions.values()),
        )
        for path in self.employer_files:
            try:
                doc = load(path, str(path)) if read is None else read(path)
            except LoadError as exc:  # changed since it was first read
                self.ws.findings.append(exc.finding)
                continue
            findings, employer = validation.check_employer(doc, ctx)
            self.ws.findings += findings
            checked = Checked(doc.display, [], where=where(doc, "employer"))
            if employer is not None and not self.duplicate(checked, "employer", employer.id):
                self.ws.employers[employer.id] = employer

    def parallel(self, paths: list[Path], jobs: int | None) -> list[Checked] | None:
        """All results from worker processes, or None where the run must stay sequential."""
        workers = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
        if workers < 2 or len(paths) < (PARALLEL_MIN_FILES if jobs is None else 1):
            return None
        if not sys.platform.startswith("linux"):
            return None  # fork is only safe here; spawn would re-import and re-read everything
        # Imported only here: ~12 ms that a run of a few files does not need.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _SHARED
        _SHARED = (
            self.ws.frameworks,
            self.broken,
            self.as_of,
            self.models,
            self.stale_after,
            self.employers,
        )
        chunks = [[str(p) for p in paths[i : i + _CHUNK]] for i in range(0, len(paths), _CHUNK)]
        results: list[Checked] = []
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for chunk in pool.map(_check_chunk, chunks):
                    results.extend(chunk)
                    self.done += len(chunk)
                    if self.on_file is not None:
                        self.on_file(self.done, self.total)
        finally:
            _SHARED = None
        if any(r.framework is not None or r.broken for r in results):
            # A framework among the other files changes how later regions are checked.
            self.done -= len(results)
            return None
        return results

    def check(self, path: Path, expect_framework: bool) -> Checked:
        ws = self.ws
        return check_file(
            path,
            ws.frameworks,
            self.broken,
            self.as_of,
            expect_framework,
            self.stale_after,
            self.employers,
        )

    def across(self, root: Path) -> list[Finding]:
        """Checks that need every region: practices shared between regions and their origin.

        The known regions are those read, and those under the root's regions/ (when only some
        files are checked, an origin may name a region that was not among them).
        """
        regions = {ident for kind, ident in self.seen if kind == "region"}
        regions |= {p.stem for p in root_files(root, "regions")} if root.is_dir() else set()
        return relations.across(self.practices, regions)

    def duplicate(self, result: Checked, kind: str, ident: str) -> bool:
        """True (with a finding) when another file already described this id."""
        other = self.seen.setdefault((kind, ident), result.path)
        if other == result.path:
            return False
        line, column, source = result.where or (None, None, "")
        self.ws.findings.append(
            Finding(
                result.path,
                line,
                column,
                "error",
                "duplicate-id",
                (
                    _("the framework `{id}` is also described in {other}")
                    if kind == "framework"
                    else _("the region `{id}` is also described in {other}")
                ).format(id=ident, other=other),
                _("keep one file per framework")
                if kind == "framework"
                else _("keep one file per region"),
                kind,
                source,
            )
        )
        return True

    def merge(self, result: Checked, *, progress: bool = True) -> None:
        ws = self.ws
        ws.files.append(result.path)
        ws.findings += result.findings
        self.practices += result.practices
        if result.employer:
            self.employer_files.append(Path(result.path))
        elif result.where is not None and not result.framework and not result.broken:
            self.region_files.add(Path(result.path).stem)
        if result.broken:
            self.broken.add(result.broken)
        framework = result.framework
        if framework is not None and not self.duplicate(result, "framework", framework.id):
            # Every command works with the national values in force on its --as-of date.
            ws.frameworks[framework.id] = framework.in_force(self.as_of)
        ident = result.ident
        if ident is not None and not self.duplicate(result, "region", ident) and result.region:
            ws.regions[ident] = result.region
        if progress:
            self.done += 1
            if self.on_file is not None:
                self.on_file(self.done, self.total)
