"""Find the documents under a root, load and validate them, and build the model."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from samenwerking_cli.findings import Finding, UserError
from samenwerking_cli.loading import Document, LoadError, load
from samenwerking_cli.model import Framework, Region

SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class Workspace:
    root: Path
    frameworks: dict[str, Framework] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

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


def discover(root: Path, paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(framework files, other files) to check: the root's, or those under the given paths."""
    if not root.is_dir():
        raise UserError(f"the folder {root} does not exist", "give an existing folder with --root")
    root_frameworks = _root_files(root, "frameworks")
    if not paths:
        if not root_frameworks and not (root / "regions").is_dir():
            raise UserError(
                f"no frameworks/ or regions/ folder in {_shown(root)}",
                "run from the folder that holds them, or give it with --root",
            )
        return root_frameworks, _root_files(root, "regions")
    chosen: list[Path] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UserError(f"{path} does not exist", "check the path")
        if path.is_dir():
            if (path / "frameworks").is_dir() or (path / "regions").is_dir():
                chosen += _root_files(path, "frameworks") + _root_files(path, "regions")
            else:
                found = list(_yaml_files(path))
                if not found:  # e.g. a folder named `x.yaml`: "all valid" would mislead
                    raise UserError(
                        f"no .yaml files in the folder {path}",
                        "give the path of a .yaml file, or a folder that holds them",
                    )
                chosen += found
        else:
            chosen.append(path)
    return root_frameworks, _unique(chosen)


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
    return "the current folder" if str(path) in (".", "") else str(path)


def load_workspace(
    root: Path,
    paths: Sequence[Path] = (),
    as_of: date | None = None,
    on_file: Callable[[int, int], None] | None = None,
) -> Workspace:
    """Load and validate every document; the model holds only the valid ones.

    `on_file(done, total)` is called after each file (for a progress bar; it must not print
    to stdout).

    Frameworks come first, since every region is checked against its framework. Regions are
    streamed: each node tree is dropped once the region is built, so memory stays flat.
    """
    ws = Workspace(root=root)
    _Run(ws, as_of or date.today(), on_file).run(*discover(root, paths))
    ws.findings.sort(key=Finding.sort_key)
    return ws


class _Run:
    def __init__(
        self, ws: Workspace, as_of: date, on_file: Callable[[int, int], None] | None = None
    ) -> None:
        self.ws = ws
        self.as_of = as_of
        self.on_file = on_file
        self.broken: set[str] = set()

    def run(self, framework_files: list[Path], other_files: list[Path]) -> None:
        framework_real = {os.path.realpath(p) for p in framework_files}
        others = [p for p in other_files if os.path.realpath(p) not in framework_real]
        total = len(framework_files) + len(others)
        for done, (path, is_framework) in enumerate(
            [(p, True) for p in framework_files] + [(p, False) for p in others], start=1
        ):
            self.one(path, expect_framework=is_framework)
            if self.on_file is not None:
                self.on_file(done, total)

    def one(self, path: Path, *, expect_framework: bool) -> None:
        from samenwerking_cli import validation

        ws = self.ws
        ws.files.append(str(path))
        try:
            doc = load(path, str(path))
        except LoadError as exc:
            ws.findings.append(exc.finding)
            if expect_framework:
                self.broken.add(path.stem)
            return
        kind = validation.kind_of(doc.data)
        if kind == "framework":
            self.framework(doc)
        elif kind == "region":
            self.region(doc)
        else:
            ws.findings.append(validation.not_agreement(doc))
            if expect_framework:
                self.broken.add(path.stem)

    def framework(self, doc: Document) -> None:
        from samenwerking_cli import validation

        ws = self.ws
        findings, framework = validation.check_framework(doc)
        ws.findings += findings
        if framework is None:
            self.broken.add(str(doc.data.get("framework", doc.path.stem)))
        elif framework.id in ws.frameworks:
            ws.findings.append(
                doc.finding(
                    ("framework",),
                    "duplicate-id",
                    f"the framework `{framework.id}` is also described in "
                    f"{ws.frameworks[framework.id].file}",
                    "keep one file per framework",
                )
            )
        else:
            ws.frameworks[framework.id] = framework

    def region(self, doc: Document) -> None:
        from samenwerking_cli import validation

        ws = self.ws
        findings, region = validation.check_region(doc, ws.frameworks, self.as_of, self.broken)
        ws.findings += findings
        if region is None:
            return
        if region.id in ws.regions:
            ws.findings.append(
                doc.finding(
                    ("region",),
                    "duplicate-id",
                    f"the region `{region.id}` is also described in {ws.regions[region.id].file}",
                    "keep one file per region",
                )
            )
            return
        ws.regions[region.id] = region


def load_valid(root: Path, as_of: date | None = None) -> Workspace:
    """The workspace for commands that need valid documents: findings with errors stop here."""
    from samenwerking_cli.findings import FindingsError

    ws = load_workspace(root, (), as_of)
    errors = ws.errors
    if errors:
        raise FindingsError(errors)
    return ws


def pick_framework(ws: Workspace, framework_id: str | None) -> Framework:
    """The named framework, or the only one when none is named."""
    from samenwerking_cli.validation.values import did_you_mean

    if framework_id is None:
        if len(ws.frameworks) == 1:
            return next(iter(ws.frameworks.values()))
        if not ws.frameworks:
            raise UserError(
                f"no framework found in {_shown(ws.root / 'frameworks')}",
                "add a framework file under frameworks/, or give --root",
            )
        raise UserError(
            "there are several frameworks: " + ", ".join(sorted(ws.frameworks)),
            "choose one with --framework",
        )
    if framework_id not in ws.frameworks:
        maybe = did_you_mean(framework_id, ws.frameworks)
        raise UserError(
            f"unknown framework `{framework_id}`",
            maybe or "known frameworks: " + ", ".join(sorted(ws.frameworks)),
        )
    return ws.frameworks[framework_id]


def pick_regions(ws: Workspace, names: Sequence[str]) -> list[Region]:
    """Regions by id, CBS code or name (any case), in the order given, each once."""
    from samenwerking_cli.validation.values import did_you_mean

    lookup: dict[str, Region] = {}
    for region in ws.regions.values():
        for key in (region.id, region.code, region.name):
            if key:
                lookup.setdefault(key.casefold(), region)
    out: list[Region] = []
    for name in names:
        found = lookup.get(name.strip().casefold())
        if found is None:
            maybe = did_you_mean(name.strip().casefold(), lookup)
            raise UserError(
                f"unknown region `{name}`",
                (maybe + " " if maybe else "") + "see the region ids with `samenwerking compare`",
            )
        if found not in out:
            out.append(found)
    return out
