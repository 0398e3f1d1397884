"""Building office lists for import tests with openpyxl, the way offices type them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["Aktenzeichen", "Titel", "Antragsteller", "Antragstellerart", "Gemeinde", "Programm", "Haushaltsjahr",
           "Status", "Lebensphase", "Handlungsfeld", "Eingang", "Beginn", "Ende", "beantragt", "bewilligt",
           "ausgezahlt", "endgültig", "Bescheid vom", "Abgeschlossen am"]


def row(**values: object) -> list[object]:
    """A row in HEADERS order; keys are the header texts with spaces and umlauts simplified."""
    keys = {h: h.lower().replace(" ", "_").replace("ü", "ue") for h in HEADERS}
    unknown = set(values) - set(keys.values())
    assert not unknown, unknown
    return [values.get(keys[h]) for h in HEADERS]


def write_list(path: Path, rows: Sequence[Sequence[object]], headers: Sequence[str] = HEADERS,
               title: str | None = "Förderliste 2026") -> Path:
    """Title line, blank line, header, rows; dates get a German date format, amounts a euro format."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Liste"
    if title:
        ws.append([title])
        ws.append([])
    ws.append(list(headers))
    for values in rows:
        ws.append(list(values))
    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    wb.save(path)
    return path


D = dt.date
