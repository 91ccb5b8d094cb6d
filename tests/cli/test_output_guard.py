"""An output never replaces an agreement document, nor lands where the next run reads documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO_DIR, invoke

REPO = REPO_DIR
AS_OF = "2025-01-01"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped frameworks/, regions/ and employers/, as the current folder."""
    for folder in ("frameworks", "regions", "employers"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _unchanged(repo: Path, name: str) -> None:
    assert (repo / name).read_bytes() == (REPO / name).read_bytes()


def test_validate_does_not_overwrite_a_region_it_does_not_read(repo: Path) -> None:
    result = invoke(
        "validate",
        "regions/foodvalley.yaml",
        "--as-of",
        AS_OF,
        "--output-json",
        "regions/flevoland.yaml",
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        "Error: refusing to write regions/flevoland.yaml: it is a region document under regions/",
        "Hint: choose another --output-json",
    ]
    _unchanged(repo, "regions/flevoland.yaml")


def test_the_framework_is_protected_through_a_link_and_from_another_folder(
    repo: Path, tmp_path: Path
) -> None:
    (repo / "out").mkdir()
    (repo / "out" / "link.json").symlink_to(repo / "frameworks" / "dnz-werkafspraken.yaml")
    result = invoke("validate", "regions/foodvalley.yaml", "--output-sarif", "out/link.json")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "Error: refusing to write out/link.json: it is a framework document under frameworks/"
    )
    _unchanged(repo, "frameworks/dnz-werkafspraken.yaml")


def test_a_region_linked_from_outside_the_root_is_protected(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.move(repo / "regions" / "twente.yaml", outside / "twente.yaml")
    (repo / "regions" / "twente.yaml").symlink_to(outside / "twente.yaml")
    before = (outside / "twente.yaml").read_bytes()
    result = invoke("contacts", "--output", str(outside / "twente.yaml"))
    assert result.exit_code == 2
    assert "it is one of the input documents under regions/" in result.stderr
    assert (outside / "twente.yaml").read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "--as-of", AS_OF),
        ("show", "foodvalley", "--as-of", AS_OF),
        ("contacts",),
        ("diff", "regions/foodvalley.yaml", "regions/twente.yaml"),
    ],
    ids=lambda a: a[0],
)
def test_every_command_refuses_any_document_under_the_root(
    repo: Path, args: tuple[str, ...]
) -> None:
    result = invoke(*args, "--format", "json", "--output", "regions/achterhoek.yaml")
    assert result.exit_code == 2, result.output
    # diff reads two files; the others read every document under the root.
    why = "a region document" if args[0] == "diff" else "one of the input documents"
    assert result.stderr.splitlines()[0] == (
        f"Error: refusing to write regions/achterhoek.yaml: it is {why} under regions/"
    )
    _unchanged(repo, "regions/achterhoek.yaml")


@pytest.mark.parametrize(
    ("args", "target", "folder", "kind"),
    [
        (("validate", "--output-junit"), "regions/rapport.yaml", "regions", "region"),
        (("compare", "--output"), "regions/sub/overzicht.yml", "regions", "region"),
        (("show", "foodvalley", "--output"), "frameworks/show.yaml", "frameworks", "framework"),
        (("contacts", "--output"), "regions/contacts.YAML", "regions", "region"),
        (
            ("diff", "regions/foodvalley.yaml", "regions/twente.yaml", "--output"),
            "regions/diff.yaml",
            "regions",
            "region",
        ),
    ],
    ids=lambda a: a[0] if isinstance(a, tuple) else None,
)
def test_no_new_yaml_file_inside_frameworks_or_regions(
    repo: Path, args: tuple[str, ...], target: str, folder: str, kind: str
) -> None:
    (repo / "regions" / "sub").mkdir()
    result = (
        invoke(*args, target, "--as-of", AS_OF)
        if args[0] in ("validate", "compare", "show")
        else invoke(*args, target)
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == (
        f"Error: refusing to write a report into {folder}/: it would be read as a {kind} document"
    )
    assert not (repo / target).exists()
    assert invoke("validate", "--as-of", AS_OF).exit_code == 0


def test_a_folder_given_as_path_is_a_root_too(repo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    result = invoke(
        "validate",
        str(repo),
        "--root",
        str(other),
        "--output-json",
        str(repo / "regions" / "x.yaml"),
    )
    assert result.exit_code == 2
    assert "refusing to write a report into regions/" in result.stderr


def test_other_files_beside_the_documents_are_fine(repo: Path) -> None:
    result = invoke("validate", "--as-of", AS_OF, "--output-json", "regions/findings.json")
    assert result.exit_code == 0, result.output
    assert (repo / "regions" / "findings.json").read_text(encoding="utf-8").startswith("{")
    result = invoke(
        "compare", "--as-of", AS_OF, "--format", "csv", "--output", "overzicht.yaml.csv"
    )
    assert result.exit_code == 0, result.output
