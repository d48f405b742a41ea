"""Letters as PDF with reportlab: letterhead, window-envelope address, body, tables, reply slip.

The page (A4) follows the Danish/Nordic window envelopes and DIN 5008 form B:
- DIN 5008 form B puts the address field 20 mm from the left and 45 mm from the top,
  85 x 45 mm (its first 17.7 mm hold the return address);
- the Nordic C5 window starts 15 mm from the left and 44 mm from the top (35 x 105 mm), the
  C6/5 window 39 mm from the top (35 x 100 mm) (officeconsult.no, "Brevmaler: plassering av
  mottakerfelt i vinduskonvolutter").
So the return address sits 45.5 mm from the top and the recipient's lines between 51 and 74 mm,
24 mm from the left: inside every one of these windows. Nothing else is printed in that area.

Output is deterministic (reportlab's invariant mode): the same letters and template version give
the same bytes, so a reprint from the archive and a fresh rendering can be compared byte for byte.
That holds for the same drawing code, reportlab version and logo: `drawn_with(logo)` names them,
and an archived letter is drawn again from its stored data only while they are unchanged (bump
`LAYOUT` with any change here that changes how a letter looks).
Each letter is laid out and drawn on its own, so a batch of any size holds one letter's layout in
memory at a time (the canvas keeps only the compressed page streams).

reportlab (~250 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from db.enums import DeliveryChannel, LetterKind
from desktop.core.letters import fonts, language
from desktop.core.letters.context import LetterContext, ReplySlip, TableRow
from desktop.core.letters.language import Template

LAYOUT = 1  # the drawing below; a stored letter drawn with another layout is not drawn again
MM = 72 / 25.4
PAGE_W = 210 * MM
PAGE_H = 297 * MM
LEFT = 24 * MM
LOGO_WIDTH = 17.5 * MM
LOGO_HEIGHT = 21 * MM
RIGHT = PAGE_W - 20 * MM
WIDTH = RIGHT - LEFT
INFO_X = 136 * MM
BODY_TOP_FIRST = 100 * MM
BODY_TOP_NEXT = 30 * MM
BODY_BOTTOM = 272 * MM  # from the top: the footer lives below
_FIRST_PAGE_TOP = BODY_TOP_FIRST - 6 * MM  # where a part's first page starts its body
INK = (0.13, 0.13, 0.13)
GREY = (0.38, 0.40, 0.43)
RULE = (0.78, 0.81, 0.85)
ACCENT = (0.114, 0.310, 0.486)  # the crest's blue
SHADE = (0.945, 0.957, 0.969)

KIND_NAMES = {
    LetterKind.OFFER: "Boligtilbud",
    LetterKind.ALLOCATION_NOTICE: "Anvisningsmeddelelse",
    LetterKind.DECISION_REMOVAL: "Afgørelse om slettelse",
    LetterKind.DECISION_REFUSAL: "Afgørelse om afslag",
    LetterKind.INSIGHT_REPORT: "Indsigtsrapport",
}


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


@functools.lru_cache(maxsize=4)
def _logo_image(path: str, mtime: float) -> Any:
    """The logo decoded once and scaled to 300 dpi at its printed size: every letter embeds it,
    and a full-size crest would cost most of a letter's time (`mtime` renews a replaced file)."""
    from PIL import Image  # noqa: PLC0415 - reportlab's own image dependency
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    with Image.open(path) as image:
        image.load()
        target = (round(LOGO_WIDTH / 72 * 300), round(LOGO_HEIGHT / 72 * 300))
        if image.width > target[0] or image.height > target[1]:
            image.thumbnail(target, Image.Resampling.LANCZOS)
        return ImageReader(image.copy())


@functools.lru_cache(maxsize=8)
def _file_sha256(path: str, mtime: float, size: int) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def logo_sha256(logo: Path) -> str:
    """The logo file's SHA-256 (read once while the file is unchanged; "" if unreadable)."""
    try:
        stat = logo.stat()
    except OSError:
        return ""
    return _file_sha256(str(logo), stat.st_mtime, stat.st_size)


def drawn_with(logo: Path) -> dict[str, str]:
    """What besides the letter's data and template decides its bytes (stored with the letter)."""
    import reportlab  # noqa: PLC0415

    return {"layout": str(LAYOUT), "reportlab": reportlab.Version, "logo": logo_sha256(logo)}


