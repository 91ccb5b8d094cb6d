"""YAML 1.2 scalars with positions: LibYAML composes the node tree, and our own walk turns the
nodes into Python values, so that we decide what a plain scalar means, refuse duplicate keys
and bound alias expansion."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import yaml

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.problems import (
    MAX_DEPTH,
    MAX_NODES,
    TOO_MANY_HINT,
    LoadError,
    problem,
    too_many,
)

try:  # LibYAML is ~4x faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# First characters for which PyYAML's implicit resolvers can give a plain scalar another tag
# than text (numbers, booleans, null, dates, `<<`, `=`). Fixed here rather than read from
# PyYAML's table, which other libraries may extend for the whole process.
_RESOLVABLE_FIRST = frozenset("-+.0123456789<=~yYnNtTfFoO")


class Loader(_BaseLoader):
    """Composes nodes as PyYAML does, with a fast path for plain text.

    The composer asks for every scalar's tag; most values (names, rationales) start with a
    character no resolver matches, and answering those directly saves about a tenth of the
    parsing time.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and value and value[0] not in _RESOLVABLE_FIRST:
            return STR
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]


MAX_ALIAS_NODES = 10_000
# Larger whole numbers lose precision as JSON numbers (2**53); longer digit strings are not
# even converted, since int() of thousands of digits is slow and Python refuses it.
MAX_SAFE_INT = 2**53
MAX_NUMBER_CHARS = 40

Path_ = tuple[str | int, ...]

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
TIMESTAMP, MAP, SEQ, MERGE = _T + "timestamp", _T + "map", _T + "seq", _T + "merge"
_SCALAR_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, _T + "value"})

