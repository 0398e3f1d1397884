"""Rows of the "Mittel des Landes" tables: one per grant of the Land, one per call or payment."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.state_cycle.land_figures import LandMoney, Movement
from ui import formatting


def tr(text: str) -> str:
    return QCoreApplication.translate("LandMoney", text)


def grant_headers() -> list[str]:
    return [tr("Programm"), tr("Jahr"), tr("Zuwendung\ndes Landes"), tr("Kofinanzierung"), tr("Regel"),
            tr("Fördertopf\ngesamt"), tr("abgerufen"), tr("vom Land\nerhalten"), tr("an Träger\nausgezahlt (netto)"),
            tr("Kofinanzierung\nnoch offen"), tr("nicht verbrauchte\nLandesmittel")]


def cofinancing_rule(money: LandMoney) -> str:
    return money.rule.short_text  # "30 % der Zuwendung des Landes": the one rule's label


def grant_rows(grants: Sequence[LandMoney]) -> list[list[str]]:
    return [[g.programme_code, str(g.fiscal_year), formatting.money(g.state_grant), formatting.money(g.cofinancing),
             cofinancing_rule(g), formatting.money(g.budget), formatting.money(g.called),
             formatting.money(g.received), formatting.money(g.net_paid), formatting.money(g.cofinancing_owed),
             formatting.money(g.unspent)] for g in grants]


def summary_rows(grants: Sequence[LandMoney]) -> list[list[str]]:
    """The start page's short form: programme, both sources, the budget, received, co-financing still owed."""
    return [[g.programme_code, formatting.money(g.state_grant), formatting.money(g.cofinancing),
             formatting.money(g.budget), formatting.money(g.received), formatting.money(g.cofinancing_owed)]
            for g in grants]


def movement_headers() -> list[str]:
    return [tr("Datum"), tr("Art"), tr("Betrag"), tr("Bemerkung")]


def movement_rows(movements: Sequence[Movement]) -> list[list[str]]:
    kinds = {"call": tr("Mittelabruf an das Land"), "payment": tr("Zahlung des Landes")}
    return [[formatting.date(m.on), kinds[m.kind.value], formatting.money(m.amount), m.note] for m in movements]