@dataclass(frozen=True)
class PreparedTemplate:
    """A checked template and what the PDF records of it."""

    template: Template
    version: int
    has_reply_slip: bool


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: list[int]  # pages of each letter, in order


def _y(from_top: float) -> float:
    return PAGE_H - from_top


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415

        fonts.register()
        base = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=10,
            leading=14,
            textColor=INK,
            spaceAfter=7,
            allowWidows=0,
            allowOrphans=0,
            bulletFontName=fonts.REGULAR,
        )
        self.body = base
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=5 * MM, bulletIndent=1.2 * MM, spaceAfter=3
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17, spaceAfter=8
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0)
        self.cell_label = ParagraphStyle("cell_label", parent=self.cell, textColor=GREY)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.BOLD)
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=4
        )


_STYLES: _Styles | None = None


def _styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- flowables -------------------------------------------------------------------------------


def _table(rows: tuple[TableRow, ...]) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: PLC0415

    s = _styles()
    amounts = all(r.amount for r in rows)
    data = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.2 * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.2 * MM),
        ("TOPPADDING", (0, 0), (-1, -1), 1.0 * MM),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3 * MM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    for index, row in enumerate(rows):
        label = Paragraph(_escape(row.label), s.cell_bold if row.total else s.cell_label)
        if amounts:
            value: Any = _escape(row.value)
            commands.append(("ALIGN", (1, index), (1, index), "RIGHT"))
            commands.append(
                ("FONTNAME", (1, index), (1, index), fonts.BOLD if row.total else fonts.REGULAR)
            )
            commands.append(("FONTSIZE", (1, index), (1, index), 9.5))
            commands.append(("TEXTCOLOR", (1, index), (1, index), INK))
        else:
            value = Paragraph(_escape(row.value), s.cell_bold if row.total else s.cell)
        if row.total:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.9, INK))
            commands.append(("BACKGROUND", (0, index), (-1, index), SHADE))
        data.append([label, value])
    widths = [58 * MM, 38 * MM] if amounts else [42 * MM, WIDTH - 42 * MM]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitByRow=1)
    table.setStyle(TableStyle(commands))
    table.spaceBefore = 2
    table.spaceAfter = 9
    table.keep_together = len(rows) <= 12  # a short table moves whole to the next page
    return table


def _flowables(context: LetterContext, blocks: list[language.Block]) -> Iterator[Any]:
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    s = _styles()
    for block in blocks:
        if block.kind == "paragraph":
            yield Paragraph(block.markup, s.body)
        elif block.kind == "heading":
            yield Paragraph(block.markup, s.heading)
        elif block.kind == "bullet":
            yield Paragraph(block.markup, s.bullet, bulletText="•")
        else:
            rows = context.tables.get(block.name, ())
            if rows:
                yield _table(rows)


# --- pagination ------------------------------------------------------------------------------

Placed = tuple[Any, float, float]  # flowable, offset from the frame's top, height


def _paginate(flowables: Iterable[Any]) -> list[list[Placed]]:
    """Lay flowables out on the pages of one part of a letter (see `_draw_part`)."""
    first = BODY_BOTTOM - _FIRST_PAGE_TOP
    later = BODY_BOTTOM - BODY_TOP_NEXT
    pages: list[list[Placed]] = [[]]
    used = 0.0
    room = first
    queue = deque(flowables)
    while queue:
        item = queue.popleft()
        page = pages[-1]
        before = item.getSpaceBefore() if page else 0.0
        _, height = item.wrap(WIDTH, room)
        need = before + height
        if getattr(item, "keepWithNext", 0) and queue and page:
            _, following = queue[0].wrap(WIDTH, room)
            need += min(following, 3 * _styles().body.leading)
        if used + need <= room:
            page.append((item, used + before, height))
            used += before + height + item.getSpaceAfter()
            continue
        splittable = room - used - before > 20 and not (
            getattr(item, "keep_together", False) and height < later
        )
        parts = item.split(WIDTH, room - used - before) if splittable else []
        if len(parts) > 1:
            _, height = parts[0].wrap(WIDTH, room - used - before)
            page.append((parts[0], used + before, height))
            queue.extendleft(reversed(parts[1:]))
        elif not page:  # taller than a whole page and cannot split: place it anyway
            page.append((item, 0.0, height))
            used = room
            continue
        else:
            queue.appendleft(item)
        pages.append([])
        used = 0.0
        room = later
    return pages


