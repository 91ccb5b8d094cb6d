"""The text catalogue: fragments merged, plurals, fallback, and the wheel's compiled catalogue."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from pathlib import Path

import pytest

from samenwerking_cli.domain import text
from samenwerking_cli.domain.text import N_, CatalogueError, _, language, ngettext, set_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


def test_dutch_is_the_default_and_english_is_the_msgid() -> None:
    set_language("nl")
    assert _("yes") == "ja"
    assert ngettext("{n} error", "{n} errors", 1) == "{n} fout"
    assert ngettext("{n} error", "{n} errors", 2) == "{n} fouten"
    set_language("en")
    assert _("yes") == "yes"
    assert ngettext("{n} error", "{n} errors", 2) == "{n} errors"


def test_missing_translation_falls_back_to_the_msgid() -> None:
    set_language("nl")
    assert _("A text nobody translated") == "A text nobody translated"
    assert N_("marked only") == "marked only"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        set_language("fr")


def _write(folder: Path, name: str, body: str) -> None:
    path = folder / "xx" / "LC_MESSAGES" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")


def test_fragments_are_merged_and_fuzzy_entries_left_out(tmp_path: Path) -> None:
    _write(tmp_path, "a.po", 'msgid "one"\nmsgstr "een"\n\n#, fuzzy\nmsgid "two"\nmsgstr "twee"\n')
    _write(
        tmp_path,
        "b.po",
        'msgid "three"\nmsgstr ""\n"dr"\n"ie"\n\nmsgid "{n} day"\nmsgid_plural "{n} days"\n'
        'msgstr[0] "{n} dag"\nmsgstr[1] "{n} dagen"\n',
    )
    cat = text.load("xx", tmp_path)
    assert cat.gettext("one") == "een"
    assert cat.gettext("two") == "two"
    assert cat.gettext("three") == "drie"
    assert cat.ngettext("{n} day", "{n} days", 5) == "{n} dagen"


def test_a_msgid_in_two_fragments_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "a.po", 'msgid "one"\nmsgstr "een"\n')
    _write(tmp_path, "b.po", 'msgid "one"\nmsgstr "één"\n')
    with pytest.raises(CatalogueError, match="also in"):
        text.load("xx", tmp_path)


def test_the_wheel_catalogue_says_what_the_fragments_say(tmp_path: Path) -> None:
    """The build hook (Babel) and the source checkout (stdlib reader) give the same texts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    included = hook.compile_catalogues(ROOT, tmp_path)
    assert any(dest.endswith("nl/LC_MESSAGES/samenwerking.mo") for dest in included.values())
    for src, dest in included.items():
        lang = dest.split("/")[2]
        with open(src, "rb") as fh:
            compiled = gettext.GNUTranslations(fh)
        fragments = text.load(lang)
        assert isinstance(fragments, gettext.GNUTranslations)
        texts = {k: v for k, v in compiled._catalog.items() if k != ""}  # type: ignore[attr-defined]
        assert texts == {k: v for k, v in fragments._catalog.items() if k != ""}  # type: ignore[attr-defined]
        assert compiled.plural(1) == fragments.plural(1) == 0  # type: ignore[attr-defined]
        assert compiled.plural(2) == fragments.plural(2) == 1  # type: ignore[attr-defined]
