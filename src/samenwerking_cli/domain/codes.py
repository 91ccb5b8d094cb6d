"""Stable finding codes with a one-line help text each (shown in SARIF, JUnit and the README).

The texts are msgids: translate them where they are shown, `_(CODES[code])`.
"""

from __future__ import annotations

from samenwerking_cli.domain.text import N_

CODES: dict[str, str] = {
    # Reading the file
    "unreadable": N_("The file or folder cannot be read (missing, no permission, vanished)."),
    "not-a-file": N_("A folder or special file stands where a YAML file is expected."),
    "too-large": N_("The file is larger than an agreement document can be (2 MB)."),
    "encoding": N_("The file is not UTF-8 text (binary data, UTF-16, or invalid bytes)."),
    "syntax": N_("The YAML cannot be read: indentation, quotes, brackets or tabs."),
    "empty": N_("The file is empty or holds only comments."),
    "not-a-mapping": N_("The document is a list or a single value instead of `key: value` lines."),
    "duplicate-key": N_("A key appears twice in the same mapping."),
    "alias-limit": N_("Aliases (`*name`) expand to too many values."),
    "too-deep": N_("The document is nested far deeper than an agreement document needs."),
    "unknown-tag": N_("A YAML tag such as `!!python/object` is used; tags are not allowed."),
    "key-not-text": N_("A key is a list or a mapping instead of a word."),
    "not-agreement": N_("The document is neither a framework nor a region agreement."),
    "ambiguous-value": N_(
        "A plain value that YAML tools read differently, or as another kind than the field takes."
    ),
    "not-a-number": N_(
        "`.nan` or `.inf` (not a number, infinity) where an ordinary number is needed."
    ),
    "number-too-large": N_("A number too large (or too far below zero) to be used (beyond 2^53)."),
    # Schema
    "missing-key": N_("A required key is missing."),
    "unknown-key": N_("A key that the format does not know (often a typo)."),
    "wrong-type": N_("A value of the wrong kind (text, number, list, `key: value` lines)."),
    "not-allowed": N_("A value that is not one of the allowed words."),
    "bad-format": N_("A value not written in the expected form (id, date, CBS code, e-mail)."),
    "empty-value": N_("A value that must not be empty is empty."),
    "invalid-date": N_("A date that does not exist, such as 2024-13-45."),
    # Framework rules
    "id-mismatch": N_("The id inside the file differs from the file name."),
    "baseline-invalid": N_(
        "A parameter's national value does not fit its own type, bounds or choices."
    ),
    "parameter-definition": N_(
        "A parameter's definition is inconsistent (bounds, choices, preference)."
    ),
    "changes-order": N_("Dated changes of a national value are not listed oldest first."),
    # Region rules
    "unknown-framework": N_("The region names a framework that is not in `frameworks/`."),
    "framework-version": N_("The region was written for another version of the framework."),
    "unknown-parameter": N_("A deviation names a parameter the framework does not have."),
    "not-deviable": N_("A deviation on national law that no region can change."),
    "value-invalid": N_(
        "A deviation's value does not fit the parameter's type, bounds or choices."
    ),
    "equal-to-baseline": N_("A deviation equal to the national value: it hides future changes."),
    "unknown-topic": N_("A topic id that the framework does not have."),
    "duplicate-id": N_("Two files describe the same region or framework."),
    "contact-unreachable": N_("A contact has neither an e-mail address nor a phone number."),
    "province-twice": N_("Both `province` and `provinces` are given."),
    "review-overdue": N_("A deviation's review date has passed."),
    "follow-up-overdue": N_("An open follow-up is past its due date."),
    "follow-up-no-due": N_("An open follow-up has no due date."),
    "follow-up-id-twice": N_("Two follow-ups of one region have the same id."),
    "done-on-not-done": N_("A follow-up has a `done_on` date but its status is not done."),
    "done-on-future": N_("A follow-up is marked done on a date after the peildatum (--as-of)."),
    "contact-stale": N_("A contact was last confirmed (`verified`) longer ago than --stale-after."),
    "practice-titles": N_("One practice id is used with different titles."),
    "unknown-origin": N_("A practice's `origin` is not a known region."),
    "unknown-employer": N_("A region's follow-up names an employer that is not in `employers/`."),
    # Employer rules
    "unknown-region": N_("A site or an agreement names a region that is not in `regions/`."),
    "unknown-municipality": N_("A site's municipality is listed by no region."),
    "municipality-in-two-regions": N_(
        "A site's municipality is listed by two regions: `region:` must settle it."
    ),
    "site-region-mismatch": N_("A site names a region that does not list the site's municipality."),
    "agreement-without-site": N_("An agreement with a region where the employer has no site."),
    "equal-to-applicable": N_(
        "An employer's agreement equal to what already applies in that region."
    ),
    "until-before-since": N_("A deviation ends (`until`) before it starts (`since`)."),
    "coming-equal": N_("An announced national value will equal this deviation."),
    "coming-effect-turns": N_("An announced national value turns this deviation's effect around."),
}
