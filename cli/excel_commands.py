"""`foerderdesk export overview|summary` and `foerderdesk import FILE.xlsx`.

Exit codes: 0 done (or dry run without errors), 1 refused or failed (German
message on stderr; for an import the report of every problem), 2 usage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.cases.case_list import CaseFilter
from app.excel.mapping import BY_KEY, CASE_FIELDS, TARGETS, ColumnMapping, FieldTable, field_for_label
from app.excel.overview import OverviewRequest
from app.excel.records import ImportOptions
from app.excel.validation import ImportPlan

if TYPE_CHECKING:
    from app.excel.applicant_import import ApplicantPlan
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, parse_statuses, whole_number


def register(subparsers: Subparsers) -> None:
    export = subparsers.add_parser("export", help=_("Übersichten exportieren"))
    sub = export.add_subparsers(dest="export_command", required=True, metavar="BEFEHL")
    overview = sub.add_parser("overview", help=_("Excel-Übersicht für die Sachgebietsleitung"))
    overview.add_argument("-o", "--output", required=True, metavar="DATEI.xlsx", help=_("Zieldatei"))
    overview.add_argument("--programme", help=_("Programmkürzel, z. B. LPF"))
    overview.add_argument("--year", type=whole_number, action="append", help=_("Haushaltsjahr (mehrfach möglich)"))
    overview.add_argument("--status", action="append", help=_("Status (mehrfach möglich), z. B. funding"))
    overview.add_argument("--municipality", help=_("Gemeinde"))
    overview.set_defaults(func=cmd_export)
    summary = sub.add_parser("summary", help=_("Überblick für Landrat und Kreistag als PDF (eine Seite je Programm "
                                               "und Jahr)"))
    summary.add_argument("-o", "--output", required=True, metavar="DATEI.pdf", help=_("Zieldatei"))
    summary.add_argument("--programme", help=_("Programmkürzel, z. B. LPF"))
    summary.add_argument("--year", type=whole_number, action="append", help=_("Haushaltsjahr (mehrfach möglich)"))
    summary.set_defaults(func=cmd_summary)
    imp = subparsers.add_parser("import", help=_("Bestehende Excel-Liste (.xlsx) importieren"))
    imp.add_argument("file", metavar="DATEI.xlsx")
    imp.add_argument("--dry-run", action="store_true", help=_("Nur prüfen, nichts importieren"))
    imp.add_argument("--mapping", metavar="NAME", help=_("Gespeicherte Spaltenzuordnung verwenden"))
    imp.add_argument("--save-mapping", metavar="NAME", help=_("Spaltenzuordnung unter diesem Namen speichern"))
    imp.add_argument("--column", action="append", default=[], metavar="FELD=SPALTE",
                     help=_("Zuordnung ändern, z. B. applicant_type=Trägerart; Felder: {keys}").format(
                         keys=", ".join(t.key for t in TARGETS)))
    imp.add_argument("--map", action="append", default=[], metavar="SPALTE=FELD", dest="map",
                     help=_("Spalte einem Feld zuordnen (mehrfach möglich), z. B. \"Ort=Gemeinde\"; FELD leer oder "
                            "»-«: Spalte nicht übernehmen"))
    imp.add_argument("--only-valid", action="store_true", help=_("Nur gültige Zeilen importieren"))
    imp.add_argument("--accept-suggestions", action="store_true",
                     help=_("Vorgeschlagene amtliche Namen (Gemeinden, Handlungsfelder) übernehmen"))
    imp.add_argument("--sheet", metavar="BLATT", help=_("Tabellenblatt (Standard: das erste mit Kopfzeile)"))
    imp.add_argument("--programme", help=_("Programm für Zeilen ohne erkennbares Programm"))
    imp.add_argument("--year", type=whole_number, help=_("Haushaltsjahr für Zeilen ohne erkennbares Jahr"))
    imp.set_defaults(func=cmd_import)
    people = subparsers.add_parser("import-applicants", help=_("Stammdaten der Antragsteller aus einer Excel-Liste "
                                                                "(.xlsx) importieren"))
    people.add_argument("file", metavar="DATEI.xlsx")
    people.add_argument("--yes", action="store_true", help=_("Übernehmen (ohne: nur prüfen und Dubletten zeigen)"))
    people.add_argument("--only-valid", action="store_true", help=_("Nur gültige Zeilen übernehmen"))
    people.add_argument("--map", action="append", default=[], metavar="SPALTE=FELD", dest="map",
                        help=_("Spalte einem Feld zuordnen (mehrfach möglich), z. B. \"Sitz=Ort\""))
    people.add_argument("--sheet", metavar="BLATT", help=_("Tabellenblatt (Standard: das erste mit Kopfzeile)"))
    people.set_defaults(func=cmd_import_applicants)


def cmd_export(ctx: CliContext) -> int:
    from app.excel.export import export_overview

    a = ctx.args
    years = tuple(a.year or ())
    flt = CaseFilter(statuses=parse_statuses(a.status), programme=a.programme, municipality=a.municipality,
                     fiscal_year=years[0] if len(years) == 1 else None)
    request = OverviewRequest(flt, years if len(years) > 1 else ())
    rows = export_overview(ctx.database(), request, ctx.user_name(), Path(a.output))
    print(_("Excel-Übersicht mit {count} Vorgängen geschrieben: {path}").format(count=rows, path=a.output))
    return EXIT_OK


def cmd_summary(ctx: CliContext) -> int:
    from app.excel.export import export_summary_pdf

    a = ctx.args
    request = OverviewRequest(CaseFilter(programme=a.programme), tuple(a.year or ()))
    pages = export_summary_pdf(ctx.database(), request, ctx.user_name(), Path(a.output))
    print(_("Überblick mit {count} Seiten geschrieben: {path}").format(count=pages, path=a.output))
    return EXIT_OK


def _column_changes(items: list[str]) -> dict[str, str]:
    """`FELD=SPALTE` pairs; an empty SPALTE removes the field from the mapping."""
    changes = {}
    for item in items:
        key, sep, header = item.partition("=")
        if not sep or key.strip() not in BY_KEY:
            raise ValidationError(_("»{item}« ist keine gültige Zuordnung (FELD=SPALTE).").format(item=item))
        changes[key.strip()] = header.strip()
    return changes


def _overrides(items: list[str], fields: FieldTable = CASE_FIELDS) -> dict[str, str | None]:
    """`SPALTE=FELD` pairs (FELD as its German name or its key); an empty FELD or "-" leaves the column out."""
    pairs: dict[str, str | None] = {}
    for item in items:
        header, sep, name = item.rpartition("=")
        key = field_for_label(name, fields) if name.strip() not in ("", "-") else None
        if not sep or not header.strip() or (name.strip() not in ("", "-") and key is None):
            raise ValidationError(_("»{item}« ist keine gültige Zuordnung (SPALTE=FELD); Felder: {labels}.").format(
                item=item, labels=", ".join(t.label for t in fields.targets)))
        pairs[header.strip()] = key
    return pairs


def _mapping(ctx: CliContext) -> ColumnMapping | None:
    from app.excel.saved_mappings import load_mapping

    a = ctx.args
    changes = _column_changes(a.column)
    mapping = load_mapping(UnitOfWork(ctx.database(), ctx.user_name()), a.mapping) if a.mapping else None
    if not changes:
        return mapping
    if mapping is None:
        from app.excel.mapping import suggest
        from app.excel.reading import read_table

        mapping = suggest(read_table(Path(a.file), a.sheet).headers)
    columns = {**mapping.columns, **changes}
    return ColumnMapping({k: v for k, v in columns.items() if v}, mapping.municipalities)


def cmd_import(ctx: CliContext) -> int:
    from app.excel.import_service import ImportRefused, check_import, import_list

    a = ctx.args
    options = ImportOptions(mapping=_mapping(ctx), sheet=a.sheet, programme=a.programme, fiscal_year=a.year,
                            accept_suggestions=a.accept_suggestions, only_valid=a.only_valid,
                            overrides=_overrides(a.map))
    if a.dry_run:
        plan = check_import(UnitOfWork(ctx.database(), ctx.user_name()), Path(a.file), options)
        _print_plan(plan)
        _save(ctx, plan)
        return EXIT_FAILED if plan.errors else EXIT_OK
    try:
        result = import_list(UnitOfWork(ctx.database(), ctx.user_name()), Path(a.file), options)
    except ImportRefused as refused:
        _print_plan(refused.plan, sys.stderr)
        raise
    _print_plan(result.plan)
    _save(ctx, result.plan)
    print(_("{count} Vorgänge aus »{name}« importiert{skipped}.").format(
        count=len(result.file_numbers), name=Path(a.file).name,
        skipped=_(", Zeilen {rows} übersprungen").format(rows=", ".join(map(str, result.skipped_rows)))
        if result.skipped_rows else ""))
    return EXIT_OK


def _save(ctx: CliContext, plan: ImportPlan) -> None:
    from app.excel.saved_mappings import save_mapping

    if ctx.args.save_mapping:
        save_mapping(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.save_mapping, plan.mapping)
        print(_("Spaltenzuordnung »{name}« gespeichert.").format(name=ctx.args.save_mapping))


def _print_mapping(plan: ImportPlan | ApplicantPlan, write: Callable[[str], object]) -> None:
    """The file, its sheet and header row, and how each column was mapped."""
    write(_("Datei »{name}«, Blatt »{sheet}«, Kopfzeile in Zeile {row}.\n").format(
        name=plan.file_name, sheet=plan.sheet, row=plan.header_row))
    write(_("Spaltenzuordnung:\n"))
    for line in plan.lines:
        write(f"  {line.header} → {line.label} ({line.guess.text()})\n")


def _print_plan(plan: ImportPlan, out: TextIO | None = None) -> None:
    write = (out or sys.stdout).write
    _print_mapping(plan, write)
    for problem in plan.report():
        write(f"{problem}\n")
    write(_("{rows} Datenzeilen: {valid} gültig, {invalid} mit Fehlern.\n").format(
        rows=plan.data_rows, valid=len(plan.cases), invalid=len(plan.invalid_rows)))


def cmd_import_applicants(ctx: CliContext) -> int:
    from app.excel.applicant_fields import APPLICANT_FIELDS
    from app.excel.applicant_import import ApplicantImportRefused, check_applicants, import_applicants

    a = ctx.args
    overrides = _overrides(a.map, APPLICANT_FIELDS)
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    if not a.yes:
        plan = check_applicants(uow, Path(a.file), overrides, a.sheet)
        _print_applicants(plan)
        print(_("Nichts geschrieben. Mit --yes werden die {count} neuen Antragsteller übernommen.").format(
            count=len(plan.new)))
        return EXIT_FAILED if plan.errors else EXIT_OK
    try:
        result = import_applicants(uow, Path(a.file), overrides, a.sheet, only_valid=a.only_valid)
    except ApplicantImportRefused as refused:
        _print_applicants(refused.plan, sys.stderr)
        raise
    _print_applicants(result.plan)
    print(_("{count} Antragsteller aus »{name}« angelegt.").format(count=len(result.ids), name=Path(a.file).name))
    return EXIT_OK


def _print_applicants(plan: ApplicantPlan, out: TextIO | None = None) -> None:
    write = (out or sys.stdout).write
    _print_mapping(plan, write)
    for entry in plan.applicants:
        state = _("Dublette: {who}").format(who=entry.duplicate_text()) if entry.duplicate else _("neu")
        write(_("  Zeile {row}: {name} – {kind}, {city} – {state}\n").format(
            row=entry.row, name=entry.name, kind=entry.type_name, city=entry.city or "–", state=state))
    for problem in plan.report():
        write(f"{problem}\n")
    write(_("{rows} Datenzeilen: {new} neu, {duplicates} wahrscheinlich schon erfasst, {invalid} mit "
            "Fehlern.\n").format(
        rows=plan.data_rows, new=len(plan.new), duplicates=len(plan.applicants) - len(plan.new),
        invalid=len(plan.invalid_rows)))
