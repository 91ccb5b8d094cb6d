"""samenwerking: compare and harmonise regional agreements with the national framework."""

__version__ = "0.1.0"
