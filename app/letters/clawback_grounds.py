"""The facts and the considerations of discretion a Rückforderungsbescheid prints (§ 39 Abs. 1 VwVfG).

A revocation under § 49 Abs. 3 VwVfG is discretionary, so the letter states the facts it rests on and the
considerations of discretion (§ 39 Abs. 1 Satz 3). The considerations are the reasons recorded with the
clawback (`recorded_clawback_reasons`); without any, the standard considerations of the office apply
(intended discretion: economy and thrift, § 7 ThürLHO), completed by what the hearing brought.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.stored_text import unpack
from app.proof.final_grant import calculate_final
from db.models import Application, Clawback, ClawbackProposal, Hearing, ProofOfUse, StatusChange

# Workflow actions whose recorded reason is the reasons of a clawback decision, for clawbacks fixed before the
# four-eyes proposals (schema 0010); since then the confirmed proposal's reasons are printed (`ClawbackProposal`).
REASON_ACTIONS: tuple[str, ...] = ("close",)


def final_proof(session: Session, app: Application) -> ProofOfUse | None:
    """The latest final (not interim) proof of use of the case."""
    return session.scalar(select(ProofOfUse).where(ProofOfUse.application_id == app.id,
                                                   ProofOfUse.interim.is_(False)).order_by(ProofOfUse.id.desc()))


def latest_hearing(session: Session, app: Application) -> Hearing | None:
    return session.scalar(select(Hearing).where(Hearing.application_id == app.id).order_by(Hearing.id.desc()))


def recorded_clawback_reasons(session: Session, app: Application) -> str | None:
    """The reasons recorded with the decision to claw back, or None while none were written down."""
    reason = session.scalar(select(StatusChange.reason).where(
        StatusChange.application_id == app.id, StatusChange.action.in_(REASON_ACTIONS),
        StatusChange.reason.is_not(None)).order_by(StatusChange.id.desc()).limit(1))
    reason = unpack(reason)
    return reason.strip() if reason and reason.strip() else None


def hearing_text(hearing: Hearing | None) -> str:
    """What the hearing (§ 28 VwVfG) brought, for the facts."""
    if hearing is None:
        return _("Eine Anhörung nach § 28 ThürVwVfG hat nicht stattgefunden.")
    sent = _("Mit Schreiben vom {sent} haben wir Sie nach § 28 ThürVwVfG angehört ({subject}).").format(
        sent=format_date(hearing.sent_on), subject=" ".join(hearing.subject.split()))
    if hearing.response_received_on is None:
        return sent + " " + _("Bis zum Ablauf der Frist am {due} haben Sie sich nicht geäußert.").format(
            due=format_date(hearing.response_due))
    said = " ".join((hearing.response_text or "").split())
    answer = _("Ihre Stellungnahme ist am {day} eingegangen").format(day=format_date(hearing.response_received_on))
    return f"{sent} {answer}: „{said}“" if said else f"{sent} {answer}."


def clawback_facts(session: Session, app: Application, claim: Clawback) -> str | None:
    """The facts of the Rückforderungsbescheid: approval, payments, proof of use, result of the check, hearing."""
    proof = final_proof(session, app)
    if proof is None or app.approved_amount is None:
        return None
    calc = calculate_final(app, proof)
    lines = [_("Mit Zuwendungsbescheid vom {decided} haben wir Ihnen eine Zuwendung von höchstens {approved} "
               "bewilligt; ausgezahlt wurden insgesamt {paid}.").format(
        decided=format_date(app.decided_on) if app.decided_on else "", approved=format_eur(app.approved_amount),
        paid=format_eur(app.paid_amount)),
        _("Ihren Verwendungsnachweis haben Sie am {received} vorgelegt. Nachgewiesen sind zuwendungsfähige "
          "Ausgaben von {eligible} (Gesamtkosten {total}; Eigenmittel {own}, Drittmittel {third}, sonstige "
          "Einnahmen {income}). Danach beträgt die Zuwendung nach Nr. 2 ANBest-P nur {final}; {claim} wurden zu "
          "viel ausgezahlt.").format(
            received=format_date(proof.received_on), eligible=format_eur(proof.actual_eligible_costs),
            total=format_eur(proof.actual_total_costs), own=format_eur(proof.actual_own_funds),
            third=format_eur(proof.actual_third_party_funds), income=format_eur(proof.actual_other_income),
            final=format_eur(calc.final), claim=format_eur(claim.amount))]
    if proof.result_note and proof.result_note.strip():
        lines.append(_("Ergebnis der Prüfung: {note}").format(note=" ".join(proof.result_note.split())))
    lines.append(hearing_text(latest_hearing(session, app)))
    return "\n\n".join(lines)  # one paragraph each


def clawback_considerations(session: Session, app: Application, claim: Clawback | None = None) -> str:
    """The considerations of discretion: the frame (§ 49 Abs. 3 discretion, § 7 ThürLHO), then the reasons confirmed
    with the four-eyes proposal the clawback was fixed from (or, for older clawbacks, recorded with the workflow
    action); without any, the office's standard considerations, completed by what the hearing brought."""
    proposal = session.get(ClawbackProposal, claim.proposal_id) if claim and claim.proposal_id else None
    recorded = proposal.reasons.strip() if proposal is not None and proposal.reasons.strip() else \
        recorded_clawback_reasons(session, app)
    frame = _("Der Widerruf nach § 49 Abs. 3 ThürVwVfG steht in unserem Ermessen. Die Grundsätze der "
              "Wirtschaftlichkeit und Sparsamkeit (§ 7 ThürLHO) verlangen, nicht zweckentsprechend verwendete oder "
              "nach Nr. 2 ANBest-P nicht mehr benötigte Zuwendungen im Regelfall zurückzufordern; die Haushaltsmittel "
              "stehen dann anderen Vorhaben zur Verfügung.")
    trust = _("Auf ein Behaltendürfen der Zuwendung konnten Sie nicht vertrauen, weil der Zuwendungsbescheid mit den "
              "ANBest-P auf die Ermäßigung der Zuwendung und die Erstattung hingewiesen hat. Der Widerruf beschränkt "
              "sich auf den Betrag, der die endgültige Zuwendung übersteigt.")
    if recorded:
        return "\n\n".join((frame, _("Im Einzelfall haben wir erwogen: {reasons}").format(reasons=recorded), trust))
    hearing = latest_hearing(session, app)
    heard = _("Ihre Stellungnahme haben wir geprüft; sie enthält keine Umstände, die eine andere Entscheidung "
              "rechtfertigen.") if hearing is not None and hearing.response_received_on else ""
    special = _("Besondere Umstände, die ausnahmsweise ein Absehen vom Widerruf rechtfertigen könnten, sind weder "
                "vorgetragen noch ersichtlich.")
    return " ".join(part for part in (frame, heard, special, trust) if part)
