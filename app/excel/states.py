"""Which state an imported case gets, and whether its amounts fit that state.

An office list records amounts and dates, not the steps of the workflow, so
the state follows from what the row holds (a "Status" column, if mapped, wins
but must agree with the amounts):

* endgültig (final amount) given                      → closed (Abgeschlossen)
* bewilligt empty or "–"                              → received (Eingegangen);
  withdrawn (Zurückgezogen) if the remark says "zurückgezogen"
* bewilligt = 0                                       → rejected (Abgelehnt)
* bewilligt > 0 and (ausgezahlt > 0 or VN eingegangen) → funding (In Förderung)
* bewilligt > 0, nothing paid                         → approved (Bewilligt)

States whose records a list cannot carry are not invented: a Status column
saying "Formelle Prüfung", "Nachforderung", "Sozialplanabgleich" or
"Entscheidungsvorschlag" imports as `received` (the check continues in
FörderDesk, which records its results); "Verwendungsnachweisprüfung" imports
as `funding` with a follow-up to record the proof of use (its actual costs
are needed for the final amount); project ideas have no file number and are
not imported. A decided case needs its decision date ("Bescheid vom"); paid
never exceeds approved, approved never exceeds requested, and a closed case
must have been paid exactly its final amount (a clawback or an outstanding
balance is recorded in FörderDesk, not imported).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.cases.workflow import BEFORE_DECISION, STATUS_LABELS
from app.excel.mapping import normalise
from app.kernel.i18n import _
from app.kernel.money import format_eur
from db.enums import Status

S = Status
HOLDS_APPROVAL = frozenset({S.approved, S.funding, S.closed})
WITHDRAWN_WORDS = ("zurueckgezogen", "zurueckgenommen")
_BY_TEXT = {normalise(label): status for status, label in STATUS_LABELS.items()} | {
    normalise(status.value): status for status in Status}
# the words offices write in a status column, and the state each means (the amounts may refine it, see `refine`)
STATUS_WORDS: dict[str, Status] = {normalise(word): status for word, status in (
    ("offen", S.received), ("neu", S.received), ("in Bearbeitung", S.received), ("eingegangen", S.received),
    ("beantragt", S.received), ("Antrag eingegangen", S.received), ("in Prüfung", S.eligibility_check),
    ("wird geprüft", S.eligibility_check), ("Unterlagen nachgefordert", S.documents_requested),
    ("nachgefordert", S.documents_requested), ("bewilligt", S.approved), ("teilbewilligt", S.approved),
    ("teilweise bewilligt", S.approved), ("Bescheid erteilt", S.approved), ("genehmigt", S.approved),
    ("abgelehnt", S.rejected), ("Ablehnung", S.rejected), ("zurückgezogen", S.withdrawn),
    ("zurückgenommen", S.withdrawn), ("storniert", S.withdrawn), ("ausgezahlt", S.funding),
    ("teilweise ausgezahlt", S.funding), ("in Förderung", S.funding), ("laufend", S.funding),
    ("läuft", S.funding), ("VN eingegangen", S.proof_review), ("VN-Prüfung", S.proof_review),
    ("abgeschlossen", S.closed), ("erledigt", S.closed), ("abgerechnet", S.closed))}


@dataclass(frozen=True)
class Figures:
    """What a row says about the money and the decision."""

    requested: Decimal
    approved: Decimal | None
    paid: Decimal
    final: Decimal | None
    decided_on: dt.date | None
    received_on: dt.date | None
    proof_received: bool
    remark: str | None


def status_from_text(text: str) -> Status | None:
    key = normalise(text)
    if key in _BY_TEXT:
        return _BY_TEXT[key]
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    return next((s for k, s in (_BY_TEXT | STATUS_WORDS).items() if len(key) >= 5 and k.startswith(key)), None)


def refine(named: Status, figures: Figures) -> Status:
    """The state a status word means for these amounts: "bewilligt" with payments is in funding, "ausgezahlt"
    with a final amount is closed (office lists seldom update the word when the money moves)."""
    derived = derive(figures)
    if (named, derived) in ((S.approved, S.funding), (S.approved, S.closed), (S.funding, S.closed)):
        return derived
    return named


def derive(figures: Figures) -> Status:
    if figures.final is not None:
        return S.closed
    if figures.approved is None:
        remark = normalise(figures.remark or "")
        return S.withdrawn if any(word in remark for word in WITHDRAWN_WORDS) else S.received
    if figures.approved == 0:
        return S.rejected
    if figures.paid > 0 or figures.proof_received:
        return S.funding
    return S.approved


def from_column(status: Status) -> tuple[Status | None, str | None]:
    """(state to import, hint) for a state named in the list; None for states that cannot be imported."""
    if status == S.idea:
        return None, _("Projektideen haben kein Aktenzeichen und werden nicht importiert.")
    if status in BEFORE_DECISION and status != S.received:
        return S.received, _("»{label}« wird als »Eingegangen« übernommen; die Prüfung wird in FörderDesk "
                             "fortgesetzt.").format(label=STATUS_LABELS[status])
    if status == S.proof_review:
        return S.funding, _("»Verwendungsnachweisprüfung« wird als »In Förderung« übernommen; bitte den "
                            "Verwendungsnachweis in FörderDesk erfassen.")
    return status, None


def problems(status: Status, f: Figures) -> list[tuple[str, str]]:
    """(field key, German message) for every way the figures contradict the state."""
    found: list[tuple[str, str]] = []
    if status in (S.received, S.withdrawn) and (f.approved or f.paid or f.final):
        found.append(("approved", _("Ein Vorgang ohne Entscheidung (»{label}«) kann keine Bewilligung oder "
                                    "Auszahlung haben.").format(label=STATUS_LABELS[status])))
    if status == S.rejected and (f.approved or f.paid or f.final):
        found.append(("approved", _("Ein abgelehnter Antrag kann keinen bewilligten oder ausgezahlten Betrag "
                                    "haben.")))
    if status in HOLDS_APPROVAL or status == S.rejected:
        found += _decided(status, f)
    if f.decided_on and f.received_on and f.decided_on < f.received_on:
        found.append(("decided_on", _("Der Bescheid kann nicht vor dem Antragseingang liegen.")))
    return found


def _decided(status: Status, f: Figures) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if f.decided_on is None:
        found.append(("decided_on", _("Für einen entschiedenen Antrag fehlt das Bescheiddatum.")))
    if status not in HOLDS_APPROVAL:
        return found
    approved = f.approved or Decimal("0.00")
    if approved <= 0:
        found.append(("approved", _("Für »{label}« fehlt der bewilligte Betrag.").format(
            label=STATUS_LABELS[status])))
    elif approved > f.requested:
        found.append(("approved", _("Bewilligt ({approved}) ist mehr als beantragt ({requested}).").format(
            approved=format_eur(approved), requested=format_eur(f.requested))))
    if f.paid > approved:
        found.append(("paid", _("Ausgezahlt ({paid}) ist mehr als bewilligt ({approved}).").format(
            paid=format_eur(f.paid), approved=format_eur(approved))))
    if status == S.approved and f.paid > 0:
        found.append(("paid", _("Mit Auszahlungen ist der Status »In Förderung«, nicht »Bewilligt«.")))
    if status == S.closed:
        found += _closed(f, approved)
    return found


def _closed(f: Figures, approved: Decimal) -> list[tuple[str, str]]:
    if f.final is None:
        return [("final", _("Für einen abgeschlossenen Vorgang fehlt der endgültige Betrag."))]
    if f.final > approved:
        return [("final", _("Der endgültige Betrag ist höher als bewilligt."))]
    if f.paid != f.final:
        return [("paid", _("Bei einem abgeschlossenen Vorgang muss genau der endgültige Betrag ({final}) "
                           "ausgezahlt sein; Restzahlungen und Rückforderungen bitte in FörderDesk "
                           "erfassen.").format(final=format_eur(f.final)))]
    return []


def committed(status: Status, f: Figures) -> Decimal:
    """What the case takes from the budget (as app.kernel.budget counts it)."""
    if status == S.closed:
        return f.final or Decimal("0.00")
    return (f.approved or Decimal("0.00")) if status in HOLDS_APPROVAL else Decimal("0.00")
