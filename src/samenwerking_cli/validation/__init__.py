"""Validate documents: YAML readings, schema, then semantic rules; build the model when clean."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Employer, Framework, Region
from samenwerking_cli.domain.names import new_document
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation import (
    ambiguity,
    employer_context,
    employer_model,
    employer_rules,
    framework_model,
    framework_rules,
    region_model,
    region_rules,
    relations,
    schema,
)

CODES: dict[str, str] = {
    "not-agreement": N_("The document is not a framework, region or employer file."),
}


def kind_of(data: dict[str, Any]) -> str | None:
    if "framework" in data and "topics" in data:
        return "framework"
    if "region" in data:
        return "region"
    if "employer" in data:
        return "employer"
    return None


def not_agreement(doc: Document) -> Finding:
    return doc.finding(
        (),
        "not-agreement",
        _(
            "this is not an agreement document: it has neither "
            "`framework:` with `topics:` nor `region:` nor `employer:`"
        ),
        _(
            "start a framework with `framework:` and `topics:`, a region with `region:`, an "
            "employer with `employer:`"
        ),
    )


def check_framework(doc: Document) -> tuple[list[Finding], Framework | None]:
    new_document()
    findings, refused = ambiguity.settle(doc, framework_rules.expected(doc.data))
    findings += schema.check(doc, "framework", refused)
    findings += framework_rules.check(doc, frozenset(refused))
    if any(f.severity == "error" for f in findings):
        return findings, None
    return findings, framework_model.build(doc)


def check_region(
    doc: Document,
    frameworks: dict[str, Framework],
    as_of: date,
    broken: set[str],
    stale_after: int = relations.STALE_AFTER_MONTHS,
    employers: frozenset[str] | None = None,
) -> tuple[list[Finding], Region | None]:
    new_document()
    findings, refused = ambiguity.settle(doc, region_rules.expected(doc.data, frameworks))
    findings += schema.check(doc, "region", refused)
    findings += region_rules.check(
        doc, frameworks, as_of, broken, frozenset(refused), stale_after, employers
    )
    if any(f.severity == "error" for f in findings):
        return findings, None
    return findings, region_model.build(doc)


def check_employer(
    doc: Document, ctx: employer_context.Context
) -> tuple[list[Finding], Employer | None]:
    new_document()
    findings, refused = ambiguity.settle(doc, employer_rules.expected(doc.data, ctx))
    findings += schema.check(doc, "employer", refused)
    findings += employer_rules.check(doc, ctx, frozenset(refused))
    if any(f.severity == "error" for f in findings):
        return findings, None
    return findings, employer_model.build(doc, ctx)


def check_region_alone(
    doc: Document, frameworks: dict[str, Framework], as_of: date
) -> list[Finding]:
    """A region on its own, as `diff` reads one version of it: a known framework settles how a
    deviation's value is read, but the region is not held to that framework's rules (an old
    version may name parameters the framework has since dropped)."""
    fid = str(doc.data.get("framework"))
    findings, refused = ambiguity.settle(doc, region_rules.expected(doc.data, frameworks))
    findings += schema.check(doc, "region", refused)
    findings += region_rules.check(doc, {}, as_of, {fid})
    return findings
