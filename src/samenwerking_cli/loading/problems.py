"""How loading fails: LoadError with its finding, the finding codes of loading, and the limits
past which a document is refused."""

from __future__ import annotations

from samenwerking_cli.domain.findings import Finding, clip_quotes

# The finding codes of loading a file (this package), with their help (SARIF, JUnit, README).
CODES: dict[str, str] = {
    "unreadable": "The file or folder cannot be read (missing, no permission, vanished).",
    "not-a-file": "A folder or special file stands where a YAML file is expected.",
    "too-large": "The file is larger than an agreement document can be (2 MB).",
    "encoding": "The file is not UTF-8 text (binary data, UTF-16, or invalid bytes).",
    "syntax": "The YAML cannot be read: indentation, quotes, brackets or tabs.",
    "empty": "The file is empty or holds only comments.",
    "not-a-mapping": "The document is a list or a single value instead of `key: value` lines.",
    "duplicate-key": "A key appears twice in the same mapping.",
    "alias-limit": "Aliases (`*name`) expand to too many values.",
    "too-deep": "The document is nested far deeper than an agreement document needs.",
    "unknown-tag": "A YAML tag such as `!!python/object` is used; tags are not allowed.",
    "key-not-text": "A key is a list or a mapping instead of a word.",
}

MAX_DEPTH = 64
# A framework holds a few thousand values at most; a hostile file of 2 MB can hold 200 000, and
# checking all of them against the schema takes seconds.
MAX_NODES = 20_000

TOO_MANY = (
    f"the document holds more than {MAX_NODES} values; agreement documents hold a few "
    "thousand at most"
)
TOO_MANY_HINT = "check that this is the right file; split very large documents"


class LoadError(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def problem(
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
