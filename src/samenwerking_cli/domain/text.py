"""One text catalogue for everything people read: Dutch by default, English on request.

Message ids are the English texts, so a text without a translation falls back to English.
The catalogues are gettext `.po` fragments under `locale/<lang>/LC_MESSAGES/`, several per
language, merged into one catalogue; a wheel carries them compiled into one `.mo` per language
(see hatch_build.py). A source checkout (also `pip install -e`) reads the fragments directly,
so an edited `.po` counts at once. Use:

    from samenwerking_cli.domain.text import _, ngettext, N_

    _("Region file not found")              # translated now, in the current language
    ngettext("{n} region", "{n} regions", n).format(n=n)
    TITLES = {"open": N_("open")}           # marked for the catalogue, translated later: _(TITLES[k])
"""

from __future__ import annotations

import gettext
import os
import re
from pathlib import Path

from samenwerking_cli.domain.languages import DEFAULT_LANGUAGE, ENV_VAR, LANGUAGES

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENV_VAR",
    "LANGUAGES",
    "N_",
    "_",
    "gettext_in",
    "language",
    "ngettext",
]
DOMAIN = "samenwerking"
# Dutch and English share one plural rule; a fragment's own Plural-Forms header wins.
_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

Entry = tuple[str, str | None, list[str]]  # msgid, msgid_plural, msgstr forms

_current: str = DEFAULT_LANGUAGE
_loaded: dict[str, gettext.NullTranslations] = {}


def _from_env() -> str:
    lang = os.environ.get(ENV_VAR, "").strip().lower()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


_current = _from_env()


def set_language(lang: str) -> None:
    """Choose the language of every text from now on ("nl" or "en")."""
    global _current
    lang = lang.strip().lower()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


def _(msgid: str) -> str:
    """The text `msgid` in the current language; the msgid itself when there is none."""
    return _catalogue(_current).gettext(msgid)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural text for `n`, in the current language."""
    return _catalogue(_current).ngettext(singular, plural, n)


def gettext_in(lang: str | None, msgid: str) -> str:
    """The text `msgid` in `lang` (None: the current language), leaving the current one as it
    is: for a text that must be in a document's own language, whatever the run's is."""
    return _catalogue(lang or _current).gettext(msgid)


def N_(msgid: str) -> str:
    """Marks a text for the catalogue without translating it yet (module-level tables)."""
    return msgid


def _catalogue(lang: str) -> gettext.NullTranslations:
    found = _loaded.get(lang)
    if found is None:
        found = _loaded[lang] = load(lang)
    return found


def locale_dir() -> Path:
    # Beside the package's own files (importlib.resources costs ~5 ms of start-up to say so).
    return Path(__file__).resolve().parent.parent / "locale"


def load(lang: str, root: Path | None = None) -> gettext.NullTranslations:
    """The catalogue of `lang`: the `.po` fragments when they are there, else the compiled one."""
    folder = (root or locale_dir()) / lang / "LC_MESSAGES"
    fragments = sorted(folder.glob("*.po")) if folder.is_dir() else []
    if fragments:
        return _translations(*merge(fragments))
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        with compiled.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    return gettext.NullTranslations()


def _translations(plural_forms: str, entries: list[Entry]) -> gettext.GNUTranslations:
    """gettext's own lookups over entries read from `.po` text, without compiling a `.mo`."""
    catalog: dict[str | tuple[str, int], str] = {}
    for msgid, plural, forms in entries:
        if not any(forms):  # untranslated: leave it to the msgid fallback
            continue
        if plural is None:
            catalog[msgid] = forms[0]
        else:
            for i, form in enumerate(forms):
                catalog[(msgid, i)] = form
    found = gettext.GNUTranslations.__new__(gettext.GNUTranslations)
    gettext.NullTranslations.__init__(found)
    found._catalog = catalog  # type: ignore[attr-defined]
    expression = plural_forms.partition("plural=")[2].rstrip(";").strip()
    found.plural = gettext.c2py(expression or "n != 1")  # type: ignore[attr-defined]
    return found


# --- reading .po fragments (stdlib only: start-up time matters, Babel is for the build) ---


class CatalogueError(ValueError):
    pass


def read_po(path: Path) -> tuple[dict[str, str], list[Entry]]:
    """The header fields and the translated entries of one fragment (fuzzy ones left out).

    Reads the subset of the format these fragments use: comments, msgid, msgid_plural,
    msgstr and msgstr[n], each with continuation lines.
    """
    header: dict[str, str] = {}
    entries: list[Entry] = []
    parts: dict[str, list[str]] = {}
    last: list[str] | None = None
    fuzzy = done = False

    def flush() -> None:
        nonlocal parts, last, fuzzy, done
        if "msgctxt" in parts:
            raise CatalogueError(f"{path}: msgctxt is not used in this catalogue")
        if "msgid" in parts:
            msgid = "".join(parts["msgid"])
            plural = "".join(parts["msgid_plural"]) if "msgid_plural" in parts else None
            if plural is None:
                forms = ["".join(parts.get("msgstr", []))]
            else:
                keys = sorted((k for k in parts if k.startswith("msgstr[")), key=_form_index)
                forms = ["".join(parts[k]) for k in keys]
            if msgid == "":
                for line in "".join(forms).splitlines():
                    key, _sep, val = line.partition(":")
                    header[key.strip()] = val.strip()
            elif not fuzzy:
                entries.append((msgid, plural, forms))
        parts, last, fuzzy, done = {}, None, False, False

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line[0] == "#":
            if done:
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
        elif line[0] == '"':
            if last is None:
                raise CatalogueError(f"{path}:{number}: text without a keyword")
            last.append(_unquote(line, path, number))
        else:
            keyword, _sep, rest = line.partition(" ")
            if keyword.startswith("msgstr"):
                done = True
            elif keyword in ("msgctxt", "msgid"):
                if done:
                    flush()
            elif keyword != "msgid_plural":
                raise CatalogueError(f"{path}:{number}: unknown keyword {keyword!r}")
            last = parts[keyword] = [_unquote(rest.strip(), path, number)]
    flush()
    return header, entries


def _form_index(key: str) -> int:
    return int(key[7:-1]) if key.startswith("msgstr[") else 0


_ESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\t": "\t", "\\r": "\r"}
_ESCAPE = re.compile(r"\\.")


def _unquote(text: str, path: Path, number: int) -> str:
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise CatalogueError(f"{path}:{number}: expected a quoted text")
    inner = text[1:-1]
    if "\\" not in inner:
        return inner
    try:
        return _ESCAPE.sub(lambda m: _ESCAPES[m.group()], inner)
    except KeyError as exc:
        raise CatalogueError(f"{path}:{number}: unknown escape {exc}") from None


def merge(fragments: list[Path]) -> tuple[str, list[Entry]]:
    """One catalogue from several fragments; a msgid in two fragments is an error."""
    plural_forms = _PLURAL_FORMS
    seen: dict[str, Path] = {}
    merged: list[Entry] = []
    for path in fragments:
        header, entries = read_po(path)
        plural_forms = header.get("Plural-Forms", plural_forms)
        for entry in entries:
            if entry[0] in seen:
                raise CatalogueError(f"{path}: {entry[0]!r} is also in {seen[entry[0]]}")
            seen[entry[0]] = path
            merged.append(entry)
    return plural_forms, merged
