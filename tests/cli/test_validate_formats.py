"""validate --format sarif|junit, several reports in one run, and progress only on terminals."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from conftest import TESTS, invoke

from samenwerking_cli import __version__
from samenwerking_cli.cli import progress
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.render.findings import junit, sarif
from samenwerking_cli.workspace.codes import CODES
from samenwerking_cli.workspace.load import load_workspace

ECOSYSTEM = TESTS / "fixtures" / "ecosystem"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The valid fixture root with one invalid region (line 7, column 12) and one warning."""
    target = tmp_path / "agreements"
    shutil.copytree(ECOSYSTEM / "valid", target)
    shutil.copy(ECOSYSTEM / "invalid-region" / "zuid.yaml", target / "regions" / "zuid.yaml")
    (target / "regions" / "west.yaml").write_text(
        "region: west\nname: West\nframework: mini\nadoption: partial\ndeviations:\n"
        "  jobcoaching.uurtarief:\n    value: 90.00\n    rationale: Gelijk aan landelijk.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(target)
    return target


def run(*args: str) -> Any:
    return invoke("validate", "--as-of", "2025-01-01", *args)


def check_sarif(doc: dict[str, Any]) -> None:
    """The SARIF 2.1.0 structure that GitHub code scanning and other consumers require."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    assert len(doc["runs"]) == 1
    run_ = doc["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "samenwerking"
    assert driver["version"] == __version__
    assert driver["informationUri"].startswith("https://")
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["help"]["text"]
    for result in run_["results"]:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning")
        assert result["message"]["text"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert "\\" not in uri and " " not in uri
            region = physical.get("region", {})
            assert all(isinstance(region[k], int) and region[k] >= 1 for k in region)


def test_sarif_one_result_per_finding_with_rules_for_every_code(root: Path) -> None:
    result = run("--format", "sarif")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    check_sarif(doc)
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(CODES)
    by_id = {r["id"]: r for r in rules}
    assert by_id["value-invalid"]["shortDescription"]["text"] == CODES["value-invalid"]
    assert by_id["value-invalid"]["help"]["text"] == CODES["value-invalid"]
    results = doc["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("equal-to-baseline", "warning"),
        ("value-invalid", "error"),
    ]
    error = results[1]
    location = error["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "regions/zuid.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 7, "startColumn": 12}
    assert "`12` is above the highest allowed value 6" in error["message"]["text"]


def test_sarif_paths_are_relative_even_with_an_absolute_root(root: Path) -> None:
    doc = json.loads(run("--root", str(root), "--format", "sarif").stdout)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    }
    assert uris == {"regions/west.yaml", "regions/zuid.yaml"}


def test_sarif_uri_forward_slashes_and_percent_encoding() -> None:
    assert sarif.artifact_uri("regions\\zuid holland.yaml") == "regions/zuid%20holland.yaml"
    assert sarif.artifact_uri("./regions/a.yaml") == "regions/a.yaml"
    assert sarif.artifact_uri("/srv/x/regions/a.yaml", "/srv/x") == "regions/a.yaml"
    # Outside the folder of the run: still relative (code scanning refuses file:// URIs).
    assert sarif.artifact_uri("/elsewhere/a.yaml", "/srv/x") == "../../elsewhere/a.yaml"
    assert sarif.artifact_uri("/srv/x/../y/a.yaml", "/srv/x") == "../y/a.yaml"


def test_sarif_unknown_code_still_gets_a_rule() -> None:
    finding = Finding("a.yaml", None, None, "error", "brand-new", "m")
    doc = json.loads(sarif.sarif([finding], ["a.yaml"]))
    check_sarif(doc)
    # A finding about the whole file still has a region: its first line.
    physical = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert physical["region"] == {"startLine": 1}


def junit_cases(text: str) -> dict[str, ET.Element]:
    tree = ET.fromstring(text.encode("utf-8"))
    return {case.get("name", ""): case for case in tree.iter("testcase")}


def test_junit_one_testcase_per_file_and_a_failure_per_error(root: Path) -> None:
    result = run("--format", "junit")
    assert result.exit_code == 1
    cases = junit_cases(result.stdout)
    assert sorted(cases) == [
        "frameworks/mini.yaml",
        "regions/noord.yaml",
        "regions/west.yaml",
        "regions/zuid.yaml",
    ]
    failures = cases["regions/zuid.yaml"].findall("failure")
    assert [f.get("type") for f in failures] == ["value-invalid"]
    assert cases["regions/zuid.yaml"].get("file") is None  # junit-10.xsd has no such attribute
    assert "regions/zuid.yaml:7:12" in (failures[0].text or "")
    # A warning is not a failure without --strict; it is shown as output.
    west = cases["regions/west.yaml"]
    assert west.findall("failure") == []
    assert "equal-to-baseline" in (west.findtext("system-out") or "")
    suite = ET.fromstring(result.stdout.encode()).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("4", "1")


def test_junit_strict_makes_warnings_failures(root: Path) -> None:
    cases = junit_cases(run("--format", "junit", "--strict").stdout)
    assert [f.get("type") for f in cases["regions/west.yaml"].findall("failure")] == [
        "equal-to-baseline"
    ]


def test_junit_escapes_markup_and_characters_xml_forbids() -> None:
    nasty = 'key <b>&amp; "quoted" \x01\x1b[31m\ufffe end'
    finding = Finding("regions/a&b.yaml", 3, 4, "error", "syntax", nasty, hint="fix <it>")
    text = junit.junit([finding], ["regions/a&b.yaml"])
    case = junit_cases(text)["regions/a&b.yaml"]  # parses: the XML is well-formed
    failure = case.find("failure")
    assert failure is not None
    message = failure.get("message", "")
    assert '<b>&amp; "quoted"' in message
    assert "\\u0001\\u001b[31m\\ufffe" in message
    assert "\x01" not in text and "\x1b" not in text


def test_several_reports_in_one_run(root: Path) -> None:
    (root / "out").mkdir()
    result = run(
        "--format",
        "github",
        "--output-json",
        "out/report.json",
        "--output-sarif",
        "out/report.sarif",
        "--output-junit",
        "out/report.xml",
    )
    assert result.exit_code == 1
    assert "::error file=regions/zuid.yaml,line=7,col=12," in result.stdout
    report = json.loads((root / "out/report.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"files": 4, "errors": 1, "warnings": 1}
    check_sarif(json.loads((root / "out/report.sarif").read_text(encoding="utf-8")))
    assert "regions/zuid.yaml" in junit_cases((root / "out/report.xml").read_text("utf-8"))
    assert sorted(p.name for p in (root / "out").iterdir()) == [
        "report.json",
        "report.sarif",
        "report.xml",
    ]


def test_a_report_never_overwrites_an_input(root: Path) -> None:
    before = (root / "regions/noord.yaml").read_bytes()
    result = run("--output-sarif", "regions/noord.yaml")
    assert result.exit_code == 2
    assert "refusing to write regions/noord.yaml: it is one of the input documents" in (
        result.stderr
    )
    assert (root / "regions/noord.yaml").read_bytes() == before


def test_two_reports_to_one_file_is_a_usage_error(root: Path) -> None:
    result = run("--output-json", "r.out", "--output-sarif", "r.out")
    assert result.exit_code == 2
    assert "name the same file" in result.stderr
    assert not (root / "r.out").exists()


def test_missing_output_folder_fails_before_any_work(root: Path) -> None:
    result = run("--output-junit", "nowhere/report.xml")
    assert result.exit_code == 2
    assert "the folder nowhere does not exist" in result.stderr
    assert result.stdout == ""


def test_unknown_format_names_the_choices(root: Path) -> None:
    result = run("--format", "xml")
    assert result.exit_code == 2
    assert "text, json, github, sarif, junit" in result.stderr


# Progress ----------------------------------------------------------------------------------


def test_no_progress_output_when_not_a_terminal(root: Path) -> None:
    result = run("--format", "json")
    json.loads(result.stdout)  # stdout is exactly the report
    assert result.stderr == ""


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("variable", ["CI", "GITHUB_ACTIONS", "GITLAB_CI"])
def test_progress_never_in_ci(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    for name in progress._CI_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert progress.wanted(_Tty()) is True
    assert progress.wanted(io.StringIO()) is False  # piped
    monkeypatch.setenv(variable, "true")
    assert progress.wanted(_Tty()) is False


def _progress_on_stderr(monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    """A validate run as if a person watched a colour terminal: the bar shows at once."""
    monkeypatch.setattr(progress, "wanted", lambda stream=None: True)
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": "", "COLUMNS": "80"}
    result = invoke(*args, "--as-of", "2025-01-01", env=env)
    assert result.exit_code == 1, result.output
    assert "Checking" in result.stderr  # the bar was drawn
    return str(result.stderr)


@pytest.mark.parametrize(
    "args",
    [("--no-color", "validate"), ("validate", "--no-color")],
    ids=["before-command", "after-command"],
)
def test_progress_follows_no_color_option(
    root: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    colour = re.compile(r"\x1b\[(3[0-8]|9[0-7])[;m]")  # a foreground colour
    assert colour.search(_progress_on_stderr(monkeypatch, "validate"))  # the check sees colour
    assert not colour.search(_progress_on_stderr(monkeypatch, *args))


def test_disabled_progress_is_silent(capsys: pytest.CaptureFixture[str]) -> None:
    with progress.file_progress(enabled=False) as on_file:
        for i in range(1, 4):
            on_file(i, 3)
    assert capsys.readouterr() == ("", "")


def test_load_workspace_reports_each_file(root: Path) -> None:
    calls: list[tuple[int, int]] = []
    load_workspace(Path("."), (), None, on_file=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_junit_puts_every_failing_finding_of_a_file_in_one_failure() -> None:
    found = [
        Finding("regions/a.yaml", 3, 4, "error", "value-invalid", "first"),
        Finding("regions/a.yaml", 9, 2, "error", "unknown-key", "second"),
        Finding("regions/a.yaml", 12, 2, "warning", "review-overdue", "late"),
    ]
    case = junit_cases(junit.junit(found, ["regions/a.yaml"]))["regions/a.yaml"]
    failures = case.findall("failure")
    assert len(failures) == 1
    assert failures[0].get("type") == "value-invalid"
    assert failures[0].get("message") == "first (and 1 more)"
    assert "regions/a.yaml:3:4" in (failures[0].text or "")
    assert "regions/a.yaml:9:2" in (failures[0].text or "")
    assert "review-overdue" in (case.findtext("system-out") or "")


def test_strict_leaves_out_warnings_that_a_date_raises(root: Path) -> None:
    late = (
        "region: laat\nname: Laat\nframework: mini\nadoption: partial\n"
        "follow_ups:\n  - action: Bellen\n    status: open\n    due: 2024-01-01\n"
    )
    (root / "regions" / "west.yaml").unlink()
    (root / "regions" / "zuid.yaml").unlink()
    (root / "regions" / "laat.yaml").write_text(late, encoding="utf-8")
    assert run().exit_code == 0
    assert run("--strict").exit_code == 0  # a pull request cannot fix the calendar
    dated = run("--strict", "--strict-dates")
    assert dated.exit_code == 1
    assert "follow-up-overdue" in dated.stdout
    assert run("--strict-dates").exit_code == 1
    cases = junit_cases(run("--format", "junit", "--strict").stdout)
    assert cases["regions/laat.yaml"].findall("failure") == []
    cases = junit_cases(run("--format", "junit", "--strict-dates").stdout)
    assert [f.get("type") for f in cases["regions/laat.yaml"].findall("failure")] == [
        "follow-up-overdue"
    ]


def test_sarif_automation_details_follow_azure_pipelines() -> None:
    assert sarif.automation_details({}) == {"id": "samenwerking/validate/"}
    env = {
        "TF_BUILD": "True",
        "SYSTEM_COLLECTIONURI": "https://dev.azure.com/dnz/",
        "SYSTEM_TEAMPROJECT": "afspraken",
        "SYSTEM_DEFINITIONID": "7",
        "BUILD_DEFINITIONNAME": "validate",
        "SYSTEM_PHASEID": "abc",
        "SYSTEM_PHASENAME": "Job",
        "BUILD_SOURCEBRANCH": "refs/heads/main",
        "BUILD_BUILDID": "42",
    }
    details = sarif.automation_details(env)
    assert details["id"] == "azuredevops/pipeline/build/dnz/afspraken/7/abc/refs/heads/main/42"
    assert details["properties"]["azuredevops/pipeline/build/buildDefinitionName"] == "validate"


def test_sarif_rule_names_differ_from_ids() -> None:
    for code in CODES:
        name = sarif.rule_name(code)
        assert name.lower() != code.lower()
        assert re.fullmatch(r"[A-Z][A-Za-z]+", name)


def test_sarif_names_the_project_address_of_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from email.message import Message
    from importlib import metadata

    from samenwerking_cli.render.findings import sarif

    def with_urls(*urls: str) -> Any:
        def read(name: str) -> Message:
            message = Message()
            message["Name"] = name
            for url in urls:
                message["Project-URL"] = url
            return message

        return read

    # Until [project.urls] names the repository: the package's page where action.yml gets it.
    monkeypatch.setattr(metadata, "metadata", with_urls())
    driver = json.loads(sarif.sarif([], []))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://pypi.org/project/samenwerking/"
    address = "https://git.example.org/dnz/samenwerking"
    monkeypatch.setattr(metadata, "metadata", with_urls("Bug Tracker, x", f"Source, {address}"))
    driver = json.loads(sarif.sarif([], []))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == address
