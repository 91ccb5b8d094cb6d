"""Build small git repositories of agreements in a temporary folder, commit by commit."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date as _date
from datetime import timedelta
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "history"


class Builder:
    """A git repository at `root`; each commit gets the next day's date (from `start`)."""

    def __init__(self, root: Path, start: str = "2024-01-01") -> None:
        self.root = root
        self.day = 0
        self.start = start
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, date: str | None = None) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "Test",
            "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test",
            "GIT_COMMITTER_EMAIL": "test@example.org",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
        if date is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
        done = subprocess.run(
            ["git", "-C", str(self.root), *args], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def copy(self, name: str, rel: str) -> None:
        """A fixture file from tests/fixtures/history/ into the repository."""
        self.write(rel, (FIXTURE / name).read_text(encoding="utf-8"))

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, (rel, old)
        path.write_text(text.replace(old, new), encoding="utf-8")

    def commit(self, message: str, *, date: str | None = None) -> str:
        self.day += 1
        day = _date.fromisoformat(self.start) + timedelta(days=self.day - 1)
        when = date or f"{day.isoformat()}T12:00:00+00:00"
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, date=when)
        return self.git("rev-parse", "HEAD")

    def tag(self, name: str, *, annotated: bool = False) -> None:
        if annotated:
            self.git("tag", "-a", name, "-m", name)
        else:
            self.git("tag", name)

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def rename(self, old: str, new: str) -> None:
        (self.root / new).parent.mkdir(parents=True, exist_ok=True)
        self.git("mv", old, new)

    def checkout_copy(self, commit: str, dest: Path) -> Path:
        """The files of `commit` in a plain folder (what a checkout gives), for comparison."""
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(self.root), "archive", commit], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
        return dest
