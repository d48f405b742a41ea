"""The window\x27s pages, one per area."""
