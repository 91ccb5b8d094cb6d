"""The domain diff of every document between two sides (git refs, or a ref and the work tree).

Documents are paired by kind and id, so a file moved or renamed is one document that changed
place (field `file`), not one removed and one added."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.versions import Version
from samenwerking_cli.engine.diff import Change, DomainDiff, diff_versions
from samenwerking_cli.engine.employer_diff import employer_diff


@dataclass(frozen=True, slots=True)
class TreeDiff:
    old: str  # the ref as given
    new: str  # the ref as given, or the word for the work tree
    old_commit: str | None
    new_commit: str | None  # None: the work tree
    documents: tuple[DomainDiff, ...]  # only documents that differ, old side's order first

    @property
    def equal(self) -> bool:
        return not self.documents


def diff_trees(
    before: dict[str, Version], after: dict[str, Version], frameworks: dict[str, Framework]
) -> tuple[DomainDiff, ...]:
    out = []
    for key in [*before, *(k for k in after if k not in before)]:
        diff = _document(key, before.get(key), after.get(key), frameworks)
        if diff is not None:
            out.append(diff)
    return tuple(out)


def _document(
    key: str, old: Version | None, new: Version | None, frameworks: dict[str, Framework]
) -> DomainDiff | None:
    ident = key.split(":", 1)[1]
    if old is None or new is None:
        side = new or old
        assert side is not None
        name = (
            side.framework.title
            if side.framework
            else side.region.name
            if side.region
            else str(side.data.get("name", ident))
        )
        change = Change("added" if old is None else "removed", side.kind, ident, name)
        return DomainDiff(
            side.kind, ident, old.file if old else "", new.file if new else "", (change,)
        )
    if old.employer is not None and new.employer is not None:
        found = employer_diff(old, new, frameworks)
    else:
        found = diff_versions(old, new, frameworks)
    moved: tuple[Change, ...] = ()
    if old.file != new.file:
        moved = (Change("changed", new.kind, ident, ident, "file", old.file, new.file),)
    if not moved and found.equal:
        return None
    return DomainDiff(found.kind, found.id, old.file, new.file, (*moved, *found.changes))
