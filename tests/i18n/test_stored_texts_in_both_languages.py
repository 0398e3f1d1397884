"""Issue 23, done when: "the English interface shows no German stored texts and the German none English".

On demo data (both backends) with a Prüfvermerk, a narrative report, a sample and a panel score written in the
*other* language, every place that shows a text the program stored is read in English and in German: the case
detail (check results, deadlines, documents, status history), the audit trail (sentences and reasons), the
deadline list and the start page's warnings. No text may be one of the other language's catalogue texts, and
no stored code (`partial`, `proof_of_use` …) may show instead of its label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from enum import StrEnum

import pytest
from sqlalchemy import select

from app.administration import start_page
from app.cases.audit_trail import audit_trail
from app.cases.reader import Reader as CaseReader
from app.kernel import clock, i18n
from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from app.proof.review_note import issue_review_note
from app.proof.sample_check import draw_sample, record_check
from app.proof.service import attach_report
from db import enums
from db.enums import Status
from db.models import Application, Decision, DocumentType, ProofOfUse, Receipt
from tests.i18n.foreign_text import Catalogue

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CODES = {e.value for enum in vars(enums).values() if isinstance(enum, type) and issubclass(enum, StrEnum)
         and enum is not StrEnum for e in enum}
QUOTED = re.compile(r"»([a-z_]+)«")


DAY = dt.date(2026, 12, 7)  # a day on which the demo's 30 cases reach every state, the proof review too


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install_language("de")


@pytest.fixture
def demo_office(database: Database) -> Iterator[Database]:
    """30 demo cases walked through the real services, on both backends."""
    from demo.generator import generate

    generate(database, cases=30, seed=11, now=DAY)
    clock.set_today(lambda: DAY)
    yield database
    clock.set_today(None)


def _uow(database: Database, user: str) -> UnitOfWork:
    return UnitOfWork(database, user)


def _in_review(database: Database) -> str | None:
    with database.read() as session:
        return session.scalar(select(Application.file_number).where(Application.status == Status.proof_review)
                              .order_by(Application.id).limit(1))


def _write_in(database: Database, language: str) -> str | None:
    """Proof documents, a sample and an audit reason written with the interface in `language`."""
    i18n.install_language(language)
    file_number = _in_review(database)
    if file_number is None:
        return None
    with database.read() as session:
        case_id = session.scalar(select(Application.id).where(Application.file_number == file_number))
        receipts = list(session.scalars(select(Receipt.id).join(ProofOfUse, ProofOfUse.id == Receipt.proof_id)
                                        .where(ProofOfUse.application_id == case_id)))
    if receipts:
        draw_sample(_uow(database, "mueller"), file_number, seed="walk", share=Decimal("1"), minimum=0)
        for receipt_id in receipts:
            record_check(_uow(database, "mueller"), file_number, receipt_id, True)
    attach_report(_uow(database, "mueller"), file_number, "sachbericht.pdf", PDF)
    issue_review_note(_uow(database, "mueller"), file_number)
    return file_number


def _data(database: Database) -> set[str]:
    """Texts that are data by design: document types' names (reference data an administrator names) and the
    reasons of decision proposals (a person's words, prefilled, printed in the German Bescheid)."""
    with database.read() as session:
        return {*session.scalars(select(DocumentType.name)), *session.scalars(select(Decision.reasons))}


def _shown(database: Database, language: str) -> list[tuple[str, str]]:
    """(where, text) of every stored text the program shows, read in `language`."""
    i18n.install_language(language)
    reader = CaseReader(database, "weber")
    with database.read() as session:
        numbers = list(session.scalars(select(Application.file_number).where(Application.file_number.is_not(None))))
    found: list[tuple[str, str]] = []
    for number in numbers:
        detail = reader.case(number)
        found += [(f"{number} check {r.rule}", r.message) for r in detail.rules]
        found += [(f"{number} deadline", d.title) for d in detail.deadlines]
        found += [(f"{number} document {d.title}", d.text or "") for d in detail.documents]
        found += [(f"{number} audit", r.sentence) for r in audit_trail(_uow(database, "weber"), number)]
        found += [(f"{number} audit reason", r.reason or "") for r in audit_trail(_uow(database, "weber"), number)]
    board = start_page.start_page(_uow(database, "weber"))
    for item in (*board.overdue, *board.due_this_week, *board.time_limits,
                 *start_page.open_deadlines(_uow(database, "weber"), mine_only=False)):
        found += [("deadline list", item.title), ("deadline list kind", item.kind_label)]
    found += [("start page status", s.label) for s in board.statuses]
    return [(where, text) for where, text in found if text]


@pytest.mark.slow
def test_each_language_shows_no_stored_text_of_the_other(demo_office: Database, language: None) -> None:
    demo = demo_office
    written = _write_in(demo, "en")  # written in English: the German reader must not see English …
    assert written is not None, "the demo data has a case in the proof-of-use review"

    english = _shown(demo, "en")
    german = _shown(demo, "de")
    assert len(english) == len(german) > 500  # the same places, many of them

    betraying_de, betraying_en = Catalogue.of("de"), Catalogue.of("en")
    data = sorted(_data(demo), key=len, reverse=True)

    def program_part(text: str) -> str:
        """The text without what is data in it (a proposal's note begins with the person's reasons)."""
        for value in data:
            text = text.replace(value, " · ") if len(value) > 3 else text
        return text

    german_in_english = sorted({(w.split(" ", 1)[-1], t[:160], hit) for w, t in english
                                if (hit := betraying_de.betrays(program_part(t)))})
    english_in_german = sorted({(w.split(" ", 1)[-1], t[:160], hit) for w, t in german
                                if (hit := betraying_en.betrays(program_part(t)))})
    assert not german_in_english, "\n".join(map(str, german_in_english[:40]))
    assert not english_in_german, "\n".join(map(str, english_in_german[:40]))
    # a code instead of its label: in German any code; in English, where labels like "proposed" are words, the
    # compound ones (`proof_of_use`, `third_party` …)
    raw = [(w, t) for w, t in german if any(c in CODES for c in QUOTED.findall(t))]
    raw += [(w, t) for w, t in english if any(c in CODES and "_" in c for c in QUOTED.findall(t))]
    assert not raw, raw[:20]

    # what the walk looked at: the proof documents, in each reader's language
    notes = {lang: [t for w, t in shown if w.startswith(f"{written} document")]
             for lang, shown in (("en", english), ("de", german))}
    assert "Sachbericht zum Verwendungsnachweis" in notes["de"]
    assert any(t.startswith("Prüfvermerk vom ") for t in notes["de"])
    assert not any("Prüfvermerk" in t or "Sachbericht" in t for t in notes["en"]), notes["en"]
    reasons = {lang: {t for w, t in shown if w == f"{written} audit reason"}
               for lang, shown in (("en", english), ("de", german))}
    assert "Prüfvermerk zum Verwendungsnachweis" in reasons["de"]
    assert not any("Prüfvermerk" in t for t in reasons["en"]), reasons["en"]
