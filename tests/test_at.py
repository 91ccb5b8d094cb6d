"""`--at REF|DATE` on compare, show, contacts and report: the agreements as they were in git."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder

AS_OF = "2025-01-01"


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.copy("zuid.yaml", "regions/zuid.yaml")
    b.commit("eerste versie")  # 2024-01-01
    b.tag("sessie-1")
    b.copy("oost.yaml", "regions/oost.yaml")
    b.edit("regions/noord.yaml", "value: 3", "value: 4")
    b.commit("oost erbij, noord langer")  # 2024-01-02
    b.rename("regions/zuid.yaml", "regions/zh/zuid.yaml")
    b.remove("regions/oost.yaml")
    b.commit("zuid verplaatst, oost weg")  # 2024-01-03
    # the work tree differs from every commit
    b.edit("regions/noord.yaml", "value: 4", "value: 6")
    return b


def _compare(cli: Any, root: Path, *extra: str) -> dict[str, Any]:
    result = cli("compare", "--root", str(root), "--as-of", AS_OF, "-f", "json", *extra)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = result.json()
    return data


@pytest.mark.parametrize(
    ("at", "commit"), [("sessie-1", "HEAD~2"), ("2024-01-02", "HEAD~1"), ("HEAD", "HEAD")]
)
def test_compare_at_equals_compare_on_a_checkout(
    cli: Any, repo: Builder, tmp_path: Path, at: str, commit: str
) -> None:
    checkout = repo.checkout_copy(commit, tmp_path / "checkout")
    assert _compare(cli, repo.root, "--at", at) == _compare(cli, checkout)


def test_at_reads_git_not_the_work_tree(cli: Any, repo: Builder) -> None:
    now = _compare(cli, repo.root)
    then = _compare(cli, repo.root, "--at", "HEAD")
    noord_now = next(r for r in now["regions"] if r["region"] == "noord")
    noord_then = next(r for r in then["regions"] if r["region"] == "noord")
    assert noord_now["deviations"][0]["value"] == 6
    assert noord_then["deviations"][0]["value"] == 4
    assert [r["region"] for r in _compare(cli, repo.root, "--at", "2024-01-02")["regions"]] == [
        "noord",
        "oost",
        "zuid",
    ]


def test_show_and_contacts_at(cli: Any, repo: Builder) -> None:
    result = cli(
        "show",
        "noord",
        "--root",
        str(repo.root),
        "--at",
        "sessie-1",
        "--as-of",
        AS_OF,
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    duur = next(p for p in result.json()["parameters"] if p["parameter"] == "proef.duur")
    assert duur["value"] == 3
    gone = cli("show", "oost", "--root", str(repo.root), "--at", "HEAD")
    assert gone.exit_code == 2 and "unknown region `oost`" in gone.stderr
    contacts = cli("contacts", "--root", str(repo.root), "--at", "2024-01-02", "-f", "json")
    assert contacts.exit_code == 0, contacts.stderr
    assert [r["region"] for r in contacts.json()["regions"]] == ["noord", "oost", "zuid"]


def test_report_at_names_the_commit(cli: Any, repo: Builder) -> None:
    result = cli(
        "report",
        "--root",
        str(repo.root),
        "--at",
        "sessie-1",
        "--as-of",
        AS_OF,
        "-f",
        "markdown",
        "-o",
        "-",
    )
    assert result.exit_code == 0, result.stderr
    commit = repo.git("rev-parse", "sessie-1")
    assert commit[:12] in result.stdout
    assert "sessie-1:regions/noord.yaml" in result.stdout


def test_invalid_documents_at_a_commit_name_the_ref(cli: Any, repo: Builder) -> None:
    repo.write("regions/kapot.yaml", "region: kapot\nname: [\n")
    repo.commit("kapot bestand")
    result = cli("compare", "--root", str(repo.root), "--at", "HEAD")
    assert result.exit_code == 1
    assert "HEAD:regions/kapot.yaml:" in result.stderr
    # as in the work tree, the valid regions are still compared and the broken file named
    data = cli("compare", "--root", str(repo.root), "--at", "HEAD", "-f", "json").json()
    assert [r["region"] for r in data["regions"]] == ["noord", "zuid"]
    assert data["excluded_files"] == ["HEAD:regions/kapot.yaml"]


@pytest.mark.parametrize("command", ["compare", "contacts", "report"])
def test_git_problems_exit_2_with_one_line(
    cli: Any, repo: Builder, tmp_path: Path, command: str
) -> None:
    unknown = cli(command, "--root", str(repo.root), "--at", "sessie-9", "-o", str(tmp_path / "x"))
    assert unknown.exit_code == 2
    assert "unknown git ref `sessie-9`" in unknown.stderr
    outside = tmp_path / "los"
    (outside / "regions").mkdir(parents=True)
    result = cli(command, "--root", str(outside), "--at", "HEAD", "-o", str(tmp_path / "y"))
    assert result.exit_code == 2
    assert "is not in a git repository" in result.stderr
    assert "Traceback" not in result.stderr
