"""What a hearing letter (§ 28 VwVfG) says the office intends: the decision, and before a clawback its amounts.

The person heard must know the facts and what is intended to answer to it: before a clawback the letter
names the intended final grant, the amount to be refunded (§ 49a Abs. 1) and that interest under § 49a
Abs. 3 will be claimed, with the calculation of the final grant from the proof of use.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.money import ZERO, format_eur
from app.kernel.periods import format_date
from app.letters.clawback_grounds import final_proof
from app.proof.final_grant import calculate_final
from db.enums import HearingPurpose
from db.models import Application, Hearing


def _interest() -> str:
    return _("Der Erstattungsbetrag wäre nach § 49a Abs. 3 ThürVwVfG vom Eintritt der Unwirksamkeit des "
             "Zuwendungsbescheids an bis zur Zahlung mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) "
             "jährlich zu verzinsen; die Zinsen werden im Bescheid berechnet.")


def _day(value: dt.date | None) -> str:
    return format_date(value) if value is not None else ""


def intended_decision(session: Session, app: Application, hearing: Hearing) -> str | None:
    """The intended decision in plain sentences; None when a clawback's amounts cannot be known yet."""
    if hearing.purpose == HearingPurpose.rejection:
        return _("Wir beabsichtigen, Ihren Antrag vom {received} auf eine Zuwendung von {requested} "
                 "abzulehnen.").format(received=_day(app.received_on), requested=format_eur(app.requested_amount))
    approved = app.approved_amount
    proof = final_proof(session, app)
    if approved is None:
        return None
    if proof is None:
        if hearing.purpose == HearingPurpose.clawback:
            return None  # without the proof of use there is no amount to name
        return "\n".join((_("Wir beabsichtigen, den Zuwendungsbescheid vom {decided} über {approved} nach § 49 Abs. 3 "
                            "ThürVwVfG zu widerrufen. Ausgezahlt wurden bisher {paid}; soweit der Bescheid widerrufen "
                            "wird, wären diese nach § 49a Abs. 1 ThürVwVfG zu erstatten.").format(
            decided=_day(app.decided_on), approved=format_eur(approved), paid=format_eur(app.paid_amount)),
            _interest()))
    calc = calculate_final(app, proof)
    refund = max(app.paid_amount - calc.final, ZERO)
    lines = [_("Nach Prüfung Ihres Verwendungsnachweises vom {received} beabsichtigen wir, die Zuwendung endgültig auf "
               "{final} festzusetzen (bewilligt {approved}) und den Zuwendungsbescheid vom {decided} insoweit nach "
               "§ 49 Abs. 3 ThürVwVfG mit Wirkung für die Vergangenheit zu widerrufen.").format(
        received=_day(proof.received_on), final=format_eur(calc.final), approved=format_eur(approved),
        decided=_day(app.decided_on))]
    if refund > 0:
        lines.append(_("Ausgezahlt wurden {paid}; zu erstatten wären damit {refund} (§ 49a Abs. 1 ThürVwVfG).").format(
            paid=format_eur(app.paid_amount), refund=format_eur(refund)))
        lines.append(_interest())
    else:
        lines.append(_("Ausgezahlt wurden {paid}; eine Erstattung ergibt sich daraus nicht.").format(
            paid=format_eur(app.paid_amount)))
    calculation = "\n".join([_("Berechnung der endgültigen Zuwendung:"), *calc.lines])
    return "\n".join(lines) + "\n\n" + calculation  # its own paragraph
