"""The pre-commit hook, run for real by `pre-commit` on a temporary agreements repository.

pre-commit clones this project (a copy of the working tree, committed in a temporary repo so the
hook file under test is the one being edited), builds a virtualenv and pip-installs it: that
needs the package index and takes some seconds, once per test session. Skip with
SAMENWERKING_SKIP_PRECOMMIT=1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_DIR, TESTS

REPO = REPO_DIR
ECOSYSTEM = TESTS / "fixtures" / "ecosystem"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("SAMENWERKING_SKIP_PRECOMMIT") == "1",
        reason="SAMENWERKING_SKIP_PRECOMMIT=1",
    ),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

_GIT_ID = [
    "-c",
    "user.name=Test",
    "-c",
    "user.email=test@example.invalid",
    "-c",
    "commit.gpgsign=false",
]


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *_GIT_ID, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This project as pre-commit sees it: a git repo and a commit sha."""
    clone = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("src", "templates"):
        shutil.copytree(REPO / name, clone / name, ignore=ignore)
    for name in ("pyproject.toml", "hatch_build.py", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(REPO / name, clone / name)
    git(clone, "init", "-q")
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", "hook under test")
    return clone, git(clone, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def agreements(tmp_path: Path, hook_repo: tuple[Path, str]) -> Path:
    repo = tmp_path / "agreements"
    shutil.copytree(ECOSYSTEM / "valid", repo)
    clone, sha = hook_repo
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {clone}\n    rev: {sha}\n"
        "    hooks:\n      - id: samenwerking-validate\n",
        encoding="utf-8",
    )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    return repo


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("PRE_COMMIT_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_hook_passes_on_valid_documents(agreements: Path, pre_commit_home: Path) -> None:
    done = pre_commit(agreements, pre_commit_home, "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "samenwerking validate" in done.stdout and "Passed" in done.stdout


def test_hook_fails_on_an_invalid_region_naming_file_and_line(
    agreements: Path, pre_commit_home: Path
) -> None:
    shutil.copy(ECOSYSTEM / "invalid-region" / "zuid.yaml", agreements / "regions" / "zuid.yaml")
    git(agreements, "add", "regions/zuid.yaml")
    for args in (["--all-files"], ["--files", "regions/zuid.yaml"]):
        done = pre_commit(agreements, pre_commit_home, *args)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Failed" in done.stdout
        # Only the region was passed, yet it is checked against the framework's bounds.
        assert "regions/zuid.yaml:7:12: error value-invalid" in done.stdout
        assert "`12` is above the highest allowed value 6" in done.stdout


def test_hook_checks_a_changed_framework(agreements: Path, pre_commit_home: Path) -> None:
    path = agreements / "frameworks" / "mini.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("baseline: 2\n", "baseline: 9\n", 1),
        encoding="utf-8",
    )
    git(agreements, "add", "frameworks/mini.yaml")
    done = pre_commit(agreements, pre_commit_home, "--files", "frameworks/mini.yaml")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "frameworks/mini.yaml:13:19: error baseline-invalid" in done.stdout


def test_hook_checks_a_changed_employer_against_the_regions(
    agreements: Path, pre_commit_home: Path
) -> None:
    (agreements / "employers").mkdir()
    (agreements / "employers" / "bakker.yaml").write_text(
        "employer: bakker\nname: Bakker\nsites:\n  - name: Winkel\n    region: noord\n"
        "  - name: Depot\n    municipality: Nergensdorp\n",
        encoding="utf-8",
    )
    git(agreements, "add", "employers/bakker.yaml")
    # Only the employer is passed; its sites are still placed with the regions of the root.
    done = pre_commit(agreements, pre_commit_home, "--files", "employers/bakker.yaml")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "employers/bakker.yaml:7:19: error unknown-municipality" in done.stdout
    assert "unknown-region" not in done.stdout
