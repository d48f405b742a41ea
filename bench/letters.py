"""1,000 offer letters in one PDF ("print today's letters"): time and peak memory.

Anvis: `desktop.core.letters.write_batch` over a fresh SQLite database holding N offers sent on
one day, each with its offer letter archived (as sending an offer does; not timed): it reads the
archived letters' stored data in chunks, checks that each can be drawn as it was (template
version, layout, logo), fills the template, lays the letter out (letterhead, window address,
tables, reply slip, "Side x af y") and draws it onto one PDF.

Baseline: bare reportlab drawing the same pages N times: the same text (taken once from the first
letter, before timing), the same embedded font, the same letterhead, tables and reply slip, laid
out with platypus Frames the way one would write it by hand; no database, no context, no template.

Both run alternately in this process (A B A B after a warm-up); peak memory of each is measured in
a child process of its own (ru_maxrss: the whole process, interpreter and imports included).

    .venv/bin/python bench/letters.py [--letters 1000] [--rounds 3] [--chunk 100]

Targets: ratio <= 1.3, peak memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from _common import REPO, child_env, compare, cpu_ms, report, run_main

DAY = dt.date(2026, 11, 21)
NAMES = ("Łukasz Nowak", "Ayşe Yılmaz", "Nguyễn Thị Lan", "Søren Ærø Åberg", "Mette Kjær")


def fill(path: Path, letters: int) -> None:
    """A migrated database with `letters` offers sent on DAY, their offer letters archived."""
    from sqlalchemy import select

    from db.enums import DeliveryChannel, DwellingType, MemberRelation, OfferStatus
    from db.models import (
        Applicant,
        Caseworker,
        Department,
        HouseholdMember,
        Offer,
        Organisation,
        Vacancy,
    )
    from desktop.core.letters.archive import archive_offer_letter
    from desktop.core.workspace import open_workspace

    ws = open_workspace(path, user="bench")
    with ws.write() as session:
        org = Organisation(
            number="088",
            name="Himmerland Boligforening",
            address="Over Kæret 6, 9220 Aalborg Øst",
        )
        departments = [
            Department(organisation=org, number=f"{n:02d}", name=f"Afdeling {n}")
            for n in range(1, 21)
        ]
        caseworker = Caseworker(name="Mette Kjær", phone="99 31 22 10")
        session.add_all([org, *departments, caseworker])
        for i in range(letters):
            name = NAMES[i % len(NAMES)]
            applicant = Applicant(
                name=name,
                cpr=f"{(i % 28) + 1:02d}0{(i % 9) + 1}9{i % 10}{1000 + i:04d}"[:10],
                care_of="Kirkens Korshær" if i % 3 == 0 else None,
                street=f"Vesterbro {i % 90 + 1}, {i % 4 + 1}. th",
                postcode="9000",
                town="Aalborg",
                delivery=DeliveryChannel.CARE_OF if i % 3 == 0 else DeliveryChannel.OWN_ADDRESS,
                target_group="housing_first",
                registered_on=dt.date(2025, 1, 1),
                caseworker=caseworker,
                members=[HouseholdMember(relation=MemberRelation.APPLICANT, name=name)],
            )
            vacancy = Vacancy(
                department=departments[i % len(departments)],
                lease_number=f"{i:05d}",
                dwelling_type=DwellingType.FAMILY,
                street="Hobrovej",
                house_number=str(i % 200 + 1),
                floor=str(i % 4),
                door="tv",
                postcode="9000",
                city="Aalborg",
                rooms=2.5,
                area_m2=68,
                rent=Decimal("4250.00") + i % 7,
                aconto_heating=Decimal("450.00"),
                aconto_water=Decimal("150.00"),
                deposit=Decimal("12750.00"),
                available_from=dt.date(2026, 12, 1),
                reported_on=dt.date(2026, 11, 10),
                elevator=True,
                viewing_contact="Ejendomskontoret, tlf. 98 12 34 56, hverdage 8-9",
            )
            session.add(
                Offer(
                    vacancy=vacancy,
                    applicant=applicant,
                    status=OfferStatus.SENT,
                    sent_on=DAY,
                    reply_deadline=DAY + dt.timedelta(days=5),
                )
            )
    with ws.read() as session:
        offer_ids = list(session.scalars(select(Offer.id).order_by(Offer.id)))
    for start in range(0, len(offer_ids), 100):
        with ws.write() as session:
            for offer_id in offer_ids[start : start + 100]:
                archive_offer_letter(session, offer_id)
    ws.close()


# --- the baseline: bare reportlab ------------------------------------------------------------


def page_content(db: Path) -> dict[str, Any]:
    """The first letter's text, taken once through Anvis (not timed)."""
    from db.enums import LetterKind
    from desktop.core.letters import context as contexts
    from desktop.core.letters import language, templates
    from desktop.core.letters.look import LetterSettings
    from desktop.core.workspace import open_workspace

    ws = open_workspace(db, user="bench")
    with ws.write() as session:
        context = contexts.offer_letter(session, 1)
        info = templates.active(session, LetterKind.OFFER)
    ws.close()
    template = templates.parsed(info)
    return {
        "title": language.fill_title(template, context.values),
        "blocks": [(b.kind, b.markup, b.name) for b in language.fill(template, context.values)],
        "tables": {k: [(r.label, r.value) for r in v] for k, v in context.tables.items()},
        "recipient": context.recipient,
        "sender": context.sender_line,
        "info": context.info,
        "slip": [(r.label, r.value) for r in context.reply_slip.rows] if context.reply_slip else [],
        "slip_intro": (
            "Sæt kryds, skriv under og send svarslippen til os, så vi har den senest "
            f"<b>{context.values['reply_deadline']}</b>. Fold arket, så vores adresse ses i ruden "
            "på en rudekuvert. Du kan også svare på telefon eller e-mail."
        ),
        "slip_note": (
            "Hvis du siger nej tak uden en rimelig grund, eller hvis vi ikke har dit svar inden "
            "fristen, kan du blive slettet fra ventelisten. Læs mere i brevet."
        ),
        "logo": str(LetterSettings().logo_path()),
        "values": context.values,
    }