# --- drawing ---------------------------------------------------------------------------------


class _Letterhead:
    """What every page of one letter draws around the body."""

    def __init__(self, context: LetterContext, version: int, logo: Path) -> None:
        self.context = context
        self.values = context.values
        self.version = version
        self.logo = str(logo)

    def letterhead(self, c: Any) -> None:
        c.drawImage(
            _logo_image(self.logo, _mtime(self.logo)),
            LEFT,
            _y(12 * MM + 21 * MM),
            width=LOGO_WIDTH,
            height=LOGO_HEIGHT,
            mask="auto",
            preserveAspectRatio=True,
            anchor="sw",
        )
        c.setFillColorRGB(*INK)
        c.setFont(fonts.BOLD, 15)
        c.drawString(LEFT + 21 * MM, _y(20 * MM), self.values.get("desk_municipality", ""))
        c.setFillColorRGB(*ACCENT)
        c.setFont(fonts.REGULAR, 10.5)
        c.drawString(LEFT + 21 * MM, _y(25.5 * MM), self.values.get("desk_unit", ""))

    def window(self, c: Any, sender: str, lines: tuple[str, ...]) -> None:
        c.setFillColorRGB(*GREY)
        c.setFont(fonts.REGULAR, 6.5)
        c.drawString(LEFT, _y(45.5 * MM), sender[:110])
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(LEFT, _y(46.7 * MM), LEFT + 85 * MM, _y(46.7 * MM))
        c.setFillColorRGB(*INK)
        c.setFont(fonts.REGULAR, 10)
        for index, line in enumerate(lines[:6]):
            c.drawString(LEFT, _y(51.5 * MM + index * 4.4 * MM), line)

    def info(self, c: Any, rows: tuple[tuple[str, str], ...]) -> None:
        v = self.values
        y = 45.5 * MM
        c.setFillColorRGB(*INK)
        c.setFont(fonts.BOLD, 8.5)
        c.drawString(INFO_X, _y(y), v.get("desk_unit", ""))
        c.setFont(fonts.REGULAR, 8.5)
        for line in (
            v.get("desk_address", ""),
            v.get("desk_postcode_city", ""),
            f"Telefon {v['desk_phone']}" if v.get("desk_phone") else "",
            v.get("desk_email", ""),
            v.get("desk_website", ""),
        ):
            if line:
                y += 3.9 * MM
                c.drawString(INFO_X, _y(y), line)
        y += 7 * MM
        for label, value in rows:
            c.setFillColorRGB(*GREY)
            c.drawString(INFO_X, _y(y), label)
            c.setFillColorRGB(*INK)
            c.drawString(INFO_X + 17 * MM, _y(y), value)
            y += 3.9 * MM

    def running_head(self, c: Any) -> None:
        c.setFillColorRGB(*INK)
        c.setFont(fonts.BOLD, 8.5)
        head = " – ".join(
            p for p in (self.values.get("desk_municipality"), self.values.get("desk_unit")) if p
        )
        c.drawString(LEFT, _y(17 * MM), head)
        c.setFillColorRGB(*GREY)
        c.setFont(fonts.REGULAR, 8.5)
        c.drawRightString(
            RIGHT, _y(17 * MM), f"{self.context.reference} · {self.values.get('letter_date', '')}"
        )
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(LEFT, _y(19.5 * MM), RIGHT, _y(19.5 * MM))

    def footer(self, c: Any, page: int, total: int) -> None:
        v = self.values
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(LEFT, _y(279 * MM), RIGHT, _y(279 * MM))
        c.setFillColorRGB(*GREY)
        c.setFont(fonts.REGULAR, 7.5)
        parts = (
            v.get("desk_municipality"),
            v.get("desk_unit"),
            v.get("desk_address"),
            v.get("desk_postcode_city"),
            f"Telefon {v['desk_phone']}" if v.get("desk_phone") else "",
        )
        c.drawString(LEFT, _y(283 * MM), " · ".join(p for p in parts if p))
        c.setFont(fonts.REGULAR, 6.5)
        c.drawString(
            LEFT,
            _y(287 * MM),
            f"{KIND_NAMES.get(self.context.kind, '')} · skabelon version {self.version}"
            f" · {self.context.reference}",
        )
        c.setFillColorRGB(*INK)
        c.setFont(fonts.REGULAR, 8.5)
        c.drawRightString(RIGHT, _y(283 * MM), f"Side {page} af {total}")


