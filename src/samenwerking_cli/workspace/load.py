"""Find the documents under a root, load and validate them, and build the model."""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from samenwerking_cli.domain.findings import Finding, UserError
from samenwerking_cli.domain.model import Employer, Framework, Region
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.document import Document, LoadError, display_name, load, load_bytes
from samenwerking_cli.validation import relations
from samenwerking_cli.validation.relations import STALE_AFTER_MONTHS, PracticeUse, practice_uses

SUFFIXES = (".yaml", ".yml")
# The folders of documents under a root that discover() reads, frameworks first: versions from
# git (--at, history, diff REF) are read from the same folders. A new kind of document is added
# here and in discover() together.
READ_FOLDERS = ("frameworks", "regions", "employers")


@dataclass(slots=True)
class Workspace:
    root: Path
    frameworks: dict[str, Framework] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    employers: dict[str, Employer] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # Invalid region files left out by `load_partial`; the commands name them in their output.
    excluded: list[str] = field(default_factory=list)
    commit: str | None = None  # the commit the documents were read from (--at), else None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def _yaml_files(folder: Path) -> Iterator[Path]:
    # os.walk does not follow links to folders, so a link loop cannot trap us.
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield Path(current) / name


def _root_files(root: Path, sub: str) -> list[Path]:
    folder = root / sub
    return list(_yaml_files(folder)) if folder.is_dir() else []


def discover(
    root: Path, paths: Sequence[Path], missing: list[Path] | None = None
) -> tuple[list[Path], list[Path]]:
    """(framework files, other files) to check: the root's, or those under the given paths.

    A given path that does not exist is added to `missing` (so the others are still checked),
    or stops the run when no list is given.
    """
    _check_folder(root, "--root")
    for sub in ("frameworks", "regions"):
        if (root / sub).exists() or (root / sub).is_symlink():
            _check_folder(root / sub, sub)
    root_frameworks = _root_files(root, "frameworks")
    if not paths:
        if not root_frameworks and not (root / "regions").is_dir():
            raise UserError(
                _("no frameworks/ or regions/ folder in {folder}").format(folder=_shown(root)),
                _("run from the folder that holds them, or give it with --root"),
            )
        return root_frameworks, [f for sub in READ_FOLDERS[1:] for f in _root_files(root, sub)]
    chosen: list[Path] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            if missing is None:
                raise UserError(_("{path} does not exist").format(path=path), _("check the path"))
            missing.append(path)
            continue
        if path.is_dir():
            if (path / "frameworks").is_dir() or (path / "regions").is_dir():
                chosen += _root_files(path, "frameworks") + _root_files(path, "regions")
                chosen += _root_files(path, "employers")
            else:
                found = list(_yaml_files(path))
                if not found:  # e.g. a folder named `x.yaml`: "all valid" would mislead
                    raise UserError(
                        _("no .yaml files in the folder {folder}").format(folder=path),
                        _("give the path of a .yaml file, or a folder that holds them"),
                    )
                chosen += found
        else:
            chosen.append(path)
    return root_frameworks, _unique(chosen)


