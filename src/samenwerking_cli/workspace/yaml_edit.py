"""Edit a YAML document in place: comments, key order and the formatting of untouched parts stay.

ruamel.yaml's round-trip mode keeps comments, key order, quotes, flow or block style, anchors
and merge keys, which PyYAML (our reader) throws away. Two precautions make it exact:

- Every plain scalar is loaded as the text it is written as (a resolver that never guesses), so
  `+07`, `.Inf` or `2024.10` are written back unchanged, and every value this module writes is
  given as text, quoted where any YAML reader could take it for something else.
- ruamel still normalises a few layouts (an odd indentation, spaces inside brackets, a plain
  text folded over lines). The document is dumped once untouched and once edited; lines that the
  edit did not change are taken from the original text, so only edited lines can differ.

The caller validates the edited text with the tool's own loader before anything is written.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Sequence
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tag import Tag

try:  # the same reader as loading.py, for the check that restoring kept the structure
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _TextResolver(VersionedResolver):
    """Plain scalars are text exactly as written (an empty one is null); nothing is guessed."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            return Tag(suffix=_NULL if value == "" else _STR)
        return super().resolve(kind, value, implicit)


class EditError(Exception):
    """ruamel.yaml cannot read a document our own loader accepted (should not happen)."""


_KEY_ALONE = re.compile(r"( *)[^\s#-][^#]*:[ \t]*(?:#.*)?")
_DASH = re.compile(r"( *)- ")


def dash_offset(text: str) -> int:
    """How far the files's block lists put `-` in from their key: the most common way."""
    counts: dict[int, int] = {}
    key_indent: int | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        dash = _DASH.match(line)
        if dash and key_indent is not None:
            offset = len(dash.group(1)) - key_indent
            if offset >= 0:
                counts[offset] = counts.get(offset, 0) + 1
        key = _KEY_ALONE.fullmatch(line)
        key_indent = len(key.group(1)) if key else None
    return max(counts, key=lambda k: (counts[k], k)) if counts else 2


def _yaml(text: str) -> YAML:
    dash = dash_offset(text)
    y = YAML(typ="rt")
    y.Resolver = _TextResolver
    y.preserve_quotes = True
    y.width = 4096  # never fold a long line
    y.indent(mapping=2, sequence=dash + 2, offset=dash)
    return y


class Editor:
    def __init__(self, text: str) -> None:
        self.bom = text.startswith("\ufeff")
        body = text[1:] if self.bom else text
        self.crlf = "\r\n" in body
        self.original = body.replace("\r\n", "\n")
        self.yaml = _yaml(self.original)
        try:
            self.root: CommentedMap = self.yaml.load(self.original)
        except YAMLError as exc:
            raise EditError(str(exc)) from None
        _keep_anchors(self.root)
        self.before = self._dump()

    def _dump(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.root, out)
        return out.getvalue()

    def text(self) -> str:
        """The edited document, with every line the edit did not touch as it was written."""
        after = self._dump()
        body = _restore(self.original, self.before, after)
        if body != after and not _same_data(body, after):
            body = after  # putting lines back broke the structure: keep ruamel's layout
        if self.crlf:
            body = body.replace("\n", "\r\n")
        return ("\ufeff" if self.bom else "") + body


