"""Office lists in other layouts than FörderDesk's own, written with openpyxl the way other offices keep them.

Each builder returns the path and what a correct import must find: the valid rows by Excel row number with
(file number or None, status, applicant type, requested, approved, paid), and the defect rows with column and
a part of the message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.enums import Status

D, M = dt.date, Decimal


@dataclass(frozen=True)
class Expected:
    rows: dict[int, tuple[str | None, Status, str, Decimal, Decimal | None, Decimal]]
    defects: dict[int, tuple[str, str]] = field(default_factory=dict)  # row → (column letter, part of message)
    header_row: int = 1
    totals_row: int | None = None


def _dates(ws: Worksheet) -> None:
    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"


def title_block_list(path: Path) -> tuple[Path, Expected]:
    """"Jugendamt Nord": a merged title and a "Stand" line above the header (row 4), other header words,
    a period in one cell, amounts and dates typed as text, status words, legal forms, a totals row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabelle1"
    ws.append(["Förderliste Landesprogramm Familie – Jugendamt Nord"])
    ws.merge_cells("A1:J1")
    ws.append(["Stand: 01.02.2026"])
    ws.append([])
    ws.append(["Az.", "Maßnahme", "Zuwendungsempfänger", "Ort", "Zeitraum", "Zuschuss beantragt",
               "Bewilligte Mittel in €", "ausgezahlt", "Bescheid vom", "Stand"])
    ws.append(["LPF-2026-0011", "Familienfrühstück", "Familienhilfe Kyffhäuser gGmbH", "Artern",
               "01.03.2026 – 31.10.2026", "1.234,50 €", None, None, None, "offen"])
    ws.append(["LPF-2026-0012", "Spielenachmittag", "Stadt Artern", "Artern", "01.04.–30.09.2026", 2000, 1800,
               None, D(2026, 1, 20), "bewilligt"])
    ws.append(["LPF-2026-0013", "Elternkurs", "Ev. Kirchengemeinde Greußen", "Greußen", None, "3.000,00",
               "2.500,00 €", 1000, "22.01.2026", "bewilligt"])
    ws.append(["LPF-2026-0014", "Ferienfreizeit", "Bürgerstiftung Sondershausen", "Sondershausen", None, 4000,
               0, None, D(2026, 1, 25), "abgelehnt"])
    ws.append(["LPF-2026-0015", "Wandertag", "Heimatverein Gehofen e.V.", "Gehofen", None, 500, None, None, None,
               "zurückgezogen"])
    ws.append(["Summe", None, None, None, None, "=SUM(F5:F9)", "=SUM(G5:G9)", "=SUM(H5:H9)"])
    ws.merge_cells("A10:E10")
    _dates(ws)
    wb.save(path)
    return path, Expected({
        5: ("LPF-2026-0011", Status.received, "welfare", M("1234.50"), None, M("0.00")),
        6: ("LPF-2026-0012", Status.approved, "municipality", M("2000.00"), M("1800.00"), M("0.00")),
        7: ("LPF-2026-0013", Status.funding, "church", M("3000.00"), M("2500.00"), M("1000.00")),
        8: ("LPF-2026-0014", Status.rejected, "welfare", M("4000.00"), M("0.00"), M("0.00")),
        9: ("LPF-2026-0015", Status.withdrawn, "association", M("500.00"), None, M("0.00")),
    }, header_row=4, totals_row=10)


def two_row_header_list(path: Path) -> tuple[Path, Expected]:
    """"Sozialamt": no file numbers, programme and year only in the sheet name, a header of two rows with
    "Fördersumme" merged over beantragt/bewilligt/ausgezahlt, a municipality merged over two rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "LPF 2026"
    ws.append(["Übersicht Zuwendungen Sozialamt"])
    ws.append(["Lfd. Nr.", "Träger", "Projekt", "Gemeinde", "Fördersumme", None, None, "Bescheid vom", "Status"])
    ws.append([None, None, None, None, "beantragt", "bewilligt", "ausgezahlt", None, None])
    for column in "ABCDHI":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("E2:G2")
    ws.append([1, "AWO Kreisverband Kyffhäuser e.V.", "Seniorenfrühstück", "Sondershausen", 3000, 3000, 3000,
               D(2026, 1, 15), "ausgezahlt"])
    ws.append([2, "Förderverein Grundschule Ebeleben e.V.", "Lesepaten", None, 1500, None, None, None,
               "in Bearbeitung"])
    ws.merge_cells("D4:D5")
    ws.append([3, "Gemeinde Kyffhäuserland", "Dorffest für Familien", "Kyffhäuserland", "1.000,00 €", "800,00 €",
               None, "20.01.2026", "teilbewilligt"])
    _dates(ws)
    wb.save(path)
    return path, Expected({
        4: (None, Status.funding, "welfare", M("3000.00"), M("3000.00"), M("3000.00")),
        5: (None, Status.received, "association", M("1500.00"), None, M("0.00")),
        6: (None, Status.approved, "municipality", M("1000.00"), M("800.00"), M("0.00")),
    }, header_row=3)


def defects_list(path: Path) -> tuple[Path, Expected]:
    """"Landratsamt": no title, file numbers in another spelling (LPF/2026/21), "Sitz", "Vorhaben", begin and end,
    historical cases decided and closed, and two rows with real defects (an amount in words, a date that does
    not exist)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Anträge"
    ws.append(["Aktenzeichen", "Vorhaben", "Antragsteller", "Sitz", "Beginn", "Ende", "Fördersumme beantragt",
               "Fördersumme bewilligt", "Fördersumme ausgezahlt", "festgesetzt", "Bewilligungsdatum",
               "abgeschlossen am", "Status"])
    ws.append(["LPF/2026/21", "Familienberatung", "Lebenshilfe Artern gGmbH", "Artern", "01.01.2026", D(2026, 6, 30),
               2400, 2400, 2400, 2400, D(2026, 1, 5), D(2026, 1, 30), "abgeschlossen"])
    ws.append(["LPF/2026/22", "Babysitterkurs", "Initiative Junge Eltern Clingen", "Clingen", None, None,
               "fünftausend Euro", None, None, None, None, None, "offen"])
    ws.append(["LPF/2026/23", "Vater-Kind-Wochenende", "Stadt Bad Frankenhausen/Kyffhäuser",
               "Bad Frankenhausen/Kyffhäuser", "31.02.2026", None, 900, None, None, None, None, None, "eingegangen"])
    ws.append(["LPF/2026/24", "Krabbelgruppe", "Kath. Pfarrei St. Elisabeth", "Sondershausen", None, None,
               "1.100,00", "1.000,00 EUR", None, None, "12.01.2026", None, "bewilligt"])
    _dates(ws)
    wb.save(path)
    return path, Expected({
        2: (None, Status.closed, "welfare", M("2400.00"), M("2400.00"), M("2400.00")),
        5: (None, Status.approved, "church", M("1100.00"), M("1000.00"), M("0.00")),
    }, defects={3: ("G", "kein gültiger Betrag"), 4: ("E", "kein gültiges Datum")})


LAYOUTS = {"title_block": title_block_list, "two_row_header": two_row_header_list, "defects": defects_list}
