"""The editor knows the framework: a real yaml-language-server (the engine of VS Code's YAML
support) with the schemas and settings that `samenwerking schema --write` puts in a repository.

- Completion inside `deviations:` offers the framework's parameter ids.
- Every finding that a schema can express is marked by the editor and by `validate`, on the
  same line; the editor marks nothing on a valid file and nothing `validate` does not report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import TESTS
from lsp_client import LanguageServer
from outside_tools import outside_tool

FIXTURES = TESTS / "fixtures" / "editor"
# What validate reports with these codes, a schema can say too. Rules about dates, the
# framework's version and equal values stay with validate.
SCHEMA_CODES = frozenset(
    {
        "unknown-key",
        "missing-key",
        "wrong-type",
        "not-allowed",
        "bad-format",
        "empty-value",
        "value-invalid",
        "unknown-parameter",
        "not-deviable",
        "unknown-topic",
        "contact-unreachable",
    }
)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("editor") / "afspraken"
    shutil.copytree(FIXTURES, root)
    command = shutil.which("samenwerking")
    assert command, "samenwerking is not installed as a command"
    # Written as a Dutch user gets it (the default language), whatever the session's language.
    env = {k: v for k, v in os.environ.items() if k != "SAMENWERKING_LANG"}
    done = subprocess.run(
        [command, "schema", "--write", "--root", str(root)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return root


def vscode_settings(root: Path) -> dict[str, Any]:
    """The written .vscode/settings.json as VS Code hands it to the server: relative schema
    paths resolved against the workspace folder."""
    written = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    yaml: dict[str, Any] = {}
    for key, value in written.items():
        name = key.removeprefix("yaml.")
        if name == "schemas":
            value = {(root / path).resolve().as_uri(): globs for path, globs in value.items()}
        yaml[name] = value
    return {"yaml": yaml}


@pytest.fixture(scope="module")
def server(repo: Path) -> Iterator[LanguageServer]:
    program = outside_tool("SAMENWERKING_YAML_LANGUAGE_SERVER")
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    lsp = LanguageServer([node, str(program), "--stdio"], repo, vscode_settings(repo))
    yield lsp
    lsp.close()


def validate_lines(repo: Path, name: str) -> dict[int, set[str]]:
    done = subprocess.run(
        [
            shutil.which("samenwerking") or "samenwerking",
            "validate",
            "--format",
            "json",
            "--as-of",
            "2025-01-01",
            f"regions/{name}",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    lines: dict[int, set[str]] = {}
    for finding in json.loads(done.stdout)["findings"]:
        lines.setdefault(finding["line"], set()).add(finding["code"])
    return lines


def editor_lines(server: LanguageServer, path: Path) -> dict[int, list[str]]:
    uri = server.open(path)
    found = server.wait_diagnostics(uri)
    lines: dict[int, list[str]] = {}
    for diagnostic in found:
        lines.setdefault(diagnostic["range"]["start"]["line"] + 1, []).append(diagnostic["message"])
    return lines


def test_editor_and_validate_mark_the_same_lines(repo: Path, server: LanguageServer) -> None:
    wanted = validate_lines(repo, "fouten.yaml")
    assert all(codes <= SCHEMA_CODES for codes in wanted.values()), wanted
    assert len(wanted) >= 11  # the fixture holds a mistake of every kind
    marked = editor_lines(server, repo / "regions" / "fouten.yaml")
    assert sorted(marked) == sorted(wanted), (marked, wanted)


def test_no_marks_on_a_valid_file(repo: Path, server: LanguageServer) -> None:
    assert validate_lines(repo, "goed.yaml") == {}
    editor_lines(server, repo / "regions" / "fouten.yaml")  # the schema is loaded by now
    assert editor_lines(server, repo / "regions" / "goed.yaml") == {}


def test_completion_inside_deviations_offers_the_parameter_ids(
    repo: Path, server: LanguageServer
) -> None:
    path = repo / "regions" / "nieuw.yaml"
    path.write_text(
        "region: nieuw\nname: Nieuw\nframework: mini\nadoption: partial\ndeviations:\n  \n",
        encoding="utf-8",
    )
    uri = server.open(path)
    server.wait_diagnostics(uri)
    answer = server.request(
        "textDocument/completion",
        {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 2}},
    )
    items = answer["items"] if isinstance(answer, dict) else answer
    labels = {item["label"] for item in items}
    assert "proefplaatsing.max_duur_maanden" in labels
    assert "jobcoaching.kwaliteit" in labels
    assert "jobcoaching.wettelijk" not in labels  # national law: not deviable
    hover = server.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 2}},
    )
    del hover  # hover on an empty line answers nothing; the ids' texts are checked below
    documented = [item for item in items if item["label"] == "proefplaatsing.max_duur_maanden"]
    text = json.dumps(documented, ensure_ascii=False)
    assert "Landelijke waarde: 2 maanden" in text
