"""Employers in the time dimension: `employer --at`, `compare --employer --at`, `report
--employer --at`, `diff REF [REF2]` and the follow-ups that name an employer, on a small git
repository where the employer file comes in a later commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import TESTS
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
    b.copy("bouwer.yaml", "employers/bouwer.yaml")
    b.commit("werkgever bouwer erbij")  # 2024-01-02
    b.tag("sessie-2")
    b.edit("employers/bouwer.yaml", "value: 5", "value: 6")
    b.edit("employers/bouwer.yaml", "    employees: 2\n", "    employees: 3\n")
    b.commit("bouwer: langere proefplaatsing, meer medewerkers in zuid")  # 2024-01-03
    # the work tree differs from every commit
    b.edit("employers/bouwer.yaml", "value: 6", "value: 7")
    return b


def _json(cli: Any, *args: str) -> Any:
    result = cli(*args, "--as-of", AS_OF, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return result.json()


@pytest.mark.parametrize(
    ("at", "commit"), [("sessie-2", "sessie-2"), ("HEAD", "HEAD"), ("2024-01-02", "sessie-2")]
)
def test_employer_at_equals_employer_on_a_checkout(
    cli: Any, repo: Builder, tmp_path: Path, at: str, commit: str
) -> None:
    checkout = repo.checkout_copy(commit, tmp_path / "checkout")
    then = _json(cli, "employer", "bouwer", "--root", str(repo.root), "--at", at)
    assert then == _json(cli, "employer", "bouwer", "--root", str(checkout))
    listed = _json(cli, "employer", "--root", str(repo.root), "--at", at)
    assert listed == _json(cli, "employer", "--root", str(checkout))


def test_employer_at_reads_git_not_the_work_tree(cli: Any, repo: Builder) -> None:
    def agreed(*extra: str) -> list[Any]:
        data = _json(cli, "employer", "bouwer", "--root", str(repo.root), *extra)
        text = repr(data)
        return [v for v in (5, 6, 7) if f"'value': {v}" in text]

    assert agreed() == [7]
    assert agreed("--at", "HEAD") == [6]
    assert agreed("--at", "sessie-2") == [5]


def test_employer_at_before_its_file_existed_is_unknown_then(cli: Any, repo: Builder) -> None:
    result = cli("employer", "bouwer", "--root", str(repo.root), "--at", "sessie-1")
    assert result.exit_code == 2
    assert "bouwer" in result.stderr and "unknown employer" in result.stderr
    listed = cli("employer", "--root", str(repo.root), "--at", "sessie-1", "-f", "json")
    assert listed.exit_code == 0, listed.stderr
    assert "bouwer" not in listed.stdout
    compared = cli("compare", "--employer", "bouwer", "--root", str(repo.root), "--at", "sessie-1")
    assert compared.exit_code == 2 and "unknown employer" in compared.stderr


def test_compare_and_report_employer_at_equal_a_checkout(
    cli: Any, repo: Builder, tmp_path: Path
) -> None:
    checkout = repo.checkout_copy(repo.git("rev-parse", "sessie-2"), tmp_path / "checkout")
    at = _json(cli, "compare", "--employer", "bouwer", "--root", str(repo.root), "--at", "sessie-2")
    assert at == _json(cli, "compare", "--employer", "bouwer", "--root", str(checkout))
    assert at != _json(cli, "compare", "--employer", "bouwer", "--root", str(repo.root))
    report = cli(
        "report",
        "--employer",
        "bouwer",
        "--root",
        str(repo.root),
        "--at",
        "sessie-2",
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
        "--output",
        "-",
    )
    assert report.exit_code == 0, report.stderr
    assert "Bouwer BV" in report.stdout
    assert repo.git("rev-parse", "sessie-2") in report.stdout  # the commit read


@pytest.mark.dutch
def test_diff_refs_shows_the_employer_added_and_changed(cli: Any, repo: Builder) -> None:
    result = cli("diff", "sessie-1", "sessie-2", "--root", str(repo.root), "-f", "json")
    assert result.exit_code == 1, result.stderr
    docs = {(d["kind"], d["id"]): d for d in result.json()["documents"]}
    assert list(docs) == [("employer", "bouwer")]
    assert [
        (c["change"], c["about"], c["title"]) for c in docs[("employer", "bouwer")]["changes"]
    ] == [("added", "employer", "Bouwer BV")]
    result = cli("diff", "sessie-2", "HEAD", "--root", str(repo.root), "-f", "json")
    assert result.exit_code == 1, result.stderr
    (doc,) = result.json()["documents"]
    assert (doc["kind"], doc["id"], doc["new"]) == ("employer", "bouwer", "employers/bouwer.yaml")
    assert [(c["about"], c["id"], c["field"], c["old"], c["new"]) for c in doc["changes"]] == [
        ("agreement", "noord: proef.duur", "value", 5, 6),
        ("site", "Werf Zuid", "employees", 2, 3),
    ]
    # REF alone: that ref against the work tree; the table names the change in Dutch
    table = cli("diff", "HEAD", "--root", str(repo.root))
    assert table.exit_code == 1, table.stderr
    assert "werkgeversafspraak" in table.stdout and "Maximale duur" in table.stdout
    same = cli("diff", "sessie-1", "HEAD~2", "--root", str(repo.root), "-f", "json")
    assert same.exit_code == 0 and same.json()["equal"] is True


def test_follow_up_naming_an_employer_is_checked_against_that_commits_employers(
    cli: Any, repo: Builder
) -> None:
    repo.edit("employers/bouwer.yaml", "value: 7", "value: 6")
    repo.edit(
        "regions/noord.yaml", "    status: open\n", "    status: open\n    employer: bouwer\n"
    )
    repo.commit("noord: vervolgafspraak met bouwer")
    repo.git("tag", "sessie-3")
    ok = cli("compare", "--root", str(repo.root), "--at", "sessie-3", "--as-of", AS_OF)
    assert ok.exit_code == 0, ok.stderr
    repo.remove("employers/bouwer.yaml")
    repo.write(
        "employers/ander.yaml",
        (TESTS / "fixtures" / "history" / "bouwer.yaml")
        .read_text()
        .replace("employer: bouwer", "employer: ander"),
    )
    repo.commit("bouwer weg, ander erbij")
    shown = cli("show", "noord", "--root", str(repo.root), "--at", "HEAD", "--as-of", AS_OF)
    assert shown.exit_code == 1
    assert "unknown-employer" in shown.stdout + shown.stderr
    assert "HEAD:regions/noord.yaml" in shown.stdout + shown.stderr
