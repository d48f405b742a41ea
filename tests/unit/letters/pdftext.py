"""Reading letters back: text, fonts and positions of a PDF (pypdf), as a test sees them."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4


@dataclass(frozen=True)
class Placed:
    text: str
    x_mm: float
    top_mm: float  # from the top of the page


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object().get("/FontDescriptor")
                if descendants
                else font.get("/FontDescriptor")
            )
            embedded = False
            if descriptor is not None:
                d = descriptor.get_object()
                embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[name] = embedded
    return found


def placed(pdf: bytes, page: int = 0) -> list[Placed]:
    """Text pieces of a page with where they start."""
    pieces: list[Placed] = []
    page_obj = reader(pdf).pages[page]
    height = float(page_obj.mediabox.height)

    def visit(text: str, cm, tm, font_dict, font_size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            pieces.append(Placed(text.strip(), x / MM, (height - y) / MM))

    page_obj.extract_text(visitor_text=visit)
    return pieces
