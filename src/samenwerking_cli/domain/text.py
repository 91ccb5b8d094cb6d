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

import ast
import gettext
import io
import os
import struct
from importlib import resources
from pathlib import Path

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
ENV_VAR = "SAMENWERKING_LANG"
DOMAIN = "samenwerking"
# Dutch and English share one plural rule; a fragment's own Plural-Forms header wins.
_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

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


def N_(msgid: str) -> str:
    """Marks a text for the catalogue without translating it yet (module-level tables)."""
    return msgid


def _catalogue(lang: str) -> gettext.NullTranslations:
    found = _loaded.get(lang)
    if found is None:
        found = _loaded[lang] = load(lang)
    return found


def locale_dir() -> Path:
    return Path(str(resources.files("samenwerking_cli").joinpath("locale")))


def load(lang: str, root: Path | None = None) -> gettext.NullTranslations:
    """The catalogue of `lang`: the `.po` fragments when they are there, else the compiled one."""
    folder = (root or locale_dir()) / lang / "LC_MESSAGES"
    fragments = sorted(folder.glob("*.po")) if folder.is_dir() else []
    if fragments:
        return gettext.GNUTranslations(io.BytesIO(compile_mo(merge(fragments))))
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        with compiled.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    return gettext.NullTranslations()


# --- reading .po fragments (stdlib only: start-up time matters, Babel is for the build) ---

Entry = tuple[str, str | None, list[str]]  # msgid, msgid_plural, msgstr forms


class CatalogueError(ValueError):
    pass


def read_po(path: Path) -> tuple[dict[str, str], list[Entry]]:
    """The header fields and the translated entries of one fragment (fuzzy ones left out)."""
    header: dict[str, str] = {}
    entries: list[Entry] = []
    current: dict[str, list[str]] = {}
    last: list[str] | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal current, last, fuzzy
        if "msgid" in current:
            msgid = "".join(current.pop("msgid"))
            plural = "".join(current.pop("msgid_plural")) if "msgid_plural" in current else None
            forms = [
                "".join(current[k]) for k in sorted(current, key=_form_index) if k != "msgctxt"
            ]
            if "msgctxt" in current:
                raise CatalogueError(f"{path}: msgctxt is not used in this catalogue")
            if msgid == "":
                for line in "".join(forms).splitlines():
                    key, _sep, val = line.partition(":")
                    header[key.strip()] = val.strip()
            elif not fuzzy:
                entries.append((msgid, plural, forms))
        current, last, fuzzy = {}, None, False

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        has_msgstr = any(k.startswith("msgstr") for k in current)
        if not line or line.startswith("#"):
            if has_msgstr:
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
        elif line.startswith('"'):
            if last is None:
                raise CatalogueError(f"{path}:{number}: text without a keyword")
            last.append(_unquote(line, path, number))
        else:
            keyword, _sep, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and has_msgstr:
                flush()
            if keyword not in ("msgctxt", "msgid", "msgid_plural") and not (
                keyword.startswith("msgstr")
            ):
                raise CatalogueError(f"{path}:{number}: unknown keyword {keyword!r}")
            last = current[keyword] = [_unquote(rest.strip(), path, number)]
    flush()
    return header, entries


def _form_index(key: str) -> int:
    return int(key[7:-1]) if key.startswith("msgstr[") else 0


def _unquote(text: str, path: Path, number: int) -> str:
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise CatalogueError(f"{path}:{number}: expected a quoted text")
    try:
        value = ast.literal_eval(text)
    except (SyntaxError, ValueError) as exc:
        raise CatalogueError(f"{path}:{number}: {exc}") from None
    if not isinstance(value, str):
        raise CatalogueError(f"{path}:{number}: expected a quoted text")
    return value


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


def compile_mo(catalogue: tuple[str, list[Entry]]) -> bytes:
    """The GNU `.mo` bytes of a merged catalogue (what msgfmt writes), for gettext to read."""
    plural_forms, entries = catalogue
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_forms}\n"
    pairs: dict[bytes, bytes] = {b"": header.encode()}
    for msgid, plural, forms in entries:
        if not any(forms):  # untranslated: leave it to the msgid fallback
            continue
        name = msgid if plural is None else f"{msgid}\x00{plural}"
        pairs[name.encode()] = "\x00".join(forms).encode()
    keys = sorted(pairs)
    ids = b""
    strs = b""
    offsets: list[tuple[int, int, int, int]] = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(pairs[key])))
        ids += key + b"\x00"
        strs += pairs[key] + b"\x00"
    start = 7 * 4 + 16 * len(keys)
    id_table: list[int] = []
    str_table: list[int] = []
    for id_off, id_len, str_off, str_len in offsets:
        id_table += [id_len, start + id_off]
        str_table += [str_len, start + len(ids) + str_off]
    head = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    tables = struct.pack(f"{len(id_table)}i", *id_table) + struct.pack(
        f"{len(str_table)}i", *str_table
    )
    return head + tables + ids + strs
