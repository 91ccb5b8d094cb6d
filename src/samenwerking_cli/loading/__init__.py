"""Reading one YAML file: bytes, YAML 1.2 scalars with positions, syntax messages, the Document."""
