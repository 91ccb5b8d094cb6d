"""`samenwerking history` over small git repositories built in a temporary folder."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder

from samenwerking_cli.render.views.history import sparkline

AS_OF = "2025-01-01"


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo", start="2024-01-30")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.copy("zuid.yaml", "regions/zuid.yaml")
    b.commit("eerste versie")  # 2024-01-30
    b.tag("sessie-1")
    b.copy("oost.yaml", "regions/oost.yaml")
    b.commit("oost erbij")  # 2024-01-31
    b.write("README.md", "Afspraken\n")
    b.commit("leesmij, geen afspraken")  # 2024-02-01: not a point
    b.rename("regions/zuid.yaml", "regions/zh/zuid.yaml")
    b.edit("regions/zh/zuid.yaml", "adoption: in_dialogue", "adoption: adopted")
    b.commit("zuid verplaatst en overgenomen")  # 2024-02-02
    b.remove("regions/oost.yaml")
    b.commit("oost weg")  # 2024-02-03
    b.tag("sessie-2", annotated=True)
    return b


def _history(cli: Any, root: Path, *extra: str) -> dict[str, Any]:
    result = cli("history", "--root", str(root), "--as-of", AS_OF, "-f", "json", *extra)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = result.json()
    return data


def test_each_point_equals_compare_on_a_checkout(cli: Any, repo: Builder, tmp_path: Path) -> None:
    from datetime import date

    from samenwerking_cli.engine.scoring import overview
    from samenwerking_cli.workspace.load import load_valid, pick_framework

    points = _history(cli, repo.root)["points"]
    log = repo.git("log", "--reverse", "--format=%H", "--", "frameworks", "regions").split()
    assert [p["ref"] for p in points] == log and len(log) == 4
    for point in points:
        checkout = repo.checkout_copy(point["ref"], tmp_path / "checkout")
        result = cli("compare", "--root", str(checkout), "--as-of", AS_OF, "-f", "json")
        compared = result.json()
        assert point["national"]["index"] == compared["national_index"]
        assert point["national"]["balance"] == compared["national_balance"]
        assert point["regions"] == {
            r["region"]: {"index": r["index"], "adoption": r["adoption"], "balance": r["balance"]}
            for r in compared["regions"]
        }
        # the employer balance is the engine's, on the same checkout
        ov = overview(
            pick_framework(ws := load_valid(checkout), None),
            list(ws.regions.values()),
            date.fromisoformat(AS_OF),
        )
        assert point["national"]["balance"] == ov.national_balance.value
        assert {r: f["balance"] for r, f in point["regions"].items()} == {
            s.region.id: s.balance_value for s in ov.regions
        }
        assert point["topics"] == {
            t["topic"]: {"index": t["index"], "balance": t["balance"]} for t in compared["topics"]
        }


def test_points_follow_additions_renames_and_removals(cli: Any, repo: Builder) -> None:
    points = _history(cli, repo.root)["points"]
    assert [sorted(p["regions"]) for p in points] == [
        ["noord", "zuid"],
        ["noord", "oost", "zuid"],
        ["noord", "oost", "zuid"],
        ["noord", "zuid"],
    ]
    assert [p["regions"]["zuid"]["adoption"] for p in points] == [
        "in_dialogue",
        "in_dialogue",
        "adopted",
        "adopted",
    ]
    assert [p["tags"] for p in points] == [["sessie-1"], [], [], ["sessie-2"]]
    assert [p["date"][:10] for p in points] == [
        "2024-01-30",
        "2024-01-31",
        "2024-02-02",
        "2024-02-03",
    ]


def test_every_tag_and_month(cli: Any, repo: Builder) -> None:
    tags = _history(cli, repo.root, "--every", "tag")["points"]
    assert [p["tags"] for p in tags] == [["sessie-1"], ["sessie-2"]]
    months = _history(cli, repo.root, "--every", "month")["points"]
    assert [p["date"][:10] for p in months] == ["2024-01-31", "2024-02-03"]


def test_from_and_to_as_refs_and_dates(cli: Any, repo: Builder) -> None:
    def dates(*extra: str) -> list[str]:
        return [p["date"][:10] for p in _history(cli, repo.root, *extra)["points"]]

    assert dates("--from", "sessie-1", "--to", "HEAD~2") == ["2024-01-30", "2024-01-31"]
    assert dates("--from", "2024-02-01") == ["2024-02-02", "2024-02-03"]
    assert dates("--to", "2024-01-31") == ["2024-01-30", "2024-01-31"]
    # a start that touched no document is still the starting point
    assert dates("--from", "HEAD~2") == ["2024-02-01", "2024-02-02", "2024-02-03"]


@pytest.mark.dutch
def test_table_and_csv(cli: Any, repo: Builder) -> None:
    table = cli("history", "--root", str(repo.root), "--as-of", AS_OF)
    assert table.exit_code == 0, table.stderr
    assert "Geschiedenis: 4 momenten (per commit)" in table.stdout
    assert "niet meer aanwezig" in table.stdout  # oost
    assert "sessie-2" in table.stdout
    result = cli("history", "--root", str(repo.root), "--as-of", AS_OF, "-f", "csv")
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout[1:]), delimiter=";"))
    national = [r for r in rows if r["scope"] == "landelijk"]
    assert len(national) == 4
    assert {r["scope"] for r in rows} == {"landelijk", "onderwerp", "regio"}
    assert rows[0]["tags"] == "sessie-1"


@pytest.mark.dutch
def test_a_commit_with_an_invalid_file_is_a_point_without_figures(cli: Any, repo: Builder) -> None:
    repo.write("regions/kapot.yaml", "region: kapot\nname: [\n")
    repo.commit("kapot")
    points = _history(cli, repo.root)["points"]
    assert points[-1]["valid"] is False and points[-1]["problem"] == "invalid"
    assert points[-1]["national"] == {"index": None, "balance": None}
    table = cli("history", "--root", str(repo.root), "--as-of", AS_OF)
    assert "1 ongeldig bestand" in table.stdout


def test_git_problems(cli: Any, repo: Builder, tmp_path: Path) -> None:
    unknown = cli("history", "--root", str(repo.root), "--from", "sessie-9")
    assert unknown.exit_code == 2 and "unknown git ref `sessie-9`" in unknown.stderr
    bad = cli("history", "--root", str(repo.root), "--every", "week")
    assert bad.exit_code == 2 and "--every" in bad.stderr
    outside = tmp_path / "los"
    (outside / "regions").mkdir(parents=True)
    result = cli("history", "--root", str(outside))
    assert result.exit_code == 2 and "not in a git repository" in result.stderr
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo.root}", str(clone)], check=True
    )
    shallow = cli("history", "--root", str(clone))
    assert shallow.exit_code == 2
    assert "shallow" in shallow.stderr and "git fetch --unshallow" in shallow.stderr
    # a start within the history that is there is fine
    assert len(_history(cli, clone, "--from", "HEAD~1")["points"]) == 2


def test_sparkline() -> None:
    assert sparkline([1.0, 2.0, 3.0]) == "▁▅█"
    assert sparkline([5.0, None, 5.0]) == "▄ ▄"
    assert sparkline([None, None]) == "  "


def test_a_root_in_a_subfolder_of_the_repository(cli: Any, tmp_path: Path) -> None:
    b = Builder(tmp_path / "repo")
    b.copy("klein.yaml", "afspraken/frameworks/klein.yaml")
    b.copy("noord.yaml", "afspraken/regions/noord.yaml")
    b.write("elders/regions/x.yaml", "niet: van ons\n")  # another root in the same repository
    b.commit("een")
    b.edit("afspraken/regions/noord.yaml", "adoption: adopted", "adoption: partial")
    b.commit("twee")
    b.write("elders/regions/x.yaml", "niet: van ons, ook niet nu\n")
    b.commit("drie: buiten de root")
    points = _history(cli, b.root / "afspraken")["points"]
    assert [p["regions"]["noord"]["adoption"] for p in points] == ["adopted", "partial"]
    assert all(p["valid"] for p in points)
