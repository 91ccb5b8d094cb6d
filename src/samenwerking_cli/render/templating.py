"""The Jinja2 environment of the report: packaged templates, optionally overridden by a folder."""

from __future__ import annotations

import contextlib
import importlib.resources
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import _


def packaged_templates() -> Path:
    """The templates in the installed wheel, or the repository's for an editable install."""
    packaged = importlib.resources.files("samenwerking_cli") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "templates"


def environment(*, autoescape: bool, templates: Path | None = None) -> Any:
    """Strict (a missing value is an error, not an empty string); `templates` overrides."""
    import jinja2

    if templates is not None and not templates.is_dir():
        raise UserError(
            _("the templates folder {folder} does not exist").format(folder=templates),
            _("give an existing folder"),
        )
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_templates())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(autoescape),
        autoescape=autoescape,
        finalize=_visible,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _visible(value: Any) -> Any:
    """Every value a template writes: control and invisible characters shown (`\\u200f`), in
    text already escaped for HTML (Markup) too, so no document text hides or reorders itself."""
    import markupsafe

    from samenwerking_cli.render.escape import visible

    if isinstance(value, markupsafe.Markup):
        return markupsafe.Markup(visible(str(value)))
    if isinstance(value, str):
        return visible(value)
    return value


def _bytecode_cache(autoescape: bool) -> Any:
    """Jinja's own cache of compiled templates, or None where it cannot be kept.

    Compiling the report's templates costs more than reading and scoring all the documents.
    Jinja keeps the compiled code in a folder of the user's in the temporary directory (it
    checks that the folder is theirs and private) and recompiles a template whose source
    changed, --templates included. A cache that cannot be written is no cache, not an error.
    Jinja checks only the template's source, so the file names carry what else the compiled
    code depends on: this module (the environment's options, `finalize`) and autoescape.
    """
    import zlib

    import jinja2

    made_by = zlib.crc32(Path(__file__).read_bytes())
    pattern = f"samenwerking-{made_by:08x}-{'html' if autoescape else 'text'}-%s.cache"

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        return QuietCache(pattern=pattern)
    except (OSError, RuntimeError):
        return None


def stream(env: Any, name: str, **context: Any) -> Iterator[str]:
    """The output of template `name` in pieces as it is made; template errors are UserErrors.

    The template itself is loaded at once, so a missing or broken main template fails before
    anything is written; an error later on (in a partial, a missing value) fails mid-way.
    """
    with _template_errors(name):
        template = env.get_template(name)
    return _pieces(template, name, context)


def _pieces(template: Any, name: str, context: dict[str, Any]) -> Iterator[str]:
    with _template_errors(name):
        yield from template.generate(**context)


@contextlib.contextmanager
def _template_errors(name: str) -> Iterator[None]:
    import jinja2

    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        raise UserError(
            _("the template {name} has an error on line {line}: {error}").format(
                name=exc.filename or name, line=exc.lineno, error=exc.message
            ),
            _("fix the template, or leave out --templates"),
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise UserError(
            _("the template {name} was not found").format(name=exc.name), _("check --templates")
        ) from None
    except jinja2.UndefinedError as exc:
        raise UserError(
            _("a template uses a value the report does not have: {error}").format(
                error=exc.message
            ),
            _("fix the template, or leave out --templates"),
        ) from None
