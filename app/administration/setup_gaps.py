"""What an office still lacks to work fully, for the administrators' start page: each gap with the place to fix it.

After "Amt einrichten" (`app.administration.office_setup`) some things are left to the office on purpose — its
bank account for the GiroCodes, its logo, the official keys that could not be verified — and others run out with
time (no budget for the new year). Each gap names the administration tab (`place`) that fixes it; "setup" is the
assistant itself, while no programme exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.letterhead import FIELDS, letterhead_values
from db.enums import Role
from db.models import Budget, Municipality, Programme, User

PLACES = ("setup", "programmes", "budgets", "letterhead", "users", "municipalities")


@dataclass(frozen=True)
class SetupGap:
    key: str  # what is missing: programme, budget, bank, logo, caseworker, supervisor, municipality_keys
    text: str  # one German sentence
    place: str  # where to fix it (one of PLACES)


def setup_gaps(session: Session, today: dt.date) -> list[SetupGap]:
    """What is missing, most urgent first; an empty list for a fully set-up office."""
    if not session.scalar(select(func.count()).select_from(Programme)):
        return [SetupGap("programme", _("Das Amt ist noch nicht eingerichtet: es gibt kein Förderprogramm, daher "
                                        "lassen sich keine Anträge erfassen oder Listen importieren."), "setup"),
                *_people(session)]
    return [*_budgets(session, today.year), *_people(session), *_letterhead(session), *_keys(session)]


def _budgets(session: Session, year: int) -> list[SetupGap]:
    budgeted = select(Budget.programme_id).where(Budget.fiscal_year == year)
    missing = session.scalars(select(Programme.code).where(Programme.active.is_(True), Programme.id.not_in(budgeted))
                              .order_by(Programme.code)).all()
    return [SetupGap("budget", _("Kein Haushaltsansatz {year} für das Programm {code}: Bewilligungen sind erst "
                                 "mit einem Ansatz möglich.").format(year=year, code=code), "budgets")
            for code in missing]


def _people(session: Session) -> list[SetupGap]:
    roles = set(session.scalars(select(User.role).where(User.active.is_(True)).distinct()))
    gaps = []
    if Role.caseworker not in roles:
        gaps.append(SetupGap("caseworker", _("Keine Sachbearbeitung angelegt: niemand kann Anträge erfassen und "
                                             "prüfen."), "users"))
    if Role.supervisor not in roles:
        gaps.append(SetupGap("supervisor", _("Keine Sachgebietsleitung angelegt: Entscheidungen kann niemand "
                                             "bestätigen (Vier-Augen-Prinzip)."), "users"))
    return gaps


def _letterhead(session: Session) -> list[SetupGap]:
    values = letterhead_values(session)
    gaps = []
    if not values["iban"] or values["iban"] == FIELDS["iban"].default:
        gaps.append(SetupGap("bank", _("Keine Bankverbindung des Amts: Briefkopf und GiroCodes der Rückforderungen "
                                       "zeigen noch die Beispiel-IBAN."), "letterhead"))
    if not values["logo_path"]:
        gaps.append(SetupGap("logo", _("Kein Logo im Briefkopf."), "letterhead"))
    return gaps


def _keys(session: Session) -> list[SetupGap]:
    count = session.scalar(select(func.count()).select_from(Municipality).where(
        Municipality.in_district.is_(True), Municipality.key.is_(None))) or 0
    if not count:
        return []
    return [SetupGap("municipality_keys", _("{count} Gemeinden des Landkreises ohne amtlichen "
                                            "Gemeindeschlüssel.").format(count=count), "municipalities")]
