"""Every Bescheid of a case (approval, partial approval, rejection, clawback, interest claim) with its own
posting, notification and objection deadline, and the suspensive effect of an objection against a claim.

A Bescheid is named by a key, `decision:<id>` or `clawback:<id>`, in the action dialog and on the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.deadlines import open_deadline
from app.kernel import settings
from app.kernel.errors import ValidationError
from app.kernel.i18n import _, source_text
from app.kernel.periods import format_date, notification_date, objection_deadline
from app.kernel.stored_text import N_, Label, coded
from db.enums import DeadlineKind, DecisionOutcome, DecisionState
from db.models import Application, Clawback, Deadline, Decision, Objection

DECISION_KINDS: dict[DecisionOutcome, str] = {
    DecisionOutcome.approve: _("Zuwendungsbescheid"),
    DecisionOutcome.partial: _("Teilbewilligungsbescheid"),
    DecisionOutcome.reject: _("Ablehnungsbescheid"),
}


def clawback_kind(claim: Clawback) -> str:
    """A claim with a principal revokes and claws back; without one it claims § 49a Abs. 4 interest only."""
    return _("Rückforderungsbescheid") if claim.amount > 0 else _("Zinsbescheid (§ 49a Abs. 4 VwVfG)")


@dataclass(frozen=True)
class BescheidDates:
    posted_on: dt.date
    notified_on: dt.date
    objection_until: dt.date


def bescheid_dates(session: Session, posted_on: dt.date) -> BescheidDates:
    """Notification (§ 41 Abs. 2 VwVfG, the office's rule by posting date) and the end of the objection period
    (`objection_months` after it)."""
    rule = settings.notification_rule(session)
    months = settings.get_int(session, "objection_months")
    return BescheidDates(posted_on, notification_date(posted_on, rule),
                         objection_deadline(posted_on, rule, objection_months=months).end)


@dataclass(frozen=True)
class Bescheid:
    key: str
    kind: str
    dated: dt.date
    posted_on: dt.date
    objection_until: dt.date | None
    decision_id: int | None = None
    clawback_id: int | None = None

    @property
    def label(self) -> str:
        return _("{kind} vom {date}").format(kind=self.kind, date=format_date(self.dated))


def decision_bescheid(d: Decision) -> Bescheid:
    dated = d.decision_date or d.posted_on or dt.date.min
    return Bescheid(f"decision:{d.id}", DECISION_KINDS[d.outcome], dated, d.posted_on or dated, d.objection_until,
                    decision_id=d.id)


def clawback_bescheid(c: Clawback) -> Bescheid:
    return Bescheid(f"clawback:{c.id}", clawback_kind(c), c.decided_on, c.posted_on or c.decided_on,
                    c.objection_until, clawback_id=c.id)


def bescheide(session: Session, application_id: int) -> list[Bescheid]:
    """The case's Bescheide, oldest first (a clawback after the decision it revokes on the same day)."""
    found = [decision_bescheid(d) for d in session.scalars(select(Decision).where(
        Decision.application_id == application_id, Decision.state == DecisionState.confirmed))]
    found += [clawback_bescheid(c) for c in session.scalars(select(Clawback).where(
        Clawback.application_id == application_id))]
    return sorted(found, key=lambda b: (b.dated, b.clawback_id is not None, b.decision_id or b.clawback_id or 0))


def chosen_bescheid(session: Session, application_id: int, key: str | None) -> Bescheid | None:
    """The Bescheid named by `key`; without a key the newest one (None: the case has none)."""
    found = bescheide(session, application_id)
    if not key:
        return found[-1] if found else None
    for bescheid in found:
        if bescheid.key == key.strip():
            return bescheid
    raise ValidationError(_("Den Bescheid »{key}« gibt es zu diesem Vorgang nicht; möglich: {keys}.").format(
        key=key, keys=", ".join(b.key for b in found) or "–"), "bescheid")


def open_objection_deadline(session: Session, app: Application, bescheid: Bescheid, user: str) -> Deadline:
    """The objection deadline of one Bescheid in the deadline list, titled with that Bescheid."""
    assert bescheid.objection_until is not None
    deadline = open_deadline(session, app, DeadlineKind.objection,
                             coded(N_("Widerspruchsfrist {kind} vom {dated} endet {due}"),
                                   kind=Label(source_text(bescheid.kind)), dated=bescheid.dated,
                                   due=bescheid.objection_until),
                             bescheid.objection_until, user)
    deadline.decision_id, deadline.clawback_id = bescheid.decision_id, bescheid.clawback_id
    return deadline


def pending_objection(session: Session, claim: Clawback) -> Objection | None:
    """An undecided objection against the claim's Bescheid: it has suspensive effect (§ 80 Abs. 1 VwGO)
    unless immediate enforcement was ordered (§ 80 Abs. 2 Nr. 4 VwGO)."""
    return session.scalar(select(Objection).where(
        Objection.clawback_id == claim.id, Objection.decided_on.is_(None)).order_by(Objection.id).limit(1))


def suspension_reason(session: Session, claim: Clawback) -> str | None:
    """Why the claim may not be enforced now (reminders, enforcement), or None; interest still accrues."""
    if claim.enforcement_ordered_on is not None:
        return None
    objection = pending_objection(session, claim)
    if objection is None:
        return None
    return _("Die Forderung aus dem {bescheid} ist ausgesetzt: Der Widerspruch vom {lodged} ist noch nicht "
             "entschieden und hat aufschiebende Wirkung (§ 80 Abs. 1 VwGO). Mahnung und Vollstreckung sind erst "
             "nach der Entscheidung über den Widerspruch oder nach Anordnung der sofortigen Vollziehung "
             "(§ 80 Abs. 2 Nr. 4 VwGO) möglich; Zinsen laufen weiter.").format(
        bescheid=clawback_bescheid(claim).label, lodged=format_date(objection.lodged_on))
