"""Qt only: calls desktop.core, never builds queries."""
