"""The `shortlist` command line: commands that parse arguments, call the application
(shortlist.analyses for what needs no saved data, shortlist.workspace for what does)
and print with the renderers beside them. Rich and Typer live here and nowhere else."""

from shortlist.cli.app import app, main

__all__ = ["app", "main"]
