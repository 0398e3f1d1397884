"""Benchmark: 1,000 approval letters in one batch beside a bare reportlab letter, same run.

    .venv/bin/python -m bench.letters_bench [--letters 1000] [--repeat 2] [--db URL]

Set-up (not timed): a throw-away SQLite database (or `--db`, which must be
empty) with `--letters` cases driven through the real services to a confirmed
approval. Then, each the best of `--repeat` runs:

* baseline – bare reportlab: SimpleDocTemplate, the same font files (as plain
  `TTFont`s under their own names, sharing none of the product's font work) and the same
  texts (subject, paragraphs, figures table, closing); the same fixed parts
  (letterhead, return address, recipient, reference block, four-column
  footer, fold and hole marks, page number) with one drawString per line;
  no escaping, no wrapping of fixed parts, no page total, no database;
* render   – `reports.letters.render_letter` of the already composed letters;
* batch    – `app.letters.batch.run_batch`, the path of `foerderdesk letters
  --status approved --kind approval` (drafts; nothing stored, no files
  written): letterhead and template once; per 25 cases one read transaction
  with the permission check and the cases and their decisions in two queries;
  per case the placeholders, the layout and the PDF.

Target: batch ≥ the baseline's letters per second (issue 26, `bench.targets`). The variants take
turns in each of `--repeat` rounds and the best time of each counts, so other
load on the machine affects all of them alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from app.administration import programmes, users
from app.administration.reference_data import ensure_reference_data
from app.applicants import service as applicants
from app.cases import checking, decisions, documents
from app.cases import intake as applications
from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput
from app.kernel import clock
from app.kernel.database import Database, connect, upgrade_schema
from app.kernel.uow import UnitOfWork
from app.letters.batch import Outcome, run_batch
from app.letters.kinds import LetterKind
from app.letters.service import compose_letter, load_for_letter, stationery_for
from bench.targets import LETTERS_RATIO
from reports.letters import Bullet, Facts, Heading, LetterDocument, Para, render_letter
from reports.letters.fonts import FONT_DIR, register_fonts

TARGET = LETTERS_RATIO  # issue 26: the batch at least as fast as bare reportlab
YEAR = 2026


def office(database: Database) -> int:
    """Users admin/anna/sabine, programme LPF with a large budget, one applicant with its documents."""
    admin = UnitOfWork(database, "admin")
    users.add_user(admin, "admin", "admin", "Ada Admin")
    users.add_user(admin, "anna", "caseworker", "Anna Arndt", "anna.arndt@kyffhaeuser.example", "03632 0123-411")
    users.add_user(admin, "sabine", "supervisor", "Sabine Sommer")
    programmes.create_programme(admin, programmes.ProgrammeInput(code="LPF", name="Landesprogramm Familie"))
    programmes.set_budget(admin, "LPF", YEAR, "99000000.00", budget_position=f"1.3630.LPF.{YEAR}")
    anna = UnitOfWork(database, "anna")
    applicant = applicants.register_applicant(anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume e.V.", applicant_type="association", legal_form="e.V.",
        street="Bahnhofstraße 5", postcode="99706", city="Sondershausen", municipality="Sondershausen",
        nonprofit_proof_kind="exemption_notice", nonprofit_proof_date=dt.date(2024, 5, 10),
        iban="DE89370400440532013000"))
    for code in ("statutes", "register_extract", "exemption_notice"):
        documents.record_document(anna, code, applicant_id=applicant, received_on=dt.date(YEAR, 1, 5),
                                  issued_on=dt.date(2024, 5, 10) if code == "exemption_notice" else None)
    return applicant


def approval_input(applicant: int, number: int) -> ApplicationInput:
    """A complete application whose amounts differ a little per case (so the letters differ too)."""
    return ApplicationInput(
        programme="LPF", fiscal_year=YEAR, applicant_id=applicant, title=f"Familiencafé am Markt {number}",
        municipality="Sondershausen", life_phase="childhood", field_of_action="Bildung im familiären Umfeld",
        catalogue_justification="Neues Angebot, im Katalog noch nicht enthalten; Bedarf laut Familienbericht.",
        start_date=dt.date(YEAR, 4, 1), end_date=dt.date(YEAR, 12, 31), financing_type="share",
        requested_amount="10000.00", received_on=dt.date(YEAR, 1, 2) + dt.timedelta(days=number % 50),
        cost_lines=(CostLineInput("personnel", "Pädagogische Fachkraft", f"{9000 + number}.00"),
                    CostLineInput("material", "Spielmaterial", "2000.00"),
                    CostLineInput("fees", "Honorare", "1500.00")),
        funding_lines=(FundingLineInput("own", "Eigenmittel", f"{1500 + number}.00"),
                       FundingLineInput("third_party", "Spende", "1000.00")))


def _approved_case(database: Database, applicant: int, number: int) -> str:
    anna, sabine = UnitOfWork(database, "anna"), UnitOfWork(database, "sabine")
    file_number = applications.register_application(anna, approval_input(applicant, number))
    for code in ("application_signed", "financing_plan"):
        documents.record_document(anna, code, file_number=file_number, received_on=dt.date(YEAR, 2, 2))
    checking.start_check(anna, file_number)
    checking.confirm_eligible(anna, file_number)
    decisions.propose(anna, file_number, "approve", amount="10000.00", reasons="Bedarfsgerechtes Angebot.")
    decisions.confirm_decision(sabine, file_number, decision_date=dt.date(YEAR, 3, 2))
    return file_number


def setup(url: str, letters: int) -> tuple[Database, list[str]]:
    database = connect(url)
    upgrade_schema(database)
    ensure_reference_data(database)
    clock.set_today(lambda: dt.date(YEAR, 3, 2))
    applicant = office(database)
    return database, [_approved_case(database, applicant, n) for n in range(1, letters + 1)]


def composed(database: Database, file_numbers: Sequence[str]) -> list[LetterDocument]:
    """The letters as `LetterDocument`s (not timed: the input of the render-only variant)."""
    uow = UnitOfWork(database, "sabine")
    stationery = stationery_for(uow, LetterKind.approval)
    documents = []
    for file_number in file_numbers:
        with uow:
            uow.act("compose")
            app = load_for_letter(uow.session, file_number)
            documents.append(compose_letter(uow, app, LetterKind.approval, draft=False, stationery=stationery).document)
    return documents


def batch(database: Database, file_numbers: Sequence[str]) -> int:
    """`foerderdesk letters --status approved --kind approval` without writing files: `run_batch` as is."""
    items = run_batch(UnitOfWork(database, "sabine"), file_numbers, LetterKind.approval, issue=False,
                      sink=lambda _file_number, _pdf, _letter_id: None)
    assert all(item.outcome == Outcome.written for item in items), items[:3]
    return len(items)


def _footer_columns(document: LetterDocument) -> list[tuple[str, list[str]]]:
    head = document.letterhead
    return [("Hausanschrift", [head.office, head.department, head.street, head.postcode_city]),
            ("Sprechzeiten", list(head.opening_hours)),
            ("Kontakt", [f"Telefon {head.phone}", head.email, head.website]),
            ("Bankverbindung", [head.bank_name, f"IBAN {head.iban}", f"BIC {head.bic}"])]


BASE_REGULAR, BASE_BOLD = "BareDejaVuSans", "BareDejaVuSans-Bold"


def register_bare_fonts() -> None:
    """The same DejaVu files as plain reportlab `TTFont`s under their own names: the baseline shares none of the
    product's font work (its subsets made once per process), so it stays bare reportlab."""
    if BASE_REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(BASE_REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BASE_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(BASE_REGULAR, normal=BASE_REGULAR, bold=BASE_BOLD, italic=BASE_REGULAR,
                                  boldItalic=BASE_BOLD)


def _baseline_common(c: Any, document: LetterDocument, page: int) -> None:
    """Footer, fold and hole marks and page number, one drawString per line."""
    c.line(25 * mm, 29 * mm, 190 * mm, 29 * mm)
    for index, (title, lines) in enumerate(_footer_columns(document)):
        c.setFont(BASE_BOLD, 6.5)
        c.drawString((25 + 41 * index) * mm, 25.5 * mm, title)
        c.setFont(BASE_REGULAR, 6.5)
        for n, line in enumerate(lines, start=1):
            c.drawString((25 + 41 * index) * mm, (25.5 - 2.8 * n) * mm, line)
    for mark in (105, 148.5, 210):
        c.line(4 * mm, (297 - mark) * mm, 9 * mm, (297 - mark) * mm)
    c.setFont(BASE_REGULAR, 8)
    c.drawRightString(190 * mm, 32 * mm, f"Seite {page}")


def _baseline_first(document: LetterDocument) -> Callable[[Any, Any], None]:
    """The same fixed parts as the first page of a FörderDesk letter, drawn with plain canvas calls."""
    def draw(c: Any, doc: Any) -> None:
        c.setFont(BASE_BOLD, 15)
        c.drawString(25 * mm, 278 * mm, document.letterhead.office)
        c.setFont(BASE_REGULAR, 11)
        c.drawString(25 * mm, 271.5 * mm, document.letterhead.department)
        c.line(25 * mm, 259 * mm, 190 * mm, 259 * mm)
        c.setFont(BASE_REGULAR, 7)
        c.drawString(25 * mm, 236.8 * mm, document.letterhead.return_address)
        c.setFont(BASE_REGULAR, 10)
        for n, line in enumerate(document.recipient):
            c.drawString(25 * mm, (230 - 4.2 * n) * mm, line)
        for n, (label, value) in enumerate(document.reference):
            c.setFont(BASE_REGULAR, 7)
            c.drawString(125 * mm, (244 - 4.3 * n) * mm, label)
            c.setFont(BASE_REGULAR, 8.5)
            c.drawString(150 * mm, (244 - 4.3 * n) * mm, value)
        _baseline_common(c, document, doc.page)
    return draw


def _baseline_later(document: LetterDocument) -> Callable[[Any, Any], None]:
    def draw(c: Any, doc: Any) -> None:
        c.setFont(BASE_BOLD, 8.5)
        c.drawString(25 * mm, 280 * mm, document.letterhead.office)
        c.setFont(BASE_REGULAR, 8)
        c.drawRightString(190 * mm, 280 * mm, document.continuation)
        _baseline_common(c, document, doc.page)
    return draw


def baseline_pdf(document: LetterDocument) -> bytes:
    """A comparable letter in bare reportlab: same fonts and texts, simplest platypus."""
    body = ParagraphStyle("b", fontName=BASE_REGULAR, fontSize=10, leading=13.5, spaceAfter=8)
    bold = ParagraphStyle("h", parent=body, fontName=BASE_BOLD)
    story: list[object] = [Paragraph(document.subject, bold), Spacer(1, 20)]
    for block in document.blocks:
        if isinstance(block, Facts):
            story.append(Table([list(row) for row in block.rows], colWidths=[99 * mm, 66 * mm]))
        elif isinstance(block, Heading | Para | Bullet):
            story.append(Paragraph(block.text.replace("\n", "<br/>"), bold if isinstance(block, Heading) else body))
    story += [Paragraph(line, body) for line in document.closing]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=98.5 * mm,
                      bottomMargin=37 * mm).build(story, onFirstPage=_baseline_first(document),  # type: ignore[arg-type]
                                                  onLaterPages=_baseline_later(document))
    return buffer.getvalue()


