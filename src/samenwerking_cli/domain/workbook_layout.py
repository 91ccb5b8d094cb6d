"""The layout of a region's workbook (`samenwerking workbook` / `samenwerking import`).

One place for the sheet names, the column headers and the YAML key each column fills, so the
writer and the reader cannot drift apart. Headers are what a policy officer reads (Dutch); the
reader finds columns by their header, so a column moved or added by hand does no harm.
"""

from __future__ import annotations

from dataclasses import dataclass

# A hidden sheet tells our workbooks from any other: its first cell holds MARKER.
MARKER = "samenwerking-werkboek"
FORMAT_VERSION = 1
SHEET_META = "samenwerking"
SHEET_LISTS = "keuzelijsten"  # hidden: the choices of the drop-down lists
SHEET_HELP = "Toelichting"
SHEET_REGION = "Regio"
SHEET_DEVIATIONS = "Afwijkingen"
SHEET_CONTACTS = "Contactpersonen"
SHEET_FOLLOW_UPS = "Vervolgafspraken"
SHEET_ADDITIONS = "Aanvullingen"
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
    Column("Gegeven", "", editable=False),
    Column("Waarde", "value"),
    Column("Uitleg", "", editable=False),
    Column("Sleutel", "key", editable=False),
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
YES, NO = "ja", "nee"
# Items of a list in one cell: one per line, since names can hold commas ("Nuenen, Gerwen en
# Nederwetten"). Typed by hand, `;` or `,` between items also works (workbook_values.items).
ITEMS = "\n"

REGION_FIELDS = (
    RegionField("region", "Regio-id", "Vast: de naam van het bestand.", editable=False),
    RegionField("name", "Naam", "De naam van de regio, bijvoorbeeld Food Valley.", required=True),
    RegionField(
        "kind", "Soort", "arbeidsmarktregio of gemeente; leeg: arbeidsmarktregio.", kind="choice"
    ),
    RegionField("code", "CBS-code", "AM en twee cijfers, bijvoorbeeld AM38."),
    RegionField(
        "provinces",
        "Provincie(s)",
        "Eén provincie, of meer: één per regel (Alt+Enter).",
        kind="list",
    ),
    RegionField("centrumgemeente", "Centrumgemeente", "De centrumgemeente van de regio."),
    RegionField(
        "municipalities",
        "Gemeenten",
        "Eén per regel (Alt+Enter in de cel), of gescheiden door komma's.",
        kind="list",
    ),
    RegionField(
        "framework", "Raamwerk", "Vast: het raamwerk van deze vragenlijst.", editable=False
    ),
    RegionField(
        "framework_version",
        "Versie van het raamwerk",
        "De versie waarmee de regio deze afspraken het laatst heeft vergeleken.",
    ),
    RegionField(
        "adoption",
        "Stand van invoering",
        "adopted (overgenomen), partial (gedeeltelijk), in_dialogue (in gesprek) of "
        "not_started (niet gestart).",
        kind="choice",
        required=True,
    ),
)

DEVIATION_COLUMNS = (
    Column("Onderwerp", "", editable=False),
    Column("Parameter", "id", editable=False),
    Column("Omschrijving", "", editable=False),
    Column("Landelijke waarde", "", editable=False),
    Column("Eenheid", "", editable=False),
    Column("Regionale waarde", "value", kind="value"),
    Column("Toelichting (waarom)", "rationale"),
    Column("Geldt vanaf", "since", kind="date"),
    Column("Herzien uiterlijk", "review_by", kind="date"),
    Column("Mogelijke waarden", "", editable=False),
)
DEVIATION_KEYS = ("value", "rationale", "since", "review_by")

# The list sheets: a hidden first column `nr` ties a row to the item it was exported from, so
# comments and formatting of that item survive when rows are sorted, added or removed.
NR = Column("nr", "nr", editable=False, kind="nr")
CONTACT_COLUMNS = (
    NR,
    Column("Rol", "role"),
    Column("Organisatie", "organisation"),
    Column("Naam", "name"),
    Column("E-mail", "email"),
    Column("Telefoon", "phone"),
    Column("Onderwerpen (leeg: alle)", "topics", kind="list"),
    Column("Bevestigd op", "verified", kind="date"),
)
# In the order of docs/format.md: new keys are written in this order.
FOLLOW_UP_COLUMNS = (
    NR,
    Column("Actie", "action"),
    Column("Id", "id"),
    Column("Met", "with"),
    Column("Werkgever (id)", "employer"),
    Column("Eigenaar", "owner"),
    Column("Uiterlijk", "due", kind="date"),
    Column("Status", "status"),
    Column("Afgesproken in", "made_at"),
    Column("Afgerond op", "done_on", kind="date"),
)
ADDITION_COLUMNS = (
    NR,
    Column("Titel", "title"),
    Column("Omschrijving", "description"),
    Column("Onderwerp", "topic"),
    Column("Praktijk (id)", "practice"),
    Column("Herkomst (regio-id)", "origin"),
)
# sheet -> (YAML key of the list, its columns)
LIST_SHEETS = (
    (SHEET_CONTACTS, "contacts", CONTACT_COLUMNS),
    (SHEET_FOLLOW_UPS, "follow_ups", FOLLOW_UP_COLUMNS),
    (SHEET_ADDITIONS, "additions", ADDITION_COLUMNS),
)
