"""The JSON Schemas as editors get them (`samenwerking schema`).

Our schemas carry private keywords for the validator's messages (`x-hint`, `x-date`). JSON Schema
allows unknown keywords and yaml-language-server ignores them, but strict tools (ajv's default
strict mode) refuse a schema with unknown keywords, and the hint is more use to a person in the
hover text. So the export drops every `x-` keyword and folds the hint into `description`. Titles,
descriptions and hints are in the chosen language.
Property names that start with `x-` (under `properties`/`patternProperties`) are data, not
keywords, and stay.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import _
from samenwerking_cli.render.framework_schema import employer_schema, region_schema

# Keywords whose value maps names to subschemas: their keys are names, not keywords.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
# Keywords whose value is data (a document value), copied as is.
_DATA = frozenset({"enum", "const", "default", "examples"})
# Keywords whose value is a text for people, shown in the chosen language.
_WORDS = frozenset({"title", "description"})


def for_editors(schema: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = _clean(schema)
    return cleaned


def _clean(node: Any, names: bool = False) -> Any:
    if isinstance(node, list):
        return [_clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {name: _clean(sub) for name, sub in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if key in _WORDS and isinstance(value, str):
            out[key] = _(
                value
            )  # the schema's texts are msgids (tests/project/test_text_coverage.py)
        else:
            out[key] = value if key in _DATA else _clean(value, names=key in _NAME_MAPS)
    hint = node.get("x-hint")
    if isinstance(hint, str) and hint:
        hint = _(hint)
        sentence = hint[0].upper() + hint[1:] + ("" if hint.endswith(".") else ".")
        text = out.get("description")
        out["description"] = f"{text} {sentence}" if isinstance(text, str) and text else sentence
    return out


def as_text(schema: dict[str, Any]) -> str:
    """The schema as a file: already prepared with for_editors() or for_root()."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


# Where `schema --write` puts the schemas, relative to the root, and the editor settings that
# point the YAML extension of VS Code (yaml-language-server) at them.
SCHEMA_FOLDER = "schemas"
VSCODE_SETTINGS = ".vscode/settings.json"
FOLDERS = {"framework": "frameworks", "region": "regions", "employer": "employers"}


def for_root(kind: str, plain: dict[str, Any], frameworks: list[Framework]) -> dict[str, Any]:
    """The schema of `kind` as editors get it, narrowed to the frameworks under the root."""
    if kind == "framework":
        return for_editors(plain)
    if kind == "region" and frameworks:
        schema = region_schema(plain, frameworks)
    elif kind == "employer" and frameworks:
        schema = employer_schema(plain, frameworks)
    else:
        schema = copy.deepcopy(plain)
    # `validate` checks this with a rule of its own (contact-unreachable, with its own words);
    # the editor needs it in the schema to mark the same contact.
    schema["$defs"]["contact"]["anyOf"] = [{"required": ["email"]}, {"required": ["phone"]}]
    return for_editors(schema)


def editor_settings(kinds: list[str]) -> str:
    """`.vscode/settings.json` mapping each folder's files to its written schema."""
    schemas = {
        f"./{SCHEMA_FOLDER}/{kind}.schema.json": [
            f"{FOLDERS[kind]}/*.yaml",
            f"{FOLDERS[kind]}/*.yml",
        ]
        for kind in kinds
    }
    settings = {
        "yaml.schemas": schemas,
        "yaml.validate": True,
        "yaml.completion": True,
        "yaml.hover": True,
    }
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def for_kinds(root: Path, kinds: list[str]) -> dict[str, dict[str, Any]]:
    """Each kind's editor schema for the documents under `root`.

    Only the frameworks are read; an invalid framework stops here with its findings, because a
    schema built from it would mislead the editor.
    """
    from samenwerking_cli.domain.findings import FindingsError, UserError
    from samenwerking_cli.validation.schema import schema as plain
    from samenwerking_cli.workspace.load import load_workspace

    if not root.is_dir():
        raise UserError(
            _("the folder {folder} does not exist").format(folder=root),
            _("give an existing folder with --root"),
        )
    frameworks: list[Framework] = []
    if (root / "frameworks").is_dir():
        ws = load_workspace(root, [root / "frameworks"])
        if ws.errors:
            raise FindingsError(ws.errors, len(ws.files))
        frameworks = list(ws.frameworks.values())
    return {kind: for_root(kind, plain(kind), frameworks) for kind in kinds}


def files_to_write(root: Path) -> list[tuple[Path, str | None]]:
    """What `schema --write` writes under `root`: each schema, and the editor settings when
    there are none. Existing settings are the user's: their text is None (left as they are)."""
    kinds = list(FOLDERS)
    out: list[tuple[Path, str | None]] = [
        (root / SCHEMA_FOLDER / f"{kind}.schema.json", as_text(schema))
        for kind, schema in for_kinds(root, kinds).items()
    ]
    settings = root / VSCODE_SETTINGS
    out.append((settings, None if settings.exists() else editor_settings(kinds)))
    return out
