"""`foerderdesk export overview` and `foerderdesk import` through the command line, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.administration import programmes
from cli.main import run
from db.enums import Status
from db.models import Application
from tests.fixtures.excel import snapshot
from tests.support import Office, run_cli


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(office: Office, db_url: str) -> str:
    programmes.set_budget(office.admin, "LPF", 2025, "710000.00")
    return db_url


def test_import_dry_run_refusal_only_valid_and_saved_mapping(url: str, office: Office, sample: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(office.database)
    code, out, _err = cli(capsys, "--db", url, "--user", "sabine", "import", str(sample), "--dry-run")
    assert code == 1 and "Kopfzeile in Zeile 4" in out and "Az. → Aktenzeichen" in out
    assert "Fehler – Zeile 18, Spalte B (Az.)" in out and "24 Datenzeilen: 20 gültig, 4 mit Fehlern." in out
    code, _out, err = cli(capsys, "--db", url, "--user", "sabine", "import", str(sample))
    assert code == 1 and "Es wurde nichts importiert" in err and "Zeile 12, Spalte E (Gemeinde)" in err
    assert snapshot(office.database) == before
    code, out, err = cli(capsys, "--db", url, "--user", "sabine", "import", str(sample), "--only-valid",
                         "--accept-suggestions", "--save-mapping", "Förderliste")
    assert code == 0, err
    assert "22 Vorgänge aus »foerderliste-2025.xlsx« importiert, Zeilen 16, 18 übersprungen." in out
    assert "Spaltenzuordnung »Förderliste« gespeichert." in out
    code, out, _err = cli(capsys, "--db", url, "--user", "sabine", "import", str(sample), "--dry-run",
                          "--mapping", "Förderliste")
    assert code == 1 and "»LPF-2025-0001« gibt es in FörderDesk schon" in out
    assert "»Rossleben-Wiehe« wird wie gespeichert als »Roßleben-Wiehe« übernommen." in out


def test_import_errors_exit_codes(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"Az.;Titel\n1;2\n")
    code, _out, err = cli(capsys, "--db", url, "--user", "sabine", "import", str(broken))
    assert code == 1 and "keine Excel-Arbeitsmappe" in err and "Traceback" not in err
    code, _out, err = cli(capsys, "--db", url, "--user", "sabine", "import", str(broken), "--mapping", "fehlt")
    assert code == 1 and "Spaltenzuordnung »fehlt« gibt es nicht" in err
    code, _out, err = cli(capsys, "--db", url, "--user", "sabine", "import", str(broken), "--column", "quatsch")
    assert code == 1 and "keine gültige Zuordnung" in err
    with pytest.raises(SystemExit) as usage:
        run(["--db", url, "import"])
    assert usage.value.code == 2 and "Fehlerhafter Aufruf" in capsys.readouterr().err


def test_export_overview_with_filters(url: str, office: Office, sample: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--db", url, "--user", "sabine", "import", str(sample), "--only-valid",
               "--accept-suggestions")[0] == 0
    target = tmp_path / "übersicht.xlsx"
    code, out, err = cli(capsys, "--db", url, "--user", "leser", "export", "overview", "-o", str(target),
                         "--programme", "LPF", "--year", "2025", "--status", "funding", "--status", "approved")
    assert code == 0, err
    with office.database.read() as session:
        expected = session.scalar(select(func.count()).select_from(Application).where(
            Application.fiscal_year == 2025, Application.status.in_([Status.funding, Status.approved])))
    assert expected == 12 and f"Excel-Übersicht mit {expected} Vorgängen geschrieben" in out
    ws = load_workbook(target)["Anträge"]
    statuses = {r[7] for r in ws.iter_rows(min_row=5, values_only=True)}
    assert statuses == {"In Förderung", "Bewilligt"}
    assert "Programm LPF; Haushaltsjahr 2025; Status In Förderung, Bewilligt" in ws["A2"].value
    code, _out, err = cli(capsys, "--db", url, "--user", "niemand", "export", "overview", "-o", str(target))
    assert code == 1 and "nicht angelegt" in err
    code, _out, err = cli(capsys, "--db", url, "--user", "sabine", "export", "overview", "-o", str(target),
                          "--status", "irgendwas")
    assert code == 1 and "Unbekannter Status" in err


def test_import_guesses_are_printed_and_overruled_on_the_command_line(url: str, office: Office, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kürzel", "Projekt", "Träger", "Ort", "Zuschuss beantragt"])
    ws.append(["Alt 17", "Familienfest", "Heimatverein Gehofen e.V.", "Gehofen", "700,00 €"])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    before = snapshot(office.database)
    code, out, _err = cli(capsys, "--db", url, "--user", "anna", "import", str(path), "--dry-run",
                          "--programme", "LPF", "--year", "2026", "--map", "Kürzel=Aktenzeichen", "--map", "Ort=-",
                          "--map", "Träger=Antragsteller")
    assert "Kürzel → Aktenzeichen (von Hand zugeordnet)" in out and "Zuschuss beantragt → beantragt (erkannt)" in out
    assert "Ort →" not in out and "Fehler – Zeile 2: Die Gemeinde fehlt." in out and code == 1
    code, out, err = cli(capsys, "--db", url, "--user", "anna", "import", str(path), "--year", "2026",
                         "--programme", "LPF")
    assert code == 0, err
    assert "Ort → Gemeinde (erkannt)" in out and "Antragstellerart »Gemeinnütziger Verein« aus dem Namen erkannt " \
           "(»e.V.«)" in out and "1 Vorgänge aus »liste.xlsx« importiert." in out
    assert snapshot(office.database) != before
    code, _out, err = cli(capsys, "--db", url, "--user", "anna", "import", str(path), "--map", "Ort=Wohnort")
    assert code != 0 and "»Ort=Wohnort« ist keine gültige Zuordnung (SPALTE=FELD)" in err
