"""The workflow of an application, declared once.

`Status` (the column's enum) is the state set; `TRANSITIONS` lists every
allowed move with the roles that may make it, the guards that must hold and
what it records. Anything not declared here is refused with a reason, and the
state stays unchanged. `docs/workflow.md` is generated from this declaration
(`foerderdesk workflow diagram`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.kernel.errors import TransitionRefused
from app.kernel.i18n import _
from app.kernel.permissions import CASEWORK, declare
from db.enums import Role, Status

S = Status

STATUS_LABELS: dict[Status, str] = {
    S.idea: _("Projektidee / Beratung"),
    S.received: _("Eingegangen"),
    S.eligibility_check: _("Formelle Prüfung"),
    S.documents_requested: _("Nachforderung"),
    S.social_plan_review: _("Sozialplanabgleich"),
    S.decision_proposed: _("Entscheidungsvorschlag"),
    S.approved: _("Bewilligt"),
    S.rejected: _("Abgelehnt"),
    S.funding: _("In Förderung"),
    S.proof_review: _("Verwendungsnachweisprüfung"),
    S.closed: _("Abgeschlossen"),
    S.withdrawn: _("Zurückgezogen"),
}

BEFORE_DECISION = frozenset({
    S.idea, S.received, S.eligibility_check, S.documents_requested, S.social_plan_review, S.decision_proposed,
})
DECIDED = frozenset({S.approved, S.rejected, S.funding, S.proof_review, S.closed})
SUPERVISOR = frozenset({Role.supervisor})


@dataclass(frozen=True)
class Transition:
    """One declared action. `targets` empty means the case keeps its state."""

    action: str
    label: str
    sources: frozenset[Status]
    targets: tuple[Status, ...]
    roles: frozenset[Role]
    guards: tuple[str, ...] = ()
    records: tuple[str, ...] = field(default=())
    through: str | None = None  # set: performed only by that use case, never offered as an action of its own

    @property
    def changes_state(self) -> bool:
        return bool(self.targets)

    @property
    def direct(self) -> bool:
        """Offered as an action (GUI, `case transition`); otherwise only `through` performs it."""
        return self.through is None


def _t(action: str, label: str, sources: Iterable[Status], targets: Iterable[Status],
       roles: frozenset[Role] = CASEWORK, guards: Iterable[str] = (), records: Iterable[str] = (),
       through: str | None = None) -> Transition:
    return Transition(action, label, frozenset(sources), tuple(targets), roles, tuple(guards), tuple(records),
                      through)


# Money leaves only against a signed, exported payment order: the cash office's confirmation books it
# (`app.payments.orders.book_paid`), which performs `pay` / `pay-balance`. No one books a payment directly.
THROUGH_ORDER = _("nur gegen eine gezeichnete, an die Kasse exportierte Auszahlungsanordnung")
# A final calculation that claws money back or claims interest is a proposal for a supervisor (four eyes).
THROUGH_CLOSE = _("über »Abschließen«, wenn die Endabrechnung eine Rückforderung oder Zinsen ergibt")


TRANSITIONS: tuple[Transition, ...] = (
    _t("register", _("Als Antrag registrieren"), [S.idea], [S.received],
       guards=["application_complete"], records=[_("Aktenzeichen"), _("Eingangsdatum")]),
    _t("start-check", _("Formelle Prüfung beginnen"), [S.received], [S.eligibility_check],
       records=[_("Prüfergebnisse je Regel")]),
    _t("request-documents", _("Unterlagen nachfordern"), [S.eligibility_check], [S.documents_requested],
       guards=["deadline_in_future"], records=[_("Nachforderung mit Frist")]),
    _t("documents-received", _("Nachgeforderte Unterlagen eingegangen"), [S.documents_requested],
       [S.eligibility_check], records=[_("Eingang, Frist erledigt")]),
    _t("confirm-eligible", _("Formelle Prüfung abschließen"), [S.eligibility_check], [S.social_plan_review],
       guards=["eligibility_passed"], records=[_("Prüfergebnisse, Übersteuerungen")]),
    _t("propose", _("Entscheidung vorschlagen"), [S.eligibility_check, S.social_plan_review],
       [S.decision_proposed], guards=["proposal_valid"],
       records=[_("Entscheidungsvorschlag mit Betrag und Begründung")]),
    _t("return-proposal", _("Vorschlag zurückgeben"), [S.decision_proposed], [S.social_plan_review],
       roles=SUPERVISOR, guards=["reason_given"], records=[_("Rückgabegrund")]),
    _t("confirm-decision", _("Entscheidung bestätigen"), [S.decision_proposed], [S.approved, S.rejected],
       roles=SUPERVISOR, guards=["four_eyes", "budget_available"],
       records=[_("Bestätigung (Vier-Augen-Prinzip)"), _("Bescheiddatum"), _("Widerspruchsfrist")]),
    _t("request-payment", _("Mittelabruf erfassen"), [S.approved, S.funding], [],
       guards=["within_approved"], records=[_("Mittelabruf")]),
    _t("pay", _("Auszahlung buchen"), [S.approved, S.funding], [S.funding],
       guards=["within_approved"], records=[_("Auszahlung"), _("Verwendungsfrist")], through=THROUGH_ORDER),
    _t("pay-balance", _("Restzahlung nach Prüfung buchen"), [S.proof_review], [],
       guards=["within_approved"], records=[_("Auszahlung")], through=THROUGH_ORDER),
    _t("receive-proof", _("Verwendungsnachweis erfassen"), [S.funding], [S.proof_review],
       records=[_("Ist-Kosten und -Finanzierung"), _("Sachbericht")]),
    _t("start-hearing", _("Anhörung einleiten"),
       [S.eligibility_check, S.social_plan_review, S.decision_proposed, S.funding, S.proof_review], [],
       guards=["deadline_in_future"], records=[_("Anhörung mit Antwortfrist")]),
    _t("record-hearing-response", _("Stellungnahme zur Anhörung erfassen"),
       [S.eligibility_check, S.social_plan_review, S.decision_proposed, S.funding, S.proof_review], [],
       guards=["open_hearing"], records=[_("Eingang der Stellungnahme")]),
    _t("close", _("Abschließen (Endabrechnung)"), [S.proof_review], [S.closed],
       guards=["hearing_before_clawback", "no_open_payment_orders", "no_open_clawback_proposal"],
       records=[_("Endgültige Zuwendung"), _("Aufbewahrungsfrist")]),
    _t("propose-clawback", _("Rückforderung vorschlagen"), [S.proof_review], [],
       guards=["hearing_before_clawback", "no_open_payment_orders", "no_open_clawback_proposal"],
       records=[_("Rückforderungsvorschlag mit Beträgen, Zinszeitraum und Begründung")], through=THROUGH_CLOSE),
    _t("return-clawback", _("Rückforderungsvorschlag zurückgeben"), [S.proof_review], [],
       roles=SUPERVISOR, guards=["open_clawback_proposal", "reason_given"], records=[_("Rückgabegrund")]),
    _t("confirm-clawback", _("Rückforderung bestätigen"), [S.proof_review], [S.closed],
       roles=SUPERVISOR, guards=["clawback_four_eyes", "hearing_before_clawback", "no_open_payment_orders"],
       records=[_("Bestätigung (Vier-Augen-Prinzip)"), _("Endgültige Zuwendung"), _("Rückforderung und Zinsen"),
                _("Widerspruchsfrist"), _("Aufbewahrungsfrist")]),
    _t("withdraw", _("Rücknahme durch Antragsteller"), BEFORE_DECISION, [S.withdrawn],
       guards=["reason_given"], records=[_("Rücknahmegrund")]),
    _t("record-objection", _("Widerspruch erfassen"), DECIDED, [],
       records=[_("Widerspruch mit Eingangsdatum, Fristwahrung")]),
    _t("decide-objection", _("Über Widerspruch entscheiden"), DECIDED, [],
       roles=SUPERVISOR, guards=["open_objection", "reason_given"], records=[_("Abhilfe, Ergebnis")]),
    _t("reopen", _("Nach Abhilfe erneut prüfen"), [S.rejected], [S.social_plan_review],
       roles=SUPERVISOR, guards=["objection_remedied"], records=[_("Wiederaufnahme")]),
    _t("record-repayment", _("Rückzahlung erfassen"), [S.closed], [],
       guards=["open_clawback"], records=[_("Zahlungseingang")]),
    _t("order-enforcement", _("Sofortige Vollziehung anordnen"), [S.closed], [],
       roles=SUPERVISOR, guards=["suspended_claim", "reason_given"],
       records=[_("Anordnung nach § 80 Abs. 2 Nr. 4 VwGO mit Begründung")]),
    _t("record-knowledge", _("Kenntnis der Widerrufsgründe erfassen"),
       [S.approved, S.funding, S.proof_review, S.closed], [],
       records=[_("Tag der Kenntnis und Tatsachen"), _("Jahresfrist (§ 48 Abs. 4 VwVfG)")]),
)

_BY_ACTION = {t.action: t for t in TRANSITIONS}

for _transition in TRANSITIONS:  # each action is a permission `case.<action>` with the roles declared here
    declare(f"case.{_transition.action}", _transition.roles, _transition.label)


def transition_named(action: str) -> Transition:
    try:
        return _BY_ACTION[action]
    except KeyError:
        raise TransitionRefused(
            _("Die Aktion »{action}« gibt es nicht. Möglich sind: {actions}.").format(
                action=action, actions=", ".join(_BY_ACTION))
        ) from None


def transition_for(action: str, status: Status) -> Transition:
    """The declared transition, or a refusal naming the state and what is possible there."""
    transition = transition_named(action)
    if status not in transition.sources:
        possible = [t.label for t in TRANSITIONS if status in t.sources and t.direct]
        raise TransitionRefused(
            _("»{label}« ist im Status »{status}« nicht möglich. Möglich: {possible}.").format(
                label=transition.label, status=STATUS_LABELS[status],
                possible=", ".join(possible) or _("keine Aktion"))
        )
    return transition


def available(status: Status, role: Role) -> list[Transition]:
    """Actions declared for `status` that `role` may perform (guards not yet evaluated); not the `through` ones."""
    return [t for t in TRANSITIONS if status in t.sources and role in t.roles and t.direct]


def mermaid() -> str:
    """State diagram in Mermaid syntax, generated from the declaration."""
    lines = ["stateDiagram-v2", "    [*] --> idea", "    [*] --> received"]
    for transition in TRANSITIONS:
        for source in sorted(transition.sources):
            for target in transition.targets or (source,):
                lines.append(f"    {source} --> {target}: {transition.action}")
    lines += ["    closed --> [*]", "    withdrawn --> [*]", "    rejected --> [*]"]
    lines += [f"    {status}: {status.value} ({label})" for status, label in STATUS_LABELS.items()]
    return "\n".join(lines)
