"""CLDR data for the languages of the tool, taken from Babel: generated, do not edit.

Made by `python tools/make_locale_data.py` (see there why it is not read from Babel at
run time); domain/formats.py writes numbers, money, percentages and dates with it.
"""

from typing import Any

BABEL_VERSION = "2.19.0"
CURRENCY = 'EUR'

LOCALES: dict[str, dict[str, Any]] = {'en': {'decimal': '.',
        'group': ',',
        'infinity': '∞',
        'locale': 'en_GB',
        'long_date': '{day} {month_name} {year}',
        'money': {'digits': 2,
                  'grouping': (3, 3),
                  'prefix': ('€', '-€'),
                  'scale': 0,
                  'suffix': ('', '')},
        'months': ('January',
                   'February',
                   'March',
                   'April',
                   'May',
                   'June',
                   'July',
                   'August',
                   'September',
                   'October',
                   'November',
                   'December'),
        'number': {'grouping': (3, 3), 'prefix': ('', '-'), 'scale': 0, 'suffix': ('', '')},
        'percent': {'grouping': (3, 3), 'prefix': ('', '-'), 'scale': 2, 'suffix': ('%', '%')}},
 'nl': {'decimal': ',',
        'group': '.',
        'infinity': '∞',
        'locale': 'nl_NL',
        'long_date': '{day} {month_name} {year}',
        'money': {'digits': 2,
                  'grouping': (3, 3),
                  'prefix': ('€\xa0', '€\xa0-'),
                  'scale': 0,
                  'suffix': ('', '')},
        'months': ('januari',
                   'februari',
                   'maart',
                   'april',
                   'mei',
                   'juni',
                   'juli',
                   'augustus',
                   'september',
                   'oktober',
                   'november',
                   'december'),
        'number': {'grouping': (3, 3), 'prefix': ('', '-'), 'scale': 0, 'suffix': ('', '')},
        'percent': {'grouping': (3, 3),
                    'prefix': ('', '-'),
                    'scale': 2,
                    'suffix': (' %', ' %')}}}
