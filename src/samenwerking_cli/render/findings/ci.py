"""Validation findings for CI systems: SARIF 2.1.0 (code scanning) and JUnit XML (test reports).

Pure functions from findings to text. `render()` is the one table of every machine format, so
the command only picks a name.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

from samenwerking_cli import __version__
from samenwerking_cli.domain.codes import CODES
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.render.findings import text as basic

INFORMATION_URI = "https://samenwerking.example/docs/ci"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# XML 1.0 allows only tab, newline and carriage return below U+0020, and not U+FFFE/U+FFFF or
# lone surrogates: such characters in a document would make the whole report unreadable.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _message(f: Finding) -> str:
    return f.message + (f". Fix: {f.hint}" if f.hint else "")


def _location(f: Finding) -> str:
    if f.line is None:
        return f.file
    return f"{f.file}:{f.line}" + (f":{f.column}" if f.column is not None else "")


# SARIF -----------------------------------------------------------------------------------------


def artifact_uri(file: str, base: str | None = None) -> str:
    """A relative URI with forward slashes; an absolute path under `base` is made relative to it,
    any other absolute path becomes a file:// URI."""
    path = file.replace("\\", "/")
    if os.path.isabs(file) and base is not None:
        rel = os.path.relpath(file, base)
        if not rel.startswith(".."):
            path = rel.replace("\\", "/")
    if path.startswith("/") or re.match(r"[A-Za-z]:/", path):
        return "file://" + ("" if path.startswith("/") else "/") + quote(path, safe="/:")
    while path.startswith("./"):
        path = path[2:]
    return quote(path, safe="/")


def _artifact(file: str, base: str | None) -> dict[str, str]:
    uri = artifact_uri(file, base)
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def sarif(findings: list[Finding], files: list[str], *, base: str | None = None) -> str:
    """One run; rules are every stable code (plus any unknown one met), results one per finding."""
    codes = dict(CODES)
    for f in findings:
        codes.setdefault(f.code, "")
    index = {code: i for i, code in enumerate(codes)}
    rules = [
        {
            "id": code,
            "name": "".join(part.capitalize() for part in code.split("-")),
            "shortDescription": {"text": text or code},
            "fullDescription": {"text": text or code},
            "help": {"text": text or code},
        }
        for code, text in codes.items()
    ]
    results: list[dict[str, Any]] = []
    for f in findings:
        physical: dict[str, Any] = {"artifactLocation": _artifact(f.file, base)}
        if f.line is not None and f.line >= 1:
            region = {"startLine": f.line}
            if f.column is not None and f.column >= 1:
                region["startColumn"] = f.column
            physical["region"] = region
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": "error" if f.severity == "error" else "warning",
            "message": {"text": _message(f)},
            "locations": [{"physicalLocation": physical}],
        }
        if f.key:
            result["properties"] = {"key": f.key}
        results.append(result)
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "samenwerking",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The checkout."}}},
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
    return _XML_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def junit(findings: list[Finding], files: list[str], *, strict: bool = False) -> str:
    """One testcase per checked file, a <failure> per error (and per warning under --strict)."""
    by_file: dict[str, list[Finding]] = {file: [] for file in _all_files(findings, files)}
    for f in findings:
        by_file[f.file].append(f)
    failed_files = sum(
        any(f.severity == "error" or strict for f in found) for found in by_file.values()
    )
    attrs = {
        "name": "samenwerking validate",
        "tests": str(len(by_file)),
        "failures": str(failed_files),
        "errors": "0",
        "skipped": "0",
    }
    suites = ET.Element("testsuites", attrs)
    suite = ET.SubElement(suites, "testsuite", attrs)
    for file, found in by_file.items():
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "samenwerking.validate", "name": xml_safe(file), "file": xml_safe(file)},
        )
        notes = []
        for f in found:
            text = xml_safe(f"{_location(f)}: {f.severity} {f.code}: {_message(f)}")
            if f.severity == "error" or strict:
                failure = ET.SubElement(
                    case, "failure", {"type": f.code, "message": xml_safe(_message(f))}
                )
                failure.text = text + (
                    "\n" + xml_safe(f.source_line.rstrip()) if f.source_line.strip() else ""
                )
            else:
                notes.append(text)
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _all_files(findings: list[Finding], files: list[str]) -> list[str]:
    """The checked files in order, plus any file only a finding names."""
    seen = dict.fromkeys(files)
    for f in findings:
        seen.setdefault(f.file)
    return list(seen)


# The table -------------------------------------------------------------------------------------

Renderer = Callable[[list[Finding], list[str], bool, str | None], str]

FORMATS: dict[str, Renderer] = {
    "json": lambda findings, files, strict, base: basic.as_json(findings, len(files)),
    "github": lambda findings, files, strict, base: basic.github(findings, len(files)),
    "sarif": lambda findings, files, strict, base: sarif(findings, files, base=base),
    "junit": lambda findings, files, strict, base: junit(findings, files, strict=strict),
}


def render(
    name: str, findings: list[Finding], files: list[str], *, strict: bool, base: str | None
) -> str:
    return FORMATS[name](findings, files, strict, base)