def _draw_body(c: Any, placed: list[Placed], top: float) -> None:
    for flowable, offset, height in placed:
        flowable.drawOn(c, LEFT, _y(top + offset + height))


_CHECKBOX: type | None = None


def _checkbox_class() -> type:
    """A tick box with its text beside it (made on first use: reportlab loads lazily)."""
    global _CHECKBOX
    if _CHECKBOX is not None:
        return _CHECKBOX
    from reportlab.platypus import Flowable  # noqa: PLC0415

    class Checkbox(Flowable):  # type: ignore[misc]
        def __init__(self, text: Any, box: float) -> None:
            super().__init__()
            self.text = text
            self.box = box
            self.gap = box + 4 * MM

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            _, height = self.text.wrap(avail_width - self.gap, avail_height)
            self.height = max(height, self.box)
            self.width = avail_width
            return avail_width, self.height

        def draw(self) -> None:
            canvas = self.canv
            canvas.setStrokeColorRGB(*INK)
            canvas.setLineWidth(1)
            canvas.rect(0, self.height - self.box - 0.6 * MM, self.box, self.box)
            self.text.drawOn(canvas, self.gap, self.height - self.text.height)

    _CHECKBOX = Checkbox
    return Checkbox


def _slip_flowables(slip: ReplySlip) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # noqa: PLC0415

    s = _styles()
    box = 4.6 * MM
    items: list[Any] = [
        Paragraph(
            "Sæt kryds, skriv under og send svarslippen til os, så vi har den senest "
            f"<b>{_escape(slip.deadline)}</b>. Fold arket, så vores adresse ses i ruden på en "
            f"rudekuvert. Du kan også svare på {_escape(slip.answer_by)}.",
            s.body,
        ),
        _table(slip.rows),
        Spacer(1, 2 * MM),
    ]

    def choice(text: str) -> Any:
        return _checkbox_class()(Paragraph(text, s.body), box)

    def rule_rows(rows: list[list[Any]], widths: list[float], ruled: list[int]) -> Any:
        table = Table(rows, colWidths=widths, rowHeights=9 * MM, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * MM),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        commands += [("LINEBELOW", (col, 0), (col, -1), 0.6, INK) for col in ruled]
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 4
        return table

    indent = box + 4 * MM
    reason_lines = rule_rows([["", ""]] * 3, [indent, WIDTH - indent], [1])
    phone = rule_rows([[Paragraph("Telefon", s.cell_label), ""]], [30 * MM, 80 * MM], [1])
    signature = rule_rows(
        [[Paragraph("Dato", s.cell_label), "", "", Paragraph("Underskrift", s.cell_label), ""]],
        [30 * MM, 40 * MM, 8 * MM, 25 * MM, WIDTH - 103 * MM],
        [1, 4],
    )

    items += [
        choice("<b>Ja tak.</b> Jeg tager imod boligen."),
        Spacer(1, 5 * MM),
        choice("<b>Nej tak.</b> Jeg tager ikke imod boligen. Min grund er:"),
        reason_lines,
        Spacer(1, 3 * MM),
        phone,
        signature,
        Spacer(1, 4 * MM),
        Paragraph(
            "Hvis du siger nej tak uden en rimelig grund, eller hvis vi ikke har dit svar inden "
            "fristen, kan du blive slettet fra ventelisten. Læs mere i brevet.",
            s.small,
        ),
    ]
    return items


def _draw_part(
    c: Any,
    head: _Letterhead,
    pages: list[list[Placed]],
    first_number: int,
    total: int,
    window: tuple[str, tuple[str, ...]],
    info: tuple[tuple[str, str], ...],
) -> None:
    """One part of a letter (the letter itself, or its reply slip): its first page has the
    letterhead, the envelope window (sender line, address) and the info column; the others a
    running head. Every page is numbered in the whole letter's `total`."""
    for index, placed in enumerate(pages):
        if index == 0:
            head.letterhead(c)
            head.window(c, *window)
            head.info(c, info)
            _draw_body(c, placed, _FIRST_PAGE_TOP)
        else:
            head.running_head(c)
            _draw_body(c, placed, BODY_TOP_NEXT)
        head.footer(c, first_number + index, total)
        c.showPage()


