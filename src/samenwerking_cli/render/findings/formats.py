"""`name -> renderer` for the machine formats of findings: the --format choices of validate
(besides text) and its --output-… files. A new format is one module here and one line below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.render.findings import github, json, junit, sarif


class Policy(NamedTuple):
    """What the command decided, for the renderers that need it."""

    strict: bool = False
    strict_dates: bool = False
    base: str | None = None
    automation: dict[str, Any] | None = None


Renderer = Callable[[list[Finding], list[str], Policy], str]

FORMATS: dict[str, Renderer] = {
    "json": lambda findings, files, p: json.as_json(findings, len(files)),
    "github": lambda findings, files, p: github.github(findings, len(files)),
    "sarif": lambda findings, files, p: sarif.sarif(
        findings, files, base=p.base, automation=p.automation
    ),
    "junit": lambda findings, files, p: junit.junit(
        findings, files, strict=p.strict, strict_dates=p.strict_dates
    ),
}


def render(name: str, findings: list[Finding], files: list[str], policy: Policy) -> str:
    return FORMATS[name](findings, files, policy)