def interleaved(rounds: int, variants: list[tuple[str, Callable[[], object]]]) -> dict[str, list[float]]:
    """Every time of each variant over `rounds` rounds, the variants taking turns (fair under load)."""
    times: dict[str, list[float]] = {name: [] for name, _action in variants}
    for _ in range(rounds):
        for name, action in variants:
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return times


BASELINE, RENDER, BATCH = "reportlab pur (Vergleichsbrief)", "render_letter (nur Satz)", "Stapel: DB + Vorlage + Satz"


def measure(letters: int, rounds: int, url: str | None = None) -> tuple[dict[str, list[float]], int]:
    """Times of the three variants (BASELINE, RENDER, BATCH) per round, and the number of letters per run."""
    saved = clock.provider()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        database, file_numbers = setup(url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}", letters)
        print(f"Set-up: {len(file_numbers)} bewilligte Vorgänge in {time.perf_counter() - started:.1f} s "
              f"({database.backend})", flush=True)
        try:
            register_fonts()
            register_bare_fonts()
            batch(database, file_numbers[:3])  # warm-up
            documents = composed(database, file_numbers)
            times = interleaved(rounds, [
                (BASELINE, lambda: [baseline_pdf(d) for d in documents]),
                (RENDER, lambda: [render_letter(d) for d in documents]),
                (BATCH, lambda: batch(database, file_numbers))])
        finally:
            database.dispose()
            clock.set_today(saved)
    return times, len(documents)


def main() -> None:
    parser = argparse.ArgumentParser(description="Briefe pro Sekunde: FörderDesk beside bare reportlab")
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--db", help="empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    times, count = measure(args.letters, args.repeat, args.db)
    report([(name, min(values)) for name, values in times.items()], count)


def report(rows: list[tuple[str, float]], count: int) -> None:
    base_rate = count / rows[0][1]
    print(f"\n{'Variante':<34} {'Briefe':>7} {'Sekunden':>9} {'Briefe/s':>9} {'Anteil':>7}")
    for name, seconds in rows:
        rate = count / seconds
        print(f"{name:<34} {count:>7} {seconds:>9.2f} {rate:>9.1f} {rate / base_rate:>7.0%}")
    ratio = count / rows[-1][1] / base_rate
    verdict = "erreicht" if ratio >= TARGET else "VERFEHLT"
    print(f"\nZiel: Stapel ≥ {TARGET:.0%} des reportlab-Werts – {verdict} ({ratio:.0%}).")


if __name__ == "__main__":
    main()
