"""The languages of the tool, apart from the catalogue: the help's quick path needs no more."""

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
ENV_VAR = "SAMENWERKING_LANG"
