"""One file checked: loaded, validated and built, as plain data a worker process can send back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.loading.document import Document, display_name, load, load_bytes
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.validation.relations import STALE_AFTER_MONTHS, PracticeUse, practice_uses


@dataclass(slots=True)
class Checked:
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


def check_file(
    path: Path,
    frameworks: dict[str, Framework],
    broken: set[str],
    as_of: date,
    expect_framework: bool,
    stale_after: int = STALE_AFTER_MONTHS,
    employers: frozenset[str] | None = None,
    data: tuple[bytes, str] | None = None,
) -> Checked:
    """One file checked; `data` (content, display name) for a version read from git."""
    from samenwerking_cli import validation

    shown = display_name(path) if data is None else data[1]
    try:
        doc = load(path, shown) if data is None else load_bytes(data[0], path, shown)
    except LoadError as exc:
        return Checked(shown, [exc.finding], broken=path.stem if expect_framework else None)
    kind = validation.kind_of(doc.data)
    if kind == "framework":
        findings, framework = validation.check_framework(doc)
        fid = str(doc.data.get("framework", doc.path.stem))
        return Checked(
            shown,
            findings,
            framework=framework,
            broken=fid if framework is None else None,
            where=where(doc, "framework"),
        )
    if kind == "region":
        findings, region = validation.check_region(
            doc, frameworks, as_of, broken, stale_after, employers
        )
        return Checked(
            shown,
            findings,
            region=region,
            where=where(doc, "region"),
            ident=region.id if region is not None else None,
            practices=practice_uses(doc),
        )
    if kind == "employer" and not expect_framework:
        return Checked(shown, [], employer=True)
    return Checked(
        shown, [validation.not_agreement(doc)], broken=path.stem if expect_framework else None
    )


Checker = Callable[[Path, dict[str, Framework], set[str], date, bool], Checked]


def where(doc: Document, key: str) -> tuple[int, int, str]:
    line, column = doc.locate((key,))
    return line, column, doc.source_line(line)
