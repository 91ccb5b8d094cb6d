"""Load and validate every document under a root into a Workspace, and pick from it."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.text import ngettext
from samenwerking_cli.loading.document import display_name
from samenwerking_cli.loading.read import missing_file
from samenwerking_cli.workspace.discover import discover, root_files, shown
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.run import Run


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
        ws.findings.append(missing_file(display_name(path)))
    # A follow-up's `employer` must name an employer file once employers are kept (a folder
    # employers/ at the root, or employer files among the paths); before that it is only an id.
    given = {p.stem for p in found[1] if p.parent.name == "employers"}
    kept = (root / "employers").is_dir() or bool(given)
    employers = {p.stem for p in root_files(root, "employers")} | given if kept else None
    run = Run(ws, as_of or date.today(), on_file, models, stale_after, employers)
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
            last = group[-1].line
            if last is None:
                note = ngettext(
                    "(and {n} more time in this file)", "(and {n} more times in this file)", more
                ).format(n=more)
            else:
                note = ngettext(
                    "(and {n} more time in this file, up to line {line})",
                    "(and {n} more times in this file, up to line {line})",
                    more,
                ).format(n=more, line=last)
            message = f"{f.message} {note}"
            out.append(dataclasses.replace(f, message=message))
    return out


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
    return leave_out_invalid(ws, {str(p) for p in root_files(root, "frameworks")})


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
            raise NoFramework(shown(ws.root / "frameworks"))
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
            left_out(ws, {name.strip()})
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


def left_out(ws: Workspace, stems: set[str], folder: str | None = None) -> None:
    """Documents asked for by the name of invalid files that were left out (in `folder` only,
    when given): their findings say why they are missing, better than "unknown region"."""
    from samenwerking_cli.domain.findings import FindingsError

    wanted = {s.casefold() for s in stems}
    files = [
        f
        for f in ws.excluded
        if Path(f).stem.casefold() in wanted and (folder is None or Path(f).parent.name == folder)
    ]
    if files:
        raise FindingsError([f for f in ws.errors if f.file in files], len(ws.files))


def _folded(name: str) -> str:
    """A name compared as people read it: any case, an accent composed (é) or written as a
    letter and a combining mark (e + ´) alike, as macOS file names and some keyboards give it."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name.strip()).casefold())
