"""Matching and offers: the section lives with the offers page (its texts are in that area's
catalogue)."""

from desktop.ui.pages.offers_settings import MatchingSection

SECTION = MatchingSection
