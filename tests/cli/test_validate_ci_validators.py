"""SARIF and JUnit reports checked by their own validators, as the consumers would.

- JUnit against Jenkins' junit-10.xsd (the strictest schema GitLab, Jenkins and Azure read).
- SARIF against the official SARIF 2.1.0 JSON schema, and by Microsoft's SARIF Multitool with
  its default rules and with the Azure DevOps rules (which need an Azure Pipelines run).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from conftest import TESTS, invoke
from outside_tools import outside_tool

ECOSYSTEM = TESTS / "fixtures" / "ecosystem"
AZURE = {
    "TF_BUILD": "True",
    "SYSTEM_COLLECTIONURI": "https://dev.azure.com/dnz/",
    "SYSTEM_TEAMPROJECT": "afspraken",
    "SYSTEM_DEFINITIONID": "7",
    "BUILD_DEFINITIONNAME": "validate",
    "SYSTEM_PHASEID": "5f4c8a70-3b1e-4d0c-9f1a-2b6e7c9d0e11",  # a GUID, as Azure gives it
    "SYSTEM_PHASENAME": "Job",
    "BUILD_SOURCEBRANCH": "refs/heads/main",
    "BUILD_BUILDID": "42",
}


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every kind of result: a located error, a warning, a whole-file finding (binary data),
    a clean file, and a file outside the folder the command runs in."""
    root = tmp_path / "checkout"
    shutil.copytree(ECOSYSTEM / "valid", root)
    shutil.copy(ECOSYSTEM / "invalid-region" / "zuid.yaml", root / "regions" / "zuid.yaml")
    (root / "regions" / "west.yaml").write_text(
        "region: west\nname: West\nframework: mini\nadoption: partial\ndeviations:\n"
        "  jobcoaching.uurtarief:\n    value: 90.00\n    rationale: Gelijk <aan> & landelijk.\n",
        encoding="utf-8",
    )
    (root / "regions" / "kapot.yaml").write_bytes(b"\xff\xfe\x00binary\x01")
    outside = tmp_path / "elders"
    outside.mkdir()
    (outside / "oost.yaml").write_text("region: oost\nname: [\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def report(fmt: str, *args: str, env: dict[str, str] | None = None) -> str:
    outside = str(Path.cwd().parent / "elders" / "oost.yaml")
    done = invoke(
        "validate",
        "--as-of",
        "2025-01-01",
        "--format",
        fmt,
        *args,
        ".",
        outside,
        env=env,
    )
    assert done.exit_code in (1, 2), done.output
    return done.stdout


def test_junit_is_valid_against_jenkins_junit_10_xsd(checkout: Path) -> None:
    schema = xmlschema.XMLSchema(str(outside_tool("SAMENWERKING_JUNIT_XSD")))
    for args in ((), ("--strict",), ("--strict-dates",)):
        text = report("junit", *args)
        schema.validate(text)
        cases = schema.to_dict(text)["testsuite"][0]["testcase"]
        assert len(cases) == 6  # one test case per file, outside file and binary file included


def sarif_doc(env: dict[str, str] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(report("sarif", env=env))
    return doc


def test_sarif_is_valid_against_the_official_schema(checkout: Path) -> None:
    schema = json.loads(outside_tool("SAMENWERKING_SARIF_SCHEMA").read_text(encoding="utf-8"))
    doc = sarif_doc()
    jsonschema.validate(doc, schema)
    results = doc["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"value-invalid", "encoding", "syntax"}
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["region"]["startLine"] >= 1
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith("file:")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "../elders/oost.yaml" in uris


def multitool(sarif: Path, rule_kinds: str, out: Path) -> list[dict[str, Any]]:
    """What the Multitool reports (its own results) about our file."""
    done = subprocess.run(
        [
            str(outside_tool("SAMENWERKING_SARIF_MULTITOOL")),
            "validate",
            str(sarif),
            "--rule-kind",
            rule_kinds,
            "--output",
            str(out),
            "--log",
            "ForceOverwrite",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"DOTNET_CLI_TELEMETRY_OPTOUT": "1", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8-sig"))["runs"][0][
        "results"
    ]
    return [r for r in found if r.get("level", "warning") in ("error", "warning")]


def test_sarif_is_clean_under_the_multitools_default_rules(checkout: Path, tmp_path: Path) -> None:
    target = tmp_path / "samenwerking.sarif"
    target.write_text(report("sarif"), encoding="utf-8")
    assert multitool(target, "Sarif", tmp_path / "check.sarif") == []


def test_sarif_is_clean_under_the_azure_devops_rules_in_a_pipeline(
    checkout: Path, tmp_path: Path
) -> None:
    target = tmp_path / "samenwerking.sarif"
    target.write_text(report("sarif", env=AZURE), encoding="utf-8")
    problems = multitool(target, "Sarif;Ado", tmp_path / "check.sarif")
    assert problems == [], [p["message"] for p in problems]
