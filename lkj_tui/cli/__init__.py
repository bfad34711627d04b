"""Command-line front end (typer). Never imports textual outside the TUI branch."""
