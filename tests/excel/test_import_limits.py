"""Import limits (issue 22): a zip bomb, too many rows, columns or cells are refused before or while reading,
with one German sentence, for the Excel import and the receipt list, on both backends; nothing changes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.administration.settings_service import set_setting
from app.excel.import_service import check_import, import_list
from app.excel.limits import ImportLimits, ImportTooLarge
from app.excel.reading import read_table
from app.excel.records import ImportOptions
from app.kernel.errors import ValidationError
from app.proof.service import ImportRequest, import_receipts
from tests.excel.lists import HEADERS, row, write_list
from tests.fixtures.database import Today
from tests.proof.cases import in_review
from tests.support import Office
from tests.support_fingerprint import fingerprint
from tests.support_zipbomb import write_zip_bomb

BOUND_SECONDS = 2.0  # the limit; measured well below (see the report)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3-4 MB on disk, 1 GiB expanded (built once for the module)."""
    return write_zip_bomb(tmp_path_factory.mktemp("bomb") / "Liste 2026.xlsx")


def test_a_zip_bomb_is_refused_before_parsing_in_under_two_seconds(bomb: Path) -> None:
    assert bomb.stat().st_size < 5 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ImportTooLarge) as refused:
        read_table(bomb)
    elapsed = time.perf_counter() - started
    print(f"zip bomb refused after {elapsed * 1000:.1f} ms")
    assert elapsed < BOUND_SECONDS
    assert refused.value.message == ("Die Datei »Liste 2026.xlsx« ist entpackt 1024 MB groß; eingelesen werden "
                                     "höchstens 50 MB (in den Einstellungen festgelegt). Es wurde nichts importiert.")


def test_a_small_bomb_is_refused_by_its_packing_ratio(tmp_path: Path) -> None:
    small = write_zip_bomb(tmp_path / "klein.xlsx", expanded=20 * 1024 * 1024)  # under 50 MB, but 280-fold
    with pytest.raises(ImportTooLarge, match=r"auffällig stark gepackt \(xl/worksheets/sheet1.xml: \d+-fach, "
                                             r"höchstens 200-fach\)"):
        read_table(small)


def _sheet(path: Path, rows: int, columns: int) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*HEADERS[:3], *(f"Spalte {i}" for i in range(3, columns))])
    for number in range(rows):
        sheet.append([f"LPF-2026-{number + 1:04d}", "Titel", "Verein", *range(3, columns)])
    workbook.save(path)
    return path


@pytest.mark.parametrize(("rows", "columns", "limits", "expected"), [
    (11, 3, ImportLimits(max_rows=10), "hat mehr als 10 ausgefüllte Zeilen."),
    (2, 6, ImportLimits(max_columns=5), "hat mehr als 5 Spalten."),
    (5, 5, ImportLimits(max_cells=20), "hat mehr als 20 ausgefüllte Zellen."),
    (2, 3, ImportLimits(max_seconds=0), "dauert länger als 0 Sekunden."),
])
def test_rows_columns_cells_and_time_are_limited(tmp_path: Path, rows: int, columns: int, limits: ImportLimits,
                                                 expected: str) -> None:
    path = _sheet(tmp_path / "liste.xlsx", rows, columns)
    with pytest.raises(ImportTooLarge, match=expected + " Es wurde nichts importiert; bitte die Liste aufteilen"):
        read_table(path, limits=limits)
    assert read_table(path).rows  # the defaults read the same file


def test_the_excel_import_refuses_a_bomb_and_changes_nothing(office: Office, bomb: Path) -> None:
    before = fingerprint(office.database)
    for call in (lambda: check_import(office.anna, bomb, ImportOptions()),
                 lambda: import_list(office.sabine, bomb, ImportOptions())):
        started = time.perf_counter()
        with pytest.raises(ImportTooLarge, match="entpackt 1024 MB groß"):
            call()
        assert time.perf_counter() - started < BOUND_SECONDS
    assert fingerprint(office.database) == before


def test_the_configured_row_limit_applies_to_the_import(office: Office, tmp_path: Path) -> None:
    path = write_list(tmp_path / "liste.xlsx", [row(titel=f"Projekt {i}", antragsteller="Stadt Greußen",
                                                    gemeinde="Greußen", haushaltsjahr=2026, beantragt=100)
                                                for i in range(3)])
    with pytest.raises(ValidationError, match="zwischen 1 und 1048576"):
        set_setting(office.admin, "import_max_rows", "0")
    set_setting(office.admin, "import_max_rows", "2")
    before = fingerprint(office.database)
    with pytest.raises(ImportTooLarge, match="mehr als 2 ausgefüllte Zeilen"):
        import_list(office.sabine, path, ImportOptions())
    assert fingerprint(office.database) == before


def test_a_receipt_list_bomb_is_refused_and_changes_nothing(office: Office, today: Today, bomb: Path) -> None:
    file_number = in_review(office, today)
    before = fingerprint(office.database)
    started = time.perf_counter()
    with pytest.raises(ImportTooLarge, match="entpackt 1024 MB groß"):
        import_receipts(office.anna, file_number, ImportRequest(bomb))
    assert time.perf_counter() - started < BOUND_SECONDS
    assert fingerprint(office.database) == before
