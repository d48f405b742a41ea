"""Reading letters back: text, fonts and positions of a PDF (pypdf), as a test sees them."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

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


def page_drawing(
    pdf: bytes, page: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a page shows, independent of how the PDF numbers its font subsets' glyphs (a letter
    inside a batch shares the batch's subsets, so its text bytes differ from the letter alone):
    every drawing operation with its operands except the encoded text, and every piece of text
    decoded, with its font, size and position."""
    page_obj = reader(pdf).pages[page]
    operations: list[tuple[object, ...]] = []
    for operands, operator in ContentStream(page_obj.get_contents(), page_obj.pdf).operations:
        if operator in (b"Tj", b"TJ", b"'", b'"'):
            operations.append((operator,))
        elif operator == b"Tf":
            operations.append((operator, float(operands[1])))
        else:
            operations.append((operator, *(repr(o) for o in operands)))
    texts: list[tuple[object, ...]] = []

    def visit(text: str, cm, tm, font_dict, font_size) -> None:
        if text:
            font = str(font_dict["/BaseFont"]).split("+")[-1] if font_dict else ""
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            texts.append((text, font, round(float(font_size), 3), round(x, 3), round(y, 3)))

    page_obj.extract_text(visitor_text=visit)
    return operations, texts
