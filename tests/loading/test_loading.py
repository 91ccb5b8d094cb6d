"""The YAML loader: what it refuses (with a position), and what values it builds, YAML 1.2-style."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, FIXTURES, VALID_ROOT

from samenwerking_cli.loading.document import dotted, load, parse
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.workspace.load import load_workspace

ACCEPTED = FIXTURES / "accepted"


def _refusal(text: str | bytes, tmp_path: Path) -> LoadError:
    path = tmp_path / "doc.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(LoadError) as info:
        load(path, "doc.yaml")
    return info.value


def _region(path: Path) -> object:
    ws = load_workspace(VALID_ROOT, [path], date.fromisoformat(AS_OF))
    assert ws.findings == []
    return ws.regions[path.stem]


# What the loader refuses -------------------------------------------------------------------


def _problem(text: str, tmp_path: Path) -> object:
    """The one loader finding that still leaves a usable document (checked further)."""
    doc = parse(text, tmp_path / "doc.yaml", "doc.yaml")
    assert len(doc.problems) == 1, doc.problems
    return doc.problems[0]


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    f: Any = _problem("region: a\nname: X\nregion: b\n", tmp_path)
    assert (f.code, f.line, f.column) == ("duplicate-key", 3, 1)
    assert "the key `region` appears twice: on line 1 and here" in f.message
    assert f.source_line == "region: b"


def test_duplicate_key_nested(tmp_path: Path) -> None:
    text = "region: a\ncontacts:\n  - role: x\n    email: a@b.example\n    role: y\n"
    f: Any = _problem(text, tmp_path)
    assert (f.code, f.line, f.column) == ("duplicate-key", 5, 5)
    assert "on line 3 and here" in f.message


def test_keys_beside_a_merge_are_not_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("base: &b {a: 1, b: 2}\nitem:\n  <<: *b\n  b: 3\n  c: 4\n", encoding="utf-8")
    assert load(path).data["item"] == {"a": 1, "b": 3, "c": 4}


def test_alias_expansion_is_bounded(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for name, prev in zip("bcdefg", "abcdef", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    f = _refusal("\n".join(lines) + "\n", tmp_path).finding
    assert f.code == "alias-limit"
    assert f.line is not None and f.column is not None


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("a: &a [x, y]\nb: [*a, *a]\n", encoding="utf-8")
    assert load(path).data["b"] == [["x", "y"], ["x", "y"]]


@pytest.mark.parametrize(
    ("text", "what"),
    [("- a\n- b\n", "a list"), ("just text\n", "a single value"), ("42\n", "a single value")],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, what: str) -> None:
    f = _refusal(text, tmp_path).finding
    assert (f.code, f.line, f.column) == ("not-a-mapping", 1, 1)
    assert what in f.message and "`key: value` lines" in f.message


def test_more_than_one_document(tmp_path: Path) -> None:
    f = _refusal("region: a\n---\nregion: b\n", tmp_path).finding
    assert (f.code, f.line, f.column) == ("syntax", 2, 1)
    assert "more than one document" in f.message


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    f = _refusal(b"region: a\nname: Caf\xe9\n", tmp_path).finding
    assert (f.code, f.line, f.column) == ("encoding", 2, 10)
    assert "0xE9" in f.message


def test_utf16_is_refused(tmp_path: Path) -> None:
    f = _refusal("region: a\n".encode("utf-16"), tmp_path).finding
    assert f.code == "encoding" and "UTF-16" in f.message


def test_binary_data_is_refused(tmp_path: Path) -> None:
    f = _refusal(b"region: a\nname: \x00\x01\n", tmp_path).finding
    assert (f.code, f.line) == ("encoding", 2)
    assert "binary" in f.message


def test_tab_indentation_is_called_a_tab(tmp_path: Path) -> None:
    f = _refusal("region: a\ncontacts:\n\t- role: x\n", tmp_path).finding
    assert (f.code, f.line) == ("syntax", 3)
    assert "tab" in f.message and f.hint == "use spaces instead of tabs"


def test_empty_file(tmp_path: Path) -> None:
    f = _refusal("# only a comment\n", tmp_path).finding
    assert f.code == "empty"


def test_deep_nesting_is_refused_before_the_c_parser_recurses(tmp_path: Path) -> None:
    f = _refusal("a: " + "[" * 5000 + "]" * 5000 + "\n", tmp_path).finding
    assert f.code == "too-deep"


DEEP_FLOW = "region: a\nm: " + "[" * 5000 + "]" * 5000 + "\n"


def _depth_refusal(f: object) -> None:
    """Deep nesting is our own located finding with a short message, whatever the parser said:
    the 65th level (the document is the first) opens at line 2, column 4 + 63."""
    assert (f.code, f.line, f.column) == ("too-deep", 2, 67), f  # type: ignore[attr-defined]
    assert f.message == "the document is nested more than 64 levels deep"  # type: ignore[attr-defined]


def test_deep_flow_nesting_is_too_deep_with_the_installed_parser(tmp_path: Path) -> None:
    # PyYAML 6.0.4's LibYAML refuses 1000 levels itself while scanning ahead; older versions
    # stream the events and the pre-scan counts them.
    _depth_refusal(_refusal(DEEP_FLOW, tmp_path).finding)


def test_deep_nesting_counted_by_the_pre_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pure-Python parser streams events without a limit of its own: the pre-scan's count."""
    import yaml

    from samenwerking_cli.loading import document, syntax

    class PythonLoader(yaml.SafeLoader):
        pass

    monkeypatch.setattr(document, "Loader", PythonLoader)  # the composer
    monkeypatch.setattr(syntax, "Loader", PythonLoader)  # the pre-scan
    _depth_refusal(_refusal(DEEP_FLOW, tmp_path).finding)


