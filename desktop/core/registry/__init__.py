"""The register of organisations and departments: numbers, placements, ministry lists,
monitoring, master-data import and the placement export.

The colour lookup that other areas call lives in `desktop.core.colours`.
"""
