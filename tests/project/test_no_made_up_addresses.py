"""No made-up addresses in what the project ships: schema ids are URNs (no web address that does
not exist), and the docs mark where the repository's address goes once it is published."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import REPO_DIR

# Placeholders of an earlier version: a made-up owner and domain.
MADE_UP = ("OWNER/samenwerking", "samenwerking.example", "example.org/samenwerking")
KINDS = ("framework", "region", "employer")


def _shipped() -> list[str]:
    done = subprocess.run(
        ["git", "-C", str(REPO_DIR), "ls-files"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("not a git checkout")
    return [p for p in done.stdout.splitlines() if not p.startswith("tests/")]


def test_no_made_up_owner_or_domain() -> None:
    found = []
    for rel in _shipped():
        try:
            text = (REPO_DIR / rel).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary or absent (a file of another checkout state)
        found += [(rel, bad) for bad in MADE_UP if bad in text]
    assert found == []


@pytest.mark.parametrize("kind", KINDS)
def test_schema_ids_are_urns(kind: str) -> None:
    for folder in (REPO_DIR / "schemas", REPO_DIR / "src" / "samenwerking_cli" / "schemas"):
        schema = json.loads((folder / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert schema["$id"] == f"urn:samenwerking:schema:{kind}"


def test_the_docs_say_where_the_address_goes() -> None:
    readme = (REPO_DIR / "README.md").read_text(encoding="utf-8")
    ci = (REPO_DIR / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "no public address yet" in readme and "no public address yet" in ci
    assert "uses: <owner>/<name>@" in readme and "uses: <owner>/<name>@" in ci
