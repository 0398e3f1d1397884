"""Entering the proof of use: narrative report as a file, receipts typed in by the import's rules, the
optimistic lock, and no changes outside the proof-of-use review (on both backends)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.proof import final_grant as proof
from app.proof.queries import proof_review
from app.proof.service import ReceiptInput, StatementInput, add_receipt, attach_report, remove_receipt, save_statement
from tests.fixtures.database import Today
from tests.proof.cases import cost_line_ids, in_review
from tests.support import YEAR, Office, closed_case

D = Decimal
pytestmark = pytest.mark.usefixtures("database")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_report_file_is_stored_with_its_hash_and_bad_files_are_refused(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    with pytest.raises(ValidationError, match="passt nicht"):
        attach_report(office.anna, file_number, "sachbericht.docx", PDF)
    with pytest.raises(PermissionDenied):
        attach_report(office.leser, file_number, "sachbericht.pdf", PDF)
    view = proof_review(office.anna, file_number)
    assert view is not None and view.report_files == ()
    digest = attach_report(office.anna, file_number, "Sachbericht 2026.pdf", PDF)
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert [(f.file_name, f.sha256) for f in view.report_files] == [("Sachbericht 2026.pdf", digest)]


def test_typed_receipts_follow_the_import_rules(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    lines = cost_line_ids(office, file_number)
    with pytest.raises(ValidationError, match="außerhalb des Bewilligungszeitraums"):
        add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 3, 31), "Früh", "x", "10.00", lines[0]))
    with pytest.raises(ValidationError, match="Unbekannte Kostenposition"):
        add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 5, 1), "Fremd", "x", "10.00", 99999))
    with pytest.raises(ValidationError):
        add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 5, 1), "Null", "x", "0", lines[0]))
    first = add_receipt(office.anna, file_number, ReceiptInput("02.05.2026", "Kunze", "Papier", "12,50", lines[1]))
    add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 5, 3), "Roth", "Vortrag", "300", lines[2],
                                                     "05.05.2026"))
    remove_receipt(office.anna, file_number, first)
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert [(r.position, r.payee, r.amount, r.paid_on) for r in view.receipts] == [
        (2, "Roth", D("300.00"), dt.date(YEAR, 5, 5))]


def test_stale_version_is_refused(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    ids = cost_line_ids(office, file_number)
    view = proof_review(office.anna, file_number)
    assert view is not None
    figures = StatementInput(dict(zip(ids, ("9000", "2000", "1500"), strict=True)), "1500", "1000")
    save_statement(office.anna, file_number, figures, expected_version=view.proof_version)
    with pytest.raises(ValidationError, match="inzwischen geändert"):
        save_statement(office.bernd, file_number, figures, expected_version=view.proof_version)


def test_nothing_changes_outside_the_review(office: Office, today: Today) -> None:
    file_number = closed_case(office, today)
    with pytest.raises(ValidationError, match="nur während der Verwendungsnachweisprüfung"):
        add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 5, 2), "Kunze", "Papier", "12.50",
                                                         cost_line_ids(office, file_number)[0]))
    view = proof_review(office.anna, file_number)
    assert view is not None and not view.editable
    assert view.review.final == D("10000.00")
    with pytest.raises(TransitionRefused, match="Abgeschlossen"):
        proof.receive_proof(office.anna, file_number, proof.ProofInput("1", "1"))
