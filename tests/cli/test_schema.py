"""`samenwerking schema framework|region`: the schemas editors use accept every valid document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS, invoke
from jsonschema import Draft202012Validator

from samenwerking_cli.loading.document import load

REPO = REPO_DIR
VALID_FIXTURES = TESTS / "fixtures" / "ecosystem" / "valid"


def printed(kind: str, root: Path = REPO) -> dict[str, Any]:
    result = invoke("schema", kind, "--root", str(root))
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


def files(kind: str, root: Path) -> list[Path]:
    folder = "frameworks" if kind == "framework" else "regions"
    return sorted((root / folder).glob("*.yaml"))


@pytest.mark.parametrize("kind", ["framework", "region"])
@pytest.mark.parametrize("root", [REPO, VALID_FIXTURES], ids=["shipped", "fixtures"])
def test_printed_schema_accepts_every_shipped_document(kind: str, root: Path) -> None:
    schema = printed(kind, root)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    checked = files(kind, root)
    assert len(checked) >= (1 if kind == "framework" else 2 if root == VALID_FIXTURES else 35)
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
    validator = Draft202012Validator(printed("region", VALID_FIXTURES))
    bad = {"region": "Noord", "name": "Noord", "framework": "mini", "adoption": "ja", "nam": 1}
    failed = {tuple(e.absolute_path) or e.validator for e in validator.iter_errors(bad)}
    assert failed == {("region",), ("adoption",), "additionalProperties"}


def test_unknown_kind_is_a_usage_error() -> None:
    result = invoke("schema", "regoin")
    assert result.exit_code == 2
    assert "did you mean `region`?" in result.stderr


def test_help_has_an_example() -> None:
    result = invoke("schema", "--help")
    assert "samenwerking schema region > .schemas/region.schema.json" in result.stdout


@pytest.mark.dutch
def test_region_schema_knows_the_framework_under_the_root() -> None:
    schema = printed("region", VALID_FIXTURES)
    deviations = schema["properties"]["deviations"]
    assert deviations["additionalProperties"] is False
    ids = set(deviations["properties"])
    assert "proefplaatsing.max_duur_maanden" in ids
    assert "jobcoaching.wettelijk" not in ids  # not deviable
    duur = deviations["properties"]["proefplaatsing.max_duur_maanden"]
    value = duur["properties"]["value"]
    assert (value["type"], value["minimum"], value["maximum"]) == ("integer", 1, 6)
    assert "Landelijke waarde: 2 maanden." in duur["description"]
    assert duur["required"] == ["value", "rationale"]
    kwaliteit = deviations["properties"]["jobcoaching.kwaliteit"]["properties"]["value"]
    assert kwaliteit["enum"] == ["uwv-erkend", "no", "geen"]
    topics = schema["$defs"]["contact"]["properties"]["topics"]["items"]["enum"]
    assert topics == ["proefplaatsing", "jobcoaching"]
    assert schema["properties"]["framework"]["enum"] == ["mini"]
    validator = Draft202012Validator(schema)
    wrong = {
        "region": "x",
        "name": "X",
        "framework": "mini",
        "adoption": "partial",
        "deviations": {
            "proefplaatsing.max_duur_maanden": {"value": 9, "rationale": "r"},
            "jobcoaching.wettelijk": {"value": 6, "rationale": "r"},
        },
    }
    failed = {tuple(e.absolute_path) for e in validator.iter_errors(wrong)}
    assert failed == {("deviations",), ("deviations", "proefplaatsing.max_duur_maanden", "value")}


def test_without_a_framework_the_region_schema_stays_general(tmp_path: Path) -> None:
    schema = printed("region", tmp_path)
    assert "properties" not in schema["properties"]["deviations"]
    assert "enum" not in schema["properties"]["framework"]


def test_write_puts_schemas_and_editor_settings_in_the_repository(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "afspraken"
    shutil.copytree(VALID_FIXTURES, root)
    result = invoke("schema", "--write", "--root", str(root))
    assert result.exit_code == 0, result.output
    region = json.loads((root / "schemas" / "region.schema.json").read_text(encoding="utf-8"))
    assert region == printed("region", root)
    settings = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./schemas/region.schema.json"] == [
        "regions/*.yaml",
        "regions/*.yml",
    ]
    # Settings someone already has are theirs: left alone, and said so.
    (root / ".vscode" / "settings.json").write_text("{}\n", encoding="utf-8")
    again = invoke("schema", "--write", "--root", str(root))
    assert again.exit_code == 0
    assert (root / ".vscode" / "settings.json").read_text(encoding="utf-8") == "{}\n"
    assert "Left" in again.stderr


def test_write_refuses_a_missing_root_and_kind_with_write(tmp_path: Path) -> None:
    missing = invoke("schema", "--write", "--root", str(tmp_path / "nee"))
    assert missing.exit_code == 2
    assert "does not exist" in missing.stderr
    both = invoke("schema", "region", "--write", "--root", str(tmp_path))
    assert both.exit_code == 2
    neither = invoke("schema", "--root", str(tmp_path))
    assert neither.exit_code == 2


@pytest.mark.dutch
def test_the_repositorys_schemas_are_current() -> None:
    """schemas/ in this repository is what `samenwerking schema --write` gives today: change
    the framework or the format, run it again."""
    for kind in ("framework", "region"):
        written = json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
        assert written == printed(kind), f"run `samenwerking schema --write` ({kind})"


def test_printed_employer_schema_accepts_every_shipped_employer() -> None:
    schema = printed("employer")
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    fixtures = REPO / "tests" / "fixtures" / "employers"
    # Each file against the schema made for its own root's framework.
    checked = [(path, validator) for path in sorted((REPO / "employers").glob("*.yaml"))]
    own = Draft202012Validator(printed("employer", fixtures))
    checked += [(path, own) for path in sorted((fixtures / "employers").glob("*.yaml"))]
    assert len(checked) >= 5
    for path, check in checked:
        errors = [e.message for e in check.iter_errors(load(path).data)]
        assert errors == [], f"{path}: {errors}"
    assert not [k for k in keywords(schema) if k.startswith("x-")]
    bad = {"employer": "x", "name": "X", "sites": [{"name": "A", "employees": -1}], "sitse": 1}
    failed = {tuple(e.absolute_path) or e.validator for e in validator.iter_errors(bad)}
    assert failed == {("sites", 0, "employees"), "additionalProperties"}


@pytest.mark.dutch
def test_the_repositorys_employer_schema_is_current_and_mapped() -> None:
    written = json.loads((REPO / "schemas" / "employer.schema.json").read_text("utf-8"))
    assert written == printed("employer"), "run `samenwerking schema --write`"
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"]["./schemas/employer.schema.json"] == [
        "employers/*.yaml",
        "employers/*.yml",
    ]
    # The editor marks a contact without e-mail or phone, as validate does.
    assert written["$defs"]["contact"]["anyOf"] == [
        {"required": ["email"]},
        {"required": ["phone"]},
    ]


@pytest.mark.dutch
def test_employer_schema_knows_the_framework_under_the_root() -> None:
    schema = printed("employer", VALID_FIXTURES)
    per_region = schema["properties"]["agreements"]["additionalProperties"]
    assert per_region["additionalProperties"] is False
    assert "jobcoaching.wettelijk" not in per_region["properties"]  # not deviable
    duur = per_region["properties"]["proefplaatsing.max_duur_maanden"]
    value = duur["properties"]["value"]
    assert (value["type"], value["minimum"], value["maximum"]) == ("integer", 1, 6)
    assert "Landelijke waarde: 2 maanden." in duur["description"]
    topics = schema["$defs"]["contact"]["properties"]["topics"]["items"]["enum"]
    assert topics == ["proefplaatsing", "jobcoaching"]
    validator = Draft202012Validator(schema)
    wrong = {
        "employer": "x",
        "name": "X",
        "sites": [{"name": "A", "region": "noord"}],
        "agreements": {
            "noord": {
                "proefplaatsing.max_duur_maanden": {"value": 9, "rationale": "r"},
                "jobcoaching.wettelijk": {"value": 6, "rationale": "r"},
            }
        },
    }
    failed = {tuple(e.absolute_path) for e in validator.iter_errors(wrong)}
    assert failed == {
        ("agreements", "noord"),
        ("agreements", "noord", "proefplaatsing.max_duur_maanden", "value"),
    }
