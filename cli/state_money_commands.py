"""`foerderdesk state grant|call|payment|money`: the money from the Land — its grant decision to the county (the
budget becomes Landesmittel + Kofinanzierung), the county's calls for funds, the Land's payments, and the figures of
a programme-year."""

from __future__ import annotations

import argparse

from app.kernel.errors import NotFound
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.state_cycle import land_money
from app.state_cycle.land_figures import LandMoney
from app.state_cycle.land_money import KIND_LABELS, StateGrantInput
from app.state_cycle.land_money_reader import LandMoneyReader
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_OK, Subparsers, add_json_flag, whole_number


def register_money(sub: Subparsers) -> None:
    """`grant`, `call`, `payment` and `money` in the `state` group (cli.state_commands)."""
    grant = sub.add_parser("grant", help=_("Bescheid des Landes erfassen oder ändern (der Fördertopf wird "
                                           "Landesmittel + Kofinanzierung)"))
    _programme_year(grant)
    grant.add_argument("--amount", required=True, help=_("Zuwendung des Landes in Euro"))
    grant.add_argument("--decided-on", required=True, help=_("Datum des Bescheids (TT.MM.JJJJ)"))
    grant.add_argument("--file-number", required=True, help=_("Aktenzeichen des Ministeriums"))
    grant.add_argument("--rate", default=land_money.DEFAULT_RATE,
                       help=_("Anteil der Kofinanzierung in Prozent (Standard 30)"))
    grant.add_argument("--base", choices=("grant", "eligible_costs"), default="grant",
                       help=_("Bemessungsgrundlage: grant (Zuwendung des Landes, Standard) oder eligible_costs "
                              "(zuwendungsfähige Ausgaben des Landkreises: Landesmittel und Kofinanzierung)"))
    grant.add_argument("--reason", help=_("Begründung einer Änderung (für das Protokoll)"))
    grant.set_defaults(func=cmd_grant)
    for name, text in (("call", _("Mittelabruf des Landkreises an das Land erfassen")),
                       ("payment", _("Zahlung des Landes an den Landkreis erfassen"))):
        movement = sub.add_parser(name, help=text)
        _programme_year(movement)
        movement.add_argument("--amount", required=True, help=_("Betrag in Euro"))
        movement.add_argument("--on", required=True, help=_("Datum (TT.MM.JJJJ)"))
        movement.add_argument("--reference", help=_("Zeichen oder Bemerkung, z. B. »1. Abruf«"))
        movement.set_defaults(func=cmd_movement, kind=name)
    money = sub.add_parser("money", help=_("Mittel des Landes eines Jahres: Zuwendung, Kofinanzierung, Fördertopf, "
                                           "Abrufe, Zahlungen und was noch offen ist"))
    money.add_argument("--programme", help=_("Programmkürzel (ohne: alle Programme des Jahres)"))
    money.add_argument("--year", type=whole_number, required=True, help=_("Haushaltsjahr"))
    add_json_flag(money)
    money.set_defaults(func=cmd_money)


def _programme_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--programme", required=True, help=_("Programmkürzel, z. B. LPF"))
    parser.add_argument("--year", type=whole_number, required=True, help=_("Haushaltsjahr"))


def _figures(ctx: CliContext, year: int, programme: str | None) -> list[LandMoney]:
    grants = LandMoneyReader(ctx.database(), ctx.user_name()).overview(year)
    if programme:
        grants = [g for g in grants if g.programme_code == programme.strip().upper()]
    if not grants and programme:
        raise NotFound(_("Für {programme} {year} ist keine Zuwendung des Landes erfasst.").format(
            programme=programme.strip().upper(), year=year))
    if not grants:
        raise NotFound(_("Für {year} ist keine Zuwendung des Landes erfasst.").format(year=year))
    return grants


