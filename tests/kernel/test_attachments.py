"""Attachments: only real documents of limited size, a file name that can never become a path."""

from __future__ import annotations

import hashlib

import pytest

from app.cases import documents
from app.kernel.attachments import MAX_BYTES
from app.kernel.errors import FoerderDeskError
from tests.support import Office, register
from tests.support_fingerprint import fingerprint

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def document_id(office: Office) -> int:
    file_number = register(office)
    return documents.record_document(office.anna, "statutes", file_number=file_number)


def test_pdf_is_stored_with_its_hash_and_read_back(office: Office, document_id: int) -> None:
    digest = documents.attach_file(office.anna, document_id, "Satzung 2024.pdf", PDF)
    assert digest == hashlib.sha256(PDF).hexdigest()
    assert documents.read_file(office.leser, document_id) == ("Satzung 2024.pdf", PDF)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("../../etc/passwd.pdf", PDF, "Ordnerangabe"),
    ("..\\..\\Windows\\system.ini.pdf", PDF, "Ordnerangabe"),
    ("C:\\Temp\\satzung.pdf", PDF, "Ordnerangabe"),
    ("..", PDF, "Ordnerangabe"),
    ("satzung\x00.pdf", PDF, "nicht zulässig"),
    ("satzung\u202efdp.exe", PDF, "nicht zulässig"),
    ("CON.pdf", PDF, "nicht zulässig"),
    ("programm.exe", b"MZ\x90\x00" + b"\x00" * 100, "nicht angenommen"),
    ("rechnung.pdf", b"MZ\x90\x00", "nicht angenommen"),
    ("bild.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 10, "passt nicht"),
    ("leer.pdf", b"", "leer"),
    ("riesig.pdf", b"%PDF-" + b"0" * MAX_BYTES, "zu groß"),
    ("", PDF, "Dateinamen"),
])
def test_unsafe_attachments_are_refused_and_change_nothing(office: Office, document_id: int, name: str,
                                                          content: bytes, message: str) -> None:
    before = fingerprint(office.database)
    with pytest.raises(FoerderDeskError, match=message):
        documents.attach_file(office.anna, document_id, name, content)
    assert fingerprint(office.database) == before


def test_readers_cannot_attach(office: Office, document_id: int) -> None:
    with pytest.raises(FoerderDeskError, match="darf"):
        documents.attach_file(office.leser, document_id, "satzung.pdf", PDF)
