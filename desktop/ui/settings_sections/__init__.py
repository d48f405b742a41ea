"""Sections of the settings page: each module exposes `SECTION`, a QWidget subclass taking
`(context: PageContext)` with a static `title()`; the page lists them in `ORDER`, then the rest.
`parts` (no section) holds what the sections share."""

ORDER = (
    "general",
    "colours",
    "intake",
    "schemes",
    "matching",
    "forecast",
    "letters",
    "caseworkers",
    "privacy",
    "database",
    "backup",
    "audit",
)