def _check_folder(folder: Path, role: str) -> None:
    """A clear answer when --root, or frameworks/ or regions/ in it, is not a usable folder."""
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        if folder.is_symlink():
            raise UserError(
                f"{role}: {folder} is a link to something that does not exist",
                "give an existing folder" + (" with --root" if role == "--root" else ""),
            ) from None
        raise UserError(
            _("the folder {folder} does not exist").format(folder=folder),
            _("give an existing folder with --root"),
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UserError(
                f"{role}: {folder} is a symbolic link that leads back to itself (a loop)",
                "point the link at a real folder, or give the folder itself",
            ) from None
        raise UserError(f"{role}: {folder} cannot be read: {exc.strerror}") from None
    if not stat.S_ISDIR(mode):
        where = "--root" if role == "--root" else f"{role}/"
        raise UserError(
            f"{folder} is a file, not a folder",
            f"{where} must be a folder that holds the .yaml documents; rename or remove the file",
        )


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[str] = set()
    out = []
    for path in paths:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _shown(path: Path) -> str:
    return _("the current folder") if str(path) in (".", "") else str(path)


def load_workspace(
    root: Path,
    paths: Sequence[Path] = (),
    as_of: date | None = None,
    on_file: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    models: bool = True,
    stale_after: int | None = None,
) -> Workspace:
    """Load and validate every document; the model holds only the valid ones.

    `on_file(done, total)` is called as files are done (for a progress bar; it must not print
    to stdout). `jobs`: worker processes for the regions (default: one per core for large
    runs, none for small ones). `models=False`: only the findings matter, so worker
    processes need not send the regions back (`validate`); `regions` may then be empty.
    `stale_after`: months after which a contact's `verified` date is stale (default 12).

    Frameworks come first, since every region is checked against its framework. Regions are
    streamed: each node tree is dropped once the region is built, so memory stays flat.
    """
    ws = Workspace(root=root)
    missing: list[Path] = []
    found = discover(root, paths, missing)
    for path in missing:
        ws.files.append(display_name(path))
        ws.findings.append(
            Finding(
                display_name(path),
                None,
                None,
                "error",
                "unreadable",
                _("the file does not exist"),
                _("check the path and the file name"),
            )
        )
    # A follow-up's `employer` must name an employer file once employers are kept (a folder
    # employers/ at the root, or employer files among the paths); before that it is only an id.
    given = {p.stem for p in found[1] if p.parent.name == "employers"}
    kept = (root / "employers").is_dir() or bool(given)
    employers = {p.stem for p in _root_files(root, "employers")} | given if kept else None
    run = _Run(ws, as_of or date.today(), on_file, models, stale_after, employers)
    run.run(*found, jobs=jobs)
    ws.findings += run.across(root)
    ws.findings.sort(key=Finding.sort_key)
    ws.findings = collapse(ws.findings)
    return ws


# More repeats than this of one finding in one file (the same message, as for thousands of list
# items outside the allowed choices) are shown once, with a count.
COLLAPSE_AFTER = 3


def collapse(findings: list[Finding]) -> list[Finding]:
    """Findings with many repeats in one file become one finding (the first) with a count."""
    groups: dict[tuple[str, str, str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.file, f.code, f.message, f.hint), []).append(f)
    if all(len(g) <= COLLAPSE_AFTER for g in groups.values()):
        return findings
    out = []
    for f in findings:
        group = groups[(f.file, f.code, f.message, f.hint)]
        if len(group) <= COLLAPSE_AFTER:
            out.append(f)
        elif group[0] is f:
            more = len(group) - 1
            where = f", up to line {group[-1].line}" if group[-1].line is not None else ""
            message = f"{f.message} (and {more} more times in this file{where})"
            out.append(dataclasses.replace(f, message=message))
    return out


# Below this many files a worker pool costs more than it saves.
PARALLEL_MIN_FILES = 200
_CHUNK = 25


@dataclass(slots=True)
class _Checked:
    """One file's outcome: plain data, so it can come back from a worker process."""

    path: str
    findings: list[Finding]
    framework: Framework | None = None
    region: Region | None = None
    broken: str | None = None  # id of a framework that could not be built
    where: tuple[int, int, str] | None = None  # the id key's line, column and source line
    ident: str | None = None  # id of the region built, also when the model is not sent back
    practices: list[PracticeUse] = field(default_factory=list)  # for the checks across files
    employer: bool = False  # an employer document: checked after all regions are read


def _check_file(
    path: Path,
    frameworks: dict[str, Framework],
    broken: set[str],
    as_of: date,
    expect_framework: bool,
    stale_after: int = STALE_AFTER_MONTHS,
    employers: frozenset[str] | None = None,
    data: tuple[bytes, str] | None = None,
) -> _Checked:
    """One file checked; `data` (content, display name) for a version read from git."""
    from samenwerking_cli import validation

    shown = display_name(path) if data is None else data[1]
    try:
        doc = load(path, shown) if data is None else load_bytes(data[0], path, shown)
    except LoadError as exc:
        return _Checked(shown, [exc.finding], broken=path.stem if expect_framework else None)
    kind = validation.kind_of(doc.data)
    if kind == "framework":
        findings, framework = validation.check_framework(doc)
        fid = str(doc.data.get("framework", doc.path.stem))
        return _Checked(
            shown,
            findings,
            framework=framework,
            broken=fid if framework is None else None,
            where=_where(doc, "framework"),
        )
    if kind == "region":
        findings, region = validation.check_region(
            doc, frameworks, as_of, broken, stale_after, employers
        )
        return _Checked(
            shown,
            findings,
            region=region,
            where=_where(doc, "region"),
            ident=region.id if region is not None else None,
            practices=practice_uses(doc),
        )
    if kind == "employer" and not expect_framework:
        return _Checked(shown, [], employer=True)
    return _Checked(
        shown, [validation.not_agreement(doc)], broken=path.stem if expect_framework else None
    )


Checker = Callable[[Path, dict[str, Framework], set[str], date, bool], _Checked]


def _where(doc: Document, key: str) -> tuple[int, int, str]:
    line, column = doc.locate((key,))
    return line, column, doc.source_line(line)


# Set in the parent before the pool forks, so workers inherit the frameworks instead of
# receiving a pickled copy with every chunk.
_SHARED: tuple[dict[str, Framework], set[str], date, bool, int, frozenset[str] | None] | None = None


def _check_chunk(paths: list[str]) -> list[_Checked]:
    assert _SHARED is not None
    frameworks, broken, as_of, models, stale_after, employers = _SHARED
    results = [
        _check_file(Path(p), frameworks, broken, as_of, False, stale_after, employers)
        for p in paths
    ]
    if not models:  # sending regions back costs more than checking them when nobody uses them
        for result in results:
            result.region = None
    return results


class _Run:
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
        from samenwerking_cli.validation.employer_rules import Context

        if not self.employer_files:
            return
        # Checked on their own (pre-commit passes only the changed files), employers still
        # need every region of the root to place their sites; those regions' findings are
        # not reported here.
        regions = dict(self.ws.regions)
        done = {os.path.realpath(f) for f in self.ws.files}
        for path in _root_files(self.ws.root, "regions") if read is None else []:
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
            checked = _Checked(doc.display, [], where=_where(doc, "employer"))
            if employer is not None and not self.duplicate(checked, "employer", employer.id):
                self.ws.employers[employer.id] = employer

    def parallel(self, paths: list[Path], jobs: int | None) -> list[_Checked] | None:
        """All results from worker processes, or None where the run must stay sequential."""
        import multiprocessing

        workers = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
        if workers < 2 or len(paths) < (PARALLEL_MIN_FILES if jobs is None else 1):
            return None
        if not sys.platform.startswith("linux"):
            return None  # fork is only safe here; spawn would re-import and re-read everything
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
        results: list[_Checked] = []
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

    def check(self, path: Path, expect_framework: bool) -> _Checked:
        ws = self.ws
        return _check_file(
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
        regions |= {p.stem for p in _root_files(root, "regions")} if root.is_dir() else set()
        return relations.across(self.practices, regions)

    def duplicate(self, result: _Checked, kind: str, ident: str) -> bool:
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

    def merge(self, result: _Checked, *, progress: bool = True) -> None:
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


def load_valid(root: Path, as_of: date | None = None, stale_after: int | None = None) -> Workspace:
    """The workspace for commands that need valid documents: findings with errors stop here."""
    from samenwerking_cli.domain.findings import FindingsError

    ws = load_workspace(root, (), as_of, stale_after=stale_after)
    errors = ws.errors
    if errors:
        raise FindingsError(errors, len(ws.files))
    return ws


def load_partial(
    root: Path, as_of: date | None = None, stale_after: int | None = None
) -> Workspace:
    """Like `load_valid`, but invalid region files are left out (listed in `excluded`) so the
    valid regions can still be compared. An invalid framework, a file that cannot be read, or
    no valid region at all still stops the run: without the framework no region can be judged."""

    ws = load_workspace(root, (), as_of, stale_after=stale_after)
    return leave_out_invalid(ws, {str(p) for p in _root_files(root, "frameworks")})


def leave_out_invalid(ws: Workspace, frameworks: set[str]) -> Workspace:
    """`ws` without its invalid region files (see load_partial); `frameworks` are the
    framework files as the findings name them."""
    from samenwerking_cli.domain.findings import FindingsError

    errors = ws.errors
    if not errors:
        return ws
    if any(f.is_io or f.file in frameworks for f in errors):
        raise FindingsError(errors, len(ws.files))
    ws.excluded = sorted({f.file for f in errors})
    bad = set(ws.excluded)
    ws.regions = {k: r for k, r in ws.regions.items() if r.file not in bad}
    if not ws.regions:  # nothing valid is left to show: the findings are the answer
        raise FindingsError(errors, len(ws.files))
    return ws


def pick_framework(ws: Workspace, framework_id: str | None) -> Framework:
    """The named framework, or the only one when none is named."""
    from samenwerking_cli.domain.names import NoFramework, SeveralFrameworks, UnknownName, closest

    if framework_id is None:
        if len(ws.frameworks) == 1:
            return next(iter(ws.frameworks.values()))
        if not ws.frameworks:
            raise NoFramework(_shown(ws.root / "frameworks"))
        raise SeveralFrameworks(tuple(sorted(ws.frameworks)), of_regions=False)
    if framework_id not in ws.frameworks:
        known = tuple(sorted(ws.frameworks))
        raise UnknownName("framework", framework_id, known, closest(framework_id, ws.frameworks))
    return ws.frameworks[framework_id]


def pick_regions(ws: Workspace, names: Sequence[str]) -> list[Region]:
    """Regions by id, CBS code, name or municipality (any case), in the order given, each once.

    A municipality or centrumgemeente names the region that lists it (`Almere`, `sudwest
    fryslan`); accents, spaces and hyphens do not count.
    """
    from samenwerking_cli.domain.names import SharedMunicipality, UnknownName, closest
    from samenwerking_cli.domain.places import Gazetteer

    lookup: dict[str, Region] = {}
    for region in ws.regions.values():
        for key in (region.id, region.code, region.name):
            if key:
                lookup.setdefault(_folded(key), region)
    gazetteer: Gazetteer | None = None
    out: list[Region] = []
    for name in names:
        found = lookup.get(_folded(name))
        if found is None:
            _left_out(ws, name)
            gazetteer = gazetteer or Gazetteer(ws.regions.values())
            places = gazetteer.find(name)
            if len(places) > 1:
                raise SharedMunicipality(places[0].name, tuple(p.region.id for p in places))
            found = places[0].region if places else None
        if found is None:
            assert gazetteer is not None
            close = closest(_folded(name), lookup) or gazetteer.closest(name)
            raise UnknownName("region", name, tuple(sorted(ws.regions)), close)
        if found not in out:
            out.append(found)
    return out


def _left_out(ws: Workspace, name: str) -> None:
    """A region asked for by the name of an invalid file that was left out: its findings say
    why it is missing, better than "unknown region"."""
    from samenwerking_cli.domain.findings import FindingsError

    wanted = name.strip().casefold()
    for file in ws.excluded:
        if Path(file).stem.casefold() == wanted:
            found = [f for f in ws.errors if f.file == file]
            raise FindingsError(found, len(ws.files))


def _folded(name: str) -> str:
    """A name compared as people read it: any case, an accent composed (é) or written as a
    letter and a combining mark (e + ´) alike, as macOS file names and some keyboards give it."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name.strip()).casefold())
