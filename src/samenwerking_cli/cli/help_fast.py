"""`samenwerking --help` and `samenwerking COMMAND --help` from the kept text, without typer.

The text is what typer prints (cli/help_keep.py keeps it, a test holds it to typer's output).
It is used only where typer would print exactly that: the console script's program name, a
terminal of 80 columns or more (or no terminal), UTF-8 output, a language typer would accept,
and arguments that are only a help request (with at most one `--lang`). Anything else: None,
and typer answers.
"""

from __future__ import annotations

import os
import sys

from samenwerking_cli.domain.languages import ENV_VAR, LANGUAGES

HELP_FLAGS = ("--help", "-h")


def _language(argv: list[str]) -> tuple[str, list[str]] | None:
    """(language, the arguments without --lang) as cli/language.py would choose it."""
    chosen: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" or arg.startswith("--lang="):
            if chosen is not None:
                return None
            if arg == "--lang":
                if i + 1 >= len(argv):
                    return None
                chosen, i = argv[i + 1], i + 2
            else:
                chosen, i = arg.partition("=")[2], i + 1
        else:
            rest.append(arg)
            i += 1
    if chosen is None:
        chosen = os.environ.get(ENV_VAR, "").strip() or "nl"
    chosen = chosen.strip().lower()
    return (chosen, rest) if chosen in LANGUAGES else None


def _as_typer_would(stream: object) -> bool:
    import shutil

    main = sys.modules.get("__main__")
    if getattr(main, "__package__", None):  # `python -m samenwerking_cli`: another usage line
        return False
    if os.path.basename(sys.argv[0]) != "samenwerking":
        return False
    if os.environ.get("_SAMENWERKING_COMPLETE"):
        return False
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding == "utf8" and shutil.get_terminal_size().columns >= 80


def answer(argv: list[str]) -> int | None:
    """The exit code after printing the kept help; None when typer should answer."""
    if any(a.startswith("-") and a not in HELP_FLAGS and not a.startswith("--lang") for a in argv):
        return None
    chosen = _language(argv)
    if chosen is None:
        return None
    lang, rest = chosen
    if rest and rest[-1] in HELP_FLAGS and len(rest) <= 2:
        key, code = (rest[0] if len(rest) == 2 else ""), 0
    elif not rest:
        key, code = "", 2  # no command: the help to stderr, as a usage error
    else:
        return None
    if not _as_typer_would(sys.stderr if code else sys.stdout):
        return None
    from samenwerking_cli.cli.help_kept import HELP

    text = HELP[lang].get(key)
    if text is None:
        return None  # not a command: typer says so
    return _write(text, code)


def _write(text: str, code: int) -> int:
    """As the commands write: a closed pipe or a full disk is one line and exit 2."""
    stream = sys.stderr if code else sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except OSError as exc:
        from samenwerking_cli.cli import edge
        from samenwerking_cli.cli.settings import Settings

        handled = edge.handle(exc, Settings(), parameter_option=False)
        if handled is None:
            raise
        return handled
    return code
