"""The order of the dates of a case, checked where each date is entered.

A case's dates follow each other: the application arrives (Antragseingang), then the decision is dated, posted
and notified (Bekanntgabe), then money is paid; the proof of use comes after the grant period has begun, and the
case is closed after the proof arrived. A date out of this order is a typing error or an unlawful step, so the
use case that takes the date refuses it with a German message before anything is changed.

Each function takes the case and the new date and raises `ValidationError`; the use cases call one each.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from db.enums import DecisionOutcome, DecisionState
from db.models import Application, Decision, ProofOfUse


def check_decision_dates(app: Application, decided: dt.date, posted: dt.date) -> None:
    """Antragseingang ≤ Bescheiddatum ≤ Aufgabe zur Post."""
    if app.received_on is not None and decided < app.received_on:
        raise ValidationError(_("Das Bescheiddatum ({decided}) liegt vor dem Eingang des Antrags ({received}).")
                              .format(decided=format_date(decided), received=format_date(app.received_on)),
                              "decision_date")
    if posted < decided:
        raise ValidationError(_("Der Bescheid kann nicht vor seinem Datum zur Post gegeben werden."), "posted_on")


def _notified_on(session: Session, app: Application) -> dt.date | None:
    """The notification day of the case's latest confirmed grant (approval or partial approval)."""
    return session.scalar(select(Decision.notified_on).where(
        Decision.application_id == app.id, Decision.state == DecisionState.confirmed,
        Decision.outcome != DecisionOutcome.reject).order_by(Decision.id.desc()).limit(1))


def check_payment_date(session: Session, app: Application, paid_on: dt.date) -> None:
    """Bescheiddatum ≤ Bekanntgabe ≤ Auszahlung: money goes out only under a notified (effective) decision."""
    if app.decided_on is not None and paid_on < app.decided_on:
        raise ValidationError(_("Vor dem Bescheid kann nichts ausgezahlt werden."), "paid_on")
    notified = _notified_on(session, app)
    if notified is not None and paid_on < notified:
        raise ValidationError(_("Die Auszahlung am {paid} liegt vor der Bekanntgabe des Bescheids am {notified} "
                                "(§ 43 Abs. 1 VwVfG: erst mit der Bekanntgabe wirksam).").format(
            paid=format_date(paid_on), notified=format_date(notified)), "paid_on")


def check_proof_received(app: Application, received: dt.date) -> None:
    """The proof of use arrives after the grant period began and after the decision."""
    if app.start_date is not None and received < app.start_date:
        raise ValidationError(_("Der Verwendungsnachweis kann nicht vor Beginn des Bewilligungszeitraums ({start}) "
                                "eingegangen sein.").format(start=format_date(app.start_date)), "received_on")
    if app.decided_on is not None and received < app.decided_on:
        raise ValidationError(_("Der Verwendungsnachweis kann nicht vor dem Bescheid ({decided}) eingegangen sein.")
                              .format(decided=format_date(app.decided_on)), "received_on")


def check_closing_date(app: Application, proof: ProofOfUse, closed_on: dt.date) -> None:
    """The case is closed after its proof of use arrived."""
    if closed_on < proof.received_on:
        raise ValidationError(_("Der Vorgang kann nicht vor dem Eingang des Verwendungsnachweises ({received}) "
                                "abgeschlossen werden.").format(received=format_date(proof.received_on)), "closed_on")


def check_knowledge_date(app: Application, learned_on: dt.date, today: dt.date) -> None:
    """The office learns the facts for a revocation after the decision and not in the future."""
    if learned_on > today:
        raise ValidationError(_("Der Tag der Kenntnis ({day}) liegt in der Zukunft.").format(
            day=format_date(learned_on)), "learned_on")
    if app.decided_on is not None and learned_on < app.decided_on:
        raise ValidationError(_("Der Tag der Kenntnis ({day}) liegt vor dem Bescheid ({decided}).").format(
            day=format_date(learned_on), decided=format_date(app.decided_on)), "learned_on")