def _keep_anchors(node: Any) -> None:
    """An anchor nobody refers to is still written back (ruamel drops those by default)."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        anchor = getattr(item, "anchor", None)
        if anchor is not None and getattr(anchor, "value", None):
            item.yaml_set_anchor(anchor.value, always_dump=True)
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _same_data(a: str, b: str) -> bool:
    try:
        return bool(pyyaml.load(a, Loader=_Loader) == pyyaml.load(b, Loader=_Loader))
    except pyyaml.YAMLError:
        return False


def _restore(original: str, before: str, after: str) -> str:
    """`after`, with each stretch that ruamel normalised put back as the original wrote it,
    where the edit left that stretch alone."""
    if before == original:
        return after
    orig, bef, aft = (s.splitlines(keepends=True) for s in (original, before, after))
    edit = difflib.SequenceMatcher(None, bef, aft, autojunk=False)
    kept: dict[int, int] = {}  # before line -> after line, where the edit changed nothing
    for tag, i1, i2, j1, _j2 in edit.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                kept[i1 + k] = j1 + k
    patches: list[tuple[int, int, list[str]]] = []
    for tag, i1, i2, o1, o2 in difflib.SequenceMatcher(
        None, bef, orig, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:  # the original has lines ruamel left out: put them back between neighbours
            prev, nxt = kept.get(i1 - 1), kept.get(i1)
            at = 0 if i1 == 0 else (prev + 1 if prev is not None else None)
            if at is not None and ((nxt is None and i1 == len(bef)) or nxt == at):
                patches.append((at, at, orig[o1:o2]))
            continue
        mapped = [kept.get(i) for i in range(i1, i2)]
        first = mapped[0]
        if first is not None and mapped == list(range(first, first + len(mapped))):
            patches.append((first, first + len(mapped), orig[o1:o2]))
    for start, end, lines in sorted(patches, reverse=True):
        aft[start:end] = lines
    return "".join(aft)


# --- values as text -----------------------------------------------------------------------


def _pyyaml_tag(text: str) -> str:
    resolver: Any = pyyaml.resolver.Resolver()
    return str(resolver.resolve(pyyaml.ScalarNode, text, (True, False)))


def _ruamel_tag(text: str) -> str:
    return str(VersionedResolver(version=(1, 2)).resolve(ScalarNode, text, (True, False)))


def text_scalar(value: str) -> Any:
    """Text that every YAML reader reads back as this text: plain where that is safe."""
    plain = (
        value
        and value == value.strip()
        and "\n" not in value
        and value.lower() not in _YAML11_WORDS
        and _pyyaml_tag(value) == _STR
        and _ruamel_tag(value) == _STR
    )
    return value if plain else DoubleQuotedScalarString(value)


def date_scalar(value: str) -> Any:
    """A date as the documents write it: plain `2024-03-01`; anything else as text."""
    return value if _DATE.fullmatch(value) else text_scalar(value)


def flow_list(items: Sequence[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def block_list(items: Sequence[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_block_style()
    return seq


def is_flow(value: Any) -> bool:
    return isinstance(value, CommentedSeq) and bool(value.fa.flow_style())


def set_key(mapping: CommentedMap, key: str, value: Any, order: Sequence[str]) -> None:
    """Set `key`; a new key goes after the keys that come before it in `order`."""
    if key in mapping:
        mapping[key] = value
        return
    position = 0
    rank = order.index(key) if key in order else len(order)
    for i, existing in enumerate(mapping):
        if existing in order and order.index(existing) < rank:
            position = i + 1
    mapping.insert(position, key, value)


def _tail(node: Any) -> tuple[list[Any], int] | None:
    """Where ruamel keeps the comment lines that follow a block: on its very last value."""
    if isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        last = list(node)[-1]
        inner = _tail(node[last])
        if inner is not None or isinstance(node[last], CommentedMap | CommentedSeq):
            return inner
        return node.ca.items.setdefault(last, [None, None, None, None]), 2
    if isinstance(node, CommentedSeq) and node and not node.fa.flow_style():
        last = len(node) - 1
        inner = _tail(node[last])
        if inner is not None or isinstance(node[last], CommentedMap | CommentedSeq):
            return inner
        return node.ca.items.setdefault(last, [None, None]), 0
    return None


def remove(container: CommentedMap | CommentedSeq, key: Any) -> None:
    """Remove an entry; the comment lines below it (often the heading of what follows, which
    ruamel attaches to the entry before) move to the entry above."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    keys = list(container) if isinstance(container, CommentedMap) else list(range(len(container)))
    position = keys.index(key)
    place = _tail(container[key])
    lines = ""
    if place is not None and place[0][place[1]] is not None:
        token = place[0][place[1]]
        text = token.value if isinstance(token, CommentToken) else ""
        lines = text[text.index("\n") + 1 :] if "\n" in text else ""  # without its own EOL note
    del container[key]
    if not lines.strip() or position == 0:
        return
    before = keys[position - 1]
    target = _tail(container[before])
    if (
        target is None
        and isinstance(container, CommentedMap)
        and not isinstance(container[before], CommentedMap | CommentedSeq)
    ):
        target = container.ca.items.setdefault(before, [None, None, None, None]), 2
    if target is None:
        return
    existing = target[0][target[1]]
    if isinstance(existing, CommentToken):
        existing.value = existing.value + lines
    else:
        target[0][target[1]] = CommentToken("\n" + lines, CommentMark(0), None)


def shared(node: Any) -> bool:
    """A mapping that other places refer to (an anchor) or that merges another (`<<`):
    editing it in place would change more than this one item."""
    anchor = getattr(node, "anchor", None)
    return bool(getattr(anchor, "value", None)) or (isinstance(node, dict) and "<<" in node)


def fresh_map(pairs: Sequence[tuple[str, Any]]) -> CommentedMap:
    return CommentedMap(pairs)
