"""The command line: the typer app, shared options, output and progress; commands/ one file
per command."""
