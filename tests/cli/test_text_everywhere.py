"""Issue 11: text from documents and file names reaches every output visibly and inertly.

Control characters (C0, C1, ESC sequences) and invisible or direction-changing characters are
shown as `\\u200f` in the terminal, in hints, in the Markdown and HTML reports, in CSV and in the
CI formats; a file name cannot forge a finding line; `new-region` writes values with a YAML
emitter.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import TESTS
from typer.testing import CliRunner

import samenwerking_cli.cli.main  # noqa: F401  (registers every command on the app)
from samenwerking_cli.cli.app import app
from samenwerking_cli.loading.document import parse
from samenwerking_cli.render.scaffold import quoted

TINY = TESTS / "fixtures" / "compare" / "repo"
AS_OF = "2025-01-01"
# One of each kind that must never reach an output as itself.
HIDDEN = ["\x1b", "\x9b", "\x07", "\u200b", "\u200f", "\u061c", "\u202e", "\u2066", "\u2028"]
SHOWN = ["\\u001b", "\\u009b", "\\u0007", "\\u200b", "\\u200f", "\\u061c", "\\u202e", "\\u2066"]
TRICK = "Be\u200bta\u202e\u2066 \x1b[31mrood\x9b2J\x07 \u200f\u061c"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    work = tmp_path / "root"
    shutil.copytree(TINY, work)
    beta = work / "regions" / "beta.yaml"
    text = beta.read_text(encoding="utf-8")
    text = text.replace("name: Beta", "name: " + json.dumps(TRICK))
    text = text.replace(
        "rationale: Regionaal tarief.", "rationale: " + json.dumps(TRICK + "\u2028")
    )
    beta.write_text(text, encoding="utf-8")
    monkeypatch.chdir(work)
    monkeypatch.setenv("COLUMNS", "200")
    return work


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _clean(text: str, *, shown: bool = True) -> None:
    for ch in HIDDEN:
        assert ch not in text, f"{ch!r} reached the output"
    if shown:
        assert any(code in text for code in SHOWN), "the characters were dropped, not shown"


@pytest.mark.parametrize(
    "args",
    [
        ["compare"],
        ["compare", "--format", "markdown"],
        ["compare", "--format", "csv"],
        ["show", "beta"],
        ["show", "beta", "--format", "markdown"],
        ["show", "beta", "--format", "csv"],
        ["report", "--format", "markdown", "-o", "-"],
        ["report", "--format", "html", "-o", "-"],
    ],
)
def test_document_text_is_shown_not_run(root: Path, args: list[str]) -> None:
    result = invoke(*args, "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    _clean(result.stdout, shown=args[:3] != ["show", "beta", "--format"] or args[3] != "csv")


def test_contacts(root: Path) -> None:
    beta = root / "regions" / "beta.yaml"
    beta.write_text(
        beta.read_text(encoding="utf-8").replace(
            "organisation: Gemeente Beta", "organisation: " + json.dumps(TRICK)
        ),
        encoding="utf-8",
    )
    for fmt in ("table", "csv", "markdown"):  # JSON is data: its own escapes, read by tools
        result = invoke("contacts", "--format", fmt)
        assert result.exit_code == 0, result.output
        _clean(result.stdout)


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_reports_written_to_a_file(root: Path, fmt: str) -> None:
    result = invoke("report", "--format", fmt, "-o", f"out.{fmt}", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    _clean((root / f"out.{fmt}").read_text(encoding="utf-8"))


@pytest.fixture
def bad(root: Path) -> Path:
    """A region whose findings quote text with hidden characters: a key, a value, a choice."""
    (root / "regions" / "delta.yaml").write_text(
        "region: delta\nname: Delta\nframework: tiny\nadoption: "
        + json.dumps(TRICK)
        + "\n"
        + json.dumps("x\u202eyek")
        + ": 1\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_findings_show_hidden_characters_in_every_format(bad: Path, fmt: str) -> None:
    result = invoke("validate", "--as-of", AS_OF, "--format", fmt, "regions/delta.yaml")
    assert result.exit_code == 1, result.output
    text = result.stdout
    if fmt == "json" or fmt == "sarif":
        text = json.dumps(json.loads(text), ensure_ascii=False)  # what a reader of it shows
    _clean(text)


def test_did_you_mean_hints_are_shown_not_run(root: Path) -> None:
    result = invoke("show", "Beta\u200bta\u202e", "--as-of", AS_OF)
    assert result.exit_code == 2
    _clean(result.stderr)
    assert len(result.stderr.strip().splitlines()) == 2  # Error and Hint, one line each


def test_a_file_name_with_a_line_break_cannot_forge_a_finding(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forged = "x\nalpha.yaml:1:1: error syntax forged.yaml"
    (root / "regions" / forged).write_text("region: [\n", encoding="utf-8")
    monkeypatch.chdir(root / "regions")
    for fmt in ("text", "github"):
        result = invoke("validate", "--root", "..", "--as-of", AS_OF, "--format", fmt, forged)
        assert result.exit_code == 1
        lines = result.stdout.splitlines()
        assert not [ln for ln in lines if ln.startswith("alpha.yaml")], result.stdout
        assert any("\\u000a" in ln or "%0A" in ln for ln in lines), result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "yes",
        "010",
        "1e3",
        "2024.10",
        'a: b\n- c: "d"',
        "line\u2028break\x85next\u2029",
        "# not a comment",
        "*alias &anchor !tag %directive @ `",
        "\\ \" '",
        "\x1b[31m\x00",
    ],
)
def test_the_scaffold_quotes_with_a_yaml_emitter(tmp_path: Path, text: str) -> None:
    line = f"name: {quoted(text)}\n"
    assert line.count("\n") == 1  # one line, whatever the text holds
    assert yaml.safe_load(line) == {"name": text}  # YAML 1.1 reads it back exactly
    doc = parse("region: x\n" + line, tmp_path / "x.yaml", "x.yaml")
    assert doc.data["name"] == text and not doc.ambiguities  # and so does this tool


def test_new_region_from_a_framework_with_hostile_text(root: Path) -> None:
    framework = root / "frameworks" / "tiny.yaml"
    text = framework.read_text(encoding="utf-8")
    text = text.replace("title: Klein raamwerk", 'title: "Klein\\nregion: hacked\\u2028x: y"')
    text = text.replace('version: "1.0"', 'version: "1.0\\"\\nadoption: adopted\\u0085z"')
    text = text.replace(
        "baseline: Accountmanager WSP", 'baseline: "WSP\\n    rationale: hacked\\u2029#"'
    )
    framework.write_text(text, encoding="utf-8")
    result = invoke("new-region", "nieuw", "--name", 'Nieuw "x": y')
    assert result.exit_code == 0, result.output
    written = (root / "regions" / "nieuw.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert data["region"] == "nieuw" and data["name"] == 'Nieuw "x": y'
    assert data["framework_version"] == '1.0"\nadoption: adopted\x85z'
    assert data["adoption"] == "not_started"  # no framework text became a key
    assert set(data) == {"region", "name", "framework", "framework_version", "adoption"}
    uncommented = "\n".join(
        line[2:] if line.startswith("# ") or line == "#" else line
        for line in written.splitlines()
        if line.startswith("#   ") or line.startswith("# deviations:")
    )
    assert "hacked" not in "\n".join(
        ln for ln in uncommented.splitlines() if ln.strip().startswith("rationale")
    )


def test_installed_command_keeps_escape_sequences_out_of_a_terminal(root: Path) -> None:
    exe = Path(sys.executable).parent / "samenwerking"
    if not exe.exists():
        pytest.skip("the `samenwerking` command is not installed")
    done = subprocess.run(
        [str(exe), "compare", "--as-of", AS_OF],
        cwd=root,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1", "LANG": "C.UTF-8"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    _clean(done.stdout.decode("utf-8"))
