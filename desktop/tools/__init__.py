"""Developer tools (`python -m desktop.tools.<name>`); not part of the running program."""
