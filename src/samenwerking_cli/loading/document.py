"""Read one YAML file safely, YAML 1.2-style, keeping where every key and value stands.

LibYAML composes the node tree (fast, and it keeps positions); our own walk turns nodes into
Python values so that we decide what a plain scalar means, refuse duplicate keys and bound alias
expansion. The node tree is kept on the document only for locating findings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from samenwerking_cli.domain.findings import Finding, clip_quotes
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.nodes import MERGE, Ambiguity, Builder, Loader, Path_
from samenwerking_cli.loading.problems import problem
from samenwerking_cli.loading.read import MAX_BYTES, decode, read_text, too_large
from samenwerking_cli.loading.syntax import reader_error, syntax_error, too_big, too_deep


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


def load_bytes(data: bytes, path: Path, display: str) -> Document:
    """A document from bytes read elsewhere (an earlier version from git), checked like a file."""
    if len(data) > MAX_BYTES:
        raise too_large(display, len(data))
    return parse(decode(data, display), path, display)


def load(path: Path, display: str | None = None) -> Document:
    display = display if display is not None else str(path)
    return parse(read_text(path, display), path, display)


def parse(text: str, path: Path, display: str) -> Document:
    lines = text.splitlines()
    refusal = too_big(text, display, lines)
    if refusal is not None:
        raise refusal
    loader = Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise syntax_error(exc, display, lines) from None
    except yaml.YAMLError as exc:
        raise reader_error(exc, display, lines) from None
    except RecursionError:  # the pure-Python composer recurses once per level
        raise too_deep(display, lines, None) from None
    finally:
        loader.dispose()
    if root is None:
        raise problem(
            display,
            "empty",
            _("the file is empty (or holds only comments)"),
            _("write the document, or remove the file"),
            1,
            1,
        )
    if not isinstance(root, yaml.MappingNode):
        line, column = root.start_mark.line + 1, root.start_mark.column + 1
        raise problem(
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
    builder = Builder(display, lines)
    data = builder.mapping(root, ())
    return Document(path, display, data, root, lines, builder.ambiguities, builder.problems)
