"""Report labels for the cover, provenance, contents and the names of statuses and effects.

Part of `labels.LABELS`, split by section to keep each module short; the order of the keys
is kept (labels.py joins the parts in this order)."""

from __future__ import annotations

from samenwerking_cli.domain.text import N_

COVER: dict[str, str] = {
    "default_title": N_("Harmonisation report on work agreements"),
    "report_kind": N_("For the dialogue session"),
    "framework": N_("Framework"),
    "version": N_("version"),
    "as_of": N_("Reference date"),
    "regions": N_("Regions"),
    "national_index": N_("National harmonisation index"),
    "index_definition": N_(
        "Average share of parameters equal to the national framework; regions that have not started are left out."
    ),
    "provenance": N_("Data provenance"),
    "files": N_("Files"),
    "files_count": N_("{n} files"),
    "commit": N_("Git commit"),
    "no_commit": N_("not a git repository"),
    "tool": N_("Made with"),
    "illustrative_title": N_("Illustrative data"),
    "illustrative_notice": N_(
        "One or more files are marked illustrative: the values are examples, not agreed policy."
    ),
    "selection": N_(
        "Selection: {n} of {total} regions ({names}). The national index and the ranking are for all regions."
    ),
    "contents": N_("Contents"),
    "how_to_read": N_("How to read this report"),
    "how_to_read_text": N_(
        "Every region adopts the national framework and records its own deviations. A deviation is neither right nor wrong: the symbol tells what it means for employers."
    ),
    "adoption": N_("Adoption"),
    "adoption_adopted": N_("adopted"),
    "adoption_partial": N_("partly adopted"),
    "adoption_in_dialogue": N_("in dialogue"),
    "adoption_not_started": N_("not started"),
    "status_equal": N_("equal"),
    "status_favourable": N_("favourable for employers"),
    "status_unfavourable": N_("unfavourable for employers"),
    "status_mixed": N_("mixed"),
    "status_neutral": N_("neutral"),
    "status_not_started": N_("not started"),
    "effect_favourable": N_("favourable"),
    "effect_unfavourable": N_("unfavourable"),
    "effect_neutral": N_("neutral"),
    "follow_up_open": N_("open"),
    "follow_up_done": N_("done"),
    "follow_up_dropped": N_("dropped"),
    "overdue": N_("overdue"),
}
