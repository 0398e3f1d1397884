"""A clean list imports completely; mappings are saved and reused; rights are checked."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.cases.case_list import CaseFilter
from app.excel.export import write_overview
from app.excel.import_service import check_import, import_list
from app.excel.mapping import ColumnMapping
from app.excel.overview import OverviewRequest, load_overview
from app.excel.records import ImportOptions
from app.excel.saved_mappings import load_mapping, mapping_names, save_mapping
from app.kernel import budget
from app.kernel.errors import PermissionDenied
from db.enums import DeadlineKind, Status
from db.models import Applicant, Application, AuditEvent, Deadline, Note
from tests.excel.lists import HEADERS, D, row, write_list
from tests.fixtures.excel import money, snapshot
from tests.support import Office

CLEAN = [
    row(aktenzeichen="LPF-2026-0007", titel="Familienfest im Park", antragsteller="Förderverein Kita Sonnenschein e.V.",
        antragstellerart="Gemeinnütziger Verein", gemeinde="Artern", programm="LPF", haushaltsjahr=2026,
        status="Bewilligt", lebensphase="Kindheit", handlungsfeld="Dialog der Generationen", eingang=D(2026, 1, 10),
        beginn=D(2026, 3, 1), ende=D(2026, 10, 31), beantragt=5000, bewilligt=4000.5, bescheid_vom=D(2026, 1, 20)),
    row(titel="Seniorenfahrdienst", antragsteller="Familienzentrum Sonnenblume e.V.", gemeinde="Sondershausen",
        programm="LPF", haushaltsjahr=2026, eingang="12.01.2026", beantragt="2.500,00 €", bewilligt="–"),
    row(aktenzeichen="LPF-2026-0003", titel="Lesepaten Jung und Alt", antragsteller="Stadt Greußen",
        antragstellerart="Kreisangehörige Stadt oder Gemeinde", gemeinde="Greußen", programm="LPF",
        haushaltsjahr=2026, status="Abgeschlossen", eingang=D(2026, 1, 2), beantragt=3000, bewilligt=3000,
        ausgezahlt=2800, endgueltig=2800, bescheid_vom=D(2026, 1, 15), abgeschlossen_am=D(2026, 1, 30)),
    row(aktenzeichen="Alt-17/2026", titel="Elterncafé", antragsteller="Ev.-Luth. Kirchgemeinde Clingen",
        gemeinde="Clingen", haushaltsjahr=2026, eingang=D(2026, 1, 5), beantragt=1200, bewilligt=0,
        bescheid_vom=D(2026, 1, 25)),
]


def test_clean_list_imports_with_audit_events_naming_the_file(office: Office, tmp_path: Path) -> None:
    path = write_list(tmp_path / "Liste Jugendamt 2026.xlsx", CLEAN)
    applicants_before = snapshot(office.database)[1]
    plan = check_import(office.anna, path, ImportOptions())
    assert plan.errors == [] and len(plan.cases) == 4 and plan.header_row == 3
    result = import_list(office.sabine, path, ImportOptions())
    assert result.file_numbers == ["LPF-2026-0007", "LPF-2026-0008", "LPF-2026-0003", "LPF-2026-0009"]
    with office.database.read() as session:
        apps = {a.file_number: a for a in session.scalars(select(Application))}
        assert [apps[n].status for n in result.file_numbers] == [Status.approved, Status.received, Status.closed,
                                                                 Status.rejected]
        assert apps["LPF-2026-0007"].approved_amount == Decimal("4000.50")
        assert apps["LPF-2026-0008"].requested_amount == Decimal("2500.00")
        assert apps["LPF-2026-0008"].applicant_id == office.applicant_id  # known applicant reused
        closed = apps["LPF-2026-0003"]
        assert (closed.final_amount, closed.paid_amount, str(closed.closed_on), str(closed.retention_until)) == (
            Decimal("2800.00"), Decimal("2800.00"), "2026-01-30", "2036-12-31")
        assert session.scalar(select(Deadline.kind).where(Deadline.application_id == closed.id)) \
            == DeadlineKind.retention
        assert session.scalars(select(Note.text).where(Note.application_id == apps["LPF-2026-0009"].id)).all() \
            == ["Aktenzeichen in der Excel-Liste: Alt-17/2026"]
        church = session.scalar(select(Applicant).where(Applicant.name == "Ev.-Luth. Kirchgemeinde Clingen"))
        assert church is not None and church.applicant_type.code == "church"
        reasons = set(session.scalars(select(AuditEvent.reason).where(AuditEvent.action == "import-excel")))
        assert reasons == {"Excel-Import aus »Liste Jugendamt 2026.xlsx«"}
        audited = set(session.scalars(select(AuditEvent.application_id).where(AuditEvent.action == "import-excel")))
        assert {a.id for a in apps.values()} <= audited
        figures = budget.figures(session)[0]
    assert snapshot(office.database)[1] == applicants_before + 3  # Kita-Förderverein, Greußen, Kirchgemeinde
    assert (figures.approved, figures.paid) == (Decimal("6800.50"), Decimal("2800.00"))


def test_imported_list_comes_back_in_the_overview(office: Office, tmp_path: Path) -> None:
    import_list(office.sabine, write_list(tmp_path / "liste.xlsx", CLEAN), ImportOptions())
    target = tmp_path / "übersicht.xlsx"
    write_overview(target, load_overview(office.database, OverviewRequest(CaseFilter(programme="LPF")), "sabine"))
    ws = load_workbook(target)["Anträge"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=5, values_only=True)}
    first = rows["LPF-2026-0007"]
    assert first[1:10] == ("Familienfest im Park", "Förderverein Kita Sonnenschein e.V.", "Gemeinnütziger Verein",
                           "Artern", "LPF", 2026, "Bewilligt", "Kindheit", "Dialog der Generationen")
    assert [money(v) for v in first[13:17]] == [Decimal("5000.00"), Decimal("4000.50"), Decimal("0.00"), None]
    assert rows["LPF-2026-0003"][16] == 2800


def test_saved_mapping_is_reused_with_its_corrections(office: Office, tmp_path: Path) -> None:
    headers = ["Vorgang", "Bezeichnung der Maßnahme", "Zuwendungsempfänger", "Ort", "Summe Antrag"]
    first = write_list(tmp_path / "a.xlsx", [["LPF-2026-0001", "Fahrdienst", "Förderverein Kita e.V.",
                                               "Rossleben-Wiehe", 900]], headers, title=None)
    mapping = ColumnMapping({"file_number": "Vorgang", "title": "Bezeichnung der Maßnahme",
                             "applicant": "Zuwendungsempfänger", "municipality": "Ort", "requested": "Summe Antrag"})
    plan = check_import(office.anna, first, ImportOptions(mapping=mapping, accept_suggestions=True))
    assert plan.errors == [] and plan.mapping.municipalities == {"Rossleben-Wiehe": "Roßleben-Wiehe"}
    save_mapping(office.anna, "Jugendamt-Liste", plan.mapping)
    assert mapping_names(office.anna) == ["Jugendamt-Liste"]
    reordered = [headers[i] for i in (4, 3, 2, 1, 0)]
    second = write_list(tmp_path / "b.xlsx", [[450, "Rossleben-Wiehe", "Heimatverein Gehofen e.V.", "Wandertag",
                                                "LPF-2026-0002"]], reordered)
    stored = load_mapping(office.anna, "Jugendamt-Liste")
    assert stored == plan.mapping
    result = import_list(office.anna, second, ImportOptions(mapping=stored))
    assert result.file_numbers == ["LPF-2026-0002"]
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == "LPF-2026-0002"))
        assert app is not None and app.municipality.name == "Roßleben-Wiehe" and app.title == "Wandertag"
        assert app.requested_amount == Decimal("450.00") and app.status == Status.received


def test_importing_decisions_needs_a_supervisor(office: Office, tmp_path: Path) -> None:
    path = write_list(tmp_path / "liste.xlsx", CLEAN)
    before = snapshot(office.database)
    for user in (office.anna, office.leser):
        with pytest.raises(PermissionDenied):
            import_list(user, path, ImportOptions())
    assert snapshot(office.database) == before
    undecided = write_list(tmp_path / "offen.xlsx", [CLEAN[1]])
    assert import_list(office.anna, undecided, ImportOptions()).file_numbers == ["LPF-2026-0001"]
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 1


def test_headers_match_the_export_columns() -> None:
    from app.excel.mapping import suggest
    from reports.excel.cases_sheet import COLUMNS

    exported = [label for label, _width in COLUMNS]
    mapped = suggest(exported).columns
    assert set(mapped.values()) == set(exported) - {"nächste Frist"}
    assert set(HEADERS) >= set(mapped.values())


def test_file_numbers_are_kept_in_the_programme_spelling_and_checked_for_duplicates(office: Office,
                                                                                  tmp_path: Path) -> None:
    base = dict(titel="Wandertag", antragsteller="Heimatverein Gehofen e.V.", gemeinde="Gehofen",
                eingang=D(2026, 1, 10), beantragt=900)
    doubled = write_list(tmp_path / "doppelt.xlsx", [row(aktenzeichen="lpf-2026-7", **base),
                                                     row(aktenzeichen="LPF-2026-0007", **base)])
    plan = check_import(office.anna, doubled, ImportOptions())
    assert [(p.row, p.column) for p in plan.errors] == [(4, "A (Aktenzeichen)"), (5, "A (Aktenzeichen)")]
    assert "mehrfach" in plan.errors[0].message
    single = write_list(tmp_path / "einzeln.xlsx", [row(aktenzeichen="lpf-2026-7", **base)])
    result = import_list(office.anna, single, ImportOptions())
    assert result.file_numbers == ["LPF-2026-0007"]
    assert any("als »LPF-2026-0007« übernommen" in p.message for p in result.plan.hints)
    again = check_import(office.anna, write_list(tmp_path / "wieder.xlsx", [row(aktenzeichen="LPF-2026-7",
                                                                                     **base)]), ImportOptions())
    assert [p.message for p in again.errors] == ["Das Aktenzeichen »LPF-2026-7« gibt es in FörderDesk schon."]
