"""Renderers: pure functions from results to text. They never decide and never print."""
