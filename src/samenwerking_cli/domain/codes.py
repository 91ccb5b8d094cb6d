"""Stable finding codes with a one-line help text each (shown in SARIF, JUnit and the README)."""

from __future__ import annotations

CODES: dict[str, str] = {
    # Reading the file
    "unreadable": "The file or folder cannot be read (missing, no permission, vanished).",
    "not-a-file": "A folder or special file stands where a YAML file is expected.",
    "too-large": "The file is larger than an agreement document can be (2 MB).",
    "encoding": "The file is not UTF-8 text (binary data, UTF-16, or invalid bytes).",
    "syntax": "The YAML cannot be read: indentation, quotes, brackets or tabs.",
    "empty": "The file is empty or holds only comments.",
    "not-a-mapping": "The document is a list or a single value instead of `key: value` lines.",
    "duplicate-key": "A key appears twice in the same mapping.",
    "alias-limit": "Aliases (`*name`) expand to too many values.",
    "too-deep": "The document is nested far deeper than an agreement document needs.",
    "unknown-tag": "A YAML tag such as `!!python/object` is used; tags are not allowed.",
    "key-not-text": "A key is a list or a mapping instead of a word.",
    "not-agreement": "The document is neither a framework nor a region agreement.",
    "ambiguous-value": (
        "A plain value that YAML tools read differently, or as another kind than the field takes."
    ),
    "not-a-number": "`.nan` or `.inf` (not a number, infinity) where an ordinary number is needed.",
    "number-too-large": "A number too large (or too far below zero) to be used (beyond 2^53).",
    # Schema
    "missing-key": "A required key is missing.",
    "unknown-key": "A key that the format does not know (often a typo).",
    "wrong-type": "A value of the wrong kind (text, number, list, `key: value` lines).",
    "not-allowed": "A value that is not one of the allowed words.",
    "bad-format": "A value not written in the expected form (id, date, CBS code, e-mail).",
    "empty-value": "A value that must not be empty is empty.",
    "invalid-date": "A date that does not exist, such as 2024-13-45.",
    # Framework rules
    "id-mismatch": "The id inside the file differs from the file name.",
    "baseline-invalid": "A parameter's national value does not fit its own type, bounds or choices.",
    "parameter-definition": "A parameter's definition is inconsistent (bounds, choices, preference).",
    "changes-order": "Dated changes of a national value are not listed oldest first.",
    # Region rules
    "unknown-framework": "The region names a framework that is not in `frameworks/`.",
    "framework-version": "The region was written for another version of the framework.",
    "unknown-parameter": "A deviation names a parameter the framework does not have.",
    "not-deviable": "A deviation on national law that no region can change.",
    "value-invalid": "A deviation's value does not fit the parameter's type, bounds or choices.",
    "equal-to-baseline": "A deviation equal to the national value: it hides future changes.",
    "unknown-topic": "A topic id that the framework does not have.",
    "duplicate-id": "Two files describe the same region or framework.",
    "contact-unreachable": "A contact has neither an e-mail address nor a phone number.",
    "province-twice": "Both `province` and `provinces` are given.",
    "review-overdue": "A deviation's review date has passed.",
    "follow-up-overdue": "An open follow-up is past its due date.",
    "follow-up-no-due": "An open follow-up has no due date.",
    "follow-up-id-twice": "Two follow-ups of one region have the same id.",
    "done-on-not-done": "A follow-up has a `done_on` date but its status is not done.",
    "done-on-future": "A follow-up is marked done on a date after the peildatum (--as-of).",
    "contact-stale": "A contact was last confirmed (`verified`) longer ago than --stale-after.",
    "practice-titles": "One practice id is used with different titles.",
    "unknown-origin": "A practice's `origin` is not a known region.",
    "unknown-employer": "A region's follow-up names an employer that is not in `employers/`.",
    # Employer rules
    "unknown-region": "A site or an agreement names a region that is not in `regions/`.",
    "unknown-municipality": "A site's municipality is listed by no region.",
    "municipality-in-two-regions": "A site's municipality is listed by two regions: `region:` must settle it.",
    "site-region-mismatch": "A site names a region that does not list the site's municipality.",
    "agreement-without-site": "An agreement with a region where the employer has no site.",
    "equal-to-applicable": "An employer's agreement equal to what already applies in that region.",
    "until-before-since": "A deviation ends (`until`) before it starts (`since`).",
    "coming-equal": "An announced national value will equal this deviation.",
    "coming-effect-turns": "An announced national value turns this deviation's effect around.",
}
