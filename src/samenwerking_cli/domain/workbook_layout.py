"""The layout of a region's workbook (`samenwerking workbook` / `samenwerking import`).

One place for the sheet names, the column headers and the YAML key each column fills, so the
writer and the reader cannot drift apart. Names and headers are msgids: the workbook is written
in the chosen language, and read back in any (`spellings`), so a workbook made in English can be
imported by a Dutch colleague. The reader finds columns by their header, so a column moved or
added by hand does no harm.
"""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.domain.languages import LANGUAGES
from samenwerking_cli.domain.text import N_, gettext_in, language

# A hidden sheet tells our workbooks from any other: its first cell holds MARKER.
MARKER = "samenwerking-werkboek"
FORMAT_VERSION = 1
SHEET_META = "samenwerking"
SHEET_LISTS = "keuzelijsten"  # hidden: the choices of the drop-down lists
SHEET_HELP = N_("Instructions")
SHEET_REGION = N_("Region")
SHEET_DEVIATIONS = N_("Deviations")
SHEET_CONTACTS = N_("Contacts")
SHEET_FOLLOW_UPS = N_("Follow-ups")
SHEET_ADDITIONS = N_("Additions")
DATA_SHEETS = (SHEET_REGION, SHEET_DEVIATIONS, SHEET_CONTACTS, SHEET_FOLLOW_UPS, SHEET_ADDITIONS)

# The reader stops here: a region's workbook has a few dozen rows per sheet.
MAX_ROWS = 2000
MAX_COLUMNS = 40
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 40 * 1024 * 1024  # a zip bomb is refused before it is unpacked


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    key: str  # the YAML key it fills; "" for columns only shown
    editable: bool = True
    kind: str = "text"  # text | date | value (a deviation's value: the parameter's type) | nr


# Sheet "Regio": one row per field, the value in column B; a hidden column D holds the key.
REGION_COLUMNS = (
    Column(N_("Item"), "", editable=False),
    Column(N_("Value"), "value"),
    Column(N_("Explanation"), "", editable=False),
    Column(N_("Key"), "key", editable=False),
)


@dataclass(frozen=True, slots=True)
class RegionField:
    key: str
    label: str
    help: str
    editable: bool = True
    kind: str = "text"  # text | list (comma-separated) | choice
    required: bool = False


KINDS = ("arbeidsmarktregio", "gemeente")
ADOPTIONS = ("adopted", "partial", "in_dialogue", "not_started")
STATUSES = ("open", "done", "dropped")
YES, NO = N_("yes"), N_("no")
# Items of a list in one cell: one per line, since names can hold commas ("Nuenen, Gerwen en
# Nederwetten"). Typed by hand, `;` or `,` between items also works (workbook_values.items).
ITEMS = "\n"

REGION_FIELDS = (
    RegionField("region", N_("Region id"), N_("Fixed: the name of the file."), editable=False),
    RegionField(
        "name",
        N_("Name"),
        N_("The name of the region, for example Food Valley."),
        required=True,
    ),
    RegionField(
        "kind",
        N_("Kind"),
        N_("arbeidsmarktregio or gemeente; empty: arbeidsmarktregio."),
        kind="choice",
    ),
    RegionField("code", N_("CBS code"), N_("AM and two digits, for example AM38.")),
    RegionField(
        "provinces",
        N_("Province(s)"),
        N_("One province, or more: one per line (Alt+Enter)."),
        kind="list",
    ),
    RegionField(
        "centrumgemeente",
        N_("Central municipality"),
        N_("The central municipality of the region."),
    ),
    RegionField(
        "municipalities",
        N_("Municipalities"),
        N_("One per line (Alt+Enter in the cell), or separated by commas."),
        kind="list",
    ),
    RegionField(
        "framework",
        N_("Framework"),
        N_("Fixed: the framework of this questionnaire."),
        editable=False,
    ),
    RegionField(
        "framework_version",
        N_("Framework version"),
        N_("The version the region last compared these agreements with."),
    ),
    RegionField(
        "adoption",
        N_("State of adoption"),
        N_("adopted, partial, in_dialogue or not_started."),
        kind="choice",
        required=True,
    ),
)

