"""The command line in the chosen language: `--lang`, translated --help and usage errors.

typer builds its help from the English `help=` texts (msgids marked with N_); before a run
the language is taken from the arguments and SAMENWERKING_LANG, and every help text, metavar
and default of the command tree is put through the catalogue. The vendored click writes its
usage errors in English literals, so they are caught and written again here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from samenwerking_cli.domain.languages import ENV_VAR, LANGUAGES, requested
from samenwerking_cli.domain.text import N_, _, set_language

LANG_HELP = N_("Language of everything the tool writes: nl (default) or en.")


class LanguageError(Exception):
    pass


def choose_language(args: Sequence[str]) -> None:
    """`--lang X` / `--lang=X` anywhere before `--`, else SAMENWERKING_LANG, else Dutch."""
    chosen, source = requested(args, os.environ.get(ENV_VAR, ""))
    if chosen.lower() not in LANGUAGES:
        set_language("nl")
        raise LanguageError(
            _('{option}: "{value}" is not a language of samenwerking; choose nl or en').format(
                option=source, value=chosen
            )
        )
    set_language(chosen)


# Texts of the vendored click and of typer that reach the reader, for the catalogue.
CLICK_TEXTS = (
    N_("Show this message and exit."),
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
    N_("Arguments"),
    N_("Options"),
    N_("Commands"),
    N_("default: {default}"),
    N_("required"),
    N_("(dynamic)"),
    N_("Aborted!"),
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
)


# The metavars of the options and arguments, which --help shows in capitals.
METAVARS = (
    N_("DIR"),
    N_("FILE"),
    N_("FORMAT"),
    N_("DATE"),
    N_("PATH"),
    N_("REGION"),
    N_("TOPIC"),
    N_("PARAMETER"),
    N_("OLD.yaml"),
    N_("NEW.yaml"),
    N_("KIND"),
    N_("SLUG"),
    N_("NAME"),
    N_("TEXT"),
    N_("MONTHS"),
    N_("SESSION"),
    N_("EMPLOYER"),
    N_("MUNICIPALITY"),
)


def translate_help(command: Any) -> None:
    """Every help text, metavar and shown default of `command` and its subcommands."""
    for cmd in [command, *getattr(command, "commands", {}).values()]:
        _translate(cmd, ("help", "short_help", "epilog"))
        cmd.options_metavar = _(_original(cmd, "options_metavar", "[OPTIONS]"))
        if hasattr(cmd, "subcommand_metavar"):
            cmd.subcommand_metavar = _(_original(cmd, "subcommand_metavar", "COMMAND [ARGS]..."))
        for param in cmd.params:
            _translate(param, ("help", "metavar"))
            if isinstance(_original(param, "show_default", param.show_default), str):
                _translate(param, ("show_default",))


def _original(obj: Any, attr: str, default: Any) -> Any:
    store: dict[str, Any] = obj.__dict__.setdefault("_msgids", {})
    if attr not in store:
        store[attr] = getattr(obj, attr, default)
    return store[attr]


def _translate(obj: Any, attrs: tuple[str, ...]) -> None:
    for attr in attrs:
        msgid = _original(obj, attr, None)
        if isinstance(msgid, str) and msgid:
            setattr(obj, attr, _(msgid))


def patch_typer_words() -> None:
    """typer's own help words ("Options", "default: …") through the catalogue."""
    import typer.core

    setattr(typer.core, "_", _)  # noqa: B010  (typer.core looks `_` up at call time)


def usage_message(exc: Any) -> str:
    """A click usage error in the chosen language: the same facts, our words."""
    from typer._click import exceptions as errors

    if isinstance(exc, errors.NoSuchOption):
        text = _("there is no option {option}").format(option=exc.option_name)
        if exc.possibilities:
            text += "; " + _("did you mean {options}?").format(
                options=", ".join(sorted(exc.possibilities))
            )
        return text
    if isinstance(exc, errors.MissingParameter):
        name = exc.param.get_error_hint() if exc.param is not None else ""
        return _("{name} is missing").format(name=name.replace("'", ""))
    if isinstance(exc, errors.BadParameter):
        name = exc.param.get_error_hint() if exc.param is not None else ""
        name = name.replace("'", "")
        return f"{name}: {exc.message}" if name else str(exc.message)
    if isinstance(exc, errors.BadOptionUsage):
        if "requires" in exc.message:
            return _("{option} needs a value").format(option=exc.option_name)
        if "does not take a value" in exc.message:
            return _("{option} takes no value").format(option=exc.option_name)
    message = str(exc.message)
    if message.startswith("Got unexpected extra argument"):
        extra = message.partition("(")[2].rpartition(")")[0]
        return _("too many arguments: {args}").format(args=extra)
    if message.startswith("No such command"):
        # click: "No such command 'comapre'. Did you mean 'compare'?" (the last part optional)
        name, _sep, close = message.partition("No such command ")[2].partition(". Did you mean ")
        text = _('there is no command "{name}"').format(name=name.rstrip(".").strip("'\""))
        if close:
            command = close.rstrip("?").strip("'\"")
            text += "; " + _("did you mean {options}?").format(options=f"`{command}`")
        return text
    if message == "Missing command.":
        return _("give a command")
    return message


def show_usage_error(exc: Any) -> None:
    ctx = exc.ctx
    lines = []
    if ctx is not None:
        usage = ctx.get_usage().replace("Usage: ", _("Usage: "), 1)
        lines.append(usage)
        lines.append(_("More about it: {command} --help").format(command=ctx.command_path) + "\n")
    lines.append(_("Error: {message}").format(message=usage_message(exc)))
    sys.stderr.write("\n".join(lines) + "\n")
