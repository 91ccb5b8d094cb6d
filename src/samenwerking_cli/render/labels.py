"""Every text the report writes itself, as msgids of the catalogue. Data texts stay as written.

Sentences with `{name}` fields are filled with `str.format` after translation; the data put into
them is escaped by the template afterwards, together with the label. The templates read the
labels as `t.key`, from `labels()` in the current language.
"""

from __future__ import annotations

from samenwerking_cli.domain.text import N_, _

LABELS: dict[str, str] = {
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
    "km_index": N_("The national harmonisation index is {index}: {definition}"),
    "km_index_none": N_("There is no national index yet: no region has started."),
    "km_aligned": N_("{n} regions are fully aligned with the framework: {names}."),
    "km_aligned_one": N_("1 region is fully aligned with the framework: {names}."),
    "km_aligned_none": N_("No region is fully aligned with the framework."),
    "km_most_deviated": N_("Most deviations: {items}."),
    "km_most_deviated_item": N_("{title} ({n} regions)"),
    "km_most_deviated_item_one": N_("{title} (1 region)"),
    "km_no_deviations": N_("No region deviates from the framework."),
    "km_follow_ups": N_("{open} open follow-ups, {overdue} of them overdue on the reference date."),
    "km_consensus": N_("{n} parameters are candidates for changing the framework: {names}."),
    "km_not_started": N_("{n} regions have not started yet: {names}."),
    "scoreboard_caption": N_(
        "Regions by topic: symbol and colour show the effect of the deviations for employers"
    ),
    "scoreboard_detail": N_("Detail: regions by parameter"),
    "scoreboard_detail_caption": N_("Regions by parameter (only parameters with a deviation)"),
    "scoreboard_detail_omitted": N_("{n} parameters without deviations are left out."),
    "parameter_key": N_("Parameters in the columns"),
    "region": N_("Region"),
    "index": N_("Index"),
    "rank": N_("Position"),
    "rank_of": N_("{rank} of {total}"),
    "sort_by": N_("Sort by"),
    "sort_index": N_("index"),
    "sort_name": N_("name"),
    "deviations_count": N_("Deviations"),
    "topic_index": N_("Index per topic"),
    "cell_title": N_("{region} — {topic}: {status}"),
    "cell_title_count": N_("{region} — {topic}: {status} ({n} deviations)"),
    "cell_title_param": N_("{region} — {param}: {value} (national {baseline})"),
    "legend": N_("Legend"),
    "map_caption": N_(
        "Labour-market regions coloured by harmonisation index (schematic map: each tile is a region, roughly where it lies in the Netherlands)"
    ),
    "map_class_100": N_("100% equal"),
    "map_class_95": N_("95 to 100%"),
    "map_class_90": N_("90 to 95%"),
    "map_class_85": N_("85 to 90%"),
    "map_class_low": N_("below 85%"),
    "map_unplaced": N_("Regions without a known CBS code are in the bottom row."),
    "map_selected": N_("outlined: in this selection"),
    "national_value": N_("National value"),
    "source": N_("Source"),
    "no_source": N_("no source given"),
    "about": N_("About"),
    "distribution": N_("Distribution over the regions"),
    "distribution_item": N_("{value}: {n} regions"),
    "distribution_item_one": N_("{value}: 1 region"),
    "baseline_marker": N_("national"),
    "deviating_regions": N_("Deviating regions"),
    "param_summary": N_("{n} of {total} regions deviate"),
    "consensus": N_("Candidate for the framework"),
    "consensus_text": N_(
        "More regions chose {value} than follow the framework, and that value is not worse for employers: the framework may be the exception here. A point for the framework, not for the regions."
    ),
    "value": N_("Value"),
    "difference": N_("Difference"),
    "effect": N_("Effect for employers"),
    "rationale": N_("Rationale"),
    "no_rationale": N_("no rationale"),
    "since": N_("Since"),
    "review_by": N_("Review by"),
    "parameter": N_("Parameter"),
    "national": N_("National"),
    "regional": N_("Regional"),
    "topic": N_("Topic"),
    "no_parameter_deviations": N_("No region in this report deviates from the framework."),
    "proposals_intro": N_(
        "What each step would do to the national index, computed from the counts of regions and parameters. Only steps that raise the index are listed."
    ),
    "proposals_caption": N_("Steps towards harmonisation, largest effect first"),
    "proposal": N_("Step"),
    "gain": N_("Effect on the national index"),
    "gain_points": N_("+{points} percentage points"),
    "move_region": N_("{region} adopts the national value on its {n} deviations"),
    "move_region_one": N_("{region} adopts the national value on its 1 deviation"),
    "move_parameter": N_("All regions adopt the national value for {param}"),
    "move_framework": N_(
        "The framework adopts the most chosen value {value} for {param} (candidate for the framework)"
    ),
    "no_proposals": N_("No step raises the national index."),
    "more_proposals": N_("{n} smaller steps are not in this list."),
    "code": N_("CBS code"),
    "provinces": N_("Province"),
    "centrumgemeente": N_("Central municipality"),
    "unverified": N_("not confirmed"),
    "contacts": N_("Contacts"),
    "no_contacts": N_("No contacts recorded."),
    "role": N_("Role"),
    "organisation": N_("Organisation"),
    "name": N_("Name"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "reach": N_("Email and phone"),
    "topics": N_("Topics"),
    "all_topics": N_("all topics"),
    "deviations": N_("Deviations"),
    "no_deviations": N_("No deviations: all {n} parameters are equal to the framework."),
    "pending": N_("Announced"),
    "pending_text": N_("applies from {date}"),
    "good_practices": N_("Good examples"),
    "follow_ups": N_("Follow-ups"),
    "no_follow_ups": N_("No follow-ups recorded."),
    "action": N_("Action"),
    "with": N_("With"),
    "owner": N_("Owner"),
    "due": N_("Due"),
    "status": N_("Status"),
    "card_summary": N_("{n} deviations: {fav} favourable, {unfav} unfavourable, {neutral} neutral"),
    "contacts_caption": N_("Contacts per region"),
    "gaps": N_("Topics without a contact"),
    "gaps_caption": N_("Regions with topics that have no contact"),
    "no_gaps": N_("Every region has a contact for every topic."),
    "missing_topics": N_("Without a contact"),
    "gap_all": N_("all topics (no contacts recorded)"),
    "method_index": N_(
        "Index of a region: 100 × parameters equal to the national framework ÷ all parameters of the framework ({n}). Topic, parameter and national indices count every pair of region and parameter of the regions that take part."
    ),
    "method_deviation": N_(
        "A deviation is a regional value that differs from the national value; a value equal to the national one is not a deviation. A deviation counts from its 'since' date."
    ),
    "method_effect": N_(
        "The effect follows from what employers prefer according to the framework (higher, lower or a given choice). Without a preference a deviation is neutral."
    ),
    "method_consensus": N_(
        "Candidate for the framework: at least {min} regions deviate and at least two thirds of them chose the same other value."
    ),
    "method_not_started": N_(
        "Regions that have not started are in the report, but are left out of the indices and get no rank."
    ),
    "method_overdue": N_(
        "Overdue: an open follow-up or a review whose date lies before the reference date."
    ),
    "warnings_none": N_("Validation gave no warnings."),
    "location": N_("Location"),
    "message": N_("Message"),
    "km_consensus_one": N_("1 parameter is a candidate for changing the framework: {names}."),
    "km_not_started_one": N_("1 region has not started yet: {names}."),
    "param_summary_one": N_("1 of {total} regions deviates"),
    "card_summary_one": N_(
        "1 deviation: {fav} favourable, {unfav} unfavourable, {neutral} neutral"
    ),
    "generated": N_("Made with samenwerking {version}"),
}


def labels() -> dict[str, str]:
    """key -> text in the current language, for the report's builder and templates."""
    return {key: _(msgid) for key, msgid in LABELS.items()}


# (term, meaning); terms are Dutch names of Dutch instruments, so they stay Dutch in English.
_GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "Arbeidsmarktregio",
        N_(
            "Labour-market region: one of the 35 regions in which municipalities and UWV serve employers together."
        ),
    ),
    (
        "Banenafspraak",
        N_(
            "The 2015 agreement on 125,000 extra jobs for people with a disability (Wet banenafspraak)."
        ),
    ),
    (
        "Centrumgemeente",
        N_("Central municipality: the one that leads the cooperation in a labour-market region."),
    ),
    ("Jobcoaching", N_("Personal support at the workplace by an external or internal job coach.")),
    (
        "LKS",
        N_(
            "Loonkostensubsidie, wage cost subsidy: paid by the municipality for the gap between minimum wage and wage value (art. 10d Participatiewet)."
        ),
    ),
    (
        "Loonwaardebepaling",
        N_(
            "Wage value assessment: what a worker achieves, as a percentage of a standard job; the basis for the wage cost subsidy."
        ),
    ),
    (
        "No-riskpolis",
        N_(
            "UWV pays sickness benefit when the employee falls ill (art. 29b Ziektewet); set nationally."
        ),
    ),
    # A Dutch word with a plain English one: the term is translated too.
    (N_("Reference date"), N_("The date on which the report assesses the agreements.")),
    (
        "Proefplaatsing",
        N_("Trial placement: unpaid work while keeping the benefit, to see whether the job fits."),
    ),
    (
        "WSP",
        N_(
            "WerkgeversServicepunt, employer service point: the desk of municipalities and UWV for employers in a region."
        ),
    ),
)


def glossary() -> tuple[tuple[str, str], ...]:
    """(term, meaning) in the current language, in the alphabetical order of the terms."""
    found = ((_(term), _(meaning)) for term, meaning in _GLOSSARY)
    return tuple(sorted(found, key=lambda pair: pair[0].casefold()))
