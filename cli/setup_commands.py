"""`foerderdesk setup`: set up the office on an empty database ("Amt einrichten"), without questions when `--yes`.

The same service as the assistant of the window (`app.administration.office_setup`): the office's master data as
defaults, changed by options, stored in one transaction.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

from app.administration.office_setup import NewUser, OfficeSetup, default_setup, set_up_office
from app.administration.reference_data import has_data
from app.kernel import clock
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.identity import os_account
from app.kernel.money import format_eur, to_money
from cli.context import CliContext
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, whole_number


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("setup", help=_("Amt einrichten: Programme, Haushalt, Briefkopf, Gemeinden, "
                                                   "Maßnahmenkatalog und erste Benutzer in eine leere Datenbank"))
    parser.add_argument("--admin", metavar="NAME", help=_("Benutzername der Administration (Standard: das "
                                                          "Benutzerkonto dieses Rechners)"))
    parser.add_argument("--admin-name", metavar="NAME", help=_("Vollständiger Name der Administration"))
    parser.add_argument("--caseworker", action="append", default=[], metavar="NAME[=ANZEIGENAME]",
                        help=_("Sachbearbeitung anlegen (mehrfach möglich)"))
    parser.add_argument("--supervisor", action="append", default=[], metavar="NAME[=ANZEIGENAME]",
                        help=_("Sachgebietsleitung anlegen (mehrfach möglich)"))
    parser.add_argument("--year", type=whole_number, help=_("Haushaltsjahr der ersten Ansätze (Standard: dieses "
                                                            "Jahr)"))
    parser.add_argument("--budget", action="append", default=[], metavar="KÜRZEL=BETRAG",
                        help=_("Haushaltsansatz eines Programms, z. B. LPF=680000"))
    parser.add_argument("--without-catalogue", action="store_true",
                        help=_("Ohne Sozialplan und Maßnahmenkatalog (später in der Administration anlegen)"))
    parser.add_argument("--yes", action="store_true", help=_("Ohne Rückfrage einrichten"))
    parser.set_defaults(func=cmd_setup)


def cmd_setup(ctx: CliContext) -> int:
    database, args = ctx.database(), ctx.args
    # on an empty database nobody can sign in yet: who runs the command founds the office as its administrator
    founder = args.admin or (ctx.user_name() if has_data(database) else os_account())
    setup = _setup(args, founder)
    summary = _summary(setup)
    if not args.yes and not _confirmed(summary):
        sys.stderr.write(_("Nicht eingerichtet: bitte bestätigen (interaktiv mit »j« oder mit --yes).\n"))
        return EXIT_FAILED
    report = set_up_office(database, founder, setup)
    print("\n".join(summary))
    print(_("Amt eingerichtet: {programmes} Programme, {goals} Ziele mit {measures} Maßnahmen, {keys} "
            "Gemeindeschlüssel, Benutzer {users}.").format(
        programmes=len(report.programmes), goals=report.goals, measures=report.measures,
        keys=report.municipality_keys, users=", ".join(report.users) or "–"))
    print(_("Was noch fehlt, zeigt die Startseite (z. B. die Bankverbindung für GiroCodes). Passwörter am "
            "Einzelplatz: foerderdesk user set-password NAME."))
    return EXIT_OK


def _setup(args: argparse.Namespace, founder: str) -> OfficeSetup:
    year = args.year or clock.today().year
    setup = default_setup(year, founder, args.admin_name)
    people = [*setup.users, *[_person(text, "caseworker") for text in args.caseworker],
              *[_person(text, "supervisor") for text in args.supervisor]]
    budgets = dict(_budget(text) for text in args.budget)
    unknown = sorted(set(budgets) - {p.programme.code for p in setup.programmes})
    if unknown:
        raise ValidationError(_("Ein Programm »{code}« richtet setup nicht ein; möglich: {codes}.").format(
            code=unknown[0], codes=", ".join(p.programme.code for p in setup.programmes)), "budget")
    programmes = tuple(dataclasses.replace(p, allocation=budgets.get(p.programme.code, p.allocation))
                       for p in setup.programmes)
    return dataclasses.replace(setup, users=tuple(people), programmes=programmes,
                               social_plan=not args.without_catalogue)


def _person(text: str, role: str) -> NewUser:
    name, _sep, display = text.partition("=")
    return NewUser(name.strip(), role, display.strip() or None)


def _budget(text: str) -> tuple[str, str]:
    code, sep, amount = text.partition("=")
    if not sep:
        raise ValidationError(_("»{text}« ist kein Haushaltsansatz; bitte KÜRZEL=BETRAG angeben, z. B. "
                                "LPF=680000.").format(text=text), "budget")
    to_money(amount, "budget")
    return code.strip().upper(), amount.strip()


def _summary(setup: OfficeSetup) -> list[str]:
    lines = [_("Briefkopf: {office}, {department}, {street}, {city}").format(
        office=setup.letterhead["office"], department=setup.letterhead["department"],
        street=setup.letterhead["street"], city=setup.letterhead["postcode_city"])]
    lines += [_("Programm {code} – {name}: Haushaltsansatz {year} {amount}").format(
        code=p.programme.code, name=p.programme.name, year=setup.fiscal_year,
        amount=format_eur(to_money(p.allocation, "allocation"))) for p in setup.programmes]
    lines += [_("Benutzer {name} ({role})").format(name=u.username, role=u.role) for u in setup.users]
    return lines


def _confirmed(lines: list[str]) -> bool:
    sys.stderr.write("\n".join(lines) + "\n")
    if not sys.stdin.isatty():
        return False
    return input(_("So einrichten? [j/N] ")).strip().lower() in ("j", "ja", "y", "yes")
