"""Every rule and every loader refusal, one small fixture each.

Each file (or folder) under fixtures/validate/invalid/ is named `<code>__<what>` and says what
`validate` must report in header comments such as `# expect: error unknown-key 4:3 | did you mean`.
The findings must match exactly: no missing and no extra ones. Files under accepted/ must validate
clean. Adding a case is adding a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, FIXTURES, VALID_ROOT, Expected, expectations

from samenwerking_cli.workspace.codes import CODES

INVALID = sorted((FIXTURES / "invalid").iterdir())
ACCEPTED = sorted((FIXTURES / "accepted").iterdir())
# Codes that need a file system state a fixture in git cannot hold; tested in test_validate_cli.
CLI_ONLY_CODES = {"unreadable", "not-a-file", "too-large"}


def _files(case: Path) -> list[Path]:
    return sorted(case.rglob("*.yaml")) if case.is_dir() else [case]


def _validate(cli: Any, case: Path) -> tuple[int, list[dict[str, Any]]]:
    result = cli(
        "validate", "--root", str(VALID_ROOT), "--as-of", AS_OF, "--format", "json", str(case)
    )
    return result.exit_code, result.json()["findings"]


def _matches(expected: Expected, found: dict[str, Any]) -> bool:
    text = f"{found['message']} fix: {found['hint']}"
    return (
        Path(found["file"]).resolve() == expected.file.resolve()
        and found["severity"] == expected.severity
        and found["code"] == expected.code
        and (expected.line is None or found["line"] == expected.line)
        and (expected.column is None or found["column"] == expected.column)
        and all(t in text for t in expected.texts)
    )


def _show(findings: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"  {Path(f['file']).name}:{f['line']}:{f['column']} {f['severity']} {f['code']} "
        f"{f['message']} | fix: {f['hint']}"
        for f in findings
    )


@pytest.mark.parametrize("case", INVALID, ids=[c.name for c in INVALID])
def test_invalid_fixture(cli: Any, case: Path) -> None:
    expected = [e for f in _files(case) for e in expectations(f)]
    assert expected, f"{case.name} has no `# expect:` line"
    code = case.name.split("__")[0]
    assert code in CODES, f"{case.name}: `{code}` is not a finding code"
    assert any(e.code == code for e in expected), f"{case.name} does not expect its own code"
    exit_code, findings = _validate(cli, case)
    unmatched = list(findings)
    for e in expected:
        hit = next((f for f in unmatched if _matches(e, f)), None)
        assert hit is not None, f"expected {e} in:\n{_show(findings)}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected findings:\n{_show(unmatched)}"
    assert exit_code == (1 if any(e.severity == "error" for e in expected) else 0)


@pytest.mark.parametrize("case", ACCEPTED, ids=[c.name for c in ACCEPTED])
def test_accepted_fixture(cli: Any, case: Path) -> None:
    exit_code, findings = _validate(cli, case)
    assert findings == [], _show(findings)
    assert exit_code == 0


def test_valid_fixture_root_is_clean(cli: Any) -> None:
    result = cli("validate", "--root", str(VALID_ROOT), "--as-of", AS_OF, "--strict")
    assert result.exit_code == 0, result.stdout
    assert "3 files checked: all valid." in result.stdout


def test_valid_framework_uses_every_parameter_type() -> None:
    from samenwerking_cli.workspace.load import load_workspace

    ws = load_workspace(VALID_ROOT)
    types = {p.type for p in ws.frameworks["mini"].parameters}
    assert types == {"integer", "number", "money", "boolean", "choice", "text", "list"}
    deviated = {ws.frameworks["mini"].parameter(p).type for p in ws.regions["alpha"].deviations}  # type: ignore[union-attr]
    assert deviated == types


def test_every_code_has_a_fixture() -> None:
    covered = {c.name.split("__")[0] for c in INVALID}
    assert set(CODES) - CLI_ONLY_CODES <= covered, sorted(set(CODES) - CLI_ONLY_CODES - covered)


def test_each_finding_code_is_declared_once_beside_its_rules() -> None:
    from samenwerking_cli import validation
    from samenwerking_cli.loading import problems
    from samenwerking_cli.validation import (
        ambiguity,
        dates,
        employer_framework,
        employer_rules,
        framework_rules,
        identity,
        region_rules,
        relations,
        schema,
    )
    from samenwerking_cli.workspace import run

    families = [
        problems.CODES,
        validation.CODES,
        ambiguity.CODES,
        schema.CODES,
        dates.CODES,
        identity.CODES,
        framework_rules.CODES,
        region_rules.CODES,
        region_rules.CONTENT_CODES,
        relations.CODES,
        region_rules.EMPLOYER_CODES,
        employer_rules.CODES,
        employer_framework.CODES,
        region_rules.DATED_CODES,
        run.CODES,
    ]
    assert sum(len(f) for f in families) == len(CODES)
    assert set().union(*families) == set(CODES)


@pytest.mark.dutch
def test_an_unknown_framework_with_none_known_says_so_in_dutch(cli: Any, tmp_path: Path) -> None:
    """An employer file alone under a root: no framework at all is known, said in Dutch."""
    for folder in ("frameworks", "regions", "employers"):
        (tmp_path / folder).mkdir()
    (tmp_path / "employers" / "solo.yaml").write_text(
        "employer: solo\nname: Solo\nframework: kader\nsites: []\n", encoding="utf-8"
    )
    result = cli("validate", "--root", str(tmp_path), "--as-of", AS_OF)
    assert "het raamwerk `kader` staat niet in frameworks/ (bekend: geen)" in result.stdout, (
        result.stdout + result.stderr
    )
