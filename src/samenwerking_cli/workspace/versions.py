"""The two files `diff` compares, read and checked as far as a diff needs, and the frameworks
under a root that give their parameters titles and types."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from samenwerking_cli.domain.findings import Finding, FindingsError, UserError
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.versions import Version
from samenwerking_cli.loading.document import Document, load
from samenwerking_cli.loading.problems import LoadError

# Findings that only hold for files in their place under frameworks/ or regions/: a file from
# `git show` lives anywhere under any name.
_PLACE_ONLY = frozenset({"id-mismatch"})


def read_versions(
    old: Path, new: Path, frameworks: dict[str, Framework] | None = None
) -> tuple[Version, Version]:
    """Both versions; a broken file raises FindingsError, two kinds of file a UserError."""
    a, b = read_version(old, frameworks), read_version(new, frameworks)
    if a.kind != b.kind:
        raise UserError(
            (
                _("{old} is a framework and {new} is a region")
                if a.kind == "framework"
                else _("{old} is a region and {new} is a framework")
            ).format(old=old, new=new),
            _("compare two versions of the same framework or region file"),
        )
    return a, b


def read_version(path: Path, frameworks: dict[str, Framework] | None = None) -> Version:
    """Load with our loader and validate as far as a diff needs: the document on its own.

    A known framework settles how a deviation's value is read (`92.50` is an amount), but the
    region is not held to the rules of today's framework: an old version may well name
    parameters the framework has since dropped. Raises FindingsError for a broken file.
    """
    try:
        doc = load(path, str(path))
    except LoadError as exc:
        raise FindingsError([exc.finding]) from None
    return version_of(doc, frameworks)


def version_of(
    doc: Document,
    frameworks: dict[str, Framework] | None = None,
    file: str | None = None,
    employers: bool = False,
) -> Version:
    """As read_version(), for a document already loaded (a version from git); `file` names
    it in the diff (default: as displayed). `employers`: an employer file is read too (checked
    against its schema), as `diff REF` compares every document under the root."""
    from samenwerking_cli import validation
    from samenwerking_cli.validation import framework_model, region_model, schema

    kind = validation.kind_of(doc.data)
    findings: list[Finding]
    if kind == "framework":
        findings, _framework = validation.check_framework(doc)
    elif kind == "region":
        findings = validation.check_region_alone(doc, frameworks or {}, date.today())
    elif kind == "employer" and employers:
        findings = schema.check(doc, "employer", set())
    elif kind == "employer":
        raise UserError(
            _(
                "{file} is an employer file; diff compares versions of a framework or region file"
            ).format(file=doc.display),
            _("compare two versions of an employer file with `git diff`"),
        )
    else:
        raise FindingsError([validation.not_agreement(doc)])
    errors = [f for f in findings if f.severity == "error" and f.code not in _PLACE_ONLY]
    if errors:
        raise FindingsError(errors)
    shown = file if file is not None else doc.display
    if kind == "employer":
        return Version(shown, doc.data, employer=str(doc.data.get("employer", doc.path.stem)))
    if kind == "framework":
        return Version(shown, doc.data, framework=framework_model.build(doc))
    return Version(shown, doc.data, region=region_model.build(doc))


def frameworks_under(root: Path) -> dict[str, Framework]:
    """The valid frameworks under root/frameworks, for parameter titles and types; quietly
    skips what does not load: a diff does not depend on them."""
    from samenwerking_cli import validation

    out: dict[str, Framework] = {}
    folder = root / "frameworks"
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.y*ml")):
        try:
            doc = load(path, str(path))
        except LoadError:
            continue
        if validation.kind_of(doc.data) != "framework":
            continue
        _findings, framework = validation.check_framework(doc)
        if framework is not None:
            out.setdefault(framework.id, framework)
    return out
