"""Validation findings as SARIF 2.1.0, for code scanning."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from samenwerking_cli import __version__
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import _
from samenwerking_cli.render import escape
from samenwerking_cli.render.findings.text import all_files
from samenwerking_cli.render.findings.text import message as full_message
from samenwerking_cli.workspace.codes import CODES

PACKAGE = "samenwerking"  # the distribution's name on PyPI
# Labels of `[project.urls]` in pyproject.toml that say where people read about the tool.
_ABOUT = ("homepage", "documentation", "repository", "source")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def artifact_uri(file: str, base: str | None = None) -> str:
    """A relative URI with forward slashes, against `base` (the %SRCROOT% of the run).

    An absolute path is made relative to `base`, with `..` segments when it lies outside: code
    scanning services (GitHub among them) refuse `file://` URIs in results. Only a path on
    another drive than `base` (Windows) has no relative form and becomes a file:// URI.
    """
    path = file.replace("\\", "/")
    if os.path.isabs(file) and base is not None:
        with contextlib.suppress(ValueError):  # another drive: no relative path exists
            path = os.path.relpath(file, base).replace("\\", "/")
    if path.startswith("/") or re.match(r"[A-Za-z]:/", path):
        return "file://" + ("" if path.startswith("/") else "/") + quote(path, safe="/:")
    while path.startswith("./"):
        path = path[2:]
    return quote(path, safe="/")


def _artifact(file: str, base: str | None) -> dict[str, str]:
    uri = artifact_uri(file, base)
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def rule_name(code: str) -> str:
    """A readable name (`ValueInvalid`), never equal to the opaque id even ignoring case, as the
    SARIF rules ask; one-word codes get a second word (`syntax` -> `SyntaxProblem`)."""
    name = "".join(part.capitalize() for part in code.split("-"))
    return name + "Problem" if name.lower() == code.lower() else name


# Azure Pipelines' predefined variables that GitHub Advanced Security for Azure DevOps needs in
# `automationDetails` to tell one pipeline's runs apart (Multitool rules GHAzDO1019/1020).
_AZURE = {
    "buildDefinitionId": "SYSTEM_DEFINITIONID",
    "buildDefinitionName": "BUILD_DEFINITIONNAME",
    "phaseId": "SYSTEM_PHASEID",
    "phaseName": "SYSTEM_PHASENAME",
}


def automation_details(environ: Mapping[str, str]) -> dict[str, Any]:
    """`run.automationDetails`: in an Azure Pipelines run (TF_BUILD set) the id and properties
    that Azure DevOps code scanning requires, taken from the pipeline's variables; elsewhere a
    plain id for this tool's runs."""
    if environ.get("TF_BUILD", "").lower() != "true":
        return {"id": "samenwerking/validate/"}
    org = environ.get("SYSTEM_COLLECTIONURI", "").rstrip("/").rsplit("/", 1)[-1]
    parts = [
        org,
        environ.get("SYSTEM_TEAMPROJECT", ""),
        environ.get("SYSTEM_DEFINITIONID", ""),
        environ.get("SYSTEM_PHASEID", ""),
        environ.get("BUILD_SOURCEBRANCH", ""),
        environ.get("BUILD_BUILDID", ""),
    ]
    return {
        "id": "azuredevops/pipeline/build/" + "/".join(parts),
        "properties": {
            f"azuredevops/pipeline/build/{key}": environ.get(var, "") for key, var in _AZURE.items()
        },
    }


# No absolute `uri` for %SRCROOT%: the report stays the same on every machine, and the consumer
# (code scanning, a viewer) knows where its checkout is.
_SRCROOT = {
    "description": {"text": _("The folder the command ran in: file paths are relative to it.")}
}


def sarif(
    findings: list[Finding],
    files: list[str],
    *,
    base: str | None = None,
    automation: dict[str, Any] | None = None,
) -> str:
    """One run; rules are every stable code (plus any unknown one met), results one per finding."""
    codes = {code: _(text) for code, text in CODES.items()}
    for f in findings:
        codes.setdefault(f.code, "")
    index = {code: i for i, code in enumerate(codes)}
    driver: dict[str, Any] = {
        "name": "samenwerking",
        "fullName": f"samenwerking {__version__}",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": information_uri(),
    }
    driver["informationUri"] = information_uri()
    rules: list[dict[str, Any]] = []
    for code, text in codes.items():
        rule: dict[str, Any] = {"id": code, "name": rule_name(code)}
        rule["shortDescription"] = {"text": text or code}
        rule["fullDescription"] = {"text": text or code}
        rule["help"] = {"text": text or code}
        rules.append(rule)
    results: list[dict[str, Any]] = []
    for f in findings:
        # A finding about the whole file (too large, unreadable) points at its first line:
        # viewers and code scanning need a region for every result.
        region = {"startLine": f.line if f.line is not None and f.line >= 1 else 1}
        if f.line is not None and f.column is not None and f.column >= 1:
            region["startColumn"] = f.column
        physical: dict[str, Any] = {"artifactLocation": _artifact(f.file, base), "region": region}
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": "error" if f.severity == "error" else "warning",
            "message": {"text": full_message(f)},
            "locations": [{"physicalLocation": physical}],
        }
        if f.key:
            result["properties"] = {"key": escape.visible(f.key)}
        results.append(result)
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {**driver, "rules": rules}},
                # Code scanning tells runs apart by this id (Azure DevOps requires it).
                "automationDetails": automation or automation_details({}),
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": _SRCROOT},
                "artifacts": [
                    {"location": _artifact(file, base)} for file in all_files(findings, files)
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def information_uri() -> str:
    """Where people read about the tool: the project's address from the installed package's
    metadata (`[project.urls]` in pyproject.toml, to be filled in when the repository is
    published), else the package's page on PyPI, where action.yml installs it from."""
    from importlib import metadata

    try:
        entries: list[str] = metadata.metadata(PACKAGE).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        entries = []
    for entry in entries:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in _ABOUT and url.strip().startswith("https://"):
            return url.strip()
    return f"https://pypi.org/project/{PACKAGE}/"