@pytest.mark.parametrize("where", ["pre-scan", "composer"])
def test_a_parser_that_refuses_the_depth_itself_gives_too_deep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Whichever step of the parser says "exceeded maximum nesting depth" (as LibYAML does from
    PyYAML 6.0.4 on), the finding is `too-deep`, never a syntax error with the whole line."""
    import yaml

    from samenwerking_cli.loading import document, syntax

    def refuse(self: object) -> None:
        mark = yaml.Mark("doc", 5000, 1, 1003, None, None)
        raise yaml.scanner.ScannerError(
            "while increasing flow level", mark, "exceeded maximum nesting depth", mark
        )

    class Refusing(document.Loader):  # type: ignore[misc,valid-type]
        pass

    if where == "pre-scan":
        Refusing.get_event = refuse  # type: ignore[assignment,method-assign]
    else:
        Refusing.get_single_node = refuse  # type: ignore[assignment,method-assign]
    monkeypatch.setattr(document, "Loader", Refusing)  # the composer
    monkeypatch.setattr(syntax, "Loader", Refusing)  # the pre-scan
    f = _refusal(DEEP_FLOW, tmp_path).finding
    assert f.code == "too-deep" and f.line == 2 and f.column is not None
    assert f.message == "the document is nested more than 64 levels deep"


def test_python_composer_recursion_is_too_deep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    from samenwerking_cli.loading import document

    def recurse(self: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    class Recursing(yaml.SafeLoader):
        get_single_node = recurse  # type: ignore[assignment]

    monkeypatch.setattr(document, "Loader", Recursing)
    monkeypatch.setattr(document, "too_big", lambda *args: None)
    assert _refusal("region: a\n", tmp_path).finding.code == "too-deep"


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    f = _refusal("a: !!python/object/apply:os.system [echo hi]\n", tmp_path).finding
    assert (f.code, f.line, f.column) == ("unknown-tag", 1, 4)


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load(tmp_path / "gone.yaml")
    assert info.value.finding.code == "unreadable"


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load(tmp_path)
    assert info.value.finding.code == "not-a-file"


# Values, YAML 1.2-style --------------------------------------------------------------------


def test_bom_and_crlf_are_accepted_and_positions_ignore_them(tmp_path: Path) -> None:
    region = _region(ACCEPTED / "bom-crlf.yaml")
    assert region.name == "Bom en CRLF"  # type: ignore[attr-defined]
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfregion: a\r\nname: X\r\nname: Y\r\n")
    problems = load(path, "bom.yaml").problems
    assert len(problems) == 1
    f = problems[0]
    assert (f.code, f.line, f.column) == ("duplicate-key", 3, 1)
    assert f.source_line == "name: Y"


def test_only_true_and_false_are_booleans(tmp_path: Path) -> None:
    doc = parse("a: yes\nb: No\nc: true\nd: False\ne: on\n", tmp_path / "x.yaml", "x.yaml")
    assert doc.data == {"a": "yes", "b": "No", "c": True, "d": False, "e": "on"}
    assert {p: a.kind for p, a in doc.ambiguities.items()} == {
        ("a",): "boolean-word",
        ("b",): "boolean-word",
        ("e",): "boolean-word",
    }


def test_yes_no_in_text_fields_stay_text() -> None:
    region = _region(ACCEPTED / "yes-no-quoted-as-text.yaml")
    contact = region.contacts[0]  # type: ignore[attr-defined]
    assert (contact.role, contact.organisation, contact.name) == ("yes", "Off", "no")
    assert region.deviations["proef.aanspreekpunt"].value == "no"  # type: ignore[attr-defined]
    assert region.additions[0].title == "on"  # type: ignore[attr-defined]


def test_leading_zero_in_text_fields_keeps_the_zero() -> None:
    region = _region(ACCEPTED / "leading-zero-quoted-as-text.yaml")
    phones = [c.phone for c in region.contacts]  # type: ignore[attr-defined]
    assert phones == ["010", "0612345678"]
    assert region.deviations["proef.aanspreekpunt"].value == "0800"  # type: ignore[attr-defined]


def test_time_and_date_in_text_fields_stay_as_written() -> None:
    region = _region(ACCEPTED / "time-and-date-quoted-as-text.yaml")
    assert region.name == "2024-03-01"  # type: ignore[attr-defined]
    deviation = region.deviations["proef.aanspreekpunt"]  # type: ignore[attr-defined]
    assert deviation.value == "1:30"
    assert str(deviation.since) == "2024-03-01" and str(deviation.review_by) == "2026-03-01"


def test_version_like_number_is_kept_as_written() -> None:
    path = ACCEPTED / "version-quoted-as-text.yaml"
    ws = load_workspace(VALID_ROOT, [path])
    assert ws.findings == []
    framework = ws.frameworks["version-quoted-as-text"]
    assert framework.version == "2024.10"
    assert framework.parameter("t.pct").baseline == 12.5  # type: ignore[union-attr]
    assert framework.parameter("t.tarief").baseline == 90.1  # type: ignore[union-attr]


def test_merge_keys_and_aliases_build_the_contacts() -> None:
    region = _region(ACCEPTED / "anchors-and-merge-keys.yaml")
    contacts = [(c.role, c.email, c.phone) for c in region.contacts]  # type: ignore[attr-defined]
    assert contacts == [
        ("Accountmanager", "wsp@alpha.example", None),
        ("Jobcoach", "jobcoach@alpha.example", None),
        ("Accountmanager", "wsp@alpha.example", "0318 123456"),
    ]
    rationales = {d.rationale for d in region.deviations.values()}  # type: ignore[attr-defined]
    assert rationales == {"Zo afgesproken in de regio."}


def test_numbers_integers_and_hex(tmp_path: Path) -> None:
    doc = parse("a: 12\nb: 12.5\nc: 0x1F\nd: -3\ne: 1.5e+3\n", tmp_path / "x.yaml", "x.yaml")
    assert doc.data == {"a": 12, "b": 12.5, "c": 31, "d": -3, "e": 1500.0}
    assert doc.ambiguities == {}


def test_ambiguities_record_both_readings(tmp_path: Path) -> None:
    doc = parse("a: 010\nb: 1:30\nc: 2024.10\n", tmp_path / "x.yaml", "x.yaml")
    seen = {p[0]: (a.raw, a.reading11, a.reading12, a.kind) for p, a in doc.ambiguities.items()}
    assert seen["a"] == ("010", "the number 8", "the number 10", "leading-zero")
    assert seen["b"] == ("1:30", "the number 90", 'the text "1:30"', "sexagesimal")
    assert seen["c"][0] == "2024.10" and seen["c"][3] == "version"


def test_locate_points_at_keys_and_values(tmp_path: Path) -> None:
    text = "region: a\ncontacts:\n  - role: x\n    email: a@b.example\n"
    doc = parse(text, tmp_path / "x.yaml", "x.yaml")
    assert doc.locate(("contacts", 0, "email")) == (4, 12)
    assert doc.locate(("contacts", 0, "email"), key=True) == (4, 5)
    # A missing key points at the deepest part that exists.
    assert doc.locate(("contacts", 0, "phone")) == (3, 5)
    assert doc.raw(("contacts", 0, "role")) == "x"
    assert dotted(("contacts", 0, "email")) == "contacts[1].email"


# One meaning for every YAML reader (issue 11) ------------------------------------------------


def test_readings_that_differ_between_yaml_readers_are_recorded(tmp_path: Path) -> None:
    doc = parse(
        "a: 1.5e3\nb: 1e3\nc: 1.5e+3\nd: 2024-03-01\ne: |\n  x\nf: '1e3'\ng: 089\n",
        tmp_path / "x.yaml",
        "x.yaml",
    )
    kinds = {p: (a.kind, a.reading12) for p, a in doc.ambiguities.items()}
    assert kinds[("a",)] == ("exponent", "the number 1500")
    assert kinds[("b",)] == ("exponent", "the number 1000")
    assert ("c",) not in kinds and doc.data["c"] == 1500.0  # a number for every reader
    assert kinds[("d",)][0] == "date" and doc.data["d"] == "2024-03-01"
    assert kinds[("e",)][0] == "block" and doc.data["e"] == "x\n"
    assert ("f",) not in kinds  # quoted: text for every reader
    assert kinds[("g",)][0] == "leading-zero"


@pytest.mark.parametrize(
    "raw", ["1.0e+307", "-1.0e+308", "12345678901234567.5", "1e400", "1.5e300"]
)
def test_numbers_beyond_what_a_value_can_hold_are_too_large(tmp_path: Path, raw: str) -> None:
    doc = parse(f"a: {raw}\n", tmp_path / "x.yaml", "x.yaml")
    assert doc.ambiguities[("a",)].kind == "too-large"
    assert doc.data["a"] == raw  # never a float that overflows when subtracted


def test_a_duplicate_merge_key_is_a_duplicate(tmp_path: Path) -> None:
    f: Any = _problem("x: &a {p: 1}\ny: &b {q: 2}\nz:\n  <<: *a\n  <<: *b\n", tmp_path)
    assert (f.code, f.line, f.column) == ("duplicate-key", 5, 3)
    assert "`<<` appears twice: on line 4 and here" in f.message
