"""`samenwerking diff REF [REF2]`: the domain diff of every document between two git refs, or a
ref and the work tree; told apart from `diff OLD.yaml NEW.yaml`."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.copy("zuid.yaml", "regions/zuid.yaml")
    b.copy("oost.yaml", "regions/oost.yaml")
    b.commit("eerste versie")
    b.tag("v1")
    b.edit("regions/noord.yaml", "value: 3", "value: 4")
    b.edit("frameworks/klein.yaml", "baseline: 90.00", "baseline: 92.50")
    b.rename("regions/zuid.yaml", "regions/zh/zuid.yaml")
    b.remove("regions/oost.yaml")
    b.write("regions/west.yaml", "region: west\nname: West\nframework: klein\nadoption: partial\n")
    b.commit("tweede versie")
    b.tag("v2")
    return b


def _json(cli: Any, root: Path, *refs: str) -> tuple[int, dict[str, Any]]:
    result = cli("diff", *refs, "--root", str(root), "-f", "json")
    return result.exit_code, result.json()


def test_diff_two_refs(cli: Any, repo: Builder) -> None:
    code, data = _json(cli, repo.root, "v1", "v2")
    assert code == 1 and data["equal"] is False
    assert (data["old"], data["new"]) == ("v1", "v2")
    assert data["new_commit"] == repo.git("rev-parse", "v2")
    docs = {(d["kind"], d["id"]): d for d in data["documents"]}
    assert sorted(docs) == [
        ("framework", "klein"),
        ("region", "noord"),
        ("region", "oost"),
        ("region", "west"),
        ("region", "zuid"),
    ]
    tarief = docs[("framework", "klein")]["changes"]
    assert [(c["id"], c["field"], c["old"], c["new"]) for c in tarief] == [
        ("proef.tarief", "baseline", 90.0, 92.5)
    ]
    assert [(c["field"], c["old"], c["new"]) for c in docs[("region", "noord")]["changes"]] == [
        ("value", 3, 4)
    ]
    # a renamed file is the same document in another place, not one removed and one added
    zuid = docs[("region", "zuid")]
    assert (zuid["old"], zuid["new"]) == ("regions/zuid.yaml", "regions/zh/zuid.yaml")
    assert [(c["field"], c["old"], c["new"]) for c in zuid["changes"]] == [
        ("file", "regions/zuid.yaml", "regions/zh/zuid.yaml")
    ]
    assert [c["change"] for c in docs[("region", "oost")]["changes"]] == ["removed"]
    assert [c["change"] for c in docs[("region", "west")]["changes"]] == ["added"]


def test_diff_a_ref_against_the_work_tree(cli: Any, repo: Builder) -> None:
    code, data = _json(cli, repo.root, "v2")
    assert code == 0 and data["equal"] is True and data["new"] == "werkmap"
    repo.edit("regions/noord.yaml", "value: 4", "value: 5")
    code, data = _json(cli, repo.root, "HEAD")
    assert code == 1
    assert [d["id"] for d in data["documents"]] == ["noord"]
    code, data = _json(cli, repo.root, "v2", "v2")
    assert code == 0 and data["documents"] == []


@pytest.mark.dutch
@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_diff_refs_in_every_format(cli: Any, repo: Builder, fmt: str) -> None:
    result = cli("diff", "v1", "v2", "--root", str(repo.root), "-f", fmt)
    assert result.exit_code == 1, result.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout[1:]), delimiter=";"))
        assert {r["document"] for r in rows} == {"klein", "noord", "oost", "west", "zuid"}
        assert next(r for r in rows if r["document"] == "klein")["new"] == "92,50"
    else:
        assert "v1 → v2: 5 documenten verschillen." in result.stdout
        assert "regions/zh/zuid.yaml" in result.stdout


def test_files_and_refs_are_told_apart(cli: Any, repo: Builder, tmp_path: Path) -> None:
    old = repo.root / "regions" / "noord.yaml"
    one_file = cli("diff", str(old), "--root", str(repo.root))
    assert one_file.exit_code == 2 and "give the later version too" in one_file.stderr
    mixed = cli("diff", "v1", str(old), "--root", str(repo.root))
    assert mixed.exit_code == 2 and "is not a file but" in mixed.stderr
    missing = cli("diff", "weg.yaml", str(old))
    assert (
        missing.exit_code == 2 and "weg.yaml" in missing.stderr and "unreadable" in missing.stderr
    )
    unknown = cli("diff", "v9", "--root", str(repo.root))
    assert unknown.exit_code == 2 and "unknown git ref `v9`" in unknown.stderr
    outside = tmp_path / "los"
    (outside / "regions").mkdir(parents=True)
    result = cli("diff", "HEAD", "--root", str(outside))
    assert result.exit_code == 2 and "not in a git repository" in result.stderr


def test_a_broken_document_at_a_ref_is_named(cli: Any, repo: Builder) -> None:
    repo.write("regions/kapot.yaml", "region: kapot\nname: [\n")
    repo.commit("kapot")
    result = cli("diff", "v2", "HEAD", "--root", str(repo.root))
    assert result.exit_code == 2
    assert "HEAD:regions/kapot.yaml:" in result.stderr
