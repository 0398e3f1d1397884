"""The labels of the codes stored in enum columns and code columns, as message ids (`N_`), for whoever renders a
stored code later in the reader's language (the audit trail's sentences, `app.cases.audit_sentences`).

Each dict maps a stored value to its German label; the wording is the one the forms and lists already use, so the
catalogue's translations apply. Rendering: `_(label)`. Codes of features above `cases` (letter kinds, payment
order states) are kept here as plain values too: the trail shows them for every feature.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.kernel.stored_text import N_
from db.enums import (
    Committee,
    ConsultationStatus,
    CostCategory,
    DeadlineKind,
    DecisionOutcome,
    DecisionState,
    FinancingType,
    FundingKind,
    HearingPurpose,
    NonprofitProofKind,
    ObjectionChannel,
    OrderState,
    PaymentMode,
    PaymentRequestState,
    ResolutionOutcome,
    Role,
    SampleResult,
    Status,
)

STATUS: dict[str, str] = {
    Status.idea: N_("Projektidee / Beratung"), Status.received: N_("Eingegangen"),
    Status.eligibility_check: N_("Formelle Prüfung"), Status.documents_requested: N_("Nachforderung"),
    Status.social_plan_review: N_("Sozialplanabgleich"), Status.decision_proposed: N_("Entscheidungsvorschlag"),
    Status.approved: N_("Bewilligt"), Status.rejected: N_("Abgelehnt"), Status.funding: N_("In Förderung"),
    Status.proof_review: N_("Verwendungsnachweisprüfung"), Status.closed: N_("Abgeschlossen"),
    Status.withdrawn: N_("Zurückgezogen"),
}

CODE_LABELS: dict[type[StrEnum], Mapping[str, str]] = {
    Status: STATUS,
    DecisionOutcome: {DecisionOutcome.approve: N_("Bewilligung"), DecisionOutcome.partial: N_("Teilbewilligung"),
                      DecisionOutcome.reject: N_("Ablehnung")},
    DecisionState: {DecisionState.proposed: N_("vorgeschlagen"), DecisionState.confirmed: N_("bestätigt"),
                    DecisionState.returned: N_("zurückgegeben")},
    FinancingType: {FinancingType.share: N_("Anteilfinanzierung"), FinancingType.deficit: N_("Fehlbedarfsfinanzierung"),
                    FinancingType.fixed_amount: N_("Festbetragsfinanzierung"),
                    FinancingType.full: N_("Vollfinanzierung")},
    CostCategory: {CostCategory.personnel: N_("Personalkosten"), CostCategory.material: N_("Sachkosten"),
                   CostCategory.fees: N_("Honorare"), CostCategory.investment: N_("Investitionen"),
                   CostCategory.other: N_("Sonstige Kosten")},
    FundingKind: {FundingKind.own: N_("Eigenmittel"), FundingKind.third_party: N_("Drittmittel"),
                  FundingKind.other_income: N_("Sonstige Einnahmen")},
    NonprofitProofKind: {NonprofitProofKind.exemption_notice: N_("Freistellungsbescheid"),
                         NonprofitProofKind.assessment_60a: N_("Feststellungsbescheid (§ 60a AO)")},
    HearingPurpose: {HearingPurpose.rejection: N_("vor Ablehnung"), HearingPurpose.revocation: N_("vor Widerruf"),
                     HearingPurpose.clawback: N_("vor Rückforderung")},
    ObjectionChannel: {ObjectionChannel.written: N_("schriftlich"), ObjectionChannel.electronic: N_("elektronisch"),
                       ObjectionChannel.on_record: N_("zur Niederschrift")},
    DeadlineKind: {DeadlineKind.documents: N_("Nachforderung"), DeadlineKind.hearing: N_("Anhörung"),
                   DeadlineKind.proof_of_use: N_("Verwendungsnachweis"),
                   DeadlineKind.objection: N_("Widerspruchsfrist"),
                   DeadlineKind.retention: N_("Aufbewahrung"), DeadlineKind.payment_use: N_("Mittelverwendung"),
                   DeadlineKind.follow_up: N_("Wiedervorlage"),
                   DeadlineKind.revocation_limit: N_("Jahresfrist Rücknahme/Widerruf"),
                   DeadlineKind.limitation: N_("Verjährung")},
    ConsultationStatus: {ConsultationStatus.booked: N_("gebucht"), ConsultationStatus.held: N_("stattgefunden"),
                         ConsultationStatus.cancelled: N_("abgesagt")},
    PaymentRequestState: {PaymentRequestState.open: N_("offen"), PaymentRequestState.paid: N_("ausgezahlt"),
                          PaymentRequestState.rejected: N_("abgelehnt")},
    PaymentMode: {PaymentMode.instalments: N_("in Raten"), PaymentMode.requests: N_("auf Anforderung (Mittelabruf)")},
    OrderState: {OrderState.draft: N_("Entwurf"), OrderState.factual: N_("sachlich richtig"),
                 OrderState.ordered: N_("angeordnet"), OrderState.exported: N_("an die Kasse übergeben"),
                 OrderState.paid: N_("bezahlt"), OrderState.cancelled: N_("storniert")},
    SampleResult: {SampleResult.accepted: N_("anerkannt"), SampleResult.not_accepted: N_("nicht anerkannt")},
    Role: {Role.reader: N_("Lesezugriff"), Role.caseworker: N_("Sachbearbeitung"),
           Role.supervisor: N_("Sachgebietsleitung"), Role.admin: N_("Administration")},
    Committee: {Committee.youth_welfare: N_("Jugendhilfeausschuss"), Committee.district_council: N_("Kreistag")},
    ResolutionOutcome: {ResolutionOutcome.approved: N_("zugestimmt"), ResolutionOutcome.rejected: N_("abgelehnt"),
                        ResolutionOutcome.changed: N_("mit geändertem Betrag zugestimmt")},
}

# code columns that are plain strings in the schema: (entity, field) → labels
LETTER_KINDS: dict[str, str] = {
    "receipt": N_("Eingangsbestätigung"), "documents_request": N_("Nachforderung von Unterlagen"),
    "hearing": N_("Anhörung"), "approval": N_("Zuwendungsbescheid"),
    "partial_approval": N_("Zuwendungsbescheid (Teilbewilligung)"),
    "rejection": N_("Ablehnungsbescheid"), "payment_notice": N_("Auszahlungsmitteilung"),
    "clawback": N_("Rückforderungsbescheid"), "reminder": N_("Mahnung"),
}
FIELD_CODES: dict[tuple[str, str], Mapping[str, str]] = {("Letter", "kind"): LETTER_KINDS}


def code_label(enum_class: type[StrEnum] | None, raw: str, entity: str = "", field: str = "") -> str | None:
    """The message id of a stored code, or None when it has none."""
    labels = CODE_LABELS.get(enum_class) if enum_class is not None else FIELD_CODES.get((entity, field))
    return None if labels is None else labels.get(raw)
