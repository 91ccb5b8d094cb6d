"""The documents under a root: finding, loading and validating them, the worker pool."""
