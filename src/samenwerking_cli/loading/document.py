"""Read one YAML file safely, YAML 1.2-style, keeping where every key and value stands.

LibYAML composes the node tree (fast, and it keeps positions); our own walk turns nodes into
Python values so that we decide what a plain scalar means, refuse duplicate keys and bound alias
expansion. The node tree is kept on the document only for locating findings.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from samenwerking_cli.domain.findings import Finding, clip_quotes
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading import yaml_errors

try:  # LibYAML is ~4x faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# First characters for which PyYAML's implicit resolvers can give a plain scalar another tag
# than text (numbers, booleans, null, dates, `<<`, `=`). Fixed here rather than read from
# PyYAML's table, which other libraries may extend for the whole process.
_RESOLVABLE_FIRST = frozenset("-+.0123456789<=~yYnNtTfFoO")


class _Loader(_BaseLoader):
    """Composes nodes as PyYAML does, with a fast path for plain text.

    The composer asks for every scalar's tag; most values (names, rationales) start with a
    character no resolver matches, and answering those directly saves about a tenth of the
    parsing time.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and value and value[0] not in _RESOLVABLE_FIRST:
            return STR
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]


MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
# A framework holds a few thousand values at most; a hostile file of 2 MB can hold 200 000, and
# checking all of them against the schema takes seconds.
MAX_NODES = 20_000
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
# Cheap signs that a file might nest deeper, or hold more values, than the composer should
# take (see _too_big).
_DEEP_INDENT = re.compile(r"\n[ \t]{200}")
_DEEP_COMPACT = re.compile(r"(?:[-?][ \t]+){20}")
_COMPACT_PAIRS = ("- -", "- ?", "? -", "? ?", "-\t", "?\t")


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


