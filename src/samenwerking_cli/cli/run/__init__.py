"""What the commands do once their options are parsed, without the CLI framework.

The typer commands (cli/commands/) and the lean path for plain arguments (cli/fast.py) both
call these functions, so a run is the same whichever parsed its arguments.
"""
