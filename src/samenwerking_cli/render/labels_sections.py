"""Report labels for the section headings and the announced, since, follow-up, practice and
contact sections.

Part of `labels.LABELS`, split by section to keep each module short; the order of the keys
is kept (labels.py joins the parts in this order)."""

from __future__ import annotations

from samenwerking_cli.domain.text import N_

SECTIONS: dict[str, str] = {
    "sec_key_messages": N_("Key messages"),
    "sec_scoreboard": N_("Scoreboard"),
    "sec_map": N_("Map"),
    "sec_parameters": N_("Where do regions deviate?"),
    "sec_announced": N_("Announced changes of national values"),
    "announced_intro": N_(
        "National values that change after the reference date, and the regions that deviate on that parameter: their deviation is then compared with the new value."
    ),
    "announced_caption": N_("Announced changes"),
    "announced_from": N_("From"),
    "announced_now": N_("Now"),
    "announced_new": N_("New"),
    "announced_regions": N_("Touches regions"),
    "announced_no_regions": N_("no region deviates on it"),
    "sec_since": N_("Since {label}"),
    "since_intro": N_(
        "What changed since {label} (commit {commit}, {date}). Then and now are both computed on the reference date {as_of}, so every difference comes from the agreements."
    ),
    "since_national_index": N_("National harmonisation index"),
    "since_balance": N_("Employer balance"),
    "since_regions_caption": N_("Index and employer balance per region, then and now"),
    "since_then": N_("Then"),
    "since_now": N_("Now"),
    "since_change": N_("Change"),
    "since_balance_then": N_("Balance then"),
    "since_balance_now": N_("Balance now"),
    "since_new": N_("new"),
    "since_gone": N_("gone"),
    "since_deviations": N_("Deviations added, removed and changed"),
    "since_adoption": N_("Adoption moved"),
    "since_closed": N_("Follow-ups closed"),
    "since_new_follow_ups": N_("New follow-ups"),
    "since_practices": N_("New good practices"),
    "since_none": N_("None."),
    "since_dev_added": N_("{title}: new deviation, {value}"),
    "since_dev_removed": N_("{title}: deviation removed (was {value})"),
    "since_dev_changed": N_("{title}: {field} {old} → {new}"),
    "since_field_value": N_("value"),
    "since_field_rationale": N_("rationale"),
    "since_field_since": N_("since"),
    "since_field_until": N_("until"),
    "since_field_review_by": N_("review by"),
    "trend_label": N_("The index since {label}"),
    "sec_proposals": N_("Harmonisation proposals"),
    "sec_regions": N_("Regions"),
    "sec_follow_ups": N_("Follow-ups"),
    "sec_practices": N_("Good practices"),
    "fu_intro": N_(
        "The map of the follow-ups, as participants placed their next steps on the map of the regions: per region open, overdue and done follow-ups on the reference date."
    ),
    "fu_map_caption": N_("Follow-ups per region: open, of which overdue, and done (schematic map)"),
    "fu_class_overdue": N_("overdue follow-ups"),
    "fu_class_open": N_("follow-ups under way"),
    "fu_class_done": N_("all done or dropped"),
    "fu_class_none": N_("no follow-ups"),
    "fu_tile_title": N_("{region}: {open} open, of which {overdue} overdue; {done} done"),
    "fu_summary": N_(
        "{total} follow-ups: {open} open ({overdue} overdue), {done} done, {dropped} dropped."
    ),
    "fu_summary_selection": N_("In the selection: {text} The map shows every region."),
    "fu_sessions": N_("Per session"),
    "fu_session_none": N_("Without a session"),
    "fu_session_count": N_("{n} follow-ups: {open} open, {done} done, {dropped} dropped"),
    "fu_none": N_("No follow-ups recorded."),
    "done_on": N_("Done on"),
    "made_at": N_("Agreed at"),
    "pr_intro": N_(
        "How good practices spread: the region where a practice started (origin) and the regions that took it over."
    ),
    "pr_origin": N_("Started in {origin}."),
    "pr_origin_unknown": N_("Origin not recorded."),
    "pr_spread": N_("Taken over by {n} regions: {names}."),
    "pr_spread_one": N_("Taken over by 1 region: {names}."),
    "pr_spread_none": N_("Not yet taken over by other regions."),
    "pr_used": N_("Used in: {names}."),
    "pr_legend_origin": N_("origin"),
    "pr_legend_used": N_("taken over"),
    "pr_legend_none": N_("not in use"),
    "pr_none": N_("No practices shared between regions (a shared practice has a `practice` id)."),
    "pr_map_caption": N_("Spread of {title} (schematic map)"),
    "verified": N_("Verified"),
    "verified_age": N_("{date} ({n} months ago)"),
    "verified_stale": N_("stale"),
    "verified_never": N_("not recorded"),
    "general_topics": N_("every topic without a contact of its own"),
    "general_caption": N_("Topics served by the general contact (not gaps)"),
    "general_intro": N_(
        "A contact without topics is the region's general contact: the one to call for every topic that has no contact of its own."
    ),
    "sec_contacts": N_("Contacts"),
    "sec_method": N_("Method"),
    "sec_glossary": N_("Glossary"),
    "sec_warnings": N_("Validation warnings"),
}
