"""Build hook: compiles each language's `.po` fragments into one `.mo` catalogue in the wheel.

An editable install and a source checkout read the fragments themselves (domain/text.py), so
this runs for normal wheels only; the sdist ships the fragments and this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("src/samenwerking_cli/locale")
DOMAIN = "samenwerking"


def compile_catalogues(root: Path, out: Path) -> dict[str, str]:
    """Writes `<out>/<lang>/LC_MESSAGES/samenwerking.mo`; returns {file: path in the wheel}."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    included: dict[str, str] = {}
    for lang_dir in sorted(p for p in (root / LOCALE).iterdir() if p.is_dir()):
        fragments = sorted((lang_dir / "LC_MESSAGES").glob("*.po"))
        if not fragments:
            continue
        lang = lang_dir.name
        catalog = Catalog(locale=lang, domain=DOMAIN)
        seen: dict[Any, Path] = {}
        for fragment in fragments:
            with fragment.open("rb") as fh:
                part = read_po(fh, locale=lang)
            for message in part:
                if not message.id:
                    continue
                key = message.id if isinstance(message.id, str) else message.id[0]
                if key in seen:
                    raise ValueError(f"{fragment}: {key!r} is also in {seen[key]}")
                seen[key] = fragment
                catalog[message.id] = message
        target = out / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as fh:
            write_mo(fh, catalog)
        included[str(target)] = f"samenwerking_cli/locale/{lang}/LC_MESSAGES/{DOMAIN}.mo"
    return included


class CatalogueHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        out = Path(self.directory) / "locale-build"
        build_data["force_include"].update(compile_catalogues(Path(self.root), out))
