"""Generated schema checks; see validation/precompiled.py."""
