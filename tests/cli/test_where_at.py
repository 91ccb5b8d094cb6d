"""`where --at REF|DATE`: a municipality's region as the agreements were at a commit, read
from git like the other views' --at, with the same errors for a bad ref or a root outside git.
One end-to-end case runs the installed `samenwerking`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.edit(
        "regions/noord.yaml", "adoption: adopted\n", "adoption: adopted\nmunicipalities: [Dokkum]\n"
    )
    b.commit("noord met Dokkum")  # 2024-01-01
    b.tag("sessie-1")
    b.edit("regions/noord.yaml", "[Dokkum]", "[Dokkum, Harlingen]")
    b.commit("Harlingen erbij")  # 2024-01-02
    b.tag("sessie-2")
    b.edit("regions/noord.yaml", "[Dokkum, Harlingen]", "[Dokkum, Harlingen, Sneek]")
    return b  # the work tree lists Sneek too; no commit does


def _regions(cli: Any, repo: Builder, name: str, *extra: str) -> Any:
    result = cli("where", name, "--root", str(repo.root), *extra, "-f", "json")
    return result.exit_code, (result.json() if result.exit_code == 0 else result.stderr)


def test_where_at_reads_git_not_the_work_tree(cli: Any, repo: Builder) -> None:
    assert _regions(cli, repo, "Sneek")[0] == 0
    code, err = _regions(cli, repo, "Sneek", "--at", "HEAD")
    assert code == 2 and "Sneek" in err
    code, found = _regions(cli, repo, "Harlingen", "--at", "sessie-2")
    assert code == 0 and [r["region"] for r in found["regions"]] == ["noord"]
    assert _regions(cli, repo, "Harlingen", "--at", "sessie-1")[0] == 2


def test_where_at_a_date_takes_the_last_commit_on_or_before_it(cli: Any, repo: Builder) -> None:
    assert _regions(cli, repo, "Harlingen", "--at", "2024-01-01")[0] == 2
    assert _regions(cli, repo, "Harlingen", "--at", "2024-01-02")[0] == 0


def test_where_at_equals_where_on_a_checkout(cli: Any, repo: Builder, tmp_path: Path) -> None:
    checkout = repo.checkout_copy("sessie-2", tmp_path / "checkout")
    then = cli("where", "harlingen", "--root", str(repo.root), "--at", "sessie-2", "-f", "json")
    there = cli("where", "harlingen", "--root", str(checkout), "-f", "json")
    assert then.stdout == there.stdout and then.exit_code == there.exit_code == 0


def test_where_at_has_the_git_errors_of_the_other_views(
    cli: Any, repo: Builder, tmp_path: Path
) -> None:
    unknown = cli("where", "Dokkum", "--root", str(repo.root), "--at", "sessie-9")
    assert unknown.exit_code == 2
    assert "unknown git ref `sessie-9`" in unknown.stderr
    compare = cli("compare", "--root", str(repo.root), "--at", "sessie-9")
    assert compare.stderr == unknown.stderr
    outside = tmp_path / "los"
    (outside / "regions").mkdir(parents=True)
    result = cli("where", "Dokkum", "--root", str(outside), "--at", "HEAD")
    assert result.exit_code == 2
    assert "is not in a git repository" in result.stderr
    assert "Traceback" not in result.stderr


def test_where_at_with_an_invalid_region_at_that_commit_names_it(cli: Any, repo: Builder) -> None:
    repo.write("regions/kapot.yaml", "region: kapot\nname: [\n")
    repo.commit("kapot bestand")
    result = cli("where", "Dokkum", "--root", str(repo.root), "--at", "HEAD", "-f", "json")
    assert result.exit_code == 1
    assert result.json()["excluded_files"] == ["HEAD:regions/kapot.yaml"]
    assert "HEAD:regions/kapot.yaml:" in result.stderr


def _installed() -> str:
    beside = Path(sys.executable).parent / "samenwerking"
    found = str(beside) if beside.exists() else shutil.which("samenwerking")
    assert found, "the samenwerking command is not installed"
    return found


@pytest.mark.dutch
def test_the_installed_command_answers_where_at_end_to_end(repo: Builder) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [_installed(), "where", *args, "--root", str(repo.root)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"},
        )

    found = run("Harlingen", "--at", "sessie-2", "--format", "json")
    assert found.returncode == 0, found.stderr
    assert [r["region"] for r in json.loads(found.stdout)["regions"]] == ["noord"]
    before = run("Harlingen", "--at", "sessie-1")
    assert before.returncode == 2 and "Traceback" not in before.stderr
    assert before.stdout == "" and before.stderr.startswith("Fout: ")
