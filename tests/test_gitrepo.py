"""Reading earlier versions from git: refs, dates, a rename, a removed file, and the errors."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from gitbuild import Builder

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.workspace.git import Repo
from samenwerking_cli.workspace.snapshot import Snapshots, load_valid_at


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.copy("zuid.yaml", "regions/zuid.yaml")
    b.commit("eerste versie")  # 2024-01-01
    b.copy("oost.yaml", "regions/oost.yaml")
    b.commit("oost erbij")  # 2024-01-02
    b.tag("v1", annotated=True)
    b.rename("regions/zuid.yaml", "regions/zh/zuid.yaml")
    b.commit("zuid verplaatst")  # 2024-01-03
    b.remove("regions/oost.yaml")
    b.commit("oost weg")  # 2024-01-04
    return b


def test_files_at_each_commit_follow_renames_and_removals(repo: Builder) -> None:
    with Repo.open(repo.root) as git:
        first, tagged, moved, removed = (git.resolve(r) for r in ("HEAD~3", "v1", "HEAD~1", "HEAD"))
        assert sorted(git.files(first)) == [
            "frameworks/klein.yaml",
            "regions/noord.yaml",
            "regions/zuid.yaml",
        ]
        assert "regions/oost.yaml" in git.files(tagged)
        assert "regions/zh/zuid.yaml" in git.files(moved)
        assert "regions/oost.yaml" not in git.files(removed)
        # the same file version has the same blob id, whatever its path
        assert git.files(first)["regions/zuid.yaml"] == git.files(moved)["regions/zh/zuid.yaml"]


def test_each_file_version_is_read_once(repo: Builder, monkeypatch: pytest.MonkeyPatch) -> None:
    from samenwerking_cli.workspace import git as gitrepo

    asked: list[bytes] = []
    original = gitrepo._read_exactly

    def counting(stream: object, size: int) -> bytes:
        data = original(stream, size)  # type: ignore[arg-type]
        asked.append(data)
        return data

    monkeypatch.setattr(gitrepo, "_read_exactly", counting)
    with Repo.open(repo.root) as git:
        snaps = Snapshots(git, date(2025, 1, 1))
        commits = [c.id for c in git.log(None, "HEAD")]
        for commit in commits + commits:
            snaps.workspace(commit)
        blobs = [v for t, v in git._objects.values() if t == "blob"]
    assert len(blobs) == 4  # klein, noord, zuid, oost: one version each
    assert len(asked) == len(git._objects)  # every object came from git once


def test_a_date_names_the_last_commit_on_or_before_it(repo: Builder) -> None:
    with Repo.open(repo.root) as git:
        assert git.resolve("2024-01-02") == git.resolve("v1")
        assert git.resolve("2030-01-01") == git.resolve("HEAD")
        with pytest.raises(UserError, match="no commit on or before 2023-12-31"):
            git.resolve("2023-12-31")


def test_the_work_tree_is_not_read(repo: Builder) -> None:
    (repo.root / "regions" / "noord.yaml").write_text("kapot: [", encoding="utf-8")
    ws = load_valid_at(repo.root, "HEAD", date(2025, 1, 1))
    assert sorted(ws.regions) == ["noord", "zuid"]
    assert ws.commit == repo.git("rev-parse", "HEAD")


@pytest.mark.parametrize("ref", ["bestaat-niet", "--all", "v1 v2", "HEAD~9"])
def test_unknown_ref(repo: Builder, ref: str) -> None:
    with pytest.raises(UserError, match="unknown git ref"):
        load_valid_at(repo.root, ref, date(2025, 1, 1))


def test_root_outside_git(tmp_path: Path) -> None:
    (tmp_path / "regions").mkdir()
    with pytest.raises(UserError, match="is not in a git repository"):
        Repo.open(tmp_path)


def test_shallow_clone_lacking_the_history(repo: Builder, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone)], check=True
    )
    with Repo.open(clone) as git:
        assert git.shallow
        assert git.resolve("HEAD") == repo.git("rev-parse", "HEAD")
        with pytest.raises(UserError, match="unknown git ref") as err:
            git.resolve("HEAD~2")
        assert "git fetch --unshallow" in err.value.hint
        with pytest.raises(UserError, match="shallow") as err:
            git.resolve("2024-01-02")
        assert "fetch-depth: 0" in err.value.hint


def test_a_huge_file_in_a_commit_is_refused_without_holding_it(repo: Builder) -> None:
    from samenwerking_cli.domain.findings import FindingsError
    from samenwerking_cli.loading.document import MAX_BYTES

    repo.write("regions/groot.yaml", "# " + "x" * (3 * 1024 * 1024) + "\n")
    repo.commit("een heel groot bestand")
    with Repo.open(repo.root) as git:
        blob = git.files(git.resolve("HEAD"))["regions/groot.yaml"]
        assert len(git.blob(blob)) == MAX_BYTES + 1
    with pytest.raises(FindingsError) as err:
        load_valid_at(repo.root, "HEAD", date(2025, 1, 1))
    assert [(f.file, f.code) for f in err.value.findings] == [
        ("HEAD:regions/groot.yaml", "too-large")
    ]
