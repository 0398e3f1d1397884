"""Bad rows are reported by row and column and change nothing; unreadable files give a clear German message."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from app.excel.import_service import ImportRefused, check_import, import_list
from app.excel.reading import ImportFileError
from app.excel.records import ImportOptions
from tests.excel.lists import D, row, write_list
from tests.fixtures.excel import DATA, snapshot
from tests.support import Office

GOOD = dict(titel="Familienfest", antragsteller="Heimatverein Gehofen e.V.", gemeinde="Gehofen", programm="LPF",
            haushaltsjahr=2026, eingang=D(2026, 1, 10), beantragt=1000)
BAD: list[tuple[dict[str, object], str, str]] = [  # changes to GOOD, column letter, part of the message
    (dict(beantragt="-50,00"), "N", "negativ"),
    (dict(bewilligt=800, ausgezahlt=900, bescheid_vom=D(2026, 1, 20)), "P", "mehr als bewilligt"),
    (dict(gemeinde="Berlin"), "E", "keine Gemeinde des Landkreises"),
    (dict(eingang="31.02.2026"), "K", "kein gültiges Datum"),
    (dict(beantragt="=500*2"), "N", "Formel"),
    (dict(bewilligt=800), "R", "Bescheiddatum"),
    (dict(titel=None), "B", "»Titel« fehlt"),
    (dict(bewilligt=1500, bescheid_vom=D(2026, 1, 20)), "O", "mehr als beantragt"),
    (dict(beantragt=12.345), "N", "mehr als zwei Nachkommastellen"),
    (dict(antragstellerart="GmbH"), "D", "Unbekannte Antragstellerart"),
    (dict(status="Unterwegs"), "H", "Unbekannter Status"),
    (dict(lebensphase="Hochbetagte"), "I", "Unbekannte Lebensphase"),
    (dict(beantragt=300000, bewilligt=200000, bescheid_vom=D(2026, 1, 20)), "O", "übersteigt den Haushaltsansatz"),
    (dict(programm="XYZ"), "F", "Förderprogramm »XYZ« gibt es nicht"),
    (dict(status="Projektidee / Beratung"), "H", "Projektideen"),
    (dict(endgueltig=1200, bewilligt=1000, ausgezahlt=1000, bescheid_vom=D(2026, 1, 20)), "Q", "höher als bewilligt"),
    (dict(endgueltig=700, bewilligt=1000, ausgezahlt=1000, bescheid_vom=D(2026, 1, 20)), "P", "genau der endgültige"),
]


@pytest.fixture
def bad_list(tmp_path: Path) -> Path:
    rows = [row(**GOOD)] + [row(**{**GOOD, **changes}) for changes, _col, _text in BAD]
    return write_list(tmp_path / "fehlerhaft.xlsx", rows)


def test_every_bad_row_is_reported_by_row_and_column(office: Office, bad_list: Path) -> None:
    plan = check_import(office.anna, bad_list, ImportOptions())
    assert plan.data_rows == 1 + len(BAD) and len(plan.cases) == 1
    for index, (_changes, column, text) in enumerate(BAD):
        line = 5 + index  # title, blank, header, the good row
        messages = [p for p in plan.errors if p.row == line]
        assert any((p.column or "").startswith(column + " ") and text in p.message for p in messages), (line, messages)
    assert plan.invalid_rows == list(range(5, 5 + len(BAD)))


def test_a_file_with_bad_rows_changes_nothing(office: Office, bad_list: Path) -> None:
    before = snapshot(office.database)
    with pytest.raises(ImportRefused, match=f"{len(BAD)} von {len(BAD) + 1} Zeilen"):
        import_list(office.sabine, bad_list, ImportOptions())
    assert snapshot(office.database) == before
    result = import_list(office.sabine, bad_list, ImportOptions(only_valid=True))
    assert result.file_numbers == ["LPF-2026-0001"] and result.skipped_rows == list(range(5, 5 + len(BAD)))
    after = snapshot(office.database)
    assert after[0] == before[0] + 1  # exactly the one valid case


def corrupt_files(folder: Path) -> dict[str, Path]:
    sample = (DATA / "foerderliste-2025.xlsx").read_bytes()
    files = {
        "random": random.Random(7).randbytes(4096),
        "truncated": sample[: len(sample) // 2],
        "csv": b"Az.;Projekt;beantragt\nLPF-2025-0001;Familienfest;1.000,00\n",
        "empty": b"",
        "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    }
    paths = {name: folder / f"{name}.xlsx" for name in files}
    for name, content in files.items():
        paths[name].write_bytes(content)
    with zipfile.ZipFile(folder / "zip.xlsx", "w") as archive:
        archive.writestr("readme.txt", "kein Excel")
    paths["zip"] = folder / "zip.xlsx"
    return paths


@pytest.mark.parametrize("kind", ["random", "truncated", "csv", "empty", "xls", "zip", "missing"])
def test_unreadable_files_give_a_clear_message_and_change_nothing(office: Office, tmp_path: Path, kind: str) -> None:
    path = corrupt_files(tmp_path).get(kind, tmp_path / "gibt-es-nicht.xlsx")
    before = snapshot(office.database)
    expected = {"csv": "keine Excel-Arbeitsmappe", "empty": "keine Excel-Arbeitsmappe", "xls": "alten Excel-Format",
                "missing": "gibt es nicht", "random": "keine Excel-Arbeitsmappe"}.get(kind, "beschädigt")
    for attempt in (lambda: check_import(office.anna, path, ImportOptions()),
                    lambda: import_list(office.sabine, path, ImportOptions(only_valid=True))):
        with pytest.raises(ImportFileError) as raised:
            attempt()
        assert expected in raised.value.message and path.name in raised.value.message
        assert "Traceback" not in raised.value.message
    assert snapshot(office.database) == before


def test_a_workbook_without_a_recognisable_header_is_refused(office: Office, tmp_path: Path) -> None:
    path = write_list(tmp_path / "fremd.xlsx", [["a", "b", "c"]], ["Spalte 1", "Spalte 2", "Spalte 3"])
    with pytest.raises(ImportFileError, match="keine Kopfzeile"):
        check_import(office.anna, path, ImportOptions())