# YAML 1.2 core schema readings of a plain scalar.
_INT12 = re.compile(r"[-+]?[0-9]+")
_OCT12 = re.compile(r"0o[0-7]+")
_HEX12 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT12 = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL12 = re.compile(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_BOOL_WORDS = frozenset({"y", "n", "yes", "no", "on", "off"})


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A plain scalar that YAML 1.1 tools and YAML 1.2 tools read differently."""

    raw: str
    reading11: str
    reading12: str
    # boolean-word | leading-zero | sexagesimal | version | not-finite | too-large | other
    # | date (a date for YAML 1.1, text for 1.2) | exponent (`1e3`: text for PyYAML, a number
    # for YAML 1.2) | block (a `|` or `>` scalar: text for all, refused where an id or date
    # is expected)
    kind: str


class Builder:
    """Turns composed nodes into plain Python values, YAML 1.2-style."""

    def __init__(self, display: str, lines: list[str]) -> None:
        self.display = display
        self.lines = lines
        self.ambiguities: dict[Path_, Ambiguity] = {}
        self.problems: list[Finding] = []
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.nodes = 0

    def fail(self, node: yaml.Node, code: str, message: str, hint: str) -> LoadError:
        line = node.start_mark.line + 1
        source = self.lines[line - 1] if line <= len(self.lines) else ""
        return problem(self.display, code, message, hint, line, node.start_mark.column + 1, source)

    def value(self, node: yaml.Node, path: Path_) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.fail(node, "too-large", too_many(), _(TOO_MANY_HINT))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if len(path) > MAX_DEPTH:
            raise self.fail(
                node,
                "too-deep",
                _("the document is nested more than {depth} levels deep").format(depth=MAX_DEPTH),
                _("agreement documents need only a few levels; check the indentation"),
            )
        self.count(node)
        if isinstance(node, yaml.MappingNode):
            if node.tag not in (MAP, _T + "omap"):
                raise self.unknown_tag(node)
            return self.mapping(node, path)
        if node.tag != SEQ:
            raise self.unknown_tag(node)
        return [self.value(item, (*path, i)) for i, item in enumerate(node.value)]

    def count(self, node: yaml.Node) -> None:
        # An alias re-uses a composed node; every reuse is expanded by our walk, so bound it.
        ident = id(node)
        if ident in self.seen:
            self.alias_nodes += _size(node)
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise self.fail(
                    node,
                    "alias-limit",
                    _("aliases (`*name`) expand to too many values"),
                    _("write the values out, or use fewer nested aliases"),
                )
        else:
            self.seen.add(ident)

    def unknown_tag(self, node: yaml.Node) -> LoadError:
        tag = node.tag.replace(_T, "!!")
        return self.fail(
            node,
            "unknown-tag",
            _("the tag {tag} is not allowed in agreement documents").format(tag=tag),
            _("remove `{tag}` and write the value plainly").format(tag=tag),
        )

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        where: dict[str, yaml.Node] = {}
        merges: list[yaml.Node] = []
        merge_key: yaml.Node | None = None
        for key_node, value_node in node.value:
            if key_node.tag == MERGE:
                if merge_key is not None:
                    self.duplicate(key_node, "<<", merge_key)
                    continue
                merge_key = key_node
                merges.extend(
                    value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    self.fail(
                        key_node,
                        "key-not-text",
                        _("a key must be a plain word, not a list or `key: value` lines"),
                        _("write the key as text followed by `:`"),
                    ).finding
                )
                continue
            key = key_node.value
            if key in where:
                self.duplicate(key_node, key, where[key])
                continue  # the first stays, where the finding's lines point
            where[key] = key_node
            result[key] = self.value(value_node, (*path, key))
        for source in merges:
            if not isinstance(source, yaml.MappingNode):
                raise self.fail(
                    source,
                    "syntax",
                    _("a merge (`<<:`) needs `key: value` lines, or a list of them"),
                    _("merge an anchored block of `key: value` lines"),
                )
            self.count(source)
            merged = self.mapping(source, path)
            for key, value in merged.items():
                result.setdefault(key, value)  # keys beside the merge win
        return result

    def duplicate(self, key_node: yaml.Node, key: str, first: yaml.Node) -> None:
        """A key written twice: a finding, and the rest of the file is still checked."""
        self.problems.append(
            self.fail(
                key_node,
                "duplicate-key",
                _("the key `{key}` appears twice: on line {first} and here").format(
                    key=key, first=first.start_mark.line + 1
                ),
                _("keep one of them; other tools would silently use only the last"),
            ).finding
        )

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        tag, raw = node.tag, node.value
        if tag not in _SCALAR_TAGS:
            raise self.unknown_tag(node)
        if node.style in ("|", ">"):  # block scalar: text, but never an id or a date
            self.ambiguous(path, raw, _("text"), _("text"), "block")
            return raw
        if node.style:  # quoted: always text
            return raw
        if tag == STR:
            if raw[:1] in "0123456789+-." and _FLOAT12.fullmatch(raw) and not _INT12.fullmatch(raw):
                # `1e3`, `1.5e3`: PyYAML wants a dot and a signed exponent, YAML 1.2 does not.
                if len(raw) > MAX_NUMBER_CHARS or not abs(float(raw)) <= MAX_SAFE_INT:
                    return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
                return self.ambiguous(
                    path,
                    raw,
                    _('the text "{raw}"').format(raw=raw),
                    _("the number {number}").format(number=_plain(raw)),
                    "exponent",
                )
            if raw.lower() in _BOOL_WORDS:  # y/n: a boolean in YAML 1.1, though not in PyYAML
                word = "true" if raw.lower() in ("yes", "on", "y") else "false"
                return self.ambiguous(
                    path, raw, word, _('the text "{raw}"').format(raw=raw), "boolean-word"
                )
            if raw[:1] in "0123456789+-." and (_INT12.fullmatch(raw) or _OCT12.fullmatch(raw)):
                if len(raw) > MAX_NUMBER_CHARS:
                    return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
                reading = int(raw, 8 if raw.startswith("0o") else 10)
                self.ambiguous(
                    path,
                    raw,
                    _('the text "{raw}"').format(raw=raw),
                    _("the number {number}").format(number=reading),
                    "leading-zero",
                )
                return reading
            return raw
        if tag == NULL:
            return None
        if tag == BOOL:
            if raw in ("true", "True", "TRUE"):
                return True
            if raw in ("false", "False", "FALSE"):
                return False
            word = "true" if raw.lower() in ("yes", "on", "y") else "false"
            return self.ambiguous(
                path, raw, word, _('the text "{raw}"').format(raw=raw), "boolean-word"
            )
        if tag == INT:
            return self.integer(path, raw)
        if tag == FLOAT:
            return self.floating(path, raw)
        # Timestamps stay text until a date field parses them; YAML 1.1 reads a date.
        return self.ambiguous(path, raw, _("a date"), _('the text "{raw}"').format(raw=raw), "date")

    def integer(self, path: Path_, raw: str) -> Any:
        if len(raw) > MAX_NUMBER_CHARS:
            return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
        if _INT12.fullmatch(raw):
            value = int(raw)
            if abs(value) > MAX_SAFE_INT:
                return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
            digits = raw.lstrip("+-")
            if len(digits) > 1 and digits[0] == "0":
                octal = int(raw, 8) if all(c in "01234567" for c in digits) else None
                old = (
                    _("the number {number}").format(number=octal)
                    if octal is not None
                    else _('the text "{raw}"').format(raw=raw)
                )
                self.ambiguous(
                    path, raw, old, _("the number {number}").format(number=value), "leading-zero"
                )
            return value
        if _HEX12.fullmatch(raw):
            value = int(raw, 16)
            if value > MAX_SAFE_INT:
                return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
            return value
        return self.yaml11_number(path, raw)

    def floating(self, path: Path_, raw: str) -> Any:
        if _SPECIAL12.fullmatch(raw):
            value = float(raw.replace(".", "", 1).lower().replace("inf", "inf"))
            self.ambiguous(path, raw, _("not a number"), _("not a number"), "not-finite")
            return value
        if _FLOAT12.fullmatch(raw):
            value = float(raw)
            if not math.isfinite(value):
                self.ambiguous(path, raw, _("infinity"), _("infinity"), "not-finite")
            elif abs(value) > MAX_SAFE_INT:
                # Differences and sums of such values overflow, or lose every cent.
                return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
            elif "." in raw and "e" not in raw.lower() and raw.endswith("0"):
                # `2024.10` becomes 2024.1: harmless for a number, wrong for a version.
                self.ambiguous(
                    path,
                    raw,
                    _("the number {number}").format(number=value),
                    _("the number {number}").format(number=value),
                    "version",
                )
            return value
        return self.yaml11_number(path, raw)

    def yaml11_number(self, path: Path_, raw: str) -> str:
        """A number only in YAML 1.1 (`1:30`, `1_000`, `0b11`): text for YAML 1.2 tools."""
        if len(raw) > MAX_NUMBER_CHARS:
            return self.ambiguous(path, raw, _("too large"), _("too large"), "too-large")
        kind = "sexagesimal" if ":" in raw else "other"
        old = yaml.safe_load(raw)  # the YAML 1.1 reading, only for the message
        return self.ambiguous(
            path,
            raw,
            _("the number {number}").format(number=old),
            _('the text "{raw}"').format(raw=raw),
            kind,
        )

    def ambiguous(self, path: Path_, raw: str, old: str, new: str, kind: str) -> str:
        self.ambiguities[path] = Ambiguity(raw, old, new, kind)
        return raw


def _plain(raw: str) -> str:
    """`1.5e3` as plain digits: 1500; `1e-3`: 0.001."""
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(raw)
        if not -20 <= number.adjusted() <= 20:
            return raw
        text = format(number, "f")
    except (InvalidOperation, ValueError):
        return raw
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _size(node: yaml.Node) -> int:
    """Number of nodes under `node`, counted without recursion limits mattering (shallow docs)."""
    total, stack = 0, [node]
    while stack:
        current = stack.pop()
        total += 1
        if total > MAX_ALIAS_NODES:
            return total
        if isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return total
