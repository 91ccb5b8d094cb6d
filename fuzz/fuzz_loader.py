"""Fuzz the YAML loader and the validation steps the way the CLI runs them (issue 6).

Optional, for maintainers; CI does not run it and atheris is not a project dependency.

    pip install atheris
    python fuzz/fuzz_loader.py -max_total_time=180 fuzz/corpus     # fuzz for 3 minutes
    python fuzz/fuzz_loader.py --replay DIR                         # no atheris needed

The contract, for any bytes: the loader gives either our own LoadError, or a Document whose data
is a dict and whose every key path can be located in the file; validating that document then
gives findings, never an exception. Anything else is a crash, kept by atheris as `crash-*`.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))

from samenwerking_cli import validation  # noqa: E402
from samenwerking_cli.domain.findings import Finding  # noqa: E402
from samenwerking_cli.domain.model import Framework  # noqa: E402
from samenwerking_cli.loading.document import Document, parse  # noqa: E402
from samenwerking_cli.loading.nodes import Path_  # noqa: E402
from samenwerking_cli.loading.problems import LoadError  # noqa: E402
from samenwerking_cli.loading.read import decode  # noqa: E402
from samenwerking_cli.workspace.load import load_workspace  # noqa: E402

AS_OF = date(2025, 1, 1)
NAME = "fuzz.yaml"

_frameworks: dict[str, Framework] | None = None


def frameworks() -> dict[str, Framework]:
    """The shipped frameworks, loaded once (regions are checked against them)."""
    global _frameworks
    if _frameworks is None:
        ws = load_workspace(REPO, as_of=AS_OF, jobs=1, models=False)
        assert ws.frameworks, "the shipped framework did not load"
        _frameworks = ws.frameworks
    return _frameworks


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    out: list[Path_] = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


def _at(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _check_finding(finding: Finding) -> None:
    assert finding.file == NAME, finding
    assert finding.message, finding
    assert finding.line is None or finding.line >= 1, finding
    assert finding.column is None or finding.column >= 1, finding


def test_one_input(data: bytes) -> None:
    """One input through decode, parse and validation; raises (AssertionError or other) on a
    broken contract."""
    try:
        doc = parse(decode(data, NAME), Path(NAME), NAME)
    except LoadError as exc:
        _check_finding(exc.finding)
        return
    assert isinstance(doc, Document)
    assert isinstance(doc.data, dict)
    last_line = max(1, len(doc.lines) + 1)
    for path in _paths(doc.data):
        line, column = doc.locate(path)
        assert 1 <= line <= last_line and column >= 1, (path, line, column)
        doc.locate(path, key=True)
        if not isinstance(_at(doc.data, path), (dict, list)):
            # the whole path exists in the node tree, not only a parent of it
            assert doc.raw(path) is not None, path
    # Validation as the CLI runs it; it may settle ambiguous values in doc.data, so it comes
    # after the walk.
    kind = validation.kind_of(doc.data)
    if kind == "framework":
        findings, _ = validation.check_framework(doc)
    elif kind == "region":
        findings, _ = validation.check_region(doc, frameworks(), AS_OF, set())
    else:
        findings = [validation.not_agreement(doc)]
    for finding in findings:
        _check_finding(finding)


def replay(folder: Path) -> int:
    """Run every file under `folder` once; the number of files run. Raises on the first crash."""
    count = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            test_one_input(path.read_bytes())
        except Exception as exc:
            raise AssertionError(f"{path}: {type(exc).__name__}: {exc}") from exc
        count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--replay":
        print(f"{replay(Path(argv[2]))} inputs, no crash")
        return 0
    import atheris  # only here: replay and the tests run without it

    frameworks()  # before fuzzing, so loading the shipped files is not timed per input
    atheris.instrument_all()
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
