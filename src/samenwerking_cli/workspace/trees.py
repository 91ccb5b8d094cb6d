"""Every document under the root at a git ref (or in the work tree), read as a diff needs it:
the two sides of `diff REF [REF2]`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samenwerking_cli.domain.findings import Finding, FindingsError
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.versions import Version
from samenwerking_cli.loading.document import Document, LoadError, load, load_bytes
from samenwerking_cli.workspace.git import Repo
from samenwerking_cli.workspace.load import READ_FOLDERS, _root_files
from samenwerking_cli.workspace.versions import version_of

WORK_TREE = "werkmap"  # how the work tree is named as the new side


@dataclass(frozen=True, slots=True)
class Tree:
    label: str  # the ref as given, or WORK_TREE
    commit: str | None  # None: the work tree
    versions: dict[str, Version]  # "kind:id" -> the document; Version.file is its path


def read_trees(root: Path, old: str, new: str | None) -> tuple[Tree, Tree, dict[str, Framework]]:
    """Both sides and the frameworks that type their regions (the new side's first).
    UserError for git problems; FindingsError with every broken file of both sides."""
    broken: list[Finding] = []
    with Repo.open(root) as repo:
        old_commit = repo.resolve(old)
        new_commit = repo.resolve(new) if new is not None else None
        before = _from_git(repo, old_commit, old, broken)
        if new is not None and new_commit is not None:
            after = _from_git(repo, new_commit, new, broken)
        else:
            after = _from_work_tree(root, broken)
    if broken:
        raise FindingsError(broken)
    frameworks = _frameworks(before) | _frameworks(after)
    return (
        Tree(old, old_commit, _versions(before, frameworks, broken)),
        Tree(new or WORK_TREE, new_commit, _versions(after, frameworks, broken)),
        frameworks,
    )


def _from_git(repo: Repo, commit: str, label: str, broken: list[Finding]) -> list[Document]:
    files = repo.files(commit, READ_FOLDERS)
    repo.read_many(list(files.values()))
    out = []
    for rel, blob in files.items():
        try:
            out.append(load_bytes(repo.blob(blob), Path(rel), f"{label}:{rel}"))
        except LoadError as exc:
            broken.append(exc.finding)
    return out


def _from_work_tree(root: Path, broken: list[Finding]) -> list[Document]:
    out = []
    for folder in READ_FOLDERS:
        for path in _root_files(root, folder):
            try:
                out.append(load(path, path.relative_to(root).as_posix()))
            except LoadError as exc:
                broken.append(exc.finding)
    return out


def _rel(doc: Document) -> str:
    return doc.path.as_posix() if not doc.path.is_absolute() else doc.display


def _frameworks(docs: list[Document]) -> dict[str, Framework]:
    out: dict[str, Framework] = {}
    for doc in docs:
        if "topics" in doc.data and "framework" in doc.data:
            try:
                version = version_of(doc)
            except FindingsError:
                continue
            if version.framework is not None:
                out[version.framework.id] = version.framework
    return out


def _versions(
    docs: list[Document], frameworks: dict[str, Framework], broken: list[Finding]
) -> dict[str, Version]:
    """Regions are read knowing the frameworks, so `92.50` is compared as an amount."""
    out: dict[str, Version] = {}
    for doc in docs:
        try:
            version = version_of(doc, frameworks, file=_rel(doc), employers=True)
        except FindingsError as exc:
            broken.extend(exc.findings)
            continue
        ident = version.employer or (
            version.framework.id if version.framework else version.region.id  # type: ignore[union-attr]
        )
        out.setdefault(f"{version.kind}:{ident}", version)
    if broken:
        raise FindingsError(broken)
    return out
