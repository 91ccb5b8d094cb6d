"""The languages of the tool, apart from the catalogue: the help's quick path needs no more."""

from __future__ import annotations

from collections.abc import Sequence

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
ENV_VAR = "SAMENWERKING_LANG"


def requested(args: Sequence[str], environment: str) -> tuple[str, str]:
    """(the language asked for, as written, and where: "--lang" or ENV_VAR); not yet checked.

    The last `--lang X` / `--lang=X` before `--` wins, else the environment's value (spaces
    around it ignored), else Dutch. A value is valid when its lower case is in LANGUAGES.
    """
    chosen: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            chosen = args[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    if chosen is not None:
        return chosen, "--lang"
    return (environment.strip() or DEFAULT_LANGUAGE), ENV_VAR