class LoadError(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass(slots=True)
class Document:
    path: Path
    display: str
    data: dict[str, Any]
    root: yaml.MappingNode
    lines: list[str]
    ambiguities: dict[Path_, Ambiguity] = field(default_factory=dict)
    # Findings of the loader that still leave a usable document (a duplicate key): reported
    # with the rest of the file's findings rather than instead of them.
    problems: list[Finding] = field(default_factory=list)
    # Key lookups of large mappings, by the mapping node's id: locating every finding of a
    # mapping with thousands of keys would otherwise scan it once per finding.
    _keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(
        default_factory=dict, repr=False
    )

    def locate(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at `path` (or of its key, with key=True).

        Walks as far as the path exists, so a missing key points at its parent.
        """
        node: yaml.Node = self.root
        key_node: yaml.Node | None = None
        for part in path:
            found = self._child(node, part)
            if found is None:
                break
            key_node, node = found
        target = key_node if key and key_node is not None else node
        return target.start_mark.line + 1, target.start_mark.column + 1

    def _child(self, node: yaml.Node, part: str | int) -> tuple[yaml.Node, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode) or len(node.value) < 32:
            return _child(node, part)
        keys = self._keys.get(id(node))
        if keys is None:
            keys = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.tag != MERGE:
                    keys.setdefault(k.value, (k, v))
            self._keys[id(node)] = keys
        found = keys.get(part) if isinstance(part, str) else None
        return found if found is not None else _child(node, part)

    def source_line(self, line: int) -> str:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    def finding(
        self,
        path: Path_,
        code: str,
        message: str,
        hint: str = "",
        *,
        severity: str = "error",
        key: bool = False,
        about: str = "",
    ) -> Finding:
        line, column = self.locate(path, key=key)
        return Finding(
            file=self.display,
            line=line,
            column=column,
            severity="warning" if severity == "warning" else "error",
            code=code,
            message=clip_quotes(message),
            hint=clip_quotes(hint),
            key=about or dotted(path),
            source_line=self.source_line(line),
        )

    def raw(self, path: Path_) -> str | None:
        """The scalar at `path` exactly as written in the file (without quotes)."""
        node: yaml.Node = self.root
        for part in path:
            found = self._child(node, part)
            if found is None:
                return None
            node = found[1]
        return node.value if isinstance(node, yaml.ScalarNode) else None


def display_name(path: Path | str) -> str:
    """A file name for people: bytes that are not UTF-8 (kept by Python as surrogates) are
    shown as `\\xe9`, so the name can be printed and written into any output."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def dotted(path: Path_) -> str:
    """`contacts[1].email` for people: list items counted from 1, as in an editor."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _child(node: yaml.Node, part: str | int) -> tuple[yaml.Node, yaml.Node] | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        if 0 <= part < len(node.value):
            return node, node.value[part]
        return None
    if isinstance(node, yaml.MappingNode):
        merges: list[yaml.Node] = []
        for k, v in node.value:
            if k.tag == MERGE:
                merges.extend(v.value if isinstance(v, yaml.SequenceNode) else [v])
            elif isinstance(k, yaml.ScalarNode) and k.value == part:
                return k, v
        for source in merges:
            found = _child(source, part)
            if found is not None:
                return found
    return None


def _problem(
    display: str,
    code: str,
    message: str,
    hint: str = "",
    line: int | None = None,
    column: int | None = None,
    source: str = "",
) -> LoadError:
    finding = Finding(
        display, line, column, "error", code, clip_quotes(message), clip_quotes(hint), "", source
    )
    return LoadError(finding)


def read_text(path: Path, display: str) -> str:
    """The file's text, or a LoadError that says in plain words why it cannot be read."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _problem(
            display,
            "unreadable",
            _("the file does not exist (any more)"),
            _("check the path and the file name"),
        ) from None
    except OSError as exc:
        raise _unreadable(display, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise _problem(
            display,
            "not-a-file",
            _("this is a folder, not a file"),
            _("give the path of a .yaml file, or the folder as a separate argument"),
        )
    if not stat.S_ISREG(st.st_mode):
        raise _problem(
            display,
            "not-a-file",
            _("this is not a regular file"),
            _("give the path of a .yaml file"),
        )
    if st.st_size > MAX_BYTES:
        raise _too_large(display, st.st_size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(display, exc) from None
    if len(data) > MAX_BYTES:  # the file grew after it was measured
        raise _too_large(display, len(data))
    return decode(data, display)


def _unreadable(display: str, exc: OSError) -> LoadError:
    return _problem(
        display,
        "unreadable",
        _("the file cannot be read: {reason}").format(reason=exc.strerror),
        _("check the path and its permissions"),
    )


def _too_large(display: str, size: int) -> LoadError:
    return _problem(
        display,
        "too-large",
        _("the file is {size} MB; agreement documents are at most {most} MB").format(
            size=f"{size / 1048576:.1f}", most=MAX_BYTES // 1048576
        ),
        _("check that this is the right file; split very large documents"),
    )


def decode(data: bytes, display: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _problem(
            display,
            "encoding",
            _("the file is saved as UTF-16, not UTF-8"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            1,
            1,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _utf16_without_bom(data[:400]):
        raise _problem(
            display,
            "encoding",
            _("the file is saved as UTF-16, not UTF-8"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            1,
            1,
        )
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise _problem(
            display,
            "encoding",
            _("the file contains binary data, not text"),
            _("check that this is a YAML text file saved as UTF-8"),
            line,
            None,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise _problem(
            display,
            "encoding",
            _("the file is not valid UTF-8 (byte {byte})").format(byte=f"0x{data[exc.start]:02X}"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            line,
            column,
        ) from None


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16 has a NUL byte beside nearly every Latin letter, all on one side."""
    if len(head) < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.05 * half


def load_bytes(data: bytes, path: Path, display: str) -> Document:
    """A document from bytes read elsewhere (an earlier version from git), checked like a file."""
    if len(data) > MAX_BYTES:
        raise _too_large(display, len(data))
    return parse(decode(data, display), path, display)


def load(path: Path, display: str | None = None) -> Document:
    display = display if display is not None else str(path)
    return parse(read_text(path, display), path, display)


def parse(text: str, path: Path, display: str) -> Document:
    lines = text.splitlines()
    refusal = _too_big(text, display, lines)
    if refusal is not None:
        raise refusal
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, display, lines) from None
    except yaml.YAMLError as exc:
        raise _reader_error(exc, display, lines) from None
    except RecursionError:  # the pure-Python composer recurses once per level
        raise _too_deep(display, lines, None) from None
    finally:
        loader.dispose()
    if root is None:
        raise _problem(
            display,
            "empty",
            _("the file is empty (or holds only comments)"),
            _("write the document, or remove the file"),
            1,
            1,
        )
    if not isinstance(root, yaml.MappingNode):
        line, column = root.start_mark.line + 1, root.start_mark.column + 1
        raise _problem(
            display,
            "not-a-mapping",
            _("the document is a list, but an agreement document is `key: value` lines")
            if isinstance(root, yaml.SequenceNode)
            else _(
                "the document is a single value, but an agreement document is `key: value` lines"
            ),
            _("start the file with `framework:` or `region:` lines"),
            line,
            column,
            lines[line - 1] if line <= len(lines) else "",
        )
    builder = _Builder(display, lines)
    data = builder.mapping(root, ())
    return Document(path, display, data, root, lines, builder.ambiguities, builder.problems)


def _too_many() -> str:
    return _(
        "the document holds more than {count} values; agreement documents hold a few "
        "thousand at most"
    ).format(count=MAX_NODES)


_TOO_MANY_HINT = N_("check that this is the right file; split very large documents")


def _too_big(text: str, display: str, lines: list[str]) -> LoadError | None:
    """A `too-deep` or `too-large` refusal when the document nests deeper than MAX_DEPTH or
    holds far more than MAX_NODES values; None otherwise.

    LibYAML's composer recurses in C and crashes the process on very deep nesting (or, from
    PyYAML 6.0.4 on, refuses it itself at 1000 levels with a syntax error), and takes seconds
    and hundreds of MB for a million tiny values (`[1,1,1,...]`), so such documents must be
    refused before it runs. Ordinary files are cleared by cheap text checks; only suspicious
    ones are measured exactly with the (non-recursive, streaming) event parser.
    """
    brackets = text.count("[") + text.count("{")
    most_nodes = 3 * text.count("\n") + text.count(",") + brackets
    if (
        brackets < 200
        and most_nodes < MAX_NODES
        and not _DEEP_INDENT.search(text)
        and not (any(p in text for p in _COMPACT_PAIRS) and _DEEP_COMPACT.search(text))
    ):
        return None
    depth = nodes = 0
    after: Any = None  # where the last event ended (PyYAML's or LibYAML's mark)
    loader = _Loader(text)
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return None
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _too_deep(display, lines, event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if isinstance(event, yaml.NodeEvent):
                nodes += 1  # keys too, hence the margin
                if nodes > 2 * MAX_NODES + 1000:
                    return _problem(display, "too-large", _too_many(), _(_TOO_MANY_HINT))
            after = event.end_mark
    except yaml.MarkedYAMLError as exc:
        if _is_depth_error(exc):
            # The scanner looked ahead past its own limit before giving us the deep events.
            start = after.index if after is not None else 0
            return _too_deep(display, lines, _flow_depth_mark(text, start, depth))
        return None  # the composer reports the syntax error with its position
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


_DEPTH_WORDS = ("nesting depth", "nesting level", "too deep", "depth limit")


def _is_depth_error(exc: yaml.MarkedYAMLError) -> bool:
    """Whether the parser refused the nesting depth (PyYAML 6.0.4: "exceeded maximum nesting
    depth"); other wordings of later versions are matched loosely."""
    text = f"{exc.context or ''} {exc.problem or ''}".lower()
    return any(word in text for word in _DEPTH_WORDS)


# Brackets outside quoted text and comments: enough to find where flow nesting gets too deep.
_FLOW_TOKEN = re.compile(
    r"""(?:(?<=[\s\[{,:])|^)(?:"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"""
    r"|(?:(?<=\s)|^)#[^\n]*|[\[\]{}]",
    re.MULTILINE,
)


def _flow_depth_mark(text: str, start: int, depth: int) -> tuple[int, int] | None:
    """Line and column (0-based) of the bracket that opens level MAX_DEPTH + 1, counting from
    `depth` levels at `start`; None when no bracket gets there."""
    for match in _FLOW_TOKEN.finditer(text, start):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                at = match.start()
                line_start = text.rfind("\n", 0, at) + 1
                return text.count("\n", 0, at), at - line_start
        elif token in "]}":
            depth -= 1
    return None


def _too_deep(display: str, lines: list[str], mark: Any) -> LoadError:
    """`mark`: a parser's mark (PyYAML's or LibYAML's), 0-based (line, column), or None."""
    where = mark if mark is None or isinstance(mark, tuple) else (mark.line, mark.column)
    line, column = (where[0] + 1, where[1] + 1) if where is not None else (None, None)
    source = lines[line - 1] if line is not None and line <= len(lines) else ""
    return _problem(
        display,
        "too-deep",
        _("the document is nested more than {depth} levels deep").format(depth=MAX_DEPTH),
        _("agreement documents need only a few levels; check the indentation and brackets"),
        line,
        column,
        source,
    )


def _syntax_error(exc: yaml.MarkedYAMLError, display: str, lines: list[str]) -> LoadError:
    if _is_depth_error(exc):
        return _too_deep(display, lines, exc.problem_mark or exc.context_mark)
    return LoadError(yaml_errors.syntax_finding(exc, display, lines))


def _reader_error(exc: yaml.YAMLError, display: str, lines: list[str]) -> LoadError:
    return LoadError(yaml_errors.reader_finding(exc, display, lines))


class _Builder:
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
        return _problem(self.display, code, message, hint, line, node.start_mark.column + 1, source)

    def value(self, node: yaml.Node, path: Path_) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.fail(node, "too-large", _too_many(), _(_TOO_MANY_HINT))
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
