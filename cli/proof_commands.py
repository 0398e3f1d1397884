"""`foerderdesk proof show|import|sample|check|note` and `foerderdesk dossier`.

Exit codes: 0 done (or a dry run without errors), 1 refused or failed (German message on stderr; for a
receipt list every problem with row and column), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from app.cases.case_list import CaseFilter
from app.excel.mapping import ColumnMapping
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur, format_percent, parse_rate
from app.kernel.uow import UnitOfWork
from app.proof.receipt_list import BY_KEY, ReceiptPlan
from app.proof.statement import Statement
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, add_json_flag, parse_statuses, whole_number


def _user(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without the option here, the global `foerderdesk --user NAME …` stays in force
    parser.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help=_("Handelnder Benutzer"))


def register(subparsers: Subparsers) -> None:
    proof = subparsers.add_parser("proof", help=_("Verwendungsnachweis prüfen: Belege, Stichprobe, Prüfvermerk"))
    sub = proof.add_subparsers(dest="proof_command", required=True, metavar="BEFEHL")
    show = sub.add_parser("show", help=_("Zahlen, Belege, Stichprobe und Berechnung anzeigen"))
    show.add_argument("file_number", metavar="AKTENZEICHEN")
    add_json_flag(show)
    _user(show)
    show.set_defaults(func=cmd_show)
    imp = sub.add_parser("import", help=_("Belegliste (.xlsx) importieren – nur ohne fehlerhafte Zeilen"))
    imp.add_argument("file_number", metavar="AKTENZEICHEN")
    imp.add_argument("file", metavar="DATEI.xlsx")
    imp.add_argument("--sheet", metavar="BLATT", help=_("Tabellenblatt (Standard: das erste mit Kopfzeile)"))
    imp.add_argument("--column", action="append", default=[], metavar="FELD=SPALTE",
                     help=_("Zuordnung ändern, z. B. paid_on=Überweisung; Felder: {keys}").format(
                         keys=", ".join(BY_KEY)))
    imp.add_argument("--dry-run", action="store_true", help=_("Nur prüfen, nichts importieren"))
    imp.add_argument("--replace", action="store_true", help=_("Eine vorhandene Belegliste ersetzen"))
    _user(imp)
    imp.set_defaults(func=cmd_import)
    sample = sub.add_parser("sample", help=_("Stichprobe der Belege ziehen (einmal je Nachweis)"))
    sample.add_argument("file_number", metavar="AKTENZEICHEN")
    sample.add_argument("--seed", help=_("Startwert vorgeben (nur zum Nachvollziehen einer Ziehung)"))
    sample.add_argument("--share", metavar="PROZENT", help=_("Anteil in Prozent (Standard: Einstellung)"))
    sample.add_argument("--minimum", type=whole_number, metavar="N", help=_("Mindestzahl (Standard: Einstellung)"))
    _user(sample)
    sample.set_defaults(func=cmd_sample)
    check = sub.add_parser("check", help=_("Prüfergebnis eines Belegs erfassen"))
    check.add_argument("file_number", metavar="AKTENZEICHEN")
    check.add_argument("position", type=whole_number, metavar="NR", help=_("Nummer des Belegs in der Belegliste"))
    verdict = check.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true", help=_("anerkannt"))
    verdict.add_argument("--reject", nargs="?", const="", metavar="BETRAG",
                         help=_("nicht anerkannt (ohne Betrag: der ganze Beleg)"))
    check.add_argument("--reason", help=_("Begründung (bei »nicht anerkannt« Pflicht)"))
    _user(check)
    check.set_defaults(func=cmd_check)
    note = sub.add_parser("note", help=_("Prüfvermerk ausstellen, beim Vorgang speichern und als PDF schreiben"))
    note.add_argument("file_number", metavar="AKTENZEICHEN")
    note.add_argument("-o", "--output", required=True, metavar="DATEI.pdf")
    _user(note)
    note.set_defaults(func=cmd_note)
    dossier = subparsers.add_parser("dossier", help=_("Prüfakte (ZIP) eines Vorgangs oder einer Auswahl exportieren"))
    dossier.add_argument("file_number", nargs="?", metavar="AKTENZEICHEN")
    dossier.add_argument("-o", "--output", required=True, metavar="DATEI.zip|ORDNER")
    dossier.add_argument("--status", action="append", help=_("Status der Auswahl (mehrfach möglich), z. B. closed"))
    dossier.add_argument("--year", type=whole_number, help=_("Haushaltsjahr der Auswahl"))
    dossier.add_argument("--programme", help=_("Programmkürzel der Auswahl"))
    _user(dossier)
    dossier.set_defaults(func=cmd_dossier)


def _uow(ctx: CliContext) -> UnitOfWork:
    return UnitOfWork(ctx.database(), ctx.user_name())


def _mapping(items: list[str], path: Path, sheet: str | None) -> ColumnMapping | None:
    if not items:
        return None
    from app.proof.receipt_list import read_receipt_table, suggest

    changes = {}
    for item in items:
        key, sep, header = item.partition("=")
        if not sep or key.strip() not in BY_KEY:
            raise ValidationError(_("»{item}« ist keine gültige Zuordnung (FELD=SPALTE).").format(item=item))
        changes[key.strip()] = header.strip()
    columns = {**suggest(read_receipt_table(path, sheet).headers).columns, **changes}
    return ColumnMapping({k: v for k, v in columns.items() if v})


def _print_plan(plan: ReceiptPlan, out: TextIO | None = None) -> None:
    write = (out or sys.stdout).write
    write(_("Datei »{name}«, Blatt »{sheet}«, Kopfzeile in Zeile {row}.\n").format(
        name=plan.file_name, sheet=plan.sheet, row=plan.header_row))
    for key, header in plan.mapping.columns.items():
        write(f"  {header} → {BY_KEY[key].label}\n")
    for line in plan.report():
        write(f"{line}\n")
    write(_("{rows} Belegzeilen: {valid} gültig über {total}, {invalid} mit Fehlern.\n").format(
        rows=plan.data_rows, valid=len(plan.receipts), total=format_eur(plan.total), invalid=len(plan.invalid_rows)))


def cmd_import(ctx: CliContext) -> int:
    from app.proof.service import ImportRequest, ReceiptImportRefused, check_receipt_list, import_receipts

    a = ctx.args
    path = Path(a.file)
    request = ImportRequest(path, _mapping(a.column, path, a.sheet), a.sheet, a.replace)
    if a.dry_run:
        plan = check_receipt_list(_uow(ctx), a.file_number, request)
        _print_plan(plan)
        return EXIT_FAILED if plan.errors else EXIT_OK
    try:
        plan = import_receipts(_uow(ctx), a.file_number, request)
    except ReceiptImportRefused as refused:
        _print_plan(refused.plan, sys.stderr)
        raise
    _print_plan(plan)
    print(_("{n} Belege über {total} zu {ref} importiert.").format(n=len(plan.receipts), total=format_eur(plan.total),
                                                                  ref=a.file_number))
    return EXIT_OK


def cmd_sample(ctx: CliContext) -> int:
    from app.proof.sample_check import draw_sample

    a = ctx.args
    share = parse_rate(a.share, "share") if a.share is not None else None
    result = draw_sample(_uow(ctx), a.file_number, seed=a.seed, share=share, minimum=a.minimum)
    print(_("Stichprobe gezogen: {k} von {n} Belegen (Anteil {share}, mindestens {minimum}), Startwert {seed}.").format(
        k=len(result.positions), n=result.receipt_count, share=format_percent(result.share), minimum=result.minimum,
        seed=result.seed))
    print(_("Zu prüfen: Belege Nr. {numbers}").format(numbers=", ".join(map(str, result.positions))))
    return EXIT_OK


def cmd_check(ctx: CliContext) -> int:
    from app.proof.queries import proof_review
    from app.proof.sample_check import record_check

    a = ctx.args
    view = proof_review(_uow(ctx), a.file_number)
    receipt = next((r for r in view.receipts if r.position == a.position), None) if view else None
    if receipt is None:
        raise NotFound(_("Einen Beleg Nr. {n} gibt es zu {ref} nicht.").format(n=a.position, ref=a.file_number))
    record_check(_uow(ctx), a.file_number, receipt.id, bool(a.accept), a.reject or None, a.reason)
    print(_("Beleg Nr. {n}: {result}.").format(n=a.position, result=_("anerkannt") if a.accept
                                                else _("nicht anerkannt")))
    return EXIT_OK


def cmd_note(ctx: CliContext) -> int:
    from app.proof.review_note import issue_review_note
    from cli.letter_commands import PdfFile

    file = PdfFile(Path(ctx.args.output))
    try:
        note = issue_review_note(_uow(ctx), ctx.args.file_number)
    except BaseException:
        file.discard()
        raise
    file.commit(note.pdf)
    print(_("Prüfvermerk ausgestellt und beim Vorgang als Unterlage Nr. {id} gespeichert (SHA-256 {sha}): "
            "{path}").format(id=note.id, sha=note.sha256, path=file.target))
    return EXIT_OK


def _statement_rows(statement: Statement) -> list[list[object]]:
    """Per cost line (a proof stated as totals only has no line amounts: never the plan as actual), the totals
    and their eligible part, where the final calculation starts."""
    rows: list[list[object]] = [
        [s.line.position, s.line.description, s.line.planned, s.actual, s.difference,
         format_percent(s.over_share) if s.over_share is not None else "–", s.flag or ""]
        if s.line.actual is not None else
        [s.line.position, s.line.description, s.line.planned, _("nicht einzeln"), "–", "–", ""]
        for s in statement.lines]
    rows.append(["", _("Summe"), statement.planned_total, statement.actual_total,
                 statement.actual_total - statement.planned_total, "", ""])
    rows.append(["", _("davon zuwendungsfähig"), statement.planned_eligible, statement.actual_eligible,
                 statement.actual_eligible - statement.planned_eligible, "", ""])
    return rows


def cmd_show(ctx: CliContext) -> int:
    from app.proof.queries import proof_review

    view = proof_review(_uow(ctx), ctx.args.file_number)
    if view is None:
        raise ValidationError(_("Zu {ref} ist noch kein Verwendungsnachweis erfasst.").format(ref=ctx.args.file_number))
    if ctx.args.json:
        print_json(view)
        return EXIT_OK
    print_table([_("Pos."), _("Kostenposition"), _("Plan"), _("Ist"), _("Differenz"), _("über Plan"), _("Hinweis")],
                _statement_rows(view.statement), right=frozenset({2, 3, 4, 5}))
    print()
    print_table([_("Nr."), _("Datum"), _("Empfänger"), _("Betrag"), _("Stichprobe"), _("Ergebnis")],
                [[r.position, r.receipt_date, r.payee, r.amount, "●" if r.in_sample else "", r.result or ""]
                 for r in view.receipts], right=frozenset({3}))
    print()
    if not view.review_done:  # never a final grant shown as if it were one: the calculation so far, marked
        print(view.pending_review)
        print(_("Vorläufige Rechnung mit dem bisherigen Stand der Belegprüfung:"))
    print(view.review.text)
    return EXIT_OK



def cmd_dossier(ctx: CliContext) -> int:
    from app.proof.dossier import export_dossier, export_dossiers

    a = ctx.args
    if a.file_number:
        if a.status or a.year or a.programme:
            raise ValidationError(_("Entweder ein Aktenzeichen oder eine Auswahl (--status, --year, --programme)."))
        result = export_dossier(_uow(ctx), a.file_number, Path(a.output))
        print(_("Prüfakte {ref} mit {n} Dateien geschrieben: {path} (SHA-256 {sha})").format(
            ref=result.file_number, n=len(result.files), path=result.path, sha=result.sha256))
        return EXIT_OK
    if not (a.status or a.year or a.programme):
        raise ValidationError(_("Bitte ein Aktenzeichen oder eine Auswahl angeben, z. B. --status closed --year 2026."))
    flt = CaseFilter(statuses=parse_statuses(a.status), fiscal_year=a.year, programme=a.programme)

    def progress(done: int, total: int) -> bool:
        sys.stderr.write(f"[{done}/{total}]\n")
        return True

    results = export_dossiers(_uow(ctx), flt, Path(a.output), progress)
    print(_("{n} Prüfakten geschrieben in {path} (Übersicht: uebersicht.csv).").format(n=len(results), path=a.output))
    return EXIT_OK


__all__ = ["Decimal", "register"]
