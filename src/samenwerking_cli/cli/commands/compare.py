"""`compare`, `show`, `contacts` and `diff`: where regions deviate, what they agreed, whom to call,
and what changed between two versions of a file."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
    AtOption,
    LangOption,
    NoColorOption,
    RootOption,
    StaleAfterOption,
    app,
    check_choice,
    console,
    parse_as_of,
)
from samenwerking_cli.domain.text import N_, _

_FORMATS = ("table", "json", "csv", "markdown", "xlsx")  # the keys of render.compare_formats

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=N_(
            "Output: table (screen), json, csv (for scripts: `;` and decimal comma), markdown, "
            "xlsx (an Excel workbook with typed cells; needs --output)."
        ),
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        help=N_("Write to this file (replaced in one go) instead of the screen."),
        show_default=False,
    ),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option(
        "--framework",
        metavar="ID",
        help=N_("Framework id (default: the regions' own, or the only one)."),
        show_default=False,
    ),
]
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        metavar="TOPIC",
        help=N_("Only this topic (repeatable)."),
        show_default=False,
    ),
]
ParameterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--parameter",
        "-p",
        metavar="PARAMETER",
        help=N_("Only this parameter, as topic.parameter (repeatable)."),
        show_default=False,
    ),
]


def _check_options(
    value: str, output: Path | None, root: Path, inputs: Sequence[Path] = ()
) -> None:
    from samenwerking_cli.cli.guard import check_output

    check_choice("--format", value, _FORMATS)
    if value == "xlsx":
        _check_binary(output)
    # Before the work, not after; diff reads only its two files, the others the whole root.
    check_output(output, [root], inputs, reads_roots=not inputs)


def _check_binary(output: Path | None) -> None:
    """A workbook is binary: to a file, or to standard output only when that is not a screen."""
    import sys

    from samenwerking_cli.domain.findings import UserError

    if output is None or (str(output) == "-" and sys.stdout is not None and sys.stdout.isatty()):
        raise UserError(
            _("--format xlsx writes an Excel file, not text for the screen"),
            _("give the file with --output, for example --output vergelijking.xlsx"),
        )


def _emit(
    ctx: typer.Context,
    renderers: dict[str, Any],
    view: Any,
    output_format: str,
    output: Path | None,
    inputs: Sequence[str | Path] = (),
) -> None:
    from samenwerking_cli.cli.output import emit, emit_bytes
    from samenwerking_cli.render.views.formats import BINARY
    from samenwerking_cli.render.views.table import Canvas

    if output_format in BINARY:
        emit_bytes(renderers[output_format](view, None), output, inputs=[Path(p) for p in inputs])
        return
    screen = console(ctx)
    if output is None or str(output) == "-":
        canvas = Canvas(screen.width, bool(screen.is_terminal and not screen.no_color))
    else:
        canvas = Canvas(120, False)
    emit(renderers[output_format](view, canvas), output, inputs=[Path(p) for p in inputs])


def _left_out(ctx: typer.Context, ws: Any) -> None:
    """After the output: why each invalid region file was left out (stderr), then exit 1."""
    if not ws.excluded:
        return
    from samenwerking_cli.render.compare_labels import excluded_line
    from samenwerking_cli.render.findings import text as render_findings

    err = console(ctx, err=True)
    err.print(excluded_line(ws.excluded), markup=False, highlight=False, soft_wrap=True)
    render_findings.text(ws.errors, len(ws.files), err)  # ends with the summary line
    raise typer.Exit(1)


@app.command(
    help=N_(
        "Where regions deviate from the national framework, better or worse for employers.\n"
        "\n"
        "Without regions: the harmonisation index and the employer balance of every region, topic\n"
        "and the country. With regions: each deviation with the national and regional value, and\n"
        "where the regions differ from each other. A deviation whose `since` lies after --as-of is\n"
        "not yet in force. Invalid region files are left out, named in the output, and exit 1.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking compare\n"
        "\n"
        "  samenwerking compare foodvalley flevoland --topic jobcoaching\n"
        "\n"
        "  samenwerking compare foodvalley --against flevoland --format csv -o verschillen.csv\n"
        "\n"
        "  samenwerking compare --employer sorteerpost"
    ),
)
def compare(
    ctx: typer.Context,
    regions: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="REGION",
            help=N_("Regions by id, CBS code or name (default: the overview of all regions)."),
            show_default=False,
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            metavar="REGION",
            help=N_("Only the parameters where REGION and this region differ."),
            show_default=False,
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option(
            "--employer",
            metavar="EMPLOYER",
            help=N_(
                "The regions where this employer has sites, with its own figures (weighted by "
                "its doelgroep employees) next to the national ones."
            ),
            show_default=False,
        ),
    ] = None,
    root: RootOption = Path("."),
    framework: FrameworkOption = None,
    topic: TopicOption = None,
    parameter: ParameterOption = None,
    as_of: AsOfOption = None,
    with_proposals: Annotated[
        bool,
        typer.Option(
            "--proposals",
            help=N_(
                "Also list the proposals for a dialogue session, with their effect on both "
                "measures."
            ),
        ),
    ] = False,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.domain.findings import UserError
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import against_view, compare_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.employers import pick_employer
    from samenwerking_cli.workspace.load import pick_framework, pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    _check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    chosen = pick_regions(ws, regions or [])
    other = pick_regions(ws, [against]) if against is not None else []
    if against is not None and len(chosen) != 1:
        raise UserError(
            _("--against compares one region with one other region"),
            _("name one region, for example: samenwerking compare foodvalley --against flevoland"),
        )
    own = pick_employer(ws, employer) if employer is not None else None
    if own is not None and other:
        raise UserError("--employer and --against cannot be combined", "leave out one of them")
    if own is not None:
        framework = framework or own.framework
    fw = framework_of(ws.frameworks, framework, chosen + other) or pick_framework(ws, framework)
    cut = restrict(fw, topic or [], parameter or [])
    if other:
        view: Any = against_view(cut, chosen[0], other[0], day)
        renderers = compare_formats.AGAINST
    else:
        view = compare_view(
            cut,
            list(ws.regions.values()),
            chosen,
            day,
            subset=subset_of(fw, cut),
            excluded=ws.excluded,
            with_proposals=with_proposals,
            employer=own,
        )
        renderers = compare_formats.COMPARE
    _emit(ctx, renderers, view, output_format, output, _inputs(ws))
    _left_out(ctx, ws)


def _inputs(ws: Any) -> list[str]:
    """The files read, to guard the output against; none from git (--at)."""
    return [] if ws.commit is not None else list(ws.files)


@app.command(
    help=N_(
        "A region's agreement as it applies: every parameter with its value and where it comes\n"
        "from (national: the national framework; region: the region's own deviation).\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking show foodvalley\n"
        "\n"
        "  samenwerking show AM38 --format json"
    )
)
def show(
    ctx: typer.Context,
    region: Annotated[
        str, typer.Argument(metavar="REGION", help=N_("Region by id, CBS code or name."))
    ],
    root: RootOption = Path("."),
    topic: TopicOption = None,
    parameter: ParameterOption = None,
    as_of: AsOfOption = None,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import show_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.load import pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    _check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    (chosen,) = pick_regions(ws, [region])
    fw = framework_of(ws.frameworks, None, [chosen])
    assert fw is not None  # a valid region names a framework that loaded
    cut = restrict(fw, topic or [], parameter or [])
    view = show_view(cut, chosen, day, subset_of(fw, cut), ws.excluded)
    _emit(ctx, compare_formats.SHOW, view, output_format, output, _inputs(ws))
    _left_out(ctx, ws)


@app.command(
    help=N_(
        "Whom to call in each region for each topic; --missing lists the gaps.\n"
        "\n"
        "A contact without topics is the region's general contact: it serves every topic without\n"
        "a contact of its own (not a gap). The age of a contact is counted from its `verified`\n"
        "date to --as-of; older than --stale-after months is stale.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking contacts --region foodvalley\n"
        "\n"
        "  samenwerking contacts --missing --topic jobcoaching --format csv -o gaten.csv\n"
        "\n"
        "  samenwerking contacts --region rivierenland --format vcard -o rivierenland.vcf"
    ),
)
def contacts(
    ctx: typer.Context,
    missing: Annotated[
        bool, typer.Option("--missing", help=N_("List the region/topic pairs without a contact."))
    ] = False,
    region: Annotated[
        list[str] | None,
        typer.Option(
            "--region",
            "-r",
            metavar="REGION",
            help=N_("Only this region (repeatable)."),
            show_default=False,
        ),
    ] = None,
    topic: TopicOption = None,
    root: RootOption = Path("."),
    framework: FrameworkOption = None,
    as_of: AsOfOption = None,
    stale_after: StaleAfterOption = 12,
    at: AtOption = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=N_(
                "Output: table (screen), json, csv (for scripts: `;` and decimal comma), "
                "markdown, xlsx (an Excel workbook; needs --output), vcard (address book)."
            ),
        ),
    ] = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.engine.contacts import directory
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.render.views import vcard
    from samenwerking_cli.workspace.load import pick_framework, pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    # vcard is named in --help; the error for an unknown format keeps listing the four
    # formats the other commands share.
    _check_options("table" if output_format == "vcard" else output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    chosen = pick_regions(ws, region or [])
    fw = framework_of(ws.frameworks, framework, chosen) or pick_framework(ws, framework)
    view = directory(
        restrict(fw, topic or [], []),
        chosen or list(ws.regions.values()),
        ws.excluded,
        as_of=day,
        stale_after=stale_after,
    )
    renderers = compare_formats.MISSING if missing else compare_formats.CONTACTS
    renderers = {**renderers, "vcard": vcard.vcard}
    _emit(ctx, renderers, view, output_format, output, _inputs(ws))
    _left_out(ctx, ws)


@app.command(
    help=N_(
        "What changed, in domain terms: between two versions of one framework or region file,\n"
        "or in every document under --root between two git refs (REF REF2), or between a ref and\n"
        "the work tree (REF alone). An argument that names a file, or ends in .yaml or .yml, is a\n"
        "file; anything else is a git ref or a date (YYYY-MM-DD).\n"
        "\n"
        "Exit code 0: no differences; 1: differences; 2: a file or ref cannot be read or is not\n"
        "valid.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking diff /tmp/oud.yaml regions/foodvalley.yaml\n"
        "\n"
        "  samenwerking diff dialoogsessie-2018-09\n"
        "\n"
        "  samenwerking diff dialoogsessie-2018-09 dialoogsessie-2019-03 --format csv -o wijzigingen.csv"
    )
)
def diff(
    ctx: typer.Context,
    old: Annotated[
        str,
        typer.Argument(
            metavar="OLD.yaml",
            help=N_("The earlier version: a file, or a git tag, branch, commit or date (REF)."),
        ),
    ],
    new: Annotated[
        str | None,
        typer.Argument(
            metavar="NEW.yaml",
            help=N_(
                "The later version: a file (after a file), or a REF (after a REF; left out: "
                "the work tree)."
            ),
            show_default=False,
        ),
    ] = None,
    root: Annotated[
        Path,
        typer.Option(
            "--root",
            metavar="DIR",
            file_okay=False,
            help=N_(
                "Folder with frameworks/ (for parameter titles in a region diff); with REFs "
                "the folder whose documents are compared."
            ),
            show_default=N_("current folder"),
        ),
    ] = Path("."),
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.domain.findings import FindingsError, UserError
    from samenwerking_cli.engine.diff import diff_versions
    from samenwerking_cli.render.findings import text as render_findings
    from samenwerking_cli.render.views import formats as compare_formats

    files = _is_file(old)
    if files and new is None:
        raise UserError(
            _("{file} is a file: give the later version too (diff OLD.yaml NEW.yaml)").format(
                file=old
            ),
            _(
                "to compare the agreements at a git ref with the work tree, give the ref: "
                "samenwerking diff dialoogsessie-2018-09"
            ),
        )
    if not files and new is not None and _is_file(new):
        raise UserError(
            _("`{old}` is not a file but {new} is").format(old=old, new=new),
            _("compare two files (diff OLD.yaml NEW.yaml) or two git refs (diff REF REF2)"),
        )
    try:
        if files:
            from samenwerking_cli.workspace.versions import frameworks_under, read_versions

            assert new is not None
            _check_options(output_format, output, root, [Path(old), Path(new)])
            frameworks = frameworks_under(root)
            result: Any = diff_versions(
                *read_versions(Path(old), Path(new), frameworks), frameworks
            )
            renderers: Any = compare_formats.DIFF
            inputs: list[Path] = [Path(old), Path(new)]
        else:
            from samenwerking_cli.engine.tree_diff import TreeDiff, diff_trees
            from samenwerking_cli.render.views.tree_diff import FORMATS as TREE
            from samenwerking_cli.workspace.trees import read_trees

            _check_options(output_format, output, root)
            before, after, frameworks = read_trees(root, old, new)
            documents = diff_trees(before.versions, after.versions, frameworks)
            result = TreeDiff(before.label, after.label, before.commit, after.commit, documents)
            renderers, inputs = TREE, []
    except FindingsError as exc:
        # Unlike other commands, exit 1 means "different" here; a broken file is an error.
        count = len({f.file for f in exc.findings})
        render_findings.text(exc.findings, count, console(ctx, err=True))
        raise typer.Exit(2) from None
    _emit(ctx, renderers, result, output_format, output, inputs)
    raise typer.Exit(0 if result.equal else 1)


def _is_file(arg: str) -> bool:
    """A path that exists, or one that is written as a YAML file (so a missing file is named
    as a missing file, not as an unknown git ref)."""
    path = Path(arg)
    return path.exists() or path.is_symlink() or arg.lower().endswith((".yaml", ".yml"))
