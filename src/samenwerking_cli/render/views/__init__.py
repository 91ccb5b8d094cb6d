"""Output formats of the views (compare, show, contacts, diff): table, json, csv, markdown."""
