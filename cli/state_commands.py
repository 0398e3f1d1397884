"""`foerderdesk state …`: the county's cycle with the Land — the yearly application (settings, the county's own
lines, PDF/xlsx, submitted), the decision list for the committees and the resolutions recorded on the cases.
(`state proof` is added by the proof of use to the Land, `state grant|call|payment|money` by the money from the
Land.)"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.state_cycle import application_setup as setup
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from app.state_cycle.documents import write_application, write_decision_list
from app.state_cycle.land_application import LandApplication
from app.state_cycle.reader import StateCycleReader
from cli.context import CliContext
from cli.output import print_table
from cli.parser import EXIT_OK, Subparsers, whole_number
from cli.state_money_commands import register_money
from cli.state_proof_commands import register_proof


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("state", help=_("Landesprogramm: Antrag an das Land, Beschlussliste, "
                                                   "Gremienbeschlüsse, Mittel des Landes, Verwendungsnachweis an das "
                                                   "Land"))
    sub = parser.add_subparsers(dest="state_command", required=True, metavar="BEFEHL")
    register_application(sub)
    register_decision_list(sub)
    register_setup(sub)
    register_proof(sub)
    register_money(sub)


def _year_programme(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=whole_number, required=True, help=_("Programmjahr, z. B. 2027"))
    parser.add_argument("--programme", help=_("Programmkürzel (nur nötig, wenn mehrere Programme einen Antrag an "
                                              "das Land haben)"))


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="DATEI.pdf", help=_("als PDF schreiben"))
    parser.add_argument("--xlsx", metavar="DATEI.xlsx", help=_("als Excel-Arbeitsmappe schreiben"))


def register_application(sub: Subparsers) -> None:
    app = sub.add_parser("application", help=_("Antrag des Landkreises an das Land: Summen, Prüfungen, PDF und "
                                               "Excel-Anlage"))
    _year_programme(app)
    _output(app)
    app.set_defaults(func=cmd_application)


def register_decision_list(sub: Subparsers) -> None:
    dl = sub.add_parser("decision-list", help=_("Beschlussliste für Jugendhilfeausschuss und Kreistag"))
    _year_programme(dl)
    _output(dl)
    dl.set_defaults(func=cmd_decision_list)


def register_setup(sub: Subparsers) -> None:
    year = sub.add_parser("setup", help=_("Antrag an das Land für ein Jahr anlegen oder ändern (Obergrenze, "
                                          "Kofinanzierung, Fristen)"))
    year.add_argument("programme", metavar="PROGRAMM")
    year.add_argument("--year", type=whole_number, required=True)
    year.add_argument("--ceiling", help=_("Obergrenze des Landkreises in Euro"))
    year.add_argument("--rate", help=_("Anteil des Landkreises in Prozent (Standard 30)"))
    year.add_argument("--base", choices=("grant", "eligible_costs"),
                      help=_("Bemessungsgrundlage: grant (Zuwendung des Landes) oder eligible_costs "
                             "(zuwendungsfähige Ausgaben des Landkreises: Landesmittel und Kofinanzierung)"))
    year.add_argument("--due", help=_("Frist für den Antrag an das Land (Standard 15.11. des Vorjahres)"))
    year.add_argument("--applicant-due", help=_("Antragsfrist für Träger (Standard 30.09. des Vorjahres)"))
    year.set_defaults(func=cmd_setup)
    sent = sub.add_parser("submitted", help=_("Antrag an das Land als eingereicht markieren (erledigt die Frist und "
                                              "die Erinnerung auf der Fristenliste)"))
    sent.add_argument("--programme", required=True, help=_("Programmkürzel, z. B. LPF"))
    sent.add_argument("--year", type=whole_number, required=True, help=_("Programmjahr, z. B. 2027"))
    sent.add_argument("--on", required=True, help=_("Tag der Einreichung (TT.MM.JJJJ)"))
    sent.set_defaults(func=cmd_submitted)
    line = sub.add_parser("add-line", help=_("Eigene Planzeile: Mikroprojektefonds oder Planungsstelle"))
    line.add_argument("programme", metavar="PROGRAMM")
    line.add_argument("--year", type=whole_number, required=True)
    line.add_argument("--kind", choices=("micro_fund", "planning_post"), required=True)
    line.add_argument("--title", required=True)
    line.add_argument("--costs", required=True, help=_("zuwendungsfähige Ausgaben in Euro"))
    line.add_argument("--funding", required=True, help=_("geplante Zuwendung in Euro"))
    line.add_argument("--field", help=_("Handlungsfeld (Name)"))
    line.add_argument("--municipality", help=_("Gemeinde"))
    line.set_defaults(func=cmd_add_line)
    res = sub.add_parser("resolution", help=_("Gremienbeschluss zu einem Vorgang erfassen"))
    res.add_argument("file_number", metavar="AKTENZEICHEN")
    res.add_argument("--committee", choices=("youth_welfare", "district_council"), required=True)
    res.add_argument("--number", required=True, help=_("Beschlussnummer"))
    res.add_argument("--date", required=True, help=_("Beschlussdatum (TT.MM.JJJJ)"))
    res.add_argument("--outcome", choices=("approved", "rejected", "changed"), required=True)
    res.add_argument("--amount", help=_("beschlossener Betrag (nur bei changed)"))
    res.set_defaults(func=cmd_resolution)


def _uow(ctx: CliContext) -> UnitOfWork:
    return UnitOfWork(ctx.database(), ctx.user_name())


def _targets(ctx: CliContext) -> list[Path]:
    return [Path(p) for p in (ctx.args.output, ctx.args.xlsx) if p]


def cmd_application(ctx: CliContext) -> int:
    a = ctx.args
    figures = StateCycleReader(ctx.database(), ctx.user_name()).application(a.year, a.programme)
    for target in _targets(ctx):
        write_application(_uow(ctx), a.year, target, figures.programme_code)
        print(_("Geschrieben: {path}").format(path=target))
    if not _targets(ctx):
        print_application(figures)
    return EXIT_OK


def print_application(figures: LandApplication) -> None:
    print(_("Antrag an das Land {year} – {programme}").format(year=figures.year, programme=figures.programme_name))
    rows = [[t.key, str(t.count), format_eur(t.eligible_costs), format_eur(t.funding), format_eur(t.state_share),
             format_eur(t.county_share)] for t in [*figures.by_field_of_action(), figures.total]]
    print_table([_("Handlungsfeld"), _("Maßnahmen"), _("zuwendungsfähig"), _("Zuwendung"), _("Landesanteil"),
                 _("Kofinanzierung")], rows, right=frozenset({1, 2, 3, 4, 5}))
    for check in figures.checks:
        print(("✓ " if check.ok else "✗ ") + check.message)


def cmd_decision_list(ctx: CliContext) -> int:
    a = ctx.args
    targets = _targets(ctx)
    reader = StateCycleReader(ctx.database(), ctx.user_name())
    programme = a.programme or reader.application(a.year).programme_code
    for target in targets:
        write_decision_list(_uow(ctx), a.year, target, programme)
        print(_("Geschrieben: {path}").format(path=target))
    if not targets:
        found = reader.decision_list(a.year, programme)
        print_table([_("Aktenzeichen"), _("Projekt"), _("Handlungsfeld"), _("vorgeschlagen"), _("Beschluss")],
                    [[p.file_number, p.title, p.field_of_action, format_eur(p.proposed), p.resolution]
                     for p in found.projects], right=frozenset({3}))
    return EXIT_OK


def cmd_setup(ctx: CliContext) -> int:
    a = ctx.args
    setup.save_year(_uow(ctx), a.programme, a.year, setup.YearSettings(
        ceiling=a.ceiling, cofinancing_rate=a.rate, cofinancing_base=a.base, submission_due_on=a.due,
        applicant_due_on=a.applicant_due))
    print(_("Antrag an das Land {year} gespeichert.").format(year=a.year))
    return EXIT_OK


def cmd_submitted(ctx: CliContext) -> int:
    a = ctx.args
    setup.mark_submitted(_uow(ctx), a.programme, a.year, a.on)
    figures = StateCycleReader(ctx.database(), ctx.user_name()).application(a.year, a.programme)
    assert figures.submitted_on is not None  # just recorded
    print(_("Antrag an das Land {year} ({programme}) als eingereicht am {day} vermerkt; Frist und Erinnerung sind "
            "erledigt.").format(year=a.year, programme=figures.programme_code, day=format_date(figures.submitted_on)))
    return EXIT_OK


def cmd_add_line(ctx: CliContext) -> int:
    a = ctx.args
    setup.add_line(_uow(ctx), a.programme, a.year, setup.LineInput(a.kind, a.title, a.costs, a.funding, a.field,
                                                                   a.municipality))
    print(_("Planzeile »{title}« angelegt.").format(title=a.title))
    return EXIT_OK


def cmd_resolution(ctx: CliContext) -> int:
    a = ctx.args
    record_resolution(_uow(ctx), a.file_number, ResolutionInput(a.committee, a.number, a.date, a.outcome, a.amount))
    print(_("Beschluss zu {ref} erfasst.").format(ref=a.file_number))
    return EXIT_OK