def cmd_grant(ctx: CliContext) -> int:
    a = ctx.args
    land_money.record_state_grant(UnitOfWork(ctx.database(), ctx.user_name()), StateGrantInput(
        a.programme, a.year, a.amount, a.decided_on, a.file_number, a.rate, a.base), a.reason)
    (money,) = _figures(ctx, a.year, a.programme)
    print(_("Bescheid des Landes für {programme} {year} gespeichert: Zuwendung {grant}, Kofinanzierung {cofinancing} "
            "({rule}), Fördertopf {budget}.").format(
        programme=money.programme_code, year=money.fiscal_year, grant=format_eur(money.state_grant),
        cofinancing=format_eur(money.cofinancing), rule=money.rule.text, budget=format_eur(money.budget)))
    return EXIT_OK


def cmd_movement(ctx: CliContext) -> int:
    a = ctx.args
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    record = land_money.record_call if a.kind == "call" else land_money.record_payment
    record(uow, a.programme, a.year, a.on, a.amount, a.reference)
    (money,) = _figures(ctx, a.year, a.programme)
    if a.kind == "call":
        print(_("Mittelabruf für {programme} {year} erfasst; abgerufen {done}, noch abzurufen {left}.").format(
            programme=money.programme_code, year=money.fiscal_year, done=format_eur(money.called),
            left=format_eur(money.uncalled)))
    else:
        print(_("Zahlung des Landes für {programme} {year} erfasst; erhalten {done}, noch zu zahlen {left}.").format(
            programme=money.programme_code, year=money.fiscal_year, done=format_eur(money.received),
            left=format_eur(money.outstanding)))
    return EXIT_OK


def cmd_money(ctx: CliContext) -> int:
    a = ctx.args
    grants = _figures(ctx, a.year, a.programme)
    if a.json:
        print_json([_as_json(g) for g in grants])
        return EXIT_OK
    for index, money in enumerate(grants):
        if index:
            print()
        print_money(money)
    return EXIT_OK


def print_money(money: LandMoney) -> None:
    print(_("Mittel des Landes {year} – {programme} {name}").format(year=money.fiscal_year,
                                                                   programme=money.programme_code,
                                                                   name=money.programme_name))
    print(_("Bescheid vom {day}, Az. {number}").format(day=format_date(money.decided_on),
                                                      number=money.ministry_file_number))
    rows = [
        [_("Zuwendung des Landes"), money.state_grant],
        [_("Kofinanzierung des Landkreises: {rule}").format(rule=money.rule.text), money.cofinancing],
        [_("Fördertopf (Landesmittel + Kofinanzierung)"), money.budget],
        [_("Abgerufen"), money.called],
        [_("Noch abzurufen"), money.uncalled],
        [_("Vom Land erhalten"), money.received],
        [_("Noch vom Land zu zahlen"), money.outstanding],
        [_("An die Träger ausgezahlt abzüglich Rückzahlungen"), money.net_paid],
        [_("Kofinanzierung noch offen"), money.cofinancing_owed],
        [_("Nicht verbrauchte Landesmittel"), money.unspent],
    ]
    print_table([_("Posten"), _("Betrag")], rows, right=frozenset({1}))
    if money.movements:
        print()
        print_table([_("Datum"), _("Art"), _("Betrag"), _("Bemerkung")],
                    [[m.on, KIND_LABELS[m.kind], m.amount, m.note] for m in money.movements], right=frozenset({2}))


def _as_json(money: LandMoney) -> dict[str, object]:
    return {"programme": money.programme_code, "fiscal_year": money.fiscal_year, "state_grant": money.state_grant,
            "decided_on": money.decided_on, "ministry_file_number": money.ministry_file_number,
            "cofinancing_rate": money.cofinancing_rate, "cofinancing_base": money.cofinancing_base,
            "cofinancing_rule": money.rule.text, "cofinancing": money.cofinancing, "budget": money.budget,
            "called": money.called, "uncalled": money.uncalled, "received": money.received,
            "outstanding": money.outstanding, "net_paid": money.net_paid,
            "cofinancing_owed": money.cofinancing_owed, "unspent": money.unspent,
            "movements": [{"on": m.on, "kind": m.kind, "amount": m.amount, "note": m.note} for m in money.movements]}
