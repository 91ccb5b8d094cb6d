"""The model: frameworks, regions and their values, findings and their codes."""
