"""One version of a framework, region or employer file, as `diff` compares two of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from samenwerking_cli.domain.model import Framework, Region


@dataclass(frozen=True, slots=True)
class Version:
    file: str  # as given, for the heading
    data: dict[str, Any]  # the document as read: its free-form sections are compared as data
    framework: Framework | None = None
    region: Region | None = None
    employer: str | None = None  # an employer's id: its file is compared as written

    @property
    def kind(self) -> Literal["framework", "region", "employer"]:
        if self.employer is not None:
            return "employer"
        return "framework" if self.framework is not None else "region"
