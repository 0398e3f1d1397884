"""Anonymising after the retention period and the archive offer deletes the bytes of the case's stored letters
and documents; their SHA-256, size and metadata stay, the audit trail says so, and every way of opening them
says so in German instead of failing (issue 22)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.administration.data_protection import anonymise_case, archive_offer
from app.cases import documents
from app.cases.audit_sentences import audit_reason
from app.kernel.stored_files import ContentDeleted
from app.letters import service as letters
from app.proof.dossier import export_dossier
from tests.support import Office, closed_case, run_cli

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"  # 9 + 18 + 12 + 6 = 45 bytes
PDF_SHA = hashlib.sha256(PDF).hexdigest()
REASON = "Aufbewahrungsfrist abgelaufen, Akte dem Archiv angeboten."


@pytest.fixture
def expired_case(office: Office, today) -> tuple[str, int, int, bytes]:
    file_number = closed_case(office, today)
    issued = letters.issue_letter(office.anna, file_number, "receipt")
    document_id = documents.record_document(office.anna, "statutes", file_number=file_number)
    documents.attach_file(office.anna, document_id, "Satzung Mustermann.pdf", PDF)
    today.set(dt.date(2038, 1, 2))  # closed 2027: retention until 31.12.2037
    return file_number, issued.id, document_id, issued.pdf


def _stored(office: Office, letter_id: int, document_id: int) -> tuple[tuple[object, ...], tuple[object, ...]]:
    with office.database.read() as session:
        letter = session.execute(text("SELECT pdf, sha256, size, kind, content_deleted_at FROM letters "
                                      "WHERE id = :id"), {"id": letter_id}).one()
        document = session.execute(text("SELECT content, sha256, size, file_name, content_deleted_at FROM documents "
                                        "WHERE id = :id"), {"id": document_id}).one()
    return tuple(letter), tuple(document)


def test_files_stay_until_the_archive_offer(office: Office, expired_case) -> None:
    file_number, letter_id, document_id, pdf = expired_case
    with pytest.raises(Exception, match="Archiv noch nicht angeboten"):
        anonymise_case(office.admin, file_number, REASON)
    letter, document = _stored(office, letter_id, document_id)
    assert bytes(letter[0]) == pdf and bytes(document[0]) == PDF  # type: ignore[arg-type]
    assert letter[4] is None and document[4] is None


def test_anonymising_deletes_the_bytes_and_keeps_hash_and_metadata(office: Office, expired_case,
                                                                   tmp_path: Path) -> None:
    file_number, letter_id, document_id, pdf = expired_case
    offered = archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    with zipfile.ZipFile(offered.path) as archive:  # the archive got the letter as issued
        assert any(name.startswith("01_schreiben/") and archive.read(name) == pdf for name in archive.namelist())

    changed = anonymise_case(office.admin, file_number, REASON)
    assert changed == 2  # one letter and one document emptied; no contact person or free text on this case

    letter, document = _stored(office, letter_id, document_id)
    letter_sha = hashlib.sha256(pdf).hexdigest()
    assert letter[:4] == (None, letter_sha, len(pdf), "receipt") and letter[4] is not None
    assert document[:4] == (None, PDF_SHA, 45, "Satzung Mustermann.pdf") and document[4] is not None

    rows = letters.list_letters(office.leser, file_number)
    assert [(r.id, r.sha256, r.size) for r in rows] == [(letter_id, letter_sha, len(pdf))]
    assert rows[0].content_deleted_at is not None
    with pytest.raises(ContentDeleted) as opened:
        letters.stored_letter(office.leser, letter_id)
    assert str(opened.value) == (f"Schreiben Nr. {letter_id}: Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht "
                                 f"(SHA-256 {letter_sha}).")
    with pytest.raises(ContentDeleted, match=f"Unterlage Nr. {document_id}: Inhalt nach Ablauf der "
                                             f"Aufbewahrungsfrist gelöscht \\(SHA-256 {PDF_SHA}\\)"):
        documents.read_file(office.leser, document_id)
    with pytest.raises(ContentDeleted):  # no new file in place of the deleted one
        documents.attach_file(office.anna, document_id, "neu.pdf", PDF)

    with office.database.read() as session:
        trail = session.execute(text("SELECT action, entity, entity_id, field, old_value, new_value, reason "
                                     "FROM audit_events WHERE action = 'anonymise-files' ORDER BY id")).all()
    summary = ("Nach Ablauf der Aufbewahrungsfrist gelöscht: Inhalt von 1 Schreiben und 1 Unterlagen; SHA-256 "
               "und Metadaten bleiben.")
    assert {audit_reason(row.reason) for row in trail} == {summary}  # stored coded, read in German
    assert ("Letter", str(letter_id), "pdf", f"<{len(pdf)} Bytes>", None) in \
        {(r.entity, r.entity_id, r.field, r.old_value, r.new_value) for r in trail}
    assert ("Document", str(document_id), "content", "<45 Bytes>", None) in \
        {(r.entity, r.entity_id, r.field, r.old_value, r.new_value) for r in trail}
    assert "anonymised_at" in {r.field for r in trail if r.entity == "Application"}


def test_dossier_and_cli_name_the_deleted_files(office: Office, expired_case, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    file_number, letter_id, document_id, pdf = expired_case
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    anonymise_case(office.admin, file_number, REASON)
    letter_sha = hashlib.sha256(pdf).hexdigest()

    dossier = export_dossier(office.sabine, file_number, tmp_path / "danach.zip")
    with zipfile.ZipFile(dossier.path) as archive:
        names = archive.namelist()
        assert not [n for n in names if n.startswith("01_schreiben/") and n.endswith(".pdf")]
        [note] = [n for n in names if n.startswith("01_schreiben/") and n.endswith("_geloescht.txt")]
        assert f"Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht (SHA-256 {letter_sha})." in \
            archive.read(note).decode("utf-8")
        assert not [n for n in names if n.startswith("05_unterlagen/") and n.endswith("Mustermann.pdf")]
        index = archive.read("05_unterlagen/dokumentenverzeichnis.csv").decode("utf-8-sig")
    [row] = [r for r in csv.reader(io.StringIO(index), delimiter=";") if r and r[0] == str(document_id)]
    assert PDF_SHA in row and "45" in row
    assert f"Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht (SHA-256 {PDF_SHA})." in row

    target = tmp_path / "schreiben.pdf"
    code = run_cli(["--db", office.database.url, "--user", "leser", "letter-export", str(letter_id),
                    "-o", str(target)])
    assert code != 0 and not target.exists()
    assert "Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht" in capsys.readouterr().err


def test_the_server_keeps_stored_files_and_lets_only_an_admin_empty_them(office: Office, expired_case) -> None:
    if office.database.backend != "postgresql":
        pytest.skip("Die Datenbank selbst schützt gespeicherte Dateien nur auf dem PostgreSQL-Server")
    _file_number, letter_id, document_id, pdf = expired_case

    def as_person(name: str, statement: str) -> None:
        with office.database.engine.begin() as conn:
            conn.execute(text("SELECT set_config('foerderdesk.person', :p, true)"), {"p": name})
            conn.execute(text(statement), {"id": letter_id, "doc": document_id, "b": b"%PDF-1.7 anders"})

    for name, statement, message in (
        ("anna", "UPDATE letters SET pdf = :b WHERE id = :id", "unveränderlich"),
        ("admin", "UPDATE letters SET pdf = :b WHERE id = :id", "unveränderlich"),
        ("admin", "UPDATE letters SET sha256 = repeat('0', 64) WHERE id = :id", "unveränderlich"),
        ("admin", "UPDATE letters SET pdf = NULL WHERE id = :id", "unveränderlich"),  # without the marker
        ("anna", "UPDATE letters SET pdf = NULL, content_deleted_at = now() WHERE id = :id", "nur die Administration"),
        ("anna", "UPDATE documents SET content = :b WHERE id = :doc", "unveränderlich"),
        ("anna", "UPDATE documents SET content = NULL, content_deleted_at = now() WHERE id = :doc",
         "nur die Administration"),
    ):
        with pytest.raises(DBAPIError, match=message) as refused:
            as_person(name, statement)
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    letter, document = _stored(office, letter_id, document_id)
    assert bytes(letter[0]) == pdf and bytes(document[0]) == PDF  # type: ignore[arg-type]

    as_person("anna", "UPDATE letters SET posted_on = DATE '2027-02-16' WHERE id = :id")  # other columns: as before
    as_person("admin", "UPDATE letters SET pdf = NULL, content_deleted_at = now() WHERE id = :id")
    letter, _document = _stored(office, letter_id, document_id)
    assert letter[0] is None and letter[1] == hashlib.sha256(pdf).hexdigest() and letter[4] is not None


def test_anonymising_empties_the_reworded_text_of_letters(office: Office, expired_case, tmp_path: Path) -> None:
    """A caseworker's rewording (schema 0019) may name people: it is emptied with the case, its row stays."""
    file_number = expired_case[0]
    draft = letters.preview_letter(office.anna, file_number, "receipt")
    block = draft.blocks[0]
    reworded = "Frau Erika Mustermann hat uns den Antrag persönlich übergeben; wir danken ihr."
    issued = letters.issue_letter(office.anna, file_number, "receipt", wording={block.name: reworded},
                                  template_version=draft.template_version)
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    anonymise_case(office.admin, file_number, REASON)
    with office.database.read() as session:
        rows = session.execute(text("SELECT block, generated, edited FROM letter_wordings WHERE letter_id = :id"),
                               {"id": issued.id}).all()
    assert [tuple(r) for r in rows] == [(block.name, "[anonymisiert]", "[anonymisiert]")]
