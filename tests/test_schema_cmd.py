"""`samenwerking schema framework|region`: the schemas editors use accept every valid document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

import samenwerking_cli.cli.main  # noqa: F401  (registers every command)
from samenwerking_cli.cli.app import app
from samenwerking_cli.loading.document import load

REPO = Path(__file__).parent.parent
VALID_FIXTURES = Path(__file__).parent / "fixtures" / "ecosystem" / "valid"
runner = CliRunner()


def printed(kind: str) -> dict[str, Any]:
    result = runner.invoke(app, ["schema", kind])
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def keywords(node: Any, names: bool = False) -> set[str]:
    """Every keyword used in a schema (names under properties/$defs are not keywords)."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= keywords(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not names:
                found.add(key)
            if key not in ("enum", "const", "default", "examples"):
                found |= keywords(
                    value, names=not names and key in ("properties", "patternProperties", "$defs")
                )
    return found


def files(kind: str) -> list[Path]:
    folder = "frameworks" if kind == "framework" else "regions"
    return sorted((REPO / folder).glob("*.yaml")) + sorted((VALID_FIXTURES / folder).glob("*.yaml"))


@pytest.mark.parametrize("kind", ["framework", "region"])
def test_printed_schema_accepts_every_shipped_document(kind: str) -> None:
    schema = printed(kind)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    checked = files(kind)
    assert len(checked) >= (2 if kind == "framework" else 36)
    for path in checked:
        # Read as editors read it: YAML 1.2, dates as text.
        errors = [e.message for e in validator.iter_errors(load(path).data)]
        assert errors == [], f"{path}: {errors}"


@pytest.mark.parametrize("kind", ["framework", "region"])
def test_private_keywords_are_dropped_and_hints_kept_in_descriptions(kind: str) -> None:
    schema = printed(kind)
    assert not [k for k in keywords(schema) if k.startswith("x-")]
    text = json.dumps(schema)
    assert "Write the date as YYYY-MM-DD, for example 2024-03-01." in text


def test_region_schema_still_rejects_mistakes() -> None:
    validator = Draft202012Validator(printed("region"))
    bad = {"region": "Noord", "name": "Noord", "framework": "mini", "adoption": "ja", "nam": 1}
    failed = {tuple(e.absolute_path) or e.validator for e in validator.iter_errors(bad)}
    assert failed == {("region",), ("adoption",), "additionalProperties"}


def test_unknown_kind_is_a_usage_error() -> None:
    result = runner.invoke(app, ["schema", "regoin"])
    assert result.exit_code == 2
    assert "did you mean `region`?" in result.stderr


def test_help_has_an_example() -> None:
    result = runner.invoke(app, ["schema", "--help"])
    assert "samenwerking schema region > .schemas/region.schema.json" in result.stdout
