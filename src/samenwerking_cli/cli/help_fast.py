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

from samenwerking_cli.domain.languages import ENV_VAR, LANGUAGES, requested

HELP_FLAGS = ("--help", "-h")


def _language(argv: list[str]) -> tuple[str, list[str]] | None:
    """(language, the arguments without --lang) as cli/language.py chooses it; None for more
    than one --lang, a --lang without its value, or a language typer would refuse."""
    rest: list[str] = []
    seen = 0
    i = 0
    while i < len(argv):
        if argv[i] == "--lang":
            seen, i = seen + 1, i + 2
        elif argv[i].startswith("--lang="):
            seen, i = seen + 1, i + 1
        else:
            rest.append(argv[i])
            i += 1
    if seen > 1 or i > len(argv):
        return None
    chosen, _source = requested(argv, os.environ.get(ENV_VAR, ""))
    return (chosen.lower(), rest) if chosen.lower() in LANGUAGES else None


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
    if len(rest) == 1 and rest[0] in HELP_FLAGS:
        key, code = "", 0
    elif len(rest) == 2 and rest[1] in HELP_FLAGS and rest[0][:1] not in ("", "-"):
        key, code = rest[0], 0
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
    stream = sys.stderr if code else sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        # The reader went away (`samenwerking --help | head -1`): quietly, as typer's help does.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
        return 1
    except OSError as exc:  # a full disk: one line, no hint about --output (help has none)
        from samenwerking_cli.cli.output import STDOUT, write_error
        from samenwerking_cli.domain.text import _

        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
        sys.stderr.write(_("Error: {message}").format(message=write_error(STDOUT, exc).message))
        sys.stderr.write("\n")
        return 2
    return code
