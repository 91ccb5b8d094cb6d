"""Report labels for key messages, the scoreboard, the map, parameters, proposals, region cards
and the method.

Part of `labels.LABELS`, split by section to keep each module short; the order of the keys
is kept (labels.py joins the parts in this order)."""

from __future__ import annotations

from samenwerking_cli.domain.text import N_

DETAILS: dict[str, str] = {
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
