"""The typer application and what every command shares. Commands live in commands/."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from samenwerking_cli import __version__
from samenwerking_cli.cli import edge
from samenwerking_cli.cli.edge import Settings
from samenwerking_cli.cli.language import LANG_HELP
from samenwerking_cli.cli.options import check_choice, parse_as_of, parse_date_option
from samenwerking_cli.domain.text import N_, _, set_language

__all__ = [
    "Settings",
    "app",
    "check_choice",
    "console",
    "parse_as_of",
    "parse_date_option",
]


COMMAND_ORDER = (
    "validate",
    "compare",
    "show",
    "contacts",
    "follow-ups",
    "practices",
    "employer",
    "where",
    "diff",
    "history",
    "report",
    "workbook",
    "import",
    "new-region",
    "schema",
)


class _PlainArgument(TyperArgument):
    """An argument shown in --help by its metavar alone (REGION), not as `REGION <list[str]>`."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def _format_usage(command: Any, ctx: Any, formatter: Any) -> None:
    pieces = command.collect_usage_pieces(ctx)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_("Usage: "))


def _help_option(option: Any) -> Any:
    # click makes the --help option on first use and keeps it; its text follows the language.
    if option is not None:
        option.help = _("Show this message and exit.")
    return option


class _Command(TyperCommand):
    """A command whose usage line and --help option are in the chosen language."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _format_usage(self, ctx, formatter)

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))


class Group(TyperGroup):
    """One edge for errors: user errors are one line (exit 2), findings exit 1 or 2,
    anything unexpected is one line with a hint to report it (traceback with --debug)."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        # typer builds its own argument objects and shows their Python type beside the
        # metavar; options drop it when they have a metavar, arguments need this.
        for command in self.commands.values():
            for param in command.params:
                if type(param) is TyperArgument and param.metavar:
                    param.__class__ = _PlainArgument
            if type(command) is TyperCommand:
                command.__class__ = _Command

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _format_usage(self, ctx, formatter)

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def main(
        self, args: Sequence[str] | None = None, *a: Any, standalone_mode: bool = True, **kw: Any
    ) -> Any:
        """Chooses the language before anything is parsed or shown; usage errors in it."""
        from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
        from typer.exceptions import Abort

        from samenwerking_cli.cli import language as cli_language

        standalone = standalone_mode
        argv = list(sys.argv[1:] if args is None else args)
        try:
            cli_language.choose_language(argv)
        except cli_language.LanguageError as exc:
            edge.err(_("Error: {message}").format(message=exc))
            if standalone:
                sys.exit(2)
            raise
        cli_language.patch_typer_words()
        cli_language.translate_help(self)
        try:
            code = super().main(argv, *a, **{**kw, "standalone_mode": False})
        except NoArgsIsHelpError as exc:
            if not standalone:
                raise
            # No command: the help itself (to stderr, exit 2), not dressed as an error message.
            sys.stderr.write(exc.format_message() + "\n")
            sys.exit(exc.exit_code)
        except UsageError as exc:
            if not standalone:
                raise
            cli_language.show_usage_error(exc)
            sys.exit(exc.exit_code)
        except ClickException as exc:
            if not standalone:
                raise
            exc.show()
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone:
                raise
            edge.err(_("Aborted!"))
            sys.exit(1)
        if standalone:
            sys.exit(code if isinstance(code, int) else 0)
        return code

    def list_commands(self, ctx: Any) -> list[str]:
        # --help lists the commands in the order people use them, validate first.
        names: list[str] = super().list_commands(ctx)
        return sorted(names, key=lambda n: COMMAND_ORDER.index(n) if n in COMMAND_ORDER else 99)

    def invoke(self, ctx: Any) -> Any:  # typer's vendored click Context
        from samenwerking_cli.cli import output

        try:
            try:
                return super().invoke(ctx)
            finally:
                output.flush_stdout()  # a full disk or closed pipe shows here, not at exit
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except (Exception, KeyboardInterrupt, output.Interrupted) as exc:
            code = edge.handle(
                exc, ctx.find_object(Settings), parameter_option=self._has_option(ctx, "parameter")
            )
            if code is None:
                raise
            ctx.exit(code)

    def _has_option(self, ctx: Any, name: str) -> bool:
        command = self.commands.get(ctx.invoked_subcommand or "")
        return command is not None and any(p.name == name for p in command.params)


app = typer.Typer(
    name="samenwerking",
    cls=Group,
    help=N_(
        "Compare and harmonise regional agreements with the national framework of work "
        "agreements (raamwerk werkafspraken)."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: typer's rich help imports ~150 ms of rich/markdown/pygments,
    # which made `samenwerking --help` 2.6x slower than `import typer` (issue 7).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"samenwerking {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version.")),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help=N_("No colours (also: NO_COLOR=1)."))
    ] = False,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="nl|en", help=LANG_HELP, show_default=False)
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help=N_("Show the full traceback of an internal error."))
    ] = False,
) -> None:
    # The language was chosen from the arguments before parsing (Group.main); this checks it.
    ctx.obj = Settings(no_color=no_color, debug=debug)


def _no_color(ctx: typer.Context, value: bool) -> None:
    settings = ctx.find_object(Settings)
    if value and settings is not None:
        settings.no_color = True


# Also after the command name, where users type it (`samenwerking validate --no-color`): the
# same setting as the global option, so console() needs no per-command logic.
NoColorOption = Annotated[
    bool,
    typer.Option(
        "--no-color",
        help=N_("No colours (also: NO_COLOR=1)."),
        callback=_no_color,
        expose_value=False,
    ),
]


def _lang(value: str | None) -> None:
    # Already chosen from the arguments before parsing (Group.main), where an unknown one is
    # refused; without --lang the environment's choice stands.
    if value is not None:
        set_language(value)


# Also after the command name: `samenwerking validate --lang en`.
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="nl|en",
        help=LANG_HELP,
        callback=_lang,
        expose_value=False,
        show_default=False,
    ),
]

RootOption = Annotated[
    Path,
    typer.Option(
        "--root",
        metavar="DIR",
        help=N_("Folder that holds frameworks/, regions/ and employers/."),
        file_okay=False,
        show_default=N_("current folder"),
    ),
]

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help=N_(
            "Reference date (peildatum), YYYY-MM-DD: national values as in force that day; "
            "deviations apply from `since` to `until`; reviews and follow-ups are overdue after "
            "their date."
        ),
        show_default=N_("today"),
    ),
]

AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        metavar="REF|DATE",
        help=N_(
            "The agreements as they were at a git tag, branch or commit, or on a date "
            "(YYYY-MM-DD: the last commit on or before it); read from git, not the work tree."
        ),
        show_default=False,
    ),
]


StaleAfterOption = Annotated[
    int,
    typer.Option(
        "--stale-after",
        metavar="MONTHS",
        min=1,
        help=N_("A contact whose `verified` date lies this many months before --as-of is stale."),
    ),
]


def console(ctx: typer.Context | None = None, *, err: bool = False) -> Any:
    return edge.console(ctx.find_object(Settings) if ctx is not None else None, err=err)
