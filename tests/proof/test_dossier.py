"""The auditor's dossier (Prüfakte): the manifest's SHA-256 match every file, issued letters are the stored
bytes, the proof figures and the sample are in it; one ZIP per case of a filtered set; the archive offer
uses the same export; no partial file is left behind (on both backends, also through the CLI)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.administration import data_protection
from app.cases.case_list import CaseFilter
from app.kernel.audit_anchor import read_anchor, verify_trail
from app.kernel.errors import PermissionDenied, ValidationError
from app.letters.service import issue_letter
from app.proof.dossier import export_dossier, export_dossiers
from app.proof.queries import proof_review
from app.proof.review_note import issue_review_note, stored_note
from app.proof.sample_check import draw_sample, record_check
from app.proof.service import attach_report
from db.enums import Status
from db.models import Application, Document, DocumentType, Letter
from tests.fixtures.database import Today
from tests.proof.cases import add_receipts, in_review
from tests.support import YEAR, Office, closed_case, run_cli

D = Decimal
pytestmark = pytest.mark.usefixtures("database")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _reviewed_case(office: Office, today: Today) -> str:
    """In review with three receipts, all sampled and checked, a report file and a Prüfvermerk."""
    file_number = in_review(office, today)
    ids = add_receipts(office, file_number, [(dt.date(YEAR, 4, 20), "Lohnbüro", "9000.00", 1, dt.date(YEAR, 4, 20)),
                                           (dt.date(YEAR, 5, 15), "=Kunze", "2000.00", 2, dt.date(YEAR, 5, 15)),
                                           (dt.date(YEAR, 6, 1), "Roth", "1500.00", 3, dt.date(YEAR, 6, 1))])
    draw_sample(office.anna, file_number, seed="akte", share=D("1"), minimum=0)
    record_check(office.anna, file_number, ids[0], True)
    record_check(office.anna, file_number, ids[1], True)
    record_check(office.anna, file_number, ids[2], False, "100.00", "Ohne Leistungsnachweis.")
    attach_report(office.anna, file_number, "sachbericht.pdf", PDF)
    issue_review_note(office.anna, file_number)
    return file_number


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _stored_letters(office: Office, file_number: str) -> list[bytes]:
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        return [bytes(p) for p in session.scalars(select(Letter.pdf).where(Letter.application_id == app.id)
                                                  .order_by(Letter.id))]


def _stored_note(office: Office, file_number: str) -> bytes:
    with office.database.read() as session:
        content = session.scalar(select(Document.content).join(DocumentType).join(Application).where(
            Application.file_number == file_number, DocumentType.code == "pruefvermerk"))
        assert content is not None
        return bytes(content)


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_manifest_matches_every_file_and_letters_are_the_stored_bytes(office: Office, today: Today,
                                                                      tmp_path: Path) -> None:
    file_number = _reviewed_case(office, today)
    issue_letter(office.anna, file_number, "payment_notice")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "akte.zip"
    result = export_dossier(office.anna, file_number, target)
    members = _members(target)
    manifest = members.pop("MANIFEST.sha256").decode("utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in manifest)
    assert set(listed) == set(members)
    assert all(hashlib.sha256(content).hexdigest() == listed[name] for name, content in members.items())
    assert result.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    letters = sorted(name for name in members if name.startswith("01_schreiben/"))
    assert [members[name] for name in letters] == _stored_letters(office, file_number)
    assert any("payment_notice" in name for name in letters)
    notes = [name for name in members if name.startswith("05_unterlagen/") and "_Pruefvermerk_" in name]
    assert len(notes) == 1 and members[notes[0]] == _stored_note(office, file_number)
    assert {"00_vorgang.json", "02_verlauf/statusverlauf.csv", "02_verlauf/protokoll.csv",
            "02_verlauf/verlauf_und_protokoll.pdf", "03_finanzen/finanzierungsplan.csv",
            "03_finanzen/verwendungsnachweis.csv", "03_finanzen/endabrechnung.txt", "04_belege/belegliste.csv",
            "04_belege/stichprobe.json", "05_unterlagen/dokumentenverzeichnis.csv"} <= set(members)
    receipts = _csv(members["04_belege/belegliste.csv"])
    assert receipts[2][3] == "'=Kunze"  # never a formula in a spreadsheet
    assert receipts[3][7:11] == ["ja", "nicht anerkannt: 100,00 € – Ohne Leistungsnachweis.", "1400,00", "100,00"]
    sample = json.loads(members["04_belege/stichprobe.json"])
    assert sample["startwert"] == "akte" and sample["reproduzierbar"] is True
    assert members[next(n for n in members if n.endswith("_sachbericht.pdf"))] == PDF
    history = _csv(members["02_verlauf/statusverlauf.csv"])
    assert history[-1][2] == "Verwendungsnachweisprüfung"
    assert any(row[3] == "draw-sample" and "akte" in row[9] for row in _csv(members["02_verlauf/protokoll.csv"]))
    assert [p.name for p in target.parent.iterdir()] == ["akte.zip"]
    anchor_file = tmp_path / "anker.json"  # the dossier's anchor holds against the trail as it stands
    anchor_file.write_bytes(members["02_verlauf/protokollanker.json"])
    anchor = read_anchor(anchor_file)
    assert anchor.entries > 10 and verify_trail(office.database, "sabine", anchor).ok


def test_filtered_set_one_zip_per_case_and_overview(office: Office, today: Today, tmp_path: Path) -> None:
    first, second = closed_case(office, today), closed_case(office, today)
    in_review(office, today)  # not closed: not in the set
    folder = tmp_path / "akten"
    results = export_dossiers(office.sabine, CaseFilter(statuses=(Status.closed,), fiscal_year=YEAR), folder)
    assert sorted(r.file_number for r in results) == sorted([first, second])
    overview = _csv((folder / "uebersicht.csv").read_bytes())
    assert sorted(row[0] for row in overview[1:]) == sorted([first, second])
    for row in overview[1:]:
        assert hashlib.sha256((folder / row[1]).read_bytes()).hexdigest() == row[3]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"Pruefakte_{first}.zip", f"Pruefakte_{second}.zip", "uebersicht.csv"])


def test_archive_offer_is_the_dossier_of_a_closed_case(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = closed_case(office, today)
    result = data_protection.archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    summary = json.loads(_members(result.path)["00_vorgang.json"])
    assert summary["aktenzeichen"] == file_number and "ThürArchivG" in summary["zweck_der_ausgabe"]
    open_case = in_review(office, today)
    with pytest.raises(ValidationError, match="abgeschlossene"):
        data_protection.archive_offer(office.sabine, open_case, tmp_path / "offen.zip")


def test_refusals_leave_no_file(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = closed_case(office, today)
    issue_letter(office.anna, file_number, "payment_notice")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        export_dossier(office.leser, file_number, out / "leser.zip")
    with pytest.raises(ValidationError, match="Ordner"):
        export_dossier(office.anna, file_number, out / "fehlt" / "akte.zip")
    with office.database.engine.begin() as conn:  # a stored letter damaged behind the program's back
        conn.execute(update(Letter).values(pdf=b"%PDF-1.4 manipuliert"))
    with pytest.raises(ValidationError, match="beschädigt"):
        export_dossier(office.anna, file_number, out / "akte.zip")
    assert list(out.iterdir()) == []


def test_cli_dossier_for_a_case_and_a_selection(office: Office, today: Today, tmp_path: Path, db_url: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    file_number = closed_case(office, today)
    target = tmp_path / "akte.zip"
    code = run_cli(["--db", db_url, "--user", "sabine", "dossier", file_number, "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"Prüfakte {file_number}" in out and zipfile.is_zipfile(target)
    code = run_cli(["--db", db_url, "--user", "sabine", "dossier", "--status", "closed", "--year", str(YEAR), "-o",
                    str(tmp_path / "alle")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 Prüfakten geschrieben" in out and (tmp_path / "alle" / f"Pruefakte_{file_number}.zip").exists()
    code = run_cli(["--db", db_url, "--user", "sabine", "dossier", "-o", str(tmp_path / "x")])
    _out, err = capsys.readouterr()
    assert code == 1 and "Aktenzeichen oder eine Auswahl" in err


def test_pruefvermerk_is_reopened_exactly_as_stored(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    add_receipts(office, file_number, [(dt.date(YEAR, 4, 20), "Lohnbüro", "9000.00", 1, dt.date(YEAR, 4, 20))])
    with pytest.raises(ValidationError, match="Stichprobe der Belege ziehen"):
        issue_review_note(office.anna, file_number)
    draw_sample(office.anna, file_number, seed="eins")
    with pytest.raises(ValidationError, match="nicht vollständig geprüft"):
        issue_review_note(office.anna, file_number)
    view = proof_review(office.anna, file_number)
    assert view is not None
    record_check(office.anna, file_number, view.receipts[0].id, True)
    note = issue_review_note(office.anna, file_number)
    assert stored_note(office.leser, note.id).pdf == note.pdf
    assert hashlib.sha256(note.pdf).hexdigest() == note.sha256
    with pytest.raises(PermissionDenied):
        issue_review_note(office.leser, file_number)
