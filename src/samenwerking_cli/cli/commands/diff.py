"""`samenwerking diff`: what changed between two versions of one framework or region file."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated, Any

import typer

from samenwerking_cli.cli.app import (
    LangOption,
    NoColorOption,
    app,
    console,
)
from samenwerking_cli.cli.views import (
    FormatOption,
    OutputOption,
    check_options,
    emit_view,
)
from samenwerking_cli.domain.text import N_, _


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
            check_options(output_format, output, root, [Path(old), Path(new)])
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

            check_options(output_format, output, root, formats=tuple(TREE))
            before, after, frameworks = read_trees(root, old, new)
            documents = diff_trees(before.versions, after.versions, frameworks)
            result = TreeDiff(before.label, after.label, before.commit, after.commit, documents)
            renderers, inputs = TREE, []
    except FindingsError as exc:
        # Unlike other commands, exit 1 means "different" here; a broken file is an error.
        count = len({f.file for f in exc.findings})
        render_findings.text(exc.findings, count, console(ctx, err=True))
        raise typer.Exit(2) from None
    emit_view(ctx, renderers, result, output_format, output, inputs)
    raise typer.Exit(0 if result.equal else 1)


def _is_file(arg: str) -> bool:
    """A path that exists, or one that is written as a YAML file (so a missing file is named
    as a missing file, not as an unknown git ref)."""
    path = Path(arg)
    return path.exists() or path.is_symlink() or arg.lower().endswith((".yaml", ".yml"))
