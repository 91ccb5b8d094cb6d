"""Every text the report writes itself, as msgids of the catalogue. Data texts stay as written.

Sentences with `{name}` fields are filled with `str.format` after translation; the data put into
them is escaped by the template afterwards, together with the label. The templates read the
labels as `t.key`, from `labels()` in the current language.
"""

from __future__ import annotations

from samenwerking_cli.domain.text import _
from samenwerking_cli.render.glossary import glossary as glossary
from samenwerking_cli.render.labels_cover import COVER
from samenwerking_cli.render.labels_details import DETAILS
from samenwerking_cli.render.labels_sections import SECTIONS

# The labels live in one module per part of the report (each short); joined in report order.
LABELS: dict[str, str] = {**COVER, **SECTIONS, **DETAILS}


def labels() -> dict[str, str]:
    """key -> text in the current language, for the report's builder and templates."""
    return {key: _(msgid) for key, msgid in LABELS.items()}
