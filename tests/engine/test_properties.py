"""Properties that hold for every input, checked with generated inputs (hypothesis).

Regions are built from the shipped framework with generated, valid deviations; the loader gets
arbitrary text, arbitrary bytes and a mix of YAML-ish fragments.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samenwerking_cli.domain.model import Deviation, Framework, Parameter, Region, Value
from samenwerking_cli.domain.values import equal
from samenwerking_cli.engine import compare
from samenwerking_cli.engine.resolve import resolve
from samenwerking_cli.engine.scoring import score_region
from samenwerking_cli.loading.document import Document, parse
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.loading.read import decode
from samenwerking_cli.workspace.load import load_workspace

REPO = REPO_DIR
AS_OF = date(2025, 1, 1)
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MORE = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _framework() -> Framework:
    ws = load_workspace(REPO, [REPO / "frameworks"], AS_OF)
    assert not ws.errors, ws.errors
    return next(iter(ws.frameworks.values()))


FRAMEWORK = _framework()
DEVIABLE = [p for p in FRAMEWORK.parameters if p.deviable]


def value_for(param: Parameter) -> st.SearchStrategy[Value]:
    """Valid values of a parameter (the baseline among them: equal-to-baseline is excluded)."""
    lo = param.min if param.min is not None else 0
    hi = param.max if param.max is not None else 1000
    if param.type == "integer":
        return st.integers(int(lo), int(hi))
    if param.type == "money":
        return st.integers(int(lo * 100), int(hi * 100)).map(lambda cents: cents / 100)
    if param.type == "number":
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2))
    if param.type == "boolean":
        return st.booleans()
    if param.type == "choice":
        return st.sampled_from(param.choices)
    if param.type == "list":
        return st.lists(st.sampled_from(param.choices), unique=True).map(sorted)
    return st.text(min_size=1, max_size=20).filter(str.strip)


@st.composite
def regions(draw: st.DrawFn) -> Region:
    chosen = draw(st.lists(st.sampled_from(DEVIABLE), unique_by=lambda p: p.id, max_size=12))
    deviations = {
        p.id: Deviation(p.id, draw(value_for(p)), "Een reden.", since=date(2024, 1, 1))
        for p in chosen
    }
    return Region(
        id="r",
        name="R",
        framework=FRAMEWORK.id,
        adoption=draw(st.sampled_from(["adopted", "partial", "in_dialogue"])),
        file="regions/r.yaml",
        deviations=deviations,
    )


@FEW
@given(regions())
def test_a_region_compared_with_itself_has_no_differences(region: Region) -> None:
    resolved = resolve(region, FRAMEWORK, AS_OF)
    assert compare.differences([resolved, resolved]) == []


@FEW
@given(regions())
def test_resolving_and_rederiving_gives_the_deviations_back(region: Region) -> None:
    derived = compare.deviations(resolve(region, FRAMEWORK, AS_OF))
    expected = {
        pid: dev.value
        for pid, dev in region.deviations.items()
        if not equal(FRAMEWORK.parameter(pid).type, dev.value, FRAMEWORK.parameter(pid).baseline)  # type: ignore[union-attr]
    }
    assert {d.parameter.id: d.value for d in derived} == expected
    assert all(d.rationale == "Een reden." for d in derived)


@FEW
@given(regions())
def test_the_index_stays_in_0_100_and_is_100_exactly_without_deviations(region: Region) -> None:
    score = score_region(region, FRAMEWORK, AS_OF)
    assert score.index is not None
    assert 0 <= score.index <= 100
    assert (score.index == 100) == (len(score.deviations) == 0)


# --- the loader -----------------------------------------------------------------------------


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    out: list[Path_] = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


def check_loader(text: str) -> None:
    """Either a Document whose every key path can be located, or our own LoadError."""
    try:
        doc = parse(text, Path("x.yaml"), "x.yaml")
    except LoadError as exc:
        assert exc.finding.file == "x.yaml"
        assert exc.finding.message
        assert exc.finding.line is None or exc.finding.line >= 1
        return
    assert isinstance(doc, Document)
    assert isinstance(doc.data, dict)
    for path in _paths(doc.data):
        line, column = doc.locate(path)
        assert 1 <= line <= max(1, len(doc.lines) + 1)
        assert column >= 1
        doc.locate(path, key=True)
        doc.finding(path, "x", "m")  # builds without error, with a source line


FRAGMENTS = [
    "a: 1",
    "b: yes",
    "c: 010",
    "d: 1:30",
    "e: 2024.10",
    "f: .inf",
    "g: 2024-02-30",
    "- x",
    "- - y",
    "  h: [1, 2, {i: j}]",
    "k: &anchor {l: m}",
    "n: *anchor",
    "<<: *anchor",
    "<<: [*anchor, *anchor]",
    "o: !!python/object:os.system x",
    "p: !custom q",
    "? [r, s]",
    ": t",
    'u: "unclosed',
    "v: 'it''s'",
    "w: |\n  block\n  text",
    "---",
    "...",
    "%YAML 1.1",
    "%TAG ! tag:example.com,2000:",
    "x:\ty",
    "\t- tab",
    "# comment",
    "y: ~",
    "z: null",
    "1: one",
    "[a, b]: c",
    "a: 1",  # duplicates likely
    "9" * 50 + ": big",
    "big: " + "9" * 50,
    "0x" + "f" * 20 + ": hex",
    "é: ñ",
    "key: value # comment",
    "{",
    "]",
    "&a [*a]",
    "*undefined",
]


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
    indents = draw(st.lists(st.integers(0, 4), min_size=len(lines), max_size=len(lines)))
    return "\n".join(" " * i + line for i, line in zip(indents, lines, strict=True))


@MORE
@given(st.text(max_size=300))
def test_loader_on_arbitrary_text(text: str) -> None:
    check_loader(text)


@MORE
@given(yamlish())
def test_loader_on_yaml_fragments(text: str) -> None:
    check_loader(text)


@FEW
@given(st.binary(max_size=300))
def test_decode_on_arbitrary_bytes(data: bytes) -> None:
    try:
        text = decode(data, "x.yaml")
    except LoadError as exc:
        assert exc.finding.code == "encoding"
        return
    check_loader(text)


@pytest.mark.parametrize("text", ["a: &x [*x]", "a: &x {b: *x}", "<<: *nowhere", "a: !!int x"])
def test_loader_on_known_nasties(text: str) -> None:
    check_loader(text)
