"""Indstillinger > Farver: the colour policy (the widget lives with the departments page)."""

from desktop.ui.pages.departments_policy import ColourPolicySection

SECTION = ColourPolicySection
