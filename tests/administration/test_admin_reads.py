"""The reads behind the administration, data-protection and start views: refused for the wrong role."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.administration import data_protection_reads, start_page
from app.administration import settings_service as admin
from app.administration.reads import administration
from app.applicants import service as applicants
from app.cases import checking
from app.kernel.errors import PermissionDenied, ValidationError
from app.letters import template_preview
from app.letters.templates import get_template
from tests.support import Office, closed_case, register


def test_only_administrators_read_the_administration(office: Office) -> None:
    for uow in (office.anna, office.sabine, office.leser):
        with pytest.raises(PermissionDenied, match="Programme, Haushalt und Einstellungen verwalten"):
            administration(uow)
    data = administration(office.admin)
    lpf = next(p for p in data.programmes if p.code == "LPF")
    assert (lpf.max_funding_rate, lpf.min_grant, lpf.file_number_pattern) == (Decimal("0.80"), Decimal("500.00"),
                                                                           "{code}-{year}-{number:04d}")
    assert len(lpf.weights) == 6 and all(w.version == 1 for w in lpf.weights)  # the default sheet, stored on creation
    assert [(b.programme_code, b.fiscal_year, b.allocation, b.available) for b in data.budgets] == [
        ("LPF", 2026, Decimal("100000.00"), Decimal("100000.00"))]
    retention = next(s for s in data.settings if s.key == "retention_years")
    assert (retention.value, retention.version) == (10, None)
    assert {u.username for u in data.users} >= {"admin", "anna", "sabine"}
    assert any(t.code == "association" and "statutes" in t.required for t in data.applicant_types)
    assert any(row.key == "office" for row in data.letterhead)


def test_start_page_and_deadlines_for_every_reader(office: Office, today) -> None:
    file_number = register(office)
    board = start_page.start_page(office.leser)
    assert sum(s.count for s in board.statuses) == 1 and board.recent == []  # readers don't read the audit trail
    assert start_page.start_page(office.sabine).recent[0].file_number == file_number
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, dt.date(2026, 2, 16))
    assert [d.file_number for d in start_page.open_deadlines(office.anna, mine_only=True)] == [file_number]
    assert start_page.open_deadlines(office.bernd, mine_only=True) == []
    assert [d.file_number for d in start_page.open_deadlines(office.bernd, mine_only=False)] == [file_number]


def test_data_protection_reads_are_for_administrators(office: Office, today) -> None:
    contact = applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        "Petra Beispiel", "Vorsitzende", "petra@sonnenblume.example"))
    file_number = closed_case(office, today, contact_person_id=contact)
    with pytest.raises(PermissionDenied):
        data_protection_reads.expired_cases(office.anna)
    with pytest.raises(PermissionDenied):
        data_protection_reads.find_contacts(office.sabine, "")
    with pytest.raises(PermissionDenied):
        data_protection_reads.export_contact(office.sabine, contact)
    assert data_protection_reads.expired_cases(office.admin) == []
    today.set(dt.date(2038, 1, 1))
    assert [c.file_number for c in data_protection_reads.expired_cases(office.admin)] == [file_number]
    assert [c.id for c in data_protection_reads.find_contacts(office.admin, "SONNENBLUME")] == [contact]
    assert data_protection_reads.find_contacts(office.admin, "niemand") == []
    export = data_protection_reads.export_contact(office.admin, contact)
    assert export["kontaktperson"]["e_mail"] == "petra@sonnenblume.example"  # type: ignore[index]
    assert [v["aktenzeichen"] for v in export["vorgaenge"]] == [file_number]  # type: ignore[attr-defined]


def test_template_preview_shows_the_unsaved_text_and_stores_nothing(office: Office, today) -> None:
    file_number = register(office)
    assert template_preview.sample_case(office.admin, "receipt") == file_number
    before = get_template(office.admin, "receipt")
    preview = template_preview.preview_template(office.admin, file_number, "receipt", before.subject,
                                                before.body + "\n\nNeuer Hinweis zur Barrierefreiheit.")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Neuer Hinweis zur Barrierefreiheit." in text
    assert get_template(office.admin, "receipt").version == before.version


def test_a_budget_change_needs_a_reason_and_an_administrator(office: Office) -> None:
    with pytest.raises(ValidationError, match="Grund der Änderung"):
        admin.change_budget(office.admin, "LPF", 2026, "120000", "  kurz ")
    with pytest.raises(PermissionDenied):
        admin.change_budget(office.sabine, "LPF", 2026, "120000", "Zuweisung des Landes erhöht")
    assert admin.change_budget(office.admin, "LPF", 2026, "120.000,00", "Zuweisung des Landes erhöht") == \
        Decimal("120000.00")
    assert administration(office.admin).budgets[0].allocation == Decimal("120000.00")
