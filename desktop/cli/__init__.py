"""The `anvis` command: the GUI without a sub-command, otherwise a sub-command thin over core."""
