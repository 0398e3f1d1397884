"""Lists in other offices' layouts import without a manual mapping; real defects are named; nothing is written
before the user confirms; guesses are shown and can be overruled; a second list of the same layout reuses the
mapping. On both databases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.excel.header_match import SAVED, SIMILAR, SYNONYM, WORDS
from app.excel.import_service import ImportRefused, check_import, import_list, propose_mapping
from app.excel.records import ImportOptions
from db.models import Application, StatusChange
from tests.excel.layouts import LAYOUTS, Expected
from tests.fixtures.excel import snapshot
from tests.support import Office

Builder = Callable[[Path], tuple[Path, Expected]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_is_recognised_without_manual_mapping(office: Office, tmp_path: Path, layout: str) -> None:
    path, expected = LAYOUTS[layout](tmp_path / f"{layout}.xlsx")
    before = snapshot(office.database)
    plan = check_import(office.anna, path, ImportOptions())
    assert snapshot(office.database) == before  # the check writes nothing
    assert plan.header_row == expected.header_row
    assert sorted(case.row for case in plan.cases) == sorted(expected.rows), "\n".join(plan.report())
    assert plan.invalid_rows == sorted(expected.defects), plan.report()
    for row, (column, text) in expected.defects.items():
        assert any(p.row == row and (p.column or "").startswith(column + " ") and text in p.message
                   for p in plan.errors), (row, plan.report())
    if expected.totals_row:
        assert f"Hinweis – Zeile {expected.totals_row}: Summenzeile erkannt und übersprungen." in plan.report()
    for case in plan.cases:
        file_number, status, kind, requested, approved, paid = expected.rows[case.row]
        f = case.figures
        assert (case.file_number, case.status, case.applicant_type, f.requested, f.approved, f.paid) == (
            file_number, status, kind, requested, approved, paid), case.row
        assert (case.programme, case.fiscal_year) == ("LPF", 2026)
    if expected.defects:
        with pytest.raises(ImportRefused):
            import_list(office.sabine, path, ImportOptions())
        assert snapshot(office.database) == before  # refused: nothing written
    result = import_list(office.sabine, path, ImportOptions(only_valid=True))
    assert len(result.file_numbers) == len(expected.rows)
    with office.database.read() as session:
        apps = session.scalars(select(Application).where(Application.file_number.in_(result.file_numbers))).all()
        assert sorted(a.status for a in apps) == sorted(e[1] for e in expected.rows.values())
        history = session.scalars(select(StatusChange).where(
            StatusChange.application_id.in_([a.id for a in apps]))).all()
        assert history and {(h.action, h.reason) for h in history} == {
            ("import-excel", f"Excel-Import aus »{path.name}«")}  # the history says it was imported


def test_guesses_are_shown_in_the_preview_and_the_row_report(office: Office, tmp_path: Path) -> None:
    path, _expected = LAYOUTS["title_block"](tmp_path / "nord.xlsx")
    plan = check_import(office.anna, path, ImportOptions())
    how = {line.header: (line.key, line.guess.how) for line in plan.lines}
    assert how["Ort"] == ("municipality", SYNONYM) and how["Zuwendungsempfänger"] == ("applicant", SYNONYM)
    assert how["Bewilligte Mittel in €"] == ("approved", WORDS) and how["Zeitraum"] == ("period", SYNONYM)
    report = plan.report()
    assert "Hinweis – Zeile 5, Spalte C (Zuwendungsempfänger): Antragstellerart »Träger / Verband der " \
           "Wohlfahrtspflege« aus dem Namen erkannt (»gGmbH«)." in report
    assert "Hinweis – Zeile 5, Spalte J (Stand): Status »offen« wird als »Eingegangen« übernommen." in report
    assert "Hinweis – Zeile 7, Spalte J (Stand): Status »bewilligt« wird als »In Förderung« übernommen." in report
    assert "Hinweis – Zeile 5, Spalte E (Zeitraum): Zeitraum »01.03.2026 – 31.10.2026« gelesen als 01.03.2026 " \
           "bis 31.10.2026." in report
    sheet = check_import(office.anna, LAYOUTS["two_row_header"](tmp_path / "sozial.xlsx")[0], ImportOptions())
    assert "Hinweis: Programm LPF aus dem Blattnamen »LPF 2026« erkannt; es gilt für Zeilen ohne eigenes Programm " \
           "oder Aktenzeichen." in sheet.report()
    assert "Hinweis: Haushaltsjahr 2026 aus dem Blattnamen »LPF 2026« erkannt; es gilt für Zeilen ohne eigenes Jahr " \
           "oder Aktenzeichen." in sheet.report()


def _odd_list(path: Path, first: str) -> Path:
    """A layout with a column nobody could guess ("Kürzel" holds the file number) and a typo ("Antragstellr")."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Kürzel", "Projekt", "Antragstellr", "Gemeinde", "beantragt", "Vermerk intern"])
    ws.append([first, "Familienfest", "Heimatverein Gehofen e.V.", "Gehofen", 700, "x"])
    wb.save(path)
    return path


def test_a_guess_is_overruled_and_the_next_list_of_the_layout_reuses_it(office: Office, tmp_path: Path) -> None:
    first = _odd_list(tmp_path / "mai.xlsx", "LPF-2026-0031")
    guessed = check_import(office.anna, first, ImportOptions(programme="LPF", fiscal_year=2026))
    how = {line.header: (line.key, line.guess.how) for line in guessed.lines}
    assert how["Antragstellr"][:2] == ("applicant", SIMILAR) and "Kürzel" not in how
    assert "Hinweis – Spalte A (Kürzel): Die Spalte ist keinem Feld zugeordnet und wird nicht übernommen." \
           in guessed.report()
    overruled = ImportOptions(overrides={"Kürzel": "file_number", "Vermerk intern": "remark"})
    result = import_list(office.anna, first, overruled)
    assert result.file_numbers == ["LPF-2026-0031"]
    second = _odd_list(tmp_path / "juni.xlsx", "LPF-2026-0032")
    proposal = propose_mapping(office.anna, second, ImportOptions())
    assert proposal.saved and proposal.mapping.columns["file_number"] == "Kürzel"
    plan = check_import(office.anna, second, ImportOptions())
    assert {line.guess.how for line in plan.lines} == {SAVED}
    assert "Hinweis: Die Spaltenzuordnung der zuletzt importierten Liste gleichen Aufbaus wurde übernommen." \
           in plan.report()
    assert [c.file_number for c in plan.cases] == ["LPF-2026-0032"] and plan.errors == []


def test_a_wrong_guess_of_the_user_is_named(office: Office, tmp_path: Path) -> None:
    path = _odd_list(tmp_path / "x.xlsx", "LPF-2026-0031")
    plan = check_import(office.anna, path, ImportOptions(overrides={"Projekt": None, "Kürzel": "title"}))
    assert plan.mapping.columns["title"] == "Kürzel"
    assert [line.guess.how for line in plan.lines if line.header == "Kürzel"] == ["given"]
