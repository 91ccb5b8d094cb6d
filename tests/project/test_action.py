"""action.yml: its inputs, and its shell steps run for real the way GitHub runs them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO_DIR, TESTS

REPO = REPO_DIR
ECOSYSTEM = TESTS / "fixtures" / "ecosystem"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def action() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    return doc


def step(name: str) -> dict[str, Any]:
    return next(s for s in action()["runs"]["steps"] if s.get("name") == name)


def run_step(
    name: str, inputs: dict[str, str], cwd: Path, path: str, runner: dict[str, str] | None = None
) -> Any:
    """Run a `run:` step with bash as the runner does, inputs resolved into its env.

    `runner`: variables the runner sets itself, such as GITHUB_OUTPUT."""
    given = {key: spec.get("default", "") for key, spec in action()["inputs"].items()}
    given.update(inputs)
    env = {"PATH": path, "HOME": os.environ.get("HOME", "/tmp"), **(runner or {})}
    for key, value in step(name).get("env", {}).items():
        expr = re.fullmatch(r"\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}", value)
        assert expr, f"{key} must be a single ${{{{ inputs.x }}}} or github.x expression"
        area, field = expr.groups()
        env[key] = given[field] if area == "inputs" else f"/actions/{field}"
    script = step(name)["run"]
    assert "${{" not in script, "inputs must reach the script through env, not the text"
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_inputs_and_defaults() -> None:
    doc = action()
    assert doc["runs"]["using"] == "composite"
    inputs = doc["inputs"]
    assert {k: inputs[k]["default"] for k in ("root", "strict", "version", "format")} == {
        "root": ".",
        "strict": "false",
        "version": "",
        "format": "github",
    }
    assert {k: inputs[k]["default"] for k in ("strict-dates", "sarif-file", "junit-file")} == {
        "strict-dates": "false",
        "sarif-file": "",
        "junit-file": "",
    }
    # Every action used is pinned to a full commit id: a moved tag cannot change what runs.
    for s in doc["runs"]["steps"]:
        if "uses" in s:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", s["uses"]), s["uses"]
    outputs = doc["outputs"]
    assert set(outputs) == {"errors", "warnings", "files"}
    assert all(o["value"] == f"${{{{ steps.validate.outputs.{k} }}}}" for k, o in outputs.items())
    assert all(spec.get("description") for spec in inputs.values())
    steps = doc["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert all(s.get("shell") == "bash" for s in steps if "run" in s)


@pytest.fixture
def agreements(tmp_path: Path) -> Path:
    root = tmp_path / "agreements"
    shutil.copytree(ECOSYSTEM / "valid", root)
    return root


def tool_path() -> str:
    found = shutil.which("samenwerking")
    if found is None:
        pytest.skip("samenwerking is not installed as a command")
    return str(Path(found).parent) + os.pathsep + "/usr/bin:/bin"


def test_validate_step_passes_on_valid_documents(agreements: Path) -> None:
    done = run_step("Validate", {}, agreements, tool_path())
    assert done.returncode == 0, done.stderr
    # The action runs with a clean environment: the default language, Dutch.
    assert done.stdout == "3 bestanden gecontroleerd: alles in orde.\n"


def test_validate_step_annotates_errors_under_a_root(agreements: Path) -> None:
    shutil.copy(ECOSYSTEM / "invalid-region" / "zuid.yaml", agreements / "regions" / "zuid.yaml")
    done = run_step("Validate", {"root": "."}, agreements.parent, tool_path())
    assert done.returncode == 2  # the parent holds no frameworks/: the root input is needed
    assert "geen map frameworks/ of regions/ in de huidige map" in done.stderr
    done = run_step("Validate", {"root": "agreements"}, agreements.parent, tool_path())
    assert done.returncode == 1
    assert done.stdout.startswith(
        "::error file=agreements/regions/zuid.yaml,line=7,col=12,title=samenwerking value-invalid::"
    )


def test_strict_input_turns_warnings_into_failures(agreements: Path) -> None:
    (agreements / "regions" / "west.yaml").write_text(
        "region: west\nname: West\nframework: mini\nadoption: partial\ndeviations:\n"
        "  proefplaatsing.max_duur_maanden:\n    value: 2\n    rationale: Gelijk.\n",
        encoding="utf-8",
    )
    assert run_step("Validate", {}, agreements, tool_path()).returncode == 0
    strict = run_step("Validate", {"strict": "true"}, agreements, tool_path())
    assert strict.returncode == 1
    assert "::warning file=regions/west.yaml,line=7,col=12," in strict.stdout


def test_reports_to_files_and_counts_as_outputs(agreements: Path, tmp_path: Path) -> None:
    shutil.copy(ECOSYSTEM / "invalid-region" / "zuid.yaml", agreements / "regions" / "zuid.yaml")
    github_output = tmp_path / "github-output"
    github_output.write_text("earlier=1\n", encoding="utf-8")
    done = run_step(
        "Validate",
        {"sarif-file": "out/samenwerking.sarif", "junit-file": "out/junit.xml"},
        agreements,
        tool_path(),
        {"GITHUB_OUTPUT": str(github_output)},
    )
    assert done.returncode == 2  # the folder for the reports does not exist: said, exit 2
    assert github_output.read_text(encoding="utf-8") == "earlier=1\n"
    (agreements / "out").mkdir()
    done = run_step(
        "Validate",
        {"sarif-file": "out/samenwerking.sarif", "junit-file": "out/junit.xml"},
        agreements,
        tool_path(),
        {"GITHUB_OUTPUT": str(github_output)},
    )
    assert done.returncode == 1, done.stderr
    assert "::error file=regions/zuid.yaml,line=7,col=12," in done.stdout
    lines = github_output.read_text(encoding="utf-8").splitlines()
    assert lines == ["earlier=1", "errors=1", "warnings=0", "files=3"]
    sarif = (agreements / "out" / "samenwerking.sarif").read_text(encoding="utf-8")
    assert '"ruleId": "value-invalid"' in sarif
    assert "<testsuites" in (agreements / "out" / "junit.xml").read_text(encoding="utf-8")


def test_strict_dates_input_fails_on_an_overdue_date(agreements: Path) -> None:
    (agreements / "regions" / "laat.yaml").write_text(
        "region: laat\nname: Laat\nframework: mini\nadoption: partial\n"
        "follow_ups:\n  - action: Bellen\n    status: open\n    due: 2020-01-01\n",
        encoding="utf-8",
    )
    assert run_step("Validate", {"strict": "true"}, agreements, tool_path()).returncode == 0
    dated = run_step("Validate", {"strict-dates": "true"}, agreements, tool_path())
    assert dated.returncode == 1
    assert "follow-up-overdue" in dated.stdout


def test_format_input_is_passed_on(agreements: Path) -> None:
    done = run_step("Validate", {"format": "junit"}, agreements, tool_path())
    assert done.returncode == 0
    assert done.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>')


@pytest.fixture
def fake_python(tmp_path: Path) -> str:
    """A `python` that prints its arguments, to see what the install step would install."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "python"
    fake.write_text('#!/bin/sh\necho "$@"\n', encoding="utf-8")
    fake.chmod(0o755)
    return f"{bin_dir}{os.pathsep}/usr/bin:/bin"


@pytest.mark.parametrize(
    ("version", "installed"),
    [
        ("", "/actions/action_path"),
        ("0.2.0", "samenwerking==0.2.0"),
        (">=0.2,<0.3", "samenwerking>=0.2,<0.3"),
        ("==0.1.0", "samenwerking==0.1.0"),
    ],
)
def test_install_step(fake_python: str, tmp_path: Path, version: str, installed: str) -> None:
    done = run_step("Install samenwerking", {"version": version}, tmp_path, fake_python)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["-m", "pip", "install", "--disable-pip-version-check", installed]
