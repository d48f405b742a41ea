"""The letter font: Liberation Sans, shipped in resources/fonts and embedded in every PDF.

reportlab's built-in Helvetica is not embedded and has no glyphs for names such as Łukasz,
Ayşe Yılmaz or Nguyễn Thị Lan; Liberation Sans (SIL Open Font License) covers Latin Extended
and Vietnamese. reportlab is imported here only when a letter is first rendered (every `anvis`
command loads this module: bench/startup.py, the command line).
"""

from __future__ import annotations

import threading

from desktop.core.paths import resources_dir

REGULAR = "AnvisSans"
BOLD = "AnvisSans-Bold"
ITALIC = "AnvisSans-Italic"
FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
}

_lock = threading.Lock()
_registered: list[bool] = []


def register() -> None:
    """Register the font family with reportlab once per process (thread-safe)."""
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
        from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

        folder = resources_dir() / "fonts"
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
        )
        _registered.append(True)


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` the letter font cannot show (they would print as blanks)."""
    register()
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415

    font = pdfmetrics.getFont(REGULAR)
    known = font.face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in known}
