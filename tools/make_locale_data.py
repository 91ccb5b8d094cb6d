"""Writes src/samenwerking_cli/domain/cldr.py: the CLDR data the tool formats with, from Babel.

The tool writes numbers, money, percentages and dates the way Babel does for nl_NL and en_GB,
but loading Babel's locale data at run time costs more start-up than the whole comparison of
the shipped files (it unpickles objects that pull in Babel's time-zone modules). So the few
facts used (symbols, the prefixes and suffixes of four number patterns, month names and the
long date pattern) are taken from Babel here, once, and kept as a plain module. A test fails
when that module no longer matches the installed Babel, and property tests compare every
format with Babel's own output. Run from the repository root after upgrading Babel:

    python tools/make_locale_data.py
"""

from __future__ import annotations

import pprint
import re
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parent.parent / "src" / "samenwerking_cli" / "domain" / "cldr.py"

# The tool's language -> the Babel locale it formats like (British English writes the day
# before the month, as the Dutch readers do).
LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# CLDR writes Dutch percentages as `93%`; Dutch style guides (and this tool) write `93,1 %`.
PERCENT = {"nl": "#,##0.0 %", "en": "#,##0.0%"}
NUMBER = "#,##0.0"
CURRENCY = "EUR"
# The CLDR date fields the tool can write (domain/formats.py); any other field is an error here.
DATE_FIELDS = {
    "d": "{day}",
    "M": "{month}",
    "MM": "{month:02d}",
    "MMMM": "{month_name}",
    "y": "{year}",
}


def _affix(text: str, symbol: str) -> str:
    # What Babel does to the whole result: the currency sign, then quoted text unquoted.
    if "¤¤¤" in text:  # the currency's name, which depends on the amount: not supported
        raise SystemExit(f"number pattern affix {text!r}: the currency name is not supported")
    text = text.replace("¤¤", CURRENCY).replace("¤", symbol)
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", text)


def _affixes(pattern: Any, symbol: str = "") -> dict[str, Any]:
    return {
        "prefix": tuple(_affix(p, symbol) for p in pattern.prefix),
        "suffix": tuple(_affix(s, symbol) for s in pattern.suffix),
        "grouping": tuple(pattern.grouping),
        "scale": pattern.scale,
    }


def _date_template(pattern: str) -> str:
    """`d MMMM y` -> `{day} {month_name} {year}`; quoted text kept, braces escaped."""
    out: list[str] = []
    for match in re.finditer(r"'([^']*)'|(([A-Za-z])\3*)|([^A-Za-z']+)", pattern):
        quoted, field, _letter, other = match.groups()
        if field:
            if field not in DATE_FIELDS:
                raise SystemExit(f"date pattern {pattern!r}: field {field!r} is not supported")
            out.append(DATE_FIELDS[field])
        else:
            text = other if other is not None else (quoted or "'")
            out.append(text.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def collect() -> dict[str, Any]:
    """The data of every language, as Babel has it."""
    from babel import Locale
    from babel.numbers import (
        get_currency_precision,
        get_currency_symbol,
        get_decimal_symbol,
        get_group_symbol,
        get_infinity_symbol,
        parse_pattern,
    )

    data: dict[str, Any] = {}
    for lang, name in LOCALES.items():
        locale = Locale.parse(name)
        months = locale.months["format"]["wide"]
        data[lang] = {
            "locale": name,
            "decimal": get_decimal_symbol(name),
            "group": get_group_symbol(name),
            "infinity": get_infinity_symbol(name),
            "number": _affixes(parse_pattern(NUMBER)),
            "percent": _affixes(parse_pattern(PERCENT[lang])),
            "money": {
                **_affixes(
                    locale.currency_formats["standard"], get_currency_symbol(CURRENCY, name)
                ),
                "digits": get_currency_precision(CURRENCY),
            },
            "months": tuple(months[m] for m in range(1, 13)),
            "long_date": _date_template(locale.date_formats["long"].pattern),
        }
    return data


def render() -> str:
    import babel

    body = pprint.pformat(collect(), width=96, sort_dicts=True)
    return (
        '"""CLDR data for the languages of the tool, taken from Babel: generated, do not edit.\n\n'
        "Made by `python tools/make_locale_data.py` (see there why it is not read from Babel at\n"
        'run time); domain/formats.py writes numbers, money, percentages and dates with it.\n"""\n\n'
        "from typing import Any\n\n"
        f'BABEL_VERSION = "{babel.__version__}"\n'
        f"CURRENCY = {CURRENCY!r}\n\n"
        f"LOCALES: dict[str, dict[str, Any]] = {body}\n"
    )


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
