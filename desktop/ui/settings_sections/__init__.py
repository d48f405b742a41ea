"""Sections of the settings page: each module exposes `SECTION`, a QWidget subclass taking
`(context: PageContext)` with a static `title()`; the page lists them in `ORDER`, then the rest."""

ORDER = (
    "general",
    "colours",
    "intake",
    "matching",
    "letters",
    "caseworkers",
    "privacy",
    "database",
    "backup",
    "audit",
)
