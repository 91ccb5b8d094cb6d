"""The Workspace: the documents under a root as loaded, valid models and every finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Employer, Framework, Region


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