DEVIATION_COLUMNS = (
    Column(N_("Topic"), "", editable=False),
    Column(N_("Parameter"), "id", editable=False),
    Column(N_("Description"), "", editable=False),
    Column(N_("National value"), "", editable=False),
    Column(N_("Unit"), "", editable=False),
    Column(N_("Regional value"), "value", kind="value"),
    Column(N_("Rationale (why)"), "rationale"),
    Column(N_("Applies from"), "since", kind="date"),
    Column(N_("Review no later than"), "review_by", kind="date"),
    Column(N_("Possible values"), "", editable=False),
)
DEVIATION_KEYS = ("value", "rationale", "since", "review_by")

# The list sheets: a hidden first column `nr` ties a row to the item it was exported from, so
# comments and formatting of that item survive when rows are sorted, added or removed.
NR = Column("nr", "nr", editable=False, kind="nr")
CONTACT_COLUMNS = (
    NR,
    Column(N_("Job role"), "role"),
    Column(N_("Organisation"), "organisation"),
    Column(N_("Name"), "name"),
    Column(N_("E-mail"), "email"),
    Column(N_("Phone"), "phone"),
    Column(N_("Topics (empty: all)"), "topics", kind="list"),
    Column(N_("Verified on"), "verified", kind="date"),
)
# In the order of docs/format.md: new keys are written in this order.
FOLLOW_UP_COLUMNS = (
    NR,
    Column(N_("Action"), "action"),
    Column(N_("Id"), "id"),
    Column(N_("With"), "with"),
    Column(N_("Employer (id)"), "employer"),
    Column(N_("Owned by"), "owner"),
    Column(N_("Due by"), "due", kind="date"),
    Column(N_("Status"), "status"),
    Column(N_("Agreed at"), "made_at"),
    Column(N_("Done on"), "done_on", kind="date"),
)
ADDITION_COLUMNS = (
    NR,
    Column(N_("Title"), "title"),
    Column(N_("Description"), "description"),
    Column(N_("Topic"), "topic"),
    Column(N_("Practice (id)"), "practice"),
    Column(N_("Origin (region id)"), "origin"),
)
# sheet -> (YAML key of the list, its columns)
LIST_SHEETS = (
    (SHEET_CONTACTS, "contacts", CONTACT_COLUMNS),
    (SHEET_FOLLOW_UPS, "follow_ups", FOLLOW_UP_COLUMNS),
    (SHEET_ADDITIONS, "additions", ADDITION_COLUMNS),
)


def in_language(msgid: str, lang: str) -> str:
    """A sheet name or header as the workbook of `lang` writes it."""
    return gettext_in(lang, msgid)


# Headers that earlier versions wrote otherwise: a workbook sent out before a rename must still
# come back in. Never remove one; add the old spelling when a sheet name or header changes.
EARLIER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "Owned by": ("Eigenaar",),  # until 2026-11-29
}


def spellings(msgid: str) -> tuple[str, ...]:
    """A sheet name or header as every language writes it (and as earlier versions wrote it),
    for the reader: a workbook is read back whatever language or version it was made in."""
    now = (in_language(msgid, lang) for lang in LANGUAGES)
    return tuple(dict.fromkeys((*now, *EARLIER_SPELLINGS.get(msgid, ()))))


def language_of(sheet_names: list[str]) -> str:
    """The language a workbook was made in, from its sheet names (the current one if unsure),
    so that a message names a missing sheet or column as that workbook would."""
    found = {
        lang: sum(in_language(s, lang) in sheet_names for s in DATA_SHEETS) for lang in LANGUAGES
    }
    best = max(found.values())
    return language() if found.get(language()) == best else max(found, key=found.__getitem__)


def column_for(sheet: str, key: str) -> tuple[str, str] | None:
    """The header and kind of the column (on the region sheet: the row) that fills `key` on
    `sheet`, the header spelled in the language of that sheet's name, so a message names it as
    the person filling it in sees it."""
    for lang in LANGUAGES:
        if sheet == in_language(SHEET_REGION, lang):
            found = [(f.label, f.kind) for f in REGION_FIELDS if f.key == key]
        elif sheet == in_language(SHEET_DEVIATIONS, lang):
            found = [(c.header, c.kind) for c in DEVIATION_COLUMNS if c.key == key]
        else:
            found = [
                (c.header, c.kind)
                for name, _list, columns in LIST_SHEETS
                if sheet == in_language(name, lang)
                for c in columns
                if c.key == key and c.kind != "nr"
            ]
        if found:
            return in_language(found[0][0], lang), found[0][1]
    return None