def _draw_letter(c: Any, context: LetterContext, prepared: PreparedTemplate, logo: Path) -> int:
    s = _styles()
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    values = context.values
    blocks = language.fill(prepared.template, values, lambda name: bool(context.tables.get(name)))
    title = language.fill_title(prepared.template, values)
    body = [Paragraph(_escape(title), s.title), *_flowables(context, blocks)]
    pages = _paginate(body)
    slip = context.reply_slip if prepared.has_reply_slip else None
    slip_pages: list[list[Placed]] = []
    if slip is not None:
        slip_pages = _paginate(
            [Paragraph("Svarslip – tilbud om bolig", s.title), *_slip_flowables(slip)]
        )
    total = len(pages) + len(slip_pages)
    head = _Letterhead(context, prepared.version, logo)
    _draw_part(c, head, pages, 1, total, (context.sender_line, context.recipient), context.info)
    if slip is not None:
        # The citizen's postal address, if the letter came by post; else their name alone.
        by_post = context.delivery in (None, DeliveryChannel.OWN_ADDRESS, DeliveryChannel.CARE_OF)
        shown = context.recipient if by_post else context.recipient[:1]
        sender = "Afsender: " + ", ".join(p for p in shown if p)
        info = (("Svarfrist", slip.deadline_date), ("Sagsnr.", context.reference))
        _draw_part(c, head, slip_pages, len(pages) + 1, total, (sender, slip.return_address), info)
    return total


class LetterBook:
    """One PDF that letters are added to one at a time (a batch of any size, or one letter)."""

    def __init__(
        self,
        out: BinaryIO,
        *,
        logo: Path,
        title: str = "",
        author: str = "",
        subject: str = "",
    ) -> None:
        from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

        fonts.register()
        self.logo = logo
        self.pages: list[int] = []
        self._canvas = Canvas(
            out,
            pagesize=(PAGE_W, PAGE_H),
            invariant=1,
            pageCompression=1,
            initialFontName=fonts.REGULAR,  # else the unembedded Helvetica is referenced
            initialFontSize=10,
        )
        self._canvas.setCreator("Anvis")
        self._canvas.setProducer("Anvis (reportlab)")
        if title:
            self._canvas.setTitle(title)
        if author:
            self._canvas.setAuthor(author)
        if subject:
            self._canvas.setSubject(subject)

    def add(
        self, context: LetterContext, prepared: PreparedTemplate, *, logo: Path | None = None
    ) -> int:
        """Draw one letter (with its own logo, else the book's); returns its page count."""
        count = _draw_letter(self._canvas, context, prepared, logo or self.logo)
        self.pages.append(count)
        return count

    def close(self) -> None:
        """Write the PDF's end (fonts, cross-reference table) to the output."""
        self._canvas.save()


def render(
    letters: Iterable[tuple[LetterContext, PreparedTemplate]],
    out: BinaryIO,
    *,
    logo: Path,
    title: str = "",
    author: str = "",
    subject: str = "",
) -> list[int]:
    """Draw every letter into one PDF written to `out`; returns each letter's page count."""
    book = LetterBook(out, logo=logo, title=title, author=author, subject=subject)
    for context, prepared in letters:
        book.add(context, prepared)
    book.close()
    return book.pages


def render_one(context: LetterContext, prepared: PreparedTemplate, *, logo: Path) -> Rendered:
    """One letter as PDF bytes; its metadata records the kind, reference and template version."""
    buffer = io.BytesIO()
    pages = render(
        [(context, prepared)],
        buffer,
        logo=logo,
        title=f"{KIND_NAMES.get(context.kind, '')} {context.reference}",
        author=" - ".join(
            p
            for p in (context.values.get("desk_municipality"), context.values.get("desk_unit"))
            if p
        ),
        subject=f"{context.kind.value}; template version {prepared.version}",
    )
    return Rendered(buffer.getvalue(), pages)