def bare(content: dict[str, Any], letters: int, out: Path) -> None:
    """The same pages, drawn directly with reportlab."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

    from desktop.core.letters import fonts

    fonts.register()
    regular, bold = fonts.REGULAR, fonts.BOLD
    body = ParagraphStyle("b", fontName=regular, fontSize=10, leading=14, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=10.5, spaceBefore=6)
    bullet = ParagraphStyle("u", parent=body, leftIndent=5 * mm, bulletFontName=regular)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=13, leading=17)
    cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
    grid = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, (0.78, 0.81, 0.85)),
        ]
    )
    values = content["values"]
    width, height = 210 * mm, 297 * mm

    def table(rows: list[tuple[str, str]]) -> Table:
        data = [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in rows]
        t = Table(data, colWidths=[42 * mm, 124 * mm], hAlign="LEFT")
        t.setStyle(grid)
        return t

    def ruled(rows: list[list[Any]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, rowHeights=9 * mm, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (-1, -1), 0.6, (0, 0, 0)),
                ]
            )
        )
        return t

    def story() -> list[Any]:
        items: list[Any] = [Paragraph(content["title"], title)]
        for kind, markup, name in content["blocks"]:
            if kind == "paragraph":
                items.append(Paragraph(markup, body))
            elif kind == "heading":
                items.append(Paragraph(markup, head))
            elif kind == "bullet":
                items.append(Paragraph(markup, bullet, bulletText="•"))
            else:
                items.append(table(content["tables"][name]))
        return items

    def letterhead(c: Canvas) -> None:
        c.drawImage(content["logo"], 24 * mm, height - 33 * mm, 17.5 * mm, 21 * mm, mask="auto")
        c.setFont(bold, 15)
        c.drawString(45 * mm, height - 20 * mm, values["desk_municipality"])
        c.setFont(regular, 10.5)
        c.drawString(45 * mm, height - 25.5 * mm, values["desk_unit"])
        c.setFont(regular, 6.5)
        c.drawString(24 * mm, height - 45.5 * mm, content["sender"])
        c.setFont(regular, 10)
        for i, line in enumerate(content["recipient"]):
            c.drawString(24 * mm, height - (51.5 + 4.4 * i) * mm, line)
        c.setFont(regular, 8.5)
        for i, (label, value) in enumerate(content["info"]):
            c.drawString(136 * mm, height - (72 + 3.9 * i) * mm, label)
            c.drawString(153 * mm, height - (72 + 3.9 * i) * mm, value)

    def footer(c: Canvas, page: int) -> None:
        c.setFont(regular, 7.5)
        c.drawString(24 * mm, height - 283 * mm, content["sender"])
        c.setFont(regular, 8.5)
        c.drawRightString(190 * mm, height - 283 * mm, f"Side {page} af 3")

    c = Canvas(str(out), pagesize=(width, height), invariant=1, initialFontName=regular)
    for _ in range(letters):
        items = story()
        page = 1
        letterhead(c)
        frame = Frame(24 * mm, 25 * mm, 166 * mm, 178 * mm, showBoundary=0)
        frame.addFromList(items, c)
        while items:
            footer(c, page)
            c.showPage()
            page += 1
            frame = Frame(24 * mm, 25 * mm, 166 * mm, 242 * mm, showBoundary=0)
            frame.addFromList(items, c)
        footer(c, page)
        c.showPage()
        letterhead(c)
        slip = [
            Paragraph("Svarslip – tilbud om bolig", title),
            Paragraph(content["slip_intro"], body),
            table(content["slip"]),
            Spacer(1, 5 * mm),
            Paragraph("<b>Ja tak.</b> Jeg tager imod boligen.", body),
            Spacer(1, 5 * mm),
            Paragraph("<b>Nej tak.</b> Jeg tager ikke imod boligen. Min grund er:", body),
            ruled([["", ""]] * 3, [9 * mm, 157 * mm]),
            ruled([[Paragraph("Telefon", cell), ""]], [30 * mm, 80 * mm]),
            ruled(
                [[Paragraph("Dato", cell), "", Paragraph("Underskrift", cell), ""]],
                [30 * mm, 40 * mm, 25 * mm, 71 * mm],
            ),
            Paragraph(content["slip_note"], body),
        ]
        c.rect(24 * mm, height - 150 * mm, 4.6 * mm, 4.6 * mm)
        c.rect(24 * mm, height - 162 * mm, 4.6 * mm, 4.6 * mm)
        Frame(24 * mm, 25 * mm, 166 * mm, 178 * mm).addFromList(slip, c)
        footer(c, page + 1)
        c.showPage()
    c.save()


# --- the measured runs -----------------------------------------------------------------------


def run_anvis(db: Path, out: Path, chunk: int, before: list[float] | None = None) -> int:
    from desktop.core.letters import write_batch
    from desktop.core.workspace import open_workspace

    ws = open_workspace(db, user="bench")
    if before is not None:
        before.append(_maxrss_mb())
    try:
        result = write_batch(ws, DAY, out, chunk_size=chunk)
    finally:
        ws.close()
    return result.pages


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: argparse.Namespace) -> None:
    """One run in a fresh process; prints its peak memory (MB) as JSON."""
    db, out = Path(args.db), Path(args.out)
    before: list[float] = []
    if args.child == "anvis":
        pages = run_anvis(db, out, args.chunk, before)
    else:
        content = page_content(db)
        before.append(_maxrss_mb())
        bare(content, args.letters, out)
        pages = 0
    peak = _maxrss_mb()
    print(json.dumps({"peak_mb": round(peak, 1), "before_mb": round(before[0], 1), "pages": pages}))


def peak_of(which: str, db: Path, out: Path, letters: int, chunk: int) -> dict[str, Any]:
    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        which,
        "--db",
        str(db),
        "--out",
        str(out),
        "--letters",
        str(letters),
        "--chunk",
        str(chunk),
    ]
    done = subprocess.run(
        argv, capture_output=True, text=True, env=child_env(), cwd=REPO, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--child", choices=("anvis", "bare"))
    parser.add_argument("--db")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="anvis-bench-letters-") as folder:
        tmp = Path(folder)
        db = tmp / "letters.sqlite"
        fill(db, args.letters)
        content = page_content(db)
        anvis_pdf, bare_pdf = tmp / "anvis.pdf", tmp / "bare.pdf"
        walls: dict[str, list[float]] = {"anvis": [], "bare": []}

        def measure(which: str, fn: Any) -> float:
            start = time.perf_counter()
            cpu = cpu_ms(fn)
            walls[which].append((time.perf_counter() - start) * 1000.0)
            return cpu

        measured, baseline = compare(
            lambda: measure("anvis", lambda: run_anvis(db, anvis_pdf, args.chunk)),
            lambda: measure("bare", lambda: bare(content, args.letters, bare_pdf)),
            rounds=args.rounds,
        )
        anvis_peak = peak_of("anvis", db, tmp / "child-anvis.pdf", args.letters, args.chunk)
        bare_peak = peak_of("bare", db, tmp / "child-bare.pdf", args.letters, args.chunk)
        from pypdf import PdfReader

        pages = len(PdfReader(str(anvis_pdf)).pages)
        report(
            f"letters: {args.letters} offer letters in one PDF (CPU time)",
            measured,
            baseline,
            target=1.3,
            extra={
                "letters": args.letters,
                "wall_ms": [round(x, 1) for x in walls["anvis"][1:]],
                "baseline_wall_ms": [round(x, 1) for x in walls["bare"][1:]],
                "pages": pages,
                "pdf_mb": round(anvis_pdf.stat().st_size / 2**20, 1),
                "ms_per_letter": round(sorted(measured)[len(measured) // 2] / args.letters, 2),
                "peak_mb": anvis_peak["peak_mb"],
                "baseline_peak_mb": bare_peak["peak_mb"],
                "peak_before_letters_mb": anvis_peak["before_mb"],
                "baseline_peak_before_letters_mb": bare_peak["before_mb"],
                "peak_target_mb": 300,
                "peak_met": anvis_peak["peak_mb"] <= 300,
            },
        )
        print(
            f"letters: peak memory {anvis_peak['peak_mb']} MB, of which "
            f"{anvis_peak['before_mb']} MB before the first letter (baseline "
            f"{bare_peak['peak_mb']} MB, {bare_peak['before_mb']} MB; target <= 300 MB) "
            f"{'ok' if anvis_peak['peak_mb'] <= 300 else 'MISSED'}",
            flush=True,
        )


if __name__ == "__main__":
    run_main(main)
