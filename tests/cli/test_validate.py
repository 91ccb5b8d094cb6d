"""`samenwerking validate` driven as users drive it: exit codes, the three outputs, colours."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, FIXTURES, REPO_DIR, VALID_ROOT

from samenwerking_cli import __version__

REPO = REPO_DIR
INVALID = FIXTURES / "invalid"
REGION = "region: {id}\nname: X\nframework: mini\nadoption: adopted\n"


def validate(cli: Any, *args: str, env: dict[str, str] | None = None) -> Any:
    return cli("validate", "--root", str(VALID_ROOT), "--as-of", AS_OF, *args, env=env)


def no_traceback(result: Any) -> None:
    assert "Traceback" not in result.stdout + result.stderr


# Exit codes ----------------------------------------------------------------------------------


def test_clean_root_exits_0(cli: Any) -> None:
    result = validate(cli)
    assert result.exit_code == 0
    assert result.stdout.strip() == "3 files checked: all valid."


def test_errors_exit_1(cli: Any) -> None:
    result = validate(cli, str(INVALID / "unknown-key__typo.yaml"))
    assert result.exit_code == 1
    assert "error" in result.stdout


def test_warnings_exit_0_but_1_with_strict(cli: Any) -> None:
    path = str(INVALID / "equal-to-baseline__same-values.yaml")
    assert validate(cli, path).exit_code == 0
    assert validate(cli, "--strict", path).exit_code == 1


def test_date_warnings_fail_only_with_strict_dates(cli: Any) -> None:
    path = str(INVALID / "review-overdue__past.yaml")
    assert validate(cli, path).exit_code == 0
    assert validate(cli, "--strict", path).exit_code == 0  # a change cannot fix the calendar
    assert validate(cli, "--strict-dates", path).exit_code == 1
    assert validate(cli, "--strict", "--strict-dates", path).exit_code == 1


def test_as_of_decides_what_is_overdue(cli: Any) -> None:
    path = str(INVALID / "review-overdue__past.yaml")
    early = cli(
        "validate", "--root", str(VALID_ROOT), "--as-of", "2024-06-01", "--strict-dates", path
    )
    assert early.exit_code == 0, early.stdout


def test_missing_path_exits_2_with_a_finding(cli: Any, tmp_path: Path) -> None:
    result = validate(cli, str(tmp_path / "nergens.yaml"))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == (
        f"{tmp_path / 'nergens.yaml'}: error unreadable the file does not exist"
    )
    no_traceback(result)


def test_missing_root_exits_2(cli: Any, tmp_path: Path) -> None:
    result = cli("validate", "--root", str(tmp_path / "weg"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    no_traceback(result)


def test_root_without_frameworks_or_regions_exits_2(cli: Any, tmp_path: Path) -> None:
    result = cli("validate", "--root", str(tmp_path))
    assert result.exit_code == 2
    assert "no frameworks/ or regions/ folder" in result.stderr


def test_bad_format_exits_2(cli: Any) -> None:
    result = validate(cli, "--format", "xml")
    assert result.exit_code == 2
    assert "--format" in result.stderr and "text, json, github" in result.stderr
    no_traceback(result)


def test_bad_as_of_exits_2(cli: Any) -> None:
    result = cli("validate", "--root", str(VALID_ROOT), "--as-of", "2025-13-01")
    assert result.exit_code == 2
    assert "--as-of" in result.stderr and "YYYY-MM-DD" in result.stderr
    no_traceback(result)


def test_dangling_link_is_unreadable_and_exits_2(cli: Any, tmp_path: Path) -> None:
    link = tmp_path / "weg.yaml"
    link.symlink_to(tmp_path / "bestaat-niet.yaml")
    result = validate(cli, "--format", "json", str(link))
    assert result.exit_code == 2
    [finding] = result.json()["findings"]
    assert finding["code"] == "unreadable"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_not_a_file_and_exits_2(cli: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    result = validate(cli, "--format", "json", str(fifo))
    assert result.exit_code == 2
    assert [f["code"] for f in result.json()["findings"]] == ["not-a-file"]


def test_too_large_file(cli: Any, tmp_path: Path) -> None:
    big = tmp_path / "groot.yaml"
    big.write_text(REGION.format(id="groot") + "# " + "x" * (2 * 1024 * 1024) + "\n")
    result = validate(cli, "--format", "json", str(big))
    assert result.exit_code == 1
    [finding] = result.json()["findings"]
    assert finding["code"] == "too-large" and "2 MB" in finding["message"]


def test_all_problems_of_all_files_in_one_run(cli: Any) -> None:
    paths = [INVALID / "unknown-key__typo.yaml", INVALID / "value-invalid__out-of-bounds.yaml"]
    result = validate(cli, "--format", "json", *map(str, paths))
    findings = result.json()["findings"]
    assert {Path(f["file"]).name for f in findings} == {p.name for p in paths}
    assert len(findings) == 4 + 3


def test_a_folder_as_path(cli: Any) -> None:
    result = validate(cli, "--format", "json", str(INVALID / "duplicate-id__region"))
    assert [f["code"] for f in result.json()["findings"]] == ["duplicate-id"]
    assert result.json()["summary"]["files"] == 3  # the root's framework and the two regions


# JSON ----------------------------------------------------------------------------------------


def test_json_shape(cli: Any) -> None:
    path = INVALID / "ambiguous-value__no-in-boolean.yaml"
    result = validate(cli, "--format", "json", str(path))
    doc = json.loads(result.stdout)
    assert doc["valid"] is False
    assert doc["summary"] == {"files": 2, "errors": 1, "warnings": 0}
    [finding] = doc["findings"]
    assert set(finding) >= {"file", "line", "column", "severity", "code", "message"}
    assert finding["file"] == str(path)
    assert (finding["line"], finding["column"]) == (8, 12)
    assert (finding["severity"], finding["code"]) == ("error", "ambiguous-value")
    assert finding["message"].startswith("`no` is read as false")
    assert finding["hint"].startswith("write false")


def test_json_when_clean(cli: Any) -> None:
    doc = validate(cli, "--format", "json").json()
    assert doc == {
        "valid": True,
        "summary": {"files": 3, "errors": 0, "warnings": 0},
        "findings": [],
    }


# GitHub workflow commands --------------------------------------------------------------------


def test_github_annotation(cli: Any) -> None:
    path = INVALID / "review-overdue__past.yaml"
    result = validate(cli, "--format", "github", str(path))
    first = result.stdout.splitlines()[0]
    assert first.startswith(
        f"::warning file={path},line=11,col=16,title=samenwerking review-overdue::"
    )
    assert first.endswith(
        "the review of proef.duur (Maximale duur proefplaatsing) was due on 2024-12-31. Fix: review the deviation, then set a new `review_by` date"
    )


def test_github_escapes_properties_and_message(cli: Any, tmp_path: Path) -> None:
    odd = tmp_path / "a,b:c%d.yaml"
    odd.write_text(
        REGION.format(id="x")
        + 'follow_ups:\n  - action: "100% klaar,\\nook: morgen \\e[31mnu"\n    due: 2024-01-01\n'
        "    status: open\n",
        encoding="utf-8",
    )
    result = validate(cli, "--format", "github", str(odd))
    lines = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(lines) == 2  # id-mismatch and follow-up-overdue, each on one line
    escaped_file = str(tmp_path).replace(":", "%3A").replace(",", "%2C") + "/a%2Cb%3Ac%25d.yaml"
    for line in lines:
        props, message = line[2:].split("::", 1)
        assert props.split(" ", 1)[1].startswith(f"file={escaped_file},line=")
        assert "\n" not in message and "\r" not in message
    overdue = next(line for line in lines if "follow-up-overdue" in line)
    assert "100%25 klaar,%0Aook: morgen \\u001b[31mnu" in overdue
    assert "\x1b" not in result.stdout


# Text ----------------------------------------------------------------------------------------


def test_text_shows_location_source_line_caret_and_fix(cli: Any) -> None:
    path = INVALID / "unknown-parameter__typo.yaml"
    lines = validate(cli, str(path)).stdout.splitlines()
    at = lines.index(
        f"{path}:8:3: error unknown-parameter the parameter `proef.duuur` is not in the "
        "framework `mini`"
    )
    assert lines[at + 1] == "  8 |   proef.duuur:"
    assert lines[at + 2] == "        ^"
    assert lines[at + 3] == "  fix: did you mean `proef.duur`?"
    assert lines[-1] == "2 files checked: 2 errors, 0 warnings (1 file with errors)."


def test_text_quotes_values_as_written(cli: Any) -> None:
    out = validate(
        cli,
        str(INVALID / "ambiguous-value__no-in-boolean.yaml"),
        str(INVALID / "ambiguous-value__leading-zero-integer.yaml"),
        str(INVALID / "value-invalid__nee-in-boolean.yaml"),
    ).stdout
    assert "`no` is read as false" in out and "False" not in out
    assert "`010` is read as the number 8 by YAML 1.1" in out
    assert "write 10 without the leading zero" in out
    assert "`nee` is not true or false" in out


def test_text_never_runs_markup_or_escapes_from_documents(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        REGION.format(id="x")
        + 'follow_ups:\n  - action: "[bold red]Bel[/] \\e[31mnu\\nop één regel"\n    due: 2024-01-01\n'
        "    status: open\n",
        encoding="utf-8",
    )
    out = validate(cli, str(path), env={"FORCE_COLOR": "1"}).stdout
    assert "[bold red]Bel[/]" in out
    assert "the follow-up “[bold red]Bel[/] \\u001b[31mnu op één regel” was due" in out
    assert "\\u001b[31mnu" in out and "\x1b[31mnu" not in out


@pytest.mark.parametrize(
    ("args", "env"),
    [((), {"NO_COLOR": "1"}), (("--no-color",), {})],
    ids=["NO_COLOR", "--no-color"],
)
def test_no_color_means_no_escapes(cli: Any, args: tuple[str, ...], env: dict[str, str]) -> None:
    path = str(INVALID / "unknown-key__typo.yaml")
    common = ("validate", "--root", str(VALID_ROOT), path)
    coloured = cli(*common, env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in coloured  # the check below can fail
    plain = cli(*args, *common, env={"FORCE_COLOR": "1", **env}).stdout
    assert "\x1b[" not in plain
    assert "unknown key `nmae`" in plain


# Version, help, python -m --------------------------------------------------------------------


def test_version(cli: Any) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"samenwerking {__version__}"


def test_help(cli: Any) -> None:
    top = cli("--help")
    assert top.exit_code == 0 and "validate" in top.stdout
    sub = cli("validate", "--help")
    assert sub.exit_code == 0
    for option in ("--root", "--format", "--strict", "--as-of"):
        assert option in sub.stdout


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samenwerking_cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"samenwerking {__version__}"


@pytest.mark.skipif(shutil.which("samenwerking") is None, reason="samenwerking is not on PATH")
def test_installed_command_validates_the_shipped_data() -> None:
    result = subprocess.run(
        ["samenwerking", "validate", "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    doc = json.loads(result.stdout)
    shipped = [*REPO.glob("frameworks/*.yaml"), *REPO.glob("regions/*.yaml")]
    shipped += REPO.glob("employers/*.yaml")
    assert len(shipped) == 36 + 3  # the framework, 35 regions and 3 example employers
    assert doc["summary"]["files"] == len(shipped) and doc["summary"]["errors"] == 0


# The README ----------------------------------------------------------------------------------


def test_readme_set_up_commands_match_ci() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == "python -m pip install -e '.[test]' && python -m pytest"
    # ... inside a virtual environment made new on every run, as a new user's would be.
    venv = [i for i, line in enumerate(ci) if line.startswith("python3 -m venv ")]
    activate = [i for i, line in enumerate(ci) if line.startswith(". ") and "/bin/activate" in line]
    assert venv and activate and venv[0] < activate[0] < len(ci) - 1
    assert "mktemp -d" in "\n".join(ci[: venv[0]])
    assert f"\n   {ci[-1]}\n" in readme
    assert "\n   python -m pip install . && samenwerking validate\n" in readme


def test_readme_lists_every_finding_code() -> None:
    from samenwerking_cli.workspace.codes import CODES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code, text in CODES.items():
        assert f"| `{code}` |" in readme and text in readme, code
