"""The benchmark's generator writes regions that `validate` accepts (no timing here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_regions_are_valid(tmp_path: Path, cli: Any) -> None:
    _module("generate").generate(tmp_path, 3)
    regions = sorted(p.name for p in (tmp_path / "regions").iterdir())
    assert regions == ["regio-00001.yaml", "regio-00002.yaml", "regio-00003.yaml"]
    lines = [len(p.read_text("utf-8").splitlines()) for p in (tmp_path / "regions").iterdir()]
    assert all(90 <= n <= 200 for n in lines), lines

    result = cli("validate", "--root", str(tmp_path), "--format", "json", "--as-of", "2025-01-01")

    assert result.json()["findings"] == []
    assert result.exit_code == 0


def test_floor_script_accepts_the_generated_regions(tmp_path: Path) -> None:
    _module("generate").generate(tmp_path, 3)
    assert _module("floor").main(tmp_path) == 0


def test_history_benchmark_builds_one_point_per_commit(tmp_path: Path, cli: Any) -> None:
    _module("history").build(tmp_path / "repo", 6)
    result = cli("history", "--root", str(tmp_path / "repo"), "-f", "json", "--as-of", "2025-01-01")
    assert result.exit_code == 0, result.stderr
    points = result.json()["points"]
    assert len(points) == 6
    assert all(p["valid"] for p in points)
    assert len(points[0]["regions"]) == 35
