"""How loading fails: LoadError with its finding, the finding codes of loading, and the limits
past which a document is refused."""

from __future__ import annotations

from samenwerking_cli.domain.findings import Finding, clip_quotes
from samenwerking_cli.domain.text import N_, _

# The finding codes of loading a file (this package), with their help (SARIF, JUnit, README).
CODES: dict[str, str] = {
    "unreadable": N_("The file or folder cannot be read (missing, no permission, vanished)."),
    "not-a-file": N_("A folder or special file stands where a YAML file is expected."),
    "too-large": N_("The file is larger than an agreement document can be (2 MB)."),
    "encoding": N_("The file is not UTF-8 text (binary data, UTF-16, or invalid bytes)."),
    "syntax": N_("The YAML cannot be read: indentation, quotes, brackets or tabs."),
    "empty": N_("The file is empty or holds only comments."),
    "not-a-mapping": N_("The document is a list or a single value instead of `key: value` lines."),
    "duplicate-key": N_("A key appears twice in the same mapping."),
    "alias-limit": N_("Aliases (`*name`) expand to too many values."),
    "too-deep": N_("The document is nested far deeper than an agreement document needs."),
    "unknown-tag": N_("A YAML tag such as `!!python/object` is used; tags are not allowed."),
    "key-not-text": N_("A key is a list or a mapping instead of a word."),
}

MAX_DEPTH = 64
# A framework holds a few thousand values at most; a hostile file of 2 MB can hold 200 000, and
# checking all of them against the schema takes seconds.
MAX_NODES = 20_000


def too_many() -> str:
    return _(
        "the document holds more than {count} values; agreement documents hold a few "
        "thousand at most"
    ).format(count=MAX_NODES)


TOO_MANY_HINT = N_("check that this is the right file; split very large documents")


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
