"""Every finding code a run can report, with its one-line help (SARIF, JUnit, the README), in
the order of the pipeline. Each code is declared beside the code that emits it."""

from __future__ import annotations

from samenwerking_cli import validation
from samenwerking_cli.loading import problems
from samenwerking_cli.validation import (
    ambiguity,
    dates,
    employer_framework,
    employer_rules,
    framework_rules,
    identity,
    region_rules,
    relations,
    schema,
)
from samenwerking_cli.workspace import run

CODES: dict[str, str] = {
    **problems.CODES,
    **validation.CODES,
    **ambiguity.CODES,
    **schema.CODES,
    **dates.CODES,
    **identity.CODES,
    **framework_rules.CODES,
    **region_rules.CODES,
    **run.CODES,
    **region_rules.CONTENT_CODES,
    **relations.CODES,
    **region_rules.EMPLOYER_CODES,
    **employer_rules.CODES,
    **employer_framework.CODES,
    **region_rules.DATED_CODES,
}
