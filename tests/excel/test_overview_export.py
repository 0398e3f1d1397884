"""The supervisor workbook read back and checked against the database, to the cent, on both backends."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from app.cases.case_list import CaseFilter
from app.cases.workflow import STATUS_LABELS
from app.excel.export import write_overview
from app.excel.overview import OverviewRequest, load_overview
from app.kernel import budget, clock
from app.kernel.database import Database
from app.kernel.periods import add_months
from db.enums import DeadlineKind, Status
from db.models import Applicant, Application, Deadline
from tests.fixtures.excel import DEMO_DAY, money

SUPERVISOR = "weber"  # a supervisor of the demo office
ZERO = Decimal("0.00")


def export(database: Database, path: Path, request: OverviewRequest | None = None) -> Path:
    rows = write_overview(path, load_overview(database, request or OverviewRequest(), SUPERVISOR))
    assert path.is_file() and rows >= 0
    return path


def cases_in_db(database: Database, keep: object = None) -> list[Application]:
    with database.read() as session:
        apps = session.scalars(select(Application).options(
            selectinload(Application.applicant).selectinload(Applicant.applicant_type),
            selectinload(Application.municipality), selectinload(Application.life_phase),
            selectinload(Application.field_of_action), selectinload(Application.programme))).all()
        return [a for a in apps if keep is None or keep(a)]  # type: ignore[operator]


def data_rows(ws: object) -> list[tuple[object, ...]]:
    return [row for row in ws.iter_rows(min_row=5, values_only=True) if row[0] is not None]  # type: ignore[attr-defined]


def test_every_case_row_matches_the_database_to_the_cent(demo: Database, tmp_path: Path) -> None:
    wb = load_workbook(export(demo, tmp_path / "übersicht.xlsx"))
    assert wb.sheetnames == ["Überblick", "Anträge", "Haushalt", "Auswertung", "Fristen", "Sozialplan"]
    ws = wb["Anträge"]
    rows = {r[0]: r for r in data_rows(ws)}
    apps = cases_in_db(demo)
    assert len(rows) == len(apps) == 30
    for app in apps:
        row = rows[app.file_number or f"IDEE-{app.id}"]
        assert row[1:8] == (app.title, app.applicant.name, app.applicant.applicant_type.name,
                            app.municipality.name if app.municipality else None, app.programme.code,
                            app.fiscal_year, STATUS_LABELS[app.status])
        assert row[8] == (app.life_phase.name if app.life_phase else None)
        assert [c.date() if c else None for c in row[10:13]] == [app.received_on, app.start_date, app.end_date]
        assert [money(v) for v in row[13:17]] == [app.requested_amount, app.approved_amount, app.paid_amount,
                                                  app.final_amount]
    for col, attr in zip(range(13, 17), ("requested_amount", "approved_amount", "paid_amount", "final_amount"),
                         strict=True):
        in_sheet = sum((money(r[col]) or ZERO for r in rows.values()), ZERO)
        assert in_sheet == sum((getattr(a, attr) or ZERO for a in apps), ZERO)


def test_layout_german_formats_totals_and_print_setup(demo: Database, tmp_path: Path) -> None:
    ws = load_workbook(export(demo, tmp_path / "o.xlsx"))["Anträge"]
    last = 4 + 30
    assert ws.freeze_panes == "B5"
    assert ws.auto_filter.ref == f"A4:R{last}"
    assert [c.value for c in ws[4]][:3] == ["Aktenzeichen", "Titel", "Antragsteller"]
    assert ws["N3"].value == f"=SUBTOTAL(109,N5:N{last})" and ws["B3"].value == f"=SUBTOTAL(103,A5:A{last})"
    assert [ws.cell(3, c).value for c in range(14, 18)] == [f"=SUBTOTAL(109,{x}5:{x}{last})" for x in "NOPQ"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert ws.column_dimensions["B"].width == 36
    assert ws["K5"].number_format == "DD.MM.YYYY" and ws["N5"].number_format == '#,##0.00 "€"'
    assert isinstance(ws["K5"].value, dt.datetime)


def test_budget_sheet_matches_app_budget(demo: Database, tmp_path: Path) -> None:
    ws = load_workbook(export(demo, tmp_path / "o.xlsx"))["Haushalt"]
    with demo.read() as session:
        expected = {(f.programme_code, f.fiscal_year): f for f in budget.figures(session)}
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] and r[0] != "Summe"]
    assert len(rows) == len(expected) > 0
    for row in rows:
        fig = expected[(row[0], row[2])]
        assert [money(v) for v in row[3:7]] == [fig.allocation, fig.approved, fig.paid, fig.available]
        assert Decimal(repr(row[7])) == (fig.approved / fig.allocation).quantize(Decimal("0.0001"))
    total_row = 5 + len(rows)
    assert ws.cell(total_row, 1).value == "Summe"
    assert ws.cell(total_row, 4).value == f"=SUM(D5:D{total_row - 1})"
    assert sum((money(r[3]) or ZERO for r in rows), ZERO) == sum((f.allocation for f in expected.values()), ZERO)


def analysis_tables(ws: object) -> dict[str, dict[str, tuple[object, ...]]]:
    tables: dict[str, dict[str, tuple[object, ...]]] = {}
    current = None
    for row in ws.iter_rows(min_row=4, values_only=True):  # type: ignore[attr-defined]
        if row[0] and str(row[0]).startswith("nach "):
            current = str(row[0]).removeprefix("nach ")
            tables[current] = {}
        elif current and row[0] and row[0] not in (current, "Summe"):
            tables[current][str(row[0])] = row[1:7]
    return tables


def test_analysis_sums_by_each_dimension_match_the_database(demo: Database, tmp_path: Path) -> None:
    wb = load_workbook(export(demo, tmp_path / "o.xlsx"))
    tables = analysis_tables(wb["Auswertung"])
    apps = cases_in_db(demo)
    keys = {"Status": lambda a: STATUS_LABELS[a.status],
            "Lebensphase": lambda a: a.life_phase.name if a.life_phase else "(ohne Angabe)",
            "Handlungsfeld": lambda a: a.field_of_action.name if a.field_of_action else "(ohne Angabe)",
            "Gemeinde": lambda a: a.municipality.name if a.municipality else "(ohne Angabe)",
            "Antragstellerart": lambda a: a.applicant.applicant_type.name}
    assert set(tables) == set(keys)
    for dimension, key in keys.items():
        # ideas and withdrawn applications are counted apart: neither "Anträge" nor "beantragt"
        expected: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO, ZERO, ZERO])
        for app in apps:
            sums = expected[key(app)]
            applied = app.status not in (Status.idea, Status.withdrawn)
            sums[0] += 1 if applied else 0
            sums[1] += app.requested_amount if applied else ZERO
            sums[2] += app.approved_amount or ZERO
            sums[3] += app.paid_amount
            sums[4] += app.status == Status.idea
            sums[5] += app.status == Status.withdrawn
        got = {k: [Decimal(v[0]), money(v[1]), money(v[2]), money(v[3]), Decimal(v[4]), Decimal(v[5])]
               for k, v in tables[dimension].items()}
        assert got == dict(expected), dimension
    assert len(wb["Auswertung"]._charts) == 2  # status and municipality


def test_deadline_sheet_lists_open_deadlines_of_the_coming_months(demo: Database, tmp_path: Path) -> None:
    later = DEMO_DAY + dt.timedelta(days=200)  # proofs of use due 30.06.2026 are overdue by then
    clock.set_today(lambda: later)
    until = add_months(later, 3)  # the setting's default: retention dates years ahead stay out
    ws = load_workbook(export(demo, tmp_path / "o.xlsx"))["Fristen"]
    with demo.read() as session:  # open = not done; an objection period that has run out needs no action
        expected = sorted((due, number or f"IDEE-{app_id}") for due, number, app_id in session.execute(
            select(Deadline.due_on, Application.file_number, Application.id).join(
                Application, Application.id == Deadline.application_id).where(
                Deadline.done_at.is_(None), Deadline.due_on <= until,
                or_(Deadline.kind != DeadlineKind.objection, Deadline.due_on >= later))))
        beyond = session.scalar(select(func.count(Deadline.id)).where(Deadline.done_at.is_(None),
                                                                       Deadline.due_on > until))
    assert beyond, "the demo office must have deadlines beyond the horizon (retention)"
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] is not None]
    assert expected and sorted((r[0].date(), r[3]) for r in rows) == expected
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(r[6] == (r[0].date() - later).days for r in rows)
    overdue = sum(1 for due, _number in expected if due < later)
    assert overdue and ws["A1"].value == (f"Offene Fristen bis {until:%d.%m.%Y}: {len(rows)}, "
                                          f"davon überfällig: {overdue}")


@pytest.mark.parametrize("how", ["programme-year-status", "several-years"])
def test_filters_select_the_same_cases_as_the_list(demo: Database, tmp_path: Path, how: str) -> None:
    if how == "programme-year-status":
        statuses = (Status.funding, Status.closed, Status.approved)
        request = OverviewRequest(CaseFilter(programme="lpf", fiscal_year=2025, statuses=statuses))
        keep = lambda a: a.programme.code == "LPF" and a.fiscal_year == 2025 and a.status in statuses  # noqa: E731
    else:
        request = OverviewRequest(CaseFilter(), years=(2025, 2026))
        keep = lambda a: a.fiscal_year in (2025, 2026)  # noqa: E731
    wb = load_workbook(export(demo, tmp_path / "f.xlsx", request))
    expected = cases_in_db(demo, keep)
    assert expected, "the demo office must have cases for this filter"
    rows = data_rows(wb["Anträge"])
    assert sorted(r[0] for r in rows) == sorted(a.file_number or f"IDEE-{a.id}" for a in expected)
    assert sum((money(r[14]) or ZERO for r in rows), ZERO) == sum((a.approved_amount or ZERO for a in expected), ZERO)
    status_table = analysis_tables(wb["Auswertung"])["Status"]
    counted = sum(int(v[0]) + int(v[4]) + int(v[5]) for v in status_table.values())  # type: ignore[call-overload]
    assert counted == len(expected)
    years = {r[2] for r in wb["Haushalt"].iter_rows(min_row=5, values_only=True) if r[0] and r[0] != "Summe"}
    assert years <= {2025, 2026} and years


def test_export_of_an_empty_selection_is_a_valid_workbook(demo: Database, tmp_path: Path) -> None:
    request = OverviewRequest(CaseFilter(municipality="Rockstedt", fiscal_year=2031))
    wb = load_workbook(export(demo, tmp_path / "leer.xlsx", request))
    assert data_rows(wb["Anträge"]) == [] and wb["Anträge"]["A3"].value == "Summe (keine Anträge)"
    assert "kein Haushaltsansatz" in str(wb["Haushalt"]["A5"].value)


def test_rows_written_as_xml_text_leave_the_workbook_byte_for_byte_as_openpyxl_writes_it(
        demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`reports.excel.row_xml` is only faster: every part of the overview is what openpyxl alone would write."""
    from app.excel import overview
    from reports.excel import row_xml

    monkeypatch.setattr(overview, "_stamp", lambda name: f"02.02.2026 um 09:30 Uhr, erstellt von {name}")  # same minute
    fast = _parts(export(demo, tmp_path / "fast.xlsx"))
    monkeypatch.setattr(row_xml, "install", lambda ws: None)
    reference = _parts(export(demo, tmp_path / "openpyxl.xlsx"))
    assert fast.keys() == reference.keys() and len(fast) > 10
    assert [name for name in reference if fast[name] != reference[name]] == []
    assert fast["xl/worksheets/sheet2.xml"].count(b"<row ") == 4 + 30


def _parts(path: Path) -> dict[str, bytes]:
    """The workbook's parts; the file's own creation time (docProps/core.xml) set aside."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}
