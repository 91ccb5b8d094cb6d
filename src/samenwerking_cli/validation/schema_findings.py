"""Each JSON Schema error turned into a located, plain-language finding: the key, the value as
written, and a fix, never the validator's own jargon."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document, dotted
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.values import boolean_problem, did_you_mean, quote

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_TYPE_WORDS = {
    "object": N_("`key: value` lines"),
    "array": N_("a list (lines starting with `- `)"),
    "string": N_("text"),
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "boolean": N_("true or false"),
}


def _written(doc: Document, path: Path_, value: Any) -> str | None:
    """The scalar as written in the file, or None for a list or `key: value` lines."""
    raw = doc.raw(path)
    if raw is not None:
        return raw
    return None if isinstance(value, dict | list) else str(value)


def _shown(doc: Document, path: Path_, value: Any) -> str:
    """The value for a message: quoted as written, or what kind of block it is."""
    raw = _written(doc, path, value)
    if raw is not None:
        return quote(raw) if raw else '""'
    return _("`key: value` lines") if isinstance(value, dict) else _("a list")


def explain(doc: Document, error: ValidationError, path: Path_) -> list[Finding]:
    keyword = error.validator
    rule: Any = error.validator_value
    sub: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if "propertyNames" in error.absolute_schema_path:
        # jsonschema reports a bad key as its own error ("pattern"), at the parent's path.
        keyword, rule = "propertyNames", sub
    here = _name(path)
    if keyword == "required":
        missing = [k for k in rule if isinstance(error.instance, dict) and k not in error.instance]
        return [
            doc.finding(
                path,
                "missing-key",
                (
                    _("the key `{key}` is missing under `{parent}`")
                    if path
                    else _("the key `{key}` is missing")
                ).format(key=k, parent=dotted(path)),
                _("add a line `{key}: …`").format(key=k),
                key=bool(path),
                about=_join(path, k),
            )
            for k in missing
        ]
    if keyword == "additionalProperties" and isinstance(error.instance, dict):
        known = list(sub.get("properties", {}))
        out = []
        for k in error.instance:
            if k in known or (str(k).startswith("x-") and "patternProperties" in sub):
                continue
            maybe = did_you_mean(str(k), known)
            hint = maybe or _("remove it; known keys here: {keys}").format(keys=", ".join(known))
            out.append(
                doc.finding(
                    (*path, k),
                    "unknown-key",
                    (
                        _("unknown key `{key}` under `{parent}`")
                        if path
                        else _("unknown key `{key}`")
                    ).format(key=k, parent=dotted(path)),
                    hint,
                    key=True,
                    about=_join(path, str(k)),
                )
            )
        return out
    if keyword == "propertyNames":
        bad = str(error.instance)
        hint = _hint(rule) or _("rename the key")
        return [
            doc.finding(
                (*path, bad),
                "bad-format",
                (
                    _("`{key}` is not a valid id under `{parent}`")
                    if path
                    else _("`{key}` is not a valid id")
                ).format(key=bad, parent=dotted(path)),
                hint,
                key=True,
                about=_join(path, bad),
            )
        ]
    shown = _shown(doc, path, error.instance)
    if keyword == "type":
        wanted = rule if isinstance(rule, list) else [rule]
        if wanted == ["boolean"] and isinstance(error.instance, str):
            message, hint = boolean_problem(error.instance, shown)
            return [doc.finding(path, "wrong-type", f"{here}: {message}", hint)]
        words = _(" or ").join(
            _(_TYPE_WORDS[str(w)]) if str(w) in _TYPE_WORDS else str(w) for w in wanted
        )
        return [
            doc.finding(
                path,
                "wrong-type",
                _("{key} should be {kind}, not {value}").format(key=here, kind=words, value=shown),
                _type_hint(wanted, _written(doc, path, error.instance) or "", error.instance),
            )
        ]
    if keyword == "enum":
        options = [str(o) for o in rule]
        maybe = did_you_mean(str(error.instance), options)
        return [
            doc.finding(
                path,
                "not-allowed",
                _("{key} is {value}, which is not one of: {choices}").format(
                    key=here, value=shown, choices=", ".join(options)
                ),
                maybe or _("write one of: {choices}").format(choices=", ".join(options)),
            )
        ]
    if keyword == "pattern":
        if isinstance(error.instance, str) and not error.instance.strip():
            return [
                doc.finding(
                    path,
                    "empty-value",
                    _("{key} is empty").format(key=here),
                    _hint(sub) or _("write a value, or remove the line"),
                )
            ]
        return [
            doc.finding(
                path,
                "bad-format",
                _("{key} is {value}, which is not in the right form").format(key=here, value=shown),
                _hint(sub) or _("check how this value is written"),
            )
        ]
    if keyword in ("minLength", "minItems", "minProperties"):
        return [
            doc.finding(
                path,
                "empty-value",
                _("{key} is empty").format(key=here),
                _hint(sub) or _("write a value, or remove the line"),
            )
        ]
    if keyword == "minimum":
        return [
            doc.finding(
                path,
                "not-allowed",
                _("{key} is {value}; it cannot be below {low}").format(
                    key=here, value=shown, low=rule
                ),
                _("write {low} or more").format(low=rule),
            )
        ]
    # A schema rule without its own words: the value and the key, no validator jargon.
    return [
        doc.finding(
            path,
            "wrong-type",
            _("{key} has a value that does not fit here: {value}").format(key=here, value=shown),
            _("check this value"),
        )
    ]


def _type_hint(wanted: list[str], raw: str, value: Any = None) -> str:
    if "string" in wanted and isinstance(value, list | dict):
        return _("write one text after the key; put it in quotes if it starts with [ or {")
    if "string" in wanted:
        return _('put the value in quotes: "{value}"').format(value=raw)
    if "object" in wanted:
        return _("write `key: value` lines, indented under this key")
    if "array" in wanted:
        return _("write the items as lines starting with `- `")
    if "boolean" in wanted:
        return _("write true or false")
    return _("write a number without quotes")


def _name(path: Path_) -> str:
    return f"`{dotted(path)}`" if path else _("the document")


def _hint(rule: Any) -> str:
    """A schema rule's own fix (`x-hint`), in the current language."""
    hint = rule.get("x-hint") if isinstance(rule, dict) else None
    return _(hint) if isinstance(hint, str) and hint else ""


def _join(path: Path_, key: str) -> str:
    return dotted((*path, key))
