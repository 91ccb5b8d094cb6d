"""Worker processes give exactly the results of a sequential run."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO_DIR

from samenwerking_cli.workspace.load import load_workspace

SHIPPED = REPO_DIR
AS_OF = date(2026, 11, 23)


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    shutil.copytree(SHIPPED / "frameworks", root / "frameworks")
    shutil.copytree(SHIPPED / "regions", root / "regions")
    regions = root / "regions"
    (regions / "broken.yaml").write_text("region: broken\nname: [\n", encoding="utf-8")
    (regions / "zz-old").mkdir()
    shutil.copy(regions / "foodvalley.yaml", regions / "zz-old" / "foodvalley.yaml")
    (regions / "typo.yaml").write_text(
        "region: typo\nname: Typo\nframework: dnz-werkafspraken\nadoption: partial\n"
        "deviations:\n  proefplaatsing.max_duur_maand:\n    value: 3\n    rationale: x\n",
        encoding="utf-8",
    )
    return root


def _summary(root: Path, jobs: int) -> tuple[object, ...]:
    ws = load_workspace(root, (), AS_OF, jobs=jobs)
    return (
        ws.files,
        [(f.file, f.line, f.column, f.code, f.message) for f in ws.findings],
        list(ws.regions),
        {k: v.file for k, v in ws.regions.items()},
    )


def test_workers_match_a_sequential_run(tmp_path: Path) -> None:
    root = _root(tmp_path)
    sequential = _summary(root, 1)
    assert any(f[3] == "duplicate-id" for f in sequential[1])  # type: ignore[attr-defined]
    assert _summary(root, 2) == sequential


def test_a_framework_among_the_regions_falls_back_to_one_process(tmp_path: Path) -> None:
    root = _root(tmp_path)
    shutil.copy(root / "frameworks" / "dnz-werkafspraken.yaml", root / "regions" / "aaa.yaml")
    assert _summary(root, 2) == _summary(root, 1)


@pytest.mark.parametrize("jobs", [2, 3])
def test_progress_reaches_the_total(tmp_path: Path, jobs: int) -> None:
    seen: list[tuple[int, int]] = []
    load_workspace(_root(tmp_path), (), AS_OF, on_file=lambda d, t: seen.append((d, t)), jobs=jobs)
    assert seen[-1][0] == seen[-1][1] == 39
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_findings_only_gives_the_same_findings(tmp_path: Path) -> None:
    root = _root(tmp_path)
    full = load_workspace(root, (), AS_OF, jobs=2)
    lean = load_workspace(root, (), AS_OF, jobs=2, models=False)
    assert lean.findings == full.findings and lean.files == full.files
    assert lean.regions == {} and full.regions
