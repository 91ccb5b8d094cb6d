"""The compiled yes/no schema check and jsonschema must agree on every document.

`validate` trusts fastjsonschema's "valid" and asks jsonschema only to explain failures, so a
document that fastjsonschema accepts but jsonschema refuses would lose its findings.
"""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS
from jsonschema import Draft202012Validator

from samenwerking_cli import validation
from samenwerking_cli.loading.document import load
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.validation import schema

REPO = REPO_DIR
FIXTURES = TESTS / "fixtures" / "validate"


def _documents() -> list[tuple[str, str, Any]]:
    out = []
    paths = sorted(FIXTURES.rglob("*.yaml")) + sorted((REPO / "regions").glob("*.yaml"))
    paths += sorted((REPO / "employers").glob("*.yaml"))
    for path in [*paths, *sorted((REPO / "frameworks").glob("*.yaml"))]:
        try:
            doc = load(path)
        except LoadError:
            continue
        kind = validation.kind_of(doc.data)
        if kind is not None and any(
            a.kind == "block" and schema.expected_type(kind, path) in ("id", "date")
            for path, a in doc.ambiguities.items()
        ):
            # An id as a block ends in a line break, where jsonschema's `$` (Python's) and
            # fastjsonschema's differ; such ids are refused before the schema check.
            continue
        if kind is not None:
            out.append((path.name, kind, doc.data))
    return out


DOCUMENTS = _documents()


_FULL = {
    kind: Draft202012Validator(schema.schema(kind)) for kind in ("framework", "region", "employer")
}


def _agree(kind: str, data: Any) -> tuple[bool | None, bool]:
    full = _FULL[kind].is_valid(data)
    return schema.is_valid_fast(kind, data), full


def test_the_fast_check_is_in_use() -> None:
    assert schema.is_valid_fast("region", {"region": "x"}) is False


@pytest.mark.parametrize(("name", "kind", "data"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_fixtures_and_shipped_documents(name: str, kind: str, data: Any) -> None:
    fast, full = _agree(kind, data)
    assert fast == full


def test_some_invalid_fixtures_are_refused_by_both() -> None:
    refused = [
        (name, kind)
        for name, kind, data in DOCUMENTS
        if _agree(kind, data) == (False, False) and name.split("__")[0] in _SCHEMA_CODES
    ]
    assert len(refused) >= 5, refused


_SCHEMA_CODES = {"bad-format", "empty-value", "missing-key", "not-allowed", "unknown-key"}
_ODD_VALUES: list[Any] = [None, True, 0, 1.5, "", " ", "x", [], ["x"], {}, {"x": 1}, 2.0]


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _leaves(value, (*path, i))
    return out


def _mutations(data: Any, rng: random.Random) -> list[Any]:
    out = []
    paths = _leaves(data)[1:]
    for path in rng.sample(paths, min(len(paths), 50)):
        for odd in rng.sample(_ODD_VALUES, 3):
            changed = copy.deepcopy(data)
            target = changed
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = odd
            out.append(changed)
        if isinstance(path[-1], str):
            changed = copy.deepcopy(data)
            target = changed
            for part in path[:-1]:
                target = target[part]
            del target[path[-1]]
            target[path[-1] + "_x"] = "extra"
            out.append(changed)
    return out


@pytest.mark.parametrize("name", ["foodvalley.yaml", "rijnmond.yaml", "dnz-werkafspraken.yaml"])
def test_mutated_shipped_documents(name: str) -> None:
    """Values replaced by odd values, keys renamed (50 places each): both libraries answer alike."""
    [(kind, data)] = [(k, d) for n, k, d in DOCUMENTS if n == name]
    rng = random.Random(name)
    disagreements = []
    for changed in _mutations(data, rng):
        fast, full = _agree(kind, changed)
        if fast != full:
            disagreements.append(changed)
    assert disagreements == []


def test_compiling_leaves_the_shared_schema_as_written() -> None:
    schema._fast.cache_clear()
    before = copy.deepcopy(schema.schema("region"))
    assert schema.is_valid_fast("region", {}) is False
    assert schema.schema("region") == before
    assert schema.expected_type("region", ("contacts", 0, "role")) == "string"


def test_the_precompiled_schema_checks_are_current() -> None:
    """Made by `python -m samenwerking_cli.validation.precompiled`; stale ones go unused."""
    from samenwerking_cli.validation import precompiled

    for kind in precompiled.kinds():
        module = precompiled.FOLDER / f"{kind}.py"
        assert module.is_file(), "run `python -m samenwerking_cli.validation.precompiled`"
        assert module.read_text("utf-8") == precompiled.source(kind), (
            f"{module.name} is stale: run `python -m samenwerking_cli.validation.precompiled`"
        )
        assert precompiled.load(kind, precompiled.schema_text(kind)) is not None


def test_a_stale_precompiled_check_is_not_used() -> None:
    from samenwerking_cli.validation import precompiled

    text = precompiled.schema_text("region")
    assert precompiled.load("region", text + " ") is None
    assert precompiled.load("no-such-kind", text) is None
