"""Output formats of findings: text, json, github, sarif, junit."""
