"""Validation findings for CI systems: SARIF 2.1.0 (code scanning) and JUnit XML (test reports).

Pure functions from findings to text. `render()` is the one table of every machine format, so
the command only picks a name.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import quote
from xml.etree import ElementTree as ET

from samenwerking_cli import __version__
from samenwerking_cli.domain.codes import CODES
from samenwerking_cli.domain.findings import Finding, fails
from samenwerking_cli.domain.text import _
from samenwerking_cli.render import escape
from samenwerking_cli.render.findings import text as basic

INFORMATION_URI = "https://samenwerking.example/docs/ci"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# XML 1.0 allows only tab, newline and carriage return below U+0020, and not U+FFFE/U+FFFF or
# lone surrogates: such characters in a document would make the whole report unreadable.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _message(f: Finding) -> str:
    return escape.visible(
        f.message + (". " + _("Fix: {hint}").format(hint=f.hint) if f.hint else "")
    )


def _location(f: Finding) -> str:
    if f.line is None:
        return f.file
    return f"{f.file}:{f.line}" + (f":{f.column}" if f.column is not None else "")


# SARIF -----------------------------------------------------------------------------------------


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
            "message": {"text": _message(f)},
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
                "tool": {
                    "driver": {
                        "name": "samenwerking",
                        "fullName": f"samenwerking {__version__}",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                # Code scanning tells runs apart by this id (Azure DevOps requires it).
                "automationDetails": automation or automation_details({}),
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": _SRCROOT},
                "artifacts": [
                    {"location": _artifact(file, base)} for file in _all_files(findings, files)
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# JUnit -----------------------------------------------------------------------------------------


def xml_safe(text: str) -> str:
    """Text XML 1.0 can carry: forbidden characters shown as \\uXXXX (escaping is ElementTree's)."""
    return _XML_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", escape.visible(text))


def junit(
    findings: list[Finding], files: list[str], *, strict: bool = False, strict_dates: bool = False
) -> str:
    """One testcase per checked file; its failing findings together in one <failure>.

    Valid against Jenkins' junit-10.xsd (the strictest schema the common consumers accept):
    no `file` on a testcase, no `skipped` on <testsuites>. One <failure> per case, because
    Jenkins, GitLab and Azure DevOps show only the first one; the message counts them all.
    Findings that do not fail the run go to <system-out>.
    """
    by_file: dict[str, list[Finding]] = {file: [] for file in _all_files(findings, files)}
    for f in findings:
        by_file[f.file].append(f)

    def failing(f: Finding) -> bool:
        return fails(f, strict=strict, strict_dates=strict_dates)

    failed_files = sum(any(failing(f) for f in found) for found in by_file.values())
    totals = {"tests": str(len(by_file)), "failures": str(failed_files), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "samenwerking validate", **totals})
    suite = ET.SubElement(
        suites, "testsuite", {"name": "samenwerking validate", **totals, "skipped": "0"}
    )
    for file, found in by_file.items():
        case = ET.SubElement(
            suite, "testcase", {"classname": "samenwerking.validate", "name": xml_safe(file)}
        )
        failures = [f for f in found if failing(f)]
        notes = [_junit_line(f) for f in found if not failing(f)]
        if failures:
            first = _message(failures[0])
            more = len(failures) - 1
            message = first if not more else f"{first} (and {more} more)"
            failure = ET.SubElement(
                case,
                "failure",
                {"type": failures[0].code, "message": xml_safe(message)},
            )
            failure.text = "\n".join(_junit_line(f, source=True) for f in failures)
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _junit_line(f: Finding, *, source: bool = False) -> str:
    text = f"{_location(f)}: {basic.severity(f)} {f.code}: {_message(f)}"
    if source and f.source_line.strip():
        text += "\n  " + escape.excerpt(f.source_line.rstrip(), f.column)[0]
    return xml_safe(text)


def _all_files(findings: list[Finding], files: list[str]) -> list[str]:
    """The checked files in order, plus any file only a finding names."""
    seen = dict.fromkeys(files)
    for f in findings:
        seen.setdefault(f.file)
    return list(seen)


# The table -------------------------------------------------------------------------------------


class Policy(NamedTuple):
    """What the command decided, for the renderers that need it."""

    strict: bool = False
    strict_dates: bool = False
    base: str | None = None
    automation: dict[str, Any] | None = None


Renderer = Callable[[list[Finding], list[str], Policy], str]

FORMATS: dict[str, Renderer] = {
    "json": lambda findings, files, p: basic.as_json(findings, len(files)),
    "github": lambda findings, files, p: basic.github(findings, len(files)),
    "sarif": lambda findings, files, p: sarif(
        findings, files, base=p.base, automation=p.automation
    ),
    "junit": lambda findings, files, p: junit(
        findings, files, strict=p.strict, strict_dates=p.strict_dates
    ),
}


def render(name: str, findings: list[Finding], files: list[str], policy: Policy) -> str:
    return FORMATS[name](findings, files, policy)
